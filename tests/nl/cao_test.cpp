// Tests of careertalk/nl/cao.hpp: the CAO presets against their clauses (each test names the
// CAO, version and article; docs/nl/cao.md says where each text was read) and the worked
// examples E3-E21 of the project's Dutch research, with dates moved into each CAO's term.
#include <careertalk/evaluate.hpp>
#include <careertalk/nl/cao.hpp>

#include "catch.hpp"
#include "nl_support.hpp"

using namespace date::literals;
namespace ct = careertalk;
namespace nl = careertalk::nl;
using ok = ct::obligation_kind;
using fk = ct::finding_kind;

static_assert(nl::cao_rijk.ok());
static_assert(nl::sociaal_werk_policy.ok());
static_assert(nl::gehandicaptenzorg_policy.ok());
static_assert(nl::umc_policy.ok());
static_assert(nl::cao_nu.ok());
static_assert(nl::waterschappen_policy.ok());
static_assert(nl::kinderopvang_policy.ok());
static_assert(nl::ggz_policy.ok());
static_assert(nl::cao_rijk.with_yearly(nl::yearly_reading::rolling_12_months).ok());

// CAO Rijk § 12.2: appraisal periods of 6 months to 2 years, never twice (E5).
constexpr ct::period appraised[] = {ct::inclusive(2021_y / jan / 1, 2022_y / dec / 31)};
static_assert(!nl::rijk_beoordelingsperiode_ok(ct::inclusive(2025_y / jan / 1, 2025_y / may / 31), {}));
static_assert(nl::rijk_beoordelingsperiode_ok(ct::inclusive(2025_y / jan / 1, 2025_y / jun / 30), {}));
static_assert(nl::rijk_beoordelingsperiode_ok(ct::inclusive(2023_y / jun / 1, 2025_y / may / 31), {}));
static_assert(!nl::rijk_beoordelingsperiode_ok(ct::inclusive(2023_y / may / 1, 2025_y / may / 31), {}));
static_assert(nl::rijk_beoordelingsperiode_ok(ct::inclusive(2023_y / jan / 1, 2024_y / dec / 31), appraised));
static_assert(!nl::rijk_beoordelingsperiode_ok(ct::inclusive(2022_y / jun / 1, 2023_y / dec / 31), appraised));

// Sociaal Werk loopbaanbedrag: 1.5% a month, only the last 60 months count (E7).
static_assert(nl::loopbaanbedrag(ct::euros{300000}) == ct::euros{4500});
static_assert(nl::loopbaanbedrag(ct::euros{333333}) == ct::euros{5000});  // 49.99995 -> 50.00
static_assert(nl::loopbaanbedrag_saldo(ct::euros{300000}, 72) == ct::euros{270000});
static_assert(nl::loopbaanbedrag_saldo(ct::euros{300000}, 12) == ct::euros{54000});

namespace {

ct::evaluation run(const nl::conversation_policy& p, const ct::employee& e, ct::year_month_day as_of) {
    auto ev = ct::evaluate(p, e, ct::company{}, as_of);
    REQUIRE(ev.ok());
    return ev;
}

const ct::obligation& last_of(const ct::evaluation& ev, ok kind) {
    const ct::obligation* found = nullptr;
    for (const auto& o : ev.obligations)
        if (o.kind == kind) found = &o;
    REQUIRE(found);
    return *found;
}

const ct::interview rijk_held[] = {{ok::personeelsgesprek, 2025_y / apr / 10}};

ct::employee rijk_employee(ct::year_month_day function_start) {
    return {.id = "R", .hire_date = 2018_y / jan / 2, .interviews = rijk_held,
            .function_start = function_start};
}

}  // namespace

TEST_CASE("E3: CAO Rijk, 5 years or more in the function adds the other-function item") {
    // E3; CAO Rijk 2024-2025 § 12.1 al. 4 ("vijf jaar of langer in dezelfde functie")
    const auto ev = run(nl::cao_rijk, rijk_employee(2020_y / mar / 1), 2025_y / may / 1);
    const auto& talk = last_of(ev, ok::personeelsgesprek);
    CHECK(talk.held_on == 2025_y / apr / 10);
    CHECK(talk.state == ct::status::met);
    CHECK(talk.due_date == 2025_y / dec / 31);
    CHECK(nl_test::has_item(talk.agenda, "nl.cao-rijk.12.1.andere-functie"));
    CHECK(nl_test::has_item(talk.agenda, "nl.cao-rijk.12.1.ontwikkeling"));
    // The CAO's term starts on 1 July 2024: the 2024 conversation is owed from then, and was
    // never held.
    CHECK(nl_test::nth(ev, ok::personeelsgesprek, 0)->window_start == 2024_y / jul / 1);
    CHECK(nl_test::nth(ev, ok::personeelsgesprek, 0)->due_date == 2024_y / dec / 31);
    CHECK(nl_test::nth(ev, ok::personeelsgesprek, 0)->state == ct::status::overdue);
    CHECK(ct::due_basis(*nl_test::nth(ev, ok::personeelsgesprek, 0)) == ct::basis::cao);
    // The record goes to P-Direkt: no deadline in the text, an advisory.
    CHECK(nl_test::finding_of(ev, fk::advisory, ok::verslag));
}

