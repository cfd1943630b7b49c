// Tests of the schedule's readings of issue 15 (docs/fr/schedule.md): the return and
// end-of-mandate interviews, the 2025 interviews owed whatever the hire year, the COVID
// postponements, information at hire, absent employees. Each case names its text.
#include <careertalk/fr/idcc.hpp>
#include <careertalk/fr/law.hpp>

#include <memory>

#include "catch.hpp"
#include "fr_support.hpp"

using namespace date::literals;
using namespace careertalk;
using frtest::explains;
using frtest::find;
namespace rules = careertalk::fr::rules;

namespace {
constexpr company c200{.headcount = 200};

// The return interview of `e` seen on `as_of` under `law`.
obligation return_of(const employee& e, year_month_day as_of, const fr::law_policy& law = fr::law) {
    const auto ev = evaluate(law, e, c200, as_of);
    REQUIRE(ev.ok());
    const auto* o = find(ev, obligation_kind::entretien_retour);
    REQUIRE(o);
    return *o;
}
}  // namespace

// --- §2: return and end-of-mandate interviews (L6315-1 I, L2141-5, L1225-57) ---------------

TEST_CASE("an interview three years into a seven-year mandate is not the end-of-mandate one") {
    // L2141-5 (from 2015-08-19) and L6315-1 I: the interview is held "au terme" / "à
    // l'issue" of the mandate. Mandate 2019-01-01..2025-12-31, back on 2026-01-01.
    const absence mandate[] = {{absence_kind::mandat_syndical, 2019_y / jan / 1, 2025_y / dec / 31}};
    const interview mid[] = {{obligation_kind::entretien_professionnel, 2022_y / jan / 3}};
    const employee e{.hire_date = 2010_y / jan / 4, .absences = mandate, .interviews = mid};
    const obligation o = return_of(e, 2026_y / jan / 2);
    REQUIRE(o.trigger == trigger_kind::end_of_mandate);
    REQUIRE_FALSE(o.held_on);
    REQUIRE(o.window_start == 2025_y / nov / 1);  // 2 months before, at the employee's request
    // No text sets a delay after the return: the library's 2 months, never overdue.
    REQUIRE(o.due_date == 2026_y / mar / 1);
    REQUIRE(o.deadline_rule == &rules::retour_delai);
    REQUIRE(due_basis(o) == basis::library_default);
    REQUIRE(o.state == status::due_soon);
    REQUIRE(return_of(e, 2026_y / mar / 1).state == status::due_soon);  // the day of
    REQUIRE(return_of(e, 2026_y / mar / 2).state == status::advisory);  // the day after
    // Held on the day of the return: met.
    const interview back[] = {{obligation_kind::entretien_professionnel, 2026_y / jan / 1}};
    employee held = e;
    held.interviews = back;
    REQUIRE(return_of(held, 2026_y / mar / 2).state == status::met);
}

TEST_CASE("day 8 of a three-year parental leave is not the return interview (L1225-57)") {
    // Leave 2023-01-02..2025-12-31, back 2026-01-01. L1225-57: "A la demande du salarié,
    // l'entretien peut avoir lieu avant la fin du congé parental d'éducation".
    const absence leave[] = {{absence_kind::conge_parental_education, 2023_y / jan / 2, 2025_y / dec / 31}};
    const auto with = [&](interview i) {
        const interview held[] = {i};
        const employee e{.hire_date = 2015_y / jan / 5, .absences = leave, .interviews = held};
        return return_of(e, 2026_y / jun / 1);
    };
    constexpr auto ep = obligation_kind::entretien_professionnel;
    REQUIRE(with({ep, 2023_y / jan / 9}).state == status::advisory);
    REQUIRE(with({ep, 2023_y / jan / 9, true}).state == status::advisory);  // asked, too early
    // At the employee's request within law_policy::early_return_months (2) before the return.
    REQUIRE(with({ep, 2025_y / oct / 31, true}).state == status::advisory);  // the day before
    REQUIRE(with({ep, 2025_y / nov / 1, true}).state == status::met);       // the first day
    REQUIRE(explains(with({ep, 2025_y / nov / 1, true}), &rules::retour_anticipe));
    REQUIRE(with({ep, 2025_y / dec / 31, true}).state == status::met);     // the last day away
    // The same date without the request: the employer's interview during the leave.
    REQUIRE(with({ep, 2025_y / dec / 31}).state == status::advisory);
    // After the return, any interview meets it (late past the library's delay).
    REQUIRE(with({ep, 2026_y / mar / 1}).state == status::met);
    REQUIRE(with({ep, 2026_y / mar / 2}).state == status::met_late);
}

