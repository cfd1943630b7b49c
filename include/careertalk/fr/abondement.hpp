// careertalk/fr/abondement.hpp: the abondement correctif of the CPF (C. trav. L6323-13,
// R6323-3), the sanction of the état des lieux récapitulatif (L6315-1 II).
//
// assess_review() gives the verdict of one état des lieux: a `penalty` (amount, payee, payment
// deadline), a `no_penalty` whose rule says why, or a `missing` headcount. The criteria are those
// of the texts in force on the review date:
//   - before 2019-01-01 (L6315-1 II v2/v3, L6323-13 v2, R6323-3 v1): interviews and at least two
//     of three measures (training, certification, progression); 100 hours of CPF (130 for part
//     time) and a sum to the OPCA;
//   - from 2019-01-01 (v4 and later): interviews and at least one training other than L6321-2
//     (training::mandatory == false); EUR 3,000 to the Caisse des dépôts (R6323-3);
//   - until 2021-06-30 the employer may use either set (ord. 2019-861, extended by ord. 2020-1501):
//     the penalty is owed only when owed under both;
//   - from 2025-10-26 the period is eight years instead of six (L6323-13 v6, R6323-3 v7).
//
// Contract with the scheduling engine (fr/law.hpp, assess_reviews; the readings are in
// docs/fr/penalty.md): for each état des lieux it passes a review_input once it is decided:
//   - `review`: the six (eight) years of seniority the review closes (L6315-1 II: "cette durée
//     s'apprécie par référence à l'ancienneté"), not moved by a COVID postponement or a late
//     holding (review_period::before_review: the years before the review date instead);
//     measures count when dated inside it and on or before review_date;
//   - `due`: the statutory deadline of the état des lieux (seniority + 6 or 8 years, or
//     2020-03-07), before any COVID postponement (see postponed_deadline());
//   - `review_date`: the date it was held, when held by its deadline plus the tolerance
//     (abondement_options::tolerance_months; "les six ans précédant l'entretien", L6323-13);
//     otherwise its deadline, decided once the tolerance is over (the payment deadline is then
//     anchored on it); a review held later does not move what the deadline decided;
//   - `interviews_complete`: the audit of "a bénéficié des entretiens prévus": one interview
//     for each anniversary of the periodic clock from hire within the period (fixed
//     anniversaries, CDC FAQ), each held by its deadline plus the tolerance, the review itself
//     counting for the interview due at its date; and each return, mid-career and pre-60
//     interview owed in the period held by its deadline plus the tolerance (ministry Q-R no.
//     11, Feb 2026). The rolling schedule (model R) only says when the next one is due.
#pragma once

#include <careertalk/calendar.hpp>
#include <careertalk/facts.hpp>
#include <careertalk/fr/headcount.hpp>
#include <careertalk/results.hpp>
#include <careertalk/rule.hpp>

#include <boost/describe/enum.hpp>

#include <array>
#include <cstdint>
#include <optional>

