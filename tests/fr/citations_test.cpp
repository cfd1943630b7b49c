// Every French rule cites the article versions in force on the dates where it applies. Source:
// the snapshot tests/data/legi/code_du_travail.json (each cited Code du travail article version
// with its LEGIARTI id and in-force dates, extracted from @socialgouv/legi-data, the DILA LEGI
// base, by cmake/extract_legi.mjs) and include/careertalk/fr/texts.hpp, generated from it.
//
// The check (docs/fr/readings.md#citations):
//   - every LEGIARTI id a citation names is a version, in the snapshot, of an article the
//     citation names;
//   - each cited version is in force on some day of the rule's in_force;
//   - the cited versions of an article together cover the whole of in_force (from the article's
//     first version): a rule spanning several versions cites each, or "vA ... to vB ...";
//   - a Code du travail article the citation names after "C. trav., art." carries an id, when
//     the snapshot has the article.
#include <careertalk/catalogue.hpp>
#include <careertalk/fr/agenda.hpp>
#include <careertalk/fr/texts.hpp>

#include "catch.hpp"

#include <boost/json.hpp>

#include <algorithm>
#include <fstream>
#include <map>
#include <regex>
#include <set>
#include <sstream>
#include <string>
#include <vector>

using namespace careertalk;
using namespace date::literals;
using namespace std::string_view_literals;

namespace {

struct version {
    std::string article;
    std::string id;
    int number = 0;
    period in_force{};
};

struct snapshot {
    std::map<std::string, version, std::less<>> by_id;
    std::map<std::string, std::vector<version>, std::less<>> by_article;
};

year_month_day parse_day(std::string_view s)
{
    const int y = std::stoi(std::string{s.substr(0, 4)});
    const auto m = static_cast<unsigned>(std::stoi(std::string{s.substr(5, 2)}));
    const auto d = static_cast<unsigned>(std::stoi(std::string{s.substr(8, 2)}));
    return date::year{y} / date::month{m} / date::day{d};
}

const boost::json::value& snapshot_json()
{
    static const boost::json::value v = [] {
        std::ifstream in{CAREERTALK_LEGI_SNAPSHOT};
        std::stringstream text;
        text << in.rdbuf();
        return boost::json::parse(text.str());
    }();
    return v;
}

const snapshot& legi()
{
    static const snapshot s = [] {
        snapshot out;
        const auto& root = snapshot_json().as_object();
        const std::string_view open{root.at("end_open").as_string()};
        for (const auto& a : root.at("articles").as_array()) {
            const std::string num{a.at("num").as_string()};
            for (const auto& v : a.at("versions").as_array()) {
                const std::string_view end{v.at("end").as_string()};
                version x{num,
                          std::string{v.at("id").as_string()},
                          static_cast<int>(v.at("version").as_int64()),
                          {parse_day(v.at("start").as_string()),
                           end == open ? open_end : parse_day(end)}};
                out.by_id.emplace(x.id, x);
                out.by_article[num].push_back(x);
            }
        }
        return out;
    }();
    return s;
}

// What is wrong with `r`'s citation, or "" when nothing is.
std::string check(const rule_ref& r, const snapshot& s)
{
    const std::string c{r.citation};
    static const std::regex id_re{"LEGIARTI[0-9]{12}"};
    std::vector<std::pair<const version*, std::size_t>> ids; // version, position in c
    for (auto it = std::sregex_iterator(c.begin(), c.end(), id_re); it != std::sregex_iterator();
         ++it) {
        const auto found = s.by_id.find(it->str());
        if (found == s.by_id.end())
            return it->str() + " is not in the snapshot";
        ids.emplace_back(&found->second, static_cast<std::size_t>(it->position()));
    }
    // The versions each article is cited in, "vA id to vB id" taken as the range.
    std::map<std::string, std::set<int>, std::less<>> cited;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        const version& v = *ids[i].first;
        if (c.find(v.article) == std::string::npos)
            return v.id + " is a version of " + v.article + ", which the citation does not name";
        if (!v.in_force.overlaps(r.in_force))
            return v.id + " (" + v.article + " v" + std::to_string(v.number) +
                   ") is not in force on any day of the rule";
        int from = v.number;
        if (i > 0 && ids[i - 1].first->article == v.article &&
            c.substr(ids[i - 1].second, ids[i].second - ids[i - 1].second).find(" to ") !=
                std::string::npos)
            from = ids[i - 1].first->number;
        for (int n = from; n <= v.number; ++n)
            cited[v.article].insert(n);
    }
    for (const auto& [article, numbers] : cited) {
        for (const version& v : s.by_article.find(article)->second)
            if (v.in_force.overlaps(r.in_force) && !numbers.contains(v.number))
                return article + " v" + std::to_string(v.number) + " (" + v.id +
                       ") is in force on the rule's dates but not cited";
    }
    // "C. trav., art. X and Y (" ... : each article of the snapshot there needs an id.
    static const std::regex art_re{R"(C\. trav\., art\. ([^(;]*))"};
    static const std::regex num_re{"[LR][0-9]{4}(-[0-9]+)+"};
    for (auto it = std::sregex_iterator(c.begin(), c.end(), art_re); it != std::sregex_iterator();
         ++it) {
        const std::string clause = (*it)[1].str();
        for (auto n = std::sregex_iterator(clause.begin(), clause.end(), num_re);
             n != std::sregex_iterator(); ++n)
            if (s.by_article.contains(n->str()) && !cited.contains(n->str()))
                return n->str() + " is cited without the LEGIARTI id of its version";
    }
    return {};
}

