// careertalk/kinds.hpp: the domain vocabulary shared by facts and results.
//
// Names are the legal terms (French or Dutch) where those are the precise name, with an
// English gloss. The enumerator names are the ids used in CSV, JSON and the CLI. Boost.Describe
// caps an enum at 52 enumerators; obligation_kind is the fullest and leaves room.
#pragma once

#include <boost/describe/enum.hpp>

#include <cstdint>

namespace careertalk::inline v0 {

// Kind of employment contract.
enum class contract_kind : std::uint8_t {
    // France
    cdi,                   // contrat à durée indéterminée (permanent)
    cdd,                   // contrat à durée déterminée (fixed term)
    interim,               // contrat de travail temporaire (agency work; the agency is employer)
    apprentissage,         // contrat d'apprentissage (apprenticeship)
    professionnalisation,  // contrat de professionnalisation (work-study)
    // Netherlands
    onbepaalde_tijd,  // arbeidsovereenkomst voor onbepaalde tijd (permanent)
    bepaalde_tijd,    // arbeidsovereenkomst voor bepaalde tijd (fixed term)
    uitzend,          // uitzendovereenkomst (agency work)
    oproep,           // oproepovereenkomst (on-call)
    promovendus,      // promovendus, PhD candidate on a temporary appointment (cao-NU)
};
BOOST_DESCRIBE_ENUM(contract_kind, cdi, cdd, interim, apprentissage, professionnalisation,
                    onbepaalde_tijd, bepaalde_tijd, uitzend, oproep, promovendus)

// Kind of absence or suspension of the contract.
enum class absence_kind : std::uint8_t {
    conge_maternite,                 // maternity leave (C. trav. L1225-17)
    conge_adoption,                  // adoption leave (L1225-37)
    conge_supplementaire_naissance,  // additional birth leave (L1225-46-2, from 2026)
    conge_paternite,                 // paternity leave (L1225-35): triggers no interview
    conge_parental_education,        // parental leave (L1225-47)
    temps_partiel_parental,          // part-time instead of parental leave (L1225-47)
    conge_proche_aidant,     // carer's leave (L3142-16); "congé de soutien familial" until 2016
    conge_solidarite_familiale,      // family solidarity leave (L3142-6)
    conge_sabbatique,                // sabbatical (L3142-28)
    mobilite_volontaire_securisee,   // secured voluntary mobility (L1222-12)
    arret_longue_maladie,            // long illness (CSS L324-1: ALD or over 6 months)
    arret_maladie,                   // ordinary sick leave
    mandat_syndical,                 // union or staff mandate (the end of it triggers)
    conge_presence_parentale,        // parental presence leave (L1225-62)
    conge_sans_solde,                // unpaid leave
    ziekte,                          // NL: sickness (Wet verbetering poortwachter)
    // Work accident (CSS L411-1) and occupational disease (CSS L461-1): not in L6315-1's list
    // of absences after which a return interview is owed (that list names the arrêt longue
    // maladie of CSS L324-1 only); sickness under the Dutch rules (Poortwachter does not ask
    // what caused it).
    accident_travail,
    maladie_professionnelle,
};
BOOST_DESCRIBE_ENUM(absence_kind, conge_maternite, conge_adoption, conge_supplementaire_naissance,
                    conge_paternite, conge_parental_education, temps_partiel_parental,
                    conge_proche_aidant, conge_solidarite_familiale, conge_sabbatique,
                    mobilite_volontaire_securisee, arret_longue_maladie, arret_maladie,
                    mandat_syndical, conge_presence_parentale, conge_sans_solde, ziekte,
                    accident_travail, maladie_professionnelle)

// What is owed, and what a held event records: conversations and the other duties around
// them. An interview record of kind K fulfils obligations of kind K.
enum class obligation_kind : std::uint8_t {
    // France
    information_embauche,                 // information at hire (L6315-1 I al. 1)
    entretien_professionnel,              // professional interview (2003 ANI; 2014-2025 law)
    etat_des_lieux,                       // état des lieux récapitulatif (6- then 8-year review)
    entretien_parcours_professionnel,     // career-path interview (EPP, since 2025-10-26)
    entretien_retour,                     // interview on return from a listed absence
    entretien_avant_conge,                // interview before carer's or solidarity leave
    entretien_mi_carriere,                // mid-career EPP (L6315-1 IV)
    entretien_fin_carriere,               // first EPP in the 2 years before 60 (L6315-1 V)
    entretien_deuxieme_partie_carriere,   // over-45 interview (L6321-1 al. 3, 2009-2014)
    bilan_etape_professionnel,            // bilan d'étape professionnel (L6315-1 v1)
    visite_mi_carriere,                   // mid-career medical visit (L4624-2-2)
    abondement_correctif,                 // corrective CPF top-up payment (L6323-13)
    droit_individuel_formation,           // DIF: training hours earned, an entitlement (2004-2014)
    // Netherlands: conversations
    loopbaangesprek,        // career conversation
    planningsgesprek,       // planning conversation (start of the cycle)
    functioneringsgesprek,  // performance conversation (two-way, no verdict)
    beoordelingsgesprek,    // appraisal conversation (with a verdict)
    jaargesprek,            // annual conversation (UMC, cao-NU, GGZ)
    personeelsgesprek,      // staff conversation (CAO Rijk)
    inzetbaarheidsgesprek,  // employability conversation (Sociaal Werk)
    doorwerkgesprek,        // working-until-AOW conversation (Sociaal Werk)
    ontwikkelgesprek,       // development conversation (Banken, Kinderopvang)
    periodiek_gesprek,      // periodic conversation (Gehandicaptenzorg)
    // Netherlands: documents, entitlements and lead times around a conversation
    uitnodiging,             // written invitation with the topics
    onderwerpen_medewerker,  // employee's own topics handed in
    voorbereiding,           // preparation starts (preparation form sent)
    verslag,                 // written record of the conversation
    reactie,                 // employee's written reaction window
    pop,                     // persoonlijk ontwikkelplan (personal development plan)
    loopbaanadvies,          // career advice by a loopbaanadviseur (entitlement)
    loopbaanscan,            // career scan (entitlement)
    opleidingsplan,          // training and supervision plan (cao-NU PhD)
    // Netherlands: Wet verbetering poortwachter
    probleemanalyse,           // problem analysis by the company doctor
    plan_van_aanpak,           // action plan
    evaluatie_plan_van_aanpak, // periodic evaluation of the action plan
    melding_42e_week,          // 42nd-week report to UWV
    eerstejaarsevaluatie,      // first-year evaluation
    wia_aanvraag,              // WIA application
    einde_loondoorbetaling,    // end of wage payment (104 weeks)
    ziekmelding_arbodienst,    // sick report to the company doctor or arbodienst (week 1)
    melding_13e_week,          // 13th-week report to UWV (sickness before 2008-08-01)
    re_integratieverslag,      // re-integration report, with eindevaluatie and actueel oordeel
    tweede_spoor,              // second track: work with another employer
    vervroegde_iva,            // early IVA application (no prospect of recovery)
    deskundigenoordeel,        // UWV expert opinion (Wet SUWI art. 32)
    ziekmelding_einde_dienstverband,  // sick report to UWV when the contract ends in sickness
    afwijkende_meldtermijn,    // a shorter reporting deadline to UWV the library does not model
    loopbaanbudget,            // career or development budget (Waterschappen PBB, Sociaal Werk)
};
BOOST_DESCRIBE_ENUM(obligation_kind, information_embauche, entretien_professionnel, etat_des_lieux,
                    entretien_parcours_professionnel, entretien_retour, entretien_avant_conge,
                    entretien_mi_carriere, entretien_fin_carriere,
                    entretien_deuxieme_partie_carriere, bilan_etape_professionnel,
                    visite_mi_carriere, abondement_correctif, droit_individuel_formation,
                    loopbaangesprek, planningsgesprek,
                    functioneringsgesprek, beoordelingsgesprek, jaargesprek, personeelsgesprek,
                    inzetbaarheidsgesprek, doorwerkgesprek, ontwikkelgesprek, periodiek_gesprek,
                    uitnodiging, onderwerpen_medewerker, voorbereiding, verslag, reactie, pop,
                    loopbaanadvies, loopbaanscan, opleidingsplan, probleemanalyse, plan_van_aanpak,
                    evaluatie_plan_van_aanpak, melding_42e_week, eerstejaarsevaluatie,
                    wia_aanvraag, einde_loondoorbetaling, ziekmelding_arbodienst,
                    melding_13e_week, re_integratieverslag, tweede_spoor, vervroegde_iva,
                    deskundigenoordeel, ziekmelding_einde_dienstverband,
                    afwijkende_meldtermijn, loopbaanbudget)

// Public predicates over obligation kinds (one copy each; history.hpp and the French
// schedule use them).

// An interview that counts as a French entretien professionnel or EPP: any of them restarts
// the periodic clock (C. trav. L6315-1: the return, pre-leave, mid-career and pre-60
// interviews and the état des lieux are entretiens professionnels).
constexpr bool is_interview(obligation_kind k) noexcept {
    switch (k) {
        case obligation_kind::entretien_professionnel:
        case obligation_kind::etat_des_lieux:
        case obligation_kind::entretien_parcours_professionnel:
        case obligation_kind::entretien_retour:
        case obligation_kind::entretien_avant_conge:
        case obligation_kind::entretien_mi_carriere:
        case obligation_kind::entretien_fin_carriere: return true;
        default: return false;
    }
}

// A conversation with the employee, French or Dutch: the interviews above, the over-45
// interview and the bilan d'étape (which restart no clock), and the Dutch gesprekken. Not the
// documents, visits, payments and reports around them.
constexpr bool is_conversation(obligation_kind k) noexcept {
    if (is_interview(k)) return true;
    switch (k) {
        case obligation_kind::entretien_deuxieme_partie_carriere:
        case obligation_kind::bilan_etape_professionnel:
        case obligation_kind::loopbaangesprek:
        case obligation_kind::planningsgesprek:
        case obligation_kind::functioneringsgesprek:
        case obligation_kind::beoordelingsgesprek:
        case obligation_kind::jaargesprek:
        case obligation_kind::personeelsgesprek:
        case obligation_kind::inzetbaarheidsgesprek:
        case obligation_kind::doorwerkgesprek:
        case obligation_kind::ontwikkelgesprek:
        case obligation_kind::periodiek_gesprek: return true;
        default: return false;
    }
}

// Kind of medical visit.
enum class visit_kind : std::uint8_t {
    mi_carriere,  // visite médicale de mi-carrière (L4624-2-2)
    reprise,      // return-to-work visit
    periodique,   // periodic visit
};
BOOST_DESCRIBE_ENUM(visit_kind, mi_carriere, reprise, periodique)

// Outcome recorded at the end of a conversation.
enum class outcome_kind : std::uint8_t {
    bijtekenen_5_jaar,  // NL guide: commits for 5 more years in the current function
    herorientatie,      // NL guide: reorientation agreements
    examen_echec,       // FR IDCC 1090: failed the exam ending a training
    changement_fonction,  // FR IDCC 1090: a change of function is in prospect
};
BOOST_DESCRIBE_ENUM(outcome_kind, bijtekenen_5_jaar, herorientatie, examen_echec,
                    changement_fonction)

}  // namespace careertalk
