// The one place the pipeline writes JSON: bundles in the schema core/bundle_read.cpp reads (documented
// in assets/data/README.md). Output is deterministic: ordered keys, fixed rounding, no timestamps.
#include <map>
#include <nlohmann/json.hpp>

#include "core/json_write.hpp"
#include "tools/pack/pack.hpp"

namespace ometer::pack {

namespace {

using json_write::ojson;
using json_write::round_to;

std::string dump(const ojson& j) {
    // One occupation per line keeps diffs of regenerated bundles readable without bloating the file.
    return j.dump(-1, ' ', false, ojson::error_handler_t::strict) + "\n";
}

void header(ojson& j, const char* kind, const std::string& data_version) {
    j["schema"] = kSchemaVersion;
    j["kind"] = kind;
    j["data_version"] = data_version;
}

ojson sources_json(const std::vector<Source>& sources) {
    ojson arr = ojson::array();
    for (const auto& s : sources)
        arr.push_back({{"id", s.id}, {"name", s.name}, {"years", s.years}, {"licence", s.licence}, {"credit", s.credit}, {"url", s.url}});
    return arr;
}

ojson measure_json(const Measure& m) {
    ojson j;
    json_write::put_figures(j, m);
    if (m.reliability != Reliability::unknown) j["reliability"] = std::string(reliability_name(m.reliability));
    if (m.top_coded) j["top_coded"] = true;
    return j;
}

ojson occupation_json(const Occupation& o) {
    ojson j;
    j["code"] = o.code;
    j["title"] = o.title;
    j["description"] = o.description;
    j["tasks"] = o.tasks;
    if (!o.entry_routes.empty()) j["entry_routes"] = o.entry_routes;
    if (!o.education.empty()) j["education"] = o.education;
    if (o.skill_level) j["skill_level"] = *o.skill_level;
    if (o.job_zone) j["job_zone"] = *o.job_zone;
    if (o.interests) {
        ojson scores = ojson::array();
        for (double s : o.interests->scores) scores.push_back(round_to(s, 2));
        j["interests"] = {{"scores", scores}, {"high_point", o.interests->high_point}};
    }
    if (!o.skills.empty()) j["skills"] = o.skills;
    if (!o.knowledge.empty()) j["knowledge"] = o.knowledge;
    const std::pair<const char*, const Measure*> ms[] = {
        {"pay_annual", &o.pay_annual}, {"pay_annual_ft", &o.pay_annual_ft}, {"pay_weekly", &o.pay_weekly},
        {"pay_weekly_ft", &o.pay_weekly_ft}, {"pay_hourly", &o.pay_hourly}, {"hours_weekly", &o.hours_weekly},
        {"hours_weekly_ft", &o.hours_weekly_ft}};
    for (const auto& [key, m] : ms)
        if (m->present()) j[key] = measure_json(*m);  // absent = not published, never 0
    if (o.jobs) j["jobs"] = round_to(*o.jobs, 0);
    ojson outlook = json_write::outlook_figures(o.outlook);
    if (o.outlook.bright_outlook) {
        outlook["bright_outlook"] = true;
        outlook["bright_categories"] = o.outlook.bright_categories;
    }
    if (!outlook.empty()) j["outlook"] = outlook;
    if (!o.onet.empty()) j["onet"] = json_write::onet_links(o.onet);
    return j;
}

}  // namespace

std::string bundle_to_json(const Bundle& b) {
    ojson j;
    header(j, "occupations", b.data_version);
    j["region"] = std::string(region_name(b.region));
    j["currency"] = b.currency;
    j["sources"] = sources_json(b.sources);
    std::map<std::string, std::string> fs(b.field_sources.begin(), b.field_sources.end());  // sorted keys
    j["field_sources"] = fs;
    j["averages"] = {{"label", b.averages.label}};
    if (b.averages.pay_annual.present()) j["averages"]["pay_annual"] = measure_json(b.averages.pay_annual);
    if (b.averages.pay_weekly.present()) j["averages"]["pay_weekly"] = measure_json(b.averages.pay_weekly);
    if (b.averages.hours_weekly.present()) j["averages"]["hours_weekly"] = measure_json(b.averages.hours_weekly);
    // Written by hand around the occupations so each one sits on its own line.
    std::string head = j.dump(-1, ' ', false, ojson::error_handler_t::strict);
    head.pop_back();  // closing brace
    std::string out = head + ",\"occupations\":[\n";
    for (std::size_t i = 0; i < b.occupations.size(); ++i) {
        out += occupation_json(b.occupations[i]).dump(-1, ' ', false, ojson::error_handler_t::strict);
        out += i + 1 < b.occupations.size() ? ",\n" : "\n";
    }
    out += "]}\n";
    return out;
}

std::string titles_to_json(const TitleSet& t, const Bundle& b) {
    ojson j;
    header(j, "titles", t.data_version);
    j["region"] = std::string(region_name(t.region));
    ojson by_code = ojson::object();
    for (const auto& e : t.titles) {
        const std::string& code = b.occupations[e.occupation].code;
        by_code[code][std::string(title_kind_name(e.kind))].push_back(e.text);
    }
    j["titles"] = by_code;
    return dump(j);
}

std::string quiz_to_json(const Quiz& q) {
    ojson j;
    header(j, "quiz", q.data_version);
    j["sources"] = sources_json(q.sources);
    ojson items = ojson::array();
    for (const auto& i : q.items)
        items.push_back({{"id", i.id}, {"type", std::string(1, kRiasecLetters[static_cast<std::size_t>(i.type)])}, {"text", i.text}});
    j["items"] = items;
    ojson forms = ojson::array();
    for (const auto& f : q.forms) forms.push_back({{"id", f.id}, {"name", f.name}, {"note", f.note}, {"items", f.item_ids}});
    j["forms"] = forms;
    return dump(j);
}

}  // namespace ometer::pack
