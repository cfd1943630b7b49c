// Invariants of the Poortwachter timeline (docs/nl/poortwachter.md) over random sickness
// histories: what BW 7:629 lid 10 (spells less than four weeks apart add up) and the end of
// the contract (ZW art. 38 lid 2; BW 7:629 lid 1) require. Seeds as in harness.hpp.
#include <careertalk/nl/policy.hpp>

#include "harness.hpp"

#include "catch.hpp"

using namespace date::literals;
using namespace careertalk;
using invariants::text;

namespace {

// Dated edges: the Poortwachter start, 104 weeks, the 42nd-week report, WIA week 93.
constexpr year_month_day landmarks[] = {2002_y / apr / 1, 2004_y / jan / 1, 2008_y / aug / 1,
                                        2013_y / jul / 1, 2024_y / feb / 29};

// A random sickness history: one to four spells, the gaps often near the four-week edge.
struct history {
    std::vector<absence> spells;
    std::vector<interview> held;
    year_month_day as_of{};
    std::optional<year_month_day> contract_end{};

    employee view() const {
        return employee{.id = "x", .hire_date = 2000_y / jan / 3,
                        .contract = contract_kind::bepaalde_tijd, .contract_end = contract_end,
                        .absences = spells, .interviews = held};
    }
};

history generate(std::uint64_t seed) {
    invariants::rng r{seed};
    history h;
    year_month_day t = invariants::near(r, 2002_y / jan / 1, 2030_y / dec / 31, landmarks);
    for (int n = r.between(1, 4); n > 0; --n) {
        absence a{absence_kind::ziekte, t, add_days(t, r.between(0, 500))};
        if (r.chance(20)) a.work_resumed_percent = static_cast<std::uint8_t>(r.between(1, 99));
        h.spells.push_back(a);
        t = add_days(*a.end, r.chance(60) ? r.between(26, 31) : r.between(1, 400));
    }
    if (r.chance(30)) h.spells.back().end.reset();
    for (int n = r.between(0, 4); n > 0; --n) {
        constexpr obligation_kind kinds[] = {obligation_kind::probleemanalyse,
                                             obligation_kind::plan_van_aanpak,
                                             obligation_kind::evaluatie_plan_van_aanpak,
                                             obligation_kind::eerstejaarsevaluatie};
        h.held.push_back({r.pick<obligation_kind>(kinds),
                          add_days(h.spells.front().start, r.between(0, 400))});
    }
    h.as_of = add_days(h.spells.front().start, r.between(0, 5 * 365));
    return h;
}

evaluation run(const history& h) {
    auto ev = evaluate(nl::wet, h.view(), company{}, h.as_of);
    REQUIRE(ev.ok());
    return ev;
}

std::size_t count(const evaluation& ev, obligation_kind k) {
    return static_cast<std::size_t>(std::count_if(ev.obligations.begin(), ev.obligations.end(),
                                                  [k](const obligation& o) { return o.kind == k; }));
}

// The n-th obligation of kind k, or nullptr.
const obligation* nth(const evaluation& ev, obligation_kind k, std::size_t n) {
    for (const obligation& o : ev.obligations)
        if (o.kind == k && n-- == 0) return &o;
    return nullptr;
}

// A history of `seed`, and the same with a running relapse `lo` to `hi` days after its last
// sick day (an interruption of lo - 1 to hi - 1 days), both seen on the same date on or after
// the relapse; nothing when the history ends in a running spell.
std::optional<std::pair<history, history>> with_relapse(std::uint64_t seed, int lo, int hi) {
    history base = generate(seed);
    if (!base.spells.back().end) return std::nullopt;
    invariants::rng r{seed ^ 0x5eedULL};
    const year_month_day relapse = add_days(*base.spells.back().end, r.between(lo, hi));
    history more = base;
    more.spells.push_back({absence_kind::ziekte, relapse, std::nullopt});
    more.as_of = std::max(base.as_of, add_days(relapse, r.between(0, 800)));
    base.as_of = more.as_of;
    return std::pair{base, more};
}

std::string shown(const history& h, std::uint64_t seed) {
    std::string s = "seed " + std::to_string(seed) + ", as_of " + text(h.as_of) +
                    ", contract_end " + text(h.contract_end) + "\n";
    for (const absence& a : h.spells) s += "  ziekte " + text(a.start) + " " + text(a.end) + "\n";
    return s;
}

}  // namespace

