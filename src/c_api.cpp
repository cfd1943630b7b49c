// The C interface (careertalk/c/careertalk.h) over the compiled facade (careertalk/facade.hpp):
// checks the caller's plain structs, converts them into the library's facts in storage the
// handle reuses, and publishes the results as plain structs.
#include <careertalk/c/careertalk.h>
#include <careertalk/facade.hpp>
#include <careertalk/io/names.hpp>

#include <boost/describe/enumerators.hpp>
#include <boost/mp11/algorithm.hpp>

#include <algorithm>
#include <array>
#include <atomic>
#include <barrier>
#include <functional>
#include <memory>
#include <new>
#include <string>
#include <string_view>
#include <system_error>
#include <thread>
#include <vector>

namespace ct = careertalk;

// The enumerators' values are the C++ library's (generated from its BOOST_DESCRIBE_ENUM lists).
static_assert(CAREERTALK_CONTRACT_CDI == static_cast<int>(ct::contract_kind::cdi));
static_assert(CAREERTALK_CONTRACT_CDD == static_cast<int>(ct::contract_kind::cdd));
static_assert(CAREERTALK_CONTRACT_INTERIM == static_cast<int>(ct::contract_kind::interim));
static_assert(CAREERTALK_CONTRACT_APPRENTISSAGE == static_cast<int>(ct::contract_kind::apprentissage));
static_assert(CAREERTALK_CONTRACT_PROFESSIONNALISATION == static_cast<int>(ct::contract_kind::professionnalisation));
static_assert(CAREERTALK_CONTRACT_ONBEPAALDE_TIJD == static_cast<int>(ct::contract_kind::onbepaalde_tijd));
static_assert(CAREERTALK_CONTRACT_BEPAALDE_TIJD == static_cast<int>(ct::contract_kind::bepaalde_tijd));
static_assert(CAREERTALK_CONTRACT_UITZEND == static_cast<int>(ct::contract_kind::uitzend));
static_assert(CAREERTALK_CONTRACT_OPROEP == static_cast<int>(ct::contract_kind::oproep));
static_assert(CAREERTALK_CONTRACT_PROMOVENDUS == static_cast<int>(ct::contract_kind::promovendus));
static_assert(CAREERTALK_CONTRACT_COUNT == boost::mp11::mp_size<boost::describe::describe_enumerators<ct::contract_kind>>::value);
static_assert(CAREERTALK_ABSENCE_CONGE_MATERNITE == static_cast<int>(ct::absence_kind::conge_maternite));
static_assert(CAREERTALK_ABSENCE_CONGE_ADOPTION == static_cast<int>(ct::absence_kind::conge_adoption));
static_assert(CAREERTALK_ABSENCE_CONGE_SUPPLEMENTAIRE_NAISSANCE == static_cast<int>(ct::absence_kind::conge_supplementaire_naissance));
static_assert(CAREERTALK_ABSENCE_CONGE_PATERNITE == static_cast<int>(ct::absence_kind::conge_paternite));
static_assert(CAREERTALK_ABSENCE_CONGE_PARENTAL_EDUCATION == static_cast<int>(ct::absence_kind::conge_parental_education));
static_assert(CAREERTALK_ABSENCE_TEMPS_PARTIEL_PARENTAL == static_cast<int>(ct::absence_kind::temps_partiel_parental));
static_assert(CAREERTALK_ABSENCE_CONGE_PROCHE_AIDANT == static_cast<int>(ct::absence_kind::conge_proche_aidant));
static_assert(CAREERTALK_ABSENCE_CONGE_SOLIDARITE_FAMILIALE == static_cast<int>(ct::absence_kind::conge_solidarite_familiale));
static_assert(CAREERTALK_ABSENCE_CONGE_SABBATIQUE == static_cast<int>(ct::absence_kind::conge_sabbatique));
static_assert(CAREERTALK_ABSENCE_MOBILITE_VOLONTAIRE_SECURISEE == static_cast<int>(ct::absence_kind::mobilite_volontaire_securisee));
static_assert(CAREERTALK_ABSENCE_ARRET_LONGUE_MALADIE == static_cast<int>(ct::absence_kind::arret_longue_maladie));
static_assert(CAREERTALK_ABSENCE_ARRET_MALADIE == static_cast<int>(ct::absence_kind::arret_maladie));
static_assert(CAREERTALK_ABSENCE_MANDAT_SYNDICAL == static_cast<int>(ct::absence_kind::mandat_syndical));
static_assert(CAREERTALK_ABSENCE_CONGE_PRESENCE_PARENTALE == static_cast<int>(ct::absence_kind::conge_presence_parentale));
static_assert(CAREERTALK_ABSENCE_CONGE_SANS_SOLDE == static_cast<int>(ct::absence_kind::conge_sans_solde));
static_assert(CAREERTALK_ABSENCE_ZIEKTE == static_cast<int>(ct::absence_kind::ziekte));
static_assert(CAREERTALK_ABSENCE_ACCIDENT_TRAVAIL == static_cast<int>(ct::absence_kind::accident_travail));
static_assert(CAREERTALK_ABSENCE_MALADIE_PROFESSIONNELLE == static_cast<int>(ct::absence_kind::maladie_professionnelle));
static_assert(CAREERTALK_ABSENCE_COUNT == boost::mp11::mp_size<boost::describe::describe_enumerators<ct::absence_kind>>::value);
static_assert(CAREERTALK_OBLIGATION_INFORMATION_EMBAUCHE == static_cast<int>(ct::obligation_kind::information_embauche));
static_assert(CAREERTALK_OBLIGATION_ENTRETIEN_PROFESSIONNEL == static_cast<int>(ct::obligation_kind::entretien_professionnel));
static_assert(CAREERTALK_OBLIGATION_ETAT_DES_LIEUX == static_cast<int>(ct::obligation_kind::etat_des_lieux));
static_assert(CAREERTALK_OBLIGATION_ENTRETIEN_PARCOURS_PROFESSIONNEL == static_cast<int>(ct::obligation_kind::entretien_parcours_professionnel));
static_assert(CAREERTALK_OBLIGATION_ENTRETIEN_RETOUR == static_cast<int>(ct::obligation_kind::entretien_retour));
static_assert(CAREERTALK_OBLIGATION_ENTRETIEN_AVANT_CONGE == static_cast<int>(ct::obligation_kind::entretien_avant_conge));
static_assert(CAREERTALK_OBLIGATION_ENTRETIEN_MI_CARRIERE == static_cast<int>(ct::obligation_kind::entretien_mi_carriere));
static_assert(CAREERTALK_OBLIGATION_ENTRETIEN_FIN_CARRIERE == static_cast<int>(ct::obligation_kind::entretien_fin_carriere));
static_assert(CAREERTALK_OBLIGATION_ENTRETIEN_DEUXIEME_PARTIE_CARRIERE == static_cast<int>(ct::obligation_kind::entretien_deuxieme_partie_carriere));
static_assert(CAREERTALK_OBLIGATION_BILAN_ETAPE_PROFESSIONNEL == static_cast<int>(ct::obligation_kind::bilan_etape_professionnel));
static_assert(CAREERTALK_OBLIGATION_VISITE_MI_CARRIERE == static_cast<int>(ct::obligation_kind::visite_mi_carriere));
static_assert(CAREERTALK_OBLIGATION_ABONDEMENT_CORRECTIF == static_cast<int>(ct::obligation_kind::abondement_correctif));
static_assert(CAREERTALK_OBLIGATION_DROIT_INDIVIDUEL_FORMATION == static_cast<int>(ct::obligation_kind::droit_individuel_formation));
static_assert(CAREERTALK_OBLIGATION_LOOPBAANGESPREK == static_cast<int>(ct::obligation_kind::loopbaangesprek));
static_assert(CAREERTALK_OBLIGATION_PLANNINGSGESPREK == static_cast<int>(ct::obligation_kind::planningsgesprek));
static_assert(CAREERTALK_OBLIGATION_FUNCTIONERINGSGESPREK == static_cast<int>(ct::obligation_kind::functioneringsgesprek));
static_assert(CAREERTALK_OBLIGATION_BEOORDELINGSGESPREK == static_cast<int>(ct::obligation_kind::beoordelingsgesprek));
static_assert(CAREERTALK_OBLIGATION_JAARGESPREK == static_cast<int>(ct::obligation_kind::jaargesprek));
static_assert(CAREERTALK_OBLIGATION_PERSONEELSGESPREK == static_cast<int>(ct::obligation_kind::personeelsgesprek));
static_assert(CAREERTALK_OBLIGATION_INZETBAARHEIDSGESPREK == static_cast<int>(ct::obligation_kind::inzetbaarheidsgesprek));
static_assert(CAREERTALK_OBLIGATION_DOORWERKGESPREK == static_cast<int>(ct::obligation_kind::doorwerkgesprek));
static_assert(CAREERTALK_OBLIGATION_ONTWIKKELGESPREK == static_cast<int>(ct::obligation_kind::ontwikkelgesprek));
static_assert(CAREERTALK_OBLIGATION_PERIODIEK_GESPREK == static_cast<int>(ct::obligation_kind::periodiek_gesprek));
static_assert(CAREERTALK_OBLIGATION_UITNODIGING == static_cast<int>(ct::obligation_kind::uitnodiging));
static_assert(CAREERTALK_OBLIGATION_ONDERWERPEN_MEDEWERKER == static_cast<int>(ct::obligation_kind::onderwerpen_medewerker));
static_assert(CAREERTALK_OBLIGATION_VOORBEREIDING == static_cast<int>(ct::obligation_kind::voorbereiding));
static_assert(CAREERTALK_OBLIGATION_VERSLAG == static_cast<int>(ct::obligation_kind::verslag));
static_assert(CAREERTALK_OBLIGATION_REACTIE == static_cast<int>(ct::obligation_kind::reactie));
static_assert(CAREERTALK_OBLIGATION_POP == static_cast<int>(ct::obligation_kind::pop));
static_assert(CAREERTALK_OBLIGATION_LOOPBAANADVIES == static_cast<int>(ct::obligation_kind::loopbaanadvies));
static_assert(CAREERTALK_OBLIGATION_LOOPBAANSCAN == static_cast<int>(ct::obligation_kind::loopbaanscan));
static_assert(CAREERTALK_OBLIGATION_OPLEIDINGSPLAN == static_cast<int>(ct::obligation_kind::opleidingsplan));
static_assert(CAREERTALK_OBLIGATION_PROBLEEMANALYSE == static_cast<int>(ct::obligation_kind::probleemanalyse));
static_assert(CAREERTALK_OBLIGATION_PLAN_VAN_AANPAK == static_cast<int>(ct::obligation_kind::plan_van_aanpak));
static_assert(CAREERTALK_OBLIGATION_EVALUATIE_PLAN_VAN_AANPAK == static_cast<int>(ct::obligation_kind::evaluatie_plan_van_aanpak));
static_assert(CAREERTALK_OBLIGATION_MELDING_42E_WEEK == static_cast<int>(ct::obligation_kind::melding_42e_week));
static_assert(CAREERTALK_OBLIGATION_EERSTEJAARSEVALUATIE == static_cast<int>(ct::obligation_kind::eerstejaarsevaluatie));
static_assert(CAREERTALK_OBLIGATION_WIA_AANVRAAG == static_cast<int>(ct::obligation_kind::wia_aanvraag));
static_assert(CAREERTALK_OBLIGATION_EINDE_LOONDOORBETALING == static_cast<int>(ct::obligation_kind::einde_loondoorbetaling));
static_assert(CAREERTALK_OBLIGATION_ZIEKMELDING_ARBODIENST == static_cast<int>(ct::obligation_kind::ziekmelding_arbodienst));
static_assert(CAREERTALK_OBLIGATION_MELDING_13E_WEEK == static_cast<int>(ct::obligation_kind::melding_13e_week));
static_assert(CAREERTALK_OBLIGATION_RE_INTEGRATIEVERSLAG == static_cast<int>(ct::obligation_kind::re_integratieverslag));
static_assert(CAREERTALK_OBLIGATION_TWEEDE_SPOOR == static_cast<int>(ct::obligation_kind::tweede_spoor));
static_assert(CAREERTALK_OBLIGATION_VERVROEGDE_IVA == static_cast<int>(ct::obligation_kind::vervroegde_iva));
static_assert(CAREERTALK_OBLIGATION_DESKUNDIGENOORDEEL == static_cast<int>(ct::obligation_kind::deskundigenoordeel));
static_assert(CAREERTALK_OBLIGATION_ZIEKMELDING_EINDE_DIENSTVERBAND == static_cast<int>(ct::obligation_kind::ziekmelding_einde_dienstverband));
static_assert(CAREERTALK_OBLIGATION_AFWIJKENDE_MELDTERMIJN == static_cast<int>(ct::obligation_kind::afwijkende_meldtermijn));
static_assert(CAREERTALK_OBLIGATION_LOOPBAANBUDGET == static_cast<int>(ct::obligation_kind::loopbaanbudget));
static_assert(CAREERTALK_OBLIGATION_COUNT == boost::mp11::mp_size<boost::describe::describe_enumerators<ct::obligation_kind>>::value);
static_assert(CAREERTALK_VISIT_MI_CARRIERE == static_cast<int>(ct::visit_kind::mi_carriere));
static_assert(CAREERTALK_VISIT_REPRISE == static_cast<int>(ct::visit_kind::reprise));
static_assert(CAREERTALK_VISIT_PERIODIQUE == static_cast<int>(ct::visit_kind::periodique));
static_assert(CAREERTALK_VISIT_COUNT == boost::mp11::mp_size<boost::describe::describe_enumerators<ct::visit_kind>>::value);
static_assert(CAREERTALK_OUTCOME_BIJTEKENEN_5_JAAR == static_cast<int>(ct::outcome_kind::bijtekenen_5_jaar));
static_assert(CAREERTALK_OUTCOME_HERORIENTATIE == static_cast<int>(ct::outcome_kind::herorientatie));
static_assert(CAREERTALK_OUTCOME_EXAMEN_ECHEC == static_cast<int>(ct::outcome_kind::examen_echec));
static_assert(CAREERTALK_OUTCOME_CHANGEMENT_FONCTION == static_cast<int>(ct::outcome_kind::changement_fonction));
static_assert(CAREERTALK_OUTCOME_COUNT == boost::mp11::mp_size<boost::describe::describe_enumerators<ct::outcome_kind>>::value);
static_assert(CAREERTALK_TRIGGER_HIRE == static_cast<int>(ct::trigger_kind::hire));
static_assert(CAREERTALK_TRIGGER_REGIME_START == static_cast<int>(ct::trigger_kind::regime_start));
static_assert(CAREERTALK_TRIGGER_PERIODIC == static_cast<int>(ct::trigger_kind::periodic));
static_assert(CAREERTALK_TRIGGER_SENIORITY == static_cast<int>(ct::trigger_kind::seniority));
static_assert(CAREERTALK_TRIGGER_RETURN_FROM_ABSENCE == static_cast<int>(ct::trigger_kind::return_from_absence));
static_assert(CAREERTALK_TRIGGER_BEFORE_ABSENCE == static_cast<int>(ct::trigger_kind::before_absence));
static_assert(CAREERTALK_TRIGGER_END_OF_MANDATE == static_cast<int>(ct::trigger_kind::end_of_mandate));
static_assert(CAREERTALK_TRIGGER_AGE == static_cast<int>(ct::trigger_kind::age));
static_assert(CAREERTALK_TRIGGER_MEDICAL_VISIT == static_cast<int>(ct::trigger_kind::medical_visit));
static_assert(CAREERTALK_TRIGGER_REQUEST == static_cast<int>(ct::trigger_kind::request));
static_assert(CAREERTALK_TRIGGER_TRANSFER == static_cast<int>(ct::trigger_kind::transfer));
static_assert(CAREERTALK_TRIGGER_TRANSITION == static_cast<int>(ct::trigger_kind::transition));
static_assert(CAREERTALK_TRIGGER_CONVERSATION == static_cast<int>(ct::trigger_kind::conversation));
static_assert(CAREERTALK_TRIGGER_SICKNESS == static_cast<int>(ct::trigger_kind::sickness));
static_assert(CAREERTALK_TRIGGER_FUNCTION_YEARS == static_cast<int>(ct::trigger_kind::function_years));
static_assert(CAREERTALK_TRIGGER_CERTIFICATION == static_cast<int>(ct::trigger_kind::certification));
static_assert(CAREERTALK_TRIGGER_OUTCOME == static_cast<int>(ct::trigger_kind::outcome));
static_assert(CAREERTALK_TRIGGER_REVIEW == static_cast<int>(ct::trigger_kind::review));
static_assert(CAREERTALK_TRIGGER_COUNT == boost::mp11::mp_size<boost::describe::describe_enumerators<ct::trigger_kind>>::value);
static_assert(CAREERTALK_STATUS_MET == static_cast<int>(ct::status::met));
static_assert(CAREERTALK_STATUS_MET_LATE == static_cast<int>(ct::status::met_late));
static_assert(CAREERTALK_STATUS_OVERDUE == static_cast<int>(ct::status::overdue));
static_assert(CAREERTALK_STATUS_DUE_SOON == static_cast<int>(ct::status::due_soon));
static_assert(CAREERTALK_STATUS_UPCOMING == static_cast<int>(ct::status::upcoming));
static_assert(CAREERTALK_STATUS_NOT_REQUIRED == static_cast<int>(ct::status::not_required));
static_assert(CAREERTALK_STATUS_ADVISORY == static_cast<int>(ct::status::advisory));
static_assert(CAREERTALK_STATUS_NO_RECORD == static_cast<int>(ct::status::no_record));
static_assert(CAREERTALK_STATUS_COUNT == boost::mp11::mp_size<boost::describe::describe_enumerators<ct::status>>::value);
static_assert(CAREERTALK_BASIS_STATUTE == static_cast<int>(ct::basis::statute));
static_assert(CAREERTALK_BASIS_REGULATION == static_cast<int>(ct::basis::regulation));
static_assert(CAREERTALK_BASIS_CASE_LAW == static_cast<int>(ct::basis::case_law));
static_assert(CAREERTALK_BASIS_CAO == static_cast<int>(ct::basis::cao));
static_assert(CAREERTALK_BASIS_OFFICIAL_GUIDANCE == static_cast<int>(ct::basis::official_guidance));
static_assert(CAREERTALK_BASIS_COMMON_PRACTICE == static_cast<int>(ct::basis::common_practice));
static_assert(CAREERTALK_BASIS_LIBRARY_DEFAULT == static_cast<int>(ct::basis::library_default));
static_assert(CAREERTALK_BASIS_COUNT == boost::mp11::mp_size<boost::describe::describe_enumerators<ct::basis>>::value);
static_assert(CAREERTALK_PAYEE_NONE == static_cast<int>(ct::payee::none));
static_assert(CAREERTALK_PAYEE_CAISSE_DES_DEPOTS == static_cast<int>(ct::payee::caisse_des_depots));
static_assert(CAREERTALK_PAYEE_OPCA == static_cast<int>(ct::payee::opca));
static_assert(CAREERTALK_PAYEE_TRESOR_PUBLIC == static_cast<int>(ct::payee::tresor_public));
static_assert(CAREERTALK_PAYEE_EMPLOYEE == static_cast<int>(ct::payee::employee));
static_assert(CAREERTALK_PAYEE_COUNT == boost::mp11::mp_size<boost::describe::describe_enumerators<ct::payee>>::value);
static_assert(CAREERTALK_FINDING_PENALTY == static_cast<int>(ct::finding_kind::penalty));
static_assert(CAREERTALK_FINDING_NO_PENALTY == static_cast<int>(ct::finding_kind::no_penalty));
static_assert(CAREERTALK_FINDING_ADVISORY == static_cast<int>(ct::finding_kind::advisory));
static_assert(CAREERTALK_FINDING_MISSING == static_cast<int>(ct::finding_kind::missing));
static_assert(CAREERTALK_FINDING_ENTITLEMENT == static_cast<int>(ct::finding_kind::entitlement));
static_assert(CAREERTALK_FINDING_COUNT == boost::mp11::mp_size<boost::describe::describe_enumerators<ct::finding_kind>>::value);
static_assert(CAREERTALK_MISSING_NONE == static_cast<int>(ct::missing_fact::none));
static_assert(CAREERTALK_MISSING_BIRTH_DATE == static_cast<int>(ct::missing_fact::birth_date));
static_assert(CAREERTALK_MISSING_HEADCOUNT == static_cast<int>(ct::missing_fact::headcount));
static_assert(CAREERTALK_MISSING_CONTRACT_END == static_cast<int>(ct::missing_fact::contract_end));
static_assert(CAREERTALK_MISSING_FUNCTION_START == static_cast<int>(ct::missing_fact::function_start));
static_assert(CAREERTALK_MISSING_AOW_DATE == static_cast<int>(ct::missing_fact::aow_date));
static_assert(CAREERTALK_MISSING_MID_CAREER_VISIT == static_cast<int>(ct::missing_fact::mid_career_visit));
static_assert(CAREERTALK_MISSING_RESUMPTION_DATE == static_cast<int>(ct::missing_fact::resumption_date));
static_assert(CAREERTALK_MISSING_POLICY == static_cast<int>(ct::missing_fact::policy));
static_assert(CAREERTALK_MISSING_COUNT == boost::mp11::mp_size<boost::describe::describe_enumerators<ct::missing_fact>>::value);
static_assert(CAREERTALK_RECORD_EMPLOYEE == static_cast<int>(ct::record_kind::employee));
static_assert(CAREERTALK_RECORD_COMPANY == static_cast<int>(ct::record_kind::company));
static_assert(CAREERTALK_RECORD_ABSENCE == static_cast<int>(ct::record_kind::absence));
static_assert(CAREERTALK_RECORD_INTERVIEW == static_cast<int>(ct::record_kind::interview));
static_assert(CAREERTALK_RECORD_TRAINING == static_cast<int>(ct::record_kind::training));
static_assert(CAREERTALK_RECORD_CERTIFICATION == static_cast<int>(ct::record_kind::certification));
static_assert(CAREERTALK_RECORD_PROGRESSION == static_cast<int>(ct::record_kind::progression));
static_assert(CAREERTALK_RECORD_TRANSFER == static_cast<int>(ct::record_kind::transfer));
static_assert(CAREERTALK_RECORD_MEDICAL_VISIT == static_cast<int>(ct::record_kind::medical_visit));
static_assert(CAREERTALK_RECORD_REQUEST == static_cast<int>(ct::record_kind::request));
static_assert(CAREERTALK_RECORD_OUTCOME == static_cast<int>(ct::record_kind::outcome));
static_assert(CAREERTALK_RECORD_HEADCOUNT_YEAR == static_cast<int>(ct::record_kind::headcount_year));
static_assert(CAREERTALK_RECORD_POLICY == static_cast<int>(ct::record_kind::policy));
static_assert(CAREERTALK_RECORD_COUNT == boost::mp11::mp_size<boost::describe::describe_enumerators<ct::record_kind>>::value);
static_assert(CAREERTALK_DIAG_INVALID_DATE == static_cast<int>(ct::diagnostic_code::invalid_date));
static_assert(CAREERTALK_DIAG_BIRTH_AFTER_HIRE == static_cast<int>(ct::diagnostic_code::birth_after_hire));
static_assert(CAREERTALK_DIAG_HIRE_OUT_OF_RANGE == static_cast<int>(ct::diagnostic_code::hire_out_of_range));
static_assert(CAREERTALK_DIAG_END_BEFORE_START == static_cast<int>(ct::diagnostic_code::end_before_start));
static_assert(CAREERTALK_DIAG_OVERLAPPING_ABSENCES == static_cast<int>(ct::diagnostic_code::overlapping_absences));
static_assert(CAREERTALK_DIAG_BEFORE_HIRE == static_cast<int>(ct::diagnostic_code::before_hire));
static_assert(CAREERTALK_DIAG_NEGATIVE_HEADCOUNT == static_cast<int>(ct::diagnostic_code::negative_headcount));
static_assert(CAREERTALK_DIAG_POLICY_NOT_OK == static_cast<int>(ct::diagnostic_code::policy_not_ok));
static_assert(CAREERTALK_DIAG_CAPACITY_EXCEEDED == static_cast<int>(ct::diagnostic_code::capacity_exceeded));
static_assert(CAREERTALK_DIAG_OUT_OF_RANGE == static_cast<int>(ct::diagnostic_code::out_of_range));
static_assert(CAREERTALK_DIAG_WRONG_JURISDICTION == static_cast<int>(ct::diagnostic_code::wrong_jurisdiction));
static_assert(CAREERTALK_DIAG_UNKNOWN_RULE_SET == static_cast<int>(ct::diagnostic_code::unknown_rule_set));
static_assert(CAREERTALK_DIAG_COUNT == boost::mp11::mp_size<boost::describe::describe_enumerators<ct::diagnostic_code>>::value);
static_assert(CAREERTALK_LANG_EN == static_cast<int>(ct::lang::en));
static_assert(CAREERTALK_LANG_FR == static_cast<int>(ct::lang::fr));
static_assert(CAREERTALK_LANG_NL == static_cast<int>(ct::lang::nl));
static_assert(CAREERTALK_LANG_COUNT == boost::mp11::mp_size<boost::describe::describe_enumerators<ct::lang>>::value);
static_assert(CAREERTALK_ENUM_COUNT == 14);
static_assert(CAREERTALK_MAX_RECORDS <= UINT32_MAX);  // a record's index fits a diagnostic's