namespace careertalk::inline v0::fr {

namespace abondement_dates {
inline constexpr year_month_day cpf_start = date::year{2015} / date::January / 1;
inline constexpr year_month_day loi_2018 = date::year{2019} / date::January / 1;
inline constexpr year_month_day option_end_2019_861 = date::year{2020} / date::December / 31;
inline constexpr year_month_day option_end = date::year{2021} / date::June / 30; // ord. 2020-1501
inline constexpr year_month_day covid_first_due = date::year{2020} / date::January / 1;
inline constexpr year_month_day tolerance_end = date::year{2021} / date::September / 30;
inline constexpr year_month_day sanction_from = date::year{2021} / date::October / 1;
inline constexpr year_month_day decret_2021_1916_payment = date::year{2022} / date::March / 31;
inline constexpr year_month_day r6323_3_iv_start = date::year{2022} / date::January / 1;
inline constexpr year_month_day loi_2025 = date::year{2025} / date::October / 26;
} // namespace abondement_dates

namespace abondement_rules {

// --- L6323-13: the abondement itself ------------------------------------------------------

inline constexpr rule_ref l6323_13_v1{
    .id = "fr.L6323-13.v1"_ct,
    .citation = "C. trav., art. L6323-13 (v1, LEGIARTI000006904235)"_ct,
    .in_force = {date::year{2008} / 5 / 1, abondement_dates::cpf_start},
    .title = {.en = "Before the CPF (2015) L6323-13 concerned the DIF: no abondement correctif"_ct,
              .fr = "Avant le CPF (2015), l'article L6323-13 portait sur le DIF : pas "
                    "d'abondement correctif"_ct,
              .nl = "Voor het CPF (2015) ging L6323-13 over het DIF: geen correctieve storting"_ct}};

inline constexpr rule_ref l6323_13_v2{
    .id = "fr.L6323-13.v2"_ct,
    .citation = "C. trav., art. L6323-13 (v2, LEGIARTI000028697879)"_ct,
    .in_force = {abondement_dates::cpf_start, abondement_dates::loi_2018},
    .title = {.en = "Abondement correctif: 100 hours of CPF (130 part time) and a sum to the OPCA"_ct,
              .fr = "Abondement correctif : 100 heures de CPF (130 à temps partiel) et versement "
                    "à l'OPCA"_ct,
              .nl = "Correctieve storting: 100 uur CPF (130 bij deeltijd) en een bedrag aan de "
                    "OPCA"_ct}};

inline constexpr rule_ref l6323_13_v3{
    .id = "fr.L6323-13.v3"_ct,
    .citation = "C. trav., art. L6323-13 (v3, LEGIARTI000037385025)"_ct,
    .in_force = {abondement_dates::loi_2018, pacte_start},
    .title = {.en = "Abondement correctif: interviews and one non-mandatory training over six "
                    "years"_ct,
              .fr = "Abondement correctif : entretiens et une formation non obligatoire sur six "
                    "ans"_ct,
              .nl = "Correctieve storting: gesprekken en één niet-verplichte opleiding in zes "
                    "jaar"_ct}};

inline constexpr rule_ref l6323_13_v4{
    .id = "fr.L6323-13.v4"_ct,
    .citation = "C. trav., art. L6323-13 (v4, LEGIARTI000038610061)"_ct,
    .in_force = {pacte_start, abondement_dates::r6323_3_iv_start},
    .title = l6323_13_v3.title,
    .reading = "Paid 'dans le cadre de ses contributions au titre de la formation "
               "professionnelle'; threshold under CSS L130-1 (PACTE)."_ct};

inline constexpr rule_ref l6323_13_v5{
    .id = "fr.L6323-13.v5"_ct,
    .citation = "C. trav., art. L6323-13 (v5, LEGIARTI000043701794)"_ct,
    .in_force = {abondement_dates::r6323_3_iv_start, abondement_dates::loi_2025},
    .title = l6323_13_v3.title};

inline constexpr rule_ref l6323_13_v6{
    .id = "fr.L6323-13.v6"_ct,
    .citation = "C. trav., art. L6323-13 (v6, LEGIARTI000052437094)"_ct,
    .in_force = {abondement_dates::loi_2025, date::year{2026} / 9 / 1},
    .title = {.en = "Abondement correctif: interviews and one non-mandatory training over eight "
                    "years"_ct,
              .fr = "Abondement correctif : entretiens et une formation non obligatoire sur huit "
                    "ans"_ct,
              .nl = "Correctieve storting: gesprekken en één niet-verplichte opleiding in acht "
                    "jaar"_ct},
    .reading = "Only change from v5: 'six ans' -> 'huit ans' (docs/fr/readings.md#penalty)."_ct};

inline constexpr rule_ref l6323_13_v7{
    .id = "fr.L6323-13.v7"_ct,
    .citation = "C. trav., art. L6323-13 (v7, LEGIARTI000053151869)"_ct,
    .in_force = {date::year{2026} / 9 / 1, open_end},
    .title = l6323_13_v6.title,
    .reading =
        "Version marker: text not retrieved (docs/fr/readings.md#penalty). Very probably ord. "
        "2025-1247 (VAT recodification, a droit constant), touching only the recovery "
        "rules of the Trésor surcharge; computed exactly as v6."_ct};

inline constexpr rule_ref l6323_13_mise_en_demeure{
    .id = "fr.L6323-13.mise-en-demeure"_ct,
    .citation = "C. trav., art. L6323-13, al. 2 and 3 (v4 LEGIARTI000038610061 to v7 "
                "LEGIARTI000053151869); L6362-10"_ct,
    .in_force = {pacte_start, open_end},
    .title = {.en =
                  "After a formal notice, the unpaid sum plus 100 % is paid to the Trésor public"_ct,
              .fr = "Après mise en demeure, l'insuffisance constatée majorée de 100 % est versée "
                    "au Trésor public"_ct,
              .nl = "Na ingebrekestelling wordt het tekort plus 100 % aan de Staatskas betaald"_ct},
    .reading = "Amount = 2 x the insufficiency; its date follows the control procedure "
               "(L6362-10), so the library gives none."_ct};

// --- R6323-3: amount, payee and payment deadline ------------------------------------------

// The text of v1 is not in the official snapshot (tests/data/legi): its amounts are read from
// the published commentaries of décret n° 2014-1120 (docs/fr/readings.md#penalty).
inline constexpr rule_ref r6323_3_v1{
    .id = "fr.R6323-3.v1"_ct,
    .citation = "C. trav., art. R6323-3 (v1, LEGIARTI000029535674; décret n° 2014-1120 du 2 "
                "octobre 2014)"_ct,
    .in_force = {abondement_dates::cpf_start, abondement_dates::loi_2018},
    .title = {.en = "100 CPF hours and EUR 3,000 to the OPCA (EUR 30 an hour)"_ct,
              .fr = "100 heures de CPF et 3 000 euros à l'OPCA (30 euros par heure)"_ct,
              .nl = "100 CPF-uren en EUR 3.000 aan de OPCA (EUR 30 per uur)"_ct},
    .basis = authority::decree,
    .reading = "EUR 30 for each hour of the abondement, as the commentaries of décret 2014-1120 "
               "read it; the decree sets no payment date, so payment_due is empty "
               "(docs/fr/readings.md#penalty)."_ct};

inline constexpr rule_ref r6323_3_v1_part_time{
    .id = "fr.R6323-3.v1.part-time"_ct,
    .citation = r6323_3_v1.citation,
    .in_force = r6323_3_v1.in_force,
    .title = {.en = "Part time: 130 CPF hours and EUR 3,900 to the OPCA (EUR 30 an hour)"_ct,
              .fr = "Temps partiel : 130 heures de CPF et 3 900 euros à l'OPCA (30 euros par "
                    "heure)"_ct,
              .nl = "Deeltijd: 130 CPF-uren en EUR 3.900 aan de OPCA (EUR 30 per uur)"_ct},
    .basis = authority::decree,
    .reading = r6323_3_v1.reading};

inline constexpr rule_ref r6323_3_v3{
    .id = "fr.R6323-3.v3"_ct,
    .citation = "C. trav., art. R6323-3 (v3, LEGIARTI000038013624)"_ct,
    .in_force = {abondement_dates::loi_2018, pacte_start},
    .title = {.en = "EUR 3,000 credited to the CPF, paid to the Caisse des dépôts"_ct,
              .fr = "3 000 euros inscrits au CPF, versés à la Caisse des dépôts"_ct,
              .nl = "EUR 3.000 op het CPF, betaald aan de Caisse des dépôts"_ct},
    .basis = authority::decree,
    .reading = "No payment date before R6323-3 IV (2022-01-01): payment_due is empty unless "
               "décret 2021-1916 art. 4 III applies."_ct};

inline constexpr rule_ref r6323_3_v5{.id = "fr.R6323-3.v5"_ct,
                                     .citation =
                                         "C. trav., art. R6323-3 (v5, LEGIARTI000039216067)"_ct,
                                     .in_force = {pacte_start, abondement_dates::r6323_3_iv_start},
                                     .title = r6323_3_v3.title,
                                     .basis = authority::decree,
                                     .reading = r6323_3_v3.reading};

inline constexpr rule_ref r6323_3_v6{
    .id = "fr.R6323-3.v6"_ct,
    .citation = "C. trav., art. R6323-3, IV (v6, LEGIARTI000044969902)"_ct,
    .in_force = {abondement_dates::r6323_3_iv_start, date::year{2026} / 2 / 1},
    .title = {.en = "EUR 3,000 to the Caisse des dépôts by the last day of the calendar quarter "
                    "after the état des lieux"_ct,
              .fr = "3 000 euros à la Caisse des dépôts au plus tard le dernier jour du trimestre "
                    "civil suivant l'entretien"_ct,
              .nl = "EUR 3.000 aan de Caisse des dépôts uiterlijk op de laatste dag van het "
                    "kwartaal na het gesprek"_ct},
    .basis = authority::decree,
    .reading = "From 2025-10-26 to 2026-01-31 its IV still names 'la période de six ans' while "
               "L6323-13 v6 names eight; the anchor (the date of the état des lieux) is the same, "
               "so no date changes (docs/fr/readings.md#penalty)."_ct};

inline constexpr rule_ref r6323_3_v7{
    .id = "fr.R6323-3.v7"_ct,
    .citation = "C. trav., art. R6323-3, IV (v7, LEGIARTI000053428063; décret n° 2026-39, art. 3)"_ct,
    .in_force = {date::year{2026} / 2 / 1, open_end},
    .title = r6323_3_v6.title,
    .basis = authority::decree,
    .reading = "Only change from v6: 'six ans' -> 'huit ans' in IV."_ct};

// --- L6315-1 II: the criteria of the état des lieux ----------------------------------------

inline constexpr labels criteria_2014_title{
    .en = "Interviews held and at least two of: a training, a certification, a progression"_ct,
    .fr = "Entretiens prévus et au moins deux des trois mesures : formation, certification, "
          "progression"_ct,
    .nl = "Gesprekken gehouden en minstens twee van: opleiding, certificering, doorgroei"_ct};
inline constexpr labels criteria_2018_title{
    .en = "Interviews held and at least one training other than an L6321-2 mandatory training"_ct,
    .fr = "Entretiens prévus et au moins une formation autre que celle de l'article L6321-2"_ct,
    .nl = "Gesprekken gehouden en minstens één opleiding die niet verplicht is (L6321-2)"_ct};

inline constexpr rule_ref l6315_1_ii_v2{
    .id = "fr.L6315-1.II.criteria.v2"_ct,
    .citation = "C. trav., art. L6315-1, II (v2, LEGIARTI000028698019)"_ct,
    .in_force = {date::year{2014} / 3 / 7, date::year{2016} / 8 / 10},
    .title = criteria_2014_title};
inline constexpr rule_ref l6315_1_ii_v3{
    .id = "fr.L6315-1.II.criteria.v3"_ct,
    .citation = "C. trav., art. L6315-1, II (v3, LEGIARTI000033022351)"_ct,
    .in_force = {date::year{2016} / 8 / 10, abondement_dates::loi_2018},
    .title = criteria_2014_title};
inline constexpr rule_ref l6315_1_ii_v4{.id = "fr.L6315-1.II.criteria.v4"_ct,
                                        .citation =
                                            "C. trav., art. L6315-1, II (v4, LEGIARTI000037385750)"_ct,
                                        .in_force = {abondement_dates::loi_2018, pacte_start},
                                        .title = criteria_2018_title};
inline constexpr rule_ref l6315_1_ii_v5{.id = "fr.L6315-1.II.criteria.v5"_ct,
                                        .citation =
                                            "C. trav., art. L6315-1, II (v5, LEGIARTI000038610069)"_ct,
                                        .in_force = {pacte_start, abondement_dates::loi_2025},
                                        .title = criteria_2018_title};
inline constexpr rule_ref l6315_1_ii_v6{
    .id = "fr.L6315-1.II.criteria.v6"_ct,
    .citation = "C. trav., art. L6315-1, II (v6, LEGIARTI000052437081); L6323-13 v6"_ct,
    .in_force = {abondement_dates::loi_2025, date::year{2025} / 12 / 31},
    .title = criteria_2018_title,
    .reading = "Eight years; the interviews counted include mid-career and pre-60 (ministry Q-R "
               "no. 11, Feb 2026)."_ct};
inline constexpr rule_ref l6315_1_ii_v7{
    .id = "fr.L6315-1.II.criteria.v7"_ct,
    .citation = "C. trav., art. L6315-1, II (v7, LEGIARTI000053279288); L6323-13 v6"_ct,
    .in_force = {date::year{2025} / 12 / 31, open_end},
    .title = criteria_2018_title,
    .reading = l6315_1_ii_v6.reading};

// --- readings, options and COVID rules ------------------------------------------------------

inline constexpr rule_ref cass_2026_cumulative{
    .id = "fr.abondement.reading.cumulative"_ct,
    .citation = "Cass. soc., 21 janv. 2026, n° 24-12.972; ministry FAQ 30 Sep 2022; CA Paris 2 "
                "Dec 2020 n° 18-05343; CA Pau 26 Jun 2025 n° 23-00440"_ct,
    .in_force = {abondement_dates::cpf_start, open_end},
    .title = {.en = "Cumulative reading: owed only when the interviews AND the training (measures) "
                    "are both missing"_ct,
              .fr = "Lecture cumulative : dû seulement si les entretiens ET la formation (les "
                    "mesures) font tous deux défaut"_ct,
              .nl = "Cumulatieve lezing: alleen verschuldigd als zowel de gesprekken als de "
                    "opleiding ontbreken"_ct},
    .basis = authority::case_law,
    .reading = "Library default. Applied to the 2014 text ('et d'au moins deux des trois "
               "mesures') by analogy [I]."_ct};

inline constexpr rule_ref centre_inffo_2016_disjunctive{
    .id = "fr.abondement.reading.disjunctive"_ct,
    .citation = "Centre Inffo, 4 mars 2016 (docs/fr/readings.md#penalty)"_ct,
    .in_force = {abondement_dates::cpf_start, open_end},
    .title = {.en = "Disjunctive reading: owed when the interviews OR the training (measures) are "
                    "missing"_ct,
              .fr = "Lecture disjonctive : dû si les entretiens OU la formation (les mesures) font "
                    "défaut"_ct,
              .nl = "Disjunctieve lezing: verschuldigd als de gesprekken of de opleiding "
                    "ontbreken"_ct},
    .basis = authority::official,
    .reading = "Option (abondement_options::reading); rejected by Cass. soc. 21 Jan 2026 for the "
               "2018 text."_ct};

inline constexpr rule_ref ord_2019_861{
    .id = "fr.ord.2019-861.option"_ct,
    .citation = "Ord. n° 2019-861 du 21 août 2019 (docs/fr/readings.md#covid)"_ct,
    .in_force = {abondement_dates::loi_2018, date::year{2021} / 1 / 1},
    .title = {.en = "Until 2020-12-31 the employer may meet the 2014 or the 2018 criteria"_ct,
              .fr = "Jusqu'au 31 décembre 2020, l'employeur peut justifier de ses obligations "
                    "selon les critères de 2014 ou ceux de 2018"_ct,
              .nl = "Tot en met 31-12-2020 mag de werkgever aan de criteria van 2014 of van 2018 "
                    "voldoen"_ct},
    .basis = authority::statute,
    .reading = "The employer picks the favourable set: the abondement is owed only when owed "
               "under both [I]; the amount is the EUR 3,000 in force. Published in August 2019, "
               "it governs every review under the 2018 text, so the library applies it from "
               "2019-01-01."_ct};

inline constexpr rule_ref ord_2020_387{
    .id = "fr.ord.2020-387"_ct,
    .citation = "Ord. n° 2020-387 du 1er avril 2020 (docs/fr/readings.md#covid)"_ct,
    .in_force = {date::year{2020} / 4 / 2, date::year{2020} / 12 / 4},
    .title = {.en = "États des lieux due in 2020 postponable to 2020-12-31; sanctions suspended"_ct,
              .fr = "États des lieux dus en 2020 reportables au 31 décembre 2020 ; sanctions "
                    "suspendues"_ct,
              .nl = "Evaluaties die in 2020 vervielen, uitstelbaar tot 31-12-2020"_ct},
    .basis = authority::statute,
    .reading = "Superseded by ord. 2020-1501 before any of its dates was reached."_ct};

inline constexpr rule_ref ord_2020_1501{
    .id = "fr.ord.2020-1501"_ct,
    .citation = "Ord. n° 2020-1501 du 2 décembre 2020 (docs/fr/readings.md#covid)"_ct,
    .in_force = {date::year{2020} / 12 / 4, date::year{2021} / 7 / 1},
    .title = {.en = "Interviews due 2020-01-01 .. 2021-06-30 postponable to 2021-06-30; criteria "
                    "option extended to 2021-06-30"_ct,
              .fr = "Entretiens dus du 1er janvier 2020 au 30 juin 2021 reportables au 30 juin "
                    "2021 ; option entre critères prolongée au 30 juin 2021"_ct,
              .nl = "Gesprekken die vervielen van 1-1-2020 t/m 30-6-2021 uitstelbaar tot "
                    "30-6-2021; keuze van criteria verlengd"_ct},
    .basis = authority::statute};

inline constexpr rule_ref covid_tolerance{
    .id = "fr.abondement.covid-tolerance"_ct,
    .citation = "Loi n° 2021-689 du 31 mai 2021 and ministry tolerance ("
                "docs/fr/readings.md#covid)"_ct,
    .in_force = {date::year{2021} / 6 / 1, abondement_dates::sanction_from},
    .title = {.en = "États des lieux could be held until 2021-09-30; the abondement is owed from "
                    "2021-10-01"_ct,
              .fr = "États des lieux possibles jusqu'au 30 septembre 2021 ; abondement dû à "
                    "compter du 1er octobre 2021"_ct,
              .nl = "Evaluaties konden tot 30-9-2021; de storting is verschuldigd vanaf "
                    "1-10-2021"_ct},
    .basis = authority::official,
    .reading = "Default on (abondement_options::covid_tolerance). The criteria option follows "
               "the catch-up: reviews up to 2021-09-30 may meet the 2014 or the 2018 criteria "
               "(ministry Q-R of 21 June 2021, as reported by Actance avocats; "
               "docs/fr/penalty.md#criteria-option). Off: 2021-06-30."_ct};

inline constexpr rule_ref decret_2021_1916{
    .id = "fr.decret.2021-1916.4.III"_ct,
    .citation = "Décret n° 2021-1916 du 30 décembre 2021, art. 4, III (with R6323-3 v5/v6 for "
                "the amount)"_ct,
    .in_force = {abondement_dates::r6323_3_iv_start, open_end},
    .title = {.en = "États des lieux due in 2020 or 2021: EUR 3,000 to the Caisse des dépôts by "
                    "2022-03-31"_ct,
              .fr = "États des lieux échus en 2020 ou 2021 : 3 000 euros à la Caisse des dépôts "
                    "au plus tard le 31 mars 2022"_ct,
              .nl = "Evaluaties die in 2020 of 2021 vervielen: EUR 3.000 uiterlijk 31-3-2022"_ct},
    .basis = authority::decree};

// --- the audit of "a bénéficié des entretiens prévus" (docs/fr/penalty.md) ----------------

inline constexpr rule_ref entretiens_prevus{
    .id = "fr.abondement.reading.entretiens-prevus"_ct,
    .citation = "C. trav., art. L6315-1, II (v2 LEGIARTI000028698019 to v7 LEGIARTI000053279288: "
                "'a bénéficié au cours des six [v6: huit] dernières années des entretiens professionnels "
                "prévus au I'); Caisse des dépôts, FAQ financeurs "
                "(abondement correctif); ministère du Travail, questions-réponses entretien "
                "professionnel (2021; 12 Feb 2026, no. 11) (docs/fr/penalty.md#entretiens-prevus)"_ct,
    .in_force = {abondement_dates::cpf_start, open_end},
    .title = {.en = "Interviews planned: one per anniversary of the period from hire, the review "
                    "counting for its own; return, mid-career and pre-60 interviews owed in it"_ct,
              .fr = "Entretiens prévus : un par échéance de la période comptée depuis l'embauche, "
                    "l'état des lieux valant pour la sienne ; plus les entretiens de reprise, de "
                    "mi-carrière et de fin de carrière dus dans la période"_ct,
              .nl = "Geplande gesprekken: één per verjaardag van de periode vanaf indiensttreding, "
                    "de evaluatie telt voor de hare; plus terugkeer-, halverwege- en "
                    "pre-60-gesprekken in de periode"_ct},
    .basis = authority::official,
    .reading = "The audit counts interviews against the statutory anniversaries of the period, "
               "not against the rolling schedule: a late interview does not hide the missed "
               "ones, an early one does not make the next one late (docs/fr/penalty.md)."_ct};

inline constexpr rule_ref tolerance_un_mois{
    .id = "fr.abondement.reading.tolerance"_ct,
    .citation = "Library reading (docs/fr/penalty.md#tolerance)"_ct,
    .in_force = {abondement_dates::cpf_start, open_end},
    .title = {.en = "An interview held within a month after its deadline still counts for it; a "
                    "review held within that month is assessed on the day it was held"_ct,
              .fr = "Un entretien tenu dans le mois suivant son échéance compte pour elle ; un état "
                    "des lieux tenu dans ce mois est apprécié au jour où il a eu lieu"_ct,
              .nl = "Een gesprek binnen een maand na de uiterste datum telt daarvoor; een "
                    "evaluatie in die maand wordt beoordeeld op de dag waarop zij plaatsvond"_ct},
    .basis = authority::interpretation,
    .reading = "abondement_options::tolerance_months (default 1). Later, the review is assessed "
               "on its deadline and what that decided stays."_ct};

inline constexpr rule_ref periode_anciennete{
    .id = "fr.abondement.reading.period"_ct,
    .citation = "C. trav., art. L6315-1, II (v2 LEGIARTI000028698019 to v7 LEGIARTI000053279288: "
                "'Cette durée s'apprécie par référence à l'ancienneté du salarié dans "
                "l'entreprise'); ord. n° 2020-1501 "
                "(docs/fr/penalty.md#period)"_ct,
    .in_force = {abondement_dates::cpf_start, open_end},
    .title = {.en = "The period assessed is the six (eight) years of seniority, even when the "
                    "review is held later (COVID postponement, tolerance)"_ct,
              .fr = "La période appréciée est celle des six (huit) ans d'ancienneté, même quand "
                    "l'état des lieux a lieu plus tard (report COVID, tolérance)"_ct,
              .nl = "De beoordeelde periode is die van zes (acht) jaar anciënniteit, ook als de "
                    "evaluatie later plaatsvindt (COVID-uitstel, tolerantie)"_ct},
    .basis = authority::interpretation,
    .reading = "abondement_options::period: review_period::seniority (default); "
               "review_period::before_review reads L6323-13's 'six ans précédant l'entretien' "
               "literally."_ct};

} // namespace abondement_rules

// How to read "n'a pas bénéficié des entretiens prévus et d'au moins une formation".
enum class penalty_reading : std::uint8_t {
    cumulative,  // default: Cass. soc. 21 Jan 2026 n° 24-12.972
                 // (abondement_rules::cass_2026_cumulative)
    disjunctive, // Centre Inffo 2016 (abondement_rules::centre_inffo_2016_disjunctive)
};
BOOST_DESCRIBE_ENUM(penalty_reading, cumulative, disjunctive)

// Which years the measures are counted over (abondement_rules::periode_anciennete).
enum class review_period : std::uint8_t {
    seniority,      // default: the six (eight) years of seniority the review closes (L6315-1 II)
    before_review,  // the six (eight) years before the date the review was held (L6323-13)
};
BOOST_DESCRIBE_ENUM(review_period, seniority, before_review)

// The disputed points of the abondement, each with its default.
struct abondement_options {
    penalty_reading reading = penalty_reading::cumulative;
    // Ord. 2019-861 / 2020-1501: for reviews dated up to 2021-06-30 (2021-09-30 with
    // covid_tolerance, catch_up_end) the employer may justify under the 2014 or the 2018
    // criteria. On by default (the texts grant it); turn off to assess under the 2018 criteria
    // only.
    bool criteria_option = true;
    // Ministry tolerance: états des lieux due in the COVID window may be held until 2021-09-30
    // (postponed_deadline), abondement owed from 2021-10-01. Off: 2021-06-30 (ord. 2020-1501).
    bool covid_tolerance = true;
    // An interview (the review included) held this many months after its deadline still counts
    // for it (abondement_rules::tolerance_un_mois, the library's choice).
    int tolerance_months = 1;
    review_period period = review_period::seniority;
    headcount_options headcount{};
};

// One état des lieux to assess; see the contract at the top of this file.
struct review_input {
    period review{};
    year_month_day due{};
    year_month_day review_date{};
    bool review_held = false;
    bool interviews_complete = false;
};

inline constexpr euros abondement_amount{300'000}; // R6323-3 (v1 for 100 h; v3 and later)

// CPF hours of the 2014 texts (L6323-13 v2, R6323-3 v1): 100, or 130 for part-time employees.
constexpr int cpf_hours_2014(const employee& e) noexcept
{
    return e.flags.part_time ? 130 : 100;
}

// R6323-3 v1: the sum to the OPCA is EUR 30 for each of those hours (EUR 3,000 or 3,900).
constexpr euros abondement_amount_2014(const employee& e) noexcept
{
    return euros{std::int64_t{cpf_hours_2014(e)} * 3'000};
}

// L6323-13 al. 3: after a formal notice, the insufficiency plus 100 % to the Trésor public.
constexpr euros mise_en_demeure_amount(euros unpaid) noexcept
{
    return euros{2 * unpaid.cents};
}

// The end of the COVID catch-up: 2021-06-30 (ord. 2020-1501), or 2021-09-30 with the ministry
// tolerance. The criteria option (ord. 2019-861, 2020-1501) ends the same day: it follows the
// catch-up (ministry Q-R of 21 June 2021, as reported by Actance avocats;
// docs/fr/penalty.md#criteria-option).
constexpr year_month_day catch_up_end(const abondement_options& o = {}) noexcept
{
    return o.covid_tolerance ? abondement_dates::tolerance_end : abondement_dates::option_end;
}

// The deadline of an état des lieux after the COVID postponements: due from 2020-01-01 to
// 2021-06-30 -> catch_up_end.
constexpr year_month_day postponed_deadline(year_month_day due,
                                            const abondement_options& o = {}) noexcept
{
    namespace d = abondement_dates;
    if (due < d::covid_first_due || d::option_end < due)
        return due;
    return catch_up_end(o);
}

namespace abondement_detail {

struct abondement_texts {
    const rule_ref* l6323_13 = nullptr;
    const rule_ref* r6323_3 = nullptr;
    const rule_ref* criteria = nullptr;
    bool cpf = true; // false before 2015: no abondement existed (a flag, not a null test: UBSan)
};

constexpr abondement_texts texts_on(year_month_day d) noexcept
{
    namespace r = abondement_rules;
    constexpr std::array all{
        abondement_texts{&r::l6323_13_v2, &r::r6323_3_v1, &r::l6315_1_ii_v2},
        abondement_texts{&r::l6323_13_v2, &r::r6323_3_v1, &r::l6315_1_ii_v3},
        abondement_texts{&r::l6323_13_v3, &r::r6323_3_v3, &r::l6315_1_ii_v4},
        abondement_texts{&r::l6323_13_v4, &r::r6323_3_v5, &r::l6315_1_ii_v5},
        abondement_texts{&r::l6323_13_v5, &r::r6323_3_v6, &r::l6315_1_ii_v5},
        abondement_texts{&r::l6323_13_v6, &r::r6323_3_v6, &r::l6315_1_ii_v6},
        abondement_texts{&r::l6323_13_v6, &r::r6323_3_v6, &r::l6315_1_ii_v7},
        abondement_texts{&r::l6323_13_v6, &r::r6323_3_v7, &r::l6315_1_ii_v7},
        abondement_texts{&r::l6323_13_v7, &r::r6323_3_v7, &r::l6315_1_ii_v7},
    };
    abondement_texts t{&r::l6323_13_v1, nullptr, nullptr, false};
    for (const auto& x : all)
        if (x.l6323_13->in_force_on(d) && x.r6323_3->in_force_on(d) && x.criteria->in_force_on(d))
            t = x;
    return t;
}

template <class Record>
constexpr bool any_in(std::span<const Record> records, const review_input& r) noexcept
{
    for (const auto& x : records)
        if (r.review.contains(x.date) && x.date <= r.review_date)
            return true;
    return false;
}

// Criterion 1° of the 2014 text counts any training; the 2018 text excludes L6321-2 ones.
constexpr bool trained(std::span<const training> ts, const review_input& r,
                       bool non_mandatory_only) noexcept
{
    for (const auto& t : ts)
        if (r.review.contains(t.date) && t.date <= r.review_date &&
            !(non_mandatory_only && t.mandatory))
            return true;
    return false;
}

constexpr bool owed(bool interviews_ok, bool measures_ok, penalty_reading reading) noexcept
{
    return reading == penalty_reading::cumulative ? !interviews_ok && !measures_ok
                                                  : !interviews_ok || !measures_ok;
}

constexpr void add_once(explanation& why, const rule_ref* r) noexcept
{
    for (const rule_ref* x : why)
        if (x->id == r->id) // by id: GCC's -fsanitize=null makes address tests non-constant
            return;
    why.push_back(r);
}

} // namespace abondement_detail

// The verdict of one état des lieux: penalty, no_penalty or missing (headcount).
constexpr finding assess_review(const employee& e, const company& c, const abondement_options& o,
                                const review_input& r) noexcept
{
    namespace d = abondement_dates;
    finding f{};
    f.review = r.review;
    f.date = r.review_date;
    f.about = obligation_kind::abondement_correctif;

    const abondement_detail::abondement_texts t = abondement_detail::texts_on(r.review_date);
    if (!t.cpf) {
        f.kind = finding_kind::no_penalty;
        f.rule = t.l6323_13;
        return f;
    }

    const threshold th = penalty_threshold(c, r.review_date, o.headcount);
    if (th.state != threshold_state::met) {
        f.kind =
            th.state == threshold_state::unknown ? finding_kind::missing : finding_kind::no_penalty;
        if (th.state == threshold_state::unknown)
            f.missing = missing_fact::headcount;
        f.rule = th.state == threshold_state::unknown ? t.l6323_13 : th.rule;
        f.why.push_back(th.state == threshold_state::unknown ? th.rule : t.l6323_13);
        return f;
    }

    // Measures of the period.
    const bool text_2014 = r.review_date < d::loi_2018;
    const bool option = !text_2014 && o.criteria_option && r.review_date <= catch_up_end(o);
    const int measures_2014 = int{abondement_detail::trained(e.trainings, r, false)} +
                              int{abondement_detail::any_in(e.certifications, r)} +
                              int{abondement_detail::any_in(e.progressions, r)};
    const bool ok_2014 = measures_2014 >= 2;
    const bool ok_2018 = abondement_detail::trained(e.trainings, r, true);
    const bool interviews = r.interviews_complete;

    const bool owed_2014 = abondement_detail::owed(interviews, ok_2014, o.reading);
    const bool owed_2018 = abondement_detail::owed(interviews, ok_2018, o.reading);
    const bool owed = text_2014 ? owed_2014 : option ? owed_2014 && owed_2018 : owed_2018;
    const bool measures_ok = text_2014 ? ok_2014 : option ? ok_2014 || ok_2018 : ok_2018;
    // The reading decided it when the other reading gives the other answer.
    const bool reading_decisive = interviews != measures_ok;
    const rule_ref* reading_rule = o.reading == penalty_reading::cumulative
                                       ? &abondement_rules::cass_2026_cumulative
                                       : &abondement_rules::centre_inffo_2016_disjunctive;
    const rule_ref* option_rule =
        r.review_date <= d::option_end_2019_861 ? &abondement_rules::ord_2019_861
        : r.review_date <= d::option_end        ? &abondement_rules::ord_2020_1501
                                                : &abondement_rules::covid_tolerance;
    const bool covid_due = d::covid_first_due <= r.due && r.due <= d::option_end;

    // The readings behind the period and the interviews, when they decided something.
    const auto add_readings = [&] {
        if (!interviews)
            f.why.push_back(&abondement_rules::entretiens_prevus);
        if (r.review.end < r.review_date)
            f.why.push_back(&abondement_rules::periode_anciennete);
    };

    if (!owed) {
        f.kind = finding_kind::no_penalty;
        if (option && owed_2018) {
            f.rule = option_rule;
            f.why.push_back(
                &abondement_rules::l6315_1_ii_v3); // the 2014 criteria, as on 2018-12-31
            f.why.push_back(t.criteria);
        } else if (interviews) {
            f.rule = t.criteria; // the interviews were held (and, disjunctive, the measures)
            if (reading_decisive)
                f.why.push_back(reading_rule);
        } else {
            f.rule = reading_rule; // measures met without the interviews: cumulative only
            f.why.push_back(t.criteria);
        }
        f.why.push_back(t.l6323_13);
        add_readings();
        f.why.push_back(th.rule);
        return f;
    }

    f.kind = finding_kind::penalty;
    f.rule = t.l6323_13;
    f.why.push_back(t.criteria);
    add_readings();
    if (text_2014) {
        f.paid_to = payee::opca;
        f.amount = abondement_amount_2014(e);
        f.why.push_back(e.flags.part_time ? &abondement_rules::r6323_3_v1_part_time
                                          : &abondement_rules::r6323_3_v1);
    } else {
        f.paid_to = payee::caisse_des_depots;
        f.amount = abondement_amount;
        if (r.due.year() == date::year{2020} || r.due.year() == date::year{2021}) {
            f.payment_due = d::decret_2021_1916_payment;
            f.why.push_back(&abondement_rules::decret_2021_1916);
        } else {
            if (d::r6323_3_iv_start <= r.review_date)
                f.payment_due = end_of_next_quarter(r.review_date);
            f.why.push_back(t.r6323_3);
        }
    }
    if (reading_decisive)
        f.why.push_back(reading_rule);
    if (option)
        f.why.push_back(option_rule);
    if (covid_due)
        abondement_detail::add_once(f.why, o.covid_tolerance ? &abondement_rules::covid_tolerance
                                                             : &abondement_rules::ord_2020_1501);
    abondement_detail::add_once(f.why, th.rule);
    // If unpaid: after a formal notice, the insufficiency plus 100 % to the Trésor public.
    if (abondement_rules::l6323_13_mise_en_demeure.in_force_on(r.review_date))
        f.why.push_back(&abondement_rules::l6323_13_mise_en_demeure);
    return f;
}

// The Trésor public surcharge when `penalty` was not (fully) paid after a formal notice:
// (owed - paid) + 100 % (L6323-13 al. 3). A paid-up or no-penalty finding gives no_penalty.
constexpr finding mise_en_demeure(const finding& penalty, euros paid) noexcept
{
    finding f{};
    f.review = penalty.review;
    f.date = penalty.date;
    f.about = obligation_kind::abondement_correctif;
    f.rule = &abondement_rules::l6323_13_mise_en_demeure;
    f.why.push_back(penalty.rule);
    const euros unpaid{penalty.amount.cents - paid.cents};
    if (penalty.kind != finding_kind::penalty || unpaid.cents <= 0) {
        f.kind = finding_kind::no_penalty;
        return f;
    }
    f.kind = finding_kind::penalty;
    f.amount = mise_en_demeure_amount(unpaid);
    f.paid_to = payee::tresor_public;
    return f;
}

namespace abondement_rules {

inline constexpr const rule_ref* abondement_all[] = {&host_threshold_answer,
                                                     &css_l130_1,
                                                     &css_l130_1_sixth_year,
                                                     &pacte_grandfathering,
                                                     &headcount_as_given,
                                                     &l6323_13_v1,
                                                     &l6323_13_v2,
                                                     &l6323_13_v3,
                                                     &l6323_13_v4,
                                                     &l6323_13_v5,
                                                     &l6323_13_v6,
                                                     &l6323_13_v7,
                                                     &l6323_13_mise_en_demeure,
                                                     &r6323_3_v1,
                                                     &r6323_3_v1_part_time,
                                                     &r6323_3_v3,
                                                     &r6323_3_v5,
                                                     &r6323_3_v6,
                                                     &r6323_3_v7,
                                                     &l6315_1_ii_v2,
                                                     &l6315_1_ii_v3,
                                                     &l6315_1_ii_v4,
                                                     &l6315_1_ii_v5,
                                                     &l6315_1_ii_v6,
                                                     &l6315_1_ii_v7,
                                                     &cass_2026_cumulative,
                                                     &centre_inffo_2016_disjunctive,
                                                     &ord_2019_861,
                                                     &ord_2020_387,
                                                     &ord_2020_1501,
                                                     &covid_tolerance,
                                                     &decret_2021_1916,
                                                     &entretiens_prevus,
                                                     &tolerance_un_mois,
                                                     &periode_anciennete};

} // namespace abondement_rules

inline constexpr rule_set abondement_set{
    .id = "fr:abondement"_ct,
    .title = {.en = "France: abondement correctif of the CPF (L6323-13, R6323-3)"_ct,
              .fr = "France : abondement correctif du CPF (L6323-13, R6323-3)"_ct,
              .nl = "Frankrijk: correctieve CPF-storting (L6323-13, R6323-3)"_ct},
    .rules = abondement_rules::abondement_all};

} // namespace careertalk::fr
