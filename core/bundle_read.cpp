// The one place the core reads JSON (nlohmann/json, parsed without exceptions). Every access is
// type-checked first, so bad input becomes an Error with a path like "occupations[3].pay_annual.median".
#include "core/bundle_read.hpp"

#include <array>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <tuple>
#include <unordered_set>

namespace ometer {

namespace {

using json = nlohmann::json;

std::string type_name(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::boolean: return "a boolean";
        case json::value_t::string: return "a string";
        case json::value_t::array: return "an array";
        case json::value_t::object: return "an object";
        case json::value_t::discarded: return "invalid JSON";
        default: return "a number";
    }
}

// Builds the document with nlohmann's own tree builder and remembers where parsing failed. One parser
// instantiation does both: json::parse (which also compiles its callback variant) and a second pass to
// find the error took three, some 9 KB of wasm.
class DomSax {
public:
    explicit DomSax(json& doc) : dom_(doc, false) {}

    bool failed = false;
    std::size_t position = 0;
    std::string what;

    bool null() { return dom_.null(); }
    bool boolean(bool v) { return dom_.boolean(v); }
    bool number_integer(json::number_integer_t v) { return dom_.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { return dom_.number_unsigned(v); }
    bool number_float(json::number_float_t v, const std::string& s) { return dom_.number_float(v, s); }
    bool string(std::string& v) { return dom_.string(v); }
    bool binary(json::binary_t& v) { return dom_.binary(v); }
    bool start_object(std::size_t n) { return dom_.start_object(n); }
    bool key(std::string& k) { return dom_.key(k); }
    bool end_object() { return dom_.end_object(); }
    bool start_array(std::size_t n) { return dom_.start_array(n); }
    bool end_array() { return dom_.end_array(); }
    bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception& ex) {
        failed = true;
        position = pos;
        what = ex.what();
        return false;
    }

private:
    nlohmann::detail::json_sax_dom_parser<json> dom_;
};

// Sane limits for each kind of number in a bundle; a value beyond them means the file is corrupt.
struct Range {
    double lo, hi;
};
constexpr Range kAnyNumber{-1e300, 1e300};
constexpr Range kMoney{0, 1e7};         // pay in pounds or dollars, per year, week or hour
constexpr Range kHours{0, 168};         // hours a week
constexpr Range kPercentCv{0, 1000};    // a coefficient of variation, percent
constexpr Range kCount{0, 2e9};         // jobs and people
constexpr Range kGrowthPercent{-100, 10000};
constexpr Range kWeight{0, 1.0001};     // crosswalk shares (rounded, so a hair over 1 may appear)

std::string limit_text(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

// Where a value sits in a document, as in occupations[3].pay_annual.median. A small value built as the
// reader descends and spelled out only when something is wrong: reading a good bundle builds no strings.
// Keys are views, so a key must outlive the paths made from it (literals, or the document's own keys).
class Path {
public:
    Path key(std::string_view k) const { return with({k, kNoIndex}); }
    Path item(std::size_t i) const { return with({{}, i}); }

    std::string text() const {
        std::string out;
        for (std::size_t i = 0; i < size_; ++i) {
            if (parts_[i].index != kNoIndex) {
                out += "[" + std::to_string(parts_[i].index) + "]";
            } else {
                if (!out.empty()) out += '.';
                out += parts_[i].key;
            }
        }
        return out;
    }

private:
    struct Part {
        std::string_view key;
        std::size_t index;
    };
    static constexpr std::size_t kNoIndex = static_cast<std::size_t>(-1);
    static constexpr std::size_t kDepth = 8;  // bundles nest 6 deep at most (outlook.series[k].points[j])

    Path with(Part part) const {
        Path p = *this;
        if (p.size_ < kDepth) p.parts_[p.size_++] = part;
        return p;
    }

    std::array<Part, kDepth> parts_{};
    std::size_t size_ = 0;
};

const Path kTop;

// Reads fields with type checks, remembering the first error.
class Reader {
public:
    explicit Reader(std::string name) : name_(std::move(name)) {}

    bool failed() const { return !error_.empty(); }
    Error error() const { return Error{error_}; }

    bool fail(const Path& path, const std::string& what) {
        if (error_.empty()) {
            std::string where = path.text();
            error_ = name_ + ": " + (where.empty() ? "" : where + ": ") + what;
        }
        return false;
    }

    const json* field(const json& obj, const Path& path, const char* key, bool required) {
        auto it = obj.find(key);
        if (it == obj.end()) {
            if (required) fail(path, std::string("missing field \"") + key + "\"");
            return nullptr;
        }
        return &*it;
    }

    bool expect(const json& v, json::value_t type, const Path& path, const char* what) {
        bool ok = v.type() == type || (type == json::value_t::number_float && v.is_number());
        if (!ok) fail(path, std::string("expected ") + what + ", got " + type_name(v));
        return ok;
    }

    bool str(const json& obj, const Path& path, const char* key, std::string& out, bool required = true) {
        const json* v = field(obj, path, key, required);
        if (!v) return !required;
        if (!expect(*v, json::value_t::string, path.key(key), "a string")) return false;
        out = v->get_ref<const std::string&>();
        return true;
    }

    // A number within [range.lo, range.hi]: anything beyond sane limits is a corrupt bundle, named by path.
    bool num(const json& obj, const Path& path, const char* key, std::optional<double>& out, Range range,
             bool required = false) {
        const json* v = field(obj, path, key, required);
        if (!v) return !required;
        if (!expect(*v, json::value_t::number_float, path.key(key), "a number")) return false;
        double d = v->get<double>();
        if (!std::isfinite(d)) return fail(path.key(key), "expected a finite number");
        if (d < range.lo || d > range.hi)
            return fail(path.key(key), "expected a number from " + limit_text(range.lo) + " to " + limit_text(range.hi) +
                                           ", got " + limit_text(d));
        out = d;
        return true;
    }

    bool integer(const json& obj, const Path& path, const char* key, std::optional<int>& out, int lo, int hi,
                 bool required = false) {
        std::optional<double> d;
        if (!num(obj, path, key, d, kAnyNumber, required)) return false;
        if (!d) return true;
        if (*d != std::floor(*d) || *d < lo || *d > hi)
            return fail(path.key(key), "expected a whole number from " + std::to_string(lo) + " to " + std::to_string(hi));
        out = static_cast<int>(*d);
        return true;
    }

    bool boolean(const json& obj, const Path& path, const char* key, bool& out) {
        const json* v = field(obj, path, key, false);
        if (!v) return true;
        if (!expect(*v, json::value_t::boolean, path.key(key), "true or false")) return false;
        out = v->get<bool>();
        return true;
    }

    bool strings(const json& obj, const Path& path, const char* key, std::vector<std::string>& out,
                 bool required = false) {
        const json* v = field(obj, path, key, required);
        if (!v) return !required;
        const Path p = path.key(key);
        if (!expect(*v, json::value_t::array, p, "an array of strings")) return false;
        out.clear();
        out.reserve(v->size());
        for (std::size_t i = 0; i < v->size(); ++i) {
            if (!expect((*v)[i], json::value_t::string, p.item(i), "a string")) return false;
            out.push_back((*v)[i].get_ref<const std::string&>());
        }
        return true;
    }

    const json* object(const json& obj, const Path& path, const char* key, bool required) {
        const json* v = field(obj, path, key, required);
        if (v && !expect(*v, json::value_t::object, path.key(key), "an object")) return nullptr;
        return v;
    }

    const json* array(const json& obj, const Path& path, const char* key, bool required) {
        const json* v = field(obj, path, key, required);
        if (v && !expect(*v, json::value_t::array, path.key(key), "an array")) return nullptr;
        return v;
    }

private:
    std::string name_;
    std::string error_;
};

Result<json> parse_document(std::string_view text, const std::string& name) {
    json doc;
    DomSax sax(doc);
    json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, true);
    if (sax.failed) {
        std::string what = sax.what.empty() ? "not valid JSON" : sax.what;
        return Error{name + ": invalid JSON at byte " + std::to_string(sax.position) + " (" + what + ")"};
    }
    if (!doc.is_object()) return Error{name + ": expected a JSON object at the top level, got " + type_name(doc)};
    return doc;
}

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

}  // namespace

