// Tests of careertalk/fr/regime_a.hpp: France before 7 March 2014 (fr-law.md §1, §10 E14-E15).
#include <careertalk/fr/law.hpp>
#include <careertalk/fr/regime_a.hpp>

#include "catch.hpp"

#include <array>
#include <cstddef>

using namespace date::literals;
namespace ct = careertalk;
namespace fr = careertalk::fr;
namespace ra = careertalk::fr::regime_a;
using ct::obligation_kind;
using ct::status;

namespace {

constexpr ct::year_month_day today = 2026_y / nov / 23;  // fr-law.md §10 as-of date
constexpr ct::company company_80{.headcount = 80};
constexpr ct::company company_30{.headcount = 30};

// The obligations of kind `k`, in order.
struct picked {
    std::array<ct::obligation, 16> items{};
    std::size_t size = 0;
};
constexpr picked of_kind(const ct::evaluation& ev, obligation_kind k) {
    picked p{};
    for (const auto& o : ev.obligations)
        if (o.kind == k && p.size < p.items.size()) p.items[p.size++] = o;
    return p;
}

constexpr bool explains(const ct::explanation& why, const ct::rule_ref* r) {
    for (const auto* x : why)
        if (x == r) return true;
    return false;
}

// The last day of regime A: a missed interview is still an obligation on it; from 2014-03-07
// it is a finding (see the test "a missed regime-A interview ... belongs to the audit").
constexpr ct::year_month_day last_day = 2014_y / mar / 6;

constexpr auto ani(const ct::employee& e, ct::year_month_day as_of = last_day) {
    return of_kind(ct::evaluate(fr::ani_2003, e, ct::company{}, as_of),
                   obligation_kind::entretien_professionnel);
}

constexpr auto senior(const fr::regime_a_policy& p, const ct::employee& e, const ct::company& c,
                      ct::year_month_day as_of = last_day) {
    return of_kind(ct::evaluate(p, e, c, as_of),
                   obligation_kind::entretien_deuxieme_partie_carriere);
}

constexpr ct::employee born(ct::year_month_day dob, std::span<const ct::interview> held = {}) {
    return ct::employee{.hire_date = 2000_y / jan / 3, .birth_date = dob, .interviews = held};
}

// --- E15: hired 2009-09-01 in a company covered by the ANI 2003 -------------------------------
constexpr ct::employee e15{.id = "E15", .hire_date = 2009_y / sep / 1};

// fr-law.md §10 E15; ANI 2003 art. 1-1 [S35]: due 2011-09-01, then 2013-09-01; the next one
// falls after 2014-03-06 and lapses into the 2014 regime (loi 2014-288 art. 5).
static_assert(ani(e15).size == 3);
static_assert(ani(e15).items[0].due_date == 2011_y / sep / 1);
static_assert(ani(e15).items[0].state == status::overdue);
static_assert(ani(e15).items[1].window_start == 2011_y / sep / 1);
static_assert(ani(e15).items[1].due_date == 2013_y / sep / 1);
static_assert(ani(e15).items[1].trigger == ct::trigger_kind::periodic);
static_assert(ani(e15).items[2].due_date == 2015_y / sep / 1);
static_assert(ani(e15).items[2].state == status::not_required);
static_assert(ani(e15).items[2].exemption == &ra::loi_2014_replaces);

}  // namespace

TEST_CASE("E15: the ANI 2003 interview every 2 years after 2 years of activity") {
    // fr-law.md §10 E15; seed article [S42]: held 2011-06-15 and 2013-05-20.
    static constexpr std::array held{
        ct::interview{obligation_kind::entretien_professionnel, 2011_y / jun / 15},
        ct::interview{obligation_kind::entretien_professionnel, 2013_y / may / 20}};
    ct::employee e = e15;
    e.interviews = held;
    const auto p = ani(e);
    REQUIRE(p.size == 3);
    CHECK(p.items[0].state == status::met);
    CHECK(*p.items[0].held_on == 2011_y / jun / 15);
    CHECK(p.items[1].due_date == 2013_y / jun / 15);  // 2 years after the last one held
    CHECK(p.items[1].state == status::met);
    CHECK(p.items[2].due_date == 2015_y / may / 20);
    CHECK(p.items[2].state == status::not_required);
    CHECK(p.items[2].exemption == &ra::loi_2014_replaces);
    // The agenda of the seed article, item by item, with the DIF requests last.
    REQUIRE(p.items[0].agenda.size() == 5);
    CHECK((*p.items[0].agenda.begin()).label.fr ==
          "Point sur la situation actuelle et les formations suivies");
    auto it = p.items[0].agenda.begin();
    for (int i = 0; i < 4; ++i) ++it;
    CHECK(it->id == "fr.ANI-2003.5");
    CHECK(it->label.en.find("DIF") != std::string_view::npos);
    CHECK(!it->label.nl.empty());
    // Every obligation names its rule, the date convention and its period in force.
    CHECK(p.items[0].rule == &ra::ani_2003_entretien);
    CHECK(p.items[0].why[0] == &ra::ani_2003_entretien);
    CHECK(explains(p.items[0].why, &ct::conventions::clamp_to_month_end));
    CHECK(ra::ani_2003_entretien.in_force.last_day() == 2014_y / mar / 6);
}

