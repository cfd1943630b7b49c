// Tests of careertalk/fr/law.hpp: worked examples (facts stated in each case) for regimes B, C,
// D and the transition, end to end through careertalk::evaluate, plus the policy, its presets and
// the payroll fast path. Each case names its example and sources.
#include <careertalk/fr/law.hpp>

#include "catch.hpp"
#include "fr_support.hpp"

using namespace date::literals;
using namespace careertalk;
using frtest::find;
namespace rules = careertalk::fr::rules;

constexpr auto as_of = 2026_y / nov / 23;
constexpr company c200{.headcount = 200};

// --- the policy ----------------------------------------------------------------------------

static_assert(policy_like<fr::law_policy>);
static_assert(fr::law.ok() && fr::ministry.ok() && fr::literal.ok() && fr::anniversaries.ok());
// L6315-1 III (v7): an agreement may set a periodicity "sans que celle-ci excède quatre ans".
static_assert(fr::law.with_cycle(48).ok());
static_assert(!fr::law.with_cycle(49).ok());
// loi 2025-989 art. 3 II: a pre-reform agreement over 4 years is evaluated, not rejected.
static_assert(fr::law.with_cycle(60, 2025_y / oct / 25).ok());
static_assert(!fr::law.with_cycle(60, 2025_y / oct / 26).ok());
static_assert(fr::find_policy("law") == &fr::law);
static_assert(fr::find_policy("") == &fr::law);
static_assert(fr::find_policy("ministry") == &fr::ministry);
static_assert(fr::find_policy("no-such-reading") == nullptr);

// A whole evaluation in constant evaluation: E2, hired 2020-01-06, mid-cycle at the 2025 reform
// (ministry Q-R of 12 February 2026, no. 2; docs/fr/readings.md#transition-2025).
constexpr interview e2_interviews[] = {{obligation_kind::entretien_professionnel, 2022_y / jan / 3},
                                       {obligation_kind::entretien_professionnel, 2024_y / jan / 2}};
constexpr employee e2{.id = "E2", .hire_date = 2020_y / jan / 6, .birth_date = 1985_y / feb / 11,
                      .interviews = e2_interviews};
static_assert(frtest::last_periodic(evaluate(fr::law, e2, c200, as_of))->due_date ==
              2028_y / jan / 2);
static_assert(find(evaluate(fr::law, e2, c200, as_of), obligation_kind::etat_des_lieux)->due_date ==
              2028_y / jan / 6);
static_assert(fr::next_due(fr::law, e2, c200, as_of).interview == 2028_y / jan / 2);

TEST_CASE("E1: new hire under regime D (L6315-1 I al. 1-2, II v7)") {
    const interview held[] = {{obligation_kind::entretien_parcours_professionnel, 2027_y / jan / 15}};
    const employee e{.hire_date = 2026_y / mar / 2, .interviews = held};
    const company c30{.headcount = 30};
    const auto ev = evaluate(fr::law, e, c30, 2027_y / feb / 1);
    REQUIRE(ev.ok());
    const auto* info = find(ev, obligation_kind::information_embauche);
    REQUIRE(info);
    REQUIRE(info->rule == &rules::information_2025);
    const auto* first = find(ev, obligation_kind::entretien_parcours_professionnel, 0);
    REQUIRE(first->due_date == 2027_y / mar / 2);
    REQUIRE(first->state == status::met);
    REQUIRE(first->rule == &rules::premiere_annee_2025);
    const auto* next = find(ev, obligation_kind::entretien_parcours_professionnel, 1);
    REQUIRE(next->due_date == 2031_y / jan / 15);  // model R: 4 years from the EPP held
    const auto* review = find(ev, obligation_kind::etat_des_lieux);
    REQUIRE(review->due_date == 2034_y / mar / 2);
    REQUIRE(review->window_start == 2034_y / jan / 15);  // first EPP + 7 years (II)
    // Ministry tolerance (Q-R of 12 February 2026, as reported): before 9 years of seniority
    // (docs/fr/readings.md#etat-des-lieux).
    const auto admin = evaluate(fr::ministry, e, c30, 2027_y / feb / 1);
    REQUIRE(find(admin, obligation_kind::etat_des_lieux)->due_date == 2035_y / mar / 1);
}