Result<Bundle> read_bundle(std::string_view text, const std::string& name) {
    auto parsed = parse_document(text, name);
    if (!parsed) return Error{parsed.error()};
    const json& doc = parsed.value();
    Reader r(name);
    Bundle b;
    std::string part = "full";
    if (!read_header(r, doc, "occupations", b.schema, b.data_version) || !read_region(r, doc, b.region) ||
        !r.str(doc, kTop, "currency", b.currency) || !r.str(doc, kTop, "part", part, false) || !read_sources(r, doc, b.sources))
        return r.error();
    if (part == "cards") b.part = BundlePart::cards;
    else if (part != "full") return Error{name + ": part: expected \"full\" or \"cards\", got \"" + part + "\""};
    if (const json* fs = r.object(doc, kTop, "field_sources", false)) {
        for (const auto& [k, v] : fs->items()) {
            if (!v.is_string()) return Error{name + ": field_sources." + k + ": expected a string, got " + type_name(v)};
            b.field_sources[k] = v.get<std::string>();
        }
    }
    if (r.failed()) return r.error();
    if (const json* avg = r.object(doc, kTop, "averages", true)) {
        const std::tuple<const char*, Measure*, Range> measures[] = {
            {"pay_annual", &b.averages.pay_annual, kMoney},       {"pay_weekly", &b.averages.pay_weekly, kMoney},
            {"hours_weekly", &b.averages.hours_weekly, kHours},   {"pay_annual_ft", &b.averages.pay_annual_ft, kMoney},
            {"pay_hourly", &b.averages.pay_hourly, kMoney},       {"hours_weekly_ft", &b.averages.hours_weekly_ft, kHours}};
        const Path averages = kTop.key("averages");
        if (!r.str(*avg, averages, "label", b.averages.label)) return r.error();
        for (const auto& [key, m, range] : measures)
            if (!read_measure(r, *avg, averages, key, *m, range)) return r.error();
    } else {
        return r.error();
    }
    const json* occs = r.array(doc, kTop, "occupations", true);
    if (!occs) return r.error();
    if (occs->empty()) return Error{name + ": occupations: expected at least one occupation"};
    b.occupations.resize(occs->size());
    std::unordered_set<std::string> seen;
    for (std::size_t i = 0; i < occs->size(); ++i) {
        const Path p = kTop.key("occupations").item(i);
        if (!read_occupation(r, (*occs)[i], p, b.part, b.occupations[i])) return r.error();
        if (!seen.insert(b.occupations[i].code).second)
            return Error{name + ": " + p.text() + ".code: duplicate code \"" + b.occupations[i].code + "\""};
    }
    b.rebuild_lookup();
    for (std::size_t i = 0; i < b.occupations.size(); ++i)
        for (std::size_t k = 0; k < b.occupations[i].related.size(); ++k)
            if (!b.find(b.occupations[i].related[k]) || b.occupations[i].related[k] == b.occupations[i].code)
                return Error{name + ": occupations[" + std::to_string(i) + "].related[" + std::to_string(k) +
                             "]: not another occupation of this bundle"};
    return b;
}