TEST_CASE("E15: a company not covered by the ANI 2003 owes nothing before 2014-03-07") {
    // fr-law.md §10 E15 last bullet; seed article: "not all companies are required".
    const auto ev = ct::evaluate(fr::pre_2014, e15, ct::company{}, today);
    const auto p = of_kind(ev, obligation_kind::entretien_professionnel);
    REQUIRE(p.size == 1);
    CHECK(p.items[0].state == status::not_required);
    CHECK(p.items[0].exemption == &ra::ani_2003_not_covered);
    CHECK(fr::regime_a_options{}.ani_2003 == false);
    CHECK(fr::regime_a_options{}.ani_2005_seniors == false);
}

TEST_CASE("ANI 2003 deadline edges: the day of and the day after") {
    // fr-law.md §7 conv. 1 (deadlines inclusive) applied to E15's first deadline 2011-09-01.
    static constexpr std::array on_day{
        ct::interview{obligation_kind::entretien_professionnel, 2011_y / sep / 1}};
    static constexpr std::array day_after{
        ct::interview{obligation_kind::entretien_professionnel, 2011_y / sep / 2}};
    ct::employee e = e15;
    e.interviews = on_day;
    CHECK(ani(e).items[0].state == status::met);
    CHECK(ani(e).items[1].due_date == 2013_y / sep / 1);
    e.interviews = day_after;
    CHECK(ani(e).items[0].state == status::met_late);
    CHECK(ani(e).items[1].due_date == 2013_y / sep / 2);
    // Seen on the deadline it is due soon; the day after, overdue; the day before the
    // window the clock had not started.
    CHECK(ani(e15, 2011_y / sep / 1).items[0].state == status::due_soon);
    CHECK(ani(e15, 2011_y / sep / 1).size == 1);
    CHECK(ani(e15, 2011_y / sep / 2).items[0].state == status::overdue);
    CHECK(ani(e15, 2011_y / sep / 2).size == 2);  // the next cycle runs from the missed deadline
    CHECK(ani(e15, 2010_y / jan / 1).items[0].state == status::upcoming);
}

TEST_CASE("ANI 2003: a late interview meets the missed deadline until the next one falls") {
    // Reading of ani_2003_entretien (fr-law.md §8.10: late interviews count as met_late),
    // bounded so that a later as-of never erases a cycle already missed.
    static constexpr std::array on_bound{
        ct::interview{obligation_kind::entretien_professionnel, 2013_y / sep / 1}};
    static constexpr std::array past_bound{
        ct::interview{obligation_kind::entretien_professionnel, 2013_y / sep / 2}};
    static constexpr std::array after_2014{
        ct::interview{obligation_kind::entretien_professionnel, 2014_y / mar / 7}};
    ct::employee e = e15;
    e.interviews = on_bound;
    auto p = ani(e);
    REQUIRE(p.size == 2);
    CHECK(p.items[0].state == status::met_late);
    CHECK(p.items[1].due_date == 2015_y / sep / 1);
    CHECK(p.items[1].state == status::not_required);
    e.interviews = past_bound;
    p = ani(e);
    REQUIRE(p.size == 3);
    CHECK(p.items[0].state == status::overdue);
    CHECK(p.items[1].state == status::met_late);
    CHECK(*p.items[1].held_on == 2013_y / sep / 2);
    // Seen on 2013-09-02 before the interview was known, the first cycle was already missed.
    CHECK(ani(e15, 2013_y / sep / 2).items[0].state == status::overdue);
    // Held on 2014-03-07 under the 2014 law: the missed 2013 deadline is met late; nothing
    // more is owed under regime A.
    e.interviews = after_2014;
    p = ani(e, today);
    REQUIRE(p.size == 1);  // the missed 2011 one is a finding by then (issue 15 §6)
    CHECK(p.items[0].due_date == 2013_y / sep / 1);
    CHECK(p.items[0].state == status::met_late);
}

