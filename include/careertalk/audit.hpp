// careertalk/audit.hpp: an audit over a window: the verdicts of the reviews (the French
// état des lieux and its abondement correctif) dated in a period, and the penalties they owe.
#pragma once

#include <careertalk/calendar.hpp>
#include <careertalk/evaluate.hpp>
#include <careertalk/inplace_vector.hpp>
#include <careertalk/results.hpp>

namespace careertalk::inline v0 {

// The reviews of one employee falling in a window.
struct audit_result {
    period window{};
    year_month_day as_of{};  // the evaluation's as-of date (window.end by default)
    // Each review verdict (penalty, no_penalty, missing) whose date is in the window.
    inplace_vector<finding, max_findings> findings{};
    euros penalties{};  // the sum of the penalty findings' amounts
    inplace_vector<diagnostic, max_diagnostics> diagnostics{};

    constexpr bool ok() const noexcept { return diagnostics.empty(); }
};

// Audits `window` (half-open, [begin, end)) as of `as_of`, at least window.end: the verdicts
// known on `as_of` of the reviews dated in the window. As of window.end every review whose
// deadline is in the window is past it; a missed French review is dated on its deadline but
// decided only once the month of tolerance after it is over (docs/fr/penalty.md#review-date),
// so one missed in the window's last month is listed only by an audit as of a later date. A
// review is a finding with a review period (f.review); advisories and entitlements are not.
// `scratch` is the evaluation reused across calls, as with evaluate_into.
template <policy_like P, class E, class C, date_like D>
constexpr audit_result audit(const P& p, const E& host_employee, const C& host_company,
                             period window, D as_of, evaluation& scratch) {
    audit_result out{.window = window, .as_of = to_date(as_of)};
    auto bad_window = [&](diagnostic_code code, std::string_view field, std::string_view why) {
        out.diagnostics.push_back(diagnostic{record_kind::policy, 0, field, code, why});
        return out;
    };
    if (!window.ok())
        return bad_window(diagnostic_code::invalid_date, "window",
                          "the window's begin or end is not a calendar date, or end < begin");
    if (window.empty())
        return bad_window(diagnostic_code::out_of_range, "window",
                          "the window is empty: its end is not after its begin");
    if (out.as_of < window.end)
        return bad_window(diagnostic_code::out_of_range, "as_of",
                          "the as-of date is before the window's end");
    evaluate_into(p, host_employee, host_company, out.as_of, scratch);
    for (const diagnostic& d : scratch.diagnostics) out.diagnostics.push_back(d);
    if (!out.ok()) return out;
    for (const finding& f : scratch.findings) {
        if (f.review.empty() || !window.contains(f.date)) continue;
        out.findings.push_back(f);
        if (f.kind == finding_kind::penalty) out.penalties.cents += f.amount.cents;
    }
    return out;
}

// The same as of window.end, with an evaluation of its own (about 57 KiB).
template <policy_like P, class E, class C>
constexpr audit_result audit(const P& p, const E& host_employee, const C& host_company,
                             period window) {
    evaluation scratch{};
    return audit(p, host_employee, host_company, window, window.end, scratch);
}

}  // namespace careertalk
