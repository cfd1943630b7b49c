// The xlsx output of the careertalk tool (libxlsxwriter): one sheet, a frozen header row
// with a filter, dates and numbers typed, ids as text (docs/cli/output.md#xlsx).
#pragma once

#include "output.hpp"

#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace careertalk::cli {

// False when the tool was built without libxlsxwriter (CAREERTALK_XLSX off).
bool xlsx_available() noexcept;

// Writes `rows` under the headers of `cols` (in `l`) to the workbook file `path`. Throws
// output_error when the library fails.
void write_xlsx(const std::string& path, std::string_view sheet, std::span<const column> cols,
                lang l, const std::vector<std::vector<std::string>>& rows);

}  // namespace careertalk::cli