TEST_CASE("E3: next personeelsgesprek under each reading of 'once a year'") {
    // E3 and docs/nl/cao.md#once-a-year: rolling -> 2026-04-10 (past the term's end: a date
    // the CAO gives is kept); calendar year -> 2025-12-31
    const auto rolling = run(nl::cao_rijk.with_yearly(nl::yearly_reading::rolling_12_months),
                             rijk_employee(2020_y / mar / 1), 2025_y / may / 1);
    const auto& next = last_of(rolling, ok::personeelsgesprek);
    CHECK(next.trigger == ct::trigger_kind::periodic);
    CHECK(next.trigger_date == 2025_y / apr / 10);
    CHECK(next.due_date == 2026_y / apr / 10);
    CHECK(next.why[1] == &nl::yearly_as_rolling);

    const auto calendar = run(nl::cao_rijk, rijk_employee(2020_y / mar / 1), 2025_y / jan / 2);
    const auto& next_c = last_of(calendar, ok::personeelsgesprek);
    CHECK(next_c.window_start == 2025_y / jan / 1);
    CHECK(next_c.due_date == 2025_y / dec / 31);
    CHECK(next_c.why[1] == &nl::yearly_as_calendar_year);
}

TEST_CASE("CAO Rijk 2024-2025: its term's first and last day") {
    // caorijk.nl: CAO Rijk 2022-2024 ran to 30 June 2024; the 2024-2025 CAO from 1 July 2024
    // to 31 December 2025.
    CHECK(nl::rijk.in_force.begin == 2024_y / jul / 1);
    CHECK(nl::rijk.in_force.last_day() == 2025_y / dec / 31);
    // The day before: the 2024 window is ahead (upcoming), and the preset is not in force yet.
    const auto before = run(nl::cao_rijk, rijk_employee(2020_y / mar / 1), 2024_y / jun / 30);
    CHECK(last_of(before, ok::personeelsgesprek).window_start == 2024_y / jul / 1);
    CHECK(last_of(before, ok::personeelsgesprek).state == ct::status::upcoming);
    CHECK(nl_test::finding_of(before, fk::advisory, ok::loopbaangesprek)->rule == &nl::rijk);
    const auto first = run(nl::cao_rijk, rijk_employee(2020_y / mar / 1), 2024_y / jul / 1);
    CHECK(nl_test::count(first, ok::personeelsgesprek) == 1);
    CHECK_FALSE(nl_test::finding_of(first, fk::advisory, ok::loopbaangesprek));
    const auto last = run(nl::cao_rijk, rijk_employee(2020_y / mar / 1), 2025_y / dec / 31);
    CHECK_FALSE(nl_test::finding_of(last, fk::advisory, ok::loopbaangesprek));
    // After the term: no new window opens, and the evaluation says the preset is out of term.
    const auto after = run(nl::cao_rijk, rijk_employee(2020_y / mar / 1), 2026_y / jan / 1);
    CHECK(last_of(after, ok::personeelsgesprek).due_date == 2025_y / dec / 31);
    const auto* out_of_term = nl_test::finding_of(after, fk::advisory, ok::loopbaangesprek);
    REQUIRE(out_of_term);
    CHECK(out_of_term->review.last_day() == 2025_y / dec / 31);
}

TEST_CASE("CAO Rijk cites bijlage 12 (personeelsgesprek) and bijlage 13 (beoordeling)") {
    // caorijk.nl § 12.1: "Een beschrijving ... vindt u in bijlage 12 van de cao"
    CHECK(nl::rijk_personeelsgesprek.citation.find("bijlage 12") != std::string_view::npos);
    CHECK(nl::rijk_beoordeling.citation.find("bijlage 13") != std::string_view::npos);
}

TEST_CASE("E4: CAO Rijk, the 5-years-in-function boundary on its day") {
    // E4; CAO Rijk § 12.1: "vijf jaar of langer"
    const auto a = run(nl::cao_rijk, rijk_employee(2020_y / apr / 11), 2025_y / may / 1);
    CHECK_FALSE(nl_test::has_item(last_of(a, ok::personeelsgesprek).agenda,
                                  "nl.cao-rijk.12.1.andere-functie"));
    const auto b = run(nl::cao_rijk, rijk_employee(2020_y / apr / 10), 2025_y / may / 1);
    CHECK(nl_test::has_item(last_of(b, ok::personeelsgesprek).agenda,
                            "nl.cao-rijk.12.1.andere-functie"));
}

