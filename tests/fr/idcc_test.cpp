// Tests of careertalk/fr/idcc.hpp: the branch presets P1 to P12 (docs/fr/readings.md#idcc;
// kali-data 3.449.0), each with the clause's own examples where it gives them, the 4-year cap biting on
// 2026-10-01 (loi 2025-989 art. 3 II) for IDCC 1351, 2216, 573 and 2264, and the lookup.
#include <careertalk/catalogue.hpp>
#include <careertalk/fr/idcc.hpp>

#include "catch.hpp"
#include "fr_support.hpp"

#include <string_view>

using namespace date::literals;
using namespace careertalk;
using frtest::count;
using frtest::explains;
using frtest::find;
namespace rules = careertalk::fr::rules;
namespace idcc = careertalk::fr::idcc;
namespace src = careertalk::fr::idcc_rules;

namespace {

constexpr auto as_of = 2026_y / nov / 23;
constexpr company c20{.headcount = 20};

// The last interview of the periodic chain (not one on request or after a transfer).
constexpr const obligation* last_periodic(const evaluation& ev) {
    const obligation* last = nullptr;
    for (const obligation& o : ev.obligations)
        if (o.trigger == trigger_kind::hire || o.trigger == trigger_kind::periodic) last = &o;
    return last;
}

// The last periodic interview of `e` under `a`.
constexpr obligation next_periodic(const fr::accord& a, const employee& e,
                                   year_month_day on = as_of, const company& c = c20) {
    return *last_periodic(evaluate(a, e, c, on));
}

constexpr const finding* finding_of(const evaluation& ev, const rule_ref* rule) {
    for (const finding& f : ev.findings)
        if (f.rule == rule) return &f;
    return nullptr;
}

}  // namespace

// --- every preset: valid, sourced, found by number and by name ------------------------------

static_assert([] {
    for (const fr::accord* a : idcc::all)
        if (!a->ok() || a->source->citation.empty() || fr::find_agreement(a->idcc)->name != a->name ||
            fr::find_agreement(a->name)->idcc != a->idcc || a->concluded >= fr::loi_2025)
            return false;
    return true;
}());
static_assert(fr::find_agreement(std::uint16_t{3043})->name == "idcc-3043");
static_assert(fr::find_agreement("idcc-1527")->idcc == 1527);
static_assert(fr::find_agreement(std::uint16_t{9999}) == nullptr);
static_assert(fr::find_agreement("idcc-") == nullptr);
// P12: not extended (VIGUEUR_NON_ETEN); the others are.
static_assert(!idcc::industrie_pharmaceutique.extended && !idcc::assurances.extended);
static_assert(idcc::proprete.extended && idcc::metallurgie.extended);

TEST_CASE("Every preset cites its IDCC, article, KALIARTI id and extension order") {
    for (const fr::accord* a : idcc::all) {
        const std::string_view cite = a->source->citation;
        CAPTURE(a->name);
        REQUIRE(cite.find("IDCC " + std::to_string(a->idcc)) != std::string_view::npos);
        REQUIRE(cite.find("art. ") != std::string_view::npos);
        REQUIRE(cite.find("KALIARTI0000") != std::string_view::npos);
        REQUIRE(cite.find(a->extended ? "étendu" : "non étendu") != std::string_view::npos);
        REQUIRE(a->source->basis == authority::agreement);
        REQUIRE(a->in_force == a->source->in_force);
    }
    REQUIRE(fr::idcc_sets.size() == idcc::all.size());
    for (std::size_t i = 0; i < idcc::all.size(); ++i)
        REQUIRE(fr::idcc_sets[i].id.substr(3) == idcc::all[i]->name);
}

// --- P1: IDCC 3043 -------------------------------------------------------------------------

TEST_CASE("P1 IDCC 3043: every 3 years, 9 months after a transfer (art. 5.4.2.2, 5.4.2.3)") {
    const interview held[] = {{obligation_kind::entretien_professionnel, 2023_y / feb / 1}};
    const dated_fact moved[] = {{2026_y / mar / 15}};
    const employee e{.hire_date = 2022_y / jan / 10, .interviews = held, .transfers = moved};
    const auto ev = evaluate(idcc::proprete, e, c20, as_of);
    REQUIRE(ev.ok());
    // From hire: the clause's 3 years (in force 2021-06-25) replace the law's 2 (regime C).
    const auto* first = find(ev, obligation_kind::entretien_professionnel);
    REQUIRE(first->due_date == 2025_y / jan / 10);
    REQUIRE(first->rule == &src::proprete_periodicite);
    REQUIRE(explains(*first, &rules::accord_2019));
    // Then 3 years from the interview held: within 4 years, no cap.
    const auto o = *last_periodic(ev);
    REQUIRE(o.due_date == 2026_y / feb / 1);
    REQUIRE(o.rule == &src::proprete_periodicite);
    REQUIRE(o.state == status::overdue);
    const obligation* transfer = nullptr;
    for (const obligation& x : ev.obligations)
        if (x.trigger == trigger_kind::transfer) transfer = &x;
    REQUIRE(transfer);
    REQUIRE(transfer->due_date == 2026_y / dec / 15);
    REQUIRE(transfer->rule == &src::proprete_transfert);
}

TEST_CASE("P1 IDCC 3043: a deadline past before the clause came into force stays the law's") {
    const interview held[] = {{obligation_kind::entretien_professionnel, 2019_y / jun / 24}};
    const employee e{.hire_date = 2018_y / jan / 8, .interviews = held};
    // Law: 2021-06-24, the day before 2021-06-25, postponed to 2021-06-30 (ord. 2020-1501).
    const auto o = next_periodic(idcc::proprete, e);
    REQUIRE(o.due_date == 2021_y / jun / 30);
    REQUIRE(o.rule == &rules::periodique_2014);
    REQUIRE(explains(o, &rules::covid_report));
    const interview on_time[] = {{obligation_kind::entretien_professionnel, 2019_y / jun / 25}};
    const employee f{.hire_date = 2018_y / jan / 8, .interviews = on_time};
    REQUIRE(next_periodic(idcc::proprete, f).due_date == 2022_y / jun / 25);
}

