// The readers of an occupations bundle's parts: its header and sources, a measure's figures, and one
// occupation with everything in it. Each checks types and ranges and names the path of what is wrong.
#include "core/bundle_fields.hpp"

#include <tuple>

namespace ometer::json_read {

namespace {

bool read_figures_from(Reader& r, const json& obj, const Path& path, const char* key, FiguresFrom& out) {
    const json* v = r.object(obj, path, key, false);
    if (r.failed()) return false;
    if (!v) return true;  // the occupation's own figures
    const Path p = path.key(key);
    std::string origin;
    if (!r.str(*v, p, "origin", origin) || !r.str(*v, p, "code", out.code) || !r.str(*v, p, "title", out.title)) return false;
    auto o = parse_figure_origin(origin);
    if (!o) return r.fail(p.key("origin"), "expected \"own\", \"group\" or \"aggregate\", got \"" + origin + "\"");
    out.origin = *o;
    if (out.origin != FigureOrigin::own && (out.code.empty() || out.title.empty()))
        return r.fail(p, "a group's or aggregate's figures need its code and title");
    return true;
}

bool read_interests(Reader& r, const json& obj, const Path& path, std::optional<InterestProfile>& out) {
    const json* v = r.object(obj, path, "interests", false);
    if (r.failed()) return false;
    if (!v) return true;
    const Path p = path.key("interests");
    const json* scores = r.array(*v, p, "scores", true);
    if (!scores) return false;
    if (scores->size() != 6) return r.fail(p.key("scores"), "expected 6 scores (R I A S E C), got " + std::to_string(scores->size()));
    InterestProfile ip;
    for (std::size_t i = 0; i < 6; ++i) {
        const Path ps = p.key("scores").item(i);
        if (!r.expect((*scores)[i], json::value_t::number_float, ps, "a number")) return false;
        double d = (*scores)[i].get<double>();
        if (!(d >= 1 && d <= 7)) return r.fail(ps, "expected a score from 1 to 7");
        ip.scores[i] = d;
    }
    if (!r.str(*v, p, "high_point", ip.high_point, false)) return false;
    for (char c : ip.high_point)
        if (!riasec_from_letter(c)) return r.fail(p.key("high_point"), "letters must be R, I, A, S, E or C");
    out = std::move(ip);
    return true;
}

bool read_outlook(Reader& r, const json& obj, const Path& path, Outlook& o) {
    const json* v = r.object(obj, path, "outlook", false);
    if (r.failed()) return false;
    if (!v) return true;
    const Path p = path.key("outlook");
    if (const json* series = r.array(*v, p, "series", false)) {
        for (std::size_t i = 0; i < series->size(); ++i) {
            const Path ps = p.key("series").item(i);
            const json& s = (*series)[i];
            if (!r.expect(s, json::value_t::object, ps, "an object")) return false;
            Series out;
            if (!r.str(s, ps, "source", out.source_id) || !r.str(s, ps, "label", out.label)) return false;
            const json* points = r.array(s, ps, "points", true);
            if (!points) return false;
            for (std::size_t k = 0; k < points->size(); ++k) {
                const Path pp = ps.key("points").item(k);
                const json& pt = (*points)[k];
                if (!pt.is_array() || pt.size() != 2 || !pt[0].is_number_integer() || !pt[1].is_number())
                    return r.fail(pp, "expected [year, value]");
                const double value = pt[1].get<double>();
                if (pt[0].get<long long>() < 1900 || pt[0].get<long long>() > 2100 || !std::isfinite(value) || value < 0 ||
                    value > kCount.hi)
                    return r.fail(pp, "expected a year from 1900 to 2100 and a value from 0 to " + limit_text(kCount.hi));
                out.points.push_back({pt[0].get<int>(), pt[1].get<double>()});
            }
            o.series.push_back(std::move(out));
        }
    }
    if (r.failed()) return false;
    return r.num(*v, p, "growth_pct", o.growth_pct, kGrowthPercent) &&
           r.num(*v, p, "openings_per_year", o.openings_per_year, kCount) &&
           r.num(*v, p, "employment_now", o.employment_now, kCount) &&
           r.num(*v, p, "employment_projected", o.employment_projected, kCount) &&
           r.boolean(*v, p, "bright_outlook", o.bright_outlook) &&
           r.strings(*v, p, "bright_categories", o.bright_categories);
}

bool read_onet_links(Reader& r, const json& obj, const Path& path, std::vector<OnetLink>& out) {
    const json* arr = r.array(obj, path, "onet", false);
    if (r.failed()) return false;
    if (!arr) return true;
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const Path p = path.key("onet").item(i);
        const json& l = (*arr)[i];
        if (!r.expect(l, json::value_t::object, p, "an object")) return false;
        OnetLink link;
        std::optional<double> w;
        if (!r.str(l, p, "code", link.code) || !r.str(l, p, "title", link.title, false) ||
            !r.num(l, p, "weight", w, kWeight, true))
            return false;
        link.weight = *w;
        out.push_back(std::move(link));
    }
    return true;
}

}  // namespace

bool read_header(Reader& r, const json& doc, const char* kind, int& schema, std::string& data_version) {
    std::optional<int> s;
    if (!r.integer(doc, kTop, "schema", s, 0, 1000000, true)) return false;
    if (*s != kSchemaVersion)
        return r.fail(kTop.key("schema"), "unsupported schema version " + std::to_string(*s) + " (this build reads version " +
                                    std::to_string(kSchemaVersion) + ")");
    schema = *s;
    std::string k;
    if (!r.str(doc, kTop, "kind", k)) return false;
    if (k != kind) return r.fail(kTop.key("kind"), "expected \"" + std::string(kind) + "\", got \"" + k + "\"");
    return r.str(doc, kTop, "data_version", data_version);
}