TEST_CASE("ANI 2003: either party may initiate, so a request makes the interview due") {
    // Seed article: "It can be initiated by either the employer or the employee"; fr-law.md A1.
    // Hired 2000-01-10, so already eligible when the ANI was signed (2003-12-05).
    static constexpr std::array asked{
        ct::request{obligation_kind::entretien_professionnel, 2005_y / mar / 1}};
    static constexpr std::array held{
        ct::interview{obligation_kind::entretien_professionnel, 2005_y / mar / 1}};
    const ct::employee e{.hire_date = 2000_y / jan / 10, .interviews = held, .requests = asked};
    const auto p = ani(e);
    REQUIRE(p.size >= 2);
    CHECK(p.items[0].window_start == 2003_y / dec / 5);
    CHECK(p.items[0].trigger == ct::trigger_kind::request);
    CHECK(p.items[0].due_date == 2005_y / mar / 1);
    CHECK(p.items[0].state == status::met);
    CHECK(p.items[1].due_date == 2007_y / mar / 1);

    // Before 2 years of activity a request does not pull the deadline forward.
    static constexpr std::array early{
        ct::request{obligation_kind::entretien_professionnel, 2011_y / aug / 31}};
    ct::employee young = e15;
    young.requests = early;
    CHECK(ani(young).items[0].due_date == 2011_y / sep / 1);
    CHECK(ani(young).items[0].trigger == ct::trigger_kind::hire);

    // A request after the first interview pulls the second deadline to the request date.
    static constexpr std::array first{
        ct::interview{obligation_kind::entretien_professionnel, 2011_y / sep / 1}};
    static constexpr std::array later_ask{
        ct::request{obligation_kind::entretien_professionnel, 2012_y / jan / 10}};
    young.interviews = first;
    young.requests = later_ask;
    CHECK(ani(young).items[1].due_date == 2012_y / jan / 10);
    CHECK(ani(young).items[1].state == status::overdue);
}

TEST_CASE("ANI 2003: the date a branch agreement took it over is a switch") {
    // fr-law.md A1: "dans les conditions définies par un accord de branche" [S35]; U-10.
    constexpr fr::regime_a_policy branch{
        .options = {.ani_2003 = true, .ani_2003_from = 2007_y / jul / 1}};
    static_assert(branch.ok());
    static_assert(!fr::regime_a_policy{.options = {.ani_2003_from = 2003_y / dec / 4}}.ok());
    static_assert(!fr::regime_a_policy{.options = {.ani_2003_from = 2014_y / mar / 7}}.ok());
    static_assert(!fr::regime_a_policy{.options = {.ani_2005_from = 2005_y / oct / 12}}.ok());
    const ct::employee e{.hire_date = 2001_y / feb / 1};
    const auto p = of_kind(ct::evaluate(branch, e, ct::company{}, last_day),
                           obligation_kind::entretien_professionnel);
    CHECK(p.items[0].window_start == 2007_y / jul / 1);
    CHECK(p.items[0].trigger == ct::trigger_kind::regime_start);
    CHECK(p.items[0].trigger_date == 2007_y / jul / 1);
    CHECK(p.items[0].due_date == 2009_y / jul / 1);
}

// --- E14: the statutory 45-year interview (L6321-1 al. 3) ---------------------------------

// fr-law.md §10 E14 (a): DOB 1965-04-12, company of 80: window 2010-04-12 ... 2011-04-12.
static_assert(senior(fr::pre_2014, born(1965_y / apr / 12), company_80).size == 1);
static_assert(senior(fr::pre_2014, born(1965_y / apr / 12), company_80).items[0].window_start ==
              2010_y / apr / 12);
static_assert(senior(fr::pre_2014, born(1965_y / apr / 12), company_80).items[0].due_date ==
              2011_y / apr / 12);

TEST_CASE("E14 (a): one interview in the year after the 45th birthday, with its information") {
    // fr-law.md §10 E14 (a); L6321-1 al. 3 as quoted by Cass. soc. 27 Mar 2024 n° 22-21.598.
    static constexpr std::array held{
        ct::interview{obligation_kind::entretien_deuxieme_partie_carriere, 2010_y / oct / 1}};
    const auto p = senior(fr::pre_2014, born(1965_y / apr / 12, held), company_80);
    REQUIRE(p.size == 1);  // no renewal required by the statute
    CHECK(p.items[0].state == status::met);
    CHECK(p.items[0].rule == &ra::l6321_1_al3);
    CHECK(p.items[0].trigger == ct::trigger_kind::age);
    CHECK(explains(p.items[0].why, &ct::conventions::age_on_birthday));
    REQUIRE(p.items[0].agenda.size() == 3);
    auto it = p.items[0].agenda.begin();
    CHECK(it->label.fr == "Information sur l'accès à un bilan d'étape professionnel");
    ++it;
    CHECK(it->label.fr == "Information sur l'accès à un bilan de compétences");
    ++it;
    CHECK(it->label.fr == "Information sur l'accès à une action de professionnalisation");
    // Not held at all: overdue since 2011-04-13 (no penalty; damages only).
    CHECK(senior(fr::pre_2014, born(1965_y / apr / 12), company_80).items[0].state ==
          status::overdue);
    // An entretien professionnel held in the window counts (the statute calls it one).
    static constexpr std::array ep{
        ct::interview{obligation_kind::entretien_professionnel, 2011_y / apr / 12}};
    CHECK(senior(fr::pre_2014, born(1965_y / apr / 12, ep), company_80).items[0].state ==
          status::met);
}

TEST_CASE("E14 (b): turned 45 before the law, nothing") {
    // fr-law.md §10 E14 (b): DOB 1961-03-01; Cass. soc. 27 Mar 2024 n° 22-21.598.
    CHECK(senior(fr::pre_2014, born(1961_y / mar / 1), company_80).size == 0);
}