TEST_CASE("before the return at the employee's request: from 2019 for every listed absence") {
    // L6315-1 I v4 (2019-01-01): "à l'initiative du salarié, à une date antérieure à la
    // reprise de poste"; v2/v3 had no such sentence (only L1225-57 for parental leave).
    const auto met_early = [](year_month_day last_day) {
        const absence leave[] = {{absence_kind::conge_sabbatique, add_months(last_day, -9), last_day}};
        const interview held[] = {{obligation_kind::entretien_professionnel, add_days(last_day, -10), true}};
        const employee e{.hire_date = 2010_y / jan / 4, .absences = leave, .interviews = held};
        return return_of(e, 2026_y / jun / 1).held_on.has_value();
    };
    REQUIRE_FALSE(met_early(2018_y / dec / 30));  // back 2018-12-31, under v3
    REQUIRE(met_early(2018_y / dec / 31));        // back 2019-01-01, under v4
}

TEST_CASE("a branch delay keeps its own basis: IDCC 1501 is overdue after 30 days") {
    // CCN restauration rapide, avenant 71, art. 5.2: 30 calendar days (a real delay).
    const absence leave[] = {{absence_kind::conge_maternite, 2026_y / jan / 20, 2026_y / apr / 30}};
    const employee e{.hire_date = 2020_y / jan / 6, .absences = leave};
    const auto ev = evaluate(fr::idcc::restauration_rapide, e, company{.headcount = 20},
                             2026_y / jun / 1);
    const auto* o = find(ev, obligation_kind::entretien_retour);
    REQUIRE(o->due_date == 2026_y / may / 31);
    REQUIRE_FALSE(o->deadline_rule);
    REQUIRE(o->state == status::overdue);
}

TEST_CASE("return interviews in the COVID window are postponed to 2021-06-30 (ord. 2020-1501)") {
    // Ord. 2020-387 art. 1 as amended by ord. 2020-1501 derogates from L6315-1 I and II:
    // interviews that should have been held 2020-01-01..2021-06-30, returns included.
    const auto due = [](year_month_day back) {
        const absence leave[] = {{absence_kind::conge_maternite, add_months(back, -4), add_days(back, -1)}};
        const employee e{.hire_date = 2012_y / jan / 2, .absences = leave};
        return return_of(e, 2026_y / jun / 1);
    };
    REQUIRE(due(2019_y / dec / 31).due_date == 2020_y / feb / 29);  // before: 2 months, clamped
    REQUIRE_FALSE(explains(due(2019_y / dec / 31), &rules::covid_report));
    REQUIRE(due(2020_y / jan / 1).due_date == 2021_y / jun / 30);
    REQUIRE(explains(due(2020_y / jan / 1), &rules::covid_report));
    REQUIRE(due(2021_y / jun / 30).due_date == 2021_y / aug / 30);  // later than the postponement
    REQUIRE(due(2021_y / jul / 1).due_date == 2021_y / sep / 1);
    REQUIRE_FALSE(explains(due(2021_y / jul / 1), &rules::covid_report));
}

// --- §3: the 2025 interviews are owed whatever the hire year (L6315-1 IV and V) ------------

TEST_CASE("pre-60 and mid-career interviews for hires in 1990, 2003, 2013 and around 2014-03-07") {
    // Born 1967-03-01: window of V [2025-03-01, 2027-03-01), from 2025-10-26 (loi 2025-989);
    // no periodic interview pending (held on time), so V's interview of its own is owed
    // (administrative reading). With a mid-career visit on 2026-01-15, the EPP within 2
    // months (IV) falls in V's window and carries its items instead.
    const interview held[] = {{obligation_kind::entretien_professionnel, 2016_y / mar / 1},
                              {obligation_kind::entretien_professionnel, 2018_y / feb / 1},
                              {obligation_kind::etat_des_lieux, 2020_y / jan / 15},
                              {obligation_kind::entretien_professionnel, 2022_y / jan / 10},
                              {obligation_kind::entretien_professionnel, 2024_y / jan / 8}};
    const medical_visit visit[] = {{visit_kind::mi_carriere, 2026_y / jan / 15}};
    for (const year_month_day hire : {1990_y / jan / 2, 2003_y / dec / 8, 2013_y / dec / 31,
                                      2014_y / mar / 6, 2014_y / mar / 7}) {
        CAPTURE(hire);
        for (const auto& law : {fr::law, fr::law_policy{.before_2014 = {.ani_2003 = true}}}) {
            const employee e{.hire_date = hire, .birth_date = 1967_y / mar / 1,
                             .interviews = held};
            const auto ev = evaluate(law, e, c200, 2026_y / nov / 23);
            const auto* pre60 = find(ev, obligation_kind::entretien_fin_carriere);
            REQUIRE(pre60);
            REQUIRE(pre60->due_date == 2027_y / feb / 28);
            REQUIRE(pre60->trigger == trigger_kind::regime_start);
            employee visited = e;
            visited.medical_visits = visit;
            const auto ev2 = evaluate(law, visited, c200, 2026_y / nov / 23);
            const auto* mid = find(ev2, obligation_kind::entretien_mi_carriere);
            REQUIRE(mid);
            REQUIRE(mid->due_date == 2026_y / mar / 15);
            REQUIRE(frtest::has_item(*mid, "fr.L6315-1.V.employment"));
        }
    }
}

