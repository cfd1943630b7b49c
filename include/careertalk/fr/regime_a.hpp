// careertalk/fr/regime_a.hpp: France before 7 March 2014 ("regime A",
// docs/fr/readings.md#regime-a).
//
// Four tools stood side by side, none with a statutory penalty:
//   - the ANI 2003 biennial entretien professionnel, owed only where the ANI or a branch
//     agreement taking it over applies (opt-in: regime_a_options::ani_2003);
//   - the statutory interview in the year following the 45th birthday in companies or groups
//     of at least 50 (C. trav. L6321-1 al. 3, 2009-11-26 -> 2014-03-06), and the ANI 2005
//     senior interview (from 45, then every 5 years at the employee's request; opt-in);
//   - the bilan d'étape professionnel (L6315-1 v1), at the employee's request, never operational;
//   - the DIF (20 hours a year, capped at 120), replaced by the CPF on 2015-01-01.
// Loi 2014-288 ends the interviews on 2014-03-07: what was still open then lapses and the
// 2014 engine (fr/law.hpp) takes over.
#pragma once

#include <careertalk/calendar.hpp>
#include <careertalk/evaluate.hpp>
#include <careertalk/facts.hpp>
#include <careertalk/history.hpp>
#include <careertalk/results.hpp>
#include <careertalk/rule.hpp>

#include <algorithm>
#include <array>
#include <optional>
#include <span>
#include <string_view>

