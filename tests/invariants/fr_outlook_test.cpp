// Invariants of fr::law_policy::outlook over random careers (docs/fr/penalty.md#outlook): the
// abondement correctif (C. trav. L6315-1 II, L6323-13) an état des lieux will cost if nothing
// more is done, and the interviews that would prevent it.
//   O1 every review the evaluation of the facts known on the as-of date decides, as of the
//      outlook's date, with a date after the as-of date and by `until`, is listed, with the
//      same verdict: nothing due is left out of the projection;
//   O2 holding every interview the outlook names by its latest date, each on a day of its own
//      (the état des lieux included), removes that penalty under the cumulative reading (Cass. soc. 21 Jan 2026
//      n° 24-12.972): "a bénéficié des entretiens prévus" is then met;
//   O3 an outlook that says no interview can prevent it names a missing interview whose
//      latest date is before the as-of date.
// Under the law's cumulative readings and under every branch agreement preset.
#include <careertalk/fr/idcc.hpp>
#include <careertalk/fr/law.hpp>

#include "harness.hpp"

#include "catch.hpp"

#include <algorithm>
#include <array>
#include <vector>

using namespace date::literals;
using namespace careertalk;

namespace {

constexpr contract_kind contracts[] = {contract_kind::cdi, contract_kind::cdi, contract_kind::cdd,
                                       contract_kind::apprentissage};
constexpr absence_kind absences[] = {absence_kind::conge_maternite, absence_kind::conge_parental_education,
                                     absence_kind::arret_longue_maladie, absence_kind::conge_sabbatique,
                                     absence_kind::arret_maladie, absence_kind::mandat_syndical};
constexpr obligation_kind interviews[] = {
    obligation_kind::entretien_professionnel, obligation_kind::entretien_professionnel,
    obligation_kind::etat_des_lieux, obligation_kind::entretien_parcours_professionnel,
    obligation_kind::entretien_retour, obligation_kind::entretien_mi_carriere,
    obligation_kind::entretien_fin_carriere};
constexpr year_month_day landmarks[] = {2014_y / mar / 7,  2019_y / jan / 1,  2020_y / jan / 1,
                                        2021_y / sep / 30, 2022_y / jan / 1,  2025_y / oct / 26,
                                        2026_y / oct / 1,  2028_y / feb / 29};
const invariants::profile french{contracts, absences, interviews, landmarks, {}, {}};

// The cumulative readings the library offers (fr::penalty_readings_offered but the disjunctive).
const fr::law_policy* const readings[] = {&fr::law, &fr::ministry, &fr::literal, &fr::anniversaries};
constexpr std::string_view names[] = {"fr", "fr:ministry", "fr:literal", "fr:anniversaries"};

bool is_review(const finding& f) {
    return f.about == obligation_kind::abondement_correctif && !f.review.empty();
}

// The facts with nothing dated after `as_of` among the interviews and the measures.
invariants::facts known_on(invariants::facts f, year_month_day as_of) {
    const auto after = [&](const auto& x) { return as_of < x.date; };
    std::erase_if(f.interviews, after);
    std::erase_if(f.trainings, after);
    std::erase_if(f.certifications, after);
    std::erase_if(f.progressions, after);
    return f;
}

// An earlier état des lieux never held: the schedule gives the next état des lieux record to it
// (fr/schedule.hpp, schedule_reviews: the first review record after its window opens), so the
// one named for this review would need a record of its own. O2 leaves these careers out.
bool earlier_review_open(const evaluation& ev, const fr::review_outlook& o) {
    return std::any_of(ev.obligations.begin(), ev.obligations.end(), [&](const obligation& r) {
        return r.kind == obligation_kind::etat_des_lieux && r.state != status::not_required &&
               !r.held_on && r.trigger_date < o.verdict.review.begin;
    });
}

std::string report(std::string_view property, std::string_view reading, const invariants::facts& f,
                   year_month_day until, const evaluation& ev) {
    std::string s = std::string{property} + " under " + std::string{reading} + ", until " +
                    invariants::text(until) + ":\n" + invariants::print(f) +
                    "rerun: CAREERTALK_INVARIANT_SEED=" + std::to_string(f.seed) +
                    " CAREERTALK_INVARIANT_EMPLOYEES=1\n";
    for (const finding& x : ev.findings)
        if (is_review(x))
            s += "finding " + invariants::name(x.kind) + " " + invariants::text(x.date) +
                 " over " + invariants::text(x.review.begin) + ".." +
                 invariants::text(x.review.end) + "\n";
    return s;
}

// The interviews an outlook names, for a failure report.
std::string named(const fr::review_outlook& o) {
    std::string s = "named:";
    for (const fr::planned_interview& m : o.missing)
        s += " " + invariants::name(m.kind) + " due " + invariants::text(m.due) + " by " +
             invariants::text(m.latest) + ";";
    return s + "\n";
}

// Whether the anniversaries of the periodic interviews follow from the hire date alone. A
// branch quota (IDCC 2216: three interviews per six years, six months apart) places them from
// the interviews held, so holding the named ones moves the next: O2 leaves it out.
bool fixed_anniversaries(const fr::law_policy&) { return true; }
bool fixed_anniversaries(const fr::accord& a) { return a.frame.interviews == 0; }

struct counts {
    std::uint64_t listed = 0, prevented = 0;
};

const fr::law_policy& law_of(const fr::law_policy& p) { return p; }
const fr::law_policy& law_of(const fr::accord& p) { return p.law; }

// O1-O3 for one random career under `policy` (the law under a reading, or a branch agreement).
template <class P>
void check(const P& policy, std::string_view name, std::uint64_t seed, counts& n) {
    invariants::facts f = invariants::generate(seed, french);
    if (!f.employer.headcount && !f.employer.penalty_threshold_met && f.headcounts.empty())
        f.employer.headcount = 120;
    const year_month_day until = f.later;
    const year_month_day decided = law_of(policy).outlook_date(until);
    const auto out = policy.outlook(f.view(), f.company_view(), f.as_of, until);

    // O1: the projection against the evaluation of the known facts.
    const invariants::facts known = known_on(f, f.as_of);
    const evaluation projected =
        careertalk::evaluate(policy, known.view(), known.company_view(), decided);
    if (!projected.ok()) return;
    for (const finding& x : projected.findings) {
        if (!is_review(x) || !(f.as_of < x.date) || until < x.date) continue;
        const bool found = std::any_of(out.begin(), out.end(), [&](const fr::review_outlook& o) {
            return o.verdict.review == x.review && o.verdict.kind == x.kind;
        });
        if (!found) FAIL(report("O1: a review due by `until` is not in the outlook", name, f, until, projected));
    }

    for (const fr::review_outlook& o : out) {
        ++n.listed;
        REQUIRE(!o.missing.empty());
        CHECK(o.missing.back().kind == obligation_kind::etat_des_lieux);
        if (!o.interviews_can_prevent) {  // O3
            const bool past = std::any_of(o.missing.begin(), o.missing.end(), [&](const auto& m) {
                return m.latest < f.as_of;
            });
            if (!past) FAIL(report("O3: said unpreventable with no missed deadline", name, f, until, projected));
            continue;
        }
        if (o.verdict.kind != finding_kind::penalty || earlier_review_open(projected, o) ||
            !fixed_anniversaries(policy))
            continue;
        // O2: hold each named interview by its latest date, each on a day of its own (several
        // anniversaries of a branch quota can share a latest date: the latest first, the others
        // a day apart before it).
        invariants::facts cured = known;
        std::vector<fr::planned_interview> plan(o.missing.begin(), o.missing.end());
        std::stable_sort(plan.begin(), plan.end(),
                         [](const auto& a, const auto& b) { return b.latest < a.latest; });
        year_month_day next = add_days(plan.front().latest, 1);
        for (const fr::planned_interview& m : plan) {
            next = std::min(m.latest, add_days(next, -1));
            cured.interviews.push_back({m.kind, next});
        }
        const evaluation ev = careertalk::evaluate(policy, cured.view(), cured.company_view(), decided);
        REQUIRE(ev.ok());
        for (const finding& x : ev.findings)
            if (is_review(x) && x.review.begin == o.verdict.review.begin &&
                x.kind == finding_kind::penalty)
                FAIL(report("O2: the interviews named did not remove the penalty", name, cured,
                            until, ev) + named(o));
        ++n.prevented;
    }
}

}  // namespace

