/* Tests of the C interface (careertalk/c/careertalk.h), compiled as C99 without C++ headers. */
#include <careertalk/c/careertalk.h>

#include <stdio.h>
#include <string.h>

static int failures;
#define CHECK(cond)                                                              \
    do {                                                                         \
        if (!(cond)) {                                                           \
            fprintf(stderr, "%s:%d: CHECK(%s) failed\n", __FILE__, __LINE__, #cond); \
            ++failures;                                                          \
        }                                                                        \
    } while (0)

static int str_is(careertalk_str s, const char* text) {
    return s.size == strlen(text) && memcmp(s.data, text, s.size) == 0;
}

static careertalk_date ymd(int y, int m, int d) {
    careertalk_date out = CAREERTALK_NO_DATE;
    CHECK(careertalk_date_from_ymd(y, m, d, &out) == CAREERTALK_OK);
    return out;
}

static careertalk_company no_company(void) {
    careertalk_company c;
    memset(&c, 0, sizeof c);
    c.headcount = CAREERTALK_NONE;
    c.agreement_cycle_months = CAREERTALK_NONE;
    c.idcc = CAREERTALK_NONE;
    c.penalty_threshold_met = -1;
    c.agreement_date = CAREERTALK_NO_DATE;
    return c;
}

static careertalk_employee hired(careertalk_date hire) {
    careertalk_employee e;
    memset(&e, 0, sizeof e);
    e.id.data = "P1";
    e.id.size = 2;
    e.hire_date = hire;
    e.birth_date = e.contract_end = e.function_start = e.aow_date = CAREERTALK_NO_DATE;
    e.contract = CAREERTALK_CONTRACT_CDI;
    return e;
}

static void test_version_and_names(void) {
    careertalk_version_info v;
    careertalk_str s;
    int32_t value = -1;
    size_t n = 0, i;
    int has_fr = 0, has_rijk = 0;
    CHECK(careertalk_version(&v) == CAREERTALK_OK);
    CHECK(v.abi == CAREERTALK_C_ABI_VERSION);
    CHECK(v.major == 0 && v.minor >= 2);
    CHECK(careertalk_version(NULL) == CAREERTALK_INVALID_ARGUMENT);
    CHECK(careertalk_status_name(CAREERTALK_BUFFER_TOO_SMALL, &s) == CAREERTALK_OK &&
          str_is(s, "buffer_too_small"));
    CHECK(careertalk_status_name(99, &s) == CAREERTALK_INVALID_ARGUMENT);
    /* Names are the CSV ids, both ways. */
    CHECK(careertalk_enum_name(CAREERTALK_ENUM_OBLIGATION, CAREERTALK_OBLIGATION_LOOPBAANGESPREK,
                               &s) == CAREERTALK_OK && str_is(s, "loopbaangesprek"));
    CHECK(careertalk_enum_value(CAREERTALK_ENUM_ABSENCE, "ziekte", 6, &value) == CAREERTALK_OK &&
          value == CAREERTALK_ABSENCE_ZIEKTE);
    CHECK(careertalk_enum_value(CAREERTALK_ENUM_ABSENCE, "ziek", 4, &value) ==
          CAREERTALK_OUT_OF_RANGE);
    CHECK(careertalk_enum_name(CAREERTALK_ENUM_STATUS, CAREERTALK_STATUS_COUNT, &s) ==
          CAREERTALK_OUT_OF_RANGE);
    CHECK(careertalk_enum_name(CAREERTALK_ENUM_COUNT, 0, &s) == CAREERTALK_INVALID_ARGUMENT);
    CHECK(careertalk_enum_name(-1, 0, &s) == CAREERTALK_INVALID_ARGUMENT);
    CHECK(careertalk_rule_set_count(&n) == CAREERTALK_OK && n > 3);
    for (i = 0; i < n; ++i) {
        CHECK(careertalk_rule_set_name(i, &s) == CAREERTALK_OK);
        has_fr |= str_is(s, "fr");
        has_rijk |= str_is(s, "nl:cao-rijk");
    }
    CHECK(has_fr && has_rijk);
    CHECK(careertalk_rule_set_name(n, &s) == CAREERTALK_OUT_OF_RANGE);
}

static void test_dates(void) {
    int32_t y, m, d;
    careertalk_date out = 7;
    CHECK(ymd(1970, 1, 1) == 0);
    CHECK(ymd(2024, 2, 29) == 19782);
    CHECK(ymd(2024, 3, 1) == 19783);
    CHECK(ymd(1969, 12, 31) == -1);
    CHECK(ymd(1, 1, 1) == CAREERTALK_MIN_DATE);
    CHECK(ymd(9999, 12, 31) == CAREERTALK_MAX_DATE);
    CHECK(careertalk_date_from_ymd(2023, 2, 29, &out) == CAREERTALK_INVALID_ARGUMENT && out == 7);
    CHECK(careertalk_date_from_ymd(2025, 4, 31, &out) == CAREERTALK_INVALID_ARGUMENT);
    CHECK(careertalk_date_from_ymd(10000, 1, 1, &out) == CAREERTALK_INVALID_ARGUMENT);
    CHECK(careertalk_date_to_ymd(19782, &y, &m, &d) == CAREERTALK_OK && y == 2024 && m == 2 &&
          d == 29);
    CHECK(careertalk_date_to_ymd(CAREERTALK_MAX_DATE + 1, &y, &m, &d) ==
          CAREERTALK_INVALID_ARGUMENT);
    CHECK(careertalk_date_to_ymd(CAREERTALK_NO_DATE, &y, &m, &d) == CAREERTALK_INVALID_ARGUMENT);
}

/* C. trav. L6315-1 I (v2-v5): an entretien professionnel every two years from the hire; hired on
 * 29 February 2020, the first is due on 28 February 2022 (years added with the day clamped to
 * the month end, docs/conventions.md#clamp) and overdue on 1 March 2026. */
static void test_french_employee(void) {
    careertalk_evaluation* ev = NULL;
    careertalk_employee e = hired(ymd(2020, 2, 29));
    careertalk_company c = no_company();
    const careertalk_obligation* o;
    const careertalk_diagnostic* diags;
    size_t n = 0, i, found = 0, nd = 9;
    c.headcount = 60;
    CHECK(careertalk_evaluation_new(&ev) == CAREERTALK_OK && ev != NULL);
    CHECK(careertalk_evaluate(ev, "fr", 2, &e, &c, ymd(2026, 3, 1)) == CAREERTALK_OK);
    CHECK(careertalk_obligations(ev, &o, &n) == CAREERTALK_OK && n >= 2);
    CHECK(careertalk_diagnostics(ev, &diags, &nd) == CAREERTALK_OK && nd == 0);
    for (i = 0; i < n; ++i) {
        if (o[i].kind != CAREERTALK_OBLIGATION_ENTRETIEN_PROFESSIONNEL) continue;
        ++found;
        CHECK(o[i].due_date == ymd(2022, 2, 28));
        CHECK(o[i].trigger == CAREERTALK_TRIGGER_HIRE && o[i].trigger_date == ymd(2020, 2, 29));
        CHECK(o[i].status == CAREERTALK_STATUS_OVERDUE);
        CHECK(o[i].held_on == CAREERTALK_NO_DATE);
        CHECK(o[i].basis == CAREERTALK_BASIS_STATUTE);
        CHECK(str_is(o[i].rule_id, "fr.L6315-1.I.periodic.v2-v5"));
        CHECK(o[i].citation.size > 0 && memcmp(o[i].citation.data, "C. trav., art. L6315-1", 22) == 0);
        CHECK(o[i].exemption_id.size == 0);
    }
    CHECK(found == 1);
    /* The same on the day before the deadline: due soon, not overdue. */
    CHECK(careertalk_evaluate(ev, "fr", 2, &e, &c, ymd(2022, 2, 27)) == CAREERTALK_OK);
    CHECK(careertalk_obligations(ev, &o, &n) == CAREERTALK_OK);
    for (i = 0; i < n; ++i)
        if (o[i].kind == CAREERTALK_OBLIGATION_ENTRETIEN_PROFESSIONNEL)
            CHECK(o[i].status == CAREERTALK_STATUS_DUE_SOON);
    careertalk_evaluation_free(ev);
}

/* Agenda of the entretien professionnel (L6315-1 I): copied into the caller's buffer, in the
 * language asked for; a short buffer gets the size it needs and nothing written. */
static void test_agenda(void) {
    careertalk_evaluation* ev = NULL;
    careertalk_employee e = hired(ymd(2020, 2, 29));
    careertalk_company c = no_company();
    const careertalk_obligation* o;
    careertalk_agenda_item items[16], one;
    size_t n, i, needed = 0, with_agenda = n = 0;
    memset(&one, 0, sizeof one);
    CHECK(careertalk_evaluation_new(&ev) == CAREERTALK_OK);
    CHECK(careertalk_evaluate(ev, "fr", 2, &e, &c, ymd(2026, 3, 1)) == CAREERTALK_OK);
    careertalk_obligations(ev, &o, &n);
    for (i = 0; i < n; ++i) {
        if (o[i].agenda_size < 2) continue;
        ++with_agenda;
        CHECK(careertalk_agenda(ev, i, CAREERTALK_LANG_FR, NULL, 0, &needed) ==
              CAREERTALK_BUFFER_TOO_SMALL && needed == o[i].agenda_size);
        CHECK(careertalk_agenda(ev, i, CAREERTALK_LANG_FR, &one, 1, &needed) ==
              CAREERTALK_BUFFER_TOO_SMALL && one.id.data == NULL);
        CHECK(careertalk_agenda(ev, i, CAREERTALK_LANG_FR, items, 16, &needed) == CAREERTALK_OK);
        CHECK(items[0].id.size > 0 && items[0].label.size > 0 && items[0].rule_id.size > 0);
        CHECK(careertalk_agenda(ev, i, CAREERTALK_LANG_EN, &one, 1, &needed) ==
              CAREERTALK_BUFFER_TOO_SMALL);
        CHECK(careertalk_agenda(ev, i, 3, items, 16, &needed) == CAREERTALK_INVALID_ARGUMENT);
    }
    CHECK(with_agenda > 0);
    CHECK(careertalk_agenda(ev, n, CAREERTALK_LANG_EN, items, 16, &needed) == CAREERTALK_OUT_OF_RANGE);
    careertalk_evaluation_free(ev);
}

static int has_diagnostic(const careertalk_evaluation* ev, int record, uint32_t index,
                          const char* field, int code) {
    const careertalk_diagnostic* d;
    size_t n = 0, i;
    careertalk_diagnostics(ev, &d, &n);
    for (i = 0; i < n; ++i)
        if (d[i].record == record && d[i].index == index && str_is(d[i].field, field) &&
            d[i].code == code && d[i].message.size > 0)
            return 1;
    return 0;
}

static void test_bad_input(void) {
    careertalk_evaluation* ev = NULL;
    careertalk_employee e = hired(ymd(2020, 1, 6));
    careertalk_company c = no_company();
    careertalk_absence absences[2];
    careertalk_interview interview;
    const careertalk_obligation* o;
    size_t n = 1;
    CHECK(careertalk_evaluation_new(NULL) == CAREERTALK_INVALID_ARGUMENT);
    CHECK(careertalk_evaluation_free(NULL) == CAREERTALK_OK);
    CHECK(careertalk_evaluate(NULL, "fr", 2, &e, &c, 0) == CAREERTALK_INVALID_ARGUMENT);
    CHECK(careertalk_evaluation_new(&ev) == CAREERTALK_OK);
    CHECK(careertalk_evaluate(ev, NULL, 2, &e, &c, ymd(2026, 1, 1)) == CAREERTALK_INVALID_ARGUMENT);
    CHECK(has_diagnostic(ev, CAREERTALK_RECORD_POLICY, 0, "rules", CAREERTALK_DIAG_OUT_OF_RANGE));
    CHECK(careertalk_evaluate(ev, "fr", 2, NULL, &c, ymd(2026, 1, 1)) == CAREERTALK_INVALID_ARGUMENT);
    CHECK(careertalk_evaluate(ev, "fr", 2, &e, NULL, ymd(2026, 1, 1)) == CAREERTALK_INVALID_ARGUMENT);
    /* An unknown rule set: a diagnostic naming it, no obligation. */
    CHECK(careertalk_evaluate(ev, "fr:nonsense", 11, &e, &c, ymd(2026, 1, 1)) ==
          CAREERTALK_UNKNOWN_RULE_SET);
    CHECK(has_diagnostic(ev, CAREERTALK_RECORD_POLICY, 0, "rules", CAREERTALK_DIAG_UNKNOWN_RULE_SET));
    CHECK(careertalk_obligations(ev, &o, &n) == CAREERTALK_OK && n == 0);
    /* "fr" then garbage past rules_size is "fr": the size is what counts. */
    CHECK(careertalk_evaluate(ev, "frXX", 2, &e, &c, ymd(2026, 1, 1)) == CAREERTALK_OK);
    /* A date out of range, an unknown enumerator, a count with no pointer: the record and field. */
    e.birth_date = CAREERTALK_MAX_DATE + 1;
    CHECK(careertalk_evaluate(ev, "fr", 2, &e, &c, ymd(2026, 1, 1)) == CAREERTALK_INVALID_ARGUMENT);
    CHECK(has_diagnostic(ev, CAREERTALK_RECORD_EMPLOYEE, 0, "birth_date", CAREERTALK_DIAG_INVALID_DATE));
    e.birth_date = CAREERTALK_NO_DATE;
    absences[0].kind = CAREERTALK_ABSENCE_ARRET_MALADIE;
    absences[0].start = ymd(2021, 1, 4);
    absences[0].end = ymd(2021, 1, 8);
    absences[0].work_resumed_percent = 0;
    absences[1] = absences[0];
    absences[1].kind = CAREERTALK_ABSENCE_COUNT;
    e.absences = absences;
    e.absence_count = 2;
    CHECK(careertalk_evaluate(ev, "fr", 2, &e, &c, ymd(2026, 1, 1)) == CAREERTALK_INVALID_ARGUMENT);
    CHECK(has_diagnostic(ev, CAREERTALK_RECORD_ABSENCE, 1, "kind", CAREERTALK_DIAG_OUT_OF_RANGE));
    /* Facts that cannot be true come from the library's own checks: overlapping absences. */
    absences[1].kind = CAREERTALK_ABSENCE_ARRET_MALADIE;
    CHECK(careertalk_evaluate(ev, "fr", 2, &e, &c, ymd(2026, 1, 1)) == CAREERTALK_INVALID_FACTS);
    CHECK(has_diagnostic(ev, CAREERTALK_RECORD_ABSENCE, 1, "start",
                         CAREERTALK_DIAG_OVERLAPPING_ABSENCES));
    CHECK(careertalk_obligations(ev, &o, &n) == CAREERTALK_OK && n == 0);
    e.absence_count = 1;
    e.interviews = NULL;
    e.interview_count = 3;
    CHECK(careertalk_evaluate(ev, "fr", 2, &e, &c, ymd(2026, 1, 1)) == CAREERTALK_INVALID_ARGUMENT);
    CHECK(has_diagnostic(ev, CAREERTALK_RECORD_INTERVIEW, 0, "interviews", CAREERTALK_DIAG_OUT_OF_RANGE));
    interview.date = ymd(2022, 1, 3);
    interview.kind = CAREERTALK_OBLIGATION_ENTRETIEN_PROFESSIONNEL;
    interview.at_employee_request = 2;
    e.interviews = &interview;
    e.interview_count = 1;
    CHECK(careertalk_evaluate(ev, "fr", 2, &e, &c, ymd(2026, 1, 1)) == CAREERTALK_INVALID_ARGUMENT);
    CHECK(has_diagnostic(ev, CAREERTALK_RECORD_INTERVIEW, 0, "at_employee_request",
                         CAREERTALK_DIAG_OUT_OF_RANGE));
    interview.at_employee_request = 0;
    e.flags = 32;
    CHECK(careertalk_evaluate(ev, "fr", 2, &e, &c, ymd(2026, 1, 1)) == CAREERTALK_INVALID_ARGUMENT);
    e.flags = CAREERTALK_FLAG_PART_TIME;
    c.idcc = 10000;
    CHECK(careertalk_evaluate(ev, "fr", 2, &e, &c, ymd(2026, 1, 1)) == CAREERTALK_INVALID_ARGUMENT);
    CHECK(has_diagnostic(ev, CAREERTALK_RECORD_COMPANY, 0, "idcc", CAREERTALK_DIAG_OUT_OF_RANGE));
    c.idcc = CAREERTALK_NONE;
    CHECK(careertalk_evaluate(ev, "fr", 2, &e, &c, CAREERTALK_NO_DATE) == CAREERTALK_INVALID_ARGUMENT);
    CHECK(has_diagnostic(ev, CAREERTALK_RECORD_POLICY, 0, "as_of", CAREERTALK_DIAG_INVALID_DATE));
    CHECK(careertalk_evaluate(ev, "fr", 2, &e, &c, ymd(2026, 1, 1)) == CAREERTALK_OK);
    CHECK(careertalk_obligations(NULL, &o, &n) == CAREERTALK_INVALID_ARGUMENT);
    careertalk_evaluation_free(ev);
}

/* The batch gives each employee's own answer, in index order, whatever the threads. */
typedef struct batch_log {
    size_t calls;
    size_t order_errors;
    careertalk_date due[40];
    size_t stop_after;
} batch_log;

static int record(void* user, size_t index, careertalk_status status, const careertalk_evaluation* ev) {
    batch_log* log = (batch_log*)user;
    const careertalk_obligation* o;
    size_t n = 0, i;
    if (index != log->calls) ++log->order_errors;
    ++log->calls;
    careertalk_obligations(ev, &o, &n);
    log->due[index] = CAREERTALK_NO_DATE;
    for (i = 0; status == CAREERTALK_OK && i < n; ++i)
        if (o[i].kind == CAREERTALK_OBLIGATION_ENTRETIEN_PROFESSIONNEL && log->due[index] == CAREERTALK_NO_DATE)
            log->due[index] = o[i].due_date;
    return log->stop_after != 0 && log->calls == log->stop_after;
}

static void test_batch(void) {
    careertalk_employee people[40];
    careertalk_company c = no_company();
    batch_log one, four;
    size_t i;
    for (i = 0; i < 40; ++i) people[i] = hired(ymd(2015, 1, 1) + (careertalk_date)(i * 37));
    people[7].hire_date = CAREERTALK_MAX_DATE + 5; /* one bad record does not stop the others */
    memset(&one, 0, sizeof one);
    memset(&four, 0, sizeof four);
    CHECK(careertalk_evaluate_batch("fr", 2, &c, 1, people, 40, ymd(2026, 3, 1), 1, record, &one) ==
          CAREERTALK_OK);
    CHECK(careertalk_evaluate_batch("fr", 2, &c, 1, people, 40, ymd(2026, 3, 1), 4, record, &four) ==
          CAREERTALK_OK);
    CHECK(one.calls == 40 && four.calls == 40 && one.order_errors == 0 && four.order_errors == 0);
    CHECK(memcmp(one.due, four.due, sizeof one.due) == 0);
    CHECK(one.due[7] == CAREERTALK_NO_DATE && one.due[0] != CAREERTALK_NO_DATE);
    memset(&four, 0, sizeof four);
    four.stop_after = 20;
    CHECK(careertalk_evaluate_batch("fr", 2, &c, 1, people, 40, ymd(2026, 3, 1), 4, record, &four) ==
          CAREERTALK_STOPPED);
    CHECK(four.calls == 20);
    CHECK(careertalk_evaluate_batch("fr", 2, &c, 2, people, 40, ymd(2026, 3, 1), 4, record, &four) ==
          CAREERTALK_INVALID_ARGUMENT);
    CHECK(careertalk_evaluate_batch("fr", 2, &c, 1, people, 40, ymd(2026, 3, 1), 4, NULL, &four) ==
          CAREERTALK_INVALID_ARGUMENT);
    CHECK(careertalk_evaluate_batch("fr", 2, &c, 1, NULL, 0, ymd(2026, 3, 1), 4, record, &four) ==
          CAREERTALK_OK);
}

int main(void) {
    test_version_and_names();
    test_dates();
    test_french_employee();
    test_agenda();
    test_bad_input();
    test_batch();
    if (failures != 0) {
        fprintf(stderr, "%d checks failed\n", failures);
        return 1;
    }
    puts("c_api_test: all checks passed");
    return 0;
}
