#include "xlsx.hpp"

#include <careertalk/calendar.hpp>

#ifdef CAREERTALK_XLSX
#include <xlsxwriter.h>
#endif

#include <algorithm>
#include <cstdlib>
#include <memory>

namespace careertalk::cli {

#ifdef CAREERTALK_XLSX

bool xlsx_available() noexcept { return true; }

namespace {

void check(lxw_error e, const std::string& path) {
    if (e != LXW_NO_ERROR) throw output_error(msg::xlsx_error, {path, lxw_strerror(e)});
}

// The date format of each language's spreadsheets (the cell stays a date; Excel shows it so).
const char* date_format(lang l) {
    switch (l) {
        case lang::fr: return "dd/mm/yyyy";
        case lang::nl: return "dd-mm-yyyy";
        case lang::en: break;
    }
    return "yyyy-mm-dd";
}

}  // namespace

void write_xlsx(const std::string& path, std::string_view sheet, std::span<const column> cols,
                lang l, const std::vector<std::vector<std::string>>& rows) {
    // Closed (and freed) by workbook_close, also when an error throws before the end.
    std::unique_ptr<lxw_workbook, lxw_error (*)(lxw_workbook*)> book{
        workbook_new(path.c_str()), workbook_close};
    if (!book) throw output_error(msg::xlsx_no_workbook, {path});
    const std::string name{sheet};
    lxw_worksheet* ws = workbook_add_worksheet(book.get(), name.c_str());
    lxw_format* header = workbook_add_format(book.get());
    format_set_bold(header);
    lxw_format* date = workbook_add_format(book.get());
    format_set_num_format(date, date_format(l));
    lxw_format* money = workbook_add_format(book.get());
    format_set_num_format(money, "#,##0.00");
    if (!ws || !header || !date || !money) throw output_error(msg::xlsx_out_of_memory, {path});

    std::vector<std::size_t> widths(cols.size());
    for (std::size_t c = 0; c < cols.size(); ++c) {
        const std::string h{cols[c].label(l)};
        widths[c] = h.size();
        check(worksheet_write_string(ws, 0, static_cast<lxw_col_t>(c), h.c_str(), header), path);
    }
    lxw_row_t r = 1;
    for (const auto& row : rows) {
        for (std::size_t c = 0; c < cols.size() && c < row.size(); ++c) {
            const std::string& v = row[c];
            if (v.empty()) continue;
            const auto col = static_cast<lxw_col_t>(c);
            const auto d = cols[c].type == cell::date ? parse_iso_date(v) : std::nullopt;
            if (d) {
                lxw_datetime dt{static_cast<int>(d->year()), static_cast<int>(unsigned{d->month()}),
                                static_cast<int>(unsigned{d->day()}), 0, 0, 0};
                check(worksheet_write_datetime(ws, r, col, &dt, date), path);
            } else if (cols[c].type == cell::number) {
                check(worksheet_write_number(ws, r, col, std::strtod(v.c_str(), nullptr), money),
                      path);
            } else {
                check(worksheet_write_string(ws, r, col, v.c_str(), nullptr), path);
            }
            widths[c] = std::max(widths[c], d ? std::size_t{10} : v.size());
        }
        ++r;
    }
    constexpr std::size_t widest = 60;
    for (std::size_t c = 0; c < cols.size(); ++c)
        check(worksheet_set_column(ws, static_cast<lxw_col_t>(c), static_cast<lxw_col_t>(c),
                                   static_cast<double>(std::min(widths[c], widest) + 2), nullptr),
              path);
    worksheet_freeze_panes(ws, 1, 0);
    check(worksheet_autofilter(ws, 0, 0, r - 1, static_cast<lxw_col_t>(cols.size() - 1)), path);
    check(workbook_close(book.release()), path);
}

#else

bool xlsx_available() noexcept { return false; }

void write_xlsx(const std::string& path, std::string_view, std::span<const column>, lang,
                const std::vector<std::vector<std::string>>&) {
    throw output_error(msg::xlsx_not_built, {path});
}

#endif

}  // namespace careertalk::cli