bool french(const rule_set& set)
{
    return set.id == "fr" || set.id.starts_with("fr:");
}

} // namespace

TEST_CASE("the snapshot holds each cited article's versions, contiguous, ids unique")
{
    const snapshot& s = legi();
    REQUIRE(s.by_article.contains("L6315-1"));
    REQUIRE(s.by_article.contains("L6315-2"));
    for (const auto& [article, versions] : s.by_article) {
        CAPTURE(article);
        for (std::size_t i = 0; i + 1 < versions.size(); ++i) {
            REQUIRE(versions[i].in_force.begin < versions[i].in_force.end);
            REQUIRE(versions[i].number < versions[i + 1].number);
            // L6315-2 was repealed from 2014-03-07 to 2019-12-29: the only gap.
            if (article != "L6315-2")
                REQUIRE(versions[i].in_force.end == versions[i + 1].in_force.begin);
        }
        REQUIRE(versions.back().in_force.end == open_end);
    }
    // Légifrance, L6315-1: v4 LEGIARTI000037385750 in force 2019-01-01 to 2019-12-31.
    const version& v4 = s.by_id.at("LEGIARTI000037385750");
    REQUIRE(v4.article == "L6315-1");
    REQUIRE(v4.number == 4);
    REQUIRE(v4.in_force == inclusive(2019_y / jan / 1, 2019_y / dec / 31));
    // L2141-5 v3 (loi 2015-994 of 17 Aug 2015): the end-of-mandate interview, from 2015-08-19.
    REQUIRE(s.by_id.at("LEGIARTI000031085258").in_force.begin == 2015_y / aug / 19);
}

TEST_CASE("texts.hpp holds the snapshot's texts (regenerated together)")
{
    const auto& root = snapshot_json().as_object();
    std::size_t versions = 0;
    for (const auto& a : root.at("articles").as_array())
        for (const auto& v : a.at("versions").as_array()) {
            const std::string_view id{v.at("id").as_string()};
            CAPTURE(id);
            ++versions;
            const fr::texts::article_version* t = fr::texts::find(id);
            REQUIRE(t != nullptr);
            REQUIRE(t->article == std::string_view{a.at("num").as_string()});
            REQUIRE(t->start == std::string_view{v.at("start").as_string()});
            if (v.at("text").is_null())
                REQUIRE(t->text.empty());
            else
                REQUIRE(t->text == std::string_view{v.at("text").as_string()});
        }
    REQUIRE(versions == std::size(fr::texts::versions));
    // L6315-1 v4 (2019): id and dates, no text in any snapshot.
    REQUIRE(fr::texts::find("LEGIARTI000037385750")->last == "2019-12-31");
    REQUIRE(fr::texts::find("LEGIARTI000037385750")->text.empty());
    // L6315-1 v7, II, al. 1: "Tous les huit ans".
    REQUIRE(fr::texts::find("LEGIARTI000053279288")->text.find("II. ― Tous les huit ans") !=
            std::string_view::npos);
}

TEST_CASE("the checker finds the known kinds of citation error")
{
    const snapshot& s = legi();
    // Issue 15 §5: the 2019-2022 return list citing v5 only; v4 was in force in 2019.
    const rule_ref v5_only{.id = "t"sv,
                           .citation =
                               "C. trav., art. L6315-1, I, al. 2 (v5, LEGIARTI000038610069)"sv,
                           .in_force = {2019_y / jan / 1, 2025_y / oct / 26}};
    REQUIRE(check(v5_only, s).find("v4") != std::string::npos);
    const rule_ref v4_v5{.id = "t"sv,
                         .citation = "C. trav., art. L6315-1, I, al. 2 (v4 LEGIARTI000037385750, "
                                     "v5 LEGIARTI000038610069)"sv,
                         .in_force = {2019_y / jan / 1, 2025_y / oct / 26}};
    REQUIRE(check(v4_v5, s).empty());
    // A version not in force on any day of the rule (v5 on 2026 dates).
    const rule_ref late{.id = "t"sv,
                        .citation = "C. trav., art. L6315-1, II (v5, LEGIARTI000038610069)"sv,
                        .in_force = {2025_y / oct / 26, open_end}};
    REQUIRE(check(late, s).find("not in force") != std::string::npos);
    // "v2 ... to v5 ..." covers v3 and v4.
    const rule_ref range{.id = "t"sv,
                         .citation = "C. trav., art. L6315-1, I (v2 LEGIARTI000028698019 to v5 "
                                     "LEGIARTI000038610069)"sv,
                         .in_force = {2014_y / mar / 7, 2025_y / oct / 26}};
    REQUIRE(check(range, s).empty());
    // An id of another article than the one cited; an unversioned article.
    const rule_ref other{.id = "t"sv,
                         .citation = "C. trav., art. L2141-5 (LEGIARTI000038610069)"sv,
                         .in_force = {2020_y / jan / 1, 2020_y / feb / 1}};
    REQUIRE(check(other, s).find("does not name") != std::string::npos);
    const rule_ref bare{.id = "t"sv,
                        .citation = "C. trav., art. L2141-5"sv,
                        .in_force = {2020_y / jan / 1, open_end}};
    REQUIRE(check(bare, s).find("without the LEGIARTI id") != std::string::npos);
}

