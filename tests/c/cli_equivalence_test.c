/* The C interface gives the command-line tool's answers: reads PEOPLE.csv and EVENTS.csv
 * (tests/c/data and examples/data: the columns they have), evaluates each employee through
 * careertalk/c/careertalk.h, and compares with the tool's `schedule --format csv` output for
 * the same files on the same as-of date, on the columns both have:
 *   - every row of the tool is a result of the C interface, column for column;
 *   - every obligation the C interface gives due from the as-of date to two years after (the
 *     tool's default horizon) is a row of the tool.
 *
 *   cli_equivalence_test PEOPLE.csv EVENTS.csv TOOL_OUTPUT.csv AS_OF
 */
#include "csv.h"

#include <careertalk/c/careertalk.h>

#include <stdio.h>
#include <stdlib.h>
#include <string.h>

enum { MAX_EVENTS = 64 };

static csv_file people, events, tool;
static int failures;

static void fail(const char* what, const char* detail) {
    fprintf(stderr, "FAIL: %s: %s\n", what, detail);
    ++failures;
}

static careertalk_date parse_date(const char* s) {
    int y, m, d;
    careertalk_date out = CAREERTALK_NO_DATE;
    if (*s == '\0') return CAREERTALK_NO_DATE;
    if (sscanf(s, "%4d-%2d-%2d", &y, &m, &d) != 3 ||
        careertalk_date_from_ymd(y, m, d, &out) != CAREERTALK_OK)
        fail("not a date", s);
    return out;
}

static void format_date(careertalk_date d, char* out) {
    int32_t y, m, day;
    if (careertalk_date_to_ymd(d, &y, &m, &day) != CAREERTALK_OK) {
        out[0] = '\0';
        return;
    }
    sprintf(out, "%04d-%02d-%02d", (int)y, (int)m, (int)day);
}

static uint8_t enum_value(careertalk_enum which, const char* name) {
    int32_t v = 0;
    if (careertalk_enum_value(which, name, strlen(name), &v) != CAREERTALK_OK) fail("unknown name", name);
    return (uint8_t)v;
}

static void name_of(careertalk_enum which, int32_t value, char* out, size_t size) {
    careertalk_str s = {"", 0};
    careertalk_enum_name(which, value, &s);
    snprintf(out, size, "%.*s", (int)s.size, s.data);
}

static void copy_str(careertalk_str s, char* out, size_t size) {
    snprintf(out, size, "%.*s", (int)s.size, s.data);
}

/* One result as the tool's CSV columns. */
enum { COLUMNS = 12 };
static const char* const columns[COLUMNS] = {"id",      "obligation", "trigger", "trigger_date",
                                             "window_start", "due_date", "status",  "held_on",
                                             "exemption", "rule",     "citation", "basis"};
typedef struct row {
    char v[COLUMNS][400];
} row;

static void basis_words(int32_t basis, char* out, size_t size) {
    char* p;
    name_of(CAREERTALK_ENUM_BASIS, basis, out, size);
    for (p = out; *p; ++p)
        if (*p == '_') *p = ' '; /* the CSV writes "library default" */
}

static void obligation_row(const char* id, const careertalk_obligation* o, row* r) {
    memset(r, 0, sizeof *r);
    snprintf(r->v[0], sizeof r->v[0], "%s", id);
    name_of(CAREERTALK_ENUM_OBLIGATION, o->kind, r->v[1], sizeof r->v[1]);
    name_of(CAREERTALK_ENUM_TRIGGER, o->trigger, r->v[2], sizeof r->v[2]);
    format_date(o->trigger_date, r->v[3]);
    format_date(o->window_start, r->v[4]);
    format_date(o->due_date, r->v[5]);
    name_of(CAREERTALK_ENUM_STATUS, o->status, r->v[6], sizeof r->v[6]);
    format_date(o->held_on, r->v[7]);
    copy_str(o->exemption_id, r->v[8], sizeof r->v[8]);
    copy_str(o->rule_id, r->v[9], sizeof r->v[9]);
    copy_str(o->citation, r->v[10], sizeof r->v[10]);
    basis_words(o->basis, r->v[11], sizeof r->v[11]);
}

/* A finding as the tool writes it in a schedule: what it is about as the obligation, its kind
 * as the status, the start of its period and its date as the window and the due date. */