TEST_CASE("CAO Rijk without a function start date names the missing fact") {
    ct::employee e = rijk_employee(2020_y / apr / 10);
    e.function_start.reset();
    const auto ev = run(nl::cao_rijk, e, 2025_y / may / 1);
    const auto* f = nl_test::finding_of(ev, fk::missing, ok::personeelsgesprek);
    REQUIRE(f);
    CHECK(f->missing == ct::missing_fact::function_start);
    CHECK(f->rule == &nl::rijk_personeelsgesprek);
}

TEST_CASE("E5: CAO Rijk appraisal, written reaction within 14 days") {
    // E5; CAO Rijk § 12.2 (written reaction within 2 weeks)
    const ct::interview held[] = {{ok::beoordelingsgesprek, 2025_y / jun / 2}};
    const ct::employee e{.id = "R5", .hire_date = 2018_y / jan / 2, .interviews = held,
                         .function_start = 2018_y / jan / 2};
    const auto ev = run(nl::cao_rijk, e, 2025_y / jun / 3);
    const auto* reaction = nl_test::finding_of(ev, fk::advisory, ok::reactie);
    REQUIRE(reaction);
    CHECK(reaction->date == 2025_y / jun / 16);
    CHECK(reaction->review.last_day() == 2025_y / jun / 16);
    CHECK(reaction->rule == &nl::rijk_beoordeling);
    // No appraisal is owed without a reason: none is scheduled.
    CHECK(nl_test::count(ev, ok::beoordelingsgesprek) == 0);
}

TEST_CASE("CAO Rijk loopbaanscan: a secondary source, reported as practice, not as the CAO") {
    // jamesloopbaan.nl (secondary source); caorijk.nl hoofdstuk 12 has no loopbaanscan
    CHECK(nl::rijk_loopbaanscan.reading.find("secondary source") != std::string_view::npos);
    CHECK(ct::basis_of(nl::rijk_loopbaanscan.basis) == ct::basis::common_practice);
    const ct::interview scans[] = {{ok::loopbaanscan, 2020_y / sep / 30}};
    const ct::employee e{.id = "S", .hire_date = 2018_y / jan / 2, .interviews = scans,
                         .function_start = 2018_y / jan / 2};
    const auto ev = run(nl::cao_rijk, e, 2025_y / may / 1);
    const auto* f = nl_test::finding_of(ev, fk::entitlement, ok::loopbaanscan);
    REQUIRE(f);
    CHECK(f->date == 2025_y / sep / 30);
}

TEST_CASE("E6: Sociaal Werk, 10 years before the AOW date") {
    // E6; CAO Sociaal Werk 2023-2025 art. 3.2 A al. 3 ("vanaf 10 jaar voor de AOW-gerechtigde
    // leeftijd ... minimaal elke 3 jaar")
    const ct::interview held[] = {{ok::doorwerkgesprek, 2023_y / aug / 1}};
    const ct::employee e{.id = "E6", .hire_date = 2000_y / jan / 3,
                         .birth_date = 1961_y / may / 20, .interviews = held,
                         .aow_date = 2028_y / aug / 20};
    CHECK(nl::qualifies(nl::sociaal_werk_conversations[1].who, e).when.begin == 2018_y / aug / 20);
    CHECK(nl::qualifies(nl::sociaal_werk_conversations[1].who, e).when.end == 2028_y / aug / 20);
    const auto ev = run(nl::sociaal_werk_policy, e, 2025_y / jul / 1);
    CHECK(nl_test::nth(ev, ok::doorwerkgesprek, 0)->state == ct::status::met);
    CHECK(nl_test::nth(ev, ok::doorwerkgesprek, 0)->rule->id ==
          "nl.cao-sociaal-werk.3.2.doorwerken");
    const auto& next = last_of(ev, ok::doorwerkgesprek);
    CHECK(next.due_date == 2026_y / aug / 1);  // past the term (31 July 2025): the CAO's date
    CHECK(next.state == ct::status::upcoming);
    CHECK(last_of(ev, ok::inzetbaarheidsgesprek).due_date == 2025_y / dec / 31);
    // Outcome in writing (individual employability plan): no deadline, an advisory.
    CHECK(nl_test::finding_of(ev, fk::advisory, ok::verslag));
}

