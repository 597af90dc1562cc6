// The small rules every JSON the project writes follows, shared by the reports (core/report_json.cpp) and
// the pipeline's bundles (tools/pack/bundle_write.cpp) so a figure or a quiz statement reads the same in both.
#pragma once

#include <cmath>
#include <cstdint>
#include <nlohmann/json.hpp>

#include "core/model.hpp"
#include "core/quiz.hpp"

namespace ometer::json_write {

using ojson = nlohmann::ordered_json;

// Rounded, and written as an integer when whole ("38077", not "38077.0").
inline ojson round_to(double v, int decimals) {
    const double f = std::pow(10.0, decimals);
    const double r = std::round(v * f) / f;
    if (r == std::floor(r) && std::fabs(r) < 9.0e15) return static_cast<std::int64_t>(r);
    return r;
}

// The figures a Measure has (a suppressed one is left out, never written as 0), to the penny, and which
// of them are top-coded ("this much or more"). Its reliability is the caller's: a bundle omits an unknown
// one, a report always states it. `with_spread` false leaves out the mean and CV (web cards).
inline void put_figures(ojson& j, const Measure& m, bool with_spread = true) {
    ojson top = ojson::array();
    for (Stat s : {Stat::p10, Stat::p25, Stat::median, Stat::p75, Stat::p90, Stat::mean}) {
        const auto& v = m.get(s);
        if (!v || (!with_spread && s == Stat::mean)) continue;
        j[std::string(stat_name(s))] = round_to(*v, 2);
        if (m.is_top_coded(s)) top.push_back(std::string(stat_name(s)));
    }
    if (with_spread && m.cv) j["cv"] = round_to(*m.cv, 2);
    if (!top.empty()) j["top_coded"] = top;
}

// Where figures come from, when not the occupation's own.
inline ojson figures_from(const FiguresFrom& f) {
    return {{"origin", std::string(figure_origin_name(f.origin))}, {"code", f.code}, {"title", f.title}};
}

// An outlook's series and figures (the Bright Outlook flag is the caller's: bundles write it only when set,
// US reports always).
inline ojson outlook_figures(const Outlook& o) {
    ojson j = ojson::object();
    for (const auto& s : o.series) {
        ojson pts = ojson::array();
        for (const auto& p : s.points) pts.push_back(ojson::array({p.year, round_to(p.value, 2)}));
        j["series"].push_back({{"source", s.source_id}, {"label", s.label}, {"points", pts}});
    }
    if (o.growth_pct) j["growth_pct"] = *o.growth_pct;
    if (o.openings_per_year) j["openings_per_year"] = round_to(*o.openings_per_year, 0);
    if (o.employment_now) j["employment_now"] = round_to(*o.employment_now, 0);
    if (o.employment_projected) j["employment_projected"] = round_to(*o.employment_projected, 0);
    return j;
}

// A UK unit group's crosswalk links to O*NET occupations.
inline ojson onet_links(const std::vector<OnetLink>& links) {
    ojson j = ojson::array();
    for (const auto& l : links) j.push_back({{"code", l.code}, {"title", l.title}, {"weight", round_to(l.weight, 4)}});
    return j;
}

// A quiz's statements (id, Holland letter, text) and its forms, as the quiz bundle and the API's quiz
// info both list them.
inline void put_quiz_items_and_forms(ojson& j, const Quiz& q) {
    ojson items = ojson::array();
    for (const auto& i : q.items)
        items.push_back({{"id", i.id}, {"type", std::string(1, kRiasecLetters[static_cast<std::size_t>(i.type)])}, {"text", i.text}});
    j["items"] = items;
    ojson forms = ojson::array();
    for (const auto& f : q.forms) forms.push_back({{"id", f.id}, {"name", f.name}, {"note", f.note}, {"items", f.item_ids}});
    j["forms"] = forms;
}

}  // namespace ometer::json_write
