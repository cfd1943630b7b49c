// Reading PEOPLE.csv and the event files into careertalk facts.
//
// PEOPLE.csv is streamed: one employee at a time, whose facts point into buffers the reader
// reuses. The event files are read once, first, into a compact index (20 bytes an event plus
// one slot per id) sorted by id, so the events of each employee are found whatever the order
// of the files. Every file is read in its dialect (dialect.hpp: encoding, separator, dates,
// map). Every bad field is reported as FILE:LINE: field: message.
#pragma once

#include "dialect.hpp"
#include "report.hpp"

#include <careertalk/adapt.hpp>
#include <careertalk/facts.hpp>
#include <careertalk/io/csv.hpp>
#include <careertalk/nl/training.hpp>
#include <careertalk/results.hpp>

#include <array>
#include <cstdint>
#include <fstream>
#include <functional>
#include <memory>
#include <optional>
#include <span>
#include <streambuf>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace careertalk::cli {

// An input file and how to read it.
struct input_source {
    std::string path;
    std::shared_ptr<const input_map> map;  // null: careertalk's own column names and values
    dialect how;                           // the command line's, then the map's options
    std::streambuf* stream = nullptr;      // read instead of opening `path` (tests)
};

// "FILE" or "FILE:MAP" (the map read now) in the dialect `how` given on the command line.
input_source source_of(const std::string& spec, const dialect& how, reporter& rep);

// An input file opened as UTF-8 text, and its separator (given or detected).
struct opened_input {
    opened_input(const input_source& src, reporter& rep);
    std::unique_ptr<std::filebuf> raw;
    std::unique_ptr<decoded_input> text;
    char separator = ',';
    std::uint64_t size = 0;  // of a regular file; 0 otherwise
    // The bytes of the file read so far (0 when it is not a file), for progress.hpp.
    std::uint64_t position() const;
};

// Known columns of a file, matched by name (after the map) in any order.
class columns {
public:
    columns(std::span<const std::string_view> known, std::span<const std::string_view> required)
        : known_(known), required_(required), index_(known.size(), npos) {}

    // Maps the header row; warns once about unknown columns (with a did-you-mean for a
    // misspelt known one) except those in `used`, and reports missing required columns.
    // False when one is missing.
    bool read_header(const std::vector<std::string>& header, std::string_view file,
                     std::uint64_t line, reporter& rep, const input_map* map,
                     std::span<const std::string> used = {});

    bool has(std::size_t column) const { return index_[column] != npos; }
    // The row's value for a known column; the map's default, or "", when the file has none.
    std::string_view get(const std::vector<std::string>& row, std::size_t column) const {
        const std::size_t i = index_[column];
        return i < row.size() ? std::string_view{row[i]} : std::string_view{defaults_[column]};
    }
    // The position of a column by its name in the file or after the map; npos if none.
    std::size_t find(std::string_view name) const;
    std::size_t width() const { return width_; }
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);

private:
    std::span<const std::string_view> known_;
    std::span<const std::string_view> required_;
    std::vector<std::size_t> index_;
    std::vector<std::string> defaults_;
    std::vector<std::string> header_, mapped_;
    std::size_t width_ = 0;
};

// Where an event was read: its file (event_index::file) and line.
struct origin {
    std::uint32_t line = 0;
    std::uint8_t file = 0;
};

// What an EVENTS.csv row is.
enum class event_type : std::uint8_t {
    interview,
    absence,
    training,
    certification,
    progression,
    visite_mi_carriere,
    medical_visit,
    request,
    outcome,
    transfer,
    studiekosten,  // a Dutch training with its cost facts (nl/training.hpp), for `audit`
};

// The detail of a studiekosten event: '+'-separated flags.
enum studiekosten_flag : std::uint8_t {
    sk_verplicht = 1,        // required for the work by law or CAO (BW 7:611a lid 2)
    sk_beding = 2,           // the contract has a repayment clause (studiekostenbeding)
    sk_huidige_functie = 4,  // skills mainly for the current function (Besluit, Stb. 2020, 188)
    sk_reintegratie = 8,     // for re-integration (7:658a) or redeployment (7:669 lid 1)
    sk_cao_aftrek = 16,      // a CAO allows the deduction without the employee's consent
};

struct event_row {
    std::uint32_t slot = 0;  // the id's slot in event_index
    std::uint32_t line = 0;  // line in its file (for messages)
    year_month_day date{};
    year_month_day end{};  // !ok(): none
    event_type type{};
    std::uint8_t detail = 0;  // the detail's enumerator value, per type
    bool at_employee_request : 1 = false;  // interview detail "<kind>:at_employee_request"
    std::uint8_t work_resumed_percent : 7 = 0;  // ziekte:N, a partial return (1-99)
    std::uint8_t file = 0;                      // event_index::file
};
static_assert(sizeof(event_row) == 20);  // the index's size in README.md#the-command-line-tool

