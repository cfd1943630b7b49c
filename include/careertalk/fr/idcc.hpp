// careertalk/fr/idcc.hpp: French branch agreements (conventions collectives, by IDCC) with
// their own interview rules, as ready fr::accord presets: see docs/fr/readings.md#idcc
// (kali-data 3.449.0).
//
//   const fr::accord* a = fr::find_agreement(company.idcc.value());   // or "idcc-1527"
//   if (a) auto ev = careertalk::evaluate(*a, employee, company, as_of);
//
// Each clause cites its IDCC, article, KALIARTI id and extension order. in_force.begin is the
// clause's date in force where the research read it, else the extension order's date (from
// which the clause binds every employer of the branch; members of the signatory organisations
// may be bound earlier): each rule's `reading` says which.
#pragma once

#include <careertalk/fr/agreements.hpp>

#include <array>
#include <cstdint>
#include <string_view>

namespace careertalk::inline v0::fr {

namespace idcc_rules {

constexpr year_month_day ymd(int y, unsigned m, unsigned d) noexcept {
    return date::year{y} / date::month{m} / date::day{d};
}

// --- P1: IDCC 3043, propreté et services associés -------------------------------------------

inline constexpr rule_ref proprete_periodicite{
    .id = "fr.idcc-3043.5.4.2.2"_ct,
    .citation = "CCN propreté et services associés (IDCC 3043), art. 5.4.2.2 "
                "(KALIARTI000044244054), avenant n° 19 du 26 mai 2021 (KALIARTI000044160440), "
                "étendu par arrêté du 27 décembre 2021"_ct,
    .in_force = {ymd(2021, 6, 25), open_end},
    .title = {.en = "Propreté: an entretien professionnel at least every 3 years"_ct,
              .fr = "Propreté : entretien professionnel à minima une fois tous les 3 ans"_ct,
              .nl = "Schoonmaak: loopbaangesprek minstens eens per 3 jaar"_ct},
    .basis = authority::agreement,
    .reading = "36 months from the last interview held. In force 2021-06-25. The clause's "
               "transitional '2 interviews per 6 years until 2021-12-31' is not encoded."_ct};

inline constexpr rule_ref proprete_transfert{
    .id = "fr.idcc-3043.5.4.2.3"_ct,
    .citation = "CCN propreté et services associés (IDCC 3043), art. 5.4.2.3, avenant n° 19 du "
                "26 mai 2021, étendu par arrêté du 27 décembre 2021"_ct,
    .in_force = {ymd(2021, 6, 25), open_end},
    .title = {.en = "Propreté: interview within 9 months of a transfer between contractors"_ct,
              .fr = "Propreté : entretien dans un délai de 9 mois au plus tard à compter du "
                    "transfert"_ct,
              .nl = "Schoonmaak: gesprek binnen 9 maanden na overgang naar een nieuwe "
                    "opdrachtnemer"_ct},
    .basis = authority::agreement,
    .reading = "Transfer date (e.transfers) + 9 months, clamped."_ct};

// --- P2: IDCC 1527, immobilier --------------------------------------------------------------

inline constexpr rule_ref immobilier_periodicite{
    .id = "fr.idcc-1527.4.5"_ct,
    .citation = "CCN de l'immobilier (IDCC 1527), avenant n° 99 du 19 juin 2023, art. 4.5 "
                "(KALIARTI000048044190), étendu par arrêté du 8 décembre 2023"_ct,
    .in_force = {ymd(2023, 12, 8), open_end},
    .title = {.en = "Immobilier: every 3 calendar years below 50 employees, every 2 from 50"_ct,
              .fr = "Immobilier : tous les trois ans (moins de 50 salariés), tous les deux ans "
                    "(50 et plus)"_ct,
              .nl = "Vastgoed: elke 3 kalenderjaren onder 50 werknemers, elke 2 vanaf 50"_ct},
    .basis = authority::agreement,
    .reading = "Counted in calendar years (the clause's examples: hired 2023-01-01, an "
               "interview during 2026, or during 2025 and 2027): by 31 December. Exactly 50 "
               "is read as 50 or more [I]; unknown headcount: the 2 years. Start: extension "
               "order's date."_ct};

inline constexpr rule_ref immobilier_demande{
    .id = "fr.idcc-1527.4.5.request"_ct,
    .citation = "CCN de l'immobilier (IDCC 1527), avenant n° 99 du 19 juin 2023, art. 4.5 "
                "(KALIARTI000048044190)"_ct,
    .in_force = {ymd(2023, 12, 8), open_end},
    .title = {.en = "Immobilier: on request, an interview offered within three weeks"_ct,
              .fr = "Immobilier : à la demande du salarié, entretien proposé dans les trois "
                    "semaines"_ct,
              .nl = "Vastgoed: op verzoek een gesprek aangeboden binnen drie weken"_ct},
    .basis = authority::agreement,
    .reading = "Request date + 21 days."_ct};

inline constexpr rule_ref immobilier_bilan{
    .id = "fr.idcc-1527.4.5.review"_ct,
    .citation = "CCN de l'immobilier (IDCC 1527), avenant n° 99 du 19 juin 2023, art. 4.5 "
                "(KALIARTI000048044190)"_ct,
    .in_force = {ymd(2023, 12, 8), open_end},
    .title = {.en = "Immobilier: a combined interview and review every six years"_ct,
              .fr = "Immobilier : tous les six ans, un entretien unique regroupant l'entretien "
                    "professionnel et l'entretien de bilan"_ct,
              .nl = "Vastgoed: elke zes jaar een gecombineerd gesprek en terugblik"_ct},
    .basis = authority::agreement,
    .reading = "During the calendar year of the 6th anniversary and before 7 years of "
               "seniority (hired 2023-01-01: during 2029). Conventional from 2025-10-26."_ct};

// --- P3: IDCC 2216, commerce de détail et de gros à prédominance alimentaire ----------------

inline constexpr rule_ref alimentaire_quota{
    .id = "fr.idcc-2216.12.3.1.2b"_ct,
    .citation = "CCN commerce de détail et de gros à prédominance alimentaire (IDCC 2216), art. "
                "12.3.1.2 b (KALIARTI000046477409), from avenant n° 79 du 16 octobre 2019, art. "
                "2 (KALIARTI000041764036), étendu par arrêté du 5 février 2021"_ct,
    .in_force = {ymd(2021, 2, 5), open_end},
    .title = {.en = "Commerce alimentaire: at least three interviews per 6 years, 6 months apart"_ct,
              .fr = "Commerce à prédominance alimentaire : au moins trois entretiens par période "
                    "de 6 années, espacés d'au moins 6 mois"_ct,
              .nl = "Levensmiddelenhandel: minstens drie gesprekken per 6 jaar, 6 maanden uit "
                    "elkaar"_ct},
    .basis = authority::agreement,
    .reading = "Frames of 6 years from hire [I]; the next interview is due by the last day that "
               "leaves room for the rest 6 months apart. A suspension (every recorded absence; "
               "paid leave is not one) pushes the frame's end back by its days. The work-study "
               "start (frames from the CDI) is not encoded. Start: extension order."_ct};

inline constexpr rule_ref alimentaire_demande{
    .id = "fr.idcc-2216.12.3.1.2b.request"_ct,
    .citation = "CCN commerce de détail et de gros à prédominance alimentaire (IDCC 2216), art. "
                "12.3.1.2 b (KALIARTI000046477409)"_ct,
    .in_force = {ymd(2021, 2, 5), open_end},
    .title = {.en = "Commerce alimentaire: an interview by right on request after 24 months "
                    "without one"_ct,
              .fr = "Commerce à prédominance alimentaire : entretien de droit à la demande du "
                    "salarié sans entretien depuis plus de 24 mois"_ct,
              .nl = "Levensmiddelenhandel: gesprek op verzoek na 24 maanden zonder gesprek"_ct},
    .basis = authority::agreement,
    .reading = "No delay in the text: an entitlement finding."_ct};

// --- P4: IDCC 1505, commerce de détail alimentaire non spécialisé ---------------------------

inline constexpr rule_ref detail_periodicite{
    .id = "fr.idcc-1505.21.3"_ct,
    .citation = "Accord du 19 avril 2021 (IDCC 1505, commerce de détail alimentaire non "
                "spécialisé), art. 21.3 (KALIARTI000044065790), étendu par arrêté du 17 "
                "décembre 2021"_ct,
    .in_force = {ymd(2021, 12, 17), open_end},
    .title = {.en = "Alimentaire non spécialisé: every 2 years, within 2 months of the "
                    "anniversary; three per 6 years"_ct,
              .fr = "Alimentaire non spécialisé : tous les 2 ans, au plus tard 2 mois après la "
                    "date anniversaire ; trois par période de 6 années"_ct,
              .nl = "Niet-gespecialiseerde levensmiddelen: elke 2 jaar, uiterlijk 2 maanden na "
                    "de verjaardag; drie per 6 jaar"_ct},
    .basis = authority::agreement,
    .reading = "Previous interview + 2 years + 2 months (from hire: + 2 years); frames of 6 "
               "years from hire [I]. Start: extension order."_ct};

inline constexpr rule_ref detail_demande{
    .id = "fr.idcc-1505.21.3.request"_ct,
    .citation = "Accord du 19 avril 2021 (IDCC 1505), art. 21.3 (KALIARTI000044065790)"_ct,
    .in_force = {ymd(2021, 12, 17), open_end},
    .title = {.en = "Alimentaire non spécialisé: an interview by right on request, unless one "
                    "in the 6 months before"_ct,
              .fr = "Alimentaire non spécialisé : entretien de droit sur demande, sauf entretien "
                    "dans les 6 mois précédents"_ct,
              .nl = "Niet-gespecialiseerde levensmiddelen: gesprek op verzoek, tenzij in de 6 "
                    "maanden ervoor"_ct},
    .basis = authority::agreement,
    .reading = "No delay in the text: an entitlement finding."_ct};

// --- P5: IDCC 1090, services de l'automobile ------------------------------------------------

inline constexpr rule_ref automobile_periodicite{
    .id = "fr.idcc-1090.1.21.d.1"_ct,
    .citation = "CCN des services de l'automobile (IDCC 1090), art. 1.21 d 1 "
                "(KALIARTI000038237456), étendu par arrêté du 31 janvier 2020"_ct,
    .in_force = {ymd(2020, 1, 31), open_end},
    .title = {.en = "Services de l'automobile: within a year of hire, then every 24 months "
                    "worked"_ct,
              .fr = "Services de l'automobile : dans l'année suivant l'embauche, puis tous les "
                    "24 mois complètement ou partiellement travaillés"_ct,
              .nl = "Autobranche: binnen een jaar na indiensttreding, daarna elke 24 gewerkte "
                    "maanden"_ct},
    .basis = authority::agreement,
    .reading = "Each later calendar month without a day worked (covered by one recorded "
               "absence) adds a month [I]. Start: extension order's date."_ct};

inline constexpr rule_ref automobile_evenements{
    .id = "fr.idcc-1090.1.21.d.1.events"_ct,
    .citation = "CCN des services de l'automobile (IDCC 1090), art. 1.21 d 1 "
                "(KALIARTI000038237456), 1°, 2° and 4°"_ct,
    .in_force = {ymd(2020, 1, 31), open_end},
    .title = {.en = "Services de l'automobile: after a certification, before a change of "
                    "function, within 3 months of a failed exam"_ct,
              .fr = "Services de l'automobile : après une certification, préalablement à un "
                    "changement de fonctions, dans les 3 mois d'un échec à l'examen"_ct,
              .nl = "Autobranche: na een certificering, vóór een functiewijziging, binnen 3 "
                    "maanden na een gezakt examen"_ct},
    .basis = authority::agreement,
    .reading = "No delay for 1° and 2°: due on the event's date, like the law's « à l'issue » "
               "[I]. 4°: the outcome's date is the day the employer learned the result."_ct};

// --- P6: IDCC 1351, prévention et sécurité --------------------------------------------------

inline constexpr rule_ref securite_quota{
    .id = "fr.idcc-1351.accord-2019.1"_ct,
    .citation = "Accord du 18 décembre 2019 relatif aux entretiens professionnels (IDCC 1351, "
                "prévention et sécurité), art. 1er (KALIARTI000042191939), étendu par arrêté "
                "du 18 septembre 2020"_ct,
    .in_force = {ymd(2020, 9, 18), open_end},
    .title = {.en = "Prévention et sécurité: two interviews per 6 years, one in each half"_ct,
              .fr = "Prévention et sécurité : deux entretiens dans la période de 6 ans, un dans "
                    "chaque période de 3 ans"_ct,
              .nl = "Beveiliging: twee gesprekken per 6 jaar, één in elke helft"_ct},
    .basis = authority::agreement,
    .reading = "Periods of 3 years from hire, one interview in each; the second of each 6 "
               "years is the état des lieux. Gaps up to 6 years: capped from 2026-10-01. "
               "Start: extension order."_ct};

inline constexpr rule_ref securite_demande{
    .id = "fr.idcc-1351.accord-2019.1.request"_ct,
    .citation = "Accord du 18 décembre 2019 (IDCC 1351), art. 1er (KALIARTI000042191939)"_ct,
    .in_force = {ymd(2020, 9, 18), open_end},
    .title = {.en = "Prévention et sécurité: an extra interview at the employee's request"_ct,
              .fr = "Prévention et sécurité : entretien supplémentaire à la demande du salarié"_ct,
              .nl = "Beveiliging: extra gesprek op verzoek van de werknemer"_ct},
    .basis = authority::agreement,
    .reading = "No delay in the text: an entitlement finding."_ct};

inline constexpr rule_ref securite_transfert{
    .id = "fr.idcc-1351.accord-2019.4"_ct,
    .citation = "Accord du 18 décembre 2019 (IDCC 1351), art. 4 (KALIARTI000042191944)"_ct,
    .in_force = {ymd(2020, 9, 18), open_end},
    .title = {.en = "Prévention et sécurité: after a change of contractor, an interview before "
                    "the end of the running cycle"_ct,
              .fr = "Prévention et sécurité : changement de prestataire, un entretien avant la "
                    "fin du cycle en cours"_ct,
              .nl = "Beveiliging: na wisseling van opdrachtnemer een gesprek vóór het einde van "
                    "de lopende cyclus"_ct},
    .basis = authority::agreement,
    .reading = "The running 6-year cycle from hire (seniority kept); due its last day."_ct};

inline constexpr rule_ref securite_bilan{
    .id = "fr.idcc-1351.accord-2019.1.review"_ct,
    .citation = "Accord du 18 décembre 2019 (IDCC 1351), art. 1er (KALIARTI000042191939)"_ct,
    .in_force = {ymd(2020, 9, 18), open_end},
    .title = {.en = "Prévention et sécurité: the second interview of each 6 years is the état "
                    "des lieux"_ct,
              .fr = "Prévention et sécurité : le second entretien de la période de 6 ans traite "
                    "de l'état des lieux récapitulatif"_ct,
              .nl = "Beveiliging: het tweede gesprek van elke 6 jaar is de terugblik"_ct},
    .basis = authority::agreement,
    .reading = "Hire + 6, 12, ... years; conventional from 2025-10-26."_ct};

// --- P7: IDCC 573, commerces de gros --------------------------------------------------------

inline constexpr rule_ref gros_quota{
    .id = "fr.idcc-573.accord-2023.16"_ct,
    .citation = "Accord du 24 janvier 2023 (IDCC 573, commerces de gros), art. 16 "
                "(KALIARTI000047537278), étendu par arrêté du 22 septembre 2023"_ct,
    .in_force = {ymd(2023, 9, 22), open_end},
    .title = {.en = "Commerces de gros: three interviews per statutory cycle, one the état des "
                    "lieux"_ct,
              .fr = "Commerces de gros : trois entretiens par période légale, dont l'état des "
                    "lieux"_ct,
              .nl = "Groothandel: drie gesprekken per wettelijke cyclus, waarvan één de "
                    "terugblik"_ct},
    .basis = authority::agreement,
    .reading = "The statutory cycle (6 years, 8 once the 2025 law reaches it) from hire; no "
               "spacing: each one due by the cycle's last day [I]. Start: extension order."_ct};

inline constexpr rule_ref gros_demande{
    .id = "fr.idcc-573.accord-2023.16.request"_ct,
    .citation = "Accord du 24 janvier 2023 (IDCC 573), art. 16 (KALIARTI000047537278)"_ct,
    .in_force = {ymd(2023, 9, 22), open_end},
    .title = {.en = "Commerces de gros: a yearly interview on written request for disabled or "
                    "threatened employees"_ct,
              .fr = "Commerces de gros : entretien tous les ans sur demande écrite (handicap, "
                    "salariés menacés par les évolutions)"_ct,
              .nl = "Groothandel: jaarlijks gesprek op schriftelijk verzoek voor kwetsbare "
                    "werknemers"_ct},
    .basis = authority::agreement,
    .reading = "employee_flags::flagged_group; refused when one was held in the 12 months "
               "before [I]; no delay: an entitlement finding."_ct};

// --- P8: IDCC 2264, hospitalisation privée --------------------------------------------------

inline constexpr rule_ref hospitalisation_quota{
    .id = "fr.idcc-2264.accord-2025.9.1"_ct,
    .citation = "Accord du 3 juillet 2025 relatif à la formation professionnelle (IDCC 2264, "
                "hospitalisation privée), art. 9.1 (KALIARTI000052299734), étendu par arrêté du "
                "8 janvier 2026"_ct,
    .in_force = {ymd(2026, 1, 8), open_end},
    .title = {.en = "Hospitalisation privée: two interviews in 6 years besides the review; "
                    "every two years if asked in the first year"_ct,
              .fr = "Hospitalisation privée : deux entretiens dans une période de 6 ans, outre "
                    "le bilan ; tous les deux ans sur demande la première année"_ct,
              .nl = "Private ziekenhuizen: twee gesprekken per 6 jaar naast de terugblik; elke "
                    "twee jaar op verzoek in het eerste jaar"_ct},
    .basis = authority::agreement,
    .reading = "Frames of 6 years from hire [I]. Art. 9.3 (legislative change prevails) is "
               "read as the 4-year cap from 2026-10-01 and the statutory 8 years. Start: "
               "extension order."_ct};

inline constexpr rule_ref hospitalisation_bilan{
    .id = "fr.idcc-2264.accord-2025.9.1.review"_ct,
    .citation = "Accord du 3 juillet 2025 (IDCC 2264), art. 9.1 (KALIARTI000052299734)"_ct,
    .in_force = {ymd(2026, 1, 8), open_end},
    .title = {.en = "Hospitalisation privée: a review interview at the end of the 6th year"_ct,
              .fr = "Hospitalisation privée : entretien bilan à l'issue de la 6e année"_ct,
              .nl = "Private ziekenhuizen: terugblik aan het einde van het 6e jaar"_ct},
    .basis = authority::agreement,
    .reading = "Hire + 6, 12, ... years; conventional beside the statutory 8 years."_ct};

// --- P9: IDCC 1518, ÉCLAT (animation) -------------------------------------------------------

inline constexpr rule_ref eclat_periodicite{
    .id = "fr.idcc-1518.7.5.4.2"_ct,
    .citation = "CCN ÉCLAT (IDCC 1518), art. 7.5.4.2 (KALIARTI000052462453), avenant n° 209 du "
                "9 juillet 2025, art. 9.2 (KALIARTI000052447664), étendu par arrêté du 26 mars "
                "2026"_ct,
    .in_force = {ymd(2026, 1, 1), open_end},
    .title = {.en = "ÉCLAT: an entretien professionnel every two years"_ct,
              .fr = "ÉCLAT : entretien professionnel tous les deux ans"_ct,
              .nl = "ÉCLAT: loopbaangesprek elke twee jaar"_ct},
    .basis = authority::agreement,
    .reading = "24 months from the last interview held. In force 2026-01-01."_ct};

inline constexpr rule_ref eclat_convocation{
    .id = "fr.idcc-1518.7.5.4.2.notice"_ct,
    .citation = "CCN ÉCLAT (IDCC 1518), art. 7.5.4.2 (KALIARTI000052462453)"_ct,
    .in_force = {ymd(2026, 1, 1), open_end},
    .title = {.en = "ÉCLAT: tell the employee the date and object at least 15 days before"_ct,
              .fr = "ÉCLAT : salarié prévenu de l'objet et de la date au moins 15 jours avant"_ct,
              .nl = "ÉCLAT: werknemer minstens 15 dagen vooraf op de hoogte van datum en "
                    "onderwerp"_ct},
    .basis = authority::agreement,
    .reading = "An advisory dated due date - 15 days for each pending periodic interview."_ct};

inline constexpr rule_ref eclat_bilan{
    .id = "fr.idcc-1518.7.5.4.2.review"_ct,
    .citation = "CCN ÉCLAT (IDCC 1518), art. 7.5.4.2 (KALIARTI000052462453)"_ct,
    .in_force = {ymd(2026, 1, 1), open_end},
    .title = {.en = "ÉCLAT: an état des lieux récapitulatif every six years"_ct,
              .fr = "ÉCLAT : tous les six ans, état des lieux récapitulatif"_ct,
              .nl = "ÉCLAT: elke zes jaar een terugblik"_ct},
    .basis = authority::agreement,
    .reading = "Hire + 6, 12, ... years; conventional only beside the statutory 8 years [I]."_ct};

// --- P10: IDCC 1501, restauration rapide ----------------------------------------------------

inline constexpr rule_ref restauration_retour{
    .id = "fr.idcc-1501.av71.5.2"_ct,
    .citation = "CCN restauration rapide (IDCC 1501), avenant n° 71 du 12 mars 2025, art. 5.2 "
                "(KALIARTI000051787089), étendu par arrêté du 6 février 2026"_ct,
    .in_force = {ymd(2026, 2, 6), open_end},
    .title = {.en = "Restauration rapide: return interview offered within 30 calendar days "
                    "after maternity, parental or adoption leave"_ct,
              .fr = "Restauration rapide : entretien de reprise proposé dans les 30 jours "
                    "calendaires après un congé de maternité, parental ou d'adoption"_ct,
              .nl = "Fastfood: terugkeergesprek binnen 30 kalenderdagen na zwangerschaps-, "
                    "ouderschaps- of adoptieverlof"_ct},
    .basis = authority::agreement,
    .reading = "Resumption + 30 days; the statutory 12-month exemption still applies. Start: "
               "extension order."_ct};

// --- P11: IDCC 3248, métallurgie ------------------------------------------------------------

inline constexpr rule_ref metallurgie_mandat{
    .id = "fr.idcc-3248.51.3"_ct,
    .citation = "CCN de la métallurgie du 7 février 2022 (IDCC 3248), art. 51.3 "
                "(KALIARTI000046315157), étendu par arrêté du 14 décembre 2022"_ct,
    .in_force = {ymd(2024, 1, 1), open_end},
    .title = {.en = "Métallurgie: end-of-mandate interview at the latest 4 months after the "
                    "mandate ends"_ct,
              .fr = "Métallurgie : entretien de fin de mandat au plus tard quatre mois à compter "
                    "du terme du mandat"_ct,
              .nl = "Metaal: gesprek na einde mandaat uiterlijk 4 maanden na het einde"_ct},
    .basis = authority::agreement,
    .reading = "Last day of the mandate + 4 months, clamped. The CCN applies in full from "
               "2024-01-01 (Juritravail; ADP, Dec 2023). The periodicity sits in the "
               "autonomous agreement of CCN art. 5, not read: the law's."_ct};

// --- P12: senior-employment agreements of 2025, not extended --------------------------------

inline constexpr rule_ref pharmacie_fin_carriere{
    .id = "fr.idcc-176.accord-2025.9.2.1"_ct,
    .citation = "Accord du 8 juillet 2025 (IDCC 176, industrie pharmaceutique), art. 9.2.1 "
                "(KALIARTI000053401619), non étendu"_ct,
    .in_force = {ymd(2025, 7, 8), open_end},
    .title = {.en = "Industrie pharmaceutique: a specific end-of-career interview between 58 "
                    "and 60"_ct,
              .fr = "Industrie pharmaceutique : entretien spécifique de fin de carrière entre 58 "
                    "et 60 ans"_ct,
              .nl = "Farmaceutische industrie: apart eindeloopbaangesprek tussen 58 en 60"_ct},
    .basis = authority::agreement,
    .reading =
        "Stand-alone even when a periodic EPP falls in the window (docs/fr/readings.md#pre-60). "
        "Start: the agreement's date (in-force date not read)."_ct};

inline constexpr rule_ref pharmacie_mi_carriere{
    .id = "fr.idcc-176.accord-2025.6.2"_ct,
    .citation = "Accord du 8 juillet 2025 (IDCC 176), art. 6.2 (KALIARTI000053401610), non "
                "étendu"_ct,
    .in_force = {ymd(2025, 7, 8), open_end},
    .title = {.en = "Industrie pharmaceutique: a reinforced interview within two months of the "
                    "mid-career visit"_ct,
              .fr = "Industrie pharmaceutique : entretien professionnel renforcé dans les deux "
                    "mois suivant la visite de mi-carrière"_ct,
              .nl = "Farmaceutische industrie: versterkt gesprek binnen twee maanden na het "
                    "medisch onderzoek"_ct},
    .basis = authority::agreement,
    .reading = "Same date as L6315-1 IV: the law's obligation, cited in the catalogue."_ct};

inline constexpr rule_ref assurances_seniors{
    .id = "fr.idcc-1672.accord-2025.11"_ct,
    .citation = "Accord du 25 juin 2025 (IDCC 1672, sociétés d'assurances), art. 11 "
                "(KALIARTI000052288819), non étendu"_ct,
    .in_force = {ymd(2025, 6, 25), open_end},
    .title = {.en = "Assurances: reinforced interviews around 45 and before 60, within the "
                    "statutory ones"_ct,
              .fr = "Assurances : entretiens renforcés autour du 45e anniversaire et avant 60 "
                    "ans, dans le cadre des entretiens légaux"_ct,
              .nl = "Verzekeringen: versterkte gesprekken rond 45 en vóór 60, binnen de "
                    "wettelijke"_ct},
    .basis = authority::agreement,
    .reading = "Follows the statutory 'content of the first interview' reading: the law's "
               "dates (docs/fr/readings.md#idcc). Start: the agreement's date."_ct};

}  // namespace idcc_rules

namespace idcc {

using namespace idcc_rules;

// P1 (IDCC 3043): every 3 years; an interview within 9 months of a transfer.
inline constexpr accord proprete{
    .idcc = 3043,
    .name = "idcc-3043"_ct,
    .title = proprete_periodicite.title,
    .concluded = ymd(2021, 5, 26),
    .in_force = proprete_periodicite.in_force,
    .periodic = {.every = 36, .rule = &proprete_periodicite},
    .transfer = {.within_months = 9, .rule = &proprete_transfert},
    .source = &proprete_periodicite};

// P2 (IDCC 1527): 3 calendar years below 50 employees, else 2; offer within 21 days of a
// request; a combined review every 6 calendar years.
inline constexpr accord immobilier{
    .idcc = 1527,
    .name = "idcc-1527"_ct,
    .title = immobilier_periodicite.title,
    .concluded = ymd(2023, 6, 19),
    .in_force = immobilier_periodicite.in_force,
    .periodic = {.every = 2,
                 .unit = counting::calendar_years,
                 .small_every = 3,
                 .small_below = 50,
                 .rule = &immobilier_periodicite},
    .demande = {.granted = true, .offer_within_days = 21, .rule = &immobilier_demande},
    .review = {.years = 6, .unit = counting::calendar_years, .rule = &immobilier_bilan},
    .source = &immobilier_periodicite};

// P3 (IDCC 2216): at least 3 per 6 years, 6 months apart; by right after 24 months.
inline constexpr accord commerce_alimentaire{
    .idcc = 2216,
    .name = "idcc-2216"_ct,
    .title = alimentaire_quota.title,
    .concluded = ymd(2019, 10, 16),
    .in_force = alimentaire_quota.in_force,
    .frame = {.interviews = 3,
              .years = 6,
              .spacing_months = 6,
              .suspensions_postpone = true,
              .rule = &alimentaire_quota},
    .demande = {.granted = true, .unless_held_within_months = 24, .rule = &alimentaire_demande},
    .source = &alimentaire_quota};

// P4 (IDCC 1505): every 2 years, up to 2 months after the anniversary; 3 per 6 years; by right
// on request unless one in the 6 months before.
inline constexpr accord commerce_detail_alimentaire{
    .idcc = 1505,
    .name = "idcc-1505"_ct,
    .title = detail_periodicite.title,
    .concluded = ymd(2021, 4, 19),
    .in_force = detail_periodicite.in_force,
    .periodic = {.every = 24, .tolerance_months = 2, .rule = &detail_periodicite},
    .frame = {.interviews = 3, .years = 6, .rule = &detail_periodicite},
    .demande = {.granted = true, .unless_held_within_months = 6, .rule = &detail_demande},
    .source = &detail_periodicite};

// P5 (IDCC 1090): within a year of hire, then every 24 months worked; event interviews.
inline constexpr accord services_automobile{
    .idcc = 1090,
    .name = "idcc-1090"_ct,
    .title = automobile_periodicite.title,
    .concluded = ymd(2014, 7, 3),  // avenant n° 71, origin of the clause (later wording's
                                   // avenant not read); only its being pre-reform matters
    .in_force = automobile_periodicite.in_force,
    .periodic = {.every = 24,
                 .unit = counting::months_worked,
                 .first_within = 12,
                 .rule = &automobile_periodicite},
    .events = {.after_certification = true,
               .before_function_change = true,
               .after_failed_exam_months = 3,
               .rule = &automobile_evenements},
    .source = &automobile_periodicite};

// P6 (IDCC 1351): one interview in each 3 years from hire; on request; transfers; review.
inline constexpr accord prevention_securite{
    .idcc = 1351,
    .name = "idcc-1351"_ct,
    .title = securite_quota.title,
    .concluded = ymd(2019, 12, 18),
    .in_force = securite_quota.in_force,
    .frame = {.interviews = 1, .years = 3, .rule = &securite_quota},
    .demande = {.granted = true, .rule = &securite_demande},
    .transfer = {.cycle_years = 6, .rule = &securite_transfert},
    .review = {.years = 6, .rule = &securite_bilan},
    .source = &securite_quota};

// P7 (IDCC 573): 3 per statutory cycle (with the état des lieux); yearly on written request
// for flagged employees.
inline constexpr accord commerces_de_gros{
    .idcc = 573,
    .name = "idcc-573"_ct,
    .title = gros_quota.title,
    .concluded = ymd(2023, 1, 24),
    .in_force = gros_quota.in_force,
    .frame = {.interviews = 3, .rule = &gros_quota},
    .demande = {.granted = true,
                .unless_held_within_months = 12,
                .flagged_only = true,
                .rule = &gros_demande},
    .source = &gros_quota};

// P8 (IDCC 2264): 2 per 6 years besides the review; every 2 years if asked in the first year.
inline constexpr accord hospitalisation_privee{
    .idcc = 2264,
    .name = "idcc-2264"_ct,
    .title = hospitalisation_quota.title,
    .concluded = ymd(2025, 7, 3),
    .in_force = hospitalisation_quota.in_force,
    .frame = {.interviews = 2, .years = 6, .every_on_request = 24, .rule = &hospitalisation_quota},
    .review = {.years = 6, .rule = &hospitalisation_bilan},
    .source = &hospitalisation_quota};

// P9 (IDCC 1518): every 2 years, 15 days' notice, a review every 6 years.
inline constexpr accord eclat{
    .idcc = 1518,
    .name = "idcc-1518"_ct,
    .title = eclat_periodicite.title,
    .concluded = ymd(2025, 7, 9),
    .in_force = eclat_periodicite.in_force,
    .periodic = {.every = 24, .rule = &eclat_periodicite},
    .delay = {.notice_days = 15, .notice_rule = &eclat_convocation},
    .review = {.years = 6, .rule = &eclat_bilan},
    .source = &eclat_periodicite};

// P10 (IDCC 1501): return interview offered within 30 days.
inline constexpr accord restauration_rapide{
    .idcc = 1501,
    .name = "idcc-1501"_ct,
    .title = restauration_retour.title,
    .concluded = ymd(2025, 3, 12),
    .in_force = restauration_retour.in_force,
    .delay = {.return_days = 30, .return_rule = &restauration_retour},
    .source = &restauration_retour};

// P11 (IDCC 3248): end-of-mandate interview within 4 months.
inline constexpr accord metallurgie{
    .idcc = 3248,
    .name = "idcc-3248"_ct,
    .title = metallurgie_mandat.title,
    .concluded = ymd(2022, 2, 7),
    .in_force = metallurgie_mandat.in_force,
    .delay = {.mandate_months = 4, .mandate_rule = &metallurgie_mandat},
    .source = &metallurgie_mandat};

// P12 (IDCC 176, not extended): a stand-alone end-of-career interview between 58 and 60.
inline constexpr accord industrie_pharmaceutique{
    .idcc = 176,
    .name = "idcc-176"_ct,
    .title = pharmacie_fin_carriere.title,
    .concluded = ymd(2025, 7, 8),
    .in_force = pharmacie_fin_carriere.in_force,
    .extended = false,
    .pre60 = &pharmacie_fin_carriere,
    .source = &pharmacie_fin_carriere};

// P12 (IDCC 1672, not extended): the law's dates, reinforced content.
inline constexpr accord assurances{
    .idcc = 1672,
    .name = "idcc-1672"_ct,
    .title = assurances_seniors.title,
    .concluded = ymd(2025, 6, 25),
    .in_force = assurances_seniors.in_force,
    .extended = false,
    .source = &assurances_seniors};

inline constexpr std::array<const accord*, 13> all{
    &proprete,           &immobilier,          &commerce_alimentaire,
    &commerce_detail_alimentaire,              &services_automobile,
    &prevention_securite, &commerces_de_gros,  &hospitalisation_privee,
    &eclat,              &restauration_rapide, &metallurgie,
    &industrie_pharmaceutique,                 &assurances};

}  // namespace idcc

// The preset of branch `number`, or nullptr when the library has none.
constexpr const accord* find_agreement(std::uint16_t number) noexcept {
    for (const accord* a : idcc::all)
        if (a->idcc == number) return a;
    return nullptr;
}

// The preset named "idcc-NNNN" (as `--rules fr:idcc-NNNN`), or nullptr.
constexpr const accord* find_agreement(std::string_view name) noexcept {
    for (const accord* a : idcc::all)
        if (a->name == name) return a;
    return nullptr;
}

// --- catalogue: one rule set per preset, `careertalk rules` ---------------------------------

namespace idcc_rules {
inline constexpr const rule_ref* agreement_all[] = {&rules::faveur, &rules::loi_plus_stricte,
                                                    &rules::revue_conventionnelle,
                                                    &rules::non_etendu};
inline constexpr const rule_ref* proprete_all[] = {&proprete_periodicite, &proprete_transfert};
inline constexpr const rule_ref* immobilier_all[] = {&immobilier_periodicite, &immobilier_demande,
                                                     &immobilier_bilan};
inline constexpr const rule_ref* alimentaire_all[] = {&alimentaire_quota, &alimentaire_demande};
inline constexpr const rule_ref* detail_all[] = {&detail_periodicite, &detail_demande};
inline constexpr const rule_ref* automobile_all[] = {&automobile_periodicite,
                                                     &automobile_evenements};
inline constexpr const rule_ref* securite_all[] = {&securite_quota, &securite_demande,
                                                   &securite_transfert, &securite_bilan};
inline constexpr const rule_ref* gros_all[] = {&gros_quota, &gros_demande};
inline constexpr const rule_ref* hospitalisation_all[] = {&hospitalisation_quota,
                                                          &hospitalisation_bilan};
inline constexpr const rule_ref* eclat_all[] = {&eclat_periodicite, &eclat_convocation,
                                                &eclat_bilan};
inline constexpr const rule_ref* restauration_all[] = {&restauration_retour};
inline constexpr const rule_ref* metallurgie_all[] = {&metallurgie_mandat};
inline constexpr const rule_ref* pharmacie_all[] = {&pharmacie_fin_carriere,
                                                    &pharmacie_mi_carriere, &rules::non_etendu};
inline constexpr const rule_ref* assurances_all[] = {&assurances_seniors, &rules::non_etendu};
}  // namespace idcc_rules

inline constexpr rule_set agreements_set{
    .id = "fr:agreements"_ct,
    .title = {.en = "France: how an agreement composes with the law"_ct,
              .fr = "France : articulation de l'accord collectif et de la loi"_ct,
              .nl = "Frankrijk: verhouding tussen akkoord en wet"_ct},
    .rules = idcc_rules::agreement_all};

inline constexpr std::array<rule_set, 13> idcc_sets{{
    {"fr:idcc-3043"_ct, idcc::proprete.title, idcc_rules::proprete_all},
    {"fr:idcc-1527"_ct, idcc::immobilier.title, idcc_rules::immobilier_all},
    {"fr:idcc-2216"_ct, idcc::commerce_alimentaire.title, idcc_rules::alimentaire_all},
    {"fr:idcc-1505"_ct, idcc::commerce_detail_alimentaire.title, idcc_rules::detail_all},
    {"fr:idcc-1090"_ct, idcc::services_automobile.title, idcc_rules::automobile_all},
    {"fr:idcc-1351"_ct, idcc::prevention_securite.title, idcc_rules::securite_all},
    {"fr:idcc-573"_ct, idcc::commerces_de_gros.title, idcc_rules::gros_all},
    {"fr:idcc-2264"_ct, idcc::hospitalisation_privee.title, idcc_rules::hospitalisation_all},
    {"fr:idcc-1518"_ct, idcc::eclat.title, idcc_rules::eclat_all},
    {"fr:idcc-1501"_ct, idcc::restauration_rapide.title, idcc_rules::restauration_all},
    {"fr:idcc-3248"_ct, idcc::metallurgie.title, idcc_rules::metallurgie_all},
    {"fr:idcc-176"_ct, idcc::industrie_pharmaceutique.title, idcc_rules::pharmacie_all},
    {"fr:idcc-1672"_ct, idcc::assurances.title, idcc_rules::assurances_all},
}};

}  // namespace careertalk::fr