// --- P2: IDCC 1527 -------------------------------------------------------------------------

TEST_CASE("P2 IDCC 1527: the clause's examples, hired 1 January 2023 (art. 4.5)") {
    const employee e{.hire_date = 2023_y / jan / 1};
    // < 50: an interview "au cours de l'année 2026".
    const auto small = evaluate(idcc::immobilier, e, c20, 2025_y / jun / 1);
    REQUIRE(find(small, obligation_kind::entretien_professionnel)->due_date == 2026_y / dec / 31);
    // > 50: "en 2025 et 2027".
    const company c80{.headcount = 80};
    REQUIRE(next_periodic(idcc::immobilier, e, 2025_y / jun / 1, c80).due_date ==
            2025_y / dec / 31);
    const interview held[] = {{obligation_kind::entretien_professionnel, 2025_y / may / 20}};
    const employee f{.hire_date = 2023_y / jan / 1, .interviews = held};
    const auto o = next_periodic(idcc::immobilier, f, as_of, c80);
    REQUIRE(o.due_date == 2027_y / dec / 31);
    REQUIRE(o.rule == &src::immobilier_periodicite);
    // Exactly 50: the 50-and-more rule [I].
    REQUIRE(next_periodic(idcc::immobilier, e, 2025_y / jun / 1, company{.headcount = 50})
                .due_date == 2025_y / dec / 31);
    // The bilan: "au cours de l'année 2029 et ... avant ... sept ans d'ancienneté".
    const auto ev = evaluate(idcc::immobilier, f, c80, as_of);
    const obligation* bilan = nullptr;
    for (const obligation& x : ev.obligations)
        if (x.rule == &src::immobilier_bilan) bilan = &x;
    REQUIRE(bilan);
    REQUIRE(bilan->kind == obligation_kind::etat_des_lieux);
    REQUIRE(bilan->due_date == 2029_y / dec / 31);
    REQUIRE(explains(*bilan, &rules::revue_conventionnelle));
    // The statutory état des lieux stays: 8 years (L6315-1 II v7).
    REQUIRE(find(ev, obligation_kind::etat_des_lieux)->due_date == 2031_y / jan / 1);
    REQUIRE(find(ev, obligation_kind::etat_des_lieux)->rule == &rules::etat_des_lieux_2025);
}

TEST_CASE("P2 IDCC 1527: hired mid-year, the bilan before 7 years' seniority") {
    const employee e{.hire_date = 2023_y / jun / 15};
    const auto ev = evaluate(idcc::immobilier, e, c20, as_of);
    for (const obligation& x : ev.obligations)
        if (x.rule == &src::immobilier_bilan) REQUIRE(x.due_date == 2029_y / dec / 31);
    // Hired 31 December: the year of the 6th anniversary ends that day.
    const employee late{.hire_date = 2023_y / dec / 31};
    const auto ev2 = evaluate(idcc::immobilier, late, c20, as_of);
    bool seen = false;
    for (const obligation& x : ev2.obligations)
        if (x.rule == &src::immobilier_bilan) {
            REQUIRE(x.due_date == 2029_y / dec / 31);
            seen = true;
        }
    REQUIRE(seen);
}

TEST_CASE("P2 IDCC 1527: on request within three weeks, unknown headcount") {
    const request asked[] = {{obligation_kind::entretien_parcours_professionnel, 2026_y / mar / 2}};
    const employee e{.hire_date = 2023_y / jan / 1, .requests = asked};
    const auto ev = evaluate(idcc::immobilier, e, c20, as_of);
    const obligation* offer = nullptr;
    for (const obligation& x : ev.obligations)
        if (x.trigger == trigger_kind::request) offer = &x;
    REQUIRE(offer);
    REQUIRE(offer->due_date == 2026_y / mar / 23);
    REQUIRE(offer->rule == &src::immobilier_demande);
    // Headcount unknown: the 2 years, and the missing fact named.
    const auto unknown = evaluate(idcc::immobilier, employee{.hire_date = 2023_y / jan / 1},
                                  company{}, 2025_y / jun / 1);
    REQUIRE(frtest::last_periodic(unknown)->due_date == 2025_y / dec / 31);
    const auto* missing = finding_of(unknown, &src::immobilier_periodicite);
    REQUIRE(missing);
    REQUIRE(missing->missing == missing_fact::headcount);
}

// --- P3: IDCC 2216 -------------------------------------------------------------------------

TEST_CASE("P3 IDCC 2216: three per 6 years, 6 months apart (art. 12.3.1.2 b)") {
    const interview held[] = {{obligation_kind::entretien_professionnel, 2021_y / mar / 1},
                              {obligation_kind::entretien_professionnel, 2022_y / sep / 15}};
    const employee e{.hire_date = 2020_y / jan / 6, .interviews = held};
    // Two held in [2020-01-06, 2026-01-06): the third by its last day.
    const auto o = next_periodic(idcc::commerce_alimentaire, e, 2023_y / jan / 2);
    REQUIRE(o.due_date == 2026_y / jan / 5);
    REQUIRE(o.rule == &src::alimentaire_quota);
}

