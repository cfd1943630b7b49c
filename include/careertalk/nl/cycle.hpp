// careertalk/nl/cycle.hpp: the gesprekkencyclus (planning, functionering, beoordeling).
//
// Common Dutch practice, not law (docs/nl/cao.md#conversation-cycle): a planning talk at the
// start of the cycle, performance conversations about 4 and 8 months after it, an appraisal at
// the end. Two presets: the calendar-year cycle and the rolling cycle from hire. Both start
// with a planning talk soon after hire (2 months: the library's choice), and an appraisal
// follows performance talks, never stands alone. Organisations that use other conversations
// define their own policy (policy.hpp).
#pragma once

#include <careertalk/nl/policy.hpp>

namespace careertalk::inline v0::nl {

// Practice presets have no date of their own: valid_from is a placeholder.
inline constexpr period cycle_period{date::year{2020} / 1 / 1, open_end};

inline constexpr rule_ref cycle_practice{
    .id = "nl.cyclus"_ct,
    .citation = "Practice sources: tentoo; schavenaanjouwtoekomst.nl; overleidinggeven.nl; "
                "Universiteit Leiden 'In gesprek' (R&O, 2008) "
                "(docs/nl/cao.md#conversation-cycle)"_ct,
    .in_force = cycle_period,
    .title = {.en = "Conversation cycle: planning, performance, appraisal"_ct,
              .fr = "Cycle d'entretiens : planification, fonctionnement, évaluation"_ct,
              .nl = "Gesprekkencyclus: plannings-, functionerings- en beoordelingsgesprek"_ct},
    .basis = authority::practice,
    .reading = "practice, not law; valid_from 2020-01-01 is a placeholder for the date the "
               "organisation adopted its cycle."_ct};

inline constexpr rule_ref cycle_planning{
    .id = "nl.cyclus.planning"_ct,
    .citation = "Practice: planningsgesprek at the start of the cycle, often January-February "
                "(tentoo; schavenaanjouwtoekomst.nl)"_ct,
    .in_force = cycle_period,
    .title = {.en = "Planning conversation at the start of the cycle (calendar year: by the end "
                    "of February)"_ct,
              .fr = "Entretien de planification en début de cycle (année civile : fin février)"_ct,
              .nl = "Planningsgesprek aan het begin van de cyclus (kalenderjaar: uiterlijk eind "
                    "februari)"_ct},
    .basis = authority::practice};

inline constexpr rule_ref cycle_functionering{
    .id = "nl.cyclus.functionering"_ct,
    .citation = "Practice: functioneringsgesprek about 4 and 8 months after the planning talk "
                "(overleidinggeven.nl; learnit.nl)"_ct,
    .in_force = cycle_period,
    .title = {.en = "Performance conversations 4 and 8 months after the planning conversation"_ct,
              .fr = "Entretiens de fonctionnement 4 et 8 mois après la planification"_ct,
              .nl = "Functioneringsgesprekken 4 en 8 maanden na het planningsgesprek"_ct},
    .basis = authority::practice,
    .reading = "counted from the planning talk held by its due date, otherwise from its due "
               "date: a late planning talk does not move performance talks already due."_ct};

inline constexpr rule_ref cycle_beoordeling{
    .id = "nl.cyclus.beoordeling"_ct,
    .citation = "Practice: beoordelingsgesprek at the end of the cycle, often November-December "
                "(arag.nl; unie.nl)"_ct,
    .in_force = cycle_period,
    .title = {.en = "Appraisal at the end of the cycle (calendar year: in December)"_ct,
              .fr = "Évaluation en fin de cycle (année civile : en décembre)"_ct,
              .nl = "Beoordelingsgesprek aan het eind van de cyclus (kalenderjaar: in december)"_ct},
    .basis = authority::practice,
    .reading = "it judges a period with performance talks: in a calendar year it is owed only "
               "when a performance talk fell due that year before December."_ct};

// The library's choice: no practice source dates the first planning talk after hire.
inline constexpr rule_ref cycle_first_planning{
    .id = "nl.cyclus.planning.eerste"_ct,
    .citation = "Library default: no source dates the first planning talk after hire "
                "(docs/nl/cao.md#conversation-cycle)"_ct,
    .in_force = cycle_period,
    .title = {.en = "First planning conversation within 2 months of hire (calendar cycle: in the "
                    "hire year)"_ct,
              .fr = "Premier entretien de planification dans les 2 mois de l'embauche (cycle "
                    "civil : l'année de l'embauche)"_ct,
              .nl = "Eerste planningsgesprek binnen 2 maanden na indiensttreding (kalenderjaar: "
                    "in het jaar van indiensttreding)"_ct},
    .basis = authority::interpretation,
    .reading = "2 months after hire, or after the cycle's start; in a calendar cycle at the "
               "latest on 31 December of the hire year, and never before the end of February. "
               "Late, it is an advisory, not overdue."_ct};

inline constexpr rule_ref cycle_record{
    .id = "nl.cyclus.verslag"_ct,
    .citation = "Practice: smartadvocaten.nl; arag.nl; unie.nl; AVG retention until 2 years after "
                "the employment ends (rendement.nl; vnpf.nl; rwv.nl)"_ct,
    .in_force = cycle_period,
    .title = {.en = "Written report signed 'voor akkoord' or 'voor gezien'; the employee may react "
                    "in writing; kept until 2 years after the employment ends"_ct,
              .fr = "Compte rendu signé « pour accord » ou « pour vu » ; réaction écrite "
                    "possible ; conservé 2 ans après la fin du contrat"_ct,
              .nl = "Verslag getekend 'voor akkoord' of 'voor gezien'; schriftelijke reactie "
                    "mogelijk; bewaard tot 2 jaar na einde dienstverband"_ct},
    .basis = authority::practice,
    .reading = "no deadline for the report in practice sources: the policy gives none."_ct};

inline constexpr record_rule cycle_record_rule{.required = true,
                                               .sign = signing::akkoord_of_gezien,
                                               .keep_after_end = years(2),
                                               .rule = &cycle_record};

inline constexpr conversation cycle_calendar_conversations[] = {
    {.kind = obligation_kind::planningsgesprek, .rule = &cycle_planning,
     .every = rhythm::yearly, .first_month = 1, .last_month = 2, .first = months(2),
     .first_rule = &cycle_first_planning, .record = cycle_record_rule},
    {.kind = obligation_kind::functioneringsgesprek, .rule = &cycle_functionering,
     .every = rhythm::after, .interval = months(4), .anchor = obligation_kind::planningsgesprek,
     .count = 2, .record = cycle_record_rule},
    {.kind = obligation_kind::beoordelingsgesprek, .rule = &cycle_beoordeling,
     .every = rhythm::yearly, .first_month = 12, .last_month = 12,
     .anchor = obligation_kind::functioneringsgesprek, .needs_anchor = true,
     .record = cycle_record_rule},
};

inline constexpr conversation cycle_rolling_conversations[] = {
    {.kind = obligation_kind::planningsgesprek, .rule = &cycle_planning,
     .every = rhythm::rolling, .interval = months(12), .first = months(2),
     .first_rule = &cycle_first_planning, .record = cycle_record_rule},
    {.kind = obligation_kind::functioneringsgesprek, .rule = &cycle_functionering,
     .every = rhythm::after, .interval = months(4), .anchor = obligation_kind::planningsgesprek,
     .count = 2, .record = cycle_record_rule},
    {.kind = obligation_kind::beoordelingsgesprek, .rule = &cycle_beoordeling,
     .every = rhythm::after, .interval = months(12), .anchor = obligation_kind::planningsgesprek,
     .count = 1, .record = cycle_record_rule},
};

inline constexpr conversation_policy cycle_calendar{
    .name = "cycle-calendar"_ct,
    .source = &cycle_practice,
    .valid = cycle_period,
    .yearly = yearly_reading::calendar_year,
    .conversations = cycle_calendar_conversations,
};

// Rolling: a planning talk within 2 months of hire, then within 12 months of the previous one;
// performance talks 4 and 8 months, the appraisal 12 months after each planning talk.
inline constexpr conversation_policy cycle_rolling{
    .name = "cycle-rolling"_ct,
    .source = &cycle_practice,
    .valid = cycle_period,
    .yearly = yearly_reading::rolling_12_months,
    .conversations = cycle_rolling_conversations,
};

inline constexpr const rule_ref* cycle_rules[] = {&cycle_practice,      &cycle_planning,
                                                  &cycle_first_planning, &cycle_functionering,
                                                  &cycle_beoordeling,   &cycle_record,
                                                  &yearly_as_calendar_year, &yearly_as_rolling};

}  // namespace careertalk::nl