TEST_CASE("every French rule cites the versions in force on its dates")
{
    const snapshot& s = legi();
    std::size_t checked = 0;
    for (const rule_set* set : catalogue) {
        if (!french(*set))
            continue;
        for (const rule_ref* r : set->rules) {
            const std::string problem = check(*r, s);
            CAPTURE(set->id, r->id, problem);
            CHECK(problem.empty());
            ++checked;
        }
    }
    REQUIRE(checked > 80);
}

TEST_CASE("each agenda list cites rules in force whenever the list is used")
{
    // fr/agenda.hpp base_agenda() and etat_des_lieux_agenda(): the dates each list is used on.
    struct used {
        std::span<const agenda_item> items;
        period dates;
    };
    const used lists[] = {
        {fr::agendas::entretien_2014, {fr::loi_2014, fr::loi_2016}},
        {fr::agendas::entretien_2016, {fr::loi_2016, fr::loi_2018}},
        {fr::agendas::entretien_2019, {fr::loi_2018, fr::loi_2025}},
        {fr::agendas::epp_2025, {fr::loi_2025, open_end}},
        {fr::agendas::etat_des_lieux_6, {fr::loi_2014, fr::loi_2025}},
        {fr::agendas::etat_des_lieux_8, {fr::loi_2025, open_end}},
    };
    for (const used& u : lists)
        for (const agenda_item& i : u.items) {
            CAPTURE(i.id, i.rule->id);
            REQUIRE(!(u.dates.begin < i.rule->in_force.begin));
            REQUIRE(!(i.rule->in_force.end < u.dates.end));
        }
    REQUIRE(
        fr::etat_des_lieux_agenda(2026_y / mar / 2).front().rule->in_force_on(2026_y / mar / 2));
}

TEST_CASE("L6315-2: the local elected official's interview, on request, from 2019-12-29")
{
    // L6315-2 v3 (LEGIARTI000041412011, loi 2019-1461) and v4 (LEGIARTI000053152504): at the
    // start of the mandate, at the employee's request; "ne se substitue pas à l'entretien
    // professionnel"; v4 adds "au maximum une fois par année civile".
    const auto& set = fr::rules::schedule_all;
    REQUIRE(std::find(std::begin(set), std::end(set), &fr::rules::l6315_2) != std::end(set));
    REQUIRE(fr::rules::l6315_2.in_force.begin == 2019_y / dec / 29);
    REQUIRE_FALSE(fr::rules::l6315_2.in_force_on(2019_y / dec / 28));
    REQUIRE(fr::rules::l6315_2.in_force_on(2019_y / dec / 29));
    const std::string_view v3 = fr::texts::find("LEGIARTI000041412011")->text;
    REQUIRE(v3.find("à sa demande") != std::string_view::npos);
    REQUIRE(v3.find("ne se substitue pas à l'entretien professionnel") != std::string_view::npos);
    REQUIRE(fr::texts::find("LEGIARTI000041412011")->last == "2025-12-23");
    REQUIRE(fr::texts::find("LEGIARTI000053152504")->text.find("une fois par année civile") !=
            std::string_view::npos);
}

TEST_CASE("L2141-5 cites the versions with the end-of-mandate census, from 2015-08-19")
{
    // L2141-5 v3 (loi 2015-994, in force 2015-08-19) added the census of the competences acquired
    // during the mandate; v4 (2020-01-01) reads (snapshot) "au terme d'un mandat ... recensement".
    REQUIRE(fr::rules::l2141_5.in_force.begin == 2015_y / aug / 19);
    REQUIRE(fr::texts::find("LEGIARTI000031085258")->start == "2015-08-19");
    REQUIRE(fr::texts::find("LEGIARTI000035653309")->text.find("recensement des compétences") !=
            std::string_view::npos);
}