TEST_CASE("45th birthday on the day before the law and on its first day") {
    // Cass. soc. 27 Mar 2024 n° 22-21.598: not retroactive; loi 2009-1437 in force 2009-11-26.
    // On 2009-11-25: nothing owed, though the window is still open when the law starts; an
    // advisory cites the ruling.
    const auto ev = ct::evaluate(fr::pre_2014, born(1964_y / nov / 25), company_80, today);
    CHECK(of_kind(ev, obligation_kind::entretien_deuxieme_partie_carriere).size == 0);
    int advisories = 0;
    for (const auto& f : ev.findings) {
        if (f.rule != &ra::cass_2024_not_retroactive) continue;
        ++advisories;
        CHECK(f.kind == ct::finding_kind::advisory);
        CHECK(f.date == 2009_y / nov / 26);
    }
    CHECK(advisories == 1);
    const auto first_day = senior(fr::pre_2014, born(1964_y / nov / 26), company_80);
    REQUIRE(first_day.size == 1);
    CHECK(first_day.items[0].due_date == 2010_y / nov / 26);
    CHECK(first_day.items[0].state == status::overdue);
    CHECK_FALSE(first_day.items[0].exemption);
}

TEST_CASE("E14 (c): a window still open on 2014-03-07 lapses") {
    // fr-law.md §10 E14 (c): DOB 1968-06-01, window opened 2013-06-01; loi 2014-288 art. 5 [I].
    const auto lapsed = senior(fr::pre_2014, born(1968_y / jun / 1), company_80);
    REQUIRE(lapsed.size == 1);
    CHECK(lapsed.items[0].state == status::not_required);
    CHECK(lapsed.items[0].exemption == &ra::loi_2014_replaces);
    CHECK(explains(lapsed.items[0].why, &ra::loi_2014_replaces));
    // Held on 2014-03-06, regime A's last day: met. On 2014-03-07: too late, lapsed.
    static constexpr std::array last_day{
        ct::interview{obligation_kind::entretien_deuxieme_partie_carriere, 2014_y / mar / 6}};
    static constexpr std::array first_b{
        ct::interview{obligation_kind::entretien_deuxieme_partie_carriere, 2014_y / mar / 7}};
    CHECK(senior(fr::pre_2014, born(1968_y / jun / 1, last_day), company_80).items[0].state ==
          status::met);
    CHECK(senior(fr::pre_2014, born(1968_y / jun / 1, first_b), company_80).items[0].state ==
          status::not_required);
    // Seen on 2014-03-06 the window is open and the deadline (2014-06-01) is ahead, yet it is
    // already known to lapse: the 2014 law is a dated rule of the library.
    CHECK(senior(fr::pre_2014, born(1968_y / jun / 1), company_80, 2014_y / mar / 6)
              .items[0]
              .state == status::not_required);
}

TEST_CASE("E14 (d): a company below 50 owes no statutory interview") {
    // fr-law.md §10 E14 (d); L6321-1 al. 3: "au moins cinquante salariés".
    const auto p = senior(fr::pre_2014, born(1965_y / apr / 12), company_30);
    REQUIRE(p.size == 1);
    CHECK(p.items[0].state == status::not_required);
    CHECK(p.items[0].exemption == &ra::l6321_1_al3);
    // Exactly 50: owed. 49: not.
    CHECK(senior(fr::pre_2014, born(1965_y / apr / 12), ct::company{.headcount = 50})
              .items[0]
              .state == status::overdue);
    CHECK(senior(fr::pre_2014, born(1965_y / apr / 12), ct::company{.headcount = 49})
              .items[0]
              .state == status::not_required);
    // The headcount of the year of the 45th birthday wins over today's.
    static constexpr std::array history{ct::headcount_year{2010_y, 45}};
    const ct::company grew{.headcount = 500, .headcount_history = history};
    CHECK(senior(fr::pre_2014, born(1965_y / apr / 12), grew).items[0].state ==
          status::not_required);
    // Under the ANI 2005 (opt-in) the company of 30 still owes the senior interview.
    const auto covered = senior(fr::ani_2003_2005, born(1965_y / apr / 12), company_30);
    REQUIRE(covered.size == 2);
    CHECK(covered.items[1].rule == &ra::ani_2005_seniors);
    CHECK(covered.items[1].window_start == 2010_y / apr / 12);
    CHECK(covered.items[1].due_date == 2011_y / apr / 12);
    CHECK(covered.items[1].agenda.size() == 6);
}

