// libFuzzer target: the C interface (careertalk/c/careertalk.h) on arbitrary structs. The bytes
// fill the employee, the company and each record list as raw memory (any date, enumerator,
// flag or count), and pick a rule set, the as-of date and which pointers are null. Whatever
// the bytes: no crash, no read or write out of bounds (the agenda buffer has a guard item),
// a status that agrees with the diagnostics, and obligations with valid dates and a rule.
#include <careertalk/c/careertalk.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <vector>

namespace {

void check(bool ok, const char* what) {
    if (!ok) {
        std::fprintf(stderr, "c_api_fuzz: %s\n", what);
        std::abort();
    }
}

// The input as a stream of bytes; reads past its end give zeros.
struct bytes {
    const std::uint8_t* data;
    std::size_t size;
    template <class T>
    T take() {
        T v{};
        const std::size_t n = size < sizeof v ? size : sizeof v;
        std::memcpy(&v, data, n);
        data += n;
        size -= n;
        return v;
    }
    // `n` records of T, copied raw into storage the size of the records (so ASan sees reads
    // past the list's end).
    template <class T>
    const T* list(std::vector<T>& to, std::size_t n) {
        to.assign(n, T{});
        for (T& t : to) t = take<T>();
        return to.empty() ? nullptr : to.data();
    }
};

void touch(careertalk_str s) {
    check(s.data != nullptr || s.size == 0, "a null text with a size");
    volatile char sink = 0;
    for (std::size_t i = 0; i < s.size; ++i) sink = static_cast<char>(sink ^ s.data[i]);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    static careertalk_evaluation* ev = [] {
        careertalk_evaluation* e = nullptr;
        check(careertalk_evaluation_new(&e) == CAREERTALK_OK, "no evaluation");
        return e;
    }();
    bytes in{data, size};
    const auto choice = in.take<std::uint8_t>();
    const auto nulls = in.take<std::uint8_t>();
    const auto as_of = in.take<careertalk_date>();
    std::size_t rule_sets = 0;
    careertalk_rule_set_count(&rule_sets);
    careertalk_str rules{"nonsense", 8};
    if (choice < 250) check(careertalk_rule_set_name(choice % rule_sets, &rules) == CAREERTALK_OK,
                            "a rule set name");

    careertalk_employee e = in.take<careertalk_employee>();
    careertalk_company c = in.take<careertalk_company>();
    e.id = {"F", 1};
    c.cao = (nulls & 1) != 0 ? careertalk_str{nullptr, c.cao.size % 4} : careertalk_str{"cao-rijk", c.cao.size % 9};
    std::vector<careertalk_absence> absences;
    std::vector<careertalk_interview> interviews;
    std::vector<careertalk_training> trainings;
    std::vector<careertalk_dated_fact> certifications, progressions, transfers;
    std::vector<careertalk_medical_visit> visits;
    std::vector<careertalk_request> requests;
    std::vector<careertalk_outcome> outcomes;
    std::vector<careertalk_headcount_year> headcounts;
    // Counts up to 15 from the input; with bit 2 of `nulls`, the first list's pointer is null.
    auto count = [&](std::size_t n) { return n % 16; };
    e.absences = in.list(absences, e.absence_count = count(e.absence_count));
    e.interviews = in.list(interviews, e.interview_count = count(e.interview_count));
    e.trainings = in.list(trainings, e.training_count = count(e.training_count));
    e.certifications = in.list(certifications, e.certification_count = count(e.certification_count));
    e.progressions = in.list(progressions, e.progression_count = count(e.progression_count));
    e.transfers = in.list(transfers, e.transfer_count = count(e.transfer_count));
    e.medical_visits = in.list(visits, e.medical_visit_count = count(e.medical_visit_count));
    e.requests = in.list(requests, e.request_count = count(e.request_count));
    e.outcomes = in.list(outcomes, e.outcome_count = count(e.outcome_count));
    c.headcount_history =
        in.list(headcounts, c.headcount_history_count = count(c.headcount_history_count));
    if ((nulls & 2) != 0) e.absences = nullptr;
    if ((nulls & 4) != 0) e.absence_count = SIZE_MAX;  // a count with no storage behind it
    if ((nulls & 4) != 0) e.absences = nullptr;

    const careertalk_status status = careertalk_evaluate(ev, rules.data, rules.size, &e, &c, as_of);
    const careertalk_obligation* o = nullptr;
    const careertalk_finding* f = nullptr;
    const careertalk_diagnostic* d = nullptr;
    std::size_t no = 0, nf = 0, nd = 0;
    check(careertalk_obligations(ev, &o, &no) == CAREERTALK_OK, "obligations");
    check(careertalk_findings(ev, &f, &nf) == CAREERTALK_OK, "findings");
    check(careertalk_diagnostics(ev, &d, &nd) == CAREERTALK_OK, "diagnostics");
    check((status == CAREERTALK_OK) == (nd == 0), "a status that disagrees with the diagnostics");
    check(status == CAREERTALK_OK || status == CAREERTALK_INVALID_ARGUMENT ||
              status == CAREERTALK_INVALID_FACTS || status == CAREERTALK_UNKNOWN_RULE_SET,
          "an unexpected status");
    for (std::size_t i = 0; i < nd; ++i) {
        touch(d[i].field);
        touch(d[i].message);
        check(d[i].field.size > 0 && d[i].message.size > 0, "a diagnostic without field or why");
        check(d[i].record < CAREERTALK_RECORD_COUNT && d[i].code < CAREERTALK_DIAG_COUNT,
              "a diagnostic out of its enumerations");
    }
    for (std::size_t i = 0; i < no; ++i) {
        std::int32_t y = 0, m = 0, day = 0;
        check(careertalk_date_to_ymd(o[i].due_date, &y, &m, &day) == CAREERTALK_OK &&
                  careertalk_date_to_ymd(o[i].window_start, &y, &m, &day) == CAREERTALK_OK,
              "an obligation with an invalid date");
        if (o[i].window_start > o[i].due_date)
            std::fprintf(stderr, "c_api_fuzz: %.*s (kind %d, trigger %d): window %d, due %d\n",
                         static_cast<int>(o[i].rule_id.size), o[i].rule_id.data, o[i].kind,
                         o[i].trigger, o[i].window_start, o[i].due_date);
        check(o[i].window_start <= o[i].due_date, "a window that closes before it opens");
        check(o[i].rule_id.size > 0, "an obligation without a rule");
        check(o[i].kind < CAREERTALK_OBLIGATION_COUNT && o[i].status < CAREERTALK_STATUS_COUNT,
              "an obligation out of its enumerations");
        touch(o[i].citation);
        touch(o[i].exemption_id);
        // The agenda into a buffer of a capacity from the input, with a guard item after it.
        const std::size_t capacity = (choice + i) % 6;
        careertalk_agenda_item items[7];
        std::memset(items, 0xA5, sizeof items);
        std::size_t needed = 0;
        const careertalk_status a =
            careertalk_agenda(ev, i, static_cast<std::int32_t>(i % 4), items, capacity, &needed);
        check(a == (i % 4 == 3 ? CAREERTALK_INVALID_ARGUMENT
                               : needed <= capacity ? CAREERTALK_OK : CAREERTALK_BUFFER_TOO_SMALL),
              "an agenda status");
        const auto* guard = reinterpret_cast<const unsigned char*>(&items[capacity]);
        for (std::size_t b = 0; b < sizeof items - capacity * sizeof items[0]; ++b)
            check(guard[b] == 0xA5, "an agenda written past its capacity");
        if (a == CAREERTALK_OK) {
            check(needed == o[i].agenda_size, "an agenda size that disagrees");
            for (std::size_t k = 0; k < needed; ++k) touch(items[k].label);
        }
    }
    for (std::size_t i = 0; i < nf; ++i) {
        touch(f[i].rule_id);
        touch(f[i].citation);
    }
    return 0;
}