TEST_CASE("P3 IDCC 2216: a suspension pushes the end of the 6 years back (art. 12.3.1.2 b)") {
    const interview held[] = {{obligation_kind::entretien_professionnel, 2021_y / mar / 1},
                              {obligation_kind::entretien_professionnel, 2022_y / sep / 15}};
    // 28 days off in January 2023: the frame ends 2026-02-03 instead of 2026-01-06.
    const absence away[] = {{absence_kind::arret_maladie, 2023_y / jan / 4, 2023_y / jan / 31}};
    const employee e{.hire_date = 2020_y / jan / 6, .absences = away, .interviews = held};
    REQUIRE(next_periodic(idcc::commerce_alimentaire, e, 2023_y / feb / 1).due_date ==
            2026_y / feb / 2);
    // Known only once it has started.
    REQUIRE(next_periodic(idcc::commerce_alimentaire, e, 2023_y / jan / 3).due_date ==
            2026_y / jan / 5);
    // Still running (no end yet): counted up to the as-of date, one day here.
    const absence running[] = {{absence_kind::arret_maladie, 2023_y / jan / 4, std::nullopt}};
    const employee f{.hire_date = 2020_y / jan / 6, .absences = running, .interviews = held};
    REQUIRE(next_periodic(idcc::commerce_alimentaire, f, 2023_y / jan / 4).due_date ==
            2026_y / jan / 6);
}

TEST_CASE("P3 IDCC 2216: the 4-year cap bites on 2026-10-01") {
    // Three held in the first frame [2021-02-08, 2027-02-08): the next frame's first would be
    // due 2032-02-07, more than 4 years after 2022-03-01.
    const interview held[] = {{obligation_kind::entretien_professionnel, 2021_y / mar / 1},
                              {obligation_kind::entretien_professionnel, 2021_y / sep / 1},
                              {obligation_kind::entretien_professionnel, 2022_y / mar / 1}};
    const employee e{.hire_date = 2021_y / feb / 8, .interviews = held};
    const auto o = next_periodic(idcc::commerce_alimentaire, e);
    REQUIRE(o.due_date == 2026_y / oct / 1);
    REQUIRE(o.state == status::overdue);
    REQUIRE(o.rule == &rules::periodique_2025);
    REQUIRE(explains(o, &rules::accords_anterieurs));
    REQUIRE(explains(o, &rules::accord_direct));
    REQUIRE(explains(o, &src::alimentaire_quota));
    // Seen before the 2025 law, the agreement's date stood.
    REQUIRE(next_periodic(idcc::commerce_alimentaire, e, 2025_y / oct / 25).due_date ==
            2032_y / feb / 7);
}

TEST_CASE("P3 IDCC 2216: an interview by right after 24 months without one") {
    const interview held[] = {{obligation_kind::entretien_professionnel, 2022_y / mar / 1}};
    const request early[] = {{obligation_kind::entretien_professionnel, 2024_y / mar / 1}};
    const request late[] = {{obligation_kind::entretien_professionnel, 2024_y / mar / 2}};
    const employee a{.hire_date = 2021_y / feb / 8, .interviews = held, .requests = early};
    const employee b{.hire_date = 2021_y / feb / 8, .interviews = held, .requests = late};
    REQUIRE(!finding_of(evaluate(idcc::commerce_alimentaire, a, c20, as_of),
                        &src::alimentaire_demande));
    const auto ev = evaluate(idcc::commerce_alimentaire, b, c20, as_of);
    const auto* right = finding_of(ev, &src::alimentaire_demande);
    REQUIRE(right);
    REQUIRE(right->kind == finding_kind::entitlement);
    REQUIRE(right->date == 2024_y / mar / 2);
}

// --- P4: IDCC 1505 -------------------------------------------------------------------------

TEST_CASE("P4 IDCC 1505: 2 years, up to 2 months after the anniversary, 3 per 6 years") {
    const interview one[] = {{obligation_kind::entretien_professionnel, 2024_y / jan / 15}};
    const employee e{.hire_date = 2022_y / jan / 3, .interviews = one};
    REQUIRE(find(evaluate(idcc::commerce_detail_alimentaire, e, c20, as_of),
                 obligation_kind::entretien_professionnel)
                ->due_date == 2024_y / jan / 3);
    REQUIRE(next_periodic(idcc::commerce_detail_alimentaire, e).due_date == 2026_y / mar / 15);
    // Two held: the third of the frame [2022-01-03, 2028-01-03) bites before 2028-05-10.
    const interview two[] = {{obligation_kind::entretien_professionnel, 2024_y / jan / 15},
                             {obligation_kind::entretien_parcours_professionnel, 2026_y / mar / 10}};
    const employee f{.hire_date = 2022_y / jan / 3, .interviews = two};
    REQUIRE(next_periodic(idcc::commerce_detail_alimentaire, f).due_date == 2028_y / jan / 2);
}

TEST_CASE("P4 IDCC 1505: by right on request, unless one in the 6 months before") {
    const interview held[] = {{obligation_kind::entretien_professionnel, 2025_y / may / 5}};
    const request within[] = {{obligation_kind::entretien_parcours_professionnel, 2025_y / nov / 5}};
    const request after[] = {{obligation_kind::entretien_parcours_professionnel, 2025_y / nov / 6}};
    const employee a{.hire_date = 2022_y / jan / 3, .interviews = held, .requests = within};
    const employee b{.hire_date = 2022_y / jan / 3, .interviews = held, .requests = after};
    REQUIRE(!finding_of(evaluate(idcc::commerce_detail_alimentaire, a, c20, as_of),
                        &src::detail_demande));
    REQUIRE(finding_of(evaluate(idcc::commerce_detail_alimentaire, b, c20, as_of),
                       &src::detail_demande));
}

// --- P5: IDCC 1090 -------------------------------------------------------------------------