Result<bool> read_details(std::string_view text, Bundle& bundle, const std::string& name) {
    auto parsed = parse_document(text, name);
    if (!parsed) return Error{parsed.error()};
    const json& doc = parsed.value();
    Reader r(name);
    int schema = 0;
    std::string version;
    Region region = Region::uk;
    if (!read_header(r, doc, "details", schema, version) || !read_region(r, doc, region)) return r.error();
    if (region != bundle.region || version != bundle.data_version)
        return Error{name + ": details are for " + std::string(region_name(region)) + " data " + version +
                     " but the cards are for " + std::string(region_name(bundle.region)) + " data " + bundle.data_version};
    const json* by_code = r.object(doc, kTop, "details", true);
    if (!by_code) return r.error();
    // Read into copies first, so a bad file leaves the bundle as it was.
    std::vector<std::pair<std::size_t, Occupation>> read;
    for (const auto& [code, fields] : by_code->items()) {
        const Path p = kTop.key("details").key(code);
        auto index = bundle.index_of(code);
        if (!index) return Error{name + ": " + p.text() + ": unknown occupation code"};
        Occupation occ;
        occ.code = code;
        if (!r.expect(fields, json::value_t::object, p, "an object") || !read_details_fields(r, fields, p, occ, true))
            return r.error();
        for (std::size_t k = 0; k < occ.related.size(); ++k)
            if (!bundle.find(occ.related[k]) || occ.related[k] == code)
                return Error{name + ": " + p.key("related").item(k).text() + ": not another occupation of this bundle"};
        read.emplace_back(*index, std::move(occ));
    }
    for (auto& [i, occ] : read) {
        Occupation& to = bundle.occupations[i];
        to.description = std::move(occ.description);
        to.tasks = std::move(occ.tasks);
        to.entry_routes = std::move(occ.entry_routes);
        to.education = std::move(occ.education);
        to.related = std::move(occ.related);
        to.has_details = true;
    }
    return true;
}

