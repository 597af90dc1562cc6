// Writes the core's results as JSON (nlohmann ordered_json, so keys keep a readable order).
#include "core/report_json.hpp"

#include <nlohmann/json.hpp>

#include "core/json_write.hpp"
#include "core/text.hpp"

namespace ometer {

namespace {

using json_write::ojson;
using json_write::round_to;

std::string dump(const ojson& j, JsonStyle style) {
    return j.dump(style.indent, ' ', false, ojson::error_handler_t::replace);
}

ojson measure(const Measure& m) {
    if (!m.present()) return nullptr;
    ojson j;
    json_write::put_figures(j, m);
    j["reliability"] = std::string(reliability_name(m.reliability));
    if (m.top_coded) j["top_coded"] = true;
    return j;
}

ojson riasec_object(const std::array<double, 6>& scores, int decimals) {
    ojson j = ojson::object();
    for (std::size_t t = 0; t < 6; ++t) j[std::string(1, kRiasecLetters[t])] = round_to(scores[t], decimals);
    return j;
}

ojson figure(const Figure& f) {
    ojson j;
    if (f.value) j["value"] = round_to(*f.value, 2);
    else j["value"] = nullptr;
    j["source"] = f.source_id;
    if (f.value) j["reliability"] = std::string(reliability_name(f.reliability));
    if (f.top_coded) j["top_coded"] = true;
    if (!f.note.empty()) j["note"] = f.note;
    return j;
}

ojson type_names(const std::vector<int>& types) {
    ojson j = ojson::array();
    for (int t : types) j.push_back(std::string(riasec_name(t)));
    return j;
}

// The headline figures every list entry carries (search, quiz matches).
void headline(const Bundle& b, const Occupation& occ, ojson& j) {
    if (occ.pay_annual.median) j["pay_annual_median"] = round_to(*occ.pay_annual.median, 2);
    else j["pay_annual_median"] = nullptr;
    if (b.region == Region::uk) {
        if (occ.pay_weekly.median) j["pay_weekly_median"] = round_to(*occ.pay_weekly.median, 2);
        else j["pay_weekly_median"] = nullptr;
        if (occ.hours_weekly.median) j["hours_weekly_median"] = round_to(*occ.hours_weekly.median, 2);
        else j["hours_weekly_median"] = nullptr;
        if (occ.skill_level) j["skill_level"] = *occ.skill_level;
    } else {
        if (occ.outlook.growth_pct) j["growth_pct"] = *occ.outlook.growth_pct;
        if (occ.job_zone) j["job_zone"] = *occ.job_zone;
    }
}

}  // namespace

std::string occupation_json(const Bundle& b, const Occupation& occ, JsonStyle style) {
    ojson j;
    j["region"] = std::string(region_name(b.region));
    j["code"] = occ.code;
    j["title"] = occ.title;
    j["description"] = occ.description;
    j["tasks"] = occ.tasks;
    if (!occ.entry_routes.empty()) j["entry_routes"] = occ.entry_routes;
    if (!occ.education.empty()) j["education"] = occ.education;
    if (occ.skill_level) j["skill_level"] = *occ.skill_level;
    if (occ.job_zone) j["job_zone"] = *occ.job_zone;
    if (occ.interests) {
        j["interests"] = riasec_object(occ.interests->scores, 2);
        j["high_point"] = occ.interests->high_point;
    } else {
        j["interests"] = nullptr;
    }
    j["skills"] = occ.skills;
    if (!occ.knowledge.empty()) j["knowledge"] = occ.knowledge;
    j["currency"] = b.currency;
    const std::pair<const char*, const Measure*> ms[] = {
        {"pay_annual", &occ.pay_annual},   {"pay_annual_ft", &occ.pay_annual_ft}, {"pay_weekly", &occ.pay_weekly},
        {"pay_weekly_ft", &occ.pay_weekly_ft}, {"pay_hourly", &occ.pay_hourly}, {"hours_weekly", &occ.hours_weekly},
        {"hours_weekly_ft", &occ.hours_weekly_ft}};
    for (const auto& [key, m] : ms)
        if (m->present() || b.region == Region::uk || key == std::string("pay_annual") || key == std::string("pay_hourly"))
            j[key] = measure(*m);
    if (occ.jobs) j["jobs"] = round_to(*occ.jobs, 0);
    else j["jobs"] = nullptr;
    ojson outlook = json_write::outlook_figures(occ.outlook);
    if (b.region == Region::us) {
        outlook["bright_outlook"] = occ.outlook.bright_outlook;
        if (!occ.outlook.bright_categories.empty()) outlook["bright_categories"] = occ.outlook.bright_categories;
    }
    j["outlook"] = outlook;
    if (!occ.onet.empty()) j["onet"] = json_write::onet_links(occ.onet);
    ojson sources = ojson::object();
    for (const auto& [field, src] : b.field_sources) sources[field] = src;
    j["sources"] = sources;
    j["data_version"] = b.data_version;
    return dump(j, style);
}

std::string search_json(const Bundle& b, const std::vector<SearchHit>& hits, JsonStyle style) {
    ojson arr = ojson::array();
    for (const auto& h : hits) {
        const Occupation& occ = b.occupations[h.occupation];
        ojson j;
        j["code"] = occ.code;
        j["title"] = occ.title;
        j["score"] = round_to(h.score, 4);
        j["matched"] = utf8_sanitise(h.title);
        j["matched_kind"] = std::string(title_kind_name(h.kind));
        ojson hl = ojson::array();
        for (const auto& [s, e] : h.highlights) hl.push_back(ojson::array({s, e}));
        j["highlights"] = hl;
        headline(b, occ, j);
        arr.push_back(std::move(j));
    }
    return dump(arr, style);
}

std::string comparison_json(const Bundle& b, const Comparison& cmp, JsonStyle style) {
    ojson j;
    j["region"] = std::string(region_name(b.region));
    j["currency"] = b.currency;
    ojson items = ojson::array();
    for (const auto& c : cmp.items) {
        const Occupation& occ = b.occupations[c.occupation];
        ojson it;
        it["code"] = occ.code;
        it["title"] = occ.title;
        it["pay_annual"] = figure(c.pay_annual);
        if (b.region == Region::uk) it["pay_weekly"] = figure(c.pay_weekly);
        it["pay_hourly"] = figure(c.pay_hourly);
        if (b.region == Region::uk) it["hours_weekly"] = figure(c.hours_weekly);
        it["jobs"] = figure(c.jobs);
        it["growth_pct"] = figure(c.growth_pct);
        it["growth_label"] = c.growth_label;
        if (b.region == Region::us) it["openings_per_year"] = figure(c.openings_per_year);
        if (c.pay_vs_average) it["pay_vs_average"] = round_to(*c.pay_vs_average, 4);
        else it["pay_vs_average"] = nullptr;
        if (b.region == Region::uk) {
            if (c.hours_vs_average) it["hours_vs_average"] = round_to(*c.hours_vs_average, 2);
            else it["hours_vs_average"] = nullptr;
        }
        if (occ.skill_level) it["skill_level"] = *occ.skill_level;
        if (occ.job_zone) it["job_zone"] = *occ.job_zone;
        it["top_interests"] = type_names(c.top_types);
        items.push_back(std::move(it));
    }
    j["occupations"] = items;
    j["average"] = {{"label", cmp.average_label},
                    {"pay_annual", figure(cmp.average_pay_annual)},
                    {"pay_weekly", figure(cmp.average_pay_weekly)},
                    {"hours_weekly", figure(cmp.average_hours_weekly)}};
    if (b.region == Region::us) {
        j["average"].erase("pay_weekly");
        j["average"].erase("hours_weekly");
    }
    j["shared_interests"] = type_names(cmp.shared_types);
    if (cmp.highest_paid) j["highest_paid"] = b.occupations[cmp.items[*cmp.highest_paid].occupation].code;
    else j["highest_paid"] = nullptr;
    if (cmp.pay_spread_ratio) j["pay_spread_ratio"] = round_to(*cmp.pay_spread_ratio, 4);
    else j["pay_spread_ratio"] = nullptr;
    j["data_version"] = b.data_version;
    return dump(j, style);
}

std::string quiz_json(const Bundle& b, const QuizForm& form, AnswerScale scale, const Profile& p,
                      const MatchResult& result, JsonStyle style) {
    ojson j;
    j["region"] = std::string(region_name(b.region));
    j["form"] = form.id;
    j["scale"] = scale_points(scale);
    j["profile"] = riasec_object(p.raw, 2);
    j["profile_max"] = riasec_object(p.max, 2);
    j["profile_normalised"] = riasec_object(p.normalised, 4);
    j["code"] = p.code;
    j["flat"] = p.flat;
    j["fallback"] = result.fallback;
    if (!result.message.empty()) j["message"] = result.message;
    ojson matches = ojson::array();
    for (const auto& m : result.matches) {
        const Occupation& occ = b.occupations[m.occupation];
        ojson it;
        it["code"] = occ.code;
        it["title"] = occ.title;
        it["fit"] = std::string(fit_name(m.fit));
        it["score"] = round_to(m.correlation, 4);
        it["riasec"] = occ.interests ? riasec_object(occ.interests->scores, 2) : ojson(nullptr);
        it["shared_interests"] = type_names(m.shared_types);
        it["reason"] = m.reason;
        headline(b, occ, it);
        matches.push_back(std::move(it));
    }
    j["matches"] = matches;
    j["data_version"] = b.data_version;
    return dump(j, style);
}

std::string bundle_info_json(const Bundle& b, JsonStyle style) {
    ojson j;
    j["region"] = std::string(region_name(b.region));
    j["schema"] = b.schema;
    j["data_version"] = b.data_version;
    j["currency"] = b.currency;
    j["occupations"] = b.occupations.size();
    ojson sources = ojson::array();
    for (const auto& s : b.sources)
        sources.push_back({{"id", s.id}, {"name", s.name}, {"years", s.years}, {"licence", s.licence}, {"credit", s.credit}, {"url", s.url}});
    j["sources"] = sources;
    return dump(j, style);
}

std::string quiz_info_json(const Quiz& q, JsonStyle style) {
    ojson j;
    j["data_version"] = q.data_version;
    ojson items = ojson::array();
    for (const auto& i : q.items)
        items.push_back({{"id", i.id}, {"type", std::string(1, kRiasecLetters[static_cast<std::size_t>(i.type)])}, {"text", i.text}});
    j["items"] = items;
    ojson forms = ojson::array();
    for (const auto& f : q.forms) forms.push_back({{"id", f.id}, {"name", f.name}, {"note", f.note}, {"items", f.item_ids}});
    j["forms"] = forms;
    ojson sources = ojson::array();
    for (const auto& s : q.sources) sources.push_back({{"id", s.id}, {"name", s.name}, {"licence", s.licence}, {"credit", s.credit}});
    j["sources"] = sources;
    return dump(j, style);
}

std::string error_json(const std::string& message, JsonStyle style) {
    ojson j;
    j["error"] = utf8_sanitise(message);
    return dump(j, style);
}

}  // namespace ometer