TEST_CASE("E7: Sociaal Werk, a young employee is outside the AOW window") {
    // E7; CAO Sociaal Werk 2023-2025 art. 3.2 A (yearly for everyone) and al. 3
    const ct::employee e{.id = "E7", .hire_date = 2015_y / mar / 2,
                         .birth_date = 1990_y / jan / 10, .aow_date = 2057_y / apr / 10};
    const auto ev = run(nl::sociaal_werk_policy, e, 2025_y / jun / 1);
    CHECK(nl_test::count(ev, ok::doorwerkgesprek) == 0);
    CHECK(last_of(ev, ok::inzetbaarheidsgesprek).due_date == 2025_y / dec / 31);
    CHECK(nl_test::finding_of(ev, fk::entitlement, ok::loopbaanbudget));

    // Without the AOW date the rule says what it misses (it never computes the date).
    ct::employee no_aow = e;
    no_aow.aow_date.reset();
    const auto ev2 = run(nl::sociaal_werk_policy, no_aow, 2025_y / jun / 1);
    const auto* f = nl_test::finding_of(ev2, fk::missing, ok::doorwerkgesprek);
    REQUIRE(f);
    CHECK(f->missing == ct::missing_fact::aow_date);
}

TEST_CASE("AOW window of an AOW date on 29 February clamps to 28 February") {
    // CAO Sociaal Werk art. 3.2 A al. 3; a month end is clamped (2032-02-29 - 10 years)
    const ct::employee e{.id = "L", .hire_date = 2000_y / jan / 3, .aow_date = 2032_y / feb / 29};
    const auto q = nl::qualifies(nl::sociaal_werk_conversations[1].who, e);
    CHECK(q.when.begin == 2022_y / feb / 28);
    CHECK(q.opened_by == ct::trigger_kind::age);
    const auto ev = run(nl::sociaal_werk_policy, e, 2023_y / aug / 1);
    const auto& first = last_of(ev, ok::doorwerkgesprek);
    CHECK(first.trigger == ct::trigger_kind::regime_start);  // the CAO opened it in 2023
    CHECK(first.due_date == 2026_y / jul / 1);
}

TEST_CASE("Sociaal Werk 2023-2025: 1 July 2023 to 31 July 2025, the rule ids by article") {
    // sociaalwerk-werkt.nl: "cao vanaf 1 juli 2023 tot 1 augustus 2025"; art. 3.2 holds both
    // the yearly conversation and the 3-yearly one from 10 years before AOW.
    CHECK(nl::sociaal_werk.in_force.begin == 2023_y / jul / 1);
    CHECK(nl::sociaal_werk.in_force.last_day() == 2025_y / jul / 31);
    CHECK(nl::sociaal_werk_inzetbaarheid.id == "nl.cao-sociaal-werk.3.2");
    CHECK(nl::sociaal_werk_doorwerken.citation.find("3.2 A al. 3") != std::string_view::npos);
    const ct::employee e{.id = "T", .hire_date = 2015_y / mar / 2};
    CHECK(last_of(run(nl::sociaal_werk_policy, e, 2023_y / jun / 30), ok::inzetbaarheidsgesprek)
              .window_start == 2023_y / jul / 1);
    CHECK(nl_test::count(run(nl::sociaal_werk_policy, e, 2022_y / dec / 31),
                         ok::inzetbaarheidsgesprek) == 0);
    // The 2025 window opens in the term and keeps its CAO date; none opens in 2026.
    const auto late = run(nl::sociaal_werk_policy, e, 2026_y / mar / 1);
    CHECK(last_of(late, ok::inzetbaarheidsgesprek).due_date == 2025_y / dec / 31);
}

TEST_CASE("E8: Gehandicaptenzorg, a request honoured within 3 months, loopbaanadvies") {
    // E8; CAO Gehandicaptenzorg 2021-2024 art. 10:7
    const ct::request asked[] = {{ok::periodiek_gesprek, 2023_y / feb / 10}};
    const ct::interview advice[] = {{ok::loopbaanadvies, 2020_y / jun / 1}};
    const ct::employee e{.id = "E8", .hire_date = 2010_y / jan / 4, .interviews = advice,
                         .requests = asked};
    const auto ev = run(nl::gehandicaptenzorg_policy, e, 2023_y / mar / 1);
    const ct::obligation* req = nullptr;
    for (const auto& o : ev.obligations)
        if (o.trigger == ct::trigger_kind::request) req = &o;
    REQUIRE(req);
    CHECK(req->due_date == 2023_y / may / 10);
    CHECK(req->agenda.size() == 6);
    CHECK(nl_test::has_item(req->agenda, "nl.cao-gehandicaptenzorg.10-7.4"));
    const auto* advies = nl_test::finding_of(ev, fk::entitlement, ok::loopbaanadvies);
    REQUIRE(advies);
    CHECK(advies->date == 2023_y / jun / 1);
    CHECK(advies->review.end == 2026_y / jun / 1);
}