TEST_CASE("P5 IDCC 1090: within a year of hire, then 24 months worked (art. 1.21 d 1)") {
    const employee hired{.hire_date = 2023_y / apr / 3};
    const auto ev = evaluate(idcc::services_automobile, hired, c20, 2023_y / may / 1);
    const auto* first = find(ev, obligation_kind::entretien_professionnel);
    REQUIRE(first->due_date == 2024_y / apr / 3);
    REQUIRE(first->rule == &src::automobile_periodicite);
    // An absence of whole months pushes the date.
    const interview held[] = {{obligation_kind::entretien_professionnel, 2024_y / mar / 15}};
    const absence away[] = {{absence_kind::arret_maladie, 2024_y / jun / 1, 2024_y / jul / 31}};
    const employee e{.hire_date = 2023_y / apr / 3, .absences = away, .interviews = held};
    REQUIRE(next_periodic(idcc::services_automobile, e, 2024_y / nov / 1).due_date ==
            2026_y / may / 15);
    const employee worked{.hire_date = 2023_y / apr / 3, .interviews = held};
    REQUIRE(next_periodic(idcc::services_automobile, worked, 2024_y / nov / 1).due_date ==
            2026_y / mar / 15);
}

TEST_CASE("P5 IDCC 1090: absences cannot stretch past 4 calendar years from 2026-10-01") {
    const interview held[] = {{obligation_kind::entretien_professionnel, 2024_y / mar / 15}};
    // May 2024 to April 2026 not worked: 48 calendar months, exactly 4 years.
    const absence four[] = {{absence_kind::conge_parental_education, 2024_y / may / 1,
                             2026_y / apr / 30}};
    const employee e{.hire_date = 2023_y / apr / 3, .absences = four, .interviews = held};
    const auto o = next_periodic(idcc::services_automobile, e);
    REQUIRE(o.due_date == 2028_y / mar / 15);
    REQUIRE(o.rule == &src::automobile_periodicite);
    // One month more: capped at interview + 4 years.
    const absence five[] = {{absence_kind::conge_parental_education, 2024_y / may / 1,
                             2026_y / may / 31}};
    const employee f{.hire_date = 2023_y / apr / 3, .absences = five, .interviews = held};
    const auto capped = next_periodic(idcc::services_automobile, f);
    REQUIRE(capped.due_date == 2028_y / mar / 15);
    REQUIRE(capped.rule == &rules::periodique_2025);
    REQUIRE(explains(capped, &src::automobile_periodicite));
}

TEST_CASE("P5 IDCC 1090: within 3 months of a failed exam, after a certification") {
    const outcome failed[] = {{outcome_kind::examen_echec, 2026_y / sep / 10}};
    const dated_fact certified[] = {{2026_y / jun / 1}};
    const employee e{.hire_date = 2023_y / apr / 3, .certifications = certified,
                     .outcomes = failed};
    const auto ev = evaluate(idcc::services_automobile, e, c20, as_of);
    int seen = 0;
    for (const obligation& x : ev.obligations) {
        if (x.trigger == trigger_kind::outcome) {
            REQUIRE(x.due_date == 2026_y / dec / 10);
            ++seen;
        }
        if (x.trigger == trigger_kind::certification) {
            REQUIRE(x.due_date == 2026_y / jun / 1);
            REQUIRE(x.rule == &src::automobile_evenements);
            ++seen;
        }
    }
    REQUIRE(seen == 2);
}

// --- P6: IDCC 1351 -------------------------------------------------------------------------

TEST_CASE("P6 IDCC 1351: one interview in each 3 years, the cap bites on 2026-10-01") {
    // Held 2021-01-11 in [2019-03-04, 2022-03-04): the next in [2022-03-04, 2025-03-04).
    const interview first[] = {{obligation_kind::entretien_professionnel, 2021_y / jan / 11}};
    const employee a{.hire_date = 2019_y / mar / 4, .interviews = first};
    const auto o = next_periodic(idcc::prevention_securite, a, 2022_y / jan / 3);
    REQUIRE(o.due_date == 2025_y / mar / 3);
    REQUIRE(o.rule == &src::securite_quota);
    // Held 2022-03-10: the clause allows 2028-03-03, almost 6 years; capped
    // (docs/fr/readings.md#agreement-transition-2026).
    const interview second[] = {{obligation_kind::entretien_professionnel, 2022_y / mar / 10}};
    const employee b{.hire_date = 2019_y / mar / 4, .interviews = second};
    const auto capped = next_periodic(idcc::prevention_securite, b);
    REQUIRE(capped.due_date == 2026_y / oct / 1);
    REQUIRE(capped.rule == &rules::periodique_2025);
    REQUIRE(explains(capped, &src::securite_quota));
    REQUIRE(explains(capped, &rules::accords_anterieurs));
    REQUIRE(next_periodic(idcc::prevention_securite, b, 2025_y / oct / 25).due_date ==
            2028_y / mar / 3);
    // The art. 2222 reading keeps the agreement's date, under 2026-10-01 + 4 years.
    fr::accord reading = idcc::prevention_securite;
    reading.law.long_agreement = fr::agreement_reading::art_2222;
    REQUIRE(next_periodic(reading, b).due_date == 2028_y / mar / 3);
}

TEST_CASE("P6 IDCC 1351: transfer before the end of the cycle, conventional review") {
    const dated_fact moved[] = {{2024_y / may / 2}};
    const employee e{.hire_date = 2019_y / mar / 4, .transfers = moved};
    const auto ev = evaluate(idcc::prevention_securite, e, c20, as_of);
    const obligation* transfer = nullptr;
    const obligation* review = nullptr;
    for (const obligation& x : ev.obligations) {
        if (x.trigger == trigger_kind::transfer) transfer = &x;
        if (x.rule == &src::securite_bilan) review = &x;
    }
    REQUIRE(transfer);
    REQUIRE(transfer->due_date == 2025_y / mar / 3);
    // The first 6 years ran out before the reform: the law's review; the next is conventional.
    REQUIRE(review);
    REQUIRE(review->due_date == 2031_y / mar / 4);
    // The statutory one (8 years from 2025-03-04) is kept apart and assessed.
    REQUIRE(count(ev, obligation_kind::etat_des_lieux) == 3);
}

