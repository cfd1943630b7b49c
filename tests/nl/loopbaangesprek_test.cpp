// Tests of careertalk/nl/loopbaangesprek.hpp: the guide's loopbaangesprek (seed 003,
// verzekerjeinzet.nl) as the default Dutch policy.
#include <careertalk/evaluate.hpp>
#include <careertalk/nl/loopbaangesprek.hpp>

#include "catch.hpp"
#include "nl_support.hpp"

using namespace date::literals;
namespace ct = careertalk;
namespace nl = careertalk::nl;
using ok = ct::obligation_kind;

static_assert(nl::loopbaangesprek.ok());
static_assert(ct::policy_like<nl::conversation_policy>);

namespace {

constexpr ct::employee base{.id = "G", .hire_date = 2015_y / jan / 5};

// E1: the meeting of 2025-10-15 was held and the employee commits for 5 years.
constexpr ct::interview e1_held[] = {{ok::loopbaangesprek, 2025_y / oct / 15}};
constexpr ct::outcome e1_outcome[] = {{ct::outcome_kind::bijtekenen_5_jaar, 2025_y / oct / 15}};
constexpr ct::employee e1{.id = "E1", .hire_date = 2015_y / jan / 5, .interviews = e1_held,
                          .outcomes = e1_outcome};

// A whole Dutch evaluation in constant evaluation: worked example E1, next one 5 years on.
static_assert(nl_test::nth(ct::evaluate(nl::loopbaangesprek, e1, ct::company{}, 2025_y / nov / 1),
                           ok::loopbaangesprek)
                  ->due_date == 2030_y / oct / 15);

ct::evaluation planned(const ct::employee& e, ct::year_month_day meeting, ct::year_month_day as_of) {
    ct::evaluation ev{};
    ev.as_of = as_of;
    nl::loopbaangesprek.plan_meeting(nl::guide_conversation[0], e, meeting, as_of, ev);
    return ev;
}

}  // namespace

TEST_CASE("E1: a planned loopbaangesprek: preparation a month before, record 14 days after") {
    // E1; guide aandachtspunten 1 and 5; the 14 days are the library's (guide_record_deadline)
    const auto ev = planned(base, 2025_y / oct / 15, 2025_y / sep / 1);
    const auto* prep = nl_test::nth(ev, ok::voorbereiding);
    REQUIRE(prep);
    CHECK(prep->due_date == 2025_y / sep / 15);
    CHECK(prep->state == ct::status::due_soon);
    CHECK(nl_test::has_item(prep->agenda, "nl.guide.prep.formulier"));
    CHECK(nl_test::has_item(prep->agenda, "nl.guide.prep.mogelijkheden"));

    const auto* talk = nl_test::nth(ev, ok::loopbaangesprek);
    REQUIRE(talk);
    CHECK(talk->due_date == 2025_y / oct / 15);
    CHECK(nl_test::has_item(talk->agenda, "nl.guide.1"));
    CHECK(nl_test::has_item(talk->agenda, "nl.guide.2"));
    CHECK(nl_test::has_item(talk->agenda, "nl.guide.2.ontwikkeling"));
    CHECK(nl_test::has_item(talk->agenda, "nl.guide.3"));
    CHECK(nl_test::has_item(talk->agenda, "nl.guide.3.pop"));
    CHECK_FALSE(nl_test::has_item(talk->agenda, "nl.guide.2a"));
    // Item order: 1, 2 and its sub-items, then 3.
    CHECK((*talk->agenda.begin()).id == "nl.guide.1");

    CHECK(nl_test::nth(ev, ok::verslag)->due_date == 2025_y / oct / 29);
    CHECK(nl_test::nth(ev, ok::pop)->due_date == 2025_y / oct / 29);
}

TEST_CASE("E1: after 'bijtekenen 5 jaar' the next loopbaangesprek is due 5 years later") {
    // E1; 5 years after bijtekenen is the library's reading (guide_outcomes.reading)
    const ct::interview verslag[] = {{ok::loopbaangesprek, 2025_y / oct / 15},
                                     {ok::verslag, 2025_y / oct / 29}};
    ct::employee e = e1;
    e.interviews = verslag;
    const auto ev = ct::evaluate(nl::loopbaangesprek, e, ct::company{}, 2025_y / nov / 1);
    REQUIRE(ev.ok());
    const auto* next = nl_test::nth(ev, ok::loopbaangesprek);
    REQUIRE(next);
    CHECK(next->trigger == ct::trigger_kind::outcome);
    CHECK(next->window_start == 2025_y / oct / 16);
    CHECK(next->due_date == 2030_y / oct / 15);
    CHECK(next->state == ct::status::upcoming);
    CHECK(next->why[0] == &nl::guide);
    CHECK(next->why[1] == &nl::guide_outcomes);
    // The guide gives no date: the 5 years are the library's, and say so.
    CHECK(next->deadline_rule == &nl::guide_outcomes);
    CHECK(ct::due_basis(*next) == ct::basis::library_default);
    CHECK(nl_test::nth(ev, ok::voorbereiding)->due_date == 2030_y / sep / 15);
    // The record of the meeting held: on its last day, met.
    const auto* record = nl_test::nth(ev, ok::verslag);
    CHECK(record->due_date == 2025_y / oct / 29);
    CHECK(record->state == ct::status::met);
    // The POP was not updated: past the library's 14 days, an advisory, never overdue.
    CHECK(nl_test::nth(ev, ok::pop)->state == ct::status::advisory);
    CHECK(nl_test::nth(ev, ok::pop)->deadline_rule == &nl::guide_record_deadline);
    CHECK(ct::basis_of(nl::guide_record.basis) == ct::basis::common_practice);
}

