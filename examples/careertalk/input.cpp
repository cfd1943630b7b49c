#include "input.hpp"
#include "pipeline.hpp"
#include "progress.hpp"

#include <careertalk/calendar.hpp>
#include <careertalk/io/names.hpp>
#include <careertalk/kinds.hpp>

#include <algorithm>
#include <cerrno>
#include <charconv>
#include <cstring>
#include <filesystem>
#include <limits>

namespace careertalk::cli {

namespace {

constexpr std::string_view people_columns[] = {
    "id", "hire_date", "birth_date", "contract", "contract_end", "headcount",
    "headcount_history", "penalty_threshold_met", "agreement_cycle_months", "agreement_date",
    "idcc", "rules", "function_start", "aow_date", "cao", "part_time", "mandate_delegation_30",
    "niet_tevreden", "geen_grip", "flagged_group", "exit_date"};
enum people_col : std::size_t {
    p_id, p_hire_date, p_birth_date, p_contract, p_contract_end, p_headcount,
    p_headcount_history, p_penalty_threshold_met, p_agreement_cycle_months, p_agreement_date,
    p_idcc, p_rules, p_function_start, p_aow_date, p_cao, p_part_time,
    p_mandate_delegation_30, p_niet_tevreden, p_geen_grip, p_flagged_group, p_exit_date};
constexpr std::string_view people_required[] = {"id", "hire_date"};

constexpr std::string_view event_columns[] = {"id", "kind", "date", "end_date", "detail"};
enum event_col : std::size_t { e_id, e_kind, e_date, e_end_date, e_detail };
constexpr std::string_view event_required[] = {"id", "kind", "date"};

constexpr std::string_view event_type_names[] = {
    "interview", "absence",   "training", "certification", "progression",
    "visite_mi_carriere", "medical_visit", "request", "outcome", "transfer", "studiekosten"};

constexpr std::string_view studiekosten_flags[] = {"verplicht", "beding", "huidige_functie",
                                                   "reintegratie", "cao_aftrek"};

// Reports and returns nullopt for a value that is not a date in the file's date format.
std::optional<year_month_day> date_field(std::string_view v, std::string_view file,
                                         std::uint64_t line, std::string_view field,
                                         date_format f, reporter& rep, bool& bad) {
    if (v.empty()) return std::nullopt;
    date_result d = parse_date(v, f, rep.language());
    if (d.date) return d.date;
    rep.error(file, line, field, d.error);
    bad = true;
    return std::nullopt;
}

std::optional<int> int_field(std::string_view v, std::string_view file, std::uint64_t line,
                             std::string_view field, int min, int max, reporter& rep,
                             bool& bad) {
    if (v.empty()) return std::nullopt;
    std::string why;
    const auto n = parse_whole(v, why, rep.language());
    if (!n || *n < min || *n > max) {
        rep.error(file, line, field, msg::whole_number_from_to,
                  {n ? msg::out_of_range(rep.language()) : why, quote(v), std::to_string(min),
                   std::to_string(max)});
        bad = true;
        return std::nullopt;
    }
    return static_cast<int>(*n);
}

std::optional<bool> bool_field(std::string_view raw, std::string_view file, std::uint64_t line,
                               std::string_view field, reporter& rep, bool& bad) {
    const std::string v = fold(raw);
    if (v.empty()) return std::nullopt;
    for (std::string_view t : {"true", "1", "yes", "oui", "vrai", "ja"})
        if (v == t) return true;
    for (std::string_view f : {"false", "0", "no", "non", "faux", "nee"})
        if (v == f) return false;
    rep.error(file, line, field, msg::expected_bool, {quote(raw)});
    bad = true;
    return std::nullopt;
}

template <class E>
std::optional<E> enum_field(std::string_view raw, std::string_view file, std::uint64_t line,
                            std::string_view field, const labels& what, reporter& rep,
                            bool& bad) {
    const std::string v = fold(raw);
    if (auto e = io::parse_name<E>(v)) return e;
    const lang l = rep.language();
    rep.error(file, line, field, msg::unknown_value,
              {what(l), quote(v), suggestion(v, [](auto f) { io::for_each_name<E>(f); }, l)});
    bad = true;
    return std::nullopt;
}

// Decodes the detail of an event of type t; false (reported) when it does not fit.
// A sickness's partial return: "ziekte:N", N the percent of the work resumed, 1 to 99
// (docs/nl/poortwachter.md#partial-return).
bool parse_partial_return(std::string_view& v, std::string_view file, std::uint64_t line,
                          reporter& rep, std::uint8_t& percent) {
    const auto colon = v.find(':');
    if (colon == std::string_view::npos) return true;
    const std::string_view n = v.substr(colon + 1);
    v = v.substr(0, colon);
    unsigned value = 0;
    const auto [end, ec] = std::from_chars(n.data(), n.data() + n.size(), value);
    if (v != "ziekte") {
        rep.error(file, line, "detail", msg::partial_return_not_sickness,
                  {quote(std::string{v} + ":" + std::string{n})});
        return false;
    }
    if (ec != std::errc{} || end != n.data() + n.size() || value < 1 || value > 99) {
        rep.error(file, line, "detail", msg::partial_return_percent,
                  {quote(std::string{v} + ":" + std::string{n})});
        return false;
    }
    percent = static_cast<std::uint8_t>(value);
    return true;
}

bool parse_detail(event_type t, std::string_view v, std::string_view file, std::uint64_t line,
                  reporter& rep, event_row& ev) {
    bool bad = false;
    std::uint8_t& out = ev.detail;
    // An interview held at the employee's request (FR L6315-1 I: a return interview may then
    // be held before the return): "<kind>:at_employee_request".
    constexpr std::string_view asked = ":at_employee_request";
    if (t == event_type::interview && v.ends_with(asked)) {
        v.remove_suffix(asked.size());
        ev.at_employee_request = true;
    }
    auto store = [&](auto e) {
        if (e) out = static_cast<std::uint8_t>(*e);
    };
    switch (t) {
        case event_type::interview:
        case event_type::request:
            store(enum_field<obligation_kind>(v, file, line, "detail", msg::conversation_kind, rep,
                                              bad));
            break;
        case event_type::absence:
            if (std::uint8_t percent = 0; parse_partial_return(v, file, line, rep, percent))
                ev.work_resumed_percent = percent & 0x7F;  // 1 to 99
            else
                return false;
            store(enum_field<absence_kind>(v, file, line, "detail", msg::absence_kind, rep, bad));
            break;
        case event_type::medical_visit:
            store(enum_field<visit_kind>(v, file, line, "detail", msg::visit_kind, rep, bad));
            break;
        case event_type::outcome:
            store(enum_field<outcome_kind>(v, file, line, "detail", msg::outcome_kind, rep, bad));
            break;
        case event_type::training:
            if (v == "obligatoire" || v == "non_obligatoire") {
                out = v == "obligatoire" ? 1 : 0;
            } else {
                rep.error(file, line, "detail", msg::unknown_training_detail, {quote(v)});
                bad = true;
            }
            break;
        case event_type::studiekosten:
            // "" or flags joined by '+', e.g. "verplicht+beding"
            for (std::string_view rest = v; !rest.empty();) {
                const std::size_t plus = rest.find('+');
                const std::string_view flag = rest.substr(0, plus);
                rest = plus == std::string_view::npos ? std::string_view{} : rest.substr(plus + 1);
                const auto f =
                    std::find(std::begin(studiekosten_flags), std::end(studiekosten_flags), flag);
                if (f == std::end(studiekosten_flags)) {
                    rep.error(file, line, "detail", msg::unknown_studiekosten_flag, {quote(flag)});
                    bad = true;
                    break;
                }
                out |= static_cast<std::uint8_t>(1U << (f - std::begin(studiekosten_flags)));
            }
            break;
        case event_type::certification:
        case event_type::progression:
        case event_type::visite_mi_carriere:
        case event_type::transfer:
            if (!v.empty()) {
                rep.error(file, line, "detail", msg::no_detail);
                bad = true;
            }
            break;
    }
    return !bad;
}

// The values of the known columns of `row` after the map's labels; false (reported) when a
// label is not in the map.
bool map_values(const columns& cols, std::span<const std::string_view> known,
                const std::vector<std::string>& row, const input_map* map, std::string_view file,
                std::uint64_t line, reporter& rep, std::vector<std::string>& out) {
    out.resize(known.size());
    bool ok = true;
    for (std::size_t c = 0; c < known.size(); ++c) {
        const std::string_view raw = cols.get(row, c);
        std::string why;
        if (map == nullptr || raw.empty()) {
            out[c] = raw;
        } else if (auto v = map->value(known[c], raw, why, rep.language())) {
            out[c] = std::move(*v);
        } else {
            rep.error(file, line, known[c], why);
            ok = false;
        }
    }
    return ok;
}

// The company columns of a row of PEOPLE.csv or of the --company file, whose value in column
// `c` is get(c), into `s`; false when one is bad (reported).
bool parse_company(auto get, std::string_view file, std::uint64_t line, date_format dates,
                   reporter& rep, company_storage& s) {
    bool bad = false;
    careertalk::company& c = s.facts;
    c.headcount = int_field(get(p_headcount), file, line, "headcount", 0, 100'000'000, rep, bad);
    c.penalty_threshold_met =
        bool_field(get(p_penalty_threshold_met), file, line, "penalty_threshold_met", rep, bad);
    c.agreement_cycle_months = int_field(get(p_agreement_cycle_months), file, line,
                                         "agreement_cycle_months", 1, 120, rep, bad);
    c.agreement_date = date_field(get(p_agreement_date), file, line, "agreement_date", dates, rep, bad);
    if (auto n = int_field(get(p_idcc), file, line, "idcc", 1, 9999, rep, bad))
        c.idcc = static_cast<std::uint16_t>(*n);
    s.cao = get(p_cao);

    // headcount_history: "YYYY:N;YYYY:N"
    s.headcount_history.clear();
    std::string_view h = get(p_headcount_history);
    while (!h.empty()) {
        const std::size_t semi = h.find(';');
        const std::string_view item = h.substr(0, semi);
        h = semi == std::string_view::npos ? std::string_view{} : h.substr(semi + 1);
        const std::size_t colon = item.find(':');
        bool item_bad = colon == std::string_view::npos;
        std::optional<int> y, n;
        if (!item_bad) {
            y = int_field(item.substr(0, colon), file, line, "headcount_history", 1900, 9999,
                          rep, item_bad);
            n = int_field(item.substr(colon + 1), file, line, "headcount_history", 0,
                          100'000'000, rep, item_bad);
        } else {
            rep.error(file, line, "headcount_history", msg::expected_history, {quote(item)});
        }
        if (item_bad || !y || !n) {
            bad = true;
            break;
        }
        s.headcount_history.push_back({date::year{*y}, *n});
    }
    return !bad;
}

}  // namespace

std::vector<std::string> load_company(const input_source& src, reporter& rep) {
    opened_input in{src, rep};
    io::csv_reader csv{*in.text, {}, in.separator};
    columns cols{people_columns, {}};
    std::vector<std::string> row, vals;
    if (csv.read(row) != io::csv_status::record) rep.fatal(src.path, msg::expected_header);
    if (!cols.read_header(row, src.path, csv.line(), rep, src.map.get())) throw stop_run{};
    if (csv.read(row) != io::csv_status::record || row.size() != cols.width())
        rep.fatal(src.path, msg::expected_company_row);
    const std::uint64_t line = csv.line();
    if (!map_values(cols, people_columns, row, src.map.get(), src.path, line, rep, vals))
        throw stop_run{};
    company_storage s;
    auto get = [&](std::size_t k) { return std::string_view{vals[k]}; };
    if (!parse_company(get, src.path, line, src.how.dates, rep, s)) throw stop_run{};
    if (csv.read(row) != io::csv_status::end)
        rep.fatal(src.path, msg::second_company);
    return vals;
}

opened_input::opened_input(const input_source& src, reporter& rep) {
    std::streambuf* in = src.stream;
    if (in == nullptr) {
        raw = std::make_unique<std::filebuf>();
        std::error_code ec;
        if (std::filesystem::is_directory(src.path, ec))
            rep.fatal(src.path, msg::is_a_directory);
        if (!raw->open(src.path, std::ios::in | std::ios::binary))
            rep.fatal(src.path, msg::cannot_open, {std::strerror(errno)});
        in = raw.get();
        if (std::filesystem::is_regular_file(src.path, ec))
            size = std::filesystem::file_size(src.path, ec);
    }
    text = std::make_unique<decoded_input>(*in, src.path, src.how.enc, rep);
    separator = src.how.delimiter ? *src.how.delimiter : text->detect_separator();
}

std::uint64_t opened_input::position() const {
    if (!raw) return 0;
    const auto at = raw->pubseekoff(0, std::ios_base::cur, std::ios_base::in);
    return at < 0 ? 0 : static_cast<std::uint64_t>(at);
}

input_source source_of(const std::string& spec, const dialect& how, reporter& rep) {
    input_source src{spec, nullptr, how};
    if (const auto colon = spec.rfind(':'); colon != std::string::npos && colon != 0) {
        src.path = spec.substr(0, colon);
        src.map = std::make_shared<input_map>(load_map(spec.substr(colon + 1), rep));
        src.how = with_map(how, src.map.get());
    }
    return src;
}

bool parse_where(std::span<const std::string> options, std::vector<where_clause>& out,
                 std::string& error, lang l) {
    for (const std::string& o : options) {
        const auto eq = o.find('=');
        if (eq == std::string::npos || eq == 0) {
            error = say(msg::expected_where, l, {quote(o)});
            return false;
        }
        const std::string column = o.substr(0, eq);
        auto same = std::find_if(out.begin(), out.end(), [&](const where_clause& w) {
            return fold(w.column) == fold(column);
        });
        if (same == out.end()) same = out.insert(out.end(), {column, {}});
        same->values.push_back(fold(o.substr(eq + 1)));
    }
    return true;
}

std::size_t columns::find(std::string_view name) const {
    const std::string n = fold(name);
    for (std::size_t i = 0; i < header_.size(); ++i)
        if (fold(header_[i]) == n || fold(mapped_[i]) == n) return i;
    return npos;
}

bool columns::read_header(const std::vector<std::string>& header, std::string_view file,
                          std::uint64_t line, reporter& rep, const input_map* map,
                          std::span<const std::string> used) {
    width_ = header.size();
    header_ = header;
    mapped_.clear();
    defaults_.assign(known_.size(), {});
    if (map != nullptr)
        for (std::size_t c = 0; c < known_.size(); ++c)
            if (const auto d = map->defaults.find(std::string{known_[c]}); d != map->defaults.end())
                defaults_[c] = d->second;
    std::string unknown;
    for (std::size_t i = 0; i < header.size(); ++i) {
        mapped_.push_back(fold(map != nullptr ? map->column(header[i]) : header[i]));
        const std::string_view name = mapped_.back();
        const auto k = std::find(known_.begin(), known_.end(), name);
        if (k != known_.end()) {
            const auto c = static_cast<std::size_t>(k - known_.begin());
            if (index_[c] != npos) {
                rep.error(file, line, name, msg::column_twice);
                return false;
            }
            index_[c] = i;
            continue;
        }
        if (std::any_of(used.begin(), used.end(), [&](const std::string& u) {
                return fold(u) == fold(header[i]) || fold(u) == name;
            }))
            continue;  // --keep or --where
        // A misspelt known column: the closest name within two edits, if short enough.
        auto known = [&](auto f) {
            for (std::string_view kn : known_) f(kn);
        };
        if (!closest(name, known).empty()) {
            rep.warning(file, line, quote(header[i]), msg::unknown_column_ignored,
                        {suggestion(name, known, rep.language())});
        } else {
            if (!unknown.empty()) unknown += ", ";
            unknown += std::string_view{header[i]}.substr(0, 64);
        }
    }
    if (!unknown.empty())
        rep.warning(file, line, "header", msg::columns_ignored, {unknown});
    bool ok = true;
    for (std::string_view r : required_) {
        const auto c = static_cast<std::size_t>(std::find(known_.begin(), known_.end(), r) -
                                                known_.begin());
        if (index_[c] == npos && defaults_[c].empty()) {
            const bool one = header.size() == 1 && header[0].find_first_of(";,\t") != std::string::npos;
            rep.error(file, line, r, one ? msg::required_column_one : msg::required_column);
            ok = false;
        }
    }
    return ok;
}

// --- EVENTS.csv ---------------------------------------------------------------------------

std::uint32_t event_index::slot_of(std::string_view id) {
    // Exports list an employee's events together: most rows repeat the previous row's id.
    if (!slots_.empty() && id == last_id_) return last_slot_;
    last_id_ = id;
    // PEOPLE.csv is often in the order of the event file: its next id is the next slot's.
    if (last_slot_ + std::size_t{1} < slots_.size() && *slot_ids_[last_slot_ + 1] == id)
        return ++last_slot_;
    const auto next = static_cast<std::uint32_t>(slots_.size());
    const auto [it, added] = ids_.try_emplace(std::string{id}, next);  // one probe for a new id
    if (added) {
        slots_.emplace_back();
        slot_ids_.push_back(&it->first);
    }
    return last_slot_ = it->second;
}

namespace {

// A row of an event file read and checked, waiting for its slot in the index.
struct parsed_event {
    std::string id;
    event_row ev{};
    bool keep = false;  // false: rejected or left out, but its id still gets a slot
};
struct parsed_events {
    std::array<parsed_event, 2048> at;
    std::size_t size = 0;
};

}  // namespace

void event_index::load(const input_source& src, reporter& rep, io::csv_limits limits) {
    const std::string& file = src.path;
    if (files_.size() > std::numeric_limits<std::uint8_t>::max())
        rep.fatal(file, msg::too_many_event_files);
    const auto file_index = static_cast<std::uint8_t>(files_.size());
    files_.push_back(file);
    opened_input in{src, rep};
    io::csv_reader csv{*in.text, limits, in.separator};
    columns cols{event_columns, event_required};
    std::vector<std::string> row, vals;
    bool header = false;
    progress shown{rep, file, in.size};
    // An event row takes at least 16 bytes (id, kind, date, separators): room for every row at
    // once spares the copies of a growing vector. Pages never written are not resident.
    rows_.reserve(rows_.size() + in.size / 16);
    // Reads rows until one names an id: `e` gets it, its event and whether the event is kept;
    // false at the end of the file. Runs on the reading thread: it alone reports.
    auto read_one = [&](parsed_event& e) {
        for (;;) {
            const auto st = csv.read(row);
            if (st == io::csv_status::end) return false;
            shown.update(csv.line(), [&] { return in.position(); });
            if (st == io::csv_status::error) {
                rep.error(file, csv.line(), "csv", csv_text(csv, rep.language()));
                throw stop_run{};
            }
            if (st == io::csv_status::bad_record) {
                rep.error(file, csv.line(), "csv", csv_text(csv, rep.language()));
                if (!header) throw stop_run{};
                ++rejected_;
                continue;
            }
            if (!header) {
                header = true;
                if (!cols.read_header(row, file, csv.line(), rep, src.map.get())) throw stop_run{};
                continue;
            }
            const auto line = static_cast<std::uint32_t>(
                std::min<std::uint64_t>(csv.line(), std::numeric_limits<std::uint32_t>::max()));
            auto reject = [&] { ++rejected_; };
            if (row.size() != cols.width()) {
                rep.error(file, line, "csv", msg::row_width,
                          {std::to_string(row.size()), std::to_string(cols.width())});
                reject();
                continue;
            }
            if (!map_values(cols, event_columns, row, src.map.get(), file, line, rep, vals)) {
                reject();
                continue;
            }
            const std::string_view id = vals[e_id];
            if (id.empty()) {
                rep.error(file, line, "id", msg::empty_id);
                reject();
                continue;
            }
            bool bad = false;
            e.id.assign(id);
            e.keep = false;  // until the row is read whole
            event_row& ev = e.ev;
            ev = event_row{};
            ev.line = line;
            ev.file = file_index;
            const std::string kind = fold(vals[e_kind]);
            const std::string detail = fold(vals[e_detail]);
            const auto t =
                std::find(std::begin(event_type_names), std::end(event_type_names), kind);
            if (t == std::end(event_type_names)) {
                rep.error(file, line, "kind", msg::unknown_event_kind,
                          {quote(vals[e_kind]), suggestion(
                                                    kind,
                                                    [](auto f) {
                                                        for (auto n : event_type_names) f(n);
                                                    },
                                                    rep.language())});
                bad = true;
            } else {
                ev.type = static_cast<event_type>(t - std::begin(event_type_names));
                // An annual appraisal is not an entretien professionnel (L6315-1 I: the
                // interview "ne porte pas sur l'évaluation du travail du salarié";
                // docs/cli/input.md#appraisal).
                if (ev.type == event_type::interview && detail == "entretien_annuel") {
                    rep.warning(file, line, "detail", msg::appraisal_not_interview);
                    return true;
                }
                bad = !parse_detail(ev.type, detail, file, line, rep, ev);
            }
            const date_format dates = src.how.dates;
            const std::string_view date = vals[e_date];
            if (date.empty()) {
                rep.error(file, line, "date", msg::required_value);
                bad = true;
            } else if (auto d = date_field(date, file, line, "date", dates, rep, bad)) {
                ev.date = *d;
            }
            // An absence's last day; a training's (its period: the library dates it by its first
            // day); for studiekosten, the day the costs were specified and agreed in writing
            // (usually before they start).
            const std::string_view end = vals[e_end_date];
            const bool has_end = ev.type == event_type::absence ||
                                 ev.type == event_type::training ||
                                 ev.type == event_type::studiekosten;
            if (!end.empty() && !bad && !has_end) {
                rep.error(file, line, "end_date", msg::end_date_not_allowed);
                bad = true;
            } else if (auto d = date_field(end, file, line, "end_date", dates, rep, bad)) {
                ev.end = *d;
                if (ev.type != event_type::studiekosten && ev.date.ok() && ev.end < ev.date) {
                    rep.error(file, line, "end_date", msg::ends_before_start);
                    bad = true;
                }
            }
            if (bad) reject();
            e.keep = !bad;
            return true;
        }
    };
    // The index is built on this thread while the next rows are read (pipeline.hpp). Every id
    // read gets its slot, in file order, even when its row is rejected, as in one thread.
    pipelined<parsed_events>(
        [&](parsed_events& c) {
            for (c.size = 0; c.size < c.at.size(); ++c.size)
                if (!read_one(c.at[c.size])) return false;
            return true;
        },
        [&](parsed_events& c) {
            for (const parsed_event& e : std::span{c.at}.first(c.size)) {
                const std::uint32_t slot = slot_of(e.id);
                if (!e.keep) continue;
                rows_.push_back(e.ev);
                rows_.back().slot = slot;
            }
        });
    if (!header) rep.fatal(file, msg::empty_file);
    // Group by id, in file order within an id.
    const auto before = [](const event_row& a, const event_row& b) {
        return a.slot != b.slot ? a.slot < b.slot
                                : a.file != b.file ? a.file < b.file : a.line < b.line;
    };
    if (!std::is_sorted(rows_.begin(), rows_.end(), before))  // as an export sorted by id is
        std::sort(rows_.begin(), rows_.end(), before);
    for (slot& s : slots_) s.count = 0;
    for (std::uint32_t i = 0; i < rows_.size(); ++i) {
        slot& s = slots_[rows_[i].slot];
        if (s.count++ == 0) s.begin = i;
    }
}

event_index::claim_result event_index::claim(std::string_view id, std::uint32_t line) {
    slot& s = slots_[slot_of(id)];
    claim_result r{};
    r.previous_line = s.person_line;
    if (s.person_line == 0) s.person_line = line;
    r.events = std::span<const event_row>{rows_}.subspan(s.begin, s.count);
    return r;
}

void event_index::report_unclaimed(reporter& rep) const {
    for (const event_row& ev : rows_)
        if (slots_[ev.slot].person_line == 0)
            rep.error(files_[ev.file], ev.line, "id", msg::unclaimed_event);
}

// --- PEOPLE.csv ---------------------------------------------------------------------------

void person::clear() {
    line = 0;
    id.clear();
    facts = employee{};
    company = careertalk::company{};
    rules.clear();
    kept.clear();
    planned.clear();
    studiekosten.clear();
    rejected = false;
    for (auto& l : lines) l.clear();
    stored.clear();
    stored_company.clear();
}

origin person::origin_of(const diagnostic& d) const {
    const auto& l = lines[static_cast<std::size_t>(d.record)];
    return d.index < l.size() ? l[d.index] : origin{line, 0};
}

// cppcheck-suppress uninitMemberVar ; false positive: rep_ is a reference, initialised below
people_reader::people_reader(const input_source& src, event_index& events, reporter& rep,
                             io::csv_limits limits, people_options opt)
    : src_(src), in_(src_, rep), csv_(*in_.text, limits, in_.separator), file_(src.path),
      events_(events), rep_(rep), opt_(opt), cols_(people_columns, people_required),
      company_(opt_.company.empty() ? std::vector<std::string>(std::size(people_columns))
                                    : std::vector<std::string>(opt_.company.begin(),
                                                               opt_.company.end())) {
    const auto st = csv_.read(row_);
    if (st == io::csv_status::end) rep_.fatal(file_, msg::empty_file);
    if (st != io::csv_status::record) {
        rep_.error(file_, csv_.line(), "csv", csv_text(csv_, rep_.language()));
        throw stop_run{};
    }
    std::vector<std::string> used{opt_.keep.begin(), opt_.keep.end()};
    for (const where_clause& w : opt_.where) used.push_back(w.column);
    if (!cols_.read_header(row_, file_, csv_.line(), rep_, src_.map.get(), used))
        throw stop_run{};
    auto at = [&](std::string_view option, const std::string& name) {
        const std::size_t i = cols_.find(name);
        if (i == columns::npos) {
            rep_.error(file_, csv_.line(), option, msg::no_column,
                       {quote(name), suggestion(
                                         name,
                                         [&](auto f) {
                                             for (const std::string& h : row_) f(h);
                                         },
                                         rep_.language())});
            throw stop_run{};
        }
        return i;
    };
    for (const std::string& k : opt_.keep) keep_at_.push_back(at("--keep", k));
    for (const where_clause& w : opt_.where) where_at_.push_back(at("--where", w.column));
}

bool people_reader::wanted() const {
    for (std::size_t k = 0; k < where_at_.size(); ++k) {
        const std::string v = where_at_[k] < row_.size() ? fold(row_[where_at_[k]]) : "";
        const auto& values = opt_.where[k].values;
        if (std::find(values.begin(), values.end(), v) == values.end()) return false;
    }
    return true;
}

bool people_reader::next(person& p) {
    for (;;) {
        const auto st = csv_.read(row_);
        if (st == io::csv_status::end) return false;
        if (st == io::csv_status::error) {
            rep_.error(file_, csv_.line(), "csv", csv_text(csv_, rep_.language()));
            throw stop_run{};
        }
        ++read_;
        p.clear();
        p.line = static_cast<std::uint32_t>(
            std::min<std::uint64_t>(csv_.line(), std::numeric_limits<std::uint32_t>::max()));
        if (st == io::csv_status::bad_record) {
            rep_.error(file_, p.line, "csv", csv_text(csv_, rep_.language()));
            p.rejected = true;
            return true;
        }
        if (row_.size() == cols_.width() && !wanted()) {
            // Skipped, counted; its events are its own, not an unknown id's.
            events_.claim(cols_.get(row_, p_id), p.line);
            ++skipped_;
            continue;
        }
        parse(p);
        return true;
    }
}

void people_reader::parse(person& p) {
    const std::string_view file = file_;
    const std::uint32_t line = p.line;
    bool bad = false;
    if (row_.size() != cols_.width()) {
        p.id = cols_.get(row_, p_id);
        rep_.error(file, line, "csv", msg::row_width,
                   {std::to_string(row_.size()), std::to_string(cols_.width())});
        p.rejected = true;
        return;
    }
    for (const std::size_t k : keep_at_) p.kept.push_back(row_[k]);
    bad = !map_values(cols_, people_columns, row_, src_.map.get(), file, line, rep_, vals_);
    p.id = vals_[p_id];
    if (p.id.empty()) {
        rep_.error(file, line, "id", msg::required_value);
        p.rejected = true;
        return;
    }
    const auto claim = events_.claim(p.id, line);
    if (claim.previous_line != 0) {
        rep_.error(file, line, "id", msg::duplicate_id,
                   {quote(p.id), std::to_string(claim.previous_line)});
        p.rejected = true;
        return;
    }
    employee& e = p.stored.facts;
    p.stored.id = p.id;
    auto get = [&](std::size_t c) { return std::string_view{vals_[c]}; };
    auto date = [&](std::size_t c) {
        return date_field(get(c), file, line, people_columns[c], src_.how.dates, rep_, bad);
    };
    if (get(p_hire_date).empty()) {
        rep_.error(file, line, "hire_date", msg::required_value);
        bad = true;
    } else if (auto d = date(p_hire_date)) {
        e.hire_date = *d;
    }
    e.birth_date = date(p_birth_date);
    if (!get(p_contract).empty())
        if (auto k = enum_field<contract_kind>(get(p_contract), file, line, "contract",
                                               msg::contract_kind, rep_, bad))
            e.contract = *k;
    e.contract_end = date(p_contract_end);
    // The library's contract_end is the contract's last day, whatever ends it: an exit
    // before a fixed term's end ends it there (docs/cli/input.md#exit-date).
    if (const auto exit = date(p_exit_date); exit && (!e.contract_end || *exit < *e.contract_end))
        e.contract_end = exit;
    e.function_start = date(p_function_start);
    e.aow_date = date(p_aow_date);
    auto flag = [&](std::size_t c, bool& out) {
        if (auto b = bool_field(get(c), file, line, people_columns[c], rep_, bad)) out = *b;
    };
    flag(p_part_time, e.flags.part_time);
    flag(p_mandate_delegation_30, e.flags.mandate_delegation_30);
    flag(p_niet_tevreden, e.flags.niet_tevreden);
    flag(p_geen_grip, e.flags.geen_grip);
    flag(p_flagged_group, e.flags.flagged_group);

    // Each company column: the row's value, else the --company file's.
    auto company_value = [&](std::size_t c) {
        return vals_[c].empty() ? std::string_view{company_[c]} : std::string_view{vals_[c]};
    };
    if (!parse_company(company_value, file, line, src_.how.dates, rep_, p.stored_company))
        bad = true;
    if (!p.stored_company.facts.headcount) p.stored_company.facts.headcount = opt_.headcount;
    p.company = p.stored_company.view();
    p.rules = get(p_rules);

    add_events(p, claim.events);
    p.rejected = bad;
}

void people_reader::add_events(person& p, std::span<const event_row> events) const {
    auto note = [&](record_kind k, const event_row& ev) {
        p.lines[static_cast<std::size_t>(k)].push_back({ev.line, ev.file});
    };
    for (const event_row& ev : events) {
        switch (ev.type) {
            case event_type::interview:
                if (opt_.as_of < ev.date) {  // planned, not held
                    p.planned.push_back({static_cast<obligation_kind>(ev.detail), ev.date});
                    break;
                }
                p.stored.interviews.push_back(
                    {static_cast<obligation_kind>(ev.detail), ev.date, ev.at_employee_request});
                note(record_kind::interview, ev);
                break;
            case event_type::absence:
                p.stored.absences.push_back({static_cast<absence_kind>(ev.detail), ev.date,
                                             ev.end.ok() ? std::optional{ev.end} : std::nullopt,
                                             ev.work_resumed_percent});
                note(record_kind::absence, ev);
                break;
            case event_type::training:
                p.stored.trainings.push_back({ev.date, ev.detail == 1, 0});
                note(record_kind::training, ev);
                break;
            case event_type::certification:
                p.stored.certifications.push_back({ev.date});
                note(record_kind::certification, ev);
                break;
            case event_type::progression:
                p.stored.progressions.push_back({ev.date});
                note(record_kind::progression, ev);
                break;
            case event_type::transfer:
                p.stored.transfers.push_back({ev.date});
                note(record_kind::transfer, ev);
                break;
            case event_type::visite_mi_carriere:
            case event_type::medical_visit:
                p.stored.medical_visits.push_back({ev.type == event_type::visite_mi_carriere
                                                       ? visit_kind::mi_carriere
                                                       : static_cast<visit_kind>(ev.detail),
                                                   ev.date});
                note(record_kind::medical_visit, ev);
                break;
            case event_type::request:
                p.stored.requests.push_back({static_cast<obligation_kind>(ev.detail), ev.date});
                note(record_kind::request, ev);
                break;
            case event_type::outcome:
                p.stored.outcomes.push_back({static_cast<outcome_kind>(ev.detail), ev.date});
                note(record_kind::outcome, ev);
                break;
            case event_type::studiekosten: {
                const auto agreed = ev.end.ok() ? std::optional{ev.end} : std::nullopt;
                const auto has = [&](studiekosten_flag f) { return (ev.detail & f) != 0; };
                p.studiekosten.push_back({.required_for_the_work = has(sk_verplicht),
                                          .repayment_clause = has(sk_beding),
                                          .costs_from = ev.date,
                                          .specified_on = agreed,
                                          .consent_on = agreed,
                                          .cao_allows_deduction = has(sk_cao_aftrek),
                                          .for_current_function = has(sk_huidige_functie),
                                          .reintegration_or_redeployment = has(sk_reintegratie)});
                break;
            }
        }
    }
    p.facts = p.stored.view();
}

}  // namespace careertalk::cli