TEST_CASE("Gehandicaptenzorg 2021-2024: 1 October 2021 to 31 January 2024, RVU until end 2025") {
    // caowijzer.com: "met terugwerkende kracht per 1 oktober 2021 ... tot en met 31 januari
    // 2024"; vgn.nl art. 10:7 lid 3 sub e: the RVU option until the end of 2025
    CHECK(nl::gehandicaptenzorg.in_force.begin == 2021_y / oct / 1);
    CHECK(nl::gehandicaptenzorg.in_force.last_day() == 2024_y / jan / 31);
    CHECK(nl::gehandicaptenzorg_agenda[4].label.nl.find("RVU tot eind 2025") !=
          std::string_view::npos);
    const ct::request asked[] = {{ok::periodiek_gesprek, 2024_y / jan / 31},
                                 {ok::periodiek_gesprek, 2024_y / feb / 1}};
    const ct::employee e{.id = "G", .hire_date = 2010_y / jan / 4, .requests = asked};
    const auto ev = run(nl::gehandicaptenzorg_policy, e, 2024_y / feb / 2);
    std::size_t by_request = 0;
    for (const auto& o : ev.obligations) by_request += o.trigger == ct::trigger_kind::request;
    CHECK(by_request == 1);  // the request on the term's last day; not the one after
}

TEST_CASE("a request on the last day of a month: 3 months (Gehandicaptenzorg), 6 weeks (Kinderopvang)") {
    // CAO Gehandicaptenzorg art. 10:7 (3 months, clamped); CAO Kinderopvang 2024 art. 8.3 (6 weeks)
    const ct::request g_asked[] = {{ok::periodiek_gesprek, 2023_y / jan / 31}};
    const ct::employee g{.id = "G", .hire_date = 2010_y / jan / 4, .requests = g_asked};
    const auto gev = run(nl::gehandicaptenzorg_policy, g, 2023_y / feb / 1);
    CHECK(last_of(gev, ok::periodiek_gesprek).due_date == 2023_y / apr / 30);

    const ct::request k_asked[] = {{ok::functioneringsgesprek, 2024_y / aug / 31}};
    const ct::employee k{.id = "K", .hire_date = 2010_y / jan / 4, .requests = k_asked};
    const auto kev = run(nl::kinderopvang_policy, k, 2024_y / sep / 1);
    const auto& talk = last_of(kev, ok::functioneringsgesprek);
    CHECK(talk.due_date == 2024_y / oct / 12);
    CHECK(talk.trigger == ct::trigger_kind::request);
    CHECK(nl_test::has_item(talk.agenda, "nl.cao-kinderopvang.8.3.loopbaan"));
}

TEST_CASE("Kinderopvang: held on the 42nd day is met, the day after is late") {
    // Cao Kinderopvang 2024 art. 8.3 lid 1: "binnen 6 weken"
    const ct::request asked[] = {{ok::functioneringsgesprek, 2024_y / sep / 10}};
    const ct::interview on_time[] = {{ok::functioneringsgesprek, 2024_y / oct / 22}};
    const ct::interview late[] = {{ok::functioneringsgesprek, 2024_y / oct / 23}};
    ct::employee e{.id = "K", .hire_date = 2010_y / jan / 4, .interviews = on_time,
                   .requests = asked};
    CHECK(last_of(run(nl::kinderopvang_policy, e, 2024_y / nov / 1), ok::functioneringsgesprek)
              .state == ct::status::met);
    e.interviews = late;
    CHECK(last_of(run(nl::kinderopvang_policy, e, 2024_y / nov / 1), ok::functioneringsgesprek)
              .state == ct::status::met_late);
    // No request, no conversation: it is only on request.
    e.requests = {};
    CHECK(nl_test::count(run(nl::kinderopvang_policy, e, 2024_y / nov / 1),
                         ok::functioneringsgesprek) == 0);
}

TEST_CASE("Kinderopvang: one a year, a request after one was held that year owes nothing") {
    // Cao Kinderopvang 2024 art. 8.3 lid 1: "één keer per jaar recht op een
    // functioneringsgesprek. Ze moet hier wel zelf om vragen."
    const ct::interview held[] = {{ok::functioneringsgesprek, 2024_y / mar / 1}};
    const ct::request again[] = {{ok::functioneringsgesprek, 2024_y / dec / 31}};
    ct::employee e{.id = "K1", .hire_date = 2010_y / jan / 4, .interviews = held,
                   .requests = again};
    const auto ev = run(nl::kinderopvang_policy, e, 2025_y / mar / 1);
    const auto& talk = last_of(ev, ok::functioneringsgesprek);
    CHECK(talk.state == ct::status::not_required);
    CHECK(talk.exemption == &nl::kinderopvang_gesprek);
    CHECK(talk.why[1] == &nl::yearly_as_calendar_year);

    // Held on the day of the request: that is the conversation asked for, not an earlier one.
    const ct::interview same_day[] = {{ok::functioneringsgesprek, 2024_y / dec / 31}};
    e.interviews = same_day;
    CHECK(last_of(run(nl::kinderopvang_policy, e, 2025_y / mar / 1), ok::functioneringsgesprek)
              .state == ct::status::met);

    // Held the year before (31 December 2023): a request on 1 July 2024 is owed.
    const ct::interview last_year[] = {{ok::functioneringsgesprek, 2023_y / dec / 31}};
    const ct::request in_term[] = {{ok::functioneringsgesprek, 2024_y / jul / 1}};
    e.interviews = last_year;
    e.requests = in_term;
    const auto owed = run(nl::kinderopvang_policy, e, 2024_y / aug / 13);
    CHECK(last_of(owed, ok::functioneringsgesprek).state == ct::status::overdue);
    CHECK(last_of(owed, ok::functioneringsgesprek).due_date == 2024_y / aug / 12);
}