namespace {

// Reads a titles file in one pass with nlohmann's SAX interface, straight into the title list: the
// coding index has ~38,000 titles, and a document tree of them (every string allocated, copied out, then
// freed) cost three times as much. Checks and messages are those of the other readers: the header is
// checked as read_header does, and a bad title names its path ("titles.5241.index[3]").
class TitlesSax {
public:
    TitlesSax(const Bundle& bundle, TitleSet& out) : bundle_(bundle), out_(out) {}

    json header;              // schema, kind, data_version and region, as read
    std::string error;        // the first problem in the titles, by path
    bool titles_seen = false;
    std::string titles_type;  // what "titles" held when it was not an object

    bool null() { return scalar("null", nullptr); }
    bool boolean(bool v) { return scalar("a boolean", v); }
    bool number_integer(json::number_integer_t v) { return scalar("a number", v); }
    bool number_unsigned(json::number_unsigned_t v) { return scalar("a number", v); }
    bool number_float(json::number_float_t v, const std::string&) { return scalar("a number", v); }
    bool binary(json::binary_t&) { return scalar("binary", nullptr); }
    bool string(std::string& v) {
        if (depth_ == 4 && skip_ == 0 && error.empty()) {
            out_.titles.push_back({std::move(v), occupation_, kind_});
            ++item_;
            return true;
        }
        return scalar("a string", v);
    }
    bool start_object(std::size_t) { return open("an object"); }
    bool start_array(std::size_t) { return open("an array"); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(std::string& k) {
        if (skip_ > 0) return true;
        if (depth_ == 1) top_key_ = k;
        else if (depth_ == 2) code_ = k;
        else if (depth_ == 3) kind_name_ = k;
        return true;
    }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
        parse_failed = true;
        parse_position = position;
        parse_what = ex.what();
        return false;
    }
    bool parse_failed = false;
    std::size_t parse_position = 0;
    std::string parse_what;
    std::string top_type;  // what the document was when not an object

private:
    Path where() const {
        Path p = kTop.key("titles").key(code_);
        if (depth_ >= 3) p = p.key(kind_name_);
        if (depth_ >= 4) p = p.item(item_);
        return p;
    }
    bool problem(const std::string& what) {
        if (error.empty()) error = where().text() + ": " + what;
        return true;  // keep reading: a header problem later in the file is reported first
    }

    // A value that is not an object or array, at the current depth.
    bool scalar(const char* type, json value) {
        if (skip_ > 0) return true;
        if (depth_ == 0) {
            top_type = type;
        } else if (depth_ == 1) {
            if (top_key_ == "titles") {
                titles_seen = true;
                titles_type = type;
            } else if (top_key_ == "schema" || top_key_ == "kind" || top_key_ == "data_version" || top_key_ == "region") {
                header[top_key_] = std::move(value);
            }
        } else if (depth_ == 2) {
            if (entering_group()) problem(std::string("expected an object, got ") + type);
        } else if (depth_ == 3) {
            if (entering_kind()) problem(std::string("expected an array, got ") + type);
        } else if (depth_ == 4) {
            problem(std::string("expected a string, got ") + type);
            ++item_;
        }
        return true;
    }

    bool open(const char* type) {
        if (skip_ > 0) {
            ++skip_;
            return true;
        }
        const bool object = type[3] == 'o';  // "an object"
        if (depth_ == 0) {
            if (!object) top_type = type;
            else depth_ = 1;
            if (!object) ++skip_;
            return true;
        }
        bool enter = false;
        if (depth_ == 1) {
            if (top_key_ == "titles") {
                titles_seen = true;
                enter = object;
                if (!object) titles_type = type;
            } else if (top_key_ == "schema" || top_key_ == "kind" || top_key_ == "data_version" || top_key_ == "region") {
                header[top_key_] = object ? json::object() : json::array();  // the header check names the type
            }
        } else if (depth_ == 2) {
            enter = entering_group() && (object || (problem(std::string("expected an object, got ") + type), false));
        } else if (depth_ == 3) {
            enter = entering_kind() && (!object || (problem(std::string("expected an array, got ") + type), false));
            item_ = 0;
        } else if (depth_ == 4) {
            problem(std::string("expected a string, got ") + type);
            ++item_;
        }
        if (enter) ++depth_;
        else ++skip_;
        return true;
    }

    bool close() {
        if (skip_ > 0) --skip_;
        else if (depth_ > 0) --depth_;
        return true;
    }

    // Checks the code a group of titles is filed under; false when its titles are to be skipped.
    bool entering_group() {
        if (!error.empty()) return false;
        auto index = bundle_.index_of(code_);
        if (!index) return problem("unknown occupation code"), false;
        occupation_ = static_cast<std::uint32_t>(*index);
        return true;
    }
    bool entering_kind() {
        if (!error.empty()) return false;
        auto kind = parse_title_kind(kind_name_);
        if (!kind) return problem("unknown title kind"), false;
        kind_ = *kind;
        return true;
    }

