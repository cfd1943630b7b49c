/* The C interface (careertalk/c/careertalk.h) from C: three employees built in code, their
 * schedule under French law and under CAO Rijk, printed with the agenda of each conversation.
 *
 *   careertalk_c_schedule
 */
#include <careertalk/c/careertalk.h>

#include <stdio.h>
#include <string.h>

static careertalk_date day(int y, int m, int d) {
    careertalk_date out = CAREERTALK_NO_DATE;
    careertalk_date_from_ymd(y, m, d, &out);
    return out;
}

static void print_date(careertalk_date d) {
    int32_t y, m, dd;
    if (careertalk_date_to_ymd(d, &y, &m, &dd) == CAREERTALK_OK)
        printf("%04d-%02d-%02d", (int)y, (int)m, (int)dd);
    else
        printf("%10s", "");
}

static void print_name(careertalk_enum which, int32_t value) {
    careertalk_str s = {"?", 1};
    careertalk_enum_name(which, value, &s);
    printf("%-32.*s", (int)s.size, s.data);
}

static careertalk_employee employee(const char* id, careertalk_date hire) {
    careertalk_employee e;
    memset(&e, 0, sizeof e); /* every list empty */
    e.id.data = id;
    e.id.size = strlen(id);
    e.hire_date = hire;
    e.birth_date = e.contract_end = e.function_start = e.aow_date = CAREERTALK_NO_DATE;
    return e;
}

static int print_schedule(careertalk_evaluation* ev, const char* rules,
                          const careertalk_employee* e, const careertalk_company* c,
                          careertalk_date as_of) {
    const careertalk_obligation* o;
    const careertalk_diagnostic* d;
    size_t n, i, k;
    careertalk_status status = careertalk_evaluate(ev, rules, strlen(rules), e, c, as_of);
    printf("%.*s (%s)\n", (int)e->id.size, e->id.data, rules);
    if (status != CAREERTALK_OK) {
        careertalk_diagnostics(ev, &d, &n);
        for (i = 0; i < n; ++i)
            printf("  error: %.*s: %.*s\n", (int)d[i].field.size, d[i].field.data,
                   (int)d[i].message.size, d[i].message.data);
        return 1;
    }
    careertalk_obligations(ev, &o, &n);
    for (i = 0; i < n; ++i) {
        careertalk_agenda_item items[16];
        size_t needed = 0;
        printf("  ");
        print_name(CAREERTALK_ENUM_OBLIGATION, o[i].kind);
        printf(" due ");
        print_date(o[i].due_date);
        printf("  ");
        print_name(CAREERTALK_ENUM_STATUS, o[i].status);
        printf("%.*s\n", (int)o[i].rule_id.size, o[i].rule_id.data);
        if (careertalk_agenda(ev, i, CAREERTALK_LANG_EN, items, 16, &needed) != CAREERTALK_OK)
            continue;
        for (k = 0; k < needed; ++k)
            printf("      - %.*s\n", (int)items[k].label.size, items[k].label.data);
    }
    return 0;
}

int main(void) {
    careertalk_evaluation* ev = NULL;
    careertalk_version_info version;
    careertalk_employee camille = employee("camille", day(2020, 2, 29));
    careertalk_employee nadia = employee("nadia", day(2012, 4, 16));
    careertalk_employee sanne = employee("sanne", day(2021, 3, 31));
    careertalk_interview nadia_interview;
    careertalk_absence nadia_leave;
    careertalk_company paris, rijk;
    careertalk_date as_of = day(2026, 11, 23);
    int failed = 0;

    if (careertalk_version(&version) != CAREERTALK_OK || version.abi != CAREERTALK_C_ABI_VERSION) {
        fprintf(stderr, "libcareertalk_c: ABI %d, this program was built for %d\n",
                (int)version.abi, CAREERTALK_C_ABI_VERSION);
        return 1;
    }
    nadia_interview.date = day(2024, 6, 3);
    nadia_interview.kind = CAREERTALK_OBLIGATION_ENTRETIEN_PROFESSIONNEL;
    nadia_interview.at_employee_request = 0;
    nadia.interviews = &nadia_interview;
    nadia.interview_count = 1;
    nadia_leave.kind = CAREERTALK_ABSENCE_CONGE_PARENTAL_EDUCATION;
    nadia_leave.start = day(2025, 9, 1);
    nadia_leave.end = day(2026, 2, 28);
    nadia_leave.work_resumed_percent = 0;
    nadia.absences = &nadia_leave;
    nadia.absence_count = 1;
    sanne.contract = CAREERTALK_CONTRACT_ONBEPAALDE_TIJD;
    sanne.function_start = day(2021, 3, 31);

    memset(&paris, 0, sizeof paris);
    paris.headcount = 120;
    paris.agreement_cycle_months = paris.idcc = CAREERTALK_NONE;
    paris.penalty_threshold_met = -1;
    paris.agreement_date = CAREERTALK_NO_DATE;
    rijk = paris;
    rijk.headcount = 300;

    if (careertalk_evaluation_new(&ev) != CAREERTALK_OK) return 1;
    failed |= print_schedule(ev, "fr", &camille, &paris, as_of);
    failed |= print_schedule(ev, "fr", &nadia, &paris, as_of);
    failed |= print_schedule(ev, "nl:cao-rijk", &sanne, &rijk, as_of);
    careertalk_evaluation_free(ev);
    return failed;
}