TEST_CASE("P6 IDCC 1351: the frame of an interview centuries after hire (found by fuzzing)") {
    // Frames of 3 years from 1900-01-01: 2200-06-01 is in [2200-01-01, 2203-01-01) (the 100th),
    // held there; the next frame's interview, by 2205-12-31, is capped at 4 years after it
    // (loi 2025-989 art. 3 II). Frames used to be counted up to 64 only.
    const interview held[] = {{obligation_kind::entretien_parcours_professionnel, 2200_y / jun / 1}};
    const employee e{.hire_date = 1900_y / jan / 1, .interviews = held};
    const auto o = next_periodic(idcc::prevention_securite, e, 2200_y / jul / 1);
    REQUIRE(o.window_start <= o.due_date);
    REQUIRE(o.due_date == 2204_y / jun / 1);
    REQUIRE(explains(o, &src::securite_quota));
}

// --- P7: IDCC 573 --------------------------------------------------------------------------

TEST_CASE("P7 IDCC 573: three per statutory cycle, the cap bites on 2026-10-01") {
    // Cycle [2020-01-06, 2028-01-06) (8 years: its 6 had not run out on 2025-10-26); one held:
    // the others by 2028-01-05, more than 4 years after 2021-10-15.
    const interview held[] = {{obligation_kind::entretien_professionnel, 2021_y / oct / 15}};
    const employee e{.hire_date = 2020_y / jan / 6, .interviews = held};
    const auto o = next_periodic(idcc::commerces_de_gros, e);
    REQUIRE(o.due_date == 2026_y / oct / 1);
    REQUIRE(o.rule == &rules::periodique_2025);
    REQUIRE(explains(o, &src::gros_quota));
    // Before the 2025 law: 6-year cycle, by 2026-01-05.
    REQUIRE(next_periodic(idcc::commerces_de_gros, e, 2024_y / jan / 2).due_date ==
            2026_y / jan / 5);
    REQUIRE(next_periodic(idcc::commerces_de_gros, e, 2024_y / jan / 2).rule == &src::gros_quota);
}

TEST_CASE("P7 IDCC 573: yearly on written request, for flagged employees only") {
    const interview held[] = {{obligation_kind::entretien_parcours_professionnel, 2025_y / may / 4}};
    const request asked[] = {{obligation_kind::entretien_parcours_professionnel, 2026_y / may / 5}};
    employee e{.hire_date = 2020_y / jan / 6, .interviews = held, .requests = asked};
    REQUIRE(!finding_of(evaluate(idcc::commerces_de_gros, e, c20, as_of), &src::gros_demande));
    e.flags.flagged_group = true;
    REQUIRE(finding_of(evaluate(idcc::commerces_de_gros, e, c20, as_of), &src::gros_demande));
    // Asked on the anniversary of the last one: one was held in the 12 months before [I].
    const request early[] = {{obligation_kind::entretien_parcours_professionnel, 2026_y / may / 4}};
    e.requests = early;
    REQUIRE(!finding_of(evaluate(idcc::commerces_de_gros, e, c20, as_of), &src::gros_demande));
}

// --- P8: IDCC 2264 -------------------------------------------------------------------------

TEST_CASE("P8 IDCC 2264: two per 6 years, the cap bites") {
    const interview held[] = {{obligation_kind::entretien_professionnel, 2022_y / jun / 1},
                              {obligation_kind::entretien_professionnel, 2024_y / jan / 15}};
    const employee e{.hire_date = 2018_y / feb / 5, .interviews = held};
    // Frame [2024-02-05, 2030-02-05) would allow 2030-02-04: capped at 2024-01-15 + 4 years.
    const auto o = next_periodic(idcc::hospitalisation_privee, e);
    REQUIRE(o.due_date == 2028_y / jan / 15);
    REQUIRE(o.rule == &rules::periodique_2025);
    REQUIRE(explains(o, &src::hospitalisation_quota));
    REQUIRE(explains(o, &rules::accords_anterieurs));
}

TEST_CASE("P8 IDCC 2264: every two years when asked in the frame's first year") {
    const interview held[] = {{obligation_kind::entretien_parcours_professionnel, 2027_y / jan / 20}};
    const request asked[] = {{obligation_kind::entretien_parcours_professionnel, 2026_y / mar / 1}};
    const employee plain{.hire_date = 2026_y / feb / 2, .interviews = held};
    const employee keen{.hire_date = 2026_y / feb / 2, .interviews = held, .requests = asked};
    // First EPP: the law's year (docs/fr/readings.md#agreements), whatever the agreement says.
    const auto ev = evaluate(idcc::hospitalisation_privee, keen, c20, 2027_y / feb / 1);
    REQUIRE(find(ev, obligation_kind::entretien_parcours_professionnel)->due_date ==
            2027_y / feb / 2);
    REQUIRE(next_periodic(idcc::hospitalisation_privee, keen, 2027_y / feb / 1).due_date ==
            2029_y / jan / 20);
    REQUIRE(next_periodic(idcc::hospitalisation_privee, keen, 2027_y / feb / 1).rule ==
            &src::hospitalisation_quota);
    // Without the request, 2032-02-01 is capped at 4 years.
    REQUIRE(next_periodic(idcc::hospitalisation_privee, plain, 2027_y / feb / 1).due_date ==
            2031_y / jan / 20);
}

// --- P9: IDCC 1518 -------------------------------------------------------------------------