TEST_CASE("library defaults never look like legal deadlines: late, they are advisories") {
    // verzekerjeinzet.nl gives no record deadline and no next date after 'bijtekenen'; the 14
    // days and 5 years are the library's (docs/nl/cao.md#the-loopbaangesprek-guide).
    CHECK(ct::basis_of(nl::guide_record_deadline.basis) == ct::basis::library_default);
    CHECK(ct::basis_of(nl::guide_outcomes.basis) == ct::basis::library_default);
    const ct::interview held[] = {{ok::loopbaangesprek, 2025_y / oct / 15}};
    const ct::outcome bijtekenen[] = {{ct::outcome_kind::bijtekenen_5_jaar, 2025_y / oct / 15}};
    ct::employee e = base;
    e.interviews = held;
    e.outcomes = bijtekenen;
    // The record's last day (14 days after 15 October) and the day after.
    const auto on_day = ct::evaluate(nl::loopbaangesprek, e, ct::company{}, 2025_y / oct / 29);
    CHECK(nl_test::nth(on_day, ok::verslag)->state == ct::status::due_soon);
    const auto day_after = ct::evaluate(nl::loopbaangesprek, e, ct::company{}, 2025_y / oct / 30);
    CHECK(nl_test::nth(day_after, ok::verslag)->state == ct::status::advisory);
    // Five years on: the next conversation, not held, is an advisory the day after its date.
    const auto later = ct::evaluate(nl::loopbaangesprek, e, ct::company{}, 2030_y / oct / 16);
    CHECK(nl_test::nth(later, ok::loopbaangesprek)->due_date == 2030_y / oct / 15);
    CHECK(nl_test::nth(later, ok::loopbaangesprek)->state == ct::status::advisory);
}

TEST_CASE("the guide sets no frequency: no meeting, no due date") {
    // guide: "eens in de zoveel tijd"; no statutory rhythm
    // (docs/nl/cao.md#no-statutory-conversation)
    const auto ev = ct::evaluate(nl::loopbaangesprek, base, ct::company{}, 2025_y / nov / 1);
    REQUIRE(ev.ok());
    CHECK(nl_test::count(ev, ok::loopbaangesprek) == 0);
    CHECK(ev.obligations.size() == 0);
}

TEST_CASE("E2: month-end clamp of the preparation and the loopbaanadviseur sub-item") {
    // E2; guide part 2 ("niet tevreden ... geen grip")
    ct::employee e = base;
    e.flags.niet_tevreden = true;
    const auto ev = planned(e, 2025_y / mar / 31, 2025_y / jan / 15);
    CHECK(nl_test::nth(ev, ok::voorbereiding)->due_date == 2025_y / feb / 28);
    CHECK(nl_test::has_item(nl_test::nth(ev, ok::loopbaangesprek)->agenda, "nl.guide.2a"));

    ct::employee g = base;
    g.flags.geen_grip = true;
    const auto ev2 = planned(g, 2024_y / mar / 31, 2024_y / jan / 15);
    CHECK(nl_test::nth(ev2, ok::voorbereiding)->due_date == 2024_y / feb / 29);  // leap year
    CHECK(nl_test::has_item(nl_test::nth(ev2, ok::loopbaangesprek)->agenda, "nl.guide.2a"));
}

TEST_CASE("E2: reorientation gives no automatic next date, only an advisory") {
    // E2; the guide sets no date after heroriëntatie: the policy must supply a follow-up
    const ct::interview held[] = {{ok::loopbaangesprek, 2025_y / mar / 31}};
    const ct::outcome herorientatie[] = {{ct::outcome_kind::herorientatie, 2025_y / mar / 31}};
    ct::employee e = base;
    e.interviews = held;
    e.outcomes = herorientatie;
    const auto ev = ct::evaluate(nl::loopbaangesprek, e, ct::company{}, 2025_y / apr / 15);
    CHECK(nl_test::count(ev, ok::loopbaangesprek) == 0);
    const auto* f = nl_test::finding_of(ev, ct::finding_kind::advisory, ok::loopbaangesprek);
    REQUIRE(f);
    CHECK(f->rule == &nl::guide_outcomes);
    CHECK(f->date == 2025_y / mar / 31);
    CHECK(nl_test::nth(ev, ok::verslag)->due_date == 2025_y / apr / 14);
}

TEST_CASE("an outcome dated after the as-of date has not happened yet") {
    const auto ev = ct::evaluate(nl::loopbaangesprek, e1, ct::company{}, 2025_y / oct / 14);
    CHECK(nl_test::count(ev, ok::loopbaangesprek) == 0);
}

TEST_CASE("the guide's distinction and labels are in three languages") {
    // guide al. 2
    for (const auto& g : nl::gesprekken) {
        CHECK_FALSE(g.name.en.empty());
        CHECK_FALSE(g.name.fr.empty());
        CHECK_FALSE(g.name.nl.empty());
        CHECK_FALSE(g.purpose.nl.empty());
    }
    CHECK(nl::gesprekken[3].kind == ok::loopbaangesprek);
    CHECK(nl::guide_distinction.title.nl.find("plannings-, functionerings- en beoordelingsgesprek") !=
          std::string_view::npos);
    for (const auto& item : nl::guide_agenda_main) CHECK_FALSE(item.label.fr.empty());
}