static void finding_row(const char* id, const careertalk_finding* f, row* r) {
    memset(r, 0, sizeof *r);
    snprintf(r->v[0], sizeof r->v[0], "%s", id);
    name_of(CAREERTALK_ENUM_OBLIGATION, f->about, r->v[1], sizeof r->v[1]);
    format_date(f->review_start, r->v[4]);
    format_date(f->date, r->v[5]);
    name_of(CAREERTALK_ENUM_FINDING, f->kind, r->v[6], sizeof r->v[6]);
    copy_str(f->rule_id, r->v[9], sizeof r->v[9]);
    copy_str(f->citation, r->v[10], sizeof r->v[10]);
    basis_words(f->basis, r->v[11], sizeof r->v[11]);
}

/* The tool's row `i` matches `r`. */
/* The tool says "planned" of an open obligation whose interview is planned after the as-of
 * date (docs/cli/input.md#planned-interviews); the library, which is not given that interview,
 * says upcoming or due_soon. */
static int same_value(const char* tool_value, const char* value, int c) {
    if (strcmp(tool_value, value) == 0) return 1;
    return strcmp(columns[c], "status") == 0 && strcmp(tool_value, "planned") == 0 &&
           (strcmp(value, "upcoming") == 0 || strcmp(value, "due_soon") == 0);
}

static int tool_row_is(size_t i, const row* r) {
    int c;
    for (c = 0; c < COLUMNS; ++c)
        if (!same_value(csv_get(&tool, i, csv_column(&tool, columns[c])), r->v[c], c)) return 0;
    return 1;
}

