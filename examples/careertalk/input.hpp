// Reading PEOPLE.csv and EVENTS.csv into careertalk facts.
//
// PEOPLE.csv is streamed: one employee at a time, whose facts point into buffers the reader
// reuses. EVENTS.csv is read once, first, into a compact index (20 bytes an event plus one
// slot per id) sorted by id, so the events of each employee are found whatever the order of
// either file. Every bad field is reported as FILE:LINE: field: message.
#pragma once

#include "report.hpp"

#include <careertalk/facts.hpp>
#include <careertalk/io/csv.hpp>
#include <careertalk/nl/training.hpp>
#include <careertalk/results.hpp>

#include <array>
#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <streambuf>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace careertalk::cli {

// Known columns of a file, matched by name in any order.
class columns {
public:
    columns(std::span<const std::string_view> known, std::span<const std::string_view> required)
        : known_(known), required_(required), index_(known.size(), npos) {}

    // Maps the header row; warns once about unknown columns (with a did-you-mean for a
    // misspelt known one) and reports missing required columns. False when one is missing.
    bool read_header(const std::vector<std::string>& header, std::string_view file,
                     std::uint64_t line, reporter& rep);

    bool has(std::size_t column) const { return index_[column] != npos; }
    // The row's value for a known column; "" when the file has no such column.
    std::string_view get(const std::vector<std::string>& row, std::size_t column) const {
        const std::size_t i = index_[column];
        return i < row.size() ? std::string_view{row[i]} : std::string_view{};
    }
    std::size_t width() const { return width_; }

private:
    static constexpr std::size_t npos = static_cast<std::size_t>(-1);
    std::span<const std::string_view> known_;
    std::span<const std::string_view> required_;
    std::vector<std::size_t> index_;
    std::size_t width_ = 0;
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
    std::uint32_t line = 0;  // line in EVENTS.csv (for messages)
    year_month_day date{};
    year_month_day end{};  // !ok(): none
    event_type type{};
    std::uint8_t detail = 0;  // the detail's enumerator value, per type
    bool at_employee_request = false;  // interview detail "<kind>:at_employee_request"
    std::uint8_t work_resumed_percent = 0;  // ziekte:N, a partial return (1-99)
};

// The events of EVENTS.csv grouped by id, and the ids PEOPLE.csv has claimed.
class event_index {
public:
    // Reads the whole file; bad rows are reported and make their id's employee rejected.
    void load(std::streambuf& in, std::string_view file, reporter& rep, io::csv_limits limits);

    struct claim_result {
        std::span<const event_row> events;
        std::uint32_t previous_line = 0;  // != 0: the id was already on this PEOPLE line
        bool bad_events = false;
    };
    // The events of `id`, recording that PEOPLE.csv line `line` has it.
    claim_result claim(std::string_view id, std::uint32_t line);

    // Reports every event whose id no employee has.
    void report_unclaimed(reporter& rep) const;

private:
    struct slot {
        std::uint32_t begin = 0;
        std::uint32_t count = 0;
        std::uint32_t person_line = 0;
        bool bad = false;
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
    std::vector<event_row> rows_;
    std::string file_;
};

// One employee of PEOPLE.csv, facts ready for evaluation. Valid until the next read.
struct person {
    std::uint32_t line = 0;
    std::string id;
    employee facts{};
    careertalk::company company{};
    std::string rules;  // the `rules` column; "" for the command's --rules
    std::vector<nl::pop_training> studiekosten;  // its studiekosten events (contract_ended unset)
    bool rejected = false;  // a field or one of its events was bad (already reported)
    // The EVENTS.csv line of each history record, per record_kind, for diagnostics.
    std::array<std::vector<std::uint32_t>, 13> lines{};

    // The line a diagnostic of the evaluation is about, and its file.
    std::uint32_t line_of(const diagnostic& d) const;
};

class people_reader {
public:
    people_reader(std::streambuf& in, std::string file, event_index& events, reporter& rep,
                  io::csv_limits limits);

    // Reads the next employee; false at the end of the file.
    bool next(person& p);
    std::uint64_t read_count() const { return read_; }
    const std::string& file() const { return file_; }

private:
    void parse(person& p);
    void add_events(person& p, std::span<const event_row> events);

    io::csv_reader csv_;
    std::string file_;
    event_index& events_;
    reporter& rep_;
    columns cols_;
    std::vector<std::string> row_;
    std::uint64_t read_ = 0;
    // Reused storage the person's spans point into.
    std::vector<absence> absences_;
    std::vector<interview> interviews_;
    std::vector<training> trainings_;
    std::vector<dated_fact> certifications_, progressions_, transfers_;
    std::vector<medical_visit> visits_;
    std::vector<request> requests_;
    std::vector<outcome> outcomes_;
    std::vector<headcount_year> history_;
    std::string cao_;
};

// Edit distance of two short names (for did-you-mean).
std::size_t edit_distance(std::string_view a, std::string_view b);

}  // namespace careertalk::cli