TEST_CASE("45-year window for a 29 February birth") {
    // fr-law.md §7 conv. 5-6: birthdays on 28 Feb in common years;
    // window [2013-02-28, 2014-02-28].
    static constexpr std::array day_before{
        ct::interview{obligation_kind::entretien_deuxieme_partie_carriere, 2013_y / feb / 27}};
    static constexpr std::array opens{
        ct::interview{obligation_kind::entretien_deuxieme_partie_carriere, 2013_y / feb / 28}};
    static constexpr std::array closes{
        ct::interview{obligation_kind::entretien_deuxieme_partie_carriere, 2014_y / feb / 28}};
    static constexpr std::array after{
        ct::interview{obligation_kind::entretien_deuxieme_partie_carriere, 2014_y / mar / 1}};
    const auto p = senior(fr::pre_2014, born(1968_y / feb / 29), company_80);
    REQUIRE(p.size == 1);
    CHECK(p.items[0].window_start == 2013_y / feb / 28);
    CHECK(p.items[0].due_date == 2014_y / feb / 28);
    CHECK(senior(fr::pre_2014, born(1968_y / feb / 29, day_before), company_80).items[0].state ==
          status::overdue);
    CHECK(senior(fr::pre_2014, born(1968_y / feb / 29, opens), company_80).items[0].state ==
          status::met);
    CHECK(senior(fr::pre_2014, born(1968_y / feb / 29, closes), company_80).items[0].state ==
          status::met);
    CHECK(senior(fr::pre_2014, born(1968_y / feb / 29, after), company_80).items[0].state ==
          status::met_late);
}

TEST_CASE("who is an employee of the company during the 45-year window") {
    // L6321-1 al. 3: "pour chacun de ses salariés dans l'année qui suit leur 45e anniversaire".
    // Hired during the window (2010-09-01, window to 2011-04-12): owed by the 46th birthday.
    ct::employee hired_late = born(1965_y / apr / 12);
    hired_late.hire_date = 2010_y / sep / 1;
    const auto p = senior(fr::pre_2014, hired_late, company_80);
    REQUIRE(p.size == 1);
    CHECK(p.items[0].due_date == 2011_y / apr / 12);
    // Hired the day after the window closed: nothing.
    hired_late.hire_date = 2011_y / apr / 13;
    CHECK(senior(fr::pre_2014, hired_late, company_80).size == 0);
    // Left before the deadline without the interview: no breach (as fr-law.md §8.6 for a
    // short CDD). Left on the deadline: owed. Held before leaving: met.
    static constexpr std::array held{
        ct::interview{obligation_kind::entretien_deuxieme_partie_carriere, 2010_y / may / 3}};
    ct::employee gone = born(1965_y / apr / 12);
    gone.contract = ct::contract_kind::cdd;
    gone.contract_end = 2011_y / apr / 11;
    CHECK(senior(fr::pre_2014, gone, company_80).size == 0);
    gone.contract_end = 2011_y / apr / 12;
    CHECK(senior(fr::pre_2014, gone, company_80).items[0].state == status::overdue);
    gone.contract_end = 2010_y / jun / 1;
    gone.interviews = held;
    CHECK(senior(fr::pre_2014, gone, company_80).items[0].state == status::met);
}

TEST_CASE("ANI 2003: nothing falls due after the contract ends") {
    // A fixed-term contract ending 2012-06-30: the deadline 2013-09-01 is never reached
    // (as fr-law.md §8.6 for a short CDD: no breach).
    ct::employee e = e15;
    e.contract = ct::contract_kind::cdd;
    e.contract_end = 2012_y / jun / 30;
    const auto p = ani(e);
    REQUIRE(p.size == 1);
    CHECK(p.items[0].due_date == 2011_y / sep / 1);
    CHECK(p.items[0].state == status::overdue);
}

TEST_CASE("missing birth date or headcount is named, not guessed") {
    // Core contract: missing facts; L6321-1 al. 3 needs both.
    const auto no_birth = ct::evaluate(fr::pre_2014, e15, company_80, today);
    bool named = false;
    for (const auto& f : no_birth.findings)
        named = named || (f.kind == ct::finding_kind::missing &&
                          f.missing == ct::missing_fact::birth_date);
    CHECK(named);
    const auto no_headcount =
        ct::evaluate(fr::pre_2014, born(1965_y / apr / 12), ct::company{}, today);
    named = false;
    for (const auto& f : no_headcount.findings)
        named = named || (f.kind == ct::finding_kind::missing &&
                          f.missing == ct::missing_fact::headcount && f.rule == &ra::l6321_1_al3);
    CHECK(named);
    CHECK(of_kind(no_headcount, obligation_kind::entretien_deuxieme_partie_carriere).size == 0);
}