TEST_CASE("O1-O3 under the law's readings: the outlook lists every review due by `until`, and "
          "holding the interviews it names by their latest dates removes the penalty (L6315-1 "
          "II, L6323-13)") {
    const std::uint64_t n = invariants::employees_per_set(100000);
    counts c;
    for (std::uint64_t i = 0; i < n; ++i) {
        const std::size_t k = i % std::size(readings);
        check(*readings[k], names[k], invariants::base_seed() + 9'000'000'000ULL + i, c);
    }
    INFO("outlooks listed " << c.listed << ", penalties prevented " << c.prevented);
    CHECK(c.prevented >= n / 400);  // the property was exercised, not vacuous
}

TEST_CASE("O1-O3 under each branch agreement preset: the statutory reviews on the agreement's "
          "periodicity (L6315-1 III, fr/idcc.hpp)") {
    const std::uint64_t n = invariants::employees_per_set(100000) / 4;
    counts c;
    for (std::uint64_t i = 0; i < n; ++i) {
        const fr::accord& a = *fr::idcc::all[i % fr::idcc::all.size()];
        check(a, a.name, invariants::base_seed() + 9'500'000'000ULL + i, c);
    }
    INFO("outlooks listed " << c.listed << ", penalties prevented " << c.prevented);
    CHECK(c.prevented >= n / 400);
}