// An evaluation: the library's, the storage its facts are converted into, and the results as
// plain structs. Every member keeps its storage from one evaluation to the next.
struct careertalk_evaluation {
    ct::evaluation ev{};
    std::vector<ct::absence> absences;
    std::vector<ct::interview> interviews;
    std::vector<ct::training> trainings;
    std::vector<ct::dated_fact> certifications;
    std::vector<ct::dated_fact> progressions;
    std::vector<ct::dated_fact> transfers;
    std::vector<ct::medical_visit> medical_visits;
    std::vector<ct::request> requests;
    std::vector<ct::outcome> outcomes;
    std::vector<ct::headcount_year> headcounts;
    std::array<careertalk_obligation, ct::max_obligations> obligations{};
    std::array<careertalk_finding, ct::max_findings> findings{};
    std::array<careertalk_diagnostic, ct::max_diagnostics> diagnostics{};
};

namespace {

careertalk_str str(std::string_view s) noexcept { return {s.data(), s.size()}; }

constexpr bool in_range(careertalk_date d) noexcept {
    return d >= CAREERTALK_MIN_DATE && d <= CAREERTALK_MAX_DATE;
}
ct::year_month_day to_ymd(careertalk_date d) noexcept {
    return ct::year_month_day{ct::sys_days{date::days{d}}};
}
careertalk_date to_days(ct::year_month_day d) noexcept {
    if (!d.ok()) return CAREERTALK_NO_DATE;
    return static_cast<careertalk_date>(ct::sys_days{d}.time_since_epoch().count());
}
careertalk_date to_days(const std::optional<ct::year_month_day>& d) noexcept {
    return d ? to_days(*d) : CAREERTALK_NO_DATE;
}

template <class E>
constexpr int enumerator_count = static_cast<int>(
    boost::mp11::mp_size<boost::describe::describe_enumerators<E>>::value);

// Reads the caller's facts into the library's, adding a diagnostic to `out` for each value
// the C interface cannot carry over (the library's validate() checks the rest).
class reader {
public:
    explicit reader(ct::evaluation& out) : out_(out) {}
    bool ok() const { return ok_; }