TEST_CASE("Kinderopvang 2024: 1 July to 31 December 2024") {
    // werkenbijkinderopvang.nl (onderhandelaarsresultaat 24 April 2024): "looptijd van 6
    // maanden, van 1 juli 2024 tot en met 31 december 2024"
    CHECK(nl::kinderopvang.in_force.begin == 2024_y / jul / 1);
    CHECK(nl::kinderopvang.in_force.last_day() == 2024_y / dec / 31);
    const ct::request asked[] = {{ok::functioneringsgesprek, 2024_y / jun / 30},
                                 {ok::functioneringsgesprek, 2025_y / jan / 1}};
    const ct::employee e{.id = "K2", .hire_date = 2010_y / jan / 4, .requests = asked};
    CHECK(nl_test::count(run(nl::kinderopvang_policy, e, 2025_y / feb / 1),
                         ok::functioneringsgesprek) == 0);
}

TEST_CASE("E10: GGZ jaargesprek lead times, agenda and signing") {
    // E10; Cao GGZ, A Sociaal beleid, art. 1 Jaargesprek
    const ct::employee e{.id = "E10", .hire_date = 2015_y / jun / 1};
    ct::evaluation ev{};
    ev.as_of = 2025_y / oct / 1;
    nl::ggz_policy.plan_meeting(nl::ggz_conversations[0], e, 2025_y / nov / 20, ev.as_of, ev);
    CHECK(nl_test::nth(ev, ok::uitnodiging)->due_date == 2025_y / oct / 30);
    CHECK(nl_test::nth(ev, ok::onderwerpen_medewerker)->due_date == 2025_y / nov / 6);
    const auto* talk = nl_test::nth(ev, ok::jaargesprek);
    REQUIRE(talk);
    CHECK(nl_test::has_item(talk->agenda, "nl.cao-ggz.1.beoordeling"));
    CHECK(nl_test::has_item(talk->agenda, "nl.cao-ggz.1.loopbaan"));
    CHECK(nl::ggz_conversations[0].record.sign == nl::signing::akkoord_of_gezien);
    const auto* record = nl_test::finding_of(ev, fk::advisory, ok::verslag);
    REQUIRE(record);
    CHECK(record->rule == &nl::ggz_verslag);
}

TEST_CASE("GGZ 2022-2023: 1 December 2021 to 31 December 2024") {
    // fbz.nl, lad.nl: "De nieuwe cao loopt van 1 december 2021 tot en met 31 december 2024"
    CHECK(nl::ggz.in_force.begin == 2021_y / dec / 1);
    CHECK(nl::ggz.in_force.last_day() == 2024_y / dec / 31);
    const ct::employee e{.id = "G", .hire_date = 2015_y / jun / 1};
    const auto ev = run(nl::ggz_policy, e, 2025_y / jun / 1);
    CHECK(nl_test::nth(ev, ok::jaargesprek, 0)->window_start == 2021_y / dec / 1);
    CHECK(last_of(ev, ok::jaargesprek).due_date == 2024_y / dec / 31);
}

TEST_CASE("GGZ: an invitation sent late is met_late, on its last day met") {
    const ct::interview sent[] = {{ok::uitnodiging, 2025_y / oct / 30},
                                  {ok::onderwerpen_medewerker, 2025_y / nov / 7}};
    const ct::employee e{.id = "G", .hire_date = 2015_y / jun / 1, .interviews = sent};
    ct::evaluation ev{};
    ev.as_of = 2025_y / nov / 10;
    nl::ggz_policy.plan_meeting(nl::ggz_conversations[0], e, 2025_y / nov / 20, ev.as_of, ev);
    CHECK(nl_test::nth(ev, ok::uitnodiging)->state == ct::status::met);
    CHECK(nl_test::nth(ev, ok::onderwerpen_medewerker)->state == ct::status::met_late);
}