bool read_region(Reader& r, const json& doc, Region& region) {
    std::string text;
    if (!r.str(doc, kTop, "region", text)) return false;
    auto parsed = parse_region(text);
    if (!parsed) return r.fail(kTop.key("region"), "expected \"uk\" or \"us\", got \"" + text + "\"");
    region = *parsed;
    return true;
}

bool read_sources(Reader& r, const json& doc, std::vector<Source>& out) {
    const json* arr = r.array(doc, kTop, "sources", true);
    if (!arr) return false;
    for (std::size_t i = 0; i < arr->size(); ++i) {
        const Path p = kTop.key("sources").item(i);
        const json& s = (*arr)[i];
        if (!r.expect(s, json::value_t::object, p, "an object")) return false;
        Source src;
        if (!r.str(s, p, "id", src.id) || !r.str(s, p, "name", src.name) || !r.str(s, p, "licence", src.licence) ||
            !r.str(s, p, "credit", src.credit) || !r.str(s, p, "years", src.years, false) ||
            !r.str(s, p, "url", src.url, false))
            return false;
        out.push_back(std::move(src));
    }
    return true;
}

// A measure's figures; `range` bounds every figure (money or hours). "top_coded" lists the figures that
// mean "this much or more".
bool read_measure(Reader& r, const json& obj, const Path& path, const char* key, Measure& m, Range range) {
    const json* v = r.object(obj, path, key, false);
    if (r.failed()) return false;
    if (!v) return true;  // not published
    const Path p = path.key(key);
    std::string rel = "unknown";
    for (Stat s : {Stat::p10, Stat::p25, Stat::median, Stat::p75, Stat::p90, Stat::mean}) {
        const std::string name(stat_name(s));
        if (!r.num(*v, p, name.c_str(), m.get(s), range, s == Stat::median)) return false;
    }
    if (!r.num(*v, p, "cv", m.cv, kPercentCv) || !r.str(*v, p, "reliability", rel, false)) return false;
    std::vector<std::string> top;
    if (!r.strings(*v, p, "top_coded", top)) return false;
    for (std::size_t i = 0; i < top.size(); ++i) {
        auto s = parse_stat(top[i]);
        if (!s || !m.get(*s)) return r.fail(p.key("top_coded").item(i), "names no figure of this measure");
        m.set_top_coded(*s);
    }
    auto parsed = parse_reliability(rel);
    if (!parsed) return r.fail(p.key("reliability"), "unknown reliability \"" + rel + "\"");
    m.reliability = *parsed;
    return true;
}

// The fields a split bundle keeps in its details file; a full bundle has them inline.
bool read_details_fields(Reader& r, const json& o, const Path& p, Occupation& occ, bool required) {
    return r.str(o, p, "description", occ.description, required) && r.strings(o, p, "tasks", occ.tasks, required) &&
           r.str(o, p, "entry_routes", occ.entry_routes, false) && r.str(o, p, "education", occ.education, false) &&
           r.strings(o, p, "related", occ.related);
}

bool read_occupation(Reader& r, const json& o, const Path& p, BundlePart part, Occupation& occ) {
    if (!r.expect(o, json::value_t::object, p, "an object")) return false;
    occ.has_details = part == BundlePart::full;
    if (!r.str(o, p, "code", occ.code) || !r.str(o, p, "title", occ.title) ||
        (part == BundlePart::full && !read_details_fields(r, o, p, occ, true)) ||
        !r.integer(o, p, "skill_level", occ.skill_level, 1, 4) || !r.integer(o, p, "job_zone", occ.job_zone, 2, 5) ||
        !read_interests(r, o, p, occ.interests) || !r.strings(o, p, "skills", occ.skills) ||
        !r.strings(o, p, "knowledge", occ.knowledge))
        return false;
    if (occ.code.empty()) return r.fail(p.key("code"), "must not be empty");
    const std::tuple<const char*, Measure*, Range> measures[] = {
        {"pay_annual", &occ.pay_annual, kMoney},     {"pay_annual_ft", &occ.pay_annual_ft, kMoney},
        {"pay_weekly", &occ.pay_weekly, kMoney},     {"pay_weekly_ft", &occ.pay_weekly_ft, kMoney},
        {"pay_hourly", &occ.pay_hourly, kMoney},     {"hours_weekly", &occ.hours_weekly, kHours},
        {"hours_weekly_ft", &occ.hours_weekly_ft, kHours}};
    for (const auto& [key, m, range] : measures)
        if (!read_measure(r, o, p, key, *m, range)) return false;
    return r.num(o, p, "jobs", occ.jobs, kCount) && r.num(o, p, "jobs_ft", occ.jobs_ft, kCount) &&
           r.num(o, p, "people", occ.people, kCount) && r.boolean(o, p, "people_lower_bound", occ.people_lower_bound) &&
           read_figures_from(r, o, p, "pay_from", occ.pay_from) &&
           read_figures_from(r, o, p, "outlook_from", occ.outlook_from) && read_outlook(r, o, p, occ.outlook) &&
           read_onet_links(r, o, p, occ.onet);
}

}  // namespace ometer::json_read