TEST_CASE("ANI 2005: from 45, then every 5 years at the employee's request") {
    // fr-law.md A3a; ANI 13 Oct 2005 as worded in KALIARTI000019987178: "Par la suite, tous les
    // 5 ans, le salarié qui le souhaite bénéficie d'un nouvel entretien".
    // DOB 1955-01-10 (45 in 2000, before the ANI and before the statute), company of 30.
    static constexpr std::array held{
        ct::interview{obligation_kind::entretien_deuxieme_partie_carriere, 2006_y / mar / 1},
        ct::interview{obligation_kind::entretien_deuxieme_partie_carriere, 2011_y / mar / 1}};
    static constexpr std::array too_soon{
        ct::request{obligation_kind::entretien_deuxieme_partie_carriere, 2011_y / feb / 28}};
    static constexpr std::array five_years{
        ct::request{obligation_kind::entretien_deuxieme_partie_carriere, 2011_y / feb / 28},
        ct::request{obligation_kind::entretien_deuxieme_partie_carriere, 2011_y / mar / 1}};
    constexpr fr::regime_a_policy seniors{.options = {.ani_2005_seniors = true}};
    ct::employee e{.hire_date = 1990_y / jan / 2, .birth_date = 1955_y / jan / 10,
                   .interviews = held};
    auto p = senior(seniors, e, company_30);
    REQUIRE(p.size == 1);  // no request, no renewal
    CHECK(p.items[0].window_start == 2005_y / oct / 13);
    CHECK(p.items[0].trigger == ct::trigger_kind::regime_start);  // 45 before the ANI
    CHECK(p.items[0].due_date == 2006_y / oct / 13);
    CHECK(p.items[0].state == status::met);
    e.requests = too_soon;
    CHECK(senior(seniors, e, company_30).size == 1);
    e.requests = five_years;
    p = senior(seniors, e, company_30);
    REQUIRE(p.size == 2);
    CHECK(p.items[1].trigger == ct::trigger_kind::request);
    CHECK(p.items[1].due_date == 2011_y / mar / 1);
    CHECK(p.items[1].state == status::met);
    // Without the opt-in the statute alone gives nothing (45 before 2009-11-26).
    CHECK(senior(fr::pre_2014, e, company_30).size == 0);
}

TEST_CASE("ANI 2005 with the statutory interview: the same interview, both rules") {
    // fr-law.md A3a/A3b: the ANI's first interview is the statutory one where both apply.
    static constexpr std::array held{
        ct::interview{obligation_kind::entretien_deuxieme_partie_carriere, 2010_y / oct / 1}};
    const auto p = senior(fr::ani_2003_2005, born(1965_y / apr / 12, held), company_80);
    REQUIRE(p.size == 1);
    CHECK(p.items[0].rule == &ra::l6321_1_al3);
    CHECK(explains(p.items[0].why, &ra::ani_2005_seniors));
    // A renewal request in 2015 is after 2014-03-06: regime B's business, not ours.
}

TEST_CASE("bilan d'étape professionnel: an entitlement on request after 2 years") {
    // L6315-1 v1 (loi 2009-1437), fr-law.md A2: at the request, 2 years' seniority, every 5 years.
    static constexpr std::array asked{
        ct::request{obligation_kind::bilan_etape_professionnel, 2010_y / jan / 14},
        ct::request{obligation_kind::bilan_etape_professionnel, 2010_y / jan / 15},
        ct::request{obligation_kind::bilan_etape_professionnel, 2013_y / jun / 1}};
    const ct::employee e{.hire_date = 2008_y / jan / 15, .requests = asked};
    const auto ev = ct::evaluate(fr::pre_2014, e, company_80, today);
    int entitlements = 0;
    for (const auto& f : ev.findings) {
        if (f.rule != &ra::l6315_1_v1) continue;
        ++entitlements;
        CHECK(f.kind == ct::finding_kind::entitlement);
        CHECK(f.date == 2010_y / jan / 15);  // the day before 2 years does not count
        CHECK(f.about == obligation_kind::bilan_etape_professionnel);
    }
    CHECK(entitlements == 1);  // 2013 is within 5 years of the first
    // No deadline, no penalty: never an obligation.
    CHECK(of_kind(ev, obligation_kind::bilan_etape_professionnel).size == 0);
    CHECK(ra::l6315_1_v1.reading.find("Never operational") == 0);
    // Before 2009-11-26 the right did not exist.
    static constexpr std::array before_law{
        ct::request{obligation_kind::bilan_etape_professionnel, 2009_y / nov / 25}};
    const ct::employee old{.hire_date = 2001_y / jan / 15, .requests = before_law};
    for (const auto& f : ct::evaluate(fr::pre_2014, old, company_80, today).findings)
        CHECK(f.rule != &ra::l6315_1_v1);
}

// --- DIF (loi 2004-391; L6323-1, L6323-5) ------------------------------------------------------

constexpr ct::employee cdi(ct::year_month_day hire) { return ct::employee{.hire_date = hire}; }