    void fail(ct::record_kind r, std::uint32_t index, std::string_view field,
              ct::diagnostic_code code, std::string_view why) {
        out_.add(ct::diagnostic{r, index, field, code, why});
        ok_ = false;
    }

    ct::year_month_day date(ct::record_kind r, std::uint32_t i, std::string_view field,
                            careertalk_date d) {
        if (in_range(d)) return to_ymd(d);
        fail(r, i, field, ct::diagnostic_code::invalid_date,
             "not a date of years 1 to 9999 (days since 1970-01-01)");
        return {};
    }
    std::optional<ct::year_month_day> optional_date(ct::record_kind r, std::uint32_t i,
                                                    std::string_view field, careertalk_date d) {
        if (d == CAREERTALK_NO_DATE) return std::nullopt;
        return date(r, i, field, d);
    }
    std::string_view text(ct::record_kind r, std::string_view field, careertalk_str s) {
        if (s.data != nullptr || s.size == 0) return {s.data, s.size};
        fail(r, 0, field, ct::diagnostic_code::out_of_range, "a size with a null pointer");
        return {};
    }
    template <class E>
    E kind(ct::record_kind r, std::uint32_t i, std::string_view field, std::uint8_t v) {
        if (v < enumerator_count<E>) return static_cast<E>(v);
        fail(r, i, field, ct::diagnostic_code::out_of_range, "not a value of its enumeration");
        return E{};
    }
    bool flag(ct::record_kind r, std::uint32_t i, std::string_view field, std::uint8_t v) {
        if (v > 1) fail(r, i, field, ct::diagnostic_code::out_of_range, "not 0 or 1");
        return v == 1;
    }
    std::optional<int> number(std::string_view field, std::int32_t v, int lo, int hi) {
        if (v == CAREERTALK_NONE) return std::nullopt;
        if (v < lo || v > hi) {
            fail(ct::record_kind::company, 0, field, ct::diagnostic_code::out_of_range,
                 "out of its range (CAREERTALK_NONE when not known)");
            return std::nullopt;
        }
        return v;
    }