TEST_CASE("a relapse under four weeks never moves a deadline earlier nor starts a timeline") {
    // BW 7:629 lid 10: the relapse continues the sickness.
    const std::uint64_t n = invariants::employees_per_set(3000);
    for (std::uint64_t i = 0; i < n; ++i) {
        const std::uint64_t seed = invariants::base_seed() + i;
        const auto pair = with_relapse(seed, 1, 28);
        if (!pair) continue;
        const auto& [base, more] = *pair;
        const auto before = run(base);
        const auto after = run(more);
        INFO(shown(more, seed));
        // One sickness more than the base only if the relapse came after four weeks.
        CHECK(count(after, obligation_kind::ziekmelding_arbodienst) ==
              count(before, obligation_kind::ziekmelding_arbodienst));
        for (const obligation& o : before.obligations) {
            std::size_t k = 0;
            for (const obligation& p : before.obligations) {
                if (&p == &o) break;
                k += p.kind == o.kind;
            }
            const obligation* same = nth(after, o.kind, k);
            INFO(invariants::name(o.kind) << " #" << k << " due " << text(o.due_date));
            REQUIRE(same != nullptr);
            CHECK(!(same->due_date < o.due_date));
        }
    }
}

TEST_CASE("a relapse after four weeks or more starts a new timeline") {
    const std::uint64_t n = invariants::employees_per_set(3000);
    for (std::uint64_t i = 0; i < n; ++i) {
        const std::uint64_t seed = invariants::base_seed() + i;
        const auto pair = with_relapse(seed, 29, 60);
        if (!pair || pair->second.spells.back().start < nl::poortwachter_start) continue;
        const auto& [base, more] = *pair;
        INFO(shown(more, seed));
        CHECK(count(run(more), obligation_kind::ziekmelding_arbodienst) ==
              count(run(base), obligation_kind::ziekmelding_arbodienst) + 1);
    }
}

TEST_CASE("sick weeks count sick days only: the 42nd-week report and the 104 weeks") {
    // ZW art. 38; BW 7:629 lid 1 and lid 10: 294 and 728 days of sickness, gaps not counted.
    const std::uint64_t n = invariants::employees_per_set(3000);
    for (std::uint64_t i = 0; i < n; ++i) {
        const std::uint64_t seed = invariants::base_seed() + i;
        const history h = generate(seed);
        const auto ev = run(h);
        INFO(shown(h, seed));
        for (const finding& f : ev.findings) {
            if (f.about != obligation_kind::einde_loondoorbetaling) continue;
            // The sick days from the first sick day to the day before the end, gaps left out.
            int sick = 0;
            // As known on as_of: a spell ending on or after it still runs.
            for (const absence& a : h.spells) {
                if (a.start < f.review.begin || !(a.start < f.date) || h.as_of < a.start)
                    continue;
                const bool ended = a.end && *a.end < h.as_of && *a.end < f.date;
                sick += days_between(a.start, ended ? *a.end : add_days(f.date, -1)) + 1;
            }
            CHECK(sick == (f.rule == &nl::loondoorbetaling_rule ? 728 : 364));
        }
        for (const obligation& o : ev.obligations)
            if (o.kind == obligation_kind::melding_42e_week)
                CHECK(days_between(o.trigger_date, o.due_date) >= 294);
    }
}

TEST_CASE("a contract end never adds an obligation after it and keeps those before") {
    // ZW art. 38 lid 2; BW 7:629 lid 1: the employer's timeline ends with the contract.
    const std::uint64_t n = invariants::employees_per_set(3000);
    for (std::uint64_t i = 0; i < n; ++i) {
        const std::uint64_t seed = invariants::base_seed() + i;
        const history open = generate(seed);
        invariants::rng r{seed ^ 0xc0ffeeULL};
        history ended = open;
        ended.contract_end = add_days(open.spells.front().start, r.between(-10, 900));
        const year_month_day end = *ended.contract_end;
        const auto without = run(open);
        const auto with = run(ended);
        INFO(shown(ended, seed));
        for (const obligation& o : with.obligations) {
            INFO(invariants::name(o.kind) << " due " << text(o.due_date));
            CHECK(!(end < o.due_date));
            if (o.kind == obligation_kind::ziekmelding_einde_dienstverband) continue;
            CHECK(std::any_of(without.obligations.begin(), without.obligations.end(),
                              [&](const obligation& p) { return invariants::same_obligation(o, p); }));
        }
        for (const obligation& p : without.obligations) {
            if (end < p.due_date) continue;
            INFO("kept: " << invariants::name(p.kind) << " due " << text(p.due_date));
            CHECK(std::any_of(with.obligations.begin(), with.obligations.end(),
                              [&](const obligation& o) { return invariants::same_obligation(o, p); }));
        }
        for (const finding& f : with.findings)
            if (f.rule->id.starts_with("nl.poortwachter") || f.rule->id.starts_with("nl.BW.7-629"))
                CHECK((!(end < f.date) && !(end < f.review.last_day())));
        CHECK(count(with, obligation_kind::ziekmelding_einde_dienstverband) <= 1);
    }
}
