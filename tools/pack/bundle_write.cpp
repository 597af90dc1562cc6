// The one place the pipeline writes JSON: bundles in the schema core/bundle_read.hpp reads (documented
// in assets/data/README.md). Output is deterministic: ordered keys, fixed rounding, no timestamps.
#include <map>
#include <tuple>
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

ojson measure_json(const Measure& m, bool with_spread = true) {
    ojson j;
    json_write::put_figures(j, m, with_spread);
    if (m.reliability != Reliability::unknown) j["reliability"] = std::string(reliability_name(m.reliability));
    return j;
}

// The fields a split bundle keeps in its details file.
void put_details(ojson& j, const Occupation& o) {
    j["description"] = o.description;
    j["tasks"] = o.tasks;
    if (!o.entry_routes.empty()) j["entry_routes"] = o.entry_routes;
    if (!o.education.empty()) j["education"] = o.education;
    if (!o.related.empty()) j["related"] = o.related;
}

// One occupation. The web's cards part keeps what the cards, the search list and the quiz list show:
// no descriptions (the details file has them), no skills, knowledge, crosswalk links, weekly figures,
// means, CVs or UK series, which no widget reads.
ojson occupation_json(const Occupation& o, BundlePart part) {
    const bool full = part == BundlePart::full;
    ojson j;
    j["code"] = o.code;
    j["title"] = o.title;
    if (full) put_details(j, o);
    if (o.skill_level) j["skill_level"] = *o.skill_level;
    if (o.job_zone) j["job_zone"] = *o.job_zone;
    if (o.interests) {
        ojson scores = ojson::array();
        for (double s : o.interests->scores) scores.push_back(round_to(s, 2));
        j["interests"] = {{"scores", scores}, {"high_point", o.interests->high_point}};
    }
    if (full && !o.skills.empty()) j["skills"] = o.skills;
    if (full && !o.knowledge.empty()) j["knowledge"] = o.knowledge;
    const std::tuple<const char*, const Measure*, bool> ms[] = {
        {"pay_annual", &o.pay_annual, true},         {"pay_annual_ft", &o.pay_annual_ft, true},
        {"pay_weekly", &o.pay_weekly, false},        {"pay_weekly_ft", &o.pay_weekly_ft, false},
        {"pay_hourly", &o.pay_hourly, true},         {"hours_weekly", &o.hours_weekly, true},
        {"hours_weekly_ft", &o.hours_weekly_ft, false}};
    for (const auto& [key, m, on_cards] : ms)
        if (m->present() && (full || on_cards)) j[key] = measure_json(*m, full);  // absent = not published, never 0
    if (o.jobs) j["jobs"] = round_to(*o.jobs, 0);
    if (o.jobs_ft) j["jobs_ft"] = round_to(*o.jobs_ft, 0);
    if (o.people) j["people"] = round_to(*o.people, 0);
    if (o.people_lower_bound) j["people_lower_bound"] = true;
    if (!o.pay_from.own()) j["pay_from"] = json_write::figures_from(o.pay_from);
    if (!o.outlook_from.own()) j["outlook_from"] = json_write::figures_from(o.outlook_from);
    Outlook outlook = o.outlook;
    if (!full) outlook.series.clear();
    ojson oj = json_write::outlook_figures(outlook);
    if (o.outlook.bright_outlook) {
        oj["bright_outlook"] = true;
        oj["bright_categories"] = o.outlook.bright_categories;
    }
    if (!oj.empty()) j["outlook"] = oj;
    if (full && !o.onet.empty()) j["onet"] = json_write::onet_links(o.onet);
    return j;
}

std::string occupations_json(const Bundle& b, BundlePart part) {
    ojson j;
    header(j, "occupations", b.data_version);
    j["region"] = std::string(region_name(b.region));
    if (part == BundlePart::cards) j["part"] = "cards";
    j["currency"] = b.currency;
    j["sources"] = sources_json(b.sources);
    std::map<std::string, std::string> fs(b.field_sources.begin(), b.field_sources.end());  // sorted keys
    j["field_sources"] = fs;
    j["averages"] = {{"label", b.averages.label}};
    const std::pair<const char*, const Measure*> averages[] = {
        {"pay_annual", &b.averages.pay_annual},       {"pay_weekly", &b.averages.pay_weekly},
        {"hours_weekly", &b.averages.hours_weekly},   {"pay_annual_ft", &b.averages.pay_annual_ft},
        {"pay_hourly", &b.averages.pay_hourly},       {"hours_weekly_ft", &b.averages.hours_weekly_ft}};
    for (const auto& [key, m] : averages)
        if (m->present()) j["averages"][key] = measure_json(*m);
    // Written by hand around the occupations so each one sits on its own line.
    std::string head = j.dump(-1, ' ', false, ojson::error_handler_t::strict);
    head.pop_back();  // closing brace
    std::string out = head + ",\"occupations\":[\n";
    for (std::size_t i = 0; i < b.occupations.size(); ++i) {
        out += occupation_json(b.occupations[i], part).dump(-1, ' ', false, ojson::error_handler_t::strict);
        out += i + 1 < b.occupations.size() ? ",\n" : "\n";
    }
    out += "]}\n";
    return out;
}

}  // namespace

std::string bundle_to_json(const Bundle& b) { return occupations_json(b, BundlePart::full); }

std::string cards_to_json(const Bundle& b) { return occupations_json(b, BundlePart::cards); }

std::string details_to_json(const Bundle& b) {
    ojson j;
    header(j, "details", b.data_version);
    j["region"] = std::string(region_name(b.region));
    std::string head = j.dump(-1, ' ', false, ojson::error_handler_t::strict);
    head.pop_back();
    std::string out = head + ",\"details\":{\n";
    for (std::size_t i = 0; i < b.occupations.size(); ++i) {
        ojson d;
        put_details(d, b.occupations[i]);
        out += ojson(b.occupations[i].code).dump() + ":" + d.dump(-1, ' ', false, ojson::error_handler_t::strict);
        out += i + 1 < b.occupations.size() ? ",\n" : "\n";
    }
    out += "}}\n";
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
    json_write::put_quiz_items_and_forms(j, q);
    return dump(j);
}

}  // namespace ometer::pack