// 20 hours at 1 year of seniority, not the day before (fr-law.md A4; L6323-1).
static_assert(fr::dif_hours(cdi(2008_y / mar / 15), 2009_y / mar / 14) == 0);
static_assert(fr::dif_hours(cdi(2008_y / mar / 15), 2009_y / mar / 15) == 20);
// 120 at 6 years; capped at 120 after (L6323-5).
static_assert(fr::dif_hours(cdi(2008_y / mar / 15), 2014_y / mar / 14) == 100);
static_assert(fr::dif_hours(cdi(2008_y / mar / 15), 2014_y / mar / 15) == 120);
static_assert(fr::dif_hours(cdi(2005_y / jan / 10), 2012_y / jan / 10) == 120);
// Employees hired before the DIF count from 2004-05-07.
static_assert(fr::dif_hours(cdi(1995_y / sep / 1), 2005_y / may / 6) == 0);
static_assert(fr::dif_hours(cdi(1995_y / sep / 1), 2005_y / may / 7) == 20);
// The CPF replaces the DIF on 2015-01-01 (loi 2014-288 art. 1): nothing more is earned.
static_assert(fr::dif_hours(cdi(2012_y / jun / 1), 2014_y / dec / 31) == 40);
static_assert(fr::dif_hours(cdi(2012_y / jun / 1), 2015_y / jun / 1) == 40);
static_assert(fr::dif_hours(cdi(2014_y / jan / 1), 2014_y / dec / 31) == 0);
static_assert(fr::dif_hours(cdi(2014_y / jan / 1), 2015_y / jan / 1) == 0);
static_assert(fr::dif_hours(cdi(2013_y / dec / 31), 2014_y / dec / 31) == 20);
// 29 February hire: the first year completes on 28 Feb (fr-law.md §7 conv. 1).
static_assert(fr::dif_hours(cdi(2008_y / feb / 29), 2009_y / feb / 27) == 0);
static_assert(fr::dif_hours(cdi(2008_y / feb / 29), 2009_y / feb / 28) == 20);
// Fixed-term contracts: pro rata after 4 months, not modelled (documented limitation).
static_assert(fr::dif_hours(ct::employee{.hire_date = 2008_y / mar / 15,
                                         .contract = ct::contract_kind::cdd},
                            2010_y / mar / 15) == 0);

TEST_CASE("DIF: the balance is an entitlement of the evaluation, frozen by the CPF") {
    // fr-law.md A4: the DIF is reviewed in the interview; replaced by the CPF on 2015-01-01.
    const auto find_dif = [](const ct::evaluation& ev) -> const ct::finding* {
        for (const auto& f : ev.findings)
            if (f.rule == &ra::dif) return &f;
        return nullptr;
    };
    const auto before = ct::evaluate(fr::pre_2014, cdi(2012_y / jun / 1), company_80,
                                     2014_y / jun / 1);
    const auto* f = find_dif(before);
    REQUIRE(f != nullptr);
    CHECK(f->kind == ct::finding_kind::entitlement);
    CHECK(f->about == obligation_kind::droit_individuel_formation);  // hours, not an interview
    CHECK(f->date == 2014_y / jun / 1);
    CHECK(f->review.begin == 2012_y / jun / 1);
    CHECK(!explains(f->why, &ra::cpf_replaces_dif));
    const auto after = ct::evaluate(fr::pre_2014, cdi(2012_y / jun / 1), company_80, today);
    f = find_dif(after);
    REQUIRE(f != nullptr);
    CHECK(f->date == 2014_y / dec / 31);
    CHECK(f->review.last_day() == 2014_y / dec / 31);
    CHECK(explains(f->why, &ra::cpf_replaces_dif));
    // Less than a year of seniority: no balance, no finding.
    CHECK(find_dif(ct::evaluate(fr::pre_2014, cdi(2014_y / jan / 1), company_80, today)) ==
          nullptr);
}

TEST_CASE("the seed article's advice is a preparation checklist for the ANI 2003 interview") {
    // Seed article [S42], "How to negotiate training?": five points.
    const auto p = ani(e15);
    const auto prep = fr::preparation_for(p.items[0]);
    REQUIRE(prep.size() == 5);
    CHECK(prep[0].label.en.find("duration") != std::string_view::npos);
    CHECK(prep[3].label.fr == "Présenter les modes de financement possibles");
    for (const auto& item : prep) {
        CHECK(item.rule == &ra::seed_advice);
        CHECK(!item.label.en.empty());
        CHECK(!item.label.fr.empty());
        CHECK(!item.label.nl.empty());
    }
    // Not for the statutory 45-year interview.
    CHECK(fr::preparation_for(senior(fr::pre_2014, born(1965_y / apr / 12), company_80).items[0])
              .empty());
    CHECK(ra::seed_advice.basis == ct::authority::practice);
}

TEST_CASE("presets, find and the rule set") {
    static_assert(ct::policy_like<fr::regime_a_policy>);
    static_assert(fr::pre_2014.ok() && fr::ani_2003.ok() && fr::ani_2003_2005.ok());
    static_assert(fr::find_regime_a("fr:ani-2003") == &fr::ani_2003);
    static_assert(fr::find_regime_a("fr:pre-2014") == &fr::pre_2014);
    static_assert(fr::find_regime_a("fr:ani-2003-2005") == &fr::ani_2003_2005);
    static_assert(fr::find_regime_a("fr:2003") == nullptr);
    CHECK(ra::set.id == "fr:pre-2014");
    CHECK(ra::set.rules.size() == 10);
    for (const auto* r : ra::set.rules) {
        CHECK(!r->citation.empty());
        CHECK(r->in_force.ok());
        CHECK(!r->title.nl.empty());
    }
}