TEST_CASE("E1: the état des lieux restarts the periodic clock (model R, docs/fr/readings.md#periodic-clock)") {
    const interview held[] = {{obligation_kind::entretien_parcours_professionnel, 2027_y / jan / 15},
                              {obligation_kind::entretien_parcours_professionnel, 2031_y / jan / 15},
                              {obligation_kind::etat_des_lieux, 2034_y / feb / 1}};
    const employee e{.hire_date = 2026_y / mar / 2, .interviews = held};
    const auto ev = evaluate(fr::law, e, company{.headcount = 30}, 2034_y / mar / 3);
    REQUIRE(frtest::last_periodic(ev)->due_date == 2038_y / feb / 1);
    const auto* review = find(ev, obligation_kind::etat_des_lieux);
    REQUIRE(review->state == status::met);
    REQUIRE(review->held_on == 2034_y / feb / 1);
    // < 50 employees: the abondement is not owed (L6315-1 II).
    const auto* verdict = find(ev, finding_kind::no_penalty);
    REQUIRE(verdict);
    REQUIRE(verdict->about == obligation_kind::abondement_correctif);
}

TEST_CASE("E2: employee mid-cycle at the reform (Q-R no. 2, art. 2222)") {
    const auto ev = evaluate(fr::law, e2, c200, as_of);
    const auto* next = frtest::last_periodic(ev);
    REQUIRE(next->kind == obligation_kind::entretien_parcours_professionnel);
    REQUIRE(next->due_date == 2028_y / jan / 2);
    REQUIRE(frtest::explains(*next, &rules::transition_2025));
    const auto* review = find(ev, obligation_kind::etat_des_lieux);
    REQUIRE(review->due_date == 2028_y / jan / 6);
    REQUIRE(frtest::explains(*review, &rules::transition_2025));
    REQUIRE(find(evaluate(fr::ministry, e2, c200, as_of), obligation_kind::etat_des_lieux)
                ->due_date == 2029_y / jan / 5);

    // An EPP on 2027-11-15 recorded as the état des lieux satisfies both; all interviews of
    // the period were held: no abondement whatever the training.
    const interview with_review[] = {e2_interviews[0], e2_interviews[1],
                                     {obligation_kind::etat_des_lieux, 2027_y / nov / 15}};
    employee held = e2;
    held.interviews = with_review;
    const auto later = evaluate(fr::law, held, c200, 2027_y / dec / 1);
    const auto* met = find(later, obligation_kind::entretien_parcours_professionnel);
    REQUIRE(met->due_date == 2028_y / jan / 2);
    REQUIRE(met->held_on == 2027_y / nov / 15);
    REQUIRE(frtest::last_periodic(later)->due_date == 2031_y / nov / 15);
    REQUIRE(find(later, obligation_kind::etat_des_lieux)->state == status::met);
    REQUIRE(find(later, finding_kind::no_penalty));
    REQUIRE_FALSE(find(later, finding_kind::penalty));

    // Had the interviews not been held: EUR 3,000 to the CDC by 2028-03-31 (R6323-3 IV).
    const interview review_only[] = {{obligation_kind::etat_des_lieux, 2027_y / nov / 15}};
    held.interviews = review_only;
    const auto owed = evaluate(fr::law, held, c200, 2027_y / dec / 1);
    const auto* penalty = find(owed, finding_kind::penalty);
    REQUIRE(penalty);
    REQUIRE(penalty->amount == euros{300'000});
    REQUIRE(penalty->paid_to == payee::caisse_des_depots);
    REQUIRE(penalty->payment_due == 2028_y / mar / 31);
}

TEST_CASE("E4: return from maternity leave, 12-month look-back (L6315-1 I al. 9 v7, L1225-27)") {
    const absence maternite[] = {{absence_kind::conge_maternite, 2025_y / dec / 29, 2026_y / apr / 19}};
    const interview before[] = {{obligation_kind::entretien_professionnel, 2025_y / apr / 10}};
    const employee e{.hire_date = 2019_y / sep / 2, .absences = maternite, .interviews = before};
    const auto ev = evaluate(fr::law, e, c200, as_of);
    const auto* ret = find(ev, obligation_kind::entretien_retour);
    REQUIRE(ret);
    REQUIRE(ret->trigger_date == 2026_y / apr / 20);
    REQUIRE(ret->due_date == 2026_y / jun / 20);  // R + the library's 2 months (retour_delai)
    // Before the return, at the employee's request, within early_return_months (issue 15 §2).
    REQUIRE(ret->window_start == 2026_y / feb / 20);
    REQUIRE(ret->state == status::advisory);  // past a date no text sets: never overdue
    REQUIRE(ret->rule == &rules::retour_2026);

    // Held 2026-04-27: the next periodic EPP is 4 years later (model R).
    const interview held[] = {before[0], {obligation_kind::entretien_retour, 2026_y / apr / 27}};
    employee e_held = e;
    e_held.interviews = held;
    const auto ev2 = evaluate(fr::law, e_held, c200, as_of);
    REQUIRE(find(ev2, obligation_kind::entretien_retour)->state == status::met);
    REQUIRE(frtest::last_periodic(ev2)->due_date == 2030_y / apr / 27);

    // Variant: last EPP 2025-06-10, inside [2025-04-20, 2026-04-20): not required, advisory.
    const interview recent[] = {{obligation_kind::entretien_professionnel, 2025_y / jun / 10}};
    employee e_recent = e;
    e_recent.interviews = recent;
    const auto ev3 = evaluate(fr::law, e_recent, c200, as_of);
    const auto* exempt = find(ev3, obligation_kind::entretien_retour);
    REQUIRE(exempt->state == status::not_required);
    REQUIRE(exempt->exemption == &rules::exemption_12_mois);
    const auto* advisory = find(ev3, finding_kind::advisory, &rules::l1225_27);
    REQUIRE(advisory);
    REQUIRE(advisory->date == 2026_y / apr / 20);
}

TEST_CASE("E6: mid-career EPP within 2 months of the visit (L6315-1 IV, L4624-2-2)") {
    const medical_visit visit[] = {{visit_kind::mi_carriere, 2026_y / sep / 15}};
    const interview held[] = {{obligation_kind::entretien_professionnel, 2024_y / jun / 3}};
    const employee e{.hire_date = 2012_y / apr / 16, .birth_date = 1981_y / may / 20,
                     .interviews = held, .medical_visits = visit};
    const auto ev = evaluate(fr::law, e, company{.headcount = 120}, as_of);
    const auto* mid = find(ev, obligation_kind::entretien_mi_carriere);
    REQUIRE(mid);
    REQUIRE(mid->due_date == 2026_y / nov / 15);
    REQUIRE(mid->state == status::overdue);
    REQUIRE(frtest::has_item(*mid, "fr.L6315-1.IV.wear"));
    REQUIRE(frtest::has_item(*mid, "fr.L6315-1.IV.bilan"));
    REQUIRE(frtest::has_item(*mid, "fr.L6315-1.I.5"));
    const auto* v = find(ev, obligation_kind::visite_mi_carriere);
    REQUIRE(v->due_date == 2026_y / dec / 31);  // calendar year of the 45th birthday
    REQUIRE(v->state == status::met);
}

TEST_CASE("E7: a mid-career visit before the reform triggers nothing (no retroactivity, docs/fr/readings.md#mid-career)") {
    const medical_visit before[] = {{visit_kind::mi_carriere, 2025_y / jun / 1}};
    const employee e{.hire_date = 2010_y / jan / 4, .birth_date = 1980_y / mar / 1,
                     .medical_visits = before};
    REQUIRE_FALSE(find(evaluate(fr::law, e, c200, as_of), obligation_kind::entretien_mi_carriere));
    const medical_visit after[] = {{visit_kind::mi_carriere, 2025_y / nov / 20}};
    employee e2v = e;
    e2v.medical_visits = after;
    REQUIRE(find(evaluate(fr::law, e2v, c200, as_of), obligation_kind::entretien_mi_carriere)
                ->due_date == 2026_y / jan / 20);
}

TEST_CASE("E8: anticipated visit at 43 (L4624-2-2 I al. 2)") {
    const medical_visit visit[] = {{visit_kind::mi_carriere, 2026_y / oct / 5}};
    const employee e{.hire_date = 2015_y / jan / 5, .birth_date = 1983_y / jul / 1,
                     .medical_visits = visit};
    const auto ev = evaluate(fr::law, e, c200, as_of);
    REQUIRE(find(ev, obligation_kind::entretien_mi_carriere)->due_date == 2026_y / dec / 5);
    REQUIRE(frtest::count(ev, obligation_kind::entretien_mi_carriere) == 1);
    const auto* v = find(ev, obligation_kind::visite_mi_carriere);
    REQUIRE(v->due_date == 2028_y / dec / 31);
    REQUIRE(v->state == status::met);  // brought forward: held 2026-10-05
}

TEST_CASE("E9: pre-60 window with no EPP due in it, both readings (L6315-1 V, docs/fr/readings.md#pre-60)") {
    const interview held[] = {{obligation_kind::entretien_professionnel, 2025_y / mar / 1}};
    const employee e{.hire_date = 2014_y / sep / 1, .birth_date = 1967_y / feb / 10,
                     .interviews = held};
    const auto admin = evaluate(fr::law, e, c200, as_of);
    REQUIRE(frtest::last_periodic(admin)->due_date == 2029_y / mar / 1);
    const auto* pre60 = find(admin, obligation_kind::entretien_fin_carriere);
    REQUIRE(pre60);
    REQUIRE(pre60->due_date == 2027_y / feb / 9);
    REQUIRE(pre60->window_start == 2025_y / oct / 26);
    REQUIRE(frtest::has_item(*pre60, "fr.L6315-1.V.adjustments"));
    REQUIRE(frtest::explains(*pre60, &rules::fin_carriere_administrative));
    REQUIRE_FALSE(find(evaluate(fr::literal, e, c200, as_of), obligation_kind::entretien_fin_carriere));
}

TEST_CASE("E10: the pre-60 items attach to a return interview (L6315-1 V, I al. 9)") {
    const absence sabbatique[] = {{absence_kind::conge_sabbatique, 2025_y / nov / 3, 2026_y / may / 3}};
    const interview held[] = {{obligation_kind::entretien_professionnel, 2024_y / oct / 1},
                              {obligation_kind::entretien_retour, 2026_y / may / 4}};
    const employee e{.hire_date = 2010_y / jan / 4, .birth_date = 1968_y / jan / 15,
                     .absences = sabbatique, .interviews = held};
    const auto ev = evaluate(fr::law, e, c200, as_of);
    const auto* ret = find(ev, obligation_kind::entretien_retour);
    REQUIRE(ret->state == status::met);
    REQUIRE(frtest::has_item(*ret, "fr.L6315-1.V.employment"));
    REQUIRE(frtest::last_periodic(ev)->due_date == 2030_y / may / 4);
    REQUIRE_FALSE(find(ev, obligation_kind::entretien_fin_carriere));
}

TEST_CASE("E11 / E13: regime C review, cumulative and disjunctive (L6323-13 v5, Cass. 24-12.972)") {
    const interview held[] = {{obligation_kind::entretien_professionnel, 2018_y / apr / 30},
                              {obligation_kind::etat_des_lieux, 2022_y / apr / 28}};
    const training trained[] = {{2019_y / mar / 12, false, 14}};
    const employee e{.hire_date = 2016_y / may / 2, .interviews = held, .trainings = trained};
    const company c120{.headcount = 120};
    const auto ev = evaluate(fr::law, e, c120, as_of);
    const auto* review = find(ev, obligation_kind::etat_des_lieux);
    REQUIRE(review->due_date == 2022_y / may / 2);
    REQUIRE(review->state == status::met);
    // The 2020 interview (postponed to 2021-06-30) was held only with the review: late.
    const auto* missed = find(ev, obligation_kind::entretien_professionnel, 1);
    REQUIRE(missed->due_date == 2021_y / jun / 30);
    REQUIRE(frtest::explains(*missed, &rules::covid_report));
    REQUIRE(find(ev, finding_kind::no_penalty));
    REQUIRE_FALSE(find(ev, finding_kind::penalty));

    fr::law_policy disjunctive = fr::law;
    disjunctive.abondement.reading = fr::penalty_reading::disjunctive;
    const auto ev_penalty = evaluate(disjunctive, e, c120, as_of);
    const auto* penalty = find(ev_penalty, finding_kind::penalty);
    REQUIRE(penalty);
    REQUIRE(penalty->amount == euros{300'000});
    REQUIRE(penalty->payment_due == 2022_y / sep / 30);

    // E13: company of 35, no abondement in either reading.
    const company c35{.headcount = 35};
    REQUIRE_FALSE(find(evaluate(disjunctive, e, c35, as_of), finding_kind::penalty));
}

TEST_CASE("E17: regime B/C hire in 2015 (L6315-1 v3/v4, ord. 2020-1501)") {
    const interview held[] = {{obligation_kind::entretien_professionnel, 2017_y / jun / 15}};
    const employee e{.hire_date = 2015_y / jun / 15, .interviews = held};
    const auto ev = evaluate(fr::law, e, company{.headcount = 75}, as_of);
    const auto* first = find(ev, obligation_kind::entretien_professionnel, 0);
    REQUIRE(first->due_date == 2017_y / jun / 15);
    REQUIRE(first->state == status::met);
    REQUIRE(frtest::has_item(*first, "fr.L6315-1.I.vae"));
    REQUIRE_FALSE(frtest::has_item(*first, "fr.L6315-1.I.cpf-cep"));
    const auto* second = find(ev, obligation_kind::entretien_professionnel, 1);
    REQUIRE(second->due_date == 2019_y / jun / 15);
    REQUIRE(frtest::has_item(*second, "fr.L6315-1.I.cpf-cep"));
    const auto* review = find(ev, obligation_kind::etat_des_lieux);
    REQUIRE(review->due_date == 2021_y / sep / 30);  // 2021-06-15, postponed
    REQUIRE(frtest::explains(*review, &rules::covid_tolerance_2021));
    const auto* verdict = find(ev, finding_kind::penalty);
    REQUIRE(verdict);  // no interview after 2017, no training
    REQUIRE(verdict->payment_due == 2022_y / mar / 31);  // décret 2021-1916 art. 4 III
}

TEST_CASE("E18: return from a sick leave over six months (CSS L324-1, R324-1)") {
    const absence sick[] = {{absence_kind::arret_maladie, 2026_y / jan / 10, 2026_y / sep / 30}};
    const interview held[] = {{obligation_kind::entretien_professionnel, 2025_y / feb / 20}};
    const employee e{.hire_date = 2021_y / mar / 1, .absences = sick, .interviews = held};
    const auto ev = evaluate(fr::law, e, c200, as_of);
    const auto* ret = find(ev, obligation_kind::entretien_retour);
    REQUIRE(ret);
    REQUIRE(ret->due_date == 2026_y / dec / 1);  // R + 2 months (library default)
    REQUIRE(frtest::explains(*ret, &rules::arret_longue_maladie));
    // Variant: three months, not ALD: nothing, and the periodic deadline is unchanged.
    const absence short_sick[] = {{absence_kind::arret_maladie, 2026_y / jan / 10, 2026_y / apr / 9}};
    employee e3 = e;
    e3.absences = short_sick;
    const auto ev3 = evaluate(fr::law, e3, c200, as_of);
    REQUIRE_FALSE(find(ev3, obligation_kind::entretien_retour));
    REQUIRE(frtest::last_periodic(ev3)->due_date == 2029_y / feb / 20);
}

TEST_CASE("E19: end of a union mandate, census by size (L6315-1 I, L2141-5)") {
    const absence mandate[] = {{absence_kind::mandat_syndical, 2022_y / jul / 1, 2026_y / jun / 30}};
    const interview held[] = {{obligation_kind::entretien_professionnel, 2023_y / sep / 1}};
    const employee e{.hire_date = 2018_y / jan / 8, .absences = mandate, .interviews = held};
    const auto big = evaluate(fr::law, e, company{.headcount = 2500}, as_of);
    const auto* ret = find(big, obligation_kind::entretien_retour);
    REQUIRE(ret->trigger == trigger_kind::end_of_mandate);
    REQUIRE(ret->due_date == 2026_y / sep / 1);  // R + 2 months (library default)
    REQUIRE(frtest::has_item(*ret, "fr.L2141-5.census"));
    // Variant: 500 employees, census only with >= 30 % delegation hours.
    const auto mid = evaluate(fr::law, e, company{.headcount = 500}, as_of);
    REQUIRE_FALSE(frtest::has_item(*find(mid, obligation_kind::entretien_retour), "fr.L2141-5.census"));
    employee delegate = e;
    delegate.flags.mandate_delegation_30 = true;
    const auto flagged = evaluate(fr::law, delegate, company{.headcount = 500}, as_of);
    REQUIRE(frtest::has_item(*find(flagged, obligation_kind::entretien_retour), "fr.L2141-5.census"));
}

TEST_CASE("E20 (a): a branch agreement of 2 years (L6315-1 III v7)") {
    const interview held[] = {{obligation_kind::entretien_parcours_professionnel, 2027_y / jan / 20}};
    const employee e{.hire_date = 2026_y / feb / 1, .interviews = held};
    const auto ev = evaluate(fr::law.with_cycle(24), e, c200, 2027_y / feb / 1);
    REQUIRE(find(ev, obligation_kind::entretien_parcours_professionnel, 0)->due_date ==
            2027_y / feb / 1);
    REQUIRE(frtest::last_periodic(ev)->due_date == 2029_y / jan / 20);
    REQUIRE(find(ev, obligation_kind::etat_des_lieux)->due_date == 2034_y / feb / 1);
}

TEST_CASE("E20 (b): a 2020 agreement of 5 years after 2026-10-01, both readings (art. 3 II)") {
    const interview held[] = {{obligation_kind::entretien_professionnel, 2023_y / may / 10}};
    const employee e{.hire_date = 2020_y / mar / 2, .interviews = held};
    const company c{.headcount = 200, .agreement_cycle_months = 60,
                    .agreement_date = 2020_y / jan / 15};
    const auto direct = evaluate(fr::law, e, c, as_of);
    REQUIRE(direct.ok());
    REQUIRE(frtest::last_periodic(direct)->due_date == 2027_y / may / 10);
    REQUIRE(frtest::explains(*frtest::last_periodic(direct), &rules::accord_direct));
    const auto art2222 = evaluate(fr::ministry, e, c, as_of);
    REQUIRE(frtest::last_periodic(art2222)->due_date == 2028_y / may / 10);
    // The same agreement as a policy.
    const auto as_policy = evaluate(fr::law.with_cycle(60, 2020_y / jan / 15), e, c200, as_of);
    REQUIRE(frtest::last_periodic(as_policy)->due_date == 2027_y / may / 10);
}

TEST_CASE("a post-reform agreement over 4 years is an error result at run time") {
    const employee e{.hire_date = 2020_y / mar / 2};
    const auto bad = evaluate(fr::law.with_cycle(60), e, c200, as_of);
    REQUIRE(bad.obligations.empty());
    REQUIRE(bad.diagnostics[0].code == diagnostic_code::policy_not_ok);
    const company c{.headcount = 200, .agreement_cycle_months = 60,
                    .agreement_date = 2025_y / oct / 26};
    const auto from_facts = evaluate(fr::law, e, c, as_of);
    REQUIRE(from_facts.obligations.empty());
    REQUIRE(from_facts.diagnostics[0].field == "agreement_cycle_months");
    // No date: the CLI's pre-reform agreement, evaluated.
    const company undated{.headcount = 200, .agreement_cycle_months = 60};
    REQUIRE(evaluate(fr::law, e, undated, as_of).ok());
}

TEST_CASE("E22: short CDD under regime D (L6315-1 I, OPCO EP)") {
    const employee e{.hire_date = 2026_y / jan / 5, .birth_date = 2001_y / mar / 3,
                     .contract = contract_kind::cdd, .contract_end = 2026_y / oct / 30};
    const auto ev = evaluate(fr::law, e, company{.headcount = 40}, as_of);
    const auto* first = find(ev, obligation_kind::entretien_parcours_professionnel);
    REQUIRE(first->due_date == 2027_y / jan / 5);
    REQUIRE(first->state == status::not_required);
    REQUIRE(first->exemption == &rules::contrat_court);
    REQUIRE(find(ev, finding_kind::advisory, &rules::contrat_court));
    REQUIRE(find(ev, obligation_kind::information_embauche));
    REQUIRE_FALSE(find(ev, obligation_kind::etat_des_lieux));
}

TEST_CASE("A CDI that ends before the first EPP: nothing owed after it, no CDD advice") {
    // docs/fr/readings.md#short-contracts: OPCO EP's advice is about fixed terms. The day
    // before the deadline and the deadline itself: ended before it, then not.
    const auto first_epp = [](year_month_day end) {
        const employee e{.hire_date = 2026_y / jan / 5, .birth_date = 2001_y / mar / 3,
                         .contract = contract_kind::cdi, .contract_end = end};
        return evaluate(fr::law, e, company{.headcount = 40}, 2027_y / feb / 1);
    };
    const auto left = first_epp(2027_y / jan / 4);
    const auto* o = find(left, obligation_kind::entretien_parcours_professionnel);
    REQUIRE(o->state == status::not_required);
    REQUIRE(o->exemption == &rules::fin_emploi);
    REQUIRE(fr::rules::fin_emploi.basis == authority::interpretation);
    REQUIRE_FALSE(find(left, finding_kind::advisory, &rules::contrat_court));
    const auto stayed = first_epp(2027_y / jan / 5);
    REQUIRE(find(stayed, obligation_kind::entretien_parcours_professionnel)->state ==
            status::overdue);
}

TEST_CASE("E23: congé de proche aidant, before and after (L3142-23, L6315-1)") {
    const absence leave[] = {{absence_kind::conge_proche_aidant, 2026_y / mar / 1, 2026_y / may / 31}};
    const interview held[] = {{obligation_kind::entretien_parcours_professionnel, 2025_y / nov / 10}};
    const employee e{.hire_date = 2018_y / jan / 8, .absences = leave, .interviews = held};
    const auto ev = evaluate(fr::law, e, c200, as_of);
    const auto* before = find(ev, obligation_kind::entretien_avant_conge);
    REQUIRE(before->rule == &rules::l3142_23);
    REQUIRE(before->due_date == 2026_y / feb / 28);
    REQUIRE(before->state == status::overdue);
    const auto* after = find(ev, obligation_kind::entretien_retour);
    REQUIRE(after->state == status::not_required);
    REQUIRE(find(ev, finding_kind::advisory, &rules::l3142_23));
    // A 'before' EPP held 2026-02-20 meets it and is inside the look-back too.
    const interview with_before[] = {held[0], {obligation_kind::entretien_avant_conge, 2026_y / feb / 20}};
    employee e2b = e;
    e2b.interviews = with_before;
    const auto ev2 = evaluate(fr::law, e2b, c200, as_of);
    REQUIRE(find(ev2, obligation_kind::entretien_avant_conge)->state == status::met);
    REQUIRE(find(ev2, obligation_kind::entretien_retour)->state == status::not_required);
}

TEST_CASE("E24: hired shortly before the reform, both readings (docs/fr/readings.md#first-year-transition)") {
    const employee e{.hire_date = 2025_y / jul / 1};
    const auto ev_direct = evaluate(fr::law, e, c200, as_of);
    const auto direct = find(ev_direct, obligation_kind::entretien_parcours_professionnel);
    REQUIRE(direct->due_date == 2026_y / jul / 1);
    REQUIRE(direct->state == status::overdue);
    const auto ev_art2222 = evaluate(fr::ministry, e, c200, as_of);
    const auto art2222 = find(ev_art2222, obligation_kind::entretien_parcours_professionnel);
    REQUIRE(art2222->due_date == 2026_y / oct / 26);
    REQUIRE(art2222->state == status::overdue);
}

TEST_CASE("next_due shares the schedule and answers the penalty question") {
    const auto n = fr::next_due(fr::law, e2, c200, as_of);
    REQUIRE(n.interview == 2028_y / jan / 2);
    REQUIRE(n.etat_des_lieux == 2028_y / jan / 6);
    REQUIRE(n.penalty_subject == true);
    REQUIRE(fr::next_due(fr::law, e2, company{.headcount = 49}, as_of).penalty_subject == false);
    REQUIRE_FALSE(fr::next_due(fr::law, e2, company{}, as_of).penalty_subject.has_value());
    // E9: the administrative pre-60 interview comes first.
    const interview held[] = {{obligation_kind::entretien_professionnel, 2025_y / mar / 1}};
    const employee e9{.hire_date = 2014_y / sep / 1, .birth_date = 1967_y / feb / 10, .interviews = held};
    REQUIRE(fr::next_due(fr::law, e9, c200, as_of).interview == 2027_y / feb / 9);
    REQUIRE(fr::next_due(fr::literal, e9, c200, as_of).interview == 2029_y / mar / 1);
}

TEST_CASE("missing birth date is named, not guessed") {
    const employee e{.hire_date = 2020_y / jan / 6};
    const auto ev = evaluate(fr::law, e, c200, as_of);
    const auto* f = find(ev, finding_kind::missing, &rules::fin_carriere);
    REQUIRE(f);
    REQUIRE(f->missing == missing_fact::birth_date);
    REQUIRE(find(ev, finding_kind::missing, &rules::visite_mi_carriere));
}

TEST_CASE("events after the as-of date have not happened") {
    const interview held[] = {{obligation_kind::entretien_parcours_professionnel, 2027_y / jan / 15}};
    const employee e{.hire_date = 2026_y / mar / 2, .interviews = held};
    const auto before = evaluate(fr::law, e, c200, 2027_y / jan / 14);
    REQUIRE_FALSE(find(before, obligation_kind::entretien_parcours_professionnel)->held_on);
    const auto after = evaluate(fr::law, e, c200, 2027_y / jan / 15);
    REQUIRE(find(after, obligation_kind::entretien_parcours_professionnel)->held_on == 2027_y / jan / 15);
}

TEST_CASE("hired in 2010: regime A, the 2014 start, COVID and the 2025 transition in one audit") {
    const interview held[] = {{obligation_kind::entretien_professionnel, 2016_y / feb / 15},
                              {obligation_kind::entretien_professionnel, 2018_y / feb / 10},
                              {obligation_kind::etat_des_lieux, 2021_y / may / 20},
                              {obligation_kind::entretien_professionnel, 2023_y / may / 15},
                              {obligation_kind::entretien_professionnel, 2025_y / may / 10}};
    const employee e{.hire_date = 2010_y / mar / 1, .birth_date = 1968_y / jun / 1,
                     .interviews = held};
    const auto ev = evaluate(fr::law, e, company{.headcount = 120}, as_of);
    REQUIRE(ev.ok());
    // Regime A (fr/regime_a.hpp): the over-45 interview of L6321-1 al. 3 is listed.
    REQUIRE(find(ev, obligation_kind::entretien_deuxieme_partie_carriere));
    // 2014: the clock starts on 2014-03-07 for those present.
    const auto* first = frtest::by_rule(ev, &rules::periodique_2014);
    REQUIRE(first->trigger == trigger_kind::regime_start);
    REQUIRE(first->due_date == 2016_y / mar / 7);
    REQUIRE(first->state == status::met);
    // COVID: due 2020-02-10, postponed to 2021-06-30, met on 2021-05-20.
    const obligation* covid = nullptr;
    for (const obligation& o : ev.obligations)
        if (o.rule == &rules::periodique_2014 && o.due_date == 2021_y / jun / 30) covid = &o;
    REQUIRE(covid);
    REQUIRE(covid->state == status::met);
    // 2025: due 2027-05-10 under the old law, not expired on 2025-10-26 -> 2029-05-10.
    REQUIRE(frtest::last_periodic(ev)->due_date == 2029_y / may / 10);
    REQUIRE(frtest::explains(*frtest::last_periodic(ev), &rules::transition_2025));
    // Reviews: by 2020-03-07 (postponed to 2021-06-30), then 2020-03-07 + 8 years.
    REQUIRE(find(ev, obligation_kind::etat_des_lieux, 0)->due_date == 2021_y / sep / 30);
    REQUIRE(find(ev, obligation_kind::etat_des_lieux, 0)->state == status::met);
    REQUIRE(find(ev, obligation_kind::etat_des_lieux, 1)->due_date == 2028_y / mar / 7);
    // Every interview of 2014-2021 was held: no abondement.
    REQUIRE(find(ev, finding_kind::no_penalty));
    REQUIRE_FALSE(find(ev, finding_kind::penalty));
}

TEST_CASE("a review held late is assessed on its deadline: nothing decided moves (L6315-1 II)") {
    // Hired 2018-02-01: review due 2024-02-01 (6 years, expired before the reform). Held late
    // on 2026-01-31 or 2026-02-01 (either side of décret 2026-39): the abondement is for "ces
    // six années" ending on the deadline, decided then (R6323-3 v6, paid by 2024-06-30) and
    // the same seen in 2025 as after the late review (compliance-safe reading, issue 9; the
    // R6323-3 v6/v7 boundary itself: abondement_test.cpp).
    const employee none{.hire_date = 2018_y / feb / 1};
    const auto seen_2025 = evaluate(fr::law, none, c200, 2025_y / mar / 3);
    const auto* before = find(seen_2025, finding_kind::penalty);
    REQUIRE(before);
    REQUIRE(before->date == 2024_y / feb / 1);
    for (const year_month_day held : {2026_y / jan / 31, 2026_y / feb / 1}) {
        const interview review[] = {{obligation_kind::etat_des_lieux, held}};
        const employee e{.hire_date = 2018_y / feb / 1, .interviews = review};
        const auto ev = evaluate(fr::law, e, c200, as_of);
        REQUIRE(find(ev, obligation_kind::etat_des_lieux)->state == status::met_late);
        const auto* penalty = find(ev, finding_kind::penalty);
        REQUIRE(penalty);
        REQUIRE(penalty->date == 2024_y / feb / 1);
        REQUIRE(penalty->review.begin == 2018_y / feb / 1);
        REQUIRE(penalty->review.end == 2024_y / feb / 1);
        REQUIRE(penalty->amount == before->amount);
        REQUIRE(penalty->payment_due == 2024_y / jun / 30);
        bool cited = false;
        for (const rule_ref* r : penalty->why) cited = cited || r->id == fr::abondement_rules::r6323_3_v6.id;
        REQUIRE(cited);
    }
}

TEST_CASE("a penalty decided at the deadline stays once the review is held years later") {
    // Issue 9 seed 20251598: hired 2022-06-24, 50 employees, no interview or training; the
    // 8-year review (due 2030-06-24) held on 2035-11-04. Seen on 2031-06-30 and on 2037-09-09:
    // the same penalty, assessed on 2030-06-24 over 2022-06-24..2030-06-24.
    const interview late[] = {{obligation_kind::etat_des_lieux, 2035_y / nov / 4}};
    const employee e{.hire_date = 2022_y / jun / 24, .birth_date = 1991_y / nov / 21,
                     .interviews = late};
    constexpr company c50{.headcount = 50};
    for (const year_month_day on : {2031_y / jun / 30, 2037_y / sep / 9}) {
        const auto ev = evaluate(fr::law, e, c50, on);
        const auto* penalty = find(ev, finding_kind::penalty);
        REQUIRE(penalty);
        REQUIRE(penalty->date == 2030_y / jun / 24);
        REQUIRE(penalty->review.begin == 2022_y / jun / 24);
        REQUIRE(penalty->amount == euros{300'000});
        REQUIRE_FALSE(find(ev, finding_kind::no_penalty));
    }
}