    // The caller's list `items` of `count` records into `to`, each converted by `convert`.
    template <class C, class T, class Convert>
    std::span<const T> list(ct::record_kind r, std::string_view field, const C* items,
                            std::size_t count, std::vector<T>& to, Convert convert) {
        to.clear();
        if (count == 0) return {};
        if (items == nullptr || count > CAREERTALK_MAX_RECORDS) {
            fail(r, 0, field, ct::diagnostic_code::out_of_range,
                 items == nullptr ? "a count with a null pointer"
                                  : "more records than CAREERTALK_MAX_RECORDS");
            return {};
        }
        to.resize(count);
        for (std::uint32_t i = 0; i < count; ++i) to[i] = convert(items[i], i);
        return to;
    }

private:
    ct::evaluation& out_;
    bool ok_ = true;
};

ct::employee read_employee(const careertalk_employee& in, careertalk_evaluation& h, reader& r) {
    using rk = ct::record_kind;
    ct::employee e;
    e.id = r.text(rk::employee, "id", in.id);
    e.hire_date = r.date(rk::employee, 0, "hire_date", in.hire_date);
    e.birth_date = r.optional_date(rk::employee, 0, "birth_date", in.birth_date);
    e.contract_end = r.optional_date(rk::employee, 0, "contract_end", in.contract_end);
    e.function_start = r.optional_date(rk::employee, 0, "function_start", in.function_start);
    e.aow_date = r.optional_date(rk::employee, 0, "aow_date", in.aow_date);
    e.contract = r.kind<ct::contract_kind>(rk::employee, 0, "contract", in.contract);
    if (in.flags >= 32u)
        r.fail(rk::employee, 0, "flags", ct::diagnostic_code::out_of_range,
               "a bit that is no CAREERTALK_FLAG_*");
    e.flags = {.part_time = (in.flags & CAREERTALK_FLAG_PART_TIME) != 0,
               .mandate_delegation_30 = (in.flags & CAREERTALK_FLAG_MANDATE_DELEGATION_30) != 0,
               .niet_tevreden = (in.flags & CAREERTALK_FLAG_NIET_TEVREDEN) != 0,
               .geen_grip = (in.flags & CAREERTALK_FLAG_GEEN_GRIP) != 0,
               .flagged_group = (in.flags & CAREERTALK_FLAG_FLAGGED_GROUP) != 0};

    e.absences = r.list(rk::absence, "absences", in.absences, in.absence_count, h.absences,
                        [&](const careertalk_absence& a, std::uint32_t i) {
                            return ct::absence{
                                .kind = r.kind<ct::absence_kind>(rk::absence, i, "kind", a.kind),
                                .start = r.date(rk::absence, i, "start", a.start),
                                .end = r.optional_date(rk::absence, i, "end", a.end),
                                .work_resumed_percent = a.work_resumed_percent};
                        });
    e.interviews = r.list(
        rk::interview, "interviews", in.interviews, in.interview_count, h.interviews,
        [&](const careertalk_interview& x, std::uint32_t i) {
            return ct::interview{
                .kind = r.kind<ct::obligation_kind>(rk::interview, i, "kind", x.kind),
                .date = r.date(rk::interview, i, "date", x.date),
                .at_employee_request =
                    r.flag(rk::interview, i, "at_employee_request", x.at_employee_request)};
        });
    e.trainings = r.list(rk::training, "trainings", in.trainings, in.training_count, h.trainings,
                         [&](const careertalk_training& x, std::uint32_t i) {
                             return ct::training{
                                 .date = r.date(rk::training, i, "date", x.date),
                                 .mandatory = r.flag(rk::training, i, "mandatory", x.mandatory),
                                 .hours = x.hours};
                         });
    auto dated = [&](rk kind) {
        return [&r, kind](const careertalk_dated_fact& x, std::uint32_t i) {
            return ct::dated_fact{.date = r.date(kind, i, "date", x.date)};
        };
    };
    e.certifications = r.list(rk::certification, "certifications", in.certifications,
                              in.certification_count, h.certifications, dated(rk::certification));
    e.progressions = r.list(rk::progression, "progressions", in.progressions,
                            in.progression_count, h.progressions, dated(rk::progression));
    e.transfers = r.list(rk::transfer, "transfers", in.transfers, in.transfer_count, h.transfers,
                         dated(rk::transfer));
    e.medical_visits = r.list(
        rk::medical_visit, "medical_visits", in.medical_visits, in.medical_visit_count,
        h.medical_visits, [&](const careertalk_medical_visit& x, std::uint32_t i) {
            return ct::medical_visit{
                .kind = r.kind<ct::visit_kind>(rk::medical_visit, i, "kind", x.kind),
                .date = r.date(rk::medical_visit, i, "date", x.date)};
        });
    e.requests = r.list(rk::request, "requests", in.requests, in.request_count, h.requests,
                        [&](const careertalk_request& x, std::uint32_t i) {
                            return ct::request{
                                .kind = r.kind<ct::obligation_kind>(rk::request, i, "kind", x.kind),
                                .date = r.date(rk::request, i, "date", x.date)};
                        });
    e.outcomes = r.list(rk::outcome, "outcomes", in.outcomes, in.outcome_count, h.outcomes,
                        [&](const careertalk_outcome& x, std::uint32_t i) {
                            return ct::outcome{
                                .kind = r.kind<ct::outcome_kind>(rk::outcome, i, "kind", x.kind),
                                .date = r.date(rk::outcome, i, "date", x.date)};
                        });
    return e;
}

ct::company read_company(const careertalk_company& in, careertalk_evaluation& h, reader& r) {
    using rk = ct::record_kind;
    ct::company c;
    c.headcount = r.number("headcount", in.headcount, INT32_MIN + 1, INT32_MAX);
    c.agreement_cycle_months = r.number("agreement_cycle_months", in.agreement_cycle_months, 1, 120);
    if (auto idcc = r.number("idcc", in.idcc, 1, 9999))
        c.idcc = static_cast<std::uint16_t>(*idcc);
    if (in.penalty_threshold_met == 0 || in.penalty_threshold_met == 1)
        c.penalty_threshold_met = in.penalty_threshold_met == 1;
    else if (in.penalty_threshold_met != -1)
        r.fail(rk::company, 0, "penalty_threshold_met", ct::diagnostic_code::out_of_range,
               "not -1 (unknown), 0 or 1");
    c.agreement_date = r.optional_date(rk::company, 0, "agreement_date", in.agreement_date);
    c.cao = r.text(rk::company, "cao", in.cao);
    c.headcount_history = r.list(
        rk::headcount_year, "headcount_history", in.headcount_history,
        in.headcount_history_count, h.headcounts,
        [&](const careertalk_headcount_year& x, std::uint32_t i) {
            if (x.year < 1 || x.year > 9999)
                r.fail(rk::headcount_year, i, "year", ct::diagnostic_code::out_of_range,
                       "not a year from 1 to 9999");
            return ct::headcount_year{.year = date::year{std::clamp(x.year, 1, 9999)},
                                      .headcount = x.headcount};
        });
    return c;
}

ct::basis basis_of_rule(ct::rule_ptr r) { return ct::basis_of(r->basis); }

// The library's results as plain structs, and the status they make.
careertalk_status publish(careertalk_evaluation& h) {
    const ct::evaluation& ev = h.ev;
    for (std::size_t i = 0; i < ev.obligations.size(); ++i) {
        const ct::obligation& o = ev.obligations[i];
        h.obligations[i] = {.trigger_date = to_days(o.trigger_date),
                            .window_start = to_days(o.window_start),
                            .due_date = to_days(o.due_date),
                            .held_on = to_days(o.held_on),
                            .kind = static_cast<std::uint8_t>(o.kind),
                            .trigger = static_cast<std::uint8_t>(o.trigger),
                            .status = static_cast<std::uint8_t>(o.state),
                            .basis = static_cast<std::uint8_t>(ct::due_basis(o)),
                            .rule_id = str(o.rule->id),
                            .citation = str(o.rule->citation),
                            .exemption_id = str(o.exemption->id),
                            .deadline_rule_id = str(o.deadline_rule->id),
                            .agenda_size = static_cast<std::uint32_t>(o.agenda.size())};
    }
    for (std::size_t i = 0; i < ev.findings.size(); ++i) {
        const ct::finding& f = ev.findings[i];
        h.findings[i] = {.review_start = to_days(f.review.begin),
                         .review_end = to_days(f.review.end),
                         .date = to_days(f.date),
                         .payment_due = to_days(f.payment_due),
                         .amount_cents = f.amount.cents,
                         .kind = static_cast<std::uint8_t>(f.kind),
                         .payee = static_cast<std::uint8_t>(f.paid_to),
                         .missing = static_cast<std::uint8_t>(f.missing),
                         .about = static_cast<std::uint8_t>(f.about),
                         .basis = static_cast<std::uint8_t>(basis_of_rule(f.rule)),
                         .rule_id = str(f.rule->id),
                         .citation = str(f.rule->citation)};
    }
    careertalk_status status = CAREERTALK_OK;
    for (std::size_t i = 0; i < ev.diagnostics.size(); ++i) {
        const ct::diagnostic& d = ev.diagnostics[i];
        h.diagnostics[i] = {.record = static_cast<std::uint8_t>(d.record),
                            .code = static_cast<std::uint8_t>(d.code),
                            .index = d.index,
                            .field = str(d.field),
                            .message = str(d.message)};
        if (d.code == ct::diagnostic_code::unknown_rule_set)
            status = CAREERTALK_UNKNOWN_RULE_SET;
        else if (status == CAREERTALK_OK)
            status = CAREERTALK_INVALID_FACTS;
    }
    return status;
}

// An argument error recorded in the handle (when there is one to record it in).
careertalk_status argument_error(careertalk_evaluation* h, std::string_view field,
                                 std::string_view why) {
    if (h != nullptr) {
        h->ev.clear({});
        h->ev.add(ct::diagnostic{ct::record_kind::policy, 0, field,
                                 ct::diagnostic_code::out_of_range, why});
        publish(*h);
    }
    return CAREERTALK_INVALID_ARGUMENT;
}

careertalk_status evaluate(careertalk_evaluation& h, std::string_view rules,
                           const careertalk_employee& in_employee,
                           const careertalk_company& in_company, careertalk_date as_of) {
    h.ev.clear({});
    reader r{h.ev};
    const ct::year_month_day on = r.date(ct::record_kind::policy, 0, "as_of", as_of);
    const ct::employee e = read_employee(in_employee, h, r);
    const ct::company c = read_company(in_company, h, r);
    if (!r.ok()) {
        h.ev.as_of = on;
        publish(h);
        return CAREERTALK_INVALID_ARGUMENT;
    }
    ct::compiled::evaluate_into(rules, e, c, on, h.ev);
    return publish(h);
}

// Runs `f`, turning an exception into a status: the C interface never lets one through.
template <class F>
careertalk_status guarded(F f) noexcept {
    try {
        return f();
    } catch (const std::bad_alloc&) {
        return CAREERTALK_OUT_OF_MEMORY;
    } catch (...) {
        return CAREERTALK_INTERNAL_ERROR;
    }
}

const std::vector<std::string>& rule_set_names() {
    static const std::vector<std::string> names = ct::compiled::rule_set_names();
    return names;
}

// Calls f.template operator()<E>() for the C++ enumeration `which` names; false if none.
template <class F>
bool with_enum(std::int32_t which, F&& f) {
    switch (which) {
        case CAREERTALK_ENUM_CONTRACT: f.template operator()<ct::contract_kind>(); return true;
        case CAREERTALK_ENUM_ABSENCE: f.template operator()<ct::absence_kind>(); return true;
        case CAREERTALK_ENUM_OBLIGATION: f.template operator()<ct::obligation_kind>(); return true;
        case CAREERTALK_ENUM_VISIT: f.template operator()<ct::visit_kind>(); return true;
        case CAREERTALK_ENUM_OUTCOME: f.template operator()<ct::outcome_kind>(); return true;
        case CAREERTALK_ENUM_TRIGGER: f.template operator()<ct::trigger_kind>(); return true;
        case CAREERTALK_ENUM_STATUS: f.template operator()<ct::status>(); return true;
        case CAREERTALK_ENUM_BASIS: f.template operator()<ct::basis>(); return true;
        case CAREERTALK_ENUM_PAYEE: f.template operator()<ct::payee>(); return true;
        case CAREERTALK_ENUM_FINDING: f.template operator()<ct::finding_kind>(); return true;
        case CAREERTALK_ENUM_MISSING: f.template operator()<ct::missing_fact>(); return true;
        case CAREERTALK_ENUM_RECORD: f.template operator()<ct::record_kind>(); return true;
        case CAREERTALK_ENUM_DIAG: f.template operator()<ct::diagnostic_code>(); return true;
        case CAREERTALK_ENUM_LANG: f.template operator()<ct::lang>(); return true;
        default: return false;
    }
}

constexpr std::string_view status_names[] = {
    "ok",        "invalid_argument", "invalid_facts", "unknown_rule_set", "buffer_too_small",
    "out_of_memory", "out_of_range", "stopped",     "internal_error"};
static_assert(std::size(status_names) == CAREERTALK_INTERNAL_ERROR + 1);

}  // namespace

