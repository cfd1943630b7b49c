/* careertalk/c/careertalk.h: the stable C interface (C99) to the compiled library, for hosts
 * in C and in languages with a C foreign-function interface (Java, C#, Python, ...).
 *
 * Link libcareertalk_c (CMake careertalk::c or careertalk::c_shared; pkg-config careertalk-c).
 * docs/c-abi.md describes the data model, ownership, errors, versioning and thread safety.
 *
 * - Dates are careertalk_date: days since 1970-01-01 (negative before), years 1 to 9999.
 *   CAREERTALK_NO_DATE marks an optional date the host does not give.
 * - Enumerations have fixed values (the implementation static_asserts them against the C++
 *   library's); struct fields hold them in fixed-width integers.
 * - Every function returns a careertalk_status. Text returned is a careertalk_str into static
 *   storage of the library (rule ids, citations, names, labels, messages): never freed.
 * - Ownership: an evaluation (careertalk_evaluation) is a handle the caller creates with
 *   careertalk_evaluation_new and frees with careertalk_evaluation_free; each evaluation
 *   reuses its storage, so evaluating employee after employee into one handle allocates
 *   nothing once it has grown to the largest record lists. Results read from a handle stay
 *   valid until the next evaluation into it or its release. Agenda items are copied into a
 *   buffer the caller provides (CAREERTALK_BUFFER_TOO_SMALL and the needed size when short).
 * - Input is never kept: the library reads the caller's arrays during the call only.
 */
#ifndef CAREERTALK_C_CAREERTALK_H
#define CAREERTALK_C_CAREERTALK_H

#include <stddef.h>
#include <stdint.h>

#if defined(_WIN32) && defined(CAREERTALK_C_SHARED)
#if defined(CAREERTALK_C_BUILDING)
#define CAREERTALK_C_API __declspec(dllexport)
#else
#define CAREERTALK_C_API __declspec(dllimport)
#endif
#elif defined(__GNUC__) || defined(__clang__)
#define CAREERTALK_C_API __attribute__((visibility("default")))
#else
#define CAREERTALK_C_API
#endif