TEST_CASE("E11: UMC loopbaanadvies once per 5 years") {
    // E11; Cao umc art. 3.5 Loopbaanadvies ("eenmaal per vijf jaar recht op een
    // loopbaanadvies"), art. 3.6.1 Jaargesprek ("jaarlijks")
    CHECK(nl::umc_loopbaanadvies.id == "nl.cao-umc.3.5");
    CHECK(nl::umc_jaargesprek.id == "nl.cao-umc.3.6.1");
    const ct::interview advice[] = {{ok::loopbaanadvies, 2020_y / nov / 15}};
    const ct::request early[] = {{ok::loopbaanadvies, 2025_y / nov / 14}};
    ct::employee e{.id = "E11", .hire_date = 2012_y / sep / 1, .interviews = advice,
                   .requests = early};
    const auto ev = run(nl::umc_policy, e, 2025_y / nov / 14);
    CHECK_FALSE(nl_test::finding_of(ev, fk::entitlement, ok::loopbaanadvies));
    const auto* not_yet = nl_test::finding_of(ev, fk::advisory, ok::loopbaanadvies);
    REQUIRE(not_yet);
    CHECK(not_yet->date == 2025_y / nov / 15);
    CHECK(last_of(ev, ok::jaargesprek).due_date == 2025_y / dec / 31);

    const ct::request on_day[] = {{ok::loopbaanadvies, 2025_y / nov / 15}};
    e.requests = on_day;
    const auto ev2 = run(nl::umc_policy, e, 2025_y / nov / 16);
    CHECK(nl_test::finding_of(ev2, fk::entitlement, ok::loopbaanadvies));
}

TEST_CASE("Cao umc 2024-2025: 1 January 2024 to 31 December 2025") {
    // nfu.nl: "valid through 31 December 2025 ... retroactive effect from January 1" (2024)
    CHECK(nl::umc.in_force.begin == 2024_y / jan / 1);
    CHECK(nl::umc.in_force.last_day() == 2025_y / dec / 31);
    const ct::employee e{.id = "U", .hire_date = 2012_y / sep / 1};
    const auto ev = run(nl::umc_policy, e, 2026_y / jun / 1);
    CHECK(nl_test::count(ev, ok::jaargesprek) == 2);  // 2024 and 2025
}

TEST_CASE("E12: Waterschappen PBB split at 35, age on the request date") {
    // E12; Cao Waterschappen § 5.1; cao 2024 (binnenlandsbestuur.nl): "Werknemers tot 35 jaar
    // ... ten minste € 12.000"
    const ct::request on_birthday[] = {{ok::loopbaanbudget, 2024_y / may / 1}};
    const ct::request day_before[] = {{ok::loopbaanbudget, 2024_y / apr / 30}};
    ct::employee e{.id = "E12", .hire_date = 2015_y / jan / 5, .birth_date = 1989_y / may / 1,
                   .requests = on_birthday};
    const auto ev = run(nl::waterschappen_policy, e, 2024_y / jun / 1);
    const auto* f = nl_test::finding_of(ev, fk::entitlement, ok::loopbaanbudget);
    REQUIRE(f);
    CHECK(f->amount == ct::euros{600000});
    CHECK(f->review.begin == 2024_y / may / 1);
    CHECK(f->review.last_day() == 2029_y / apr / 30);
    CHECK_FALSE(nl_test::finding_of(ev, fk::entitlement, ok::loopbaanbudget, 1));

    e.requests = day_before;
    const auto ev2 = run(nl::waterschappen_policy, e, 2024_y / jun / 1);
    CHECK(nl_test::finding_of(ev2, fk::entitlement, ok::loopbaanbudget)->amount ==
          ct::euros{1200000});
}

TEST_CASE("Waterschappen: before 2024 everyone had 6,000, a second request within 5 years waits") {
    // cao 2021 (cnvconnectief.nl): PBB at least €6,000 per 5 years
    const ct::request asked[] = {{ok::loopbaanbudget, 2022_y / mar / 1},
                                 {ok::loopbaanbudget, 2024_y / mar / 1}};
    const ct::employee e{.id = "W", .hire_date = 2015_y / jan / 5, .birth_date = 1995_y / may / 1,
                         .requests = asked};
    const auto ev = run(nl::waterschappen_policy, e, 2024_y / jun / 1);
    const auto* first = nl_test::finding_of(ev, fk::entitlement, ok::loopbaanbudget);
    REQUIRE(first);
    CHECK(first->amount == ct::euros{600000});
    CHECK(first->rule == &nl::waterschappen_pbb_2021);
    const auto* wait = nl_test::finding_of(ev, fk::advisory, ok::loopbaanbudget);
    REQUIRE(wait);
    CHECK(wait->date == 2027_y / mar / 1);
}

TEST_CASE("Waterschappen: the loopbaangesprek is only on request, with no deadline") {
    // Cao Waterschappen § 5.1 (no response time in the text)
    const ct::request asked[] = {{ok::loopbaangesprek, 2024_y / mar / 4}};
    ct::employee e{.id = "W", .hire_date = 2015_y / jan / 5, .requests = asked};
    const auto ev = run(nl::waterschappen_policy, e, 2024_y / jun / 1);
    CHECK(nl_test::count(ev, ok::loopbaangesprek) == 0);
    const auto* f = nl_test::finding_of(ev, fk::entitlement, ok::loopbaangesprek);
    REQUIRE(f);
    CHECK(f->date == 2024_y / mar / 4);
}