extern "C" {

careertalk_status careertalk_version(careertalk_version_info* out) {
    if (out == nullptr) return CAREERTALK_INVALID_ARGUMENT;
    *out = {CAREERTALK_VERSION_MAJOR, CAREERTALK_VERSION_MINOR, CAREERTALK_VERSION_PATCH,
            CAREERTALK_C_ABI_VERSION};
    return CAREERTALK_OK;
}

careertalk_status careertalk_status_name(std::int32_t status, careertalk_str* out) {
    if (out == nullptr || status < 0 || status > CAREERTALK_INTERNAL_ERROR)
        return CAREERTALK_INVALID_ARGUMENT;
    *out = str(status_names[status]);
    return CAREERTALK_OK;
}

careertalk_status careertalk_rule_set_count(std::size_t* count) {
    if (count == nullptr) return CAREERTALK_INVALID_ARGUMENT;
    return guarded([&] {
        *count = rule_set_names().size();
        return CAREERTALK_OK;
    });
}

careertalk_status careertalk_rule_set_name(std::size_t index, careertalk_str* out) {
    if (out == nullptr) return CAREERTALK_INVALID_ARGUMENT;
    return guarded([&] {
        const auto& names = rule_set_names();
        if (index >= names.size()) return CAREERTALK_OUT_OF_RANGE;
        *out = str(names[index]);
        return CAREERTALK_OK;
    });
}

careertalk_status careertalk_enum_name(std::int32_t which, std::int32_t value,
                                       careertalk_str* out) {
    if (out == nullptr) return CAREERTALK_INVALID_ARGUMENT;
    careertalk_status status = CAREERTALK_OUT_OF_RANGE;
    const bool known = with_enum(which, [&]<class E>() {
        if (value >= 0 && value < enumerator_count<E>) {
            *out = str(ct::io::name_of(static_cast<E>(value)));
            status = CAREERTALK_OK;
        }
    });
    return known ? status : CAREERTALK_INVALID_ARGUMENT;
}

careertalk_status careertalk_enum_value(std::int32_t which, const char* name, std::size_t size,
                                        std::int32_t* value) {
    if (value == nullptr || (name == nullptr && size != 0)) return CAREERTALK_INVALID_ARGUMENT;
    careertalk_status status = CAREERTALK_OUT_OF_RANGE;
    const bool known = with_enum(which, [&]<class E>() {
        if (auto e = ct::io::parse_name<E>({name, size})) {
            *value = static_cast<std::int32_t>(*e);
            status = CAREERTALK_OK;
        }
    });
    return known ? status : CAREERTALK_INVALID_ARGUMENT;
}

careertalk_status careertalk_date_from_ymd(std::int32_t year, std::int32_t month,
                                           std::int32_t day, careertalk_date* out) {
    if (out == nullptr || year < 1 || year > 9999 || month < 1 || month > 12 || day < 1 ||
        day > 31)
        return CAREERTALK_INVALID_ARGUMENT;
    const ct::year_month_day d{date::year{year}, date::month{static_cast<unsigned>(month)},
                               date::day{static_cast<unsigned>(day)}};
    if (!d.ok()) return CAREERTALK_INVALID_ARGUMENT;
    *out = to_days(d);
    return CAREERTALK_OK;
}

careertalk_status careertalk_date_to_ymd(careertalk_date d, std::int32_t* year,
                                         std::int32_t* month, std::int32_t* day) {
    if (year == nullptr || month == nullptr || day == nullptr || !in_range(d))
        return CAREERTALK_INVALID_ARGUMENT;
    const ct::year_month_day ymd = to_ymd(d);
    *year = static_cast<int>(ymd.year());
    *month = static_cast<std::int32_t>(static_cast<unsigned>(ymd.month()));
    *day = static_cast<std::int32_t>(static_cast<unsigned>(ymd.day()));
    return CAREERTALK_OK;
}

careertalk_status careertalk_evaluation_new(careertalk_evaluation** out) {
    if (out == nullptr) return CAREERTALK_INVALID_ARGUMENT;
    *out = new (std::nothrow) careertalk_evaluation{};
    return *out != nullptr ? CAREERTALK_OK : CAREERTALK_OUT_OF_MEMORY;
}

careertalk_status careertalk_evaluation_free(careertalk_evaluation* ev) {
    delete ev;
    return CAREERTALK_OK;
}

careertalk_status careertalk_evaluate(careertalk_evaluation* ev, const char* rules,
                                      std::size_t rules_size, const careertalk_employee* employee,
                                      const careertalk_company* company, careertalk_date as_of) {
    if (ev == nullptr) return CAREERTALK_INVALID_ARGUMENT;
    if (rules == nullptr && rules_size != 0)
        return argument_error(ev, "rules", "a size with a null pointer");
    if (employee == nullptr) return argument_error(ev, "employee", "a null pointer");
    if (company == nullptr) return argument_error(ev, "company", "a null pointer");
    return guarded([&] { return evaluate(*ev, {rules, rules_size}, *employee, *company, as_of); });
}

careertalk_status careertalk_obligations(const careertalk_evaluation* ev,
                                         const careertalk_obligation** items, std::size_t* count) {
    if (ev == nullptr || items == nullptr || count == nullptr) return CAREERTALK_INVALID_ARGUMENT;
    *items = ev->obligations.data();
    *count = ev->ev.obligations.size();
    return CAREERTALK_OK;
}

careertalk_status careertalk_findings(const careertalk_evaluation* ev,
                                      const careertalk_finding** items, std::size_t* count) {
    if (ev == nullptr || items == nullptr || count == nullptr) return CAREERTALK_INVALID_ARGUMENT;
    *items = ev->findings.data();
    *count = ev->ev.findings.size();
    return CAREERTALK_OK;
}

careertalk_status careertalk_diagnostics(const careertalk_evaluation* ev,
                                         const careertalk_diagnostic** items, std::size_t* count) {
    if (ev == nullptr || items == nullptr || count == nullptr) return CAREERTALK_INVALID_ARGUMENT;
    *items = ev->diagnostics.data();
    *count = ev->ev.diagnostics.size();
    return CAREERTALK_OK;
}

careertalk_status careertalk_agenda(const careertalk_evaluation* ev, std::size_t index,
                                    std::int32_t lang, careertalk_agenda_item* items,
                                    std::size_t capacity, std::size_t* needed) {
    if (ev == nullptr || needed == nullptr || (items == nullptr && capacity != 0) || lang < 0 ||
        lang >= CAREERTALK_LANG_COUNT)
        return CAREERTALK_INVALID_ARGUMENT;
    if (index >= ev->ev.obligations.size()) return CAREERTALK_OUT_OF_RANGE;
    const ct::agenda& a = ev->ev.obligations[index].agenda;
    *needed = a.size();
    if (a.size() > capacity) return CAREERTALK_BUFFER_TOO_SMALL;
    std::size_t i = 0;
    for (const ct::agenda_item& item : a)
        items[i++] = {.id = str(item.id),
                      .label = str(item.label(static_cast<ct::lang>(lang))),
                      .rule_id = str(item.rule->id),
                      .citation = str(item.rule->citation)};
    return CAREERTALK_OK;
}

careertalk_status careertalk_evaluate_batch(const char* rules, std::size_t rules_size,
                                            const careertalk_company* companies,
                                            std::size_t company_count,
                                            const careertalk_employee* employees,
                                            std::size_t count, careertalk_date as_of,
                                            std::uint32_t threads, careertalk_sink sink,
                                            void* user) {
    if ((rules == nullptr && rules_size != 0) || companies == nullptr ||
        (employees == nullptr && count != 0) || sink == nullptr ||
        (company_count != 1 && company_count != count) || count == SIZE_MAX)
        return CAREERTALK_INVALID_ARGUMENT;
    return guarded([&] {
        const std::string_view name{rules, rules_size};
        const std::size_t workers = std::clamp<std::size_t>(
            threads != 0 ? threads : std::max(1u, std::thread::hardware_concurrency()), 1,
            std::max<std::size_t>(1, std::min<std::size_t>(count, 64)));
        // Each worker evaluates `per_worker` consecutive employees of a block into its own
        // slots; then the calling thread hands the block's results to the sink in order.
        constexpr std::size_t per_worker = 8;
        const std::size_t block = workers * per_worker;
        std::vector<std::unique_ptr<careertalk_evaluation>> slots(std::min(block, count));
        for (auto& s : slots) s = std::make_unique<careertalk_evaluation>();
        std::vector<careertalk_status> results(slots.size());
        std::size_t base = 0;
        auto run = [&](std::size_t worker) {
            for (std::size_t k = worker * per_worker; k < (worker + 1) * per_worker; ++k) {
                const std::size_t i = base + k;
                if (k >= slots.size() || i >= count) return;
                results[k] = guarded([&] {
                    return evaluate(*slots[k], name, employees[i],
                                    companies[company_count == 1 ? 0 : i], as_of);
                });
            }
        };
        auto deliver = [&]() {
            for (std::size_t k = 0; k < slots.size() && base + k < count; ++k)
                if (sink(user, base + k, results[k], slots[k].get()) != 0) return false;
            return true;
        };
        if (workers == 1) {
            for (; base < count; base += block) {
                run(0);
                if (!deliver()) return CAREERTALK_STOPPED;
            }
            return CAREERTALK_OK;
        }
        std::barrier sync{static_cast<std::ptrdiff_t>(workers + 1)};
        std::atomic<bool> done{false};
        std::vector<std::jthread> pool;
        pool.reserve(workers);
        try {
            for (std::size_t w = 0; w < workers; ++w)
                pool.emplace_back([&, w] {
                    for (;;) {
                        sync.arrive_and_wait();  // a block is ready, or the end
                        if (done.load()) return;
                        run(w);
                        sync.arrive_and_wait();  // the block is evaluated
                    }
                });
        } catch (const std::system_error&) {
            // Too few threads: release the ones started (they see `done`) and give up.
            done.store(true);
            for (std::size_t w = pool.size(); w < workers; ++w) sync.arrive_and_drop();
            sync.arrive_and_wait();
            return CAREERTALK_OUT_OF_MEMORY;
        }
        careertalk_status status = CAREERTALK_OK;
        for (; base < count; base += block) {
            sync.arrive_and_wait();
            sync.arrive_and_wait();
            if (!deliver()) {
                status = CAREERTALK_STOPPED;
                break;
            }
        }
        done.store(true);
        sync.arrive_and_wait();
        return status;
    });
}

}  // extern "C"