// --- §4: COVID and the états des lieux --------------------------------------------------------

TEST_CASE("état des lieux due in the COVID window: 2021-09-30 with the ministry's catch-up") {
    // Ord. 2020-1501: postponed to 2021-06-30; loi 2021-689 and the ministry's Q-R of 21 June
    // 2021: "l'employeur a donc jusqu'au 30 septembre 2021" (abondement_options::covid_tolerance).
    const auto review = [](year_month_day hire, const fr::law_policy& law = fr::law) {
        const employee e{.hire_date = hire};
        return *find(evaluate(law, e, c200, 2026_y / jun / 1), obligation_kind::etat_des_lieux);
    };
    REQUIRE(review(2014_y / may / 15).due_date == 2021_y / sep / 30);
    REQUIRE(explains(review(2014_y / may / 15), &rules::covid_tolerance_2021));
    fr::law_policy strict = fr::law;
    strict.abondement.covid_tolerance = false;
    REQUIRE(review(2014_y / may / 15, strict).due_date == 2021_y / jun / 30);
    REQUIRE(review(2015_y / jun / 30).due_date == 2021_y / sep / 30);  // last day of the window
    REQUIRE(review(2015_y / jul / 1).due_date == 2021_y / jul / 1);    // the day after
    // Held on 2021-09-30: met; on 2021-10-01: late.
    const auto held_on = [](year_month_day d) {
        const interview i[] = {{obligation_kind::etat_des_lieux, d}};
        const employee e{.hire_date = 2014_y / may / 15, .interviews = i};
        return find(evaluate(fr::law, e, c200, 2026_y / jun / 1), obligation_kind::etat_des_lieux)
            ->state;
    };
    REQUIRE(held_on(2021_y / sep / 30) == status::met);
    REQUIRE(held_on(2021_y / oct / 1) == status::met_late);
    // The periodic interviews keep 2021-06-30: the catch-up was for the états des lieux.
    const interview last[] = {{obligation_kind::entretien_professionnel, 2018_y / jun / 1}};
    const employee p{.hire_date = 2016_y / jan / 4, .interviews = last};
    REQUIRE(frtest::by_rule(evaluate(fr::law, p, c200, 2020_y / jul / 1), &rules::periodique_2014)
                ->due_date == 2016_y / jan / 4 + date::years{2});
}

// --- §6: information at hire, absent employees -----------------------------------------------

TEST_CASE("information at hire with no record: no_record, overdue only in strict mode") {
    // L6315-1 I al. 1 sets the information "à l'occasion de son embauche"; few hosts record it.
    const employee e{.hire_date = 2020_y / jan / 6};
    REQUIRE(find(evaluate(fr::law, e, c200, 2020_y / jan / 6), obligation_kind::information_embauche)
                ->state == status::due_soon);  // the hire date itself
    REQUIRE(find(evaluate(fr::law, e, c200, 2020_y / jan / 7), obligation_kind::information_embauche)
                ->state == status::no_record);
    fr::law_policy strict = fr::law;
    strict.strict_information = true;
    REQUIRE(find(evaluate(strict, e, c200, 2020_y / jan / 7), obligation_kind::information_embauche)
                ->state == status::overdue);
    // Recorded after the hire date: late in both modes.
    const interview late[] = {{obligation_kind::information_embauche, 2020_y / jan / 7}};
    const employee late_e{.hire_date = 2020_y / jan / 6, .interviews = late};
    REQUIRE(find(evaluate(fr::law, late_e, c200, 2020_y / jan / 7),
                 obligation_kind::information_embauche)
                ->state == status::met_late);
    REQUIRE(find(evaluate(strict, late_e, c200, 2020_y / jan / 7),
                 obligation_kind::information_embauche)
                ->state == status::met_late);
    const interview given[] = {{obligation_kind::information_embauche, 2020_y / jan / 6}};
    const employee informed{.hire_date = 2020_y / jan / 6, .interviews = given};
    REQUIRE(find(evaluate(fr::law, informed, c200, 2020_y / jan / 7),
                 obligation_kind::information_embauche)
                ->state == status::met);
}

