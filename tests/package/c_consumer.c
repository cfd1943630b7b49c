/* A C consumer of the installed C interface (careertalk/c/careertalk.h), built by the
 * package.find_package test with CMake (careertalk::c_shared) and with pkg-config careertalk-c
 * alone, by a C compiler. */
#include <careertalk/c/careertalk.h>

#include <stdio.h>
#include <string.h>

int main(void) {
    careertalk_evaluation* ev = NULL;
    careertalk_employee e;
    careertalk_company c;
    const careertalk_obligation* o;
    size_t n = 0;
    careertalk_date as_of = 0;
    memset(&e, 0, sizeof e);
    memset(&c, 0, sizeof c);
    careertalk_date_from_ymd(2020, 2, 29, &e.hire_date);
    e.birth_date = e.contract_end = e.function_start = e.aow_date = CAREERTALK_NO_DATE;
    c.headcount = 60;
    c.agreement_cycle_months = c.idcc = CAREERTALK_NONE;
    c.penalty_threshold_met = -1;
    c.agreement_date = CAREERTALK_NO_DATE;
    careertalk_date_from_ymd(2026, 3, 1, &as_of);
    if (careertalk_evaluation_new(&ev) != CAREERTALK_OK ||
        careertalk_evaluate(ev, "fr", 2, &e, &c, as_of) != CAREERTALK_OK ||
        careertalk_obligations(ev, &o, &n) != CAREERTALK_OK || n == 0) {
        fprintf(stderr, "unexpected answer of the C interface\n");
        return 1;
    }
    printf("%u obligations through the C interface\n", (unsigned)n);
    careertalk_evaluation_free(ev);
    return 0;
}