TEST_CASE("a later as-of only adds what happened since") {
    // Core contract: events after as_of are not yet known.
    static constexpr std::array held{
        ct::interview{obligation_kind::entretien_professionnel, 2011_y / jun / 15}};
    ct::employee e = e15;
    e.interviews = held;
    const auto early = ani(e, 2011_y / jun / 14);
    REQUIRE(early.size == 1);
    CHECK(early.items[0].state == status::due_soon);
    const auto late = ani(e, 2011_y / jun / 15);
    CHECK(late.items[0].state == status::met);
    CHECK(late.items[0].due_date == early.items[0].due_date);
}

TEST_CASE("hand-over to 2014: ANI interviews in 2011 and 2013, then the 2014 law's by 2016-03-07") {
    // fr-law.md §10 E15 and §5.1: present on 2014-03-07, first regime-B interview by
    // 2016-03-07. One fr::law evaluation with the company covered by the ANI 2003.
    constexpr fr::law_policy covered{.before_2014 = {.ani_2003 = true}};
    static_assert(covered.ok());
    const ct::evaluation ev = ct::evaluate(covered, e15, ct::company{.headcount = 80}, today);
    REQUIRE(ev.ok());
    std::array<const ct::obligation*, 8> owed{};
    std::size_t n = 0;
    for (const auto& o : ev.obligations)
        if (o.kind == obligation_kind::entretien_professionnel &&
            o.state != status::not_required && n < owed.size())
            owed[n++] = &o;
    // The ANI interviews missed in 2011 and 2013 can no longer be met or sanctioned: findings
    // of the audit, not obligations of the schedule (issue 15 §6).
    REQUIRE(n >= 1);
    CHECK(owed[0]->due_date == 2016_y / mar / 7);  // fr/law.hpp, loi 2014-288
    CHECK(owed[0]->trigger == ct::trigger_kind::regime_start);
    int missed = 0;
    for (const auto& f : ev.findings)
        missed += f.rule == &ra::ani_2003_entretien && f.kind == ct::finding_kind::advisory &&
                  (f.date == 2011_y / sep / 1 || f.date == 2013_y / sep / 1) &&
                  explains(f.why, &ra::loi_2014_replaces);
    CHECK(missed == 2);
    // On the last day of regime A they were still obligations, overdue.
    const ct::evaluation before = ct::evaluate(covered, e15, ct::company{.headcount = 80}, last_day);
    n = 0;
    for (const auto& o : before.obligations)
        if (o.kind == obligation_kind::entretien_professionnel &&
            o.state != status::not_required && n < owed.size())
            owed[n++] = &o;
    REQUIRE(n == 2);
    CHECK(owed[0]->due_date == 2011_y / sep / 1);
    CHECK(owed[0]->state == status::overdue);
    CHECK(owed[1]->due_date == 2013_y / sep / 1);
    CHECK(owed[1]->rule == &ra::ani_2003_entretien);
    // The ANI's next one (2015-09-01) lapsed into the 2014 law.
    int lapsed = 0;
    for (const auto& o : ev.obligations)
        lapsed += o.exemption == &ra::loi_2014_replaces && o.due_date == 2015_y / sep / 1;
    CHECK(lapsed == 1);
    // The default French law: the company is not covered, nothing owed before 2014.
    const auto plain = ct::evaluate(fr::law, e15, ct::company{.headcount = 80}, today);
    for (const auto& o : plain.obligations)
        if (o.rule == &ra::ani_2003_entretien) CHECK(o.exemption == &ra::ani_2003_not_covered);
}

TEST_CASE("a missed over-45 interview of 2010-2013 belongs to the audit, not the schedule") {
    // L6321-1 al. 3 (repealed by loi 2014-288 art. 5 on 2014-03-07): a 45th birthday on
    // 2011-02-28 in a company of 80, window to 2012-02-28, never held. On the last day of the
    // article it is overdue; from its repeal it can no longer be met or sanctioned: a finding.
    const ct::employee e = born(1966_y / feb / 28);
    const auto on_last_day = senior(fr::pre_2014, e, company_80, last_day);
    REQUIRE(on_last_day.size == 1);
    CHECK(on_last_day.items[0].state == status::overdue);
    CHECK(on_last_day.items[0].due_date == 2012_y / feb / 28);
    const auto ev = ct::evaluate(fr::pre_2014, e, company_80, 2014_y / mar / 7);
    CHECK(of_kind(ev, obligation_kind::entretien_deuxieme_partie_carriere).size == 0);
    int findings = 0;
    for (const auto& f : ev.findings)
        findings += f.kind == ct::finding_kind::advisory && f.rule == &ra::l6321_1_al3 &&
                    f.date == 2012_y / feb / 28 &&
                    f.about == obligation_kind::entretien_deuxieme_partie_carriere;
    CHECK(findings == 1);
    // Held late (before the repeal): met_late stays in the schedule, as history.
    static constexpr std::array late{
        ct::interview{obligation_kind::entretien_deuxieme_partie_carriere, 2014_y / mar / 6}};
    const auto held = senior(fr::pre_2014, born(1966_y / feb / 28, late), company_80, today);
    REQUIRE(held.size == 1);
    CHECK(held.items[0].state == status::met_late);
}