// The events of the event files grouped by id, and the ids PEOPLE.csv has claimed.
class event_index {
public:
    // Reads a whole file; a bad row is reported and left out (its employee is evaluated
    // without it) and counted in rejected().
    void load(const input_source& src, reporter& rep, io::csv_limits limits);

    struct claim_result {
        std::span<const event_row> events;
        std::uint32_t previous_line = 0;  // != 0: the id was already on this PEOPLE line
    };
    // The events of `id`, recording that PEOPLE.csv line `line` has it.
    claim_result claim(std::string_view id, std::uint32_t line);

    // Reports every event whose id no employee has.
    void report_unclaimed(reporter& rep) const;
    std::uint64_t rejected() const { return rejected_; }
    const std::string& file(std::uint8_t i) const { return files_[i]; }

private:
    struct slot {
        std::uint32_t begin = 0;
        std::uint32_t count = 0;
        std::uint32_t person_line = 0;
    };
    struct hash {
        using is_transparent = void;
        std::size_t operator()(std::string_view s) const noexcept {
            return std::hash<std::string_view>{}(s);
        }
    };
    std::uint32_t slot_of(std::string_view id);

    std::unordered_map<std::string, std::uint32_t, hash, std::equal_to<>> ids_;
    std::vector<slot> slots_;
    std::vector<const std::string*> slot_ids_;  // each slot's key in ids_ (nodes do not move)
    std::vector<event_row> rows_;
    std::vector<std::string> files_;
    std::uint64_t rejected_ = 0;
    std::string last_id_;  // slot_of's last id and its slot
    std::uint32_t last_slot_ = 0;
};

// An interview dated after the as-of date: planned, not held (the library counts an interview
// only once held); the schedule says so.
struct planned_interview {
    obligation_kind kind{};
    year_month_day date{};
};

// What `--where COLUMN=VALUE` asks: rows whose COLUMN folds to one of `values`.
struct where_clause {
    std::string column;
    std::vector<std::string> values;  // folded
};

// The --where options: "COLUMN=VALUE"; several values of one column are alternatives, several
// columns must all match. False (with `error`, in language `l`) for one without '='.
bool parse_where(std::span<const std::string> options, std::vector<where_clause>& out,
                 std::string& error, lang l);

// The --company file: one row of PEOPLE's company columns (headcount, headcount_history, idcc,
// ...), for every employee whose row leaves them blank; its values by PEOPLE column, checked.
std::vector<std::string> load_company(const input_source& src, reporter& rep);

// How PEOPLE.csv is read beyond its dialect.
struct people_options {
    std::span<const std::string> keep;        // columns carried to every output row
    std::span<const where_clause> where;      // rows kept; the others are skipped, counted
    std::optional<int> headcount;             // --headcount: the company's, for every row
    std::span<const std::string> company;     // --company: its values by PEOPLE column
    year_month_day as_of{};                   // interviews after it are planned
};

// One employee of PEOPLE.csv, facts ready for evaluation. `facts` and `company` view its own
// storage, so it can be neither copied nor moved; clear() keeps that storage's capacity for
// the next employee read into it.
struct person {
    person() = default;
    person(const person&) = delete;
    person& operator=(const person&) = delete;
    void clear();

    std::uint32_t line = 0;
    std::string id;
    employee facts{};
    careertalk::company company{};
    std::string rules;  // the `rules` column; "" for the command's --rules
    std::vector<std::string> kept;  // the --keep columns' values, in --keep order
    std::vector<planned_interview> planned;
    std::vector<nl::pop_training> studiekosten;  // its studiekosten events (contract_ended unset)
    bool rejected = false;  // a field or one of its events was bad (already reported)
    // Where each history record was read, per record_kind, for diagnostics.
    std::array<std::vector<origin>, 13> lines{};

    // Where the event a diagnostic of the evaluation is about was read ({line, 0} when it is
    // about the employee).
    origin origin_of(const diagnostic& d) const;

    // What `facts` and `company` view (their view()).
    employee_storage stored;
    company_storage stored_company;
};

class people_reader {
public:
    people_reader(const input_source& src, event_index& events, reporter& rep,
                  io::csv_limits limits, people_options opt);

    // Reads the next employee --where keeps into `p`; false at the end of the file.
    bool next(person& p);
    std::uint64_t read_count() const { return read_; }
    std::uint64_t skipped_count() const { return skipped_; }
    const opened_input& input() const { return in_; }
    const std::string& file() const { return file_; }

private:
    void parse(person& p);
    void add_events(person& p, std::span<const event_row> events) const;
    bool wanted() const;  // --where

    input_source src_;
    opened_input in_;  // after src_, which it reads
    io::csv_reader csv_;
    std::string file_;
    event_index& events_;
    reporter& rep_;
    people_options opt_;
    columns cols_;
    std::vector<std::size_t> keep_at_;                 // column of each --keep
    std::vector<std::size_t> where_at_;                // column of each --where
    std::vector<std::string> row_, vals_;
    std::vector<std::string> company_;  // the --company file's values, "" where none
    std::uint64_t read_ = 0;
    std::uint64_t skipped_ = 0;
};

}  // namespace careertalk::cli