TEST_CASE("P9 IDCC 1518: every 2 years, 15 days' notice, a 6-year review (art. 7.5.4.2)") {
    const interview held[] = {{obligation_kind::entretien_parcours_professionnel, 2026_y / feb / 2}};
    const employee e{.hire_date = 2020_y / mar / 2, .interviews = held};
    const auto ev = evaluate(idcc::eclat, e, c20, as_of);
    const auto o = *last_periodic(ev);
    REQUIRE(o.due_date == 2028_y / feb / 2);
    REQUIRE(o.rule == &src::eclat_periodicite);
    const auto* notice = finding_of(ev, &src::eclat_convocation);
    REQUIRE(notice);
    REQUIRE(notice->date == 2028_y / jan / 18);
    // Review: statutory at 8 years (2028-03-02); conventional at 6 (2026-03-02, past), then
    // the next one not yet due (2032-03-02).
    REQUIRE(count(ev, obligation_kind::etat_des_lieux) == 3);
    REQUIRE(find(ev, obligation_kind::etat_des_lieux)->due_date == 2028_y / mar / 2);
    REQUIRE(find(ev, obligation_kind::etat_des_lieux)->rule == &rules::etat_des_lieux_2025);
    REQUIRE(find(ev, obligation_kind::etat_des_lieux, 1)->due_date == 2026_y / mar / 2);
    REQUIRE(find(ev, obligation_kind::etat_des_lieux, 1)->rule == &src::eclat_bilan);
    REQUIRE(find(ev, obligation_kind::etat_des_lieux, 1)->state == status::overdue);
    REQUIRE(find(ev, obligation_kind::etat_des_lieux, 2)->due_date == 2032_y / mar / 2);
    // New hire: the law's first year wins over the clause's 2 years.
    const employee hired{.hire_date = 2026_y / jan / 5};
    const auto first = evaluate(idcc::eclat, hired, c20, as_of);
    REQUIRE(find(first, obligation_kind::entretien_parcours_professionnel)->due_date ==
            2027_y / jan / 5);
}

// --- P10: IDCC 1501 ------------------------------------------------------------------------

TEST_CASE("P10 IDCC 1501: return interview offered within 30 days (art. 5.2)") {
    const auto due_after = [](absence_kind kind, year_month_day last_day) {
        const absence away[] = {{kind, add_days(last_day, -100), last_day}};
        const employee e{.hire_date = 2020_y / jan / 6, .absences = away};
        const auto ev = evaluate(idcc::restauration_rapide, e, c20, as_of);
        return *find(ev, obligation_kind::entretien_retour);
    };
    const auto o = due_after(absence_kind::conge_maternite, 2026_y / apr / 30);
    REQUIRE(o.due_date == 2026_y / may / 31);
    REQUIRE(o.rule == &src::restauration_retour);
    REQUIRE(explains(o, &rules::retour_2026));
    REQUIRE_FALSE(o.deadline_rule);  // the agreement's delay, not the library default
    // Parental leave too; a sabbatical keeps the law's date (the library's 2 months).
    REQUIRE(due_after(absence_kind::conge_parental_education, 2026_y / apr / 30).due_date ==
            2026_y / may / 31);
    REQUIRE(due_after(absence_kind::conge_sabbatique, 2026_y / apr / 30).due_date ==
            2026_y / jul / 1);
    REQUIRE(due_after(absence_kind::conge_sabbatique, 2026_y / apr / 30).deadline_rule ==
            &rules::retour_delai);
    // Back on 2026-02-05, before the extension order's day: the law's.
    REQUIRE(due_after(absence_kind::conge_maternite, 2026_y / feb / 4).due_date ==
            2026_y / apr / 5);
    REQUIRE(due_after(absence_kind::conge_maternite, 2026_y / feb / 5).due_date ==
            2026_y / mar / 8);
}

// --- P11: IDCC 3248 ------------------------------------------------------------------------

TEST_CASE("P11 IDCC 3248: end-of-mandate interview within 4 months (art. 51.3)") {
    const auto due_after = [](year_month_day last_day) {
        const absence mandate[] = {{absence_kind::mandat_syndical, 2022_y / jan / 3, last_day}};
        const employee e{.hire_date = 2020_y / jan / 6, .absences = mandate};
        const auto ev = evaluate(idcc::metallurgie, e, company{.headcount = 3000}, as_of);
        return *find(ev, obligation_kind::entretien_retour);
    };
    const auto o = due_after(2026_y / mar / 31);
    REQUIRE(o.due_date == 2026_y / jul / 31);
    REQUIRE(o.rule == &src::metallurgie_mandat);
    REQUIRE(o.trigger == trigger_kind::end_of_mandate);
    // 31 October + 4 months: 28 February (clamped).
    REQUIRE(due_after(2025_y / oct / 31).due_date == 2026_y / feb / 28);
    // Mandate over before the CCN applied (2024-01-01): the law's date (the library's 2
    // months after the return on 2023-12-31, clamped to 29 February).
    REQUIRE(due_after(2023_y / dec / 30).due_date == 2024_y / feb / 29);
    REQUIRE(due_after(2023_y / dec / 30).deadline_rule == &rules::retour_delai);
    REQUIRE(due_after(2023_y / dec / 31).due_date == 2024_y / apr / 30);
}

// --- P12: IDCC 176 and 1672, not extended --------------------------------------------------

TEST_CASE("P12 IDCC 176: a stand-alone end-of-career interview between 58 and 60") {
    // Hired 2026-01-12, born 1967-06-15: the first-year EPP (2027-01-12) falls in [58, 60).
    const employee e{.hire_date = 2026_y / jan / 12, .birth_date = 1967_y / jun / 15};
    const auto by_law = evaluate(fr::law, e, c20, as_of);
    REQUIRE(count(by_law, obligation_kind::entretien_fin_carriere) == 0);  // items on the EPP
    const auto ev = evaluate(idcc::industrie_pharmaceutique, e, c20, as_of);
    const auto* own = find(ev, obligation_kind::entretien_fin_carriere);
    REQUIRE(own);
    REQUIRE(own->due_date == 2027_y / jun / 14);
    REQUIRE(own->rule == &src::pharmacie_fin_carriere);
    REQUIRE(explains(*own, &rules::fin_carriere));
    const auto* binding = finding_of(ev, &rules::non_etendu);
    REQUIRE(binding);
    REQUIRE(binding->kind == finding_kind::advisory);
}

