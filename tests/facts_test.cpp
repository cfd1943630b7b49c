// Tests of careertalk/facts.hpp: records are constexpr aggregates over the host's storage.
#include <careertalk/facts.hpp>

#include <boost/describe/enum_to_string.hpp>

#include <array>

#include "catch.hpp"

using namespace date::literals;

// The resumption date is the day after the last day absent (L1225-27, L6315-1 I: "qui reprend
// son activité"; maternity leave ending 2026-04-19, resumption 2026-04-20).
static_assert(careertalk::absence{careertalk::absence_kind::conge_maternite, 2025_y / dec / 29,
                                  2026_y / apr / 19}
                  .resumption() == 2026_y / apr / 20);
static_assert(!careertalk::absence{careertalk::absence_kind::arret_maladie, 2026_y / jan / 10,
                                   std::nullopt}
                   .resumption());

constexpr std::array<careertalk::interview, 2> held{{
    {careertalk::obligation_kind::entretien_professionnel, 2022_y / jan / 3},
    {careertalk::obligation_kind::entretien_professionnel, 2024_y / jan / 2},
}};
constexpr careertalk::employee e2{.id = "E2", .hire_date = 2020_y / jan / 6, .interviews = held};
static_assert(e2.interviews.size() == 2 && e2.interviews[1].date == 2024_y / jan / 2);
static_assert(e2.contract == careertalk::contract_kind::cdi);

TEST_CASE("kinds print their legal names through Boost.Describe") {
    using boost::describe::enum_to_string;
    REQUIRE(std::string_view{enum_to_string(careertalk::absence_kind::conge_proche_aidant, "")} ==
            "conge_proche_aidant");
    REQUIRE(std::string_view{enum_to_string(
                careertalk::obligation_kind::entretien_parcours_professionnel, "")} ==
            "entretien_parcours_professionnel");
    REQUIRE(std::string_view{enum_to_string(careertalk::contract_kind::bepaalde_tijd, "")} ==
            "bepaalde_tijd");
}

// first_interview: the earliest matching interview in a half-open window, known on as_of,
// in any order (validate() does not sort histories). Issue 8 rewrote its scan.
namespace first {
using careertalk::interview;
using careertalk::obligation_kind;
using careertalk::period;
constexpr auto is_epp = [](obligation_kind k) {
    return k == obligation_kind::entretien_professionnel;
};
constexpr std::array<interview, 4> out_of_order{{
    {obligation_kind::entretien_professionnel, 2024_y / mar / 1},
    {obligation_kind::etat_des_lieux, 2022_y / feb / 28},
    {obligation_kind::entretien_professionnel, 2022_y / mar / 1},
    {obligation_kind::entretien_professionnel, 2023_y / feb / 28},
}};
constexpr careertalk::employee e{.hire_date = 2020_y / jan / 6, .interviews = out_of_order};
constexpr auto all = period{2020_y / jan / 1, careertalk::open_end};
static_assert(careertalk::first_interview(e, is_epp, all, 2026_y / jan / 1) == 2022_y / mar / 1);
// The kind: the état des lieux of 2022-02-28 is earlier but does not match.
static_assert(careertalk::first_interview(e, is_epp, {2022_y / feb / 1, careertalk::open_end},
                                          2026_y / jan / 1) == 2022_y / mar / 1);
// Half-open: the window's first day counts, its end does not.
static_assert(careertalk::first_interview(e, is_epp, {2022_y / mar / 1, 2023_y / feb / 28},
                                          2026_y / jan / 1) == 2022_y / mar / 1);
static_assert(!careertalk::first_interview(e, is_epp, {2022_y / mar / 2, 2023_y / feb / 28},
                                           2026_y / jan / 1));
// The as-of cut: an interview dated after as_of has not happened; on the day itself it has.
static_assert(!careertalk::first_interview(e, is_epp, all, 2022_y / feb / 28));
static_assert(careertalk::first_interview(e, is_epp, all, 2022_y / mar / 1) == 2022_y / mar / 1);
static_assert(careertalk::first_interview(e, is_epp, {2022_y / mar / 2, careertalk::open_end},
                                          2024_y / feb / 29) == 2023_y / feb / 28);
}  // namespace first

TEST_CASE("first_interview agrees with a plain search on shuffled histories") {
    using careertalk::interview;
    using careertalk::obligation_kind;
    std::uint64_t seed = 88172645463325252ull;  // xorshift: the same histories on every run
    const auto next = [&](int n) {
        seed ^= seed << 13;
        seed ^= seed >> 7;
        seed ^= seed << 17;
        return static_cast<int>(seed % static_cast<std::uint64_t>(n));
    };
    const auto day = [&] { return careertalk::add_days(2020_y / jan / 1, next(2000)); };
    for (int round = 0; round < 2000; ++round) {
        std::array<interview, 12> h{};
        const auto n = static_cast<std::size_t>(next(13));
        for (std::size_t i = 0; i < n; ++i)
            h[i] = {next(3) == 0 ? obligation_kind::etat_des_lieux
                                 : obligation_kind::entretien_professionnel,
                    day()};
        const careertalk::employee e{.hire_date = 2020_y / jan / 1,
                                     .interviews = std::span{h.data(), n}};
        const careertalk::period w{day(), day()};
        const auto as_of = day();
        std::optional<careertalk::year_month_day> expected;
        for (std::size_t i = 0; i < n; ++i)
            if (h[i].kind == obligation_kind::entretien_professionnel && w.begin <= h[i].date &&
                h[i].date < w.end && h[i].date <= as_of && (!expected || h[i].date < *expected))
                expected = h[i].date;
        REQUIRE(careertalk::first_interview(e, first::is_epp, w, as_of) == expected);
    }
}
