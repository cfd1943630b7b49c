// careertalk/fr/versions.hpp: the dated French rules of the entretien professionnel (2014-2025)
// and the entretien de parcours professionnel (since 2025-10-26), with their citations.
//
// Article versions and LEGIARTI ids: tests/data/legi/code_du_travail.json
// (docs/fr/readings.md#citations). L6315-1 v5 and v7 are in that snapshot verbatim; v2-v4 and v6
// are read from secondary sources (no LEGI snapshot covers their dates), which each rule's
// `reading` says. Key dates are named here and used everywhere.
#pragma once

#include <careertalk/calendar.hpp>
#include <careertalk/rule.hpp>

namespace careertalk::inline v0::fr {

// First days of the texts that change the rules (docs/fr/readings.md#citations).
inline constexpr year_month_day loi_2014 = date::year{2014} / date::March / 7; // 2014-288
inline constexpr year_month_day l1225_57_2014 = date::year{2014} / date::August / 6;
inline constexpr year_month_day loi_2016 = date::year{2016} / date::August / 10; // 2016-1088
inline constexpr year_month_day loi_2018 = date::year{2019} / date::January / 1; // 2018-771
inline constexpr year_month_day covid_first_due = date::year{2020} / date::January / 1;
inline constexpr year_month_day covid_deadline =
    date::year{2021} / date::June / 30; // ord. 2020-1501
inline constexpr year_month_day covid_tolerance = date::year{2021} / date::September / 30;
inline constexpr year_month_day l4624_2_2_start = date::year{2022} / date::March / 31;
inline constexpr year_month_day loi_2025 = date::year{2025} / date::October / 26;    // 2025-989
inline constexpr year_month_day lfss_2026 = date::year{2025} / date::December / 31;  // art. 99
inline constexpr year_month_day accords_2026 = date::year{2026} / date::October / 1; // art. 3 II

namespace rules {

// --- Periodic interview and information at hire --------------------------------------------

inline constexpr rule_ref information_2014{
    .id = "fr.L6315-1.I.information.v2-v5"_ct,
    .citation = "C. trav., art. L6315-1, I, al. 1 (v2 LEGIARTI000028698019 to v5 "
                "LEGIARTI000038610069)"_ct,
    .in_force = {loi_2014, loi_2025},
    .title = {.en = "Information at hire: an entretien professionnel every two years"_ct,
              .fr = "Information à l'embauche : entretien professionnel tous les deux ans"_ct,
              .nl = "Informatie bij indiensttreding: elke twee jaar een loopbaangesprek"_ct},
    .reading = "Due on the hire date; met only when the host records it."_ct};

inline constexpr rule_ref information_2025{
    .id = "fr.L6315-1.I.information.v6-v7"_ct,
    .citation = "C. trav., art. L6315-1, I, al. 1 (v6 LEGIARTI000052437081, v7 "
                "LEGIARTI000053279288)"_ct,
    .in_force = {loi_2025, open_end},
    .title = {.en = "Information at hire: an entretien de parcours professionnel in the first "
                    "year"_ct,
              .fr = "Information à l'embauche : entretien de parcours professionnel au cours "
                    "de la première année"_ct,
              .nl = "Informatie bij indiensttreding: loopbaangesprek in het eerste jaar"_ct},
    .reading = "Due on the hire date; met only when the host records it."_ct};

inline constexpr rule_ref periodique_2014{
    .id = "fr.L6315-1.I.periodic.v2-v5"_ct,
    .citation = "C. trav., art. L6315-1, I, al. 1 (v2 LEGIARTI000028698019 to v5 "
                "LEGIARTI000038610069)"_ct,
    .in_force = {loi_2014, loi_2025},
    .title = {.en = "Entretien professionnel every two years"_ct,
              .fr = "Entretien professionnel tous les deux ans"_ct,
              .nl = "Loopbaangesprek elke twee jaar"_ct},
    .reading = "Model R (default): 2 years from hire, then from the last interview held "
               "(service-public F32040; docs/fr/readings.md#periodic-clock). Model F: fixed "
               "anniversaries from hire "
               "(CDC FAQ)."_ct};

inline constexpr rule_ref debut_2014{
    .id = "fr.loi-2014-288.art5.present"_ct,
    .citation = "Loi n° 2014-288 du 5 mars 2014, art. 5 (docs/fr/readings.md#present-2014)"_ct,
    .in_force = {loi_2014, open_end},
    .title = {.en = "Employees present on 7 March 2014 start the clocks on that date"_ct,
              .fr = "Salariés présents le 7 mars 2014 : délais courant à compter de cette date"_ct,
              .nl = "Werknemers in dienst op 7 maart 2014: termijnen lopen vanaf die datum"_ct},
    .basis = authority::official,
    .reading = "First interview by 2016-03-07, first état des lieux by 2020-03-07 (Centre "
               "Inffo 4 Mar 2016; ADP 2021)."_ct};

inline constexpr rule_ref premiere_annee_2025{
    .id = "fr.L6315-1.I.first-year.v6-v7"_ct,
    .citation = "C. trav., art. L6315-1, I, al. 1 (v6 LEGIARTI000052437081, v7 "
                "LEGIARTI000053279288)"_ct,
    .in_force = {loi_2025, open_end},
    .title = {.en = "First entretien de parcours professionnel within the first year"_ct,
              .fr = "Premier entretien de parcours professionnel au cours de la première année "
                    "suivant l'embauche"_ct,
              .nl = "Eerste loopbaangesprek binnen het eerste jaar na indiensttreding"_ct},
    .reading = "Deadline hire + 1 year, inclusive (docs/fr/readings.md#first-year)."_ct};

inline constexpr rule_ref periodique_2025{
    .id = "fr.L6315-1.I.periodic.v6-v7"_ct,
    .citation = "C. trav., art. L6315-1, I, al. 2 (v6 LEGIARTI000052437081, v7 "
                "LEGIARTI000053279288)"_ct,
    .in_force = {loi_2025, open_end},
    .title = {.en = "Entretien de parcours professionnel every four years"_ct,
              .fr = "Entretien de parcours professionnel tous les quatre ans"_ct,
              .nl = "Loopbaangesprek elke vier jaar"_ct},
    .reading = "Model R (default): from the last EPP of any kind held (ministry Q-R no. 2: "
               "« à compter du dernier entretien réalisé »)."_ct};

// --- Collective agreements ----------------------------------------------------------------

inline constexpr rule_ref accord_2019{
    .id = "fr.L6315-1.III.periodicity.v4-v5"_ct,
    .citation = "C. trav., art. L6315-1, III (v4 LEGIARTI000037385750, v5 "
                "LEGIARTI000038610069)"_ct,
    .in_force = {loi_2018, loi_2025},
    .title = {.en = "A company or branch agreement may set another periodicity (no cap)"_ct,
              .fr = "Un accord d'entreprise ou de branche peut fixer une autre périodicité"_ct,
              .nl = "Een bedrijfs- of sectorakkoord mag een andere frequentie vaststellen"_ct},
    .reading = "Applies to interviews held from 2019-01-01 (or from the agreement's date); "
               "before 2019 the law's two years apply (docs/fr/readings.md#agreements)."_ct};

inline constexpr rule_ref accord_2025{
    .id = "fr.L6315-1.III.periodicity.v6-v7"_ct,
    .citation = "C. trav., art. L6315-1, III (v6 LEGIARTI000052437081, v7 "
                "LEGIARTI000053279288)"_ct,
    .in_force = {loi_2025, open_end},
    .title = {.en = "An agreement may set another periodicity of at most four years"_ct,
              .fr = "Un accord peut fixer une autre périodicité, sans que celle-ci excède "
                    "quatre ans"_ct,
              .nl = "Een akkoord mag een andere frequentie vaststellen, ten hoogste vier jaar"_ct},
    .reading = "An agreement concluded from 2025-10-26 with more than 48 months makes the "
               "policy not ok()."_ct};

inline constexpr rule_ref accords_anterieurs{
    .id = "fr.loi-2025-989.art3.II"_ct,
    .citation = "Loi n° 2025-989 du 24 octobre 2025, art. 3, II (nota of L6315-1 v7)"_ct,
    .in_force = {loi_2025, open_end},
    .title = {.en = "Pre-reform agreements on periodicity are caught by the new law on "
                    "1 October 2026"_ct,
              .fr = "Les accords antérieurs sur la périodicité relèvent de la loi nouvelle au "
                    "1er octobre 2026"_ct,
              .nl = "Oude akkoorden over de frequentie vallen op 1 oktober 2026 onder de nieuwe "
                    "wet"_ct},
    .reading = "A pre-reform agreement over 4 years keeps its periodicity for deadlines up to "
               "2026-09-30 (ministry Q-R no. 12)."_ct};

inline constexpr rule_ref accord_direct{
    .id = "fr.transition.agreement.direct"_ct,
    .citation =
        "Loi n° 2025-989, art. 3, II; direct reading "
        "(docs/fr/readings.md#agreement-transition-2026)"_ct,
    .in_force = {accords_2026, open_end},
    .title = {.en = "From 1 October 2026: last interview + 4 years (not before 1 October 2026)"_ct,
              .fr = "À compter du 1er octobre 2026 : dernier entretien + 4 ans (au plus tôt le "
                    "1er octobre 2026)"_ct,
              .nl = "Vanaf 1 oktober 2026: laatste gesprek + 4 jaar (niet vóór 1 oktober 2026)"_ct},
    .basis = authority::interpretation,
    .reading = "Compliance-safe default (policy switch long_agreement). A deadline already "
               "past on 2026-10-01 falls due that day, not retroactively."_ct};

inline constexpr rule_ref accord_2222{
    .id = "fr.transition.agreement.art2222"_ct,
    .citation =
        "C. civ., art. 2222, al. 2 (by analogy) (docs/fr/readings.md#agreement-transition-2026)"_ct,
    .in_force = {accords_2026, open_end},
    .title = {.en = "From 1 October 2026: the shorter of 1 October 2026 + 4 years and the "
                    "agreement's deadline"_ct,
              .fr = "À compter du 1er octobre 2026 : le plus tôt de 1er octobre 2026 + 4 ans et "
                    "de l'échéance conventionnelle"_ct,
              .nl = "Vanaf 1 oktober 2026: het vroegste van 1 oktober 2026 + 4 jaar en de "
                    "termijn van het akkoord"_ct},
    .basis = authority::interpretation,
    .reading = "Policy switch long_agreement = art_2222."_ct};

// --- Transition of 2025 --------------------------------------------------------------------

inline constexpr rule_ref transition_2025{
    .id = "fr.transition.2025.art2222"_ct,
    .citation =
        "Ministry Q-R of 12 Feb 2026, no. 2; C. civ., art. 2222 "
        "(docs/fr/readings.md#transition-2025)"_ct,
    .in_force = {loi_2025, open_end},
    .title = {.en = "Deadlines running on 26 October 2025 move to the new lengths"_ct,
              .fr = "Les délais non expirés au 26 octobre 2025 passent aux nouvelles durées"_ct,
              .nl = "Termijnen die op 26 oktober 2025 liepen krijgen de nieuwe duur"_ct},
    .basis = authority::official,
    .reading = "Not expired on 2025-10-26: 2 -> 4 years from the last interview held, 6 -> 8 "
               "years of seniority. Expired ones stay overdue."_ct};

inline constexpr rule_ref premiere_annee_direct{
    .id = "fr.transition.first-year.direct"_ct,
    .citation =
        "L6315-1, I, al. 1 (v6, v7) applied directly (docs/fr/readings.md#first-year-transition)"_ct,
    .in_force = {loi_2025, open_end},
    .title = {.en = "Hired 2024-10-26..2025-10-25: first EPP by hire + 1 year"_ct,
              .fr = "Embauche du 26/10/2024 au 25/10/2025 : premier EPP au plus tard à "
                    "l'embauche + 1 an"_ct,
              .nl = "In dienst 26-10-2024..25-10-2025: eerste gesprek uiterlijk 1 jaar na "
                    "indiensttreding"_ct},
    .basis = authority::interpretation,
    .reading = "Compliance-safe default (switch first_year). Earlier hires keep hire + 2 years: "
               "their first year ended before the law."_ct};

inline constexpr rule_ref premiere_annee_2222{
    .id = "fr.transition.first-year.art2222"_ct,
    .citation =
        "C. civ., art. 2222, al. 2 (by analogy) (docs/fr/readings.md#first-year-transition)"_ct,
    .in_force = {loi_2025, open_end},
    .title = {.en = "Hired before the reform: first EPP by the earlier of 2026-10-26 and hire + "
                    "2 years"_ct,
              .fr = "Embauche avant la réforme : premier EPP au plus tard le 26/10/2026 ou à "
                    "l'embauche + 2 ans si plus tôt"_ct,
              .nl = "In dienst vóór de hervorming: eerste gesprek uiterlijk 26-10-2026 of 2 jaar "
                    "na indiensttreding als dat eerder is"_ct},
    .basis = authority::interpretation,
    .reading = "Policy switch first_year = art_2222."_ct};

inline constexpr rule_ref covid_report{
    .id = "fr.ord-2020-1501.postponement"_ct,
    .citation = "Ord. n° 2020-1501 du 2 décembre 2020 (interviews due 2020-01-01..2021-06-30)"_ct,
    .in_force = {covid_first_due, add_days(covid_deadline, 1)},
    .title = {.en = "Interviews due from 1 Jan 2020 to 30 Jun 2021 postponed to 30 Jun 2021"_ct,
              .fr = "Entretiens dus du 1er janvier 2020 au 30 juin 2021 reportés au 30 juin 2021"_ct,
              .nl = "Gesprekken verschuldigd 1-1-2020..30-6-2021 uitgesteld tot 30-6-2021"_ct},
    .basis = authority::statute};

inline constexpr rule_ref covid_tolerance_2021{
    .id = "fr.loi-2021-689.tolerance"_ct,
    .citation = "Loi n° 2021-689 du 31 mai 2021 and ministry tolerance (états des lieux held by "
                "2021-09-30 without sanction; docs/fr/readings.md#covid)"_ct,
    .in_force = {covid_first_due, add_days(covid_tolerance, 1)},
    .title = {.en = "États des lieux held by 30 Sep 2021: no sanction"_ct,
              .fr =
                  "États des lieux réalisés au plus tard le 30 septembre 2021 : pas de sanction"_ct,
              .nl = "Stand van zaken uiterlijk 30-9-2021: geen sanctie"_ct},
    .basis = authority::official,
    .reading = "The schedule shows an état des lieux due 2020-01-01..2021-06-30 as due "
               "2021-09-30 (postponed_deadline; abondement_options::covid_tolerance off: "
               "2021-06-30). Periodic and return interviews keep 2021-06-30 "
               "(docs/fr/schedule.md#covid)."_ct};

// --- État des lieux -----------------------------------------------------------------------

inline constexpr rule_ref etat_des_lieux_2014{
    .id = "fr.L6315-1.II.review6.v2-v5"_ct,
    .citation = "C. trav., art. L6315-1, II (v2 LEGIARTI000028698019 to v5 "
                "LEGIARTI000038610069)"_ct,
    .in_force = {loi_2014, loi_2025},
    .title = {.en = "État des lieux récapitulatif every six years of seniority"_ct,
              .fr = "État des lieux récapitulatif tous les six ans d'ancienneté"_ct,
              .nl = "Terugblik op de loopbaan elke zes dienstjaren"_ct},
    .reading = "Seniority schedule of its own (hire + 6, 12, ... years); the window opens one "
               "year before the deadline [I]."_ct};

inline constexpr rule_ref etat_des_lieux_2025{
    .id = "fr.L6315-1.II.review8.v6-v7"_ct,
    .citation = "C. trav., art. L6315-1, II (v6 LEGIARTI000052437081, v7 "
                "LEGIARTI000053279288)"_ct,
    .in_force = {loi_2025, open_end},
    .title = {.en = "État des lieux récapitulatif every eight years; the first may be held 7 "
                    "years after the first-year EPP"_ct,
              .fr = "État des lieux récapitulatif tous les huit ans ; le premier peut être "
                    "réalisé sept ans après le premier entretien"_ct,
              .nl = "Terugblik elke acht jaar; de eerste mag 7 jaar na het eerste gesprek"_ct},
    .reading = "Seniority schedule (hire + 8, 16, ... years); the window opens 7 years after "
               "the first-year EPP, otherwise one year before the deadline [I]."_ct};

inline constexpr rule_ref tolerance_9_ans{
    .id = "fr.etat-des-lieux.before-next-year"_ct,
    .citation = "Ministry Q-R of 12 Feb 2026 as reported (Blohorn, Qiiro); IDCC 1527 "
                "KALIARTI000048044190 (docs/fr/readings.md#etat-des-lieux)"_ct,
    .in_force = {loi_2014, open_end},
    .title = {.en = "État des lieux accepted until the day before the next year of seniority"_ct,
              .fr = "État des lieux admis jusqu'à la veille de l'année d'ancienneté suivante"_ct,
              .nl = "Terugblik aanvaard tot de dag vóór het volgende dienstjaar"_ct},
    .basis = authority::official,
    .reading = "Policy switch review = before_next_year: before 9 years, for the 8-year review "
               "only; a 6-year review keeps hire + 6 years (docs/fr/schedule.md#seven-years)."_ct};

inline constexpr rule_ref anciennete_suspensions{
    .id = "fr.seniority.suspensions"_ct,
    .citation = "Ministry Q-R of 12 Feb 2026 as reported (docs/fr/readings.md#etat-des-lieux)"_ct,
    .in_force = {loi_2014, open_end},
    .title = {.en = "Seniority excludes suspensions not assimilated to effective work"_ct,
              .fr = "L'ancienneté exclut les suspensions non assimilées à du travail effectif"_ct,
              .nl = "Anciënniteit zonder schorsingen die niet als arbeid gelden"_ct},
    .basis = authority::official,
    .reading = "Policy switch seniority = excluding_suspensions: présence parentale, "
               "solidarité familiale, sabbatique, unpaid leave push the anniversaries back."_ct};

// --- Return interviews ---------------------------------------------------------------------

inline constexpr rule_ref retour_2014{
    .id = "fr.L6315-1.I.return.v2"_ct,
    .citation = "C. trav., art. L6315-1, I, al. 2 (v2, LEGIARTI000028698019)"_ct,
    .in_force = {loi_2014, loi_2016},
    .title = {.en = "Interview offered on return from a listed absence (congé de soutien "
                    "familial)"_ct,
              .fr = "Entretien proposé à la reprise après une absence listée (congé de soutien "
                    "familial)"_ct,
              .nl = "Gesprek aangeboden bij terugkeer na een genoemde afwezigheid"_ct},
    .reading = "Due on the resumption date; text not in the snapshot "
               "(docs/fr/readings.md#citations)."_ct};

inline constexpr rule_ref retour_2016{
    .id = "fr.L6315-1.I.return.v3"_ct,
    .citation = "C. trav., art. L6315-1, I, al. 2 (v3, LEGIARTI000033022351)"_ct,
    .in_force = {loi_2016, loi_2018},
    .title = {.en = "Interview offered on return from a listed absence (congé de proche aidant)"_ct,
              .fr = "Entretien proposé à la reprise après une absence listée (congé de proche "
                    "aidant)"_ct,
              .nl = "Gesprek aangeboden bij terugkeer na een genoemde afwezigheid"_ct},
    .reading = "Due on the resumption date; text not in the snapshot "
               "(docs/fr/readings.md#citations)."_ct};

inline constexpr rule_ref retour_2019{
    .id = "fr.L6315-1.I.return.v4-v5"_ct,
    .citation = "C. trav., art. L6315-1, I, al. 2 (v4 LEGIARTI000037385750, v5 "
                "LEGIARTI000038610069)"_ct,
    .in_force = {loi_2018, loi_2025},
    .title = {.en = "Interview offered on return; may be held before, at the employee's request"_ct,
              .fr = "Entretien proposé à la reprise ; peut avoir lieu avant, à l'initiative du "
                    "salarié"_ct,
              .nl = "Gesprek bij terugkeer; kan op verzoek van de werknemer eerder"_ct},
    .reading = "Due on the resumption date."_ct};

inline constexpr rule_ref retour_2025{
    .id = "fr.L6315-1.I.return.v6"_ct,
    .citation = "C. trav., art. L6315-1, I, al. 9 (v6, LEGIARTI000052437081)"_ct,
    .in_force = {loi_2025, lfss_2026},
    .title = {.en = "Return EPP unless an EPP was held in the 12 months before the return"_ct,
              .fr = "EPP de reprise, sauf entretien au cours des douze mois précédant la reprise"_ct,
              .nl = "Gesprek bij terugkeer, tenzij er een gesprek was in de 12 maanden ervoor"_ct},
    .reading = "Due on the resumption date; text not in the snapshot "
               "(docs/fr/readings.md#citations)."_ct};

inline constexpr rule_ref retour_2026{
    .id = "fr.L6315-1.I.return.v7"_ct,
    .citation = "C. trav., art. L6315-1, I, al. 9 (v7, LEGIARTI000053279288)"_ct,
    .in_force = {lfss_2026, open_end},
    .title = {.en = "Return EPP (list with the congé supplémentaire de naissance) unless an EPP "
                    "was held in the 12 months before"_ct,
              .fr = "EPP de reprise (liste avec le congé supplémentaire de naissance), sauf "
                    "entretien dans les douze mois"_ct,
              .nl = "Gesprek bij terugkeer (met aanvullend geboorteverlof), tenzij gesprek in de "
                    "12 maanden ervoor"_ct},
    .reading = "Due on the resumption date."_ct};

inline constexpr rule_ref exemption_12_mois{
    .id = "fr.L6315-1.I.return.12-months"_ct,
    .citation = "C. trav., art. L6315-1, I, al. 9 (v6 LEGIARTI000052437081, v7 "
                "LEGIARTI000053279288)"_ct,
    .in_force = {loi_2025, open_end},
    .title = {.en = "Not required: an EPP was held in the 12 months before the return"_ct,
              .fr = "Non requis : un entretien a eu lieu au cours des douze mois précédant la "
                    "reprise"_ct,
              .nl = "Niet vereist: gesprek in de 12 maanden vóór terugkeer"_ct},
    .reading = "An EPP dated in [R - 12 months, start of the absence) "
               "(docs/fr/readings.md#return-interviews); "
               "one held during the absence is the return interview held early."_ct};

inline constexpr rule_ref arret_longue_maladie{
    .id = "fr.CSS.L324-1.R324-1"_ct,
    .citation = "CSS, art. L324-1 and R324-1 (« supérieurs à six mois »)"_ct,
    .in_force = {loi_2014, open_end},
    .title = {.en = "Long illness: ALD or a sick leave of more than six months"_ct,
              .fr = "Arrêt longue maladie : ALD ou arrêt de plus de six mois"_ct,
              .nl = "Langdurige ziekte: ALD of ziekteverlof van meer dan zes maanden"_ct},
    .reading = "An arret_maladie whose resumption is after start + 6 months counts."_ct};

inline constexpr rule_ref l1225_27{
    .id = "fr.L1225-27"_ct,
    .citation = "C. trav., art. L1225-27 (v2, LEGIARTI000028698012)"_ct,
    .in_force = {loi_2014, open_end},
    .title = {.en = "Right to the interview on return from maternity leave"_ct,
              .fr = "Droit à l'entretien au retour du congé de maternité"_ct,
              .nl = "Recht op het gesprek na zwangerschapsverlof"_ct}};

inline constexpr rule_ref l1225_46_1{
    .id = "fr.L1225-46-1"_ct,
    .citation = "C. trav., art. L1225-46-1 (v1, LEGIARTI000028688308)"_ct,
    .in_force = {loi_2014, open_end},
    .title = {.en = "Right to the interview on return from adoption leave"_ct,
              .fr = "Droit à l'entretien au retour du congé d'adoption"_ct,
              .nl = "Recht op het gesprek na adoptieverlof"_ct}};

inline constexpr rule_ref l1225_46_7{
    .id = "fr.L1225-46-7"_ct,
    .citation = "C. trav., art. L1225-46-7 (LEGIARTI000053271706)"_ct,
    .in_force = {lfss_2026, open_end},
    .title = {.en = "Interview after the congé supplémentaire de naissance, unless held after "
                    "maternity or adoption leave"_ct,
              .fr = "Entretien à l'issue du congé supplémentaire de naissance, s'il n'a pas déjà "
                    "eu lieu"_ct,
              .nl = "Gesprek na aanvullend geboorteverlof, tenzij al gehouden"_ct}};

inline constexpr rule_ref l1225_57{
    .id = "fr.L1225-57"_ct,
    .citation = "C. trav., art. L1225-57 (v2 LEGIARTI000028697999, v3 LEGIARTI000029336723)"_ct,
    .in_force = {loi_2014, open_end},
    .title = {.en = "Return from parental leave: organise the return, training, effect on pay "
                    "and career"_ct,
              .fr = "Retour de congé parental : organisation du retour, formation, "
                    "conséquences sur la rémunération et la carrière"_ct,
              .nl = "Terugkeer na ouderschapsverlof: terugkeer, opleiding, gevolgen voor loon en "
                    "loopbaan"_ct},
    .reading = "May be held before the end of the leave at the employee's request since 2014."_ct};

inline constexpr rule_ref l1222_14{
    .id = "fr.L1222-14"_ct,
    .citation = "C. trav., art. L1222-14 (v2, LEGIARTI000028698016)"_ct,
    .in_force = {loi_2014, open_end},
    .title = {.en = "Right to the interview on return from mobilité volontaire sécurisée"_ct,
              .fr = "Droit à l'entretien au retour de la mobilité volontaire sécurisée"_ct,
              .nl = "Recht op het gesprek na vrijwillige mobiliteit"_ct}};

inline constexpr rule_ref l3142_31{
    .id = "fr.L3142-31"_ct,
    .citation = "C. trav., art. L3142-31 (v4, LEGIARTI000033022109)"_ct,
    .in_force = {loi_2016, open_end},
    .title = {.en = "Right to the interview at the end of a sabbatical"_ct,
              .fr = "Droit à l'entretien à l'issue du congé sabbatique"_ct,
              .nl = "Recht op het gesprek na sabbatsverlof"_ct}};

inline constexpr rule_ref l3142_11{
    .id = "fr.L3142-11"_ct,
    .citation = "C. trav., art. L3142-11 (v2, LEGIARTI000033021988)"_ct,
    .in_force = {loi_2016, open_end},
    .title = {.en = "Interview before and after the congé de solidarité familiale"_ct,
              .fr = "Entretien avant et après le congé de solidarité familiale"_ct,
              .nl = "Gesprek vóór en na verlof voor familiale solidariteit"_ct},
    .reading = "Outside the L6315-1 list: no 12-month exemption. The 'before' interview is due "
               "the day before the leave, window of 3 months [I]."_ct};

inline constexpr rule_ref l3142_23{
    .id = "fr.L3142-23"_ct,
    .citation = "C. trav., art. L3142-23 (v4, LEGIARTI000033022043)"_ct,
    .in_force = {loi_2016, open_end},
    .title = {.en = "Interview before and after the congé de proche aidant"_ct,
              .fr = "Entretien avant et après le congé de proche aidant"_ct,
              .nl = "Gesprek vóór en na mantelzorgverlof"_ct},
    .reading = "The 'before' interview is due the day before the leave, window of 3 months [I]."_ct};

inline constexpr rule_ref l2141_5{
    .id = "fr.L2141-5"_ct,
    .citation = "C. trav., art. L2141-5 (v3 LEGIARTI000031085258, v4 LEGIARTI000035653309)"_ct,
    .in_force = {date::year{2015} / date::August / 19, open_end},
    .title = {.en = "End of mandate: census of the competences acquired during the mandate"_ct,
              .fr = "Fin de mandat : recensement des compétences acquises au cours du mandat"_ct,
              .nl = "Einde mandaat: inventaris van de verworven competenties"_ct},
    .reading = "Census for every holder in companies of 2,000 or more; below, only with "
               "delegation hours of at least 30 % of working time."_ct};

inline constexpr rule_ref l6315_2{
    .id = "fr.L6315-2"_ct,
    .citation = "C. trav., art. L6315-2 (v3 LEGIARTI000041412011, v4 LEGIARTI000053152504) "
                "(docs/fr/readings.md#l6315-2)"_ct,
    .in_force = {date::year{2019} / date::December / 29, open_end},
    .title = {.en = "Local elected official: an interview at the start of the mandate, at the "
                    "employee's request; it does not replace the entretien professionnel"_ct,
              .fr =
                  "Élu local : entretien individuel au début du mandat, à la demande du salarié ; "
                  "il ne se substitue pas à l'entretien professionnel"_ct,
              .nl = "Lokaal gekozene: gesprek bij het begin van het mandaat, op verzoek van de "
                    "werknemer; vervangt het loopbaangesprek niet"_ct},
    .reading = "On request only (from 2025-12-24 also at most once a calendar year): the library "
               "schedules nothing."_ct};

// --- Mid-career and pre-60 (2025) ----------------------------------------------------------

inline constexpr rule_ref visite_mi_carriere{
    .id = "fr.L4624-2-2"_ct,
    .citation = "C. trav., art. L4624-2-2 (LEGIARTI000043894141)"_ct,
    .in_force = {l4624_2_2_start, open_end},
    .title = {.en = "Mid-career medical visit in the calendar year of the 45th birthday"_ct,
              .fr = "Visite médicale de mi-carrière durant l'année civile du 45e anniversaire"_ct,
              .nl = "Medisch onderzoek halverwege de loopbaan in het kalenderjaar van de 45e "
                    "verjaardag"_ct},
    .reading = "Default échéance without a branch agreement; may be brought forward (from 43)."_ct};

inline constexpr rule_ref mi_carriere{
    .id = "fr.L6315-1.IV"_ct,
    .citation = "C. trav., art. L6315-1, IV (v6 LEGIARTI000052437081, v7 "
                "LEGIARTI000053279288)"_ct,
    .in_force = {loi_2025, open_end},
    .title = {.en = "Mid-career EPP within two months of the mid-career medical visit"_ct,
              .fr = "EPP dans un délai de deux mois à compter de la visite de mi-carrière"_ct,
              .nl = "Loopbaangesprek binnen twee maanden na het medisch onderzoek"_ct},
    .reading = "Visit date + 2 months, clamped; visits before 2025-10-26 trigger nothing."_ct};

inline constexpr rule_ref fin_carriere{
    .id = "fr.L6315-1.V"_ct,
    .citation = "C. trav., art. L6315-1, V (v6 LEGIARTI000052437081, v7 "
                "LEGIARTI000053279288)"_ct,
    .in_force = {loi_2025, open_end},
    .title = {.en = "First EPP in the two years before the 60th birthday: end-of-career items"_ct,
              .fr = "Premier EPP dans les deux années précédant le 60e anniversaire : fin de "
                    "carrière"_ct,
              .nl = "Eerste gesprek in de twee jaar vóór de 60e verjaardag: einde loopbaan"_ct},
    .reading = "Window [birth + 58 years, birth + 60 years)."_ct};

inline constexpr rule_ref fin_carriere_administrative{
    .id = "fr.L6315-1.V.administrative"_ct,
    .citation = "Ministry Q-R of 12 Feb 2026, no. 11; OPCO EP (docs/fr/readings.md#pre-60)"_ct,
    .in_force = {loi_2025, open_end},
    .title = {.en = "When no EPP falls due in the window, one is owed before the 60th birthday"_ct,
              .fr = "Si aucun EPP n'est dû dans la fenêtre, un entretien est dû avant le 60e "
                    "anniversaire"_ct,
              .nl = "Als er geen gesprek in het venster valt, is er een vóór de 60e verjaardag"_ct},
    .basis = authority::official,
    .reading = "Compliance-safe default (switch pre60 = administrative); literal mode: V only "
               "adds content."_ct};

// --- Advisories ----------------------------------------------------------------------------

inline constexpr rule_ref contrat_court{
    .id = "fr.short-contract"_ct,
    .citation =
        "OPCO EP, « Faut-il réaliser des entretiens pour les CDD ? » "
        "(docs/fr/readings.md#short-contracts)"_ct,
    .in_force = {loi_2014, open_end},
    .title = {.en = "The contract ends before the deadline: no breach; hold it before the end"_ct,
              .fr = "Le contrat prend fin avant l'échéance : pas de manquement ; le tenir avant "
                    "la fin"_ct,
              .nl = "Het contract eindigt vóór de termijn: geen tekortkoming; vóór het einde "
                    "houden"_ct},
    .basis = authority::official};

// --- Library readings of the schedule (docs/fr/schedule.md) --------------------------------

inline constexpr rule_ref fin_emploi{
    .id = "fr.employment-ended"_ct,
    .citation = "Library reading: the interview is owed to an employee, not after the "
                "employment ends (docs/fr/readings.md#short-contracts)"_ct,
    .in_force = {loi_2014, open_end},
    .title = {.en = "Employment ends before the deadline: nothing is owed after it"_ct,
              .fr = "L'emploi prend fin avant l'échéance : rien n'est dû après"_ct,
              .nl = "Het dienstverband eindigt vóór de termijn: daarna is niets verschuldigd"_ct},
    .basis = authority::interpretation,
    .reading = "A permanent contract's end (resignation, dismissal, retirement): no breach and "
               "no advice to hold it before the end, which OPCO EP gives for fixed terms."_ct};

inline constexpr rule_ref retour_delai{
    .id = "fr.return.deadline-default"_ct,
    .citation = "Library default: no text sets a delay after the return (L6315-1 I: « à "
                "l'issue »; L2141-5) (docs/fr/schedule.md#return-deadline)"_ct,
    .in_force = {loi_2014, open_end},
    .title = {.en = "Return and end-of-mandate interviews: held within 2 months of the return "
                    "(library default)"_ct,
              .fr = "Entretiens de reprise et de fin de mandat : dans les 2 mois de la reprise "
                    "(choix de la bibliothèque)"_ct,
              .nl = "Terugkeer- en einde-mandaatgesprek: binnen 2 maanden na terugkeer "
                    "(standaard van de bibliotheek)"_ct},
    .basis = authority::interpretation,
    .reading = "Policy parameter law_policy::return_within_months (default 2). Past it the interview "
               "is advisory, never overdue; a branch agreement that sets a delay (IDCC 1501: 30 "
               "days) replaces it with its own basis."_ct};

inline constexpr rule_ref retour_anticipe{
    .id = "fr.return.early-at-request"_ct,
    .citation = R"(C. trav., art. L6315-1, I (v2 LEGIARTI000028698019 to v7 )"
                R"(LEGIARTI000053279288; "à l'issue" of the absence until v3, and from v4, )"
                R"(LEGIARTI000037385750, 2019-01-01: "à l'initiative du salarié, à une date )"
                R"(antérieure à la reprise de poste"); )"
                R"(L1225-57 (LEGIARTI000029336723, parental leave) )"
                R"((docs/fr/schedule.md#early-return-interview))"_ct,
    .in_force = {l1225_57_2014, open_end},
    .title = {.en = "A return interview held before the return counts only at the employee's "
                    "request, shortly before the return"_ct,
              .fr = "Un entretien de reprise tenu avant la reprise ne compte qu'à l'initiative du "
                    "salarié, peu avant la reprise"_ct,
              .nl = "Een terugkeergesprek vóór de terugkeer telt alleen op verzoek van de "
                    "werknemer, kort vóór de terugkeer"_ct},
    .basis = authority::interpretation,
    .reading = "An interview held during the absence or mandate is not the one owed at its end, "
               "unless recorded at the employee's request (interview::at_employee_request) "
               "within law_policy::early_return_months (default 2) before the return."_ct};

inline constexpr rule_ref absent_au_retour{
    .id = "fr.absent.due-at-return"_ct,
    .citation = "Library reading: an interview is held with the employee at work "
                "(docs/fr/schedule.md#absent-employees)"_ct,
    .in_force = {loi_2014, open_end},
    .title = {.en = "Employee on a listed absence: the interview is due at the return"_ct,
              .fr = "Salarié en absence listée : l'entretien est dû à la reprise"_ct,
              .nl = "Werknemer op een genoemde afwezigheid: het gesprek is verschuldigd bij "
                    "terugkeer"_ct},
    .basis = authority::interpretation,
    .reading = "An interview falling due while the employee is away on a listed absence "
               "(L6315-1 I, L3142-11) is due on the resumption date, or keeps its date when the "
               "end is unknown; advisory, never overdue, once past."_ct};

} // namespace rules
} // namespace careertalk::fr