namespace careertalk::inline v0::fr {

namespace regime_a {

// First day of loi 2014-288 (art. 5): regime A covers events dated before it.
inline constexpr year_month_day loi_2014_start = date::year{2014} / date::March / 7;
// First day of loi 2009-1437 (L6315-1 v1, L6321-1 al. 3).
inline constexpr year_month_day loi_2009_start = date::year{2009} / date::November / 26;
// First day of the DIF (loi 2004-391 of 4 May 2004, JO 5 May 2004) and first day of the CPF.
inline constexpr year_month_day dif_start = date::year{2004} / date::May / 7;
inline constexpr year_month_day cpf_start = date::year{2015} / date::January / 1;
// Dates of the agreements (signature).
inline constexpr year_month_day ani_2003_date = date::year{2003} / date::December / 5;
inline constexpr year_month_day ani_2005_date = date::year{2005} / date::October / 13;

inline constexpr int dif_hours_per_year = 20;     // L6323-1
inline constexpr int dif_cap_hours = 120;         // L6323-5
inline constexpr int statutory_45_headcount = 50; // L6321-1 al. 3: "au moins cinquante"

// --- rules ------------------------------------------------------------------------------

inline constexpr rule_ref ani_2003_entretien{
    .id = "fr.ANI-2003.1-1.entretien"_ct,
    .citation =
        "ANI du 5 déc. 2003, art. 1-1 (avenant du 20 juil. 2005); docs/fr/readings.md#regime-a; "
        "branch wording KALIARTI000018121778"_ct,
    .in_force = {ani_2003_date, loi_2014_start},
    .title = {.en = "Professional interview at least every 2 years after 2 years of activity "
                    "(ANI 2003)"_ct,
              .fr = "Entretien professionnel au minimum tous les deux ans après deux années "
                    "d'activité (ANI 2003)"_ct,
              .nl = "Loopbaangesprek minstens om de 2 jaar na 2 jaar werk in het bedrijf (ANI "
                    "2003)"_ct},
    .basis = authority::agreement,
    .reading = "Owed only where the ANI or a branch agreement taking it over applies (option "
               "ani_2003, from ani_2003_from). First interview by 2 years after the later of "
               "hire and ani_2003_from, an interview held since then counting; then 2 years after "
               "the last one held (or after the missed deadline). Either party may initiate: an "
               "employee request made after 2 years of activity makes the interview owed on the "
               "request date (the ANI sets no delay). An interview held late meets a deadline "
               "(met_late) if held before the next one would fall due; a deadline from "
               "2014-03-07 not met before that day lapses. No penalty."_ct};

inline constexpr rule_ref ani_2003_not_covered{
    .id = "fr.ANI-2003.coverage"_ct,
    .citation = "ANI du 5 déc. 2003, art. 1-1 (scope: signatory branches, extension, branch "
                "agreements: docs/fr/readings.md#regime-a)"_ct,
    .in_force = {ani_2003_date, loi_2014_start},
    .title = {.en = "The company is not covered by the ANI 2003 or a branch agreement taking it "
                    "over"_ct,
              .fr = "L'entreprise ne relève pas de l'ANI 2003 ni d'un accord de branche le "
                    "reprenant"_ct,
              .nl = "Het bedrijf valt niet onder de ANI 2003 of een branche-akkoord dat die "
                    "overneemt"_ct},
    .basis = authority::interpretation,
    .reading = "The seed article: \"not all companies are required to implement this\". The "
               "host says whether the company was covered (option ani_2003, default false)."_ct};

inline constexpr rule_ref l6321_1_al3{
    .id = "fr.L6321-1.al3.45"_ct,
    .citation =
        "C. trav., art. L6321-1, al. 3 (v2, LEGIARTI000021341228; loi 2009-1437), as quoted by "
        "Cass. soc. 27 mars 2024, n° 22-21.598"_ct,
    .in_force = {loi_2009_start, loi_2014_start},
    .title = {.en = "Professional interview in the year following the 45th birthday (companies "
                    "and groups of at least 50)"_ct,
              .fr = "Entretien professionnel dans l'année qui suit le quarante-cinquième "
                    "anniversaire (entreprises et groupes d'au moins cinquante salariés)"_ct,
              .nl = "Loopbaangesprek in het jaar na de 45e verjaardag (bedrijven en groepen "
                    "met minstens 50 werknemers)"_ct},
    .basis = authority::statute,
    .reading = "Window [45th birthday, 46th birthday], the 46th birthday included "
               "(docs/fr/readings.md#regime-a). One interview, no renewal. Headcount of the "
               "company or group (L2331-1): headcount_history for the year of the 45th birthday, "
               "else headcount. An entretien professionnel held in the window counts; one held "
               "after it is met_late. Not owed below 50. No penalty: damages only if harm is "
               "proven."_ct};

inline constexpr rule_ref cass_2024_not_retroactive{
    .id = "fr.Cass.soc.2024-03-27.22-21598"_ct,
    .citation = "Cass. soc. 27 mars 2024, n° 22-21.598"_ct,
    .in_force = {loi_2009_start, loi_2014_start},
    .title = {.en = "No 45-year interview for employees who turned 45 before 26 Nov 2009"_ct,
              .fr = "Pas d'entretien des 45 ans pour les salariés ayant eu 45 ans avant le 26 "
                    "novembre 2009"_ct,
              .nl = "Geen 45-jarengesprek voor wie vóór 26 november 2009 45 werd"_ct},
    .basis = authority::case_law,
    .reading = "The law is not retroactive: a 45th birthday before 2009-11-26 (even on "
               "2009-11-25, with the window still open) gives no obligation."_ct};

inline constexpr rule_ref ani_2005_seniors{
    .id = "fr.ANI-2005.seniors.entretien"_ct,
    .citation = "ANI du 13 oct. 2005 (emploi des seniors), art. 5 as cited by branch texts "
                "(ANI text not read); wording KALIARTI000019987178 "
                "(docs/fr/readings.md#regime-a)"_ct,
    .in_force = {ani_2005_date, loi_2014_start},
    .title = {.en = "Second-half-of-career interview from 45, then every 5 years at the "
                    "employee's request (ANI 2005)"_ct,
              .fr = "Entretien de deuxième partie de carrière à partir de 45 ans, puis tous les "
                    "cinq ans à la demande du salarié (ANI 2005)"_ct,
              .nl = "Gesprek over de tweede loopbaanhelft vanaf 45, daarna om de 5 jaar op "
                    "verzoek (ANI 2005)"_ct},
    .basis = authority::agreement,
    .reading = "Opt-in (option ani_2005_seniors, from ani_2005_from). The ANI sets no first "
               "deadline: the library uses one year from the later of the 45th birthday, hire "
               "and ani_2005_from (the statutory window, by analogy). Where the statutory "
               "interview is owed it is the same interview. Then a request made at least 5 "
               "years after the last interview makes a new one owed on the request date."_ct};

inline constexpr rule_ref l6315_1_v1{
    .id = "fr.L6315-1.v1.bilan-etape"_ct,
    .citation = "C. trav., art. L6315-1 (v1, LEGIARTI000021341224; loi 2009-1437)"_ct,
    .in_force = {loi_2009_start, loi_2014_start},
    .title = {.en = "Bilan d'étape professionnel at the employee's request after 2 years of "
                    "seniority, renewable every 5 years"_ct,
              .fr = "Bilan d'étape professionnel à la demande du salarié après deux ans "
                    "d'ancienneté, renouvelable tous les cinq ans"_ct,
              .nl = "Tussentijdse loopbaanbalans op verzoek na 2 jaar dienst, om de 5 jaar te "
                    "herhalen"_ct},
    .basis = authority::statute,
    .reading = "Never operational: its terms were left to an extended ANI that was never "
               "negotiated (docs/fr/readings.md#regime-a). The library records a request made "
               "after 2 years of seniority, and at least 5 years after the previous valid one, as "
               "an entitlement: no deadline, no penalty."_ct};

inline constexpr rule_ref dif{
    .id = "fr.L6323-1.DIF"_ct,
    .citation = "C. trav., art. L6323-1 (v1, LEGIARTI000006904223) and L6323-5 (ex-L933-1, "
                "L933-2; loi 2004-391 du 4 mai 2004) (docs/fr/readings.md#dif)"_ct,
    .in_force = {dif_start, cpf_start},
    .title = {.en = "DIF: 20 hours a year after 1 year of seniority (permanent contract), up "
                    "to 120 hours"_ct,
              .fr = "DIF : vingt heures par an après un an d'ancienneté (CDI), plafonné à cent "
                    "vingt heures"_ct,
              .nl = "DIF: 20 uur per jaar na 1 jaar dienst (vast contract), tot 120 uur"_ct},
    .basis = authority::statute,
    .reading = "20 hours at each completed year of seniority counted from the later of hire "
               "and 2004-05-07, capped at 120, nothing earned from 2015-01-01. Gross rights: "
               "hours used are not deducted. Not modelled: part-time and fixed-term pro rata, "
               "the pro rata of an incomplete year, agreements granting more."_ct};

inline constexpr rule_ref cpf_replaces_dif{
    .id = "fr.loi-2014-288.art1.CPF"_ct,
    .citation = "Loi 2014-288 du 5 mars 2014, art. 1 (CPF from 2015-01-01)"_ct,
    .in_force = {cpf_start, open_end},
    .title = {.en = "The CPF replaces the DIF on 1 January 2015"_ct,
              .fr = "Le CPF remplace le DIF au 1er janvier 2015"_ct,
              .nl = "Het CPF vervangt het DIF op 1 januari 2015"_ct},
    .basis = authority::statute,
    .reading = "The DIF stops accruing; the balance on 2014-12-31 could be used through the "
               "CPF (not modelled here)."_ct};

inline constexpr rule_ref loi_2014_replaces{
    .id = "fr.loi-2014-288.art5.regime-a-end"_ct,
    .citation = "Loi 2014-288 du 5 mars 2014, art. 5 (the new L6315-1 in force on 2014-03-07; "
                "L6321-1 al. 3 repealed)"_ct,
    .in_force = {loi_2014_start, open_end},
    .title = {.en = "Replaced by the 2014 entretien professionnel on 7 March 2014"_ct,
              .fr = "Remplacé par l'entretien professionnel de 2014 au 7 mars 2014"_ct,
              .nl = "Vervangen door het entretien professionnel van 2014 op 7 maart 2014"_ct},
    .basis = authority::statute,
    .reading = "A regime-A interview not held by 2014-03-06 whose deadline falls on or after "
               "2014-03-07 lapses (status not_required); the 2014 engine owes the next one "
               "(first by 2016-03-07 for employees present on 2014-03-07) [I]."_ct};

inline constexpr rule_ref seed_advice{
    .id = "fr.seed-2013.negotiating-training"_ct,
    .citation = R"(N. Samson, "Professional Interview", Pourseformer.fr, 21 Feb 2013)"_ct,
    .in_force = {ani_2003_date, loi_2014_start},
    .title = {.en = "How to negotiate training in the interview (advice)"_ct,
              .fr = "Comment négocier une formation lors de l'entretien (conseils)"_ct,
              .nl = "Hoe je in het gesprek over opleiding onderhandelt (advies)"_ct},
    .basis = authority::practice};

inline constexpr const rule_ref* all[] = {
    &ani_2003_entretien, &ani_2003_not_covered, &l6321_1_al3, &cass_2024_not_retroactive,
    &ani_2005_seniors,   &l6315_1_v1,           &dif,         &cpf_replaces_dif,
    &loi_2014_replaces,  &seed_advice};

inline constexpr rule_set set{
    .id = "fr:pre-2014"_ct,
    .title = {.en = "France before 7 March 2014 (ANI 2003, over-45 interview, bilan d'étape, "
                    "DIF)"_ct,
              .fr = "France avant le 7 mars 2014 (ANI 2003, entretien des 45 ans, bilan d'étape, "
                    "DIF)"_ct,
              .nl = "Frankrijk vóór 7 maart 2014 (ANI 2003, 45-jarengesprek, bilan d'étape, DIF)"_ct},
    .rules = all};

// --- agendas ----------------------------------------------------------------------------

// The ANI 2003 interview as the seed article lists it (docs/fr/readings.md#regime-a).
inline constexpr std::array<agenda_item, 5> ani_2003_agenda{{
    {"fr.ANI-2003.1"_ct,
     &ani_2003_entretien,
     {.en = "Review of the current situation and of the training completed"_ct,
      .fr = "Point sur la situation actuelle et les formations suivies"_ct,
      .nl = "Bespreking van de huidige situatie en de gevolgde opleidingen"_ct}},
    {"fr.ANI-2003.2"_ct,
     &ani_2003_entretien,
     {.en = "Career aspirations, mobility and personal constraints"_ct,
      .fr = "Souhaits d'évolution professionnelle, mobilité et contraintes personnelles"_ct,
      .nl = "Loopbaanwensen, mobiliteit en persoonlijke beperkingen"_ct}},
    {"fr.ANI-2003.3"_ct,
     &ani_2003_entretien,
     {.en = "How to improve skills or qualifications"_ct,
      .fr = "Moyens d'améliorer ses compétences ou sa qualification"_ct,
      .nl = "Hoe vaardigheden of kwalificaties te verbeteren"_ct}},
    {"fr.ANI-2003.4"_ct,
     &ani_2003_entretien,
     {.en = "Training programmes for these objectives and their conditions (e.g. outside "
            "working hours)"_ct,
      .fr = "Actions de formation répondant à ces objectifs et leurs conditions (par exemple "
            "hors temps de travail)"_ct,
      .nl = "Opleidingen voor deze doelen en hun voorwaarden (bijvoorbeeld buiten werktijd)"_ct}},
    {"fr.ANI-2003.5"_ct,
     &ani_2003_entretien,
     {.en = "The employee's DIF (individual right to training) requests"_ct,
      .fr = "Les demandes de DIF (droit individuel à la formation) du salarié"_ct,
      .nl = "De DIF-aanvragen (individueel recht op opleiding) van de werknemer"_ct}},
}};

// L6321-1 al. 3: "il informe le salarié notamment sur ses droits en matière d'accès à ...".
inline constexpr std::array<agenda_item, 3> l6321_1_al3_agenda{{
    {"fr.L6321-1.al3.1"_ct,
     &l6321_1_al3,
     {.en = "Information on access to a bilan d'étape professionnel (career checkpoint review)"_ct,
      .fr = "Information sur l'accès à un bilan d'étape professionnel"_ct,
      .nl = "Informatie over toegang tot een tussentijdse loopbaanbalans (bilan d'étape)"_ct}},
    {"fr.L6321-1.al3.2"_ct,
     &l6321_1_al3,
     {.en = "Information on access to a bilan de compétences (skills assessment)"_ct,
      .fr = "Information sur l'accès à un bilan de compétences"_ct,
      .nl = "Informatie over toegang tot een competentiebalans (bilan de compétences)"_ct}},
    {"fr.L6321-1.al3.3"_ct,
     &l6321_1_al3,
     {.en = "Information on access to an action de professionnalisation (work-study training)"_ct,
      .fr = "Information sur l'accès à une action de professionnalisation"_ct,
      .nl = "Informatie over toegang tot een professionaliseringstraject"_ct}},
}};

// ANI 2005 as reproduced by KALIARTI000019987178 (docs/fr/readings.md#regime-a).
inline constexpr std::array<agenda_item, 6> ani_2005_agenda{{
    {"fr.ANI-2005.1"_ct,
     &ani_2005_seniors,
     {.en = "Access to information on guidance and training, and training conditions (DIF, "
            "working time, mutual commitments)"_ct,
      .fr = "Accès à l'information sur l'orientation et la formation, conditions de la "
            "formation (DIF, temps de travail, engagements réciproques)"_ct,
      .nl = "Toegang tot informatie over oriëntatie en opleiding, opleidingsvoorwaarden (DIF, "
            "werktijd, wederzijdse afspraken)"_ct}},
    {"fr.ANI-2005.2"_ct,
     &ani_2005_seniors,
     {.en = "Professionalisation objectives"_ct,
      .fr = "Objectifs de professionnalisation"_ct,
      .nl = "Professionaliseringsdoelen"_ct}},
    {"fr.ANI-2005.3"_ct,
     &ani_2005_seniors,
     {.en = "Wishes for mobility"_ct, .fr = "Souhaits de mobilité"_ct, .nl = "Mobiliteitswensen"_ct}},
    {"fr.ANI-2005.4"_ct,
     &ani_2005_seniors,
     {.en = "The professional project in the light of the experience gained"_ct,
      .fr = "Projet professionnel au regard de l'expérience acquise"_ct,
      .nl = "Het loopbaanplan in het licht van de opgedane ervaring"_ct}},
    {"fr.ANI-2005.5"_ct,
     &ani_2005_seniors,
     {.en = "Possible tutoring (passing on knowledge and know-how)"_ct,
      .fr = "Participation éventuelle à des actions de tutorat"_ct,
      .nl = "Eventueel mentorschap (overdracht van kennis en vaardigheden)"_ct}},
    {"fr.ANI-2005.6"_ct,
     &ani_2005_seniors,
     {.en = "Possible changes to employment conditions, e.g. for family solidarity"_ct,
      .fr = "Aménagement éventuel des conditions d'emploi, notamment pour solidarité familiale"_ct,
      .nl = "Eventuele aanpassing van de arbeidsvoorwaarden, bijvoorbeeld voor mantelzorg"_ct}},
}};

// The seed article's advice on negotiating training: what the employee prepares before the
// ANI 2003 interview. Not an agenda the employer owes; see preparation_for().
inline constexpr std::array<agenda_item, 5> preparation_checklist{{
    {"fr.seed-2013.prep.1"_ct,
     &seed_advice,
     {.en = "Be precise about the training: duration, cost, course or diploma, training body "
            "and type of validation (diploma, title, certificate)"_ct,
      .fr = "Être précis sur la formation : durée, coût, intitulé ou diplôme, organisme et type "
            "de validation (diplôme, titre, certificat)"_ct,
      .nl = "Wees precies over de opleiding: duur, kosten, cursus of diploma, opleider en soort "
            "erkenning (diploma, titel, certificaat)"_ct}},
    {"fr.seed-2013.prep.2"_ct,
     &seed_advice,
     {.en = "Fit the schedule to the constraints of the company and of the job; learn how the "
            "DIF is used"_ct,
      .fr = "Tenir compte des contraintes de l'entreprise et du poste pour le calendrier ; se "
            "renseigner sur la mise en œuvre du DIF"_ct,
      .nl = "Stem de planning af op wat het bedrijf en de functie vragen; zoek uit hoe het DIF "
            "werkt"_ct}},
    {"fr.seed-2013.prep.3"_ct,
     &seed_advice,
     {.en = "Explain how the training will improve your performance and benefit the company"_ct,
      .fr = "Expliquer en quoi la formation améliorera vos performances et profitera à "
            "l'entreprise"_ct,
      .nl = "Leg uit hoe de opleiding je prestaties verbetert en het bedrijf helpt"_ct}},
    {"fr.seed-2013.prep.4"_ct,
     &seed_advice,
     {.en = "Explain the possible ways of funding it"_ct,
      .fr = "Présenter les modes de financement possibles"_ct,
      .nl = "Leg de mogelijke financieringswijzen uit"_ct}},
    {"fr.seed-2013.prep.5"_ct,
     &seed_advice,
     {.en = "Offer to handle some steps with the training body yourself"_ct,
      .fr = "Proposer de prendre en charge certaines démarches auprès de l'organisme de "
            "formation"_ct,
      .nl = "Bied aan zelf een deel van het contact met de opleider te regelen"_ct}},
}};

} // namespace regime_a

// What the host says about the company's agreements before 2014 (docs/fr/readings.md#regime-a). The
// statute (L6321-1 al. 3, L6315-1 v1, the DIF) always applies; the agreements are opt-in.
struct regime_a_options {
    // Covered by the ANI 2003 or a branch agreement taking it over ("not all companies are
    // required to implement this", seed article). Default: not covered.
    bool ani_2003 = false;
    // Date the company became bound (signature of the ANI by default; a branch agreement's
    // date otherwise). Must fall in [2003-12-05, 2014-03-07).
    year_month_day ani_2003_from = regime_a::ani_2003_date;
    // Covered by the ANI 2005 on senior employment (interview from 45, then every 5 years at
    // the employee's request). Default: not covered.
    bool ani_2005_seniors = false;
    // Date the company became bound; must fall in [2005-10-13, 2014-03-07).
    year_month_day ani_2005_from = regime_a::ani_2005_date;