TEST_CASE("P12 IDCC 176: where the law owes one of its own, the agreement's takes its place") {
    // No periodic EPP falls in [58, 60): the law's administrative reading owes one too.
    const interview held[] = {{obligation_kind::entretien_professionnel, 2024_y / jan / 15}};
    const employee e{.hire_date = 2020_y / jan / 6, .birth_date = 1967_y / jun / 15,
                     .interviews = held};
    const auto by_law = evaluate(fr::law, e, c20, as_of);
    REQUIRE(count(by_law, obligation_kind::entretien_fin_carriere) == 1);
    REQUIRE(find(by_law, obligation_kind::entretien_fin_carriere)->rule == &rules::fin_carriere);
    const auto ev = evaluate(idcc::industrie_pharmaceutique, e, c20, as_of);
    REQUIRE(count(ev, obligation_kind::entretien_fin_carriere) == 1);
    const auto* own = find(ev, obligation_kind::entretien_fin_carriere);
    REQUIRE(own->rule == &src::pharmacie_fin_carriere);
    REQUIRE(own->due_date == 2027_y / jun / 14);
}

TEST_CASE("P12 IDCC 1672: the law's dates, marked as binding members only") {
    const interview held[] = {{obligation_kind::entretien_professionnel, 2024_y / jan / 15}};
    const employee e{.hire_date = 2018_y / feb / 5, .birth_date = 1980_y / feb / 29,
                     .interviews = held};
    const auto by_law = evaluate(fr::law, e, c20, as_of);
    const auto ev = evaluate(idcc::assurances, e, c20, as_of);
    REQUIRE(ev.obligations.size() == by_law.obligations.size());
    for (std::size_t i = 0; i < ev.obligations.size(); ++i) {
        REQUIRE(ev.obligations[i].due_date == by_law.obligations[i].due_date);
        REQUIRE(ev.obligations[i].rule == by_law.obligations[i].rule);
    }
    REQUIRE(finding_of(ev, &rules::non_etendu));
    REQUIRE(!finding_of(evaluate(idcc::proprete, e, c20, as_of), &rules::non_etendu));
}

// --- the catalogue: `careertalk rules` lists every rule an agreement's evaluation cites ------

TEST_CASE("every rule a preset's evaluation cites is in a catalogued set") {
    const auto listed = [](const rule_ref* r) {
        for (const rule_set* s : catalogue)
            for (const rule_ref* x : s->rules)
                if (x == r) return true;
        return false;
    };
    const interview held[] = {{obligation_kind::entretien_professionnel, 2022_y / mar / 10}};
    const absence away[] = {{absence_kind::conge_maternite, 2025_y / nov / 1, 2026_y / feb / 28},
                            {absence_kind::mandat_syndical, 2026_y / mar / 1, 2026_y / apr / 30}};
    const dated_fact moved[] = {{2024_y / may / 2}};
    const request asked[] = {{obligation_kind::entretien_parcours_professionnel, 2026_y / may / 5}};
    employee e{.hire_date = 2019_y / mar / 4, .birth_date = 1967_y / jun / 15, .absences = away,
               .interviews = held, .transfers = moved, .requests = asked};
    e.flags.flagged_group = true;
    for (const fr::accord* a : idcc::all) {
        CAPTURE(a->name);
        const auto ev = evaluate(*a, e, company{}, as_of);
        REQUIRE(ev.ok());
        for (const obligation& o : ev.obligations) {
            CAPTURE(o.rule->id);
            REQUIRE(listed(o.rule));
            for (const rule_ref* r : o.why) REQUIRE(listed(r));
        }
        for (const finding& f : ev.findings) {
            CAPTURE(f.rule->id);
            REQUIRE(listed(f.rule));
            for (const rule_ref* r : f.why) REQUIRE(listed(r));
        }
    }
}

// --- issue 9: the invariants' minimal facts ---------------------------------------------------

TEST_CASE("a clause counted from an interview before it names the law's rule of that date") {
    // IDCC 2216 (in force 2021-02-05): one interview on 2020-06-01 in the frame
    // [2020-01-06, 2026-01-06), two left 6 months apart: 2025-07-05 by the clause, counted
    // from an interview held under L6315-1 I v5, which `why` names.
    const interview held[] = {{obligation_kind::entretien_professionnel, 2020_y / jun / 1}};
    const employee e{.hire_date = 2020_y / jan / 6, .interviews = held};
    const auto o = next_periodic(idcc::commerce_alimentaire, e, 2023_y / jan / 2);
    REQUIRE(o.trigger_date == 2020_y / jun / 1);
    REQUIRE(o.due_date == 2025_y / jul / 5);
    REQUIRE(o.rule == &src::alimentaire_quota);
    REQUIRE(explains(o, &rules::periodique_2014));
}

TEST_CASE("P3 IDCC 2216: a suspension after a deadline does not move it (seed 9825)") {
    // The deadline of 2023-10-09 had passed when the maternity leave of 2024 began: seen on
    // 2023-11-18 and on 2026-03-13 it is the same (art. 12.3.1.2 b pushes back only the
    // deadlines still running; issue 9: what was decided stays).
    const absence away[] = {{absence_kind::arret_longue_maladie, 2014_y / jan / 31, 2014_y / jun / 9},
                            {absence_kind::conge_sans_solde, 2021_y / jan / 25, 2022_y / jan / 24},
                            {absence_kind::conge_maternite, 2024_y / jan / 2, 2024_y / sep / 10}};
    const interview held[] = {{obligation_kind::entretien_parcours_professionnel, 2021_y / sep / 26}};
    const employee e{.hire_date = 2010_y / dec / 2, .birth_date = 1981_y / jul / 22,
                     .contract = contract_kind::cdd, .absences = away, .interviews = held};
    const auto periodic_from = [&](year_month_day on) {
        const auto ev = evaluate(idcc::commerce_alimentaire, e, company{.headcount = 18}, on);
        for (const obligation& o : ev.obligations)
            if (o.trigger == trigger_kind::periodic && o.trigger_date == 2021_y / sep / 26) return o;
        return obligation{};
    };
    const obligation then = periodic_from(2023_y / nov / 18);
    REQUIRE(then.due_date < 2024_y / jan / 2);
    REQUIRE(then.state == status::overdue);
    const obligation later = periodic_from(2026_y / mar / 13);
    REQUIRE(later.due_date == then.due_date);
    REQUIRE(later.state == status::overdue);
}

