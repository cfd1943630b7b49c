// careertalk/nl/training.hpp: a training agreed in a POP under BW 7:611a and 7:673.
//
// Statute, for every employer (docs/nl/training.md). A training the employer must provide
// for the work under Union law, national law or a CAO (7:611a lid 2) is free, counts as
// working time and takes place in working hours where possible (lid 3); a clause recovering
// its cost is void (lid 4). These three lids date from 2022-08-01; a contract that ended
// before is judged under the old law. Separately, its cost may be deducted from a
// transitievergoeding only under the Besluit (Stb. 2015, 171; Stb. 2020, 188).
#pragma once

#include <careertalk/calendar.hpp>
#include <careertalk/results.hpp>
#include <careertalk/rule.hpp>

#include <optional>

namespace careertalk::inline v0::nl {

inline constexpr year_month_day wtva_start = date::year{2022} / date::August / 1;

inline constexpr rule_ref bw_7_611a_lid_1{
    .id = "nl.BW.7-611a.1"_ct,
    .citation = "BW 7:611a lid 1 (Wet werk en zekerheid, in force 2015-07-01)"_ct,
    .in_force = {date::year{2015} / date::July / 1, open_end},
    .title = {.en = "The employer enables training necessary for the job"_ct,
              .fr = "L'employeur permet les formations nécessaires à la fonction"_ct,
              .nl = "De werkgever stelt de werknemer in staat scholing te volgen die noodzakelijk "
                    "is voor de functie"_ct},
    .basis = authority::statute};

inline constexpr rule_ref bw_7_611a_lid_2_4{
    .id = "nl.BW.7-611a.2-4"_ct,
    .citation = "BW 7:611a lid 2-4 (Wet implementatie EU-richtlijn transparante en voorspelbare "
                "arbeidsvoorwaarden, Kamerstuk 35 962; Richtlijn (EU) 2019/1152 art. 13); "
                "HR 26-09-2025, ECLI:NL:HR:2025:1386"_ct,
    .in_force = {wtva_start, open_end},
    .title = {.en = "Mandatory training is free, counts as working time, in working hours where "
                    "possible; a repayment clause for it is void"_ct,
              .fr = "La formation obligatoire est gratuite, compte comme temps de travail, "
                    "pendant les heures de travail si possible ; toute clause de remboursement "
                    "est nulle"_ct,
              .nl = "Verplichte scholing is kosteloos, geldt als arbeidstijd, zo mogelijk onder "
                    "werktijd; een studiekostenbeding ervoor is nietig"_ct},
    .basis = authority::statute,
    .reading = "a contract that ended before 2022-08-01 is judged under the old law (a case "
               "note, kuijer-arbeidsrechtadvies.nl ◐; docs/nl/training.md)."_ct};

inline constexpr rule_ref bw_7_611a_vrijwillig{
    .id = "nl.BW.7-611a.vrijwillig"_ct,
    .citation = "BW 7:611a (a contrario); HR 1983 Muller/Van Opzeeland criteria "
                "(docs/nl/training.md)"_ct,
    .in_force = {date::year{2015} / date::July / 1, open_end},
    .title = {.en = "A training the employee chooses may carry a repayment clause"_ct,
              .fr = "Une formation choisie par le salarié peut comporter une clause de "
                    "remboursement"_ct,
              .nl = "Voor scholing die de werknemer zelf kiest kan een studiekostenbeding gelden"_ct},
    .basis = authority::case_law,
    .reading = "'may be valid': the clause is still judged on the case-law criteria."_ct};

inline constexpr rule_ref besluit_transitievergoeding{
    .id = "nl.BW.7-673.6.besluit"_ct,
    .citation = "BW 7:673 lid 6; Besluit voorwaarden in mindering brengen kosten op "
                "transitievergoeding (Stb. 2015, 171), art. 2 lid 1 sub a-e"_ct,
    .in_force = {date::year{2015} / date::July / 1, open_end},
    .title = {.en = "Employability costs are deducted from the transition payment only if "
                    "specified and agreed in writing before they were incurred"_ct,
              .fr = "Les coûts d'employabilité ne sont déduits de l'indemnité de transition que "
                    "s'ils ont été précisés et acceptés par écrit avant d'être engagés"_ct,
              .nl = "Inzetbaarheidskosten gaan alleen van de transitievergoeding af als ze "
                    "vooraf schriftelijk zijn gespecificeerd en de werknemer vooraf schriftelijk "
                    "heeft ingestemd"_ct},
    .basis = authority::decree,
    .reading = "'gemaakt nadat': a specification or consent dated on or before the day the costs "
               "start counts; a CAO may replace the consent."_ct};

inline constexpr rule_ref besluit_2020{
    .id = "nl.BW.7-673.6.besluit-2020"_ct,
    .citation = "Besluit voorwaarden in mindering brengen kosten op transitievergoeding, as "
                "amended by Stb. 2020, 188"_ct,
    .in_force = {date::year{2015} / date::July / 1, open_end},
    .title = {.en = "Not deductible: training mainly for the current function, or for "
                    "re-integration (7:658a) or redeployment (7:669 lid 1)"_ct,
              .fr = "Non déductible : formation pour la fonction actuelle, ou pour la "
                    "réintégration ou le reclassement"_ct,
              .nl = "Niet aftrekbaar: scholing voor de huidige functie, of voor re-integratie "
                    "(7:658a) of herplaatsing (7:669 lid 1)"_ct},
    .basis = authority::decree,
    .reading = "the amendment's date of entry into force was not verified: applied to every "
               "assessment; a 7:611a lid 2 training counts as one for the current function."_ct};

// A training agreed in a POP, with what the rules need to know about it.
struct pop_training {
    bool required_for_the_work = false;  // Union law, national law or a CAO obliges the
                                         // employer to provide it for the work (7:611a lid 2)
    bool repayment_clause = false;       // the contract has a studiekostenbeding for it
    std::optional<year_month_day> contract_ended{};  // last day of the contract, if it ended

