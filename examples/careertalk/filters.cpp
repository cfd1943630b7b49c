#include "filters.hpp"

#include "dialect.hpp"
#include "messages.hpp"

#include <careertalk/io/names.hpp>

#include <algorithm>
#include <charconv>

namespace careertalk::cli {

year_month_day duration::after(year_month_day from) const noexcept {
    switch (unit) {
        case 'w': return add_days(from, 7 * count);
        case 'm': return add_months(from, count);
        case 'y': return add_months(from, 12 * count);
        default: return add_days(from, count);
    }
}

std::optional<duration> parse_duration(std::string_view text, std::string& error, lang l) {
    constexpr int max_days = 100 * 366;  // a century is more than any question needs
    duration d{};
    const char* end = text.data() + text.size();
    const auto [p, ec] = std::from_chars(text.data(), end, d.count);
    const bool unit_ok = p + 1 == end && std::string_view{"dwmy"}.find(*p) != std::string_view::npos;
    if (ec != std::errc{} || !unit_ok || d.count < 0) {
        error = say(msg::not_a_duration, l, {text.substr(0, 40)});
        return std::nullopt;
    }
    d.unit = *p;
    const int per = d.unit == 'y' ? 366 : d.unit == 'm' ? 31 : d.unit == 'w' ? 7 : 1;
    if (d.count > max_days / per) {
        error = say(msg::duration_too_long, l, {text});
        return std::nullopt;
    }
    return d;
}

bool row_filter::keep(status s, year_month_day due, bool held) const noexcept {
    if (!statuses.empty() && std::find(statuses.begin(), statuses.end(), s) == statuses.end())
        return false;
    if (!due_by) return true;
    // Owed and not held: overdue ones included (they still need the interview).
    const bool owed = !held && s != status::not_required && s != status::no_record;
    return owed && !(*due_by < due);
}

bool row_filter::keep_finding(std::string_view kind, year_month_day date,
                              year_month_day as_of) const {
    if (!statuses.empty() && std::none_of(statuses.begin(), statuses.end(), [&](status s) {
            return io::name_of(s) == kind;
        }))
        return false;
    return !due_by || (!(date < as_of) && !(*due_by < date));
}

std::optional<std::vector<status>> parse_statuses(std::string_view list, std::string& error,
                                                  lang l) {
    std::vector<status> out;
    while (true) {
        const auto comma = list.find(',');
        const std::string_view name = list.substr(0, comma);
        const auto s = io::parse_name<status>(name);
        if (!s) {
            error = say(msg::unknown_status, l,
                        {name.substr(0, 40), list_names([](auto f) { io::for_each_name<status>(f); })});
            return std::nullopt;
        }
        out.push_back(*s);
        if (comma == std::string_view::npos) return out;
        list.remove_prefix(comma + 1);
    }
}

}  // namespace careertalk::cli
