#include "timeline.hpp"

#include "labels.hpp"

#include <careertalk/fr/regime_a.hpp>
#include <careertalk/fr/versions.hpp>
#include <careertalk/io/names.hpp>
#include <careertalk/nl/catalogue.hpp>

#include <algorithm>
#include <array>
#include <cstdio>

namespace careertalk::cli {

namespace {

// The page: 1000 px wide; rows from the top (axis, bands, absences, interviews held, one row
// per obligation, then the review periods).
constexpr int width = 1000;
constexpr int left = 20;
constexpr int right = 20;
constexpr int axis_y = 30;
constexpr int band_y = 40;
constexpr int absence_y = 66;
constexpr int held_y = 90;
constexpr int first_row_y = 112;
constexpr int row_height = 20;

// The regimes of French law and the rule that opens each.
struct regime {
    year_month_day from, to;
    labels name;
    const rule_ref* rule;
};
constexpr std::array<regime, 4> french_regimes{{
    {fr::regime_a::ani_2003_date, fr::loi_2014,
     {"2003 agreements", "accords de 2003", "akkoorden van 2003"},
     &fr::regime_a::ani_2003_entretien},
    {fr::loi_2014, fr::loi_2018, {"2014 law", "loi de 2014", "wet van 2014"},
     &fr::rules::periodique_2014},
    {fr::loi_2018, fr::loi_2025, {"2019 criteria", "critères de 2019", "criteria van 2019"},
     &fr::rules::accord_2019},
    {fr::loi_2025, open_end, {"2025 law", "loi de 2025", "wet van 2025"},
     &fr::rules::periodique_2025},
}};
constexpr labels term_label{"term", "durée", "looptijd"};

// Fill colours by status (the status is also written: colour is not its only carrier).
constexpr std::array<std::string_view, 8> status_colours{
    "#2e7d32",  // met
    "#827717",  // met late
    "#c62828",  // overdue
    "#e65100",  // due soon
    "#1565c0",  // upcoming
    "#616161",  // not required
    "#6a1b9a",  // advisory
    "#37474f",  // no record
};
static_assert(status_colours.size() == status_labels.size());

constexpr labels as_of_label{"as of", "au", "peildatum"};
constexpr labels absence_label{"absence", "absence", "afwezigheid"};
constexpr labels held_label{"held", "réalisé", "gehouden"};
constexpr labels review_label{"review period", "période de l'état des lieux", "beoordeelde periode"};
constexpr labels timeline_label{"Timeline of", "Frise de", "Tijdlijn van"};

std::string date_text(year_month_day d) {
    char b[16];
    std::snprintf(b, sizeof b, "%04d-%02u-%02u", static_cast<int>(d.year()),
                  static_cast<unsigned>(d.month()), static_cast<unsigned>(d.day()));
    return b;
}

// Text and attribute values: XML's five special characters escaped.
std::string xml(std::string_view v) {
    std::string s;
    for (char c : v) {
        switch (c) {
            case '&': s += "&amp;"; break;
            case '<': s += "&lt;"; break;
            case '>': s += "&gt;"; break;
            case '"': s += "&quot;"; break;
            case '\'': s += "&apos;"; break;
            default: s.push_back(c);
        }
    }
    return s;
}

std::string rule_text(const rule_ref* r) {
    return r ? std::string{r->id} + ": " + std::string{r->citation} : std::string{};
}

// Dates to x, over [begin, end].
class scale {
public:
    scale(year_month_day begin, year_month_day end)
        : begin_(sys_days{begin}), days_(std::max(1, (sys_days{end} - sys_days{begin}).count())) {}
    int x(year_month_day d) const {
        const int n = std::clamp((sys_days{d} - begin_).count(), 0, days_);
        return left + static_cast<int>(static_cast<long long>(n) * (width - left - right) / days_);
    }

private:
    sys_days begin_;
    int days_;
};

// The parts one after the other.
std::string cat(std::initializer_list<std::string_view> parts) {
    std::string s;
    for (std::string_view p : parts) s += p;
    return s;
}

// An attribute's name and value (escaped when written).
struct attr {
    std::string_view name;
    std::string value;
    attr(std::string_view n, std::string_view v) : name(n), value(v) {}
    attr(std::string_view n, int v) : name(n), value(std::to_string(v)) {}
};

// <name a="v" ...> (or <name .../> when `empty`), appended to `s`.
void tag(std::string& s, std::string_view name, std::initializer_list<attr> attrs,
         bool empty = true) {
    s += '<';
    s += name;
    for (const attr& a : attrs) {
        s += ' ';
        s += a.name;
        s += "=\"";
        s += xml(a.value);
        s += '"';
    }
    s += empty ? "/>" : ">";
}

// <name ...>text</name>
void element(std::string& s, std::string_view name, std::initializer_list<attr> attrs,
             std::string_view text) {
    tag(s, name, attrs, false);
    s += xml(text);
    s += "</";
    s += name;
    s += '>';
}

// A focusable group with its tooltip; close it with "</g>".
void open_item(std::string& s, std::string_view cls, std::string_view title) {
    tag(s, "g", {{"class", cls}, {"tabindex", "0"}}, false);
    element(s, "title", {}, title);
}

void rect(std::string& s, int x, int y, int w, int h, std::string_view fill) {
    tag(s, "rect", {{"x", x}, {"y", y}, {"width", std::max(w, 2)}, {"height", h}, {"fill", fill}});
}

void line(std::string& s, int x1, int y1, int x2, int y2) {
    tag(s, "line", {{"x1", x1}, {"y1", y1}, {"x2", x2}, {"y2", y2}, {"stroke", "#000"}});
}

void text(std::string& s, int x, int y, std::string_view t, std::string_view anchor = "start") {
    element(s, "text", {{"x", x}, {"y", y}, {"text-anchor", anchor}}, t);
}

// A label that stays on the page: after x when it fits, else before it.
void side_text(std::string& s, int x, int y, std::string_view t) {
    constexpr int char_px = 6;
    if (x + 6 + static_cast<int>(t.size()) * char_px < width) text(s, x + 6, y, t);
    else text(s, x - 6, y, t, "end");
}

}  // namespace

std::vector<timeline_band> timeline_bands(std::string_view rules, const company& c, lang l) {
    std::vector<timeline_band> bands;
    if (rules == "fr" || rules.starts_with("fr:")) {
        for (const regime& r : french_regimes)
            bands.push_back({r.from, r.to, std::string{r.name(l)}, r.rule});
        return bands;
    }
    const nl::conversation_policy* p = rules.starts_with("nl:") ? nl::find_policy(rules.substr(3))
                                       : rules == "nl" && !c.cao.empty() ? nl::find_policy(c.cao)
                                                                        : nullptr;
    if (p != nullptr)
        bands.push_back({p->valid.begin, p->valid.end, cat({p->name, " ", term_label(l)}),
                         p->source.get()});
    return bands;
}

std::string timeline_svg(const timeline_input& in) {
    const lang l = in.language;
    year_month_day begin = in.facts.hire_date, end = in.until;
    for (const timeline_entry& t : in.shown) {
        begin = std::min(begin, t.o->window_start);
        end = std::max(end, t.o->due_date);
    }
    const scale sc{begin, end};
    const int rows = static_cast<int>(in.shown.size());
    int reviews = 0;
    for (const finding& f : in.ev.findings)
        reviews += f.kind == finding_kind::penalty || f.kind == finding_kind::no_penalty;
    const int height = first_row_y + (rows + reviews) * row_height + 20;
    const std::string title = std::string{timeline_label(l)} + " " + std::string{in.id};

    std::string s = R"(<?xml version="1.0" encoding="UTF-8"?>)" "\n";
    tag(s, "svg",
        {{"xmlns", "http://www.w3.org/2000/svg"}, {"width", width}, {"height", height},
         {"viewBox", "0 0 " + std::to_string(width) + " " + std::to_string(height)},
         {"role", "img"}, {"aria-label", title}, {"font-family", "sans-serif"},
         {"font-size", "11"}},
        false);
    element(s, "title", {}, title);
    // Text keeps a white halo over the bars; the focused item is outlined.
    element(s, "style", {},
            "text{paint-order:stroke;stroke:#fff;stroke-width:3px}"
            "g[tabindex]:focus{outline:2px solid #000}");
    s += '\n';

    // The axis, a tick each 1 January.
    tag(s, "g", {{"class", "axis"}}, false);
    line(s, left, axis_y, width - right, axis_y);
    const int years = static_cast<int>(end.year()) - static_cast<int>(begin.year());
    const int step = std::max(1, years / 12);
    for (int y = static_cast<int>(begin.year()) + 1; y <= static_cast<int>(end.year()); y += step) {
        const int x = sc.x(date::year{y} / date::January / 1);
        line(s, x, axis_y - 4, x, axis_y + 4);
        text(s, x, axis_y - 8, std::to_string(y), "middle");
    }
    s += "</g>\n";

    for (const timeline_band& b : in.bands) {
            if (!(b.from < end) || !(begin < b.to)) continue;
            const int x0 = sc.x(std::max(b.from, begin)), x1 = sc.x(std::min(b.to, end));
            open_item(s, "band", cat({b.name, " — ", rule_text(b.rule)}));
            tag(s, "rect", {{"x", x0}, {"y", band_y}, {"width", x1 - x0}, {"height", 18},
                            {"fill", "#eceff1"}, {"stroke", "#90a4ae"}});
            text(s, x0 + 3, band_y + 13, b.name);
            s += "</g>\n";
    }

    for (const absence& a : in.facts.absences) {
        const year_month_day last = a.end ? *a.end : in.as_of;
        const int x0 = sc.x(a.start);
        std::string what{absence_label(l)};
        what += " ";
        what += io::name_of(a.kind);
        what += " " + date_text(a.start) + " –";
        if (a.end) what += " " + date_text(*a.end);
        open_item(s, "absence", what);
        rect(s, x0, absence_y, sc.x(last) - x0, 12, "#b0bec5");
        s += "</g>\n";
    }

    for (const interview& i : in.facts.interviews) {
        if (in.as_of < i.date) continue;
        std::string what{held_label(l)};
        what += " " + date_text(i.date) + ": ";
        what += label_of(obligation_labels, i.kind, l);
        open_item(s, "held", what);
        tag(s, "circle", {{"cx", sc.x(i.date)}, {"cy", held_y}, {"r", 5}, {"fill", "#2e7d32"},
                          {"stroke", "#000"}});
        s += "</g>\n";
    }

    int y = first_row_y;
    for (const timeline_entry& t : in.shown) {
        const obligation& o = *t.o;
        const std::string_view colour = status_colours[static_cast<std::size_t>(t.state)];
        const std::string name{label_of(obligation_labels, o.kind, l)};
        const std::string state{label_of(status_labels, t.state, l)};
        std::string cls = "obligation status-";
        cls += io::name_of(t.state);
        open_item(s, cls,
                  cat({name, " — ", state, ", ", date_text(o.window_start), " – ",
                       date_text(o.due_date), " — ", rule_text(o.rule)}));
        const int x0 = sc.x(o.window_start), x1 = sc.x(o.due_date);
        tag(s, "rect", {{"x", x0}, {"y", y}, {"width", std::max(x1 - x0, 2)}, {"height", 10},
                        {"fill", colour}, {"fill-opacity", "0.35"}});
        // The due date: a diamond in the status colour.
        tag(s, "path", {{"d", "M" + std::to_string(x1) + " " + std::to_string(y - 2) +
                                  " l6 7 l-6 7 l-6 -7 z"},
                        {"fill", colour}});
        side_text(s, x1 + 4, y + 9, cat({name, " (", state, ", ", date_text(o.due_date), ")"}));
        s += "</g>\n";
        y += row_height;
    }

    for (const finding& f : in.ev.findings) {
        if (f.kind != finding_kind::penalty && f.kind != finding_kind::no_penalty) continue;
        const int x0 = sc.x(f.review.begin), x1 = sc.x(f.review.end);
        std::string what{review_label(l)};
        what += " " + date_text(f.review.begin) + " – " + date_text(f.review.end) + ": ";
        what += label_of(finding_labels, f.kind, l);
        if (f.kind == finding_kind::penalty && f.amount.cents != 0)
            what += " EUR " + std::to_string(f.amount.cents / 100);
        std::string cls = "review ";
        cls += io::name_of(f.kind);
        open_item(s, cls, what + " — " + rule_text(f.rule));
        tag(s, "path",
            {{"d", "M" + std::to_string(x0) + " " + std::to_string(y) + " v8 H" +
                       std::to_string(x1) + " v-8"},
             {"fill", "none"},
             {"stroke", f.kind == finding_kind::penalty ? "#c62828" : "#2e7d32"},
             {"stroke-width", "2"}});
        side_text(s, x1, y + 10, what);
        s += "</g>\n";
        y += row_height;
    }

    // The as-of date: a dashed line over everything.
    const int x = sc.x(in.as_of);
    tag(s, "g", {{"class", "as-of"}}, false);
    tag(s, "line", {{"x1", x}, {"y1", axis_y}, {"x2", x}, {"y2", height - 10}, {"stroke", "#000"},
                    {"stroke-dasharray", "4 3"}});
    text(s, x, height - 2, std::string{as_of_label(l)} + " " + date_text(in.as_of), "middle");
    s += "</g>\n</svg>\n";
    return s;
}

}  // namespace careertalk::cli