TEST_CASE("Waterschappen: cao 2021 from 1 January 2021, cao 2024 for the calendar year 2024") {
    // cnvconnectief.nl (cao 2021, from 1 January 2021); binnenlandsbestuur.nl (cao 2024, 1
    // January to 31 December 2024)
    CHECK(nl::waterschappen.in_force.begin == 2021_y / jan / 1);
    CHECK(nl::waterschappen.in_force.last_day() == 2024_y / dec / 31);
    CHECK(nl::waterschappen_pbb_jong.in_force.last_day() == 2024_y / dec / 31);
    const ct::request asked[] = {{ok::loopbaanbudget, 2024_y / dec / 31}};
    ct::employee e{.id = "W2", .hire_date = 2015_y / jan / 5, .birth_date = 1995_y / may / 1,
                   .requests = asked};
    CHECK(nl_test::finding_of(run(nl::waterschappen_policy, e, 2025_y / jan / 2),
                              fk::entitlement, ok::loopbaanbudget)
              ->amount == ct::euros{1200000});
    const ct::request next_year[] = {{ok::loopbaanbudget, 2025_y / jan / 1}};
    e.requests = next_year;
    CHECK_FALSE(nl_test::finding_of(run(nl::waterschappen_policy, e, 2025_y / jan / 2),
                                    fk::entitlement, ok::loopbaanbudget));
}

TEST_CASE("E21: cao-NU PhD candidate plan, first-year evaluation and career advice") {
    // E21; cao-NU opleidings- en begeleidingsplan "binnen 3 maanden na de aanvang" and "tegen
    // het einde van het eerste jaar" (art. 6.8 of the text quoted by the VU model plan)
    const ct::employee e{.id = "E21", .hire_date = 2024_y / sep / 1,
                         .contract = ct::contract_kind::promovendus,
                         .contract_end = 2028_y / aug / 31};
    const auto ev = run(nl::cao_nu, e, 2024_y / sep / 15);
    CHECK(last_of(ev, ok::opleidingsplan).due_date == 2024_y / dec / 1);
    CHECK(last_of(ev, ok::beoordelingsgesprek).due_date == 2025_y / sep / 1);
    CHECK(last_of(ev, ok::jaargesprek).due_date == 2024_y / dec / 31);
    const auto* advice = nl_test::finding_of(ev, fk::entitlement, ok::loopbaanadvies);
    REQUIRE(advice);
    CHECK(advice->review.last_day() == 2028_y / aug / 31);
}

TEST_CASE("cao-NU 2024-2025: 1 July 2024 to 30 June 2025") {
    // hetpnn.nl: "De cao heeft een looptijd van 1 juli 2024 tot en met 30 juni 2025"
    CHECK(nl::cao_nu_source.in_force.begin == 2024_y / jul / 1);
    CHECK(nl::cao_nu_source.in_force.last_day() == 2025_y / jun / 30);
    const ct::employee hired_after{.id = "N", .hire_date = 2025_y / jul / 1,
                                   .contract = ct::contract_kind::promovendus,
                                   .contract_end = 2029_y / jun / 30};
    const auto ev = run(nl::cao_nu, hired_after, 2025_y / jul / 15);
    CHECK(nl_test::count(ev, ok::opleidingsplan) == 0);
    CHECK(nl_test::finding_of(ev, fk::advisory, ok::loopbaangesprek)->rule == &nl::cao_nu_source);
}

TEST_CASE("cao-NU career advice needs a temporary contract of 2 years or more") {
    ct::employee e{.id = "T", .hire_date = 2024_y / sep / 1,
                   .contract = ct::contract_kind::bepaalde_tijd,
                   .contract_end = 2026_y / aug / 31};
    CHECK(nl_test::finding_of(run(nl::cao_nu, e, 2024_y / sep / 15), fk::entitlement,
                              ok::loopbaanadvies));
    e.contract_end = 2026_y / aug / 30;  // one day short of 2 years
    CHECK_FALSE(nl_test::finding_of(run(nl::cao_nu, e, 2024_y / sep / 15), fk::entitlement,
                                    ok::loopbaanadvies));
    e.contract = ct::contract_kind::onbepaalde_tijd;
    e.contract_end.reset();
    const auto ev = run(nl::cao_nu, e, 2024_y / sep / 15);
    CHECK_FALSE(nl_test::finding_of(ev, fk::entitlement, ok::loopbaanadvies));
    CHECK(nl_test::count(ev, ok::opleidingsplan) == 0);  // not a PhD candidate
}