TEST_CASE("an interview falling due during a listed absence is due at the return") {
    // Hired 2018-01-08, interview 2020-01-06: next by 2022-01-06 (L6315-1 I v5). Parental
    // leave 2021-09-01..2023-08-31, back 2023-09-01: the employee is away on the deadline.
    const interview held[] = {{obligation_kind::entretien_professionnel, 2020_y / jan / 6}};
    const absence leave[] = {{absence_kind::conge_parental_education, 2021_y / sep / 1, 2023_y / aug / 31}};
    const employee e{.hire_date = 2018_y / jan / 8, .absences = leave, .interviews = held};
    // The periodic interview counted from the one held on 2020-01-06.
    struct seen {
        obligation periodic;
        int missing_resumption = 0;
        std::optional<year_month_day> due_at_return{};  // the advisory finding's date
    };
    const auto look = [](year_month_day as_of, const employee& who) {
        const auto ev = std::make_unique<evaluation>(evaluate(fr::law, who, c200, as_of));
        seen s{};
        for (const obligation& o : ev->obligations)
            if (o.rule == &rules::periodique_2014 && o.trigger_date == 2020_y / jan / 6)
                s.periodic = o;
        for (const finding& f : ev->findings)
        {
            s.missing_resumption += f.rule == &rules::absent_au_retour &&
                                    f.missing == missing_fact::resumption_date;
            if (f.rule == &rules::absent_au_retour && f.kind == finding_kind::advisory &&
                f.about == obligation_kind::entretien_professionnel)
                s.due_at_return = f.date;
        }
        return s;
    };
    // Seen before the leave: its own date.
    REQUIRE(look(2021_y / aug / 31, e).periodic.due_date == 2022_y / jan / 6);
    // Once the leave is known: due on the return, the library's date (deadline_rule).
    const seen away = look(2021_y / sep / 1, e);
    REQUIRE(away.periodic.due_date == 2023_y / sep / 1);
    REQUIRE(away.periodic.deadline_rule == &rules::absent_au_retour);
    REQUIRE(away.periodic.state == status::upcoming);
    REQUIRE(away.due_at_return == 2023_y / sep / 1);
    REQUIRE(look(2022_y / jan / 7, e).periodic.state == status::upcoming);  // past its own date
    REQUIRE(look(2023_y / sep / 1, e).periodic.state == status::due_soon);  // the return day
    REQUIRE(look(2023_y / sep / 2, e).periodic.state == status::advisory);  // never overdue
    // Held during the leave or on the return: met.
    const interview both[] = {held[0], {obligation_kind::entretien_professionnel, 2023_y / sep / 1}};
    employee met = e;
    met.interviews = both;
    REQUIRE(look(2024_y / jan / 1, met).periodic.state == status::met);
    // A leave ending the day before the deadline: the employee is back, nothing moves.
    const absence ended[] = {{absence_kind::conge_parental_education, 2021_y / sep / 1, 2022_y / jan / 5}};
    employee back = e;
    back.absences = ended;
    REQUIRE(look(2022_y / jun / 1, back).periodic.due_date == 2022_y / jan / 6);
    REQUIRE(look(2022_y / jun / 1, back).periodic.state == status::overdue);
    // No end recorded: its own date, advisory, and the resumption date named as missing.
    const absence open[] = {{absence_kind::conge_parental_education, 2021_y / sep / 1, std::nullopt}};
    employee still = e;
    still.absences = open;
    const seen open_ended = look(2022_y / jun / 1, still);
    REQUIRE(open_ended.periodic.due_date == 2022_y / jan / 6);
    REQUIRE(open_ended.periodic.state == status::advisory);
    REQUIRE(open_ended.missing_resumption == 1);  // once for the absence (two interviews in it)
    // A part-time parental leave is not an absence from work: overdue.
    const absence part[] = {{absence_kind::temps_partiel_parental, 2021_y / sep / 1, 2023_y / aug / 31}};
    employee part_time = e;
    part_time.absences = part;
    REQUIRE(look(2022_y / jun / 1, part_time).periodic.state == status::overdue);
    // A sick leave with no end counts once over six months on the deadline (R324-1).
    const auto sick_from = [&](year_month_day start) {
        const absence sick[] = {{absence_kind::arret_maladie, start, std::nullopt}};
        employee ill = e;
        ill.absences = sick;
        return look(2022_y / jun / 1, ill).periodic.state;
    };
    REQUIRE(sick_from(2021_y / jul / 6) == status::overdue);   // six months on 2022-01-06
    REQUIRE(sick_from(2021_y / jul / 5) == status::advisory);  // over six months
}