TEST_CASE("a conventional review for an employee hired before the clause starts on its first day") {
    // IDCC 1351 review clause in force from 2020-09-18: hired the day before, the 6-year review
    // (due 2026-09-17) arises on 2020-09-18 (regime_start); hired that day, from hire.
    const auto review = [](year_month_day hired) {
        const employee e{.hire_date = hired};
        for (const obligation& o : evaluate(idcc::prevention_securite, e, c20, as_of).obligations)
            if (o.rule == &src::securite_bilan) return o;
        return obligation{};
    };
    const obligation before = review(2020_y / sep / 17);
    REQUIRE(before.trigger == trigger_kind::regime_start);
    REQUIRE(before.trigger_date == 2020_y / sep / 18);
    REQUIRE(before.due_date == 2026_y / sep / 17);
    const obligation on = review(2020_y / sep / 18);
    REQUIRE(on.trigger == trigger_kind::seniority);
    REQUIRE(on.trigger_date == 2020_y / sep / 18);
    REQUIRE(on.due_date == 2026_y / sep / 18);
}

TEST_CASE("P2 IDCC 1527: a review held on its due date meets it (seed 20251847)") {
    // Hired 2003-10-27: the 18-year cycle (2021-12-31) kept the law's review and is not listed,
    // so it cannot take the review held on 2027-12-31, the deadline of the 24-year one.
    const interview held[] = {{obligation_kind::etat_des_lieux, 2027_y / dec / 31}};
    const employee e{.hire_date = 2003_y / oct / 27, .interviews = held};
    const obligation* review = nullptr;
    const auto ev = evaluate(idcc::immobilier, e, c20, 2028_y / jan / 5);
    for (const obligation& o : ev.obligations)
        if (o.rule == &src::immobilier_bilan && !review) review = &o;
    REQUIRE(review);
    REQUIRE(review->due_date == 2027_y / dec / 31);
    REQUIRE(review->state == status::met);
    REQUIRE(review->held_on == 2027_y / dec / 31);
}

TEST_CASE("P6 IDCC 1351: a review after the contract's end does not count (seed 20251256)") {
    const interview late[] = {{obligation_kind::etat_des_lieux, 2033_y / aug / 31}};
    const employee e{.hire_date = 2021_y / jun / 25, .contract = contract_kind::cdd,
                     .contract_end = 2021_y / dec / 31, .interviews = late};
    for (const year_month_day on : {2027_y / jul / 8, 2033_y / nov / 29}) {
        const auto ev = evaluate(idcc::prevention_securite, e, c20, on);
        REQUIRE(frtest::by_rule(ev, &src::securite_bilan) == nullptr);
    }
}

TEST_CASE("P12 IDCC 176: the window opens on 2025-10-26, one held after 60 is late") {
    // Born 1967-02-04: 58 on 2025-02-04, before V (regime_start 2025-10-26); due 2027-02-03.
    // An interview of 2025-07-31 is before the window (seed 20251647); one on 2027-02-04 is late.
    const auto own = [](year_month_day held) {
        const interview i[] = {{obligation_kind::entretien_fin_carriere, held}};
        const employee e{.hire_date = 2024_y / feb / 29, .birth_date = 1967_y / feb / 4,
                         .contract = contract_kind::apprentissage, .interviews = i};
        return *find(evaluate(idcc::industrie_pharmaceutique, e, c20, 2028_y / jun / 5),
                     obligation_kind::entretien_fin_carriere);
    };
    const obligation before = own(2025_y / jul / 31);
    REQUIRE(before.trigger == trigger_kind::regime_start);
    REQUIRE(before.trigger_date == 2025_y / oct / 26);
    REQUIRE(before.due_date == 2027_y / feb / 3);
    REQUIRE(before.state == status::overdue);
    REQUIRE_FALSE(before.held_on);
    const obligation late = own(2027_y / feb / 4);
    REQUIRE(late.state == status::met_late);
    REQUIRE(late.held_on == 2027_y / feb / 4);
}

TEST_CASE("P5 IDCC 1090: a month off after its deadline does not move it (seed 130151)") {
    // Interview on 2030-10-05: 24 months worked -> 2032-10-05. A mandate running from
    // 2032-09-04 leaves October 2032 without work, but only after that deadline: overdue on
    // 2032-10-07 and the same on 2033-04-14 (art. 1.21 d 1; issue 9: what was decided stays).
    const absence mandate[] = {{absence_kind::mandat_syndical, 2032_y / sep / 4, std::nullopt}};
    const interview held[] = {{obligation_kind::entretien_fin_carriere, 2030_y / oct / 5}};
    const employee e{.hire_date = 2029_y / feb / 14, .birth_date = 2004_y / mar / 3,
                     .contract = contract_kind::apprentissage, .absences = mandate,
                     .interviews = held};
    for (const year_month_day on : {2032_y / oct / 7, 2033_y / apr / 14}) {
        const obligation o = next_periodic(idcc::services_automobile, e, on);
        REQUIRE(o.trigger_date == 2030_y / oct / 5);
        REQUIRE(o.due_date == 2032_y / oct / 5);
        REQUIRE(o.state == status::overdue);
    }
}