int main(int argc, char** argv) {
    careertalk_evaluation* ev = NULL;
    size_t p, i, matched_tool_rows = 0, results = 0;
    static int tool_row_matched[CSV_MAX_ROWS];
    careertalk_date as_of, horizon;
    int32_t y, m, d;
    if (argc != 5) {
        fprintf(stderr, "usage: %s PEOPLE.csv EVENTS.csv TOOL_OUTPUT.csv AS_OF\n", argv[0]);
        return 2;
    }
    if (csv_read(argv[1], &people) || csv_read(argv[2], &events) || csv_read(argv[3], &tool)) {
        fprintf(stderr, "cannot read the CSV files\n");
        return 2;
    }
    as_of = parse_date(argv[4]);
    careertalk_date_to_ymd(as_of, &y, &m, &d);
    careertalk_date_from_ymd(y + 2, m, d == 29 && m == 2 ? 28 : d, &horizon);
    if (careertalk_evaluation_new(&ev) != CAREERTALK_OK) return 2;

    for (p = 1; p < people.rows; ++p) {
        const char* id = csv_get(&people, p, csv_column(&people, "id"));
        careertalk_employee e;
        careertalk_company c;
        careertalk_absence absences[MAX_EVENTS];
        careertalk_interview interviews[MAX_EVENTS];
        careertalk_training trainings[MAX_EVENTS];
        careertalk_medical_visit visits[MAX_EVENTS];
        const careertalk_obligation* obligations;
        const careertalk_finding* findings;
        size_t n_obligations, n_findings, k;
        const char* rules = csv_get(&people, p, csv_column(&people, "rules"));
        const char* headcount = csv_get(&people, p, csv_column(&people, "headcount"));
        const char* contract = csv_get(&people, p, csv_column(&people, "contract"));
        const char* cycle = csv_get(&people, p, csv_column(&people, "agreement_cycle_months"));
        const char* cao = csv_get(&people, p, csv_column(&people, "cao"));
        careertalk_status status;

        memset(&e, 0, sizeof e);
        e.id.data = id;
        e.id.size = strlen(id);
        e.hire_date = parse_date(csv_get(&people, p, csv_column(&people, "hire_date")));
        e.birth_date = parse_date(csv_get(&people, p, csv_column(&people, "birth_date")));
        e.contract_end = parse_date(csv_get(&people, p, csv_column(&people, "contract_end")));
        e.function_start = parse_date(csv_get(&people, p, csv_column(&people, "function_start")));
        e.aow_date = parse_date(csv_get(&people, p, csv_column(&people, "aow_date")));
        e.contract = *contract ? enum_value(CAREERTALK_ENUM_CONTRACT, contract) : 0;
        e.absences = absences;
        e.interviews = interviews;
        e.trainings = trainings;
        e.medical_visits = visits;
        for (i = 1; i < events.rows; ++i) {
            const char* kind = csv_get(&events, i, csv_column(&events, "kind"));
            char detail[100];
            careertalk_date date = parse_date(csv_get(&events, i, csv_column(&events, "date")));
            char* colon;
            if (strcmp(csv_get(&events, i, csv_column(&events, "id")), id) != 0) continue;
            snprintf(detail, sizeof detail, "%s", csv_get(&events, i, csv_column(&events, "detail")));
            if (strcmp(kind, "interview") == 0) {
                careertalk_interview* x;
                if (date > as_of) continue; /* planned, not held: the tool leaves it out too */
                x = &interviews[e.interview_count++];
                colon = strchr(detail, ':');
                x->at_employee_request = colon && strcmp(colon, ":at_employee_request") == 0;
                if (colon) *colon = '\0';
                x->date = date;
                x->kind = enum_value(CAREERTALK_ENUM_OBLIGATION, detail);
            } else if (strcmp(kind, "absence") == 0) {
                careertalk_absence* x = &absences[e.absence_count++];
                x->start = date;
                x->end = parse_date(csv_get(&events, i, csv_column(&events, "end_date")));
                x->kind = enum_value(CAREERTALK_ENUM_ABSENCE, detail);
                x->work_resumed_percent = 0;
            } else if (strcmp(kind, "training") == 0) {
                careertalk_training* x = &trainings[e.training_count++];
                x->date = date;
                x->hours = 0;
                x->mandatory = strcmp(detail, "obligatoire") == 0;
            } else if (strcmp(kind, "medical_visit") == 0 || strcmp(kind, "visite_mi_carriere") == 0) {
                careertalk_medical_visit* x = &visits[e.medical_visit_count++];
                x->date = date;
                x->kind = *detail ? enum_value(CAREERTALK_ENUM_VISIT, detail) : CAREERTALK_VISIT_MI_CARRIERE;
            } else {
                fail("an event kind this test does not read", kind);
            }
        }
        memset(&c, 0, sizeof c);
        c.headcount = *headcount ? atoi(headcount) : CAREERTALK_NONE;
        c.agreement_cycle_months = *cycle ? atoi(cycle) : CAREERTALK_NONE;
        c.idcc = CAREERTALK_NONE;
        c.cao.data = cao;
        c.cao.size = strlen(cao);
        c.penalty_threshold_met = -1;
        c.agreement_date = CAREERTALK_NO_DATE;

        status = careertalk_evaluate(ev, rules, strlen(rules), &e, &c, as_of);
        if (status != CAREERTALK_OK) fail("not evaluated", id);
        careertalk_obligations(ev, &obligations, &n_obligations);
        careertalk_findings(ev, &findings, &n_findings);
        for (k = 0; k < n_obligations + n_findings; ++k) {
            static row r;
            size_t t;
            int found = 0;
            if (k < n_obligations)
                obligation_row(id, &obligations[k], &r);
            else
                finding_row(id, &findings[k - n_obligations], &r);
            ++results;
            for (t = 1; t < tool.rows; ++t)
                if (!tool_row_matched[t] && tool_row_is(t, &r)) {
                    tool_row_matched[t] = found = 1;
                    ++matched_tool_rows;
                    break;
                }
            if (!found && k < n_obligations && obligations[k].due_date >= as_of &&
                obligations[k].due_date <= horizon) {
                fail("an obligation due within the horizon the tool does not show", r.v[1]);
                fprintf(stderr, "  %s %s due %s\n", r.v[0], r.v[1], r.v[5]);
            }
        }
    }
    for (i = 1; i < tool.rows; ++i)
        if (!tool_row_matched[i]) {
            fail("a row of the tool the C interface does not give",
                 csv_get(&tool, i, csv_column(&tool, "obligation")));
            fprintf(stderr, "  line %u: id %s due %s\n", (unsigned)(i + 1), csv_get(&tool, i, 0),
                    csv_get(&tool, i, csv_column(&tool, "due_date")));
        }
    if (tool.rows < 2 || csv_column(&tool, "citation") < 0) fail("the tool's output", "no rows");
    printf("%u rows of the tool, all among the %u results of the C interface\n",
           (unsigned)matched_tool_rows, (unsigned)results);
    careertalk_evaluation_free(ev);
    csv_free(&people);
    csv_free(&events);
    csv_free(&tool);
    return failures == 0 ? 0 : 1;
}