    // Deduction from a transitievergoeding (Besluit Stb. 2015, 171; Stb. 2020, 188).
    year_month_day costs_from{};                        // the day the costs start (course start)
    std::optional<year_month_day> specified_on{};       // costs specified in writing
    std::optional<year_month_day> consent_on{};         // employee's written consent
    bool cao_allows_deduction = false;                  // a CAO replaces the consent
    bool for_current_function = false;                  // skills mainly for the current function
    bool reintegration_or_redeployment = false;         // 7:658a or 7:669 lid 1 duties
};

// What follows for the training.
struct training_assessment {
    bool mandatory = false;             // 7:611a lid 2 training under the law in force
    bool kosteloos = false;             // free for the employee (lid 2)
    bool arbeidstijd = false;           // counts as working time (lid 3)
    bool onder_werktijd = false;        // in working hours where possible (lid 3)
    bool beding_nietig = false;         // a repayment clause is void (lid 4)
    bool beding_mogelijk = false;       // a repayment clause may be valid
    bool aftrekbaar = false;            // deductible from a transitievergoeding
    explanation why{};
};

constexpr training_assessment assess(const pop_training& t) noexcept {
    training_assessment a{};
    const bool new_law = !t.contract_ended || !(*t.contract_ended < wtva_start);
    if (t.required_for_the_work && new_law) {
        a.mandatory = a.kosteloos = a.arbeidstijd = a.onder_werktijd = true;
        a.beding_nietig = t.repayment_clause;
        a.why.push_back(&bw_7_611a_lid_2_4);
    } else if (t.repayment_clause) {
        a.beding_mogelijk = true;
        a.why.push_back(t.required_for_the_work ? &bw_7_611a_lid_1 : &bw_7_611a_vrijwillig);
    }
    const auto in_time = [&](std::optional<year_month_day> d) {
        return d && !(t.costs_from < *d);
    };
    const bool excluded = t.for_current_function || t.reintegration_or_redeployment ||
                          t.required_for_the_work;
    a.aftrekbaar = !excluded && in_time(t.specified_on) &&
                   (t.cao_allows_deduction || in_time(t.consent_on));
    a.why.push_back(excluded ? &besluit_2020 : &besluit_transitievergoeding);
    return a;
}

inline constexpr const rule_ref* training_rules[] = {&bw_7_611a_lid_1, &bw_7_611a_lid_2_4,
                                                     &bw_7_611a_vrijwillig,
                                                     &besluit_transitievergoeding, &besluit_2020};

}  // namespace careertalk::nl