    constexpr bool ok() const noexcept {
        return ani_2003_from.ok() && regime_a::ani_2003_date <= ani_2003_from &&
               ani_2003_from < regime_a::loi_2014_start && ani_2005_from.ok() &&
               regime_a::ani_2005_date <= ani_2005_from && ani_2005_from < regime_a::loi_2014_start;
    }
};

namespace regime_a::detail {

constexpr year_month_day later(year_month_day a, year_month_day b) noexcept {
    return a < b ? b : a;
}

// Earliest request of `kind` in [from, before), before 2014-03-07 and known on as_of.
constexpr std::optional<year_month_day> first_request(const employee& e, obligation_kind kind,
                                                      year_month_day from, year_month_day before,
                                                      year_month_day as_of) {
    return history::first_request(e, kind, from, std::min(before, loi_2014_start), as_of);
}

// An interview held on `from` or later, before the repeal of 2014-03-07 (of the senior kinds:
// an entretien professionnel held then counts too, L6321-1 al. 3 calls it one). Once the
// article is repealed no interview can meet it: one held later belongs to the 2014 law.
constexpr std::optional<year_month_day> senior_held(const employee& e, year_month_day from,
                                                    year_month_day as_of) {
    return history::first_of_kinds(e,
                                   {obligation_kind::entretien_deuxieme_partie_carriere,
                                    obligation_kind::entretien_professionnel},
                                   from, add_days(loi_2014_start, -1), as_of);
}

// The contract ended before the deadline with the interview not held: not owed (like
// docs/fr/readings.md#short-contracts for a short CDD; no breach).
constexpr bool ended_before_due(const employee& e, const obligation& o) noexcept {
    return e.contract_end && *e.contract_end < o.due_date &&
           !(o.held_on && *o.held_on <= *e.contract_end);
}

// Fills status and `why`, or marks the obligation lapsed when its deadline reaches 2014 and
// it was not held before: a late interview still meets a deadline before 2014-03-07.
constexpr void settle(obligation& o, year_month_day as_of) {
    o.why.push_back(o.rule);
    o.why.push_back(&conventions::clamp_to_month_end);
    if (loi_2014_start <= o.due_date && !(o.held_on && *o.held_on < loi_2014_start)) {
        o.held_on.reset();
        o.state = status::not_required;
        o.exemption = &loi_2014_replaces;
        o.why.push_back(&loi_2014_replaces);
    } else {
        o.state = status_on(o.due_date, o.held_on, as_of);
    }
}

// Adds `o`, or, once the repeal of 2014-03-07 has passed, a missed interview as a finding:
// it can no longer be met or sanctioned, so it belongs to the audit, not to the schedule of
// what is due (issue 15 §6; docs/fr/schedule.md#before-2014).
constexpr void record(const obligation& o, year_month_day as_of, evaluation& out) {
    if (o.state != status::overdue || as_of < loi_2014_start) return out.add(o);
    finding f{.kind = finding_kind::advisory, .rule = o.rule, .date = o.due_date, .about = o.kind};
    f.why.push_back(o.rule);
    f.why.push_back(&loi_2014_replaces);
    out.add(f);
}

constexpr obligation ani_2003_obligation(trigger_kind t, year_month_day from) {
    return obligation{.kind = obligation_kind::entretien_professionnel,
                      .trigger = t,
                      .trigger_date = from,
                      .window_start = from,
                      .due_date = add_years(from, 2),
                      .rule = &ani_2003_entretien,
                      .agenda = careertalk::agenda{ani_2003_agenda}};
}

// The ANI 2003 chain (docs/fr/readings.md#regime-a).
constexpr void ani_2003_interviews(const employee& e, const regime_a_options& opt,
                                   year_month_day as_of, evaluation& out) {
    const year_month_day start = later(e.hire_date, opt.ani_2003_from);
    if (loi_2014_start <= start)
        return;
    // The clock starts at hire, or on the day the company became bound.
    obligation o = ani_2003_obligation(
        start == e.hire_date ? trigger_kind::hire : trigger_kind::regime_start, start);
    if (!opt.ani_2003) {
        o.state = status::not_required;
        o.exemption = &ani_2003_not_covered;
        o.why.push_back(&ani_2003_entretien);
        o.why.push_back(&ani_2003_not_covered);
        record(o, as_of, out);
        return;
    }
    constexpr auto ep = obligation_kind::entretien_professionnel;
    const year_month_day eligible = add_years(e.hire_date, 2);  // 2 years of activity
    // The deadline of the cycle that follows one missed on `due`: 2 years on, or an
    // employee's request (made on `from` or later) before that.
    const auto next_if_missed = [&](year_month_day due, year_month_day from) {
        const auto r = first_request(e, ep, later(from, eligible), add_years(due, 2), as_of);
        return r ? *r : add_years(due, 2);
    };
    // Interviews and requests not yet used by an earlier cycle start on these days.
    year_month_day held_from = start;
    year_month_day asked_from = start;
    while (o.window_start < loi_2014_start) {
        if (e.contract_end && *e.contract_end < o.window_start)
            return;
        // A late interview meets this deadline if held by the next deadline this cycle's miss
        // would set; later, the cycle stays missed (a later as-of never erases a missed one).
        o.held_on = history::first_of_kinds(e, {ep}, held_from,
                                            next_if_missed(o.due_date, o.due_date), as_of);
        // Either party may initiate: the employee's request makes it owed at once.
        const auto asked =
            first_request(e, ep, later(asked_from, eligible), o.due_date, as_of);
        if (asked && (!o.held_on || *asked <= *o.held_on)) {
            o.trigger = trigger_kind::request;
            o.trigger_date = *asked;
            o.due_date = *asked;
            o.held_on = history::first_of_kinds(e, {ep}, held_from,
                                                next_if_missed(*asked, add_days(*asked, 1)),
                                                as_of);
        }
        if (ended_before_due(e, o)) return;
        settle(o, as_of);
        record(o, as_of, out);
        if (o.state == status::not_required || (!o.held_on && as_of <= o.due_date))
            return;
        const year_month_day next = o.held_on ? *o.held_on : o.due_date;
        held_from = o.held_on ? add_days(next, 1) : next;
        asked_from = o.held_on || asked ? add_days(next, 1) : next;
        o = ani_2003_obligation(trigger_kind::periodic, next);
    }
}

// Headcount of the company or group for the year `y` (history first).
constexpr std::optional<int> headcount_in(const company& c, date::year y) {
    for (const headcount_year& h : c.headcount_history)
        if (h.year == y)
            return h.headcount;
    return c.headcount;
}

// The statutory 45-year interview (docs/fr/readings.md#regime-a), owed or waived; nullopt when it
// does not concern the employee or a fact is missing (then a finding says which).
constexpr std::optional<obligation> statutory_45(const employee& e, const company& c,
                                                 year_month_day b45, year_month_day as_of,
                                                 evaluation& out) {
    const year_month_day b46 = add_years(b45, 1);
    if (loi_2014_start <= b45 || b46 < loi_2009_start || b46 < e.hire_date) return std::nullopt;
    if (e.contract_end && *e.contract_end < b45) return std::nullopt;
    constexpr obligation_kind kind = obligation_kind::entretien_deuxieme_partie_carriere;
    if (b45 < loi_2009_start) {  // the window straddles the law's first day: still nothing
        finding f{.kind = finding_kind::advisory,
                  .rule = &cass_2024_not_retroactive,
                  .date = loi_2009_start,
                  .about = kind};
        f.why.push_back(&cass_2024_not_retroactive);
        f.why.push_back(&l6321_1_al3);
        out.add(f);
        return std::nullopt;
    }
    const auto n = headcount_in(c, b45.year());
    if (!n) {
        finding f{.kind = finding_kind::missing,
                  .rule = &l6321_1_al3,
                  .date = b45,
                  .missing = missing_fact::headcount,
                  .about = kind};
        f.why.push_back(&l6321_1_al3);
        out.add(f);
        return std::nullopt;
    }
    obligation o{.kind = kind,
                 .trigger = trigger_kind::age,
                 .trigger_date = b45,
                 .window_start = b45,
                 .due_date = b46,
                 .rule = &l6321_1_al3,
                 .agenda = careertalk::agenda{l6321_1_al3_agenda}};
    if (*n < statutory_45_headcount) {
        o.state = status::not_required;
        o.exemption = &l6321_1_al3;
        o.why.push_back(&l6321_1_al3);
        return o;
    }
    o.held_on = senior_held(e, b45, as_of);
    if (ended_before_due(e, o)) return std::nullopt;
    settle(o, as_of);
    o.why.push_back(&conventions::age_on_birthday);
    return o;
}

// Where "tous les 5 ans" counts from: the interview held, or the deadline when it was held
// late or not at all (so a late interview learnt of later does not move it).
constexpr year_month_day five_year_origin(const obligation& o) noexcept {
    return o.held_on && *o.held_on < o.due_date ? *o.held_on : o.due_date;
}

// The ANI 2005 senior interviews (docs/fr/readings.md#regime-a): the first from 45, then every 5
// years at the employee's request. `last` is the statutory interview's date when that one was owed.
constexpr void ani_2005_interviews(const employee& e, const regime_a_options& opt,
                                   year_month_day b45, std::optional<year_month_day> last,
                                   year_month_day as_of, evaluation& out) {
    if (!last) {
        const year_month_day start = later(later(b45, e.hire_date), opt.ani_2005_from);
        if (loi_2014_start <= start || (e.contract_end && *e.contract_end < start))
            return;
        obligation o{.kind = obligation_kind::entretien_deuxieme_partie_carriere,
                     .trigger = start == b45           ? trigger_kind::age
                                : start == e.hire_date ? trigger_kind::hire
                                                       : trigger_kind::regime_start,
                     .trigger_date = start,
                     .window_start = start,
                     .due_date = add_years(start, 1),
                     .rule = &ani_2005_seniors,
                     .agenda = careertalk::agenda{ani_2005_agenda}};
        o.held_on = senior_held(e, start, as_of);
        if (ended_before_due(e, o)) return;
        settle(o, as_of);
        o.why.push_back(&conventions::age_on_birthday);
        record(o, as_of, out);
        if (o.state == status::not_required)
            return;
        last = five_year_origin(o);
    }
    // "Par la suite, tous les 5 ans, le salarié qui le souhaite bénéficie d'un nouvel
    // entretien": a request at least 5 years after the last one.
    while (const auto asked = first_request(e, obligation_kind::entretien_deuxieme_partie_carriere,
                                            add_years(*last, 5), loi_2014_start, as_of)) {
        obligation o{.kind = obligation_kind::entretien_deuxieme_partie_carriere,
                     .trigger = trigger_kind::request,
                     .trigger_date = *asked,
                     .window_start = *asked,
                     .due_date = *asked,
                     .rule = &ani_2005_seniors,
                     .agenda = careertalk::agenda{ani_2005_agenda}};
        o.held_on = senior_held(e, *asked, as_of);
        if (ended_before_due(e, o)) return;
        settle(o, as_of);
        record(o, as_of, out);
        last = five_year_origin(o);
    }
}

// Bilan d'étape professionnel requests (docs/fr/readings.md#regime-a): entitlements, never
// deadlines.
constexpr void bilan_etape_requests(const employee& e, year_month_day as_of, evaluation& out) {
    year_month_day from = later(add_years(e.hire_date, 2), loi_2009_start);
    while (const auto asked = first_request(e, obligation_kind::bilan_etape_professionnel, from,
                                            loi_2014_start, as_of)) {
        finding f{.kind = finding_kind::entitlement,
                  .rule = &l6315_1_v1,
                  .date = *asked,
                  .about = obligation_kind::bilan_etape_professionnel};
        f.why.push_back(&l6315_1_v1);
        f.why.push_back(&conventions::clamp_to_month_end);
        out.add(f);
        from = add_years(*asked, 5);
    }
}

} // namespace regime_a::detail

// DIF hours acquired by `on` (docs/fr/readings.md#dif): 20 at each completed year of seniority
// counted from the later of hire and 2004-05-07, capped at 120; permanent contracts only; nothing
// earned from 2015-01-01 (the CPF). Gross rights: hours used are not deducted, and part-time,
// fixed-term or incomplete-year pro rata is not modelled.
constexpr int dif_hours(const employee& e, year_month_day on) noexcept {
    if (e.contract != contract_kind::cdi)
        return 0;
    const year_month_day from = regime_a::detail::later(e.hire_date, regime_a::dif_start);
    const year_month_day last = on < regime_a::cpf_start ? on : add_days(regime_a::cpf_start, -1);
    if (last < from)
        return 0;
    const int hours = whole_years_between(from, last) * regime_a::dif_hours_per_year;
    return hours < regime_a::dif_cap_hours ? hours : regime_a::dif_cap_hours;
}

// The advice the employee can read before an ANI 2003 interview; empty for other obligations.
constexpr std::span<const agenda_item> preparation_for(const obligation& o) noexcept {
    if (o.rule == &regime_a::ani_2003_entretien)
        return regime_a::preparation_checklist;
    return {};
}

// Appends the regime-A obligations and findings of `e` at `c` seen on `as_of`: the interviews
// owed before 2014-03-07 (those still open then lapse) and the DIF balance (to 2014-12-31).
// Facts must be valid (careertalk::evaluate validates them first).
constexpr void evaluate_regime_a(const employee& e, const company& c,
                                 const regime_a_options& options, year_month_day as_of,
                                 evaluation& out) {
    namespace ra = regime_a;
    ra::detail::ani_2003_interviews(e, options, as_of, out);
    const bool left_before_2009 = e.contract_end && *e.contract_end < ra::loi_2009_start;
    if (e.hire_date < ra::loi_2014_start && (options.ani_2005_seniors || !left_before_2009)) {
        if (!e.birth_date) {
            finding f{.kind = finding_kind::missing,
                      .rule = &ra::l6321_1_al3,
                      .date = as_of,
                      .missing = missing_fact::birth_date,
                      .about = obligation_kind::entretien_deuxieme_partie_carriere};
            f.why.push_back(&ra::l6321_1_al3);
            out.add(f);
        } else {
            const year_month_day b45 = birthday(*e.birth_date, 45);
            std::optional<year_month_day> senior_last{};
            if (auto o = ra::detail::statutory_45(e, c, b45, as_of, out)) {
                if (o->state != status::not_required) {
                    senior_last = ra::detail::five_year_origin(*o);
                    // Under the ANI 2005 too, the statutory interview is its first one.
                    if (options.ani_2005_seniors) o->why.push_back(&ra::ani_2005_seniors);
                }
                ra::detail::record(*o, as_of, out);
            }
            if (options.ani_2005_seniors)
                ra::detail::ani_2005_interviews(e, options, b45, senior_last, as_of, out);
        }
    }
    ra::detail::bilan_etape_requests(e, as_of, out);
    if (dif_hours(e, as_of) > 0) {
        const year_month_day until =
            as_of < ra::cpf_start ? as_of : add_days(ra::cpf_start, -1);
        finding f{.kind = finding_kind::entitlement,
                  .rule = &ra::dif,
                  .review = inclusive(ra::detail::later(e.hire_date, ra::dif_start), until),
                  .date = until,
                  .about = obligation_kind::droit_individuel_formation};
        f.why.push_back(&ra::dif);
        if (ra::cpf_start <= as_of) f.why.push_back(&ra::cpf_replaces_dif);
        out.add(f);
    }
}

// Regime A on its own, as a policy (for the CLI's named rule sets and historical audits).
struct regime_a_policy {
    regime_a_options options{};

    constexpr bool ok() const noexcept { return options.ok(); }
    constexpr void evaluate(const employee& e, const company& c, year_month_day as_of,
                            evaluation& out) const {
        evaluate_regime_a(e, c, options, as_of, out);
    }
};

// The statute only (over-45 interview, bilan d'étape, DIF).
inline constexpr regime_a_policy pre_2014{};
// A company covered by the ANI 2003 (or a branch agreement taking it over).
inline constexpr regime_a_policy ani_2003{.options = {.ani_2003 = true}};
// Covered by the ANI 2003 and the ANI 2005 on senior employment.
inline constexpr regime_a_policy ani_2003_2005{
    .options = {.ani_2003 = true, .ani_2005_seniors = true}};

// The preset named `id` ("fr:pre-2014", "fr:ani-2003", "fr:ani-2003-2005"), or nullptr.
constexpr const regime_a_policy* find_regime_a(std::string_view id) noexcept {
    if (id == "fr:pre-2014")
        return &pre_2014;
    if (id == "fr:ani-2003")
        return &ani_2003;
    if (id == "fr:ani-2003-2005")
        return &ani_2003_2005;
    return nullptr;
}

} // namespace careertalk::fr