#ifdef __cplusplus
extern "C" {
#endif

/* The ABI version: the soname's number (libcareertalk_c.so.1). It changes only when a struct,
 * an enumerator's value or a function's signature changes; additions keep it. */
#define CAREERTALK_C_ABI_VERSION 1

/* ---- Status codes ------------------------------------------------------------------------ */

typedef enum careertalk_status {
    CAREERTALK_OK = 0,
    /* A null pointer, a size or count out of range, an unknown enumerator, an invalid date or
     * an unknown language: nothing was evaluated. A handle passed to the call holds a
     * diagnostic naming the record and field. */
    CAREERTALK_INVALID_ARGUMENT = 1,
    /* The facts cannot be true (a date before the hire, overlapping absences, ...): the
     * evaluation holds diagnostics and no obligation. */
    CAREERTALK_INVALID_FACTS = 2,
    /* The rule set name, the company's idcc or its cao is unknown to this build. */
    CAREERTALK_UNKNOWN_RULE_SET = 3,
    /* A caller's buffer is too small: *needed says how many items it takes. */
    CAREERTALK_BUFFER_TOO_SMALL = 4,
    CAREERTALK_OUT_OF_MEMORY = 5,
    /* An index past the end of a list. */
    CAREERTALK_OUT_OF_RANGE = 6,
    /* A batch's sink asked to stop (returned non-zero). */
    CAREERTALK_STOPPED = 7,
    /* A failure of the library itself (a bug): please report it. */
    CAREERTALK_INTERNAL_ERROR = 8
} careertalk_status;

/* ---- Basic types ------------------------------------------------------------------------- */

/* Days since 1970-01-01 (1970-01-01 is 0; 2024-02-29 is 19782). */
typedef int32_t careertalk_date;
#define CAREERTALK_NO_DATE INT32_MIN
#define CAREERTALK_MIN_DATE (-719162) /* 0001-01-01 */
#define CAREERTALK_MAX_DATE 2932896   /* 9999-12-31 */

/* The most records a list of an employee may hold (a larger count is INVALID_ARGUMENT). */
#define CAREERTALK_MAX_RECORDS 1048576u

/* An absent optional integer (headcount, idcc, agreement_cycle_months). */
#define CAREERTALK_NONE INT32_MIN

/* Text: `size` bytes of UTF-8 at `data`, not necessarily NUL-terminated. */
typedef struct careertalk_str {
    const char* data;
    size_t size;
} careertalk_str;

/* ---- Enumerations (values fixed; tested against the C++ library's) ----------------------- */

/* careertalk::contract_kind */
typedef enum careertalk_contract {
    CAREERTALK_CONTRACT_CDI = 0,
    CAREERTALK_CONTRACT_CDD = 1,
    CAREERTALK_CONTRACT_INTERIM = 2,
    CAREERTALK_CONTRACT_APPRENTISSAGE = 3,
    CAREERTALK_CONTRACT_PROFESSIONNALISATION = 4,
    CAREERTALK_CONTRACT_ONBEPAALDE_TIJD = 5,
    CAREERTALK_CONTRACT_BEPAALDE_TIJD = 6,
    CAREERTALK_CONTRACT_UITZEND = 7,
    CAREERTALK_CONTRACT_OPROEP = 8,
    CAREERTALK_CONTRACT_PROMOVENDUS = 9,
    CAREERTALK_CONTRACT_COUNT = 10
} careertalk_contract;

/* careertalk::absence_kind */
typedef enum careertalk_absence_kind {
    CAREERTALK_ABSENCE_CONGE_MATERNITE = 0,
    CAREERTALK_ABSENCE_CONGE_ADOPTION = 1,
    CAREERTALK_ABSENCE_CONGE_SUPPLEMENTAIRE_NAISSANCE = 2,
    CAREERTALK_ABSENCE_CONGE_PATERNITE = 3,
    CAREERTALK_ABSENCE_CONGE_PARENTAL_EDUCATION = 4,
    CAREERTALK_ABSENCE_TEMPS_PARTIEL_PARENTAL = 5,
    CAREERTALK_ABSENCE_CONGE_PROCHE_AIDANT = 6,
    CAREERTALK_ABSENCE_CONGE_SOLIDARITE_FAMILIALE = 7,
    CAREERTALK_ABSENCE_CONGE_SABBATIQUE = 8,
    CAREERTALK_ABSENCE_MOBILITE_VOLONTAIRE_SECURISEE = 9,
    CAREERTALK_ABSENCE_ARRET_LONGUE_MALADIE = 10,
    CAREERTALK_ABSENCE_ARRET_MALADIE = 11,
    CAREERTALK_ABSENCE_MANDAT_SYNDICAL = 12,
    CAREERTALK_ABSENCE_CONGE_PRESENCE_PARENTALE = 13,
    CAREERTALK_ABSENCE_CONGE_SANS_SOLDE = 14,
    CAREERTALK_ABSENCE_ZIEKTE = 15,
    CAREERTALK_ABSENCE_ACCIDENT_TRAVAIL = 16,
    CAREERTALK_ABSENCE_MALADIE_PROFESSIONNELLE = 17,
    CAREERTALK_ABSENCE_COUNT = 18
} careertalk_absence_kind;

/* careertalk::obligation_kind */
typedef enum careertalk_obligation_kind {
    CAREERTALK_OBLIGATION_INFORMATION_EMBAUCHE = 0,
    CAREERTALK_OBLIGATION_ENTRETIEN_PROFESSIONNEL = 1,
    CAREERTALK_OBLIGATION_ETAT_DES_LIEUX = 2,
    CAREERTALK_OBLIGATION_ENTRETIEN_PARCOURS_PROFESSIONNEL = 3,
    CAREERTALK_OBLIGATION_ENTRETIEN_RETOUR = 4,
    CAREERTALK_OBLIGATION_ENTRETIEN_AVANT_CONGE = 5,
    CAREERTALK_OBLIGATION_ENTRETIEN_MI_CARRIERE = 6,
    CAREERTALK_OBLIGATION_ENTRETIEN_FIN_CARRIERE = 7,
    CAREERTALK_OBLIGATION_ENTRETIEN_DEUXIEME_PARTIE_CARRIERE = 8,
    CAREERTALK_OBLIGATION_BILAN_ETAPE_PROFESSIONNEL = 9,
    CAREERTALK_OBLIGATION_VISITE_MI_CARRIERE = 10,
    CAREERTALK_OBLIGATION_ABONDEMENT_CORRECTIF = 11,
    CAREERTALK_OBLIGATION_DROIT_INDIVIDUEL_FORMATION = 12,
    CAREERTALK_OBLIGATION_LOOPBAANGESPREK = 13,
    CAREERTALK_OBLIGATION_PLANNINGSGESPREK = 14,
    CAREERTALK_OBLIGATION_FUNCTIONERINGSGESPREK = 15,
    CAREERTALK_OBLIGATION_BEOORDELINGSGESPREK = 16,
    CAREERTALK_OBLIGATION_JAARGESPREK = 17,
    CAREERTALK_OBLIGATION_PERSONEELSGESPREK = 18,
    CAREERTALK_OBLIGATION_INZETBAARHEIDSGESPREK = 19,
    CAREERTALK_OBLIGATION_DOORWERKGESPREK = 20,
    CAREERTALK_OBLIGATION_ONTWIKKELGESPREK = 21,
    CAREERTALK_OBLIGATION_PERIODIEK_GESPREK = 22,
    CAREERTALK_OBLIGATION_UITNODIGING = 23,
    CAREERTALK_OBLIGATION_ONDERWERPEN_MEDEWERKER = 24,
    CAREERTALK_OBLIGATION_VOORBEREIDING = 25,
    CAREERTALK_OBLIGATION_VERSLAG = 26,
    CAREERTALK_OBLIGATION_REACTIE = 27,
    CAREERTALK_OBLIGATION_POP = 28,
    CAREERTALK_OBLIGATION_LOOPBAANADVIES = 29,
    CAREERTALK_OBLIGATION_LOOPBAANSCAN = 30,
    CAREERTALK_OBLIGATION_OPLEIDINGSPLAN = 31,
    CAREERTALK_OBLIGATION_PROBLEEMANALYSE = 32,
    CAREERTALK_OBLIGATION_PLAN_VAN_AANPAK = 33,
    CAREERTALK_OBLIGATION_EVALUATIE_PLAN_VAN_AANPAK = 34,
    CAREERTALK_OBLIGATION_MELDING_42E_WEEK = 35,
    CAREERTALK_OBLIGATION_EERSTEJAARSEVALUATIE = 36,
    CAREERTALK_OBLIGATION_WIA_AANVRAAG = 37,
    CAREERTALK_OBLIGATION_EINDE_LOONDOORBETALING = 38,
    CAREERTALK_OBLIGATION_ZIEKMELDING_ARBODIENST = 39,
    CAREERTALK_OBLIGATION_MELDING_13E_WEEK = 40,
    CAREERTALK_OBLIGATION_RE_INTEGRATIEVERSLAG = 41,
    CAREERTALK_OBLIGATION_TWEEDE_SPOOR = 42,
    CAREERTALK_OBLIGATION_VERVROEGDE_IVA = 43,
    CAREERTALK_OBLIGATION_DESKUNDIGENOORDEEL = 44,
    CAREERTALK_OBLIGATION_ZIEKMELDING_EINDE_DIENSTVERBAND = 45,
    CAREERTALK_OBLIGATION_AFWIJKENDE_MELDTERMIJN = 46,
    CAREERTALK_OBLIGATION_LOOPBAANBUDGET = 47,
    CAREERTALK_OBLIGATION_COUNT = 48
} careertalk_obligation_kind;

/* careertalk::visit_kind */
typedef enum careertalk_visit_kind {
    CAREERTALK_VISIT_MI_CARRIERE = 0,
    CAREERTALK_VISIT_REPRISE = 1,
    CAREERTALK_VISIT_PERIODIQUE = 2,
    CAREERTALK_VISIT_COUNT = 3
} careertalk_visit_kind;

/* careertalk::outcome_kind */
typedef enum careertalk_outcome_kind {
    CAREERTALK_OUTCOME_BIJTEKENEN_5_JAAR = 0,
    CAREERTALK_OUTCOME_HERORIENTATIE = 1,
    CAREERTALK_OUTCOME_EXAMEN_ECHEC = 2,
    CAREERTALK_OUTCOME_CHANGEMENT_FONCTION = 3,
    CAREERTALK_OUTCOME_COUNT = 4
} careertalk_outcome_kind;

/* careertalk::trigger_kind */
typedef enum careertalk_trigger_kind {
    CAREERTALK_TRIGGER_HIRE = 0,
    CAREERTALK_TRIGGER_REGIME_START = 1,
    CAREERTALK_TRIGGER_PERIODIC = 2,
    CAREERTALK_TRIGGER_SENIORITY = 3,
    CAREERTALK_TRIGGER_RETURN_FROM_ABSENCE = 4,
    CAREERTALK_TRIGGER_BEFORE_ABSENCE = 5,
    CAREERTALK_TRIGGER_END_OF_MANDATE = 6,
    CAREERTALK_TRIGGER_AGE = 7,
    CAREERTALK_TRIGGER_MEDICAL_VISIT = 8,
    CAREERTALK_TRIGGER_REQUEST = 9,
    CAREERTALK_TRIGGER_TRANSFER = 10,
    CAREERTALK_TRIGGER_TRANSITION = 11,
    CAREERTALK_TRIGGER_CONVERSATION = 12,
    CAREERTALK_TRIGGER_SICKNESS = 13,
    CAREERTALK_TRIGGER_FUNCTION_YEARS = 14,
    CAREERTALK_TRIGGER_CERTIFICATION = 15,
    CAREERTALK_TRIGGER_OUTCOME = 16,
    CAREERTALK_TRIGGER_REVIEW = 17,
    CAREERTALK_TRIGGER_COUNT = 18
} careertalk_trigger_kind;

/* careertalk::status */
typedef enum careertalk_status_kind {
    CAREERTALK_STATUS_MET = 0,
    CAREERTALK_STATUS_MET_LATE = 1,
    CAREERTALK_STATUS_OVERDUE = 2,
    CAREERTALK_STATUS_DUE_SOON = 3,
    CAREERTALK_STATUS_UPCOMING = 4,
    CAREERTALK_STATUS_NOT_REQUIRED = 5,
    CAREERTALK_STATUS_ADVISORY = 6,
    CAREERTALK_STATUS_NO_RECORD = 7,
    CAREERTALK_STATUS_COUNT = 8
} careertalk_status_kind;

/* careertalk::basis */
typedef enum careertalk_basis {
    CAREERTALK_BASIS_STATUTE = 0,
    CAREERTALK_BASIS_REGULATION = 1,
    CAREERTALK_BASIS_CASE_LAW = 2,
    CAREERTALK_BASIS_CAO = 3,
    CAREERTALK_BASIS_OFFICIAL_GUIDANCE = 4,
    CAREERTALK_BASIS_COMMON_PRACTICE = 5,
    CAREERTALK_BASIS_LIBRARY_DEFAULT = 6,
    CAREERTALK_BASIS_COUNT = 7
} careertalk_basis;

/* careertalk::payee */
typedef enum careertalk_payee {
    CAREERTALK_PAYEE_NONE = 0,
    CAREERTALK_PAYEE_CAISSE_DES_DEPOTS = 1,
    CAREERTALK_PAYEE_OPCA = 2,
    CAREERTALK_PAYEE_TRESOR_PUBLIC = 3,
    CAREERTALK_PAYEE_EMPLOYEE = 4,
    CAREERTALK_PAYEE_COUNT = 5
} careertalk_payee;

/* careertalk::finding_kind */
typedef enum careertalk_finding_kind {
    CAREERTALK_FINDING_PENALTY = 0,
    CAREERTALK_FINDING_NO_PENALTY = 1,
    CAREERTALK_FINDING_ADVISORY = 2,
    CAREERTALK_FINDING_MISSING = 3,
    CAREERTALK_FINDING_ENTITLEMENT = 4,
    CAREERTALK_FINDING_COUNT = 5
} careertalk_finding_kind;

/* careertalk::missing_fact */
typedef enum careertalk_missing_fact {
    CAREERTALK_MISSING_NONE = 0,
    CAREERTALK_MISSING_BIRTH_DATE = 1,
    CAREERTALK_MISSING_HEADCOUNT = 2,
    CAREERTALK_MISSING_CONTRACT_END = 3,
    CAREERTALK_MISSING_FUNCTION_START = 4,
    CAREERTALK_MISSING_AOW_DATE = 5,
    CAREERTALK_MISSING_MID_CAREER_VISIT = 6,
    CAREERTALK_MISSING_RESUMPTION_DATE = 7,
    CAREERTALK_MISSING_POLICY = 8,
    CAREERTALK_MISSING_COUNT = 9
} careertalk_missing_fact;

/* careertalk::record_kind */
typedef enum careertalk_record_kind {
    CAREERTALK_RECORD_EMPLOYEE = 0,
    CAREERTALK_RECORD_COMPANY = 1,
    CAREERTALK_RECORD_ABSENCE = 2,
    CAREERTALK_RECORD_INTERVIEW = 3,
    CAREERTALK_RECORD_TRAINING = 4,
    CAREERTALK_RECORD_CERTIFICATION = 5,
    CAREERTALK_RECORD_PROGRESSION = 6,
    CAREERTALK_RECORD_TRANSFER = 7,
    CAREERTALK_RECORD_MEDICAL_VISIT = 8,
    CAREERTALK_RECORD_REQUEST = 9,
    CAREERTALK_RECORD_OUTCOME = 10,
    CAREERTALK_RECORD_HEADCOUNT_YEAR = 11,
    CAREERTALK_RECORD_POLICY = 12,
    CAREERTALK_RECORD_COUNT = 13
} careertalk_record_kind;

/* careertalk::diagnostic_code */
typedef enum careertalk_diagnostic_code {
    CAREERTALK_DIAG_INVALID_DATE = 0,
    CAREERTALK_DIAG_BIRTH_AFTER_HIRE = 1,
    CAREERTALK_DIAG_HIRE_OUT_OF_RANGE = 2,
    CAREERTALK_DIAG_END_BEFORE_START = 3,
    CAREERTALK_DIAG_OVERLAPPING_ABSENCES = 4,
    CAREERTALK_DIAG_BEFORE_HIRE = 5,
    CAREERTALK_DIAG_NEGATIVE_HEADCOUNT = 6,
    CAREERTALK_DIAG_POLICY_NOT_OK = 7,
    CAREERTALK_DIAG_CAPACITY_EXCEEDED = 8,
    CAREERTALK_DIAG_OUT_OF_RANGE = 9,
    CAREERTALK_DIAG_WRONG_JURISDICTION = 10,
    CAREERTALK_DIAG_UNKNOWN_RULE_SET = 11,
    CAREERTALK_DIAG_COUNT = 12
} careertalk_diagnostic_code;

/* careertalk::lang */
typedef enum careertalk_lang {
    CAREERTALK_LANG_EN = 0,
    CAREERTALK_LANG_FR = 1,
    CAREERTALK_LANG_NL = 2,
    CAREERTALK_LANG_COUNT = 3
} careertalk_lang;

/* Which enumeration careertalk_enum_name and careertalk_enum_value read. */
typedef enum careertalk_enum {
    CAREERTALK_ENUM_CONTRACT = 0,
    CAREERTALK_ENUM_ABSENCE = 1,
    CAREERTALK_ENUM_OBLIGATION = 2,
    CAREERTALK_ENUM_VISIT = 3,
    CAREERTALK_ENUM_OUTCOME = 4,
    CAREERTALK_ENUM_TRIGGER = 5,
    CAREERTALK_ENUM_STATUS = 6,
    CAREERTALK_ENUM_BASIS = 7,
    CAREERTALK_ENUM_PAYEE = 8,
    CAREERTALK_ENUM_FINDING = 9,
    CAREERTALK_ENUM_MISSING = 10,
    CAREERTALK_ENUM_RECORD = 11,
    CAREERTALK_ENUM_DIAG = 12,
    CAREERTALK_ENUM_LANG = 13,
    CAREERTALK_ENUM_COUNT = 14
} careertalk_enum;

/* Employee flags (careertalk_employee.flags), a bit each. */
#define CAREERTALK_FLAG_PART_TIME 1u             /* FR 2014 abondement: 130 hours */
#define CAREERTALK_FLAG_MANDATE_DELEGATION_30 2u /* FR L2141-5: delegation >= 30 % */
#define CAREERTALK_FLAG_NIET_TEVREDEN 4u         /* NL guide: not satisfied */
#define CAREERTALK_FLAG_GEEN_GRIP 8u             /* NL guide: no grip on what they want */
#define CAREERTALK_FLAG_FLAGGED_GROUP 16u        /* FR IDCC 573: annual on request */

/* ---- Facts (careertalk/facts.hpp) --------------------------------------------------------- */

typedef struct careertalk_absence {
    careertalk_date start;
    careertalk_date end; /* last day absent (inclusive), or CAREERTALK_NO_DATE: still running */
    uint8_t kind;        /* careertalk_absence_kind */
    uint8_t work_resumed_percent; /* ziekte only: a partial return, 1-99; 0 otherwise */
} careertalk_absence;

typedef struct careertalk_interview {
    careertalk_date date;
    uint8_t kind;                /* careertalk_obligation_kind */
    uint8_t at_employee_request; /* 0 or 1 */
} careertalk_interview;

typedef struct careertalk_training {
    careertalk_date date;
    uint16_t hours;    /* 0 when unknown */
    uint8_t mandatory; /* 0 or 1: conditions the exercise of the job */
} careertalk_training;

/* A certification, a progression or a transfer of the contract. */
typedef struct careertalk_dated_fact {
    careertalk_date date;
} careertalk_dated_fact;

typedef struct careertalk_medical_visit {
    careertalk_date date;
    uint8_t kind; /* careertalk_visit_kind */
} careertalk_medical_visit;

typedef struct careertalk_request {
    careertalk_date date;
    uint8_t kind; /* careertalk_obligation_kind */
} careertalk_request;

typedef struct careertalk_outcome {
    careertalk_date date;
    uint8_t kind; /* careertalk_outcome_kind */
} careertalk_outcome;

/* One employee. Each list is a pointer and a count (the pointer may be NULL when the count is
 * 0). Only hire_date is required; optional dates are CAREERTALK_NO_DATE when not known. */
typedef struct careertalk_employee {
    careertalk_str id;
    careertalk_date hire_date;
    careertalk_date birth_date;
    careertalk_date contract_end;   /* last day of the contract (fixed term or exit) */
    careertalk_date function_start; /* NL: start in the current function */
    careertalk_date aow_date;       /* NL: AOW date as given by the SVB */
    uint8_t contract;               /* careertalk_contract */
    uint8_t flags;                  /* CAREERTALK_FLAG_* */
    const careertalk_absence* absences;
    size_t absence_count;
    const careertalk_interview* interviews;
    size_t interview_count;
    const careertalk_training* trainings;
    size_t training_count;
    const careertalk_dated_fact* certifications;
    size_t certification_count;
    const careertalk_dated_fact* progressions;
    size_t progression_count;
    const careertalk_dated_fact* transfers;
    size_t transfer_count;
    const careertalk_medical_visit* medical_visits;
    size_t medical_visit_count;
    const careertalk_request* requests;
    size_t request_count;
    const careertalk_outcome* outcomes;
    size_t outcome_count;
} careertalk_employee;

typedef struct careertalk_headcount_year {
    int32_t year;
    int32_t headcount;
} careertalk_headcount_year;

/* The employer. Integers are CAREERTALK_NONE when not known. */
typedef struct careertalk_company {
    int32_t headcount;              /* at the evaluation date (company or group) */
    int32_t agreement_cycle_months; /* FR L6315-1 III: periodicity set by an agreement */
    int32_t idcc;                   /* FR branch (convention collective), 1-9999 */
    int8_t penalty_threshold_met;   /* -1 unknown, 0 no, 1 yes: the host's own answer */
    careertalk_date agreement_date; /* date the agreement was concluded */
    careertalk_str cao;             /* NL collective agreement preset id; empty for none */
    const careertalk_headcount_year* headcount_history; /* for the L130-1 five-year rule */
    size_t headcount_history_count;
} careertalk_company;

/* ---- Results (careertalk/results.hpp) ----------------------------------------------------- */

/* Something owed to the employee. */
typedef struct careertalk_obligation {
    careertalk_date trigger_date;
    careertalk_date window_start; /* earliest date on which holding it counts */
    careertalk_date due_date;     /* inclusive deadline */
    careertalk_date held_on;      /* the event that fulfilled it, or CAREERTALK_NO_DATE */
    uint8_t kind;                 /* careertalk_obligation_kind */
    uint8_t trigger;              /* careertalk_trigger_kind */
    uint8_t status;               /* careertalk_status_kind, on the as-of date */
    uint8_t basis;                /* careertalk_basis of the due date */
    careertalk_str rule_id;       /* the rule that creates the obligation */
    careertalk_str citation;      /* its citation */
    careertalk_str exemption_id;  /* the rule that waives it (status not_required), or empty */
    careertalk_str deadline_rule_id; /* the rule that sets the due date when not rule_id */
    uint32_t agenda_size;            /* items careertalk_agenda returns for it */
} careertalk_obligation;

/* A penalty, an advisory, a missing fact or an entitlement. */
typedef struct careertalk_finding {
    careertalk_date review_start; /* the period assessed, or CAREERTALK_NO_DATE */
    careertalk_date review_end;   /* its end (exclusive), or CAREERTALK_NO_DATE */
    careertalk_date date;         /* the assessment's date or the advisory's trigger */
    careertalk_date payment_due;  /* penalty: when it is to be paid, or CAREERTALK_NO_DATE */
    int64_t amount_cents;         /* penalty: euro cents */
    uint8_t kind;                 /* careertalk_finding_kind */
    uint8_t payee;                /* careertalk_payee */
    uint8_t missing;              /* careertalk_missing_fact */
    uint8_t about;                /* careertalk_obligation_kind the finding concerns */
    uint8_t basis;                /* careertalk_basis of its rule */
    careertalk_str rule_id;
    careertalk_str citation;
} careertalk_finding;

/* Why facts could not be evaluated: which record (kind and index in its list), which field,
 * and a message for a person. */
typedef struct careertalk_diagnostic {
    uint8_t record;  /* careertalk_record_kind */
    uint8_t code;    /* careertalk_diagnostic_code */
    uint32_t index;  /* position in the record's list (0 for employee, company, policy) */
    careertalk_str field;
    careertalk_str message;
} careertalk_diagnostic;

/* One agenda item of a conversation. */
typedef struct careertalk_agenda_item {
    careertalk_str id;    /* stable, e.g. "fr.L6315-1.I.1" */
    careertalk_str label; /* in the language asked for */
    careertalk_str rule_id;
    careertalk_str citation;
} careertalk_agenda_item;

/* ---- Library ------------------------------------------------------------------------------- */

typedef struct careertalk_version_info {
    int32_t major, minor, patch; /* the careertalk release */
    int32_t abi;                 /* CAREERTALK_C_ABI_VERSION of the library */
} careertalk_version_info;

/* The library's version: compare out->abi with CAREERTALK_C_ABI_VERSION at start-up. */
CAREERTALK_C_API careertalk_status careertalk_version(careertalk_version_info* out);

/* The status's name ("ok", "invalid_argument", ...). */
CAREERTALK_C_API careertalk_status careertalk_status_name(int32_t status, careertalk_str* out);

/* Rule sets this build knows, as the command-line tool's --rules ("fr", "fr:ministry",
 * "nl:cao-rijk", ...): *count of them, and the name at `index`. */
CAREERTALK_C_API careertalk_status careertalk_rule_set_count(size_t* count);
CAREERTALK_C_API careertalk_status careertalk_rule_set_name(size_t index, careertalk_str* out);

/* The name of enumerator `value` of enumeration `which` (the ids of the CSV files and of the
 * command-line tool), and back. */
CAREERTALK_C_API careertalk_status careertalk_enum_name(int32_t which, int32_t value,
                                                        careertalk_str* out);
CAREERTALK_C_API careertalk_status careertalk_enum_value(int32_t which, const char* name,
                                                         size_t size, int32_t* value);

/* Days since 1970-01-01 of a calendar date, and back (INVALID_ARGUMENT if not a date of
 * years 1-9999). */
CAREERTALK_C_API careertalk_status careertalk_date_from_ymd(int32_t year, int32_t month,
                                                            int32_t day, careertalk_date* out);
CAREERTALK_C_API careertalk_status careertalk_date_to_ymd(careertalk_date date, int32_t* year,
                                                          int32_t* month, int32_t* day);

/* ---- Evaluation ------------------------------------------------------------------------------ */

/* An evaluation: the results of the last careertalk_evaluate into it, and the storage it
 * reuses. Opaque; one per thread (a handle is not shared between concurrent calls). */
typedef struct careertalk_evaluation careertalk_evaluation;

/* Creates an empty evaluation (*out), to free with careertalk_evaluation_free. */
CAREERTALK_C_API careertalk_status careertalk_evaluation_new(careertalk_evaluation** out);
/* Frees an evaluation; NULL is accepted. */
CAREERTALK_C_API careertalk_status careertalk_evaluation_free(careertalk_evaluation* ev);

/* Evaluates `employee` at `company` on `as_of` under the rule set named `rules` (`rules_size`
 * bytes, e.g. "fr", "nl:cao-rijk"). The previous results in `ev` are replaced. Returns OK,
 * INVALID_ARGUMENT, INVALID_FACTS or UNKNOWN_RULE_SET; on anything but OK the evaluation
 * holds at least one diagnostic. A capacity overflow (more than 256 obligations) keeps what
 * fitted with a capacity_exceeded diagnostic and returns INVALID_FACTS. */
CAREERTALK_C_API careertalk_status careertalk_evaluate(careertalk_evaluation* ev,
                                                       const char* rules, size_t rules_size,
                                                       const careertalk_employee* employee,
                                                       const careertalk_company* company,
                                                       careertalk_date as_of);

/* The results of the last evaluation: a pointer to `*count` items inside `ev`, valid until
 * the next evaluation into `ev` or its release. */
CAREERTALK_C_API careertalk_status careertalk_obligations(const careertalk_evaluation* ev,
                                                          const careertalk_obligation** items,
                                                          size_t* count);
CAREERTALK_C_API careertalk_status careertalk_findings(const careertalk_evaluation* ev,
                                                       const careertalk_finding** items,
                                                       size_t* count);
CAREERTALK_C_API careertalk_status careertalk_diagnostics(const careertalk_evaluation* ev,
                                                          const careertalk_diagnostic** items,
                                                          size_t* count);

/* The agenda of obligation `index` of `ev` in language `lang` (careertalk_lang), copied into
 * the caller's `items` (capacity `capacity`, which may be 0 with items NULL). *needed is the
 * number of items; BUFFER_TOO_SMALL when it exceeds `capacity` (nothing is written then). */
CAREERTALK_C_API careertalk_status careertalk_agenda(const careertalk_evaluation* ev,
                                                     size_t index, int32_t lang,
                                                     careertalk_agenda_item* items,
                                                     size_t capacity, size_t* needed);

/* ---- Batch ------------------------------------------------------------------------------------ */

/* Receives the evaluation of employees[index]; the evaluation is valid during the call only.
 * Return 0 to go on, anything else to stop the batch (careertalk_evaluate_batch then returns
 * CAREERTALK_STOPPED). `status` is what careertalk_evaluate returned for this employee. */
typedef int (*careertalk_sink)(void* user, size_t index, careertalk_status status,
                               const careertalk_evaluation* ev);

/* Evaluates the `count` employees on `as_of` under `rules` with `threads` workers (0: one per
 * hardware thread). `companies` has one company for all (company_count 1) or one per employee
 * (company_count == count). `sink` is called on the calling thread, in index order, whatever
 * the number of threads, so the results come in a deterministic order. Returns OK (each
 * employee's own status went to the sink), STOPPED, INVALID_ARGUMENT or OUT_OF_MEMORY.
 * To use the host's own threads instead, give each thread its own evaluation and call
 * careertalk_evaluate over its range of employees. */
CAREERTALK_C_API careertalk_status careertalk_evaluate_batch(
    const char* rules, size_t rules_size, const careertalk_company* companies,
    size_t company_count, const careertalk_employee* employees, size_t count,
    careertalk_date as_of, uint32_t threads, careertalk_sink sink, void* user);

#ifdef __cplusplus
}
#endif

#endif /* CAREERTALK_C_CAREERTALK_H */
