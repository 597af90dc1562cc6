// The reading side's JSON layer (nlohmann/json, parsed without exceptions): where a value sits (Path), the
// type- and range-checked field readers (Reader), and parsing a document or one value of it.
#pragma once

#include <array>
#include <cmath>
#include <nlohmann/json.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace ometer::json_read {

using json = nlohmann::json;

// "a string", "an object", "a number"...: the type a message says it found.
std::string type_name(const json& v);
std::string limit_text(double v);

// Sane limits for each kind of number in a bundle; a value beyond them means the file is corrupt.
struct Range {
    double lo, hi;
};
inline constexpr Range kAnyNumber{-1e300, 1e300};
inline constexpr Range kMoney{0, 1e7};         // pay in pounds or dollars, per year, week or hour
inline constexpr Range kHours{0, 168};         // hours a week
inline constexpr Range kPercentCv{0, 1000};    // a coefficient of variation, percent
inline constexpr Range kCount{0, 2e9};         // jobs and people
inline constexpr Range kGrowthPercent{-100, 10000};
inline constexpr Range kWeight{0, 1.0001};     // crosswalk shares (rounded, so a hair over 1 may appear)

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

inline const Path kTop;

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

// The whole document, which must be an object: "NAME: invalid JSON at byte N (...)" or "NAME: expected a JSON
// object at the top level, got ..." otherwise.
Result<json> parse_document(std::string_view text, const std::string& name);
// One value (a piece of a document, e.g. one array item); false when it is not valid JSON on its own.
bool parse_value(std::string_view text, json& out);

// Parses with nlohmann's SAX interface into `sax`; true when the text was valid JSON.
template <class Sax>
bool sax_parse(std::string_view text, Sax& sax) {
    return json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, true);
}

}  // namespace ometer::json_read