    const Bundle& bundle_;
    TitleSet& out_;
    int depth_ = 0;         // 1 in the document, 2 in "titles", 3 in a code's kinds, 4 in a kind's list
    int skip_ = 0;          // nesting inside a value being skipped
    std::string top_key_, code_, kind_name_;
    std::uint32_t occupation_ = 0;
    TitleKind kind_ = TitleKind::index;
    std::size_t item_ = 0;
};

}  // namespace

Result<TitleSet> read_titles(std::string_view text, const Bundle& bundle, const std::string& name) {
    TitleSet t;
    TitlesSax sax(bundle, t);
    json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, true);
    if (sax.parse_failed)
        return Error{name + ": invalid JSON at byte " + std::to_string(sax.parse_position) + " (" + sax.parse_what + ")"};
    if (!sax.top_type.empty()) return Error{name + ": expected a JSON object at the top level, got " + sax.top_type};
    Reader r(name);
    if (!read_header(r, sax.header, "titles", t.schema, t.data_version) || !read_region(r, sax.header, t.region))
        return r.error();
    if (t.region != bundle.region)
        return Error{name + ": region: titles are for \"" + std::string(region_name(t.region)) +
                     "\" but the occupations bundle is for \"" + std::string(region_name(bundle.region)) + "\""};
    if (!sax.titles_seen) return Error{name + ": missing field \"titles\""};
    if (!sax.titles_type.empty()) return Error{name + ": titles: expected an object, got " + sax.titles_type};
    if (!sax.error.empty()) return Error{name + ": " + sax.error};
    return t;
}

Result<Quiz> read_quiz(std::string_view text, const std::string& name) {
    auto parsed = parse_document(text, name);
    if (!parsed) return Error{parsed.error()};
    const json& doc = parsed.value();
    Reader r(name);
    Quiz q;
    if (!read_header(r, doc, "quiz", q.schema, q.data_version) || !read_sources(r, doc, q.sources)) return r.error();
    const json* items = r.array(doc, kTop, "items", true);
    if (!items) return r.error();
    for (std::size_t i = 0; i < items->size(); ++i) {
        const Path p = kTop.key("items").item(i);
        const json& it = (*items)[i];
        if (!r.expect(it, json::value_t::object, p, "an object")) return r.error();
        QuizItem item;
        std::optional<int> id;
        std::string type;
        if (!r.integer(it, p, "id", id, 1, 1000, true) || !r.str(it, p, "type", type) || !r.str(it, p, "text", item.text))
            return r.error();
        auto t = type.size() == 1 ? riasec_from_letter(type[0]) : std::nullopt;
        if (!t) return Error{name + ": " + p.text() + ".type: expected one of R, I, A, S, E, C"};
        if (q.item(*id)) return Error{name + ": " + p.text() + ".id: duplicate item id " + std::to_string(*id)};
        item.id = *id;
        item.type = *t;
        q.items.push_back(std::move(item));
    }
    const json* forms = r.array(doc, kTop, "forms", true);
    if (!forms) return r.error();
    for (std::size_t i = 0; i < forms->size(); ++i) {
        const Path p = kTop.key("forms").item(i);
        const json& f = (*forms)[i];
        if (!r.expect(f, json::value_t::object, p, "an object")) return r.error();
        QuizForm form;
        if (!r.str(f, p, "id", form.id) || !r.str(f, p, "name", form.name) || !r.str(f, p, "note", form.note, false))
            return r.error();
        const json* ids = r.array(f, p, "items", true);
        if (!ids) return r.error();
        for (std::size_t k = 0; k < ids->size(); ++k) {
            const json& id = (*ids)[k];
            const auto where = [&] { return name + ": " + p.key("items").item(k).text(); };
            if (!id.is_number_integer()) return Error{where() + ": expected an item id, got " + type_name(id)};
            if (!q.item(id.get<int>())) return Error{where() + ": no item with id " + std::to_string(id.get<int>())};
            form.item_ids.push_back(id.get<int>());
        }
        if (form.item_ids.empty()) return Error{name + ": " + p.text() + ".items: a form needs at least one item"};
        q.forms.push_back(std::move(form));
    }
    if (q.forms.empty()) return Error{name + ": forms: expected at least one form"};
    return q;
}

}  // namespace ometer
