// The headless core's JS boundary (embind): load bundles as JSON text, then search, show, compare and
// score the quiz, every answer a JSON string. No class handles cross to JS; state lives here per region.
#include <emscripten/bind.h>

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "core/bundle_read.hpp"
#include "core/compare.hpp"
#include "core/quiz.hpp"
#include "core/report_json.hpp"
#include "core/results_code.hpp"
#include "core/search.hpp"

using namespace ometer;

namespace {

struct RegionData {
    std::unique_ptr<Bundle> bundle;
    std::unique_ptr<TitleSet> titles;
    std::unique_ptr<SearchIndex> index;
};

std::map<Region, RegionData>& regions() {
    static std::map<Region, RegionData> r;
    return r;
}

std::optional<Quiz>& quiz_data() {
    static std::optional<Quiz> q;
    return q;
}

constexpr JsonStyle kCompact{-1};

// Resolves a region name to loaded data, or explains what is missing.
Result<RegionData*> loaded(const std::string& region_text) {
    auto region = parse_region(region_text);
    if (!region) return Error{"unknown region \"" + region_text + "\" (use \"uk\" or \"us\")"};
    auto it = regions().find(*region);
    if (it == regions().end() || !it->second.bundle)
        return Error{"no " + std::string(region_name(*region)) + " bundle loaded: call loadBundle first"};
    return &it->second;
}

std::string load_bundle(const std::string& text) {
    auto b = read_bundle(text, "bundle");
    if (!b) return error_json(b.error(), kCompact);
    Region region = b->region;
    RegionData& d = regions()[region];
    d.titles.reset();
    d.bundle = std::make_unique<Bundle>(std::move(b.value()));
    d.index = std::make_unique<SearchIndex>(*d.bundle);
    return bundle_info_json(*d.bundle, kCompact);
}

std::string load_titles(const std::string& text, const std::string& region) {
    auto d = loaded(region);
    if (!d) return error_json(d.error(), kCompact);
    auto t = read_titles(text, *d.value()->bundle, "titles");
    if (!t) return error_json(t.error(), kCompact);
    RegionData& data = *d.value();
    data.index.reset();
    data.titles = std::make_unique<TitleSet>(std::move(t.value()));
    data.index = std::make_unique<SearchIndex>(*data.bundle, *data.titles);
    return "{\"titles\":" + std::to_string(data.index->title_count()) + "}";
}

std::string load_quiz(const std::string& text) {
    auto q = read_quiz(text, "quiz");
    if (!q) return error_json(q.error(), kCompact);
    quiz_data() = std::move(q.value());
    return quiz_info_json(*quiz_data(), kCompact);
}

std::string search(const std::string& region, const std::string& query, int limit) {
    auto d = loaded(region);
    if (!d) return error_json(d.error(), kCompact);
    if (limit < 1 || limit > 100) return error_json("limit must be from 1 to 100", kCompact);
    return search_json(*d.value()->bundle, d.value()->index->search(query, static_cast<std::size_t>(limit)), kCompact);
}

std::string show(const std::string& region, const std::string& code) {
    auto d = loaded(region);
    if (!d) return error_json(d.error(), kCompact);
    const Occupation* occ = d.value()->bundle->find(code);
    if (!occ) return error_json("no " + region + " occupation with code \"" + code + "\"", kCompact);
    return occupation_json(*d.value()->bundle, *occ, kCompact);
}

// `codes`: comma-separated, e.g. "5241,5315".
std::string compare_codes(const std::string& region, const std::string& codes) {
    auto d = loaded(region);
    if (!d) return error_json(d.error(), kCompact);
    std::vector<std::string> list;
    std::size_t start = 0;
    while (start <= codes.size()) {
        std::size_t end = codes.find(',', start);
        if (end == std::string::npos) end = codes.size();
        std::string c = codes.substr(start, end - start);
        if (!c.empty()) list.push_back(c);
        start = end + 1;
    }
    auto cmp = compare(*d.value()->bundle, list);
    if (!cmp) return error_json(cmp.error(), kCompact);
    return comparison_json(*d.value()->bundle, cmp.value(), kCompact);
}

// level 0 = every level; include_lower: that level or below (otherwise that level only).
std::string quiz(const std::string& region, const std::string& form_id, int scale_points_, const std::string& answers,
                 int limit, int level, bool include_lower) {
    auto d = loaded(region);
    if (!d) return error_json(d.error(), kCompact);
    if (!quiz_data()) return error_json("no quiz loaded: call loadQuiz first", kCompact);
    QuizRequest request;
    request.form = form_id;
    const QuizForm* form = quiz_data()->form(form_id);
    if (!form) return error_json("unknown quiz form \"" + form_id + "\" (use \"60\" or \"30\")", kCompact);
    auto scale = parse_scale(std::to_string(scale_points_));
    if (!scale) return error_json("scale must be 3 or 5", kCompact);
    request.scale = *scale;
    if (limit < 1 || limit > 100) return error_json("limit must be from 1 to 100", kCompact);
    request.match.limit = static_cast<std::size_t>(limit);
    if (level != 0) request.match.level = level;
    request.match.include_lower = include_lower;
    auto choices = parse_choices(*form, *scale, answers);
    if (!choices) return error_json(choices.error(), kCompact);
    request.choices = std::move(choices.value());
    auto outcome = run_quiz(*quiz_data(), *d.value()->bundle, request);
    if (!outcome) return error_json(outcome.error(), kCompact);
    return quiz_json(*d.value()->bundle, outcome.value(), kCompact);
}

// A quiz's results code (answers: one digit per statement), checked against the loaded quiz's form.
std::string encode_quiz(const std::string& region, const std::string& form_id, int scale_points_, const std::string& answers) {
    auto d = loaded(region);
    if (!d) return error_json(d.error(), kCompact);
    if (!quiz_data()) return error_json("no quiz loaded: call loadQuiz first", kCompact);
    const QuizForm* form = quiz_data()->form(form_id);
    if (!form) return error_json("unknown quiz form \"" + form_id + "\" (use \"60\" or \"30\")", kCompact);
    auto scale = parse_scale(std::to_string(scale_points_));
    if (!scale) return error_json("scale must be 3 or 5", kCompact);
    auto choices = parse_choices(*form, *scale, answers);
    if (!choices) return error_json(choices.error(), kCompact);
    auto code = encode_quiz_code({form_id, *scale, choices.value()}, d.value()->bundle->data_version);
    if (!code) return error_json(code.error(), kCompact);
    return text_field_json("code", code.value(), kCompact);
}

// A comparison's results code; `codes` comma-separated, each a loaded occupation.
std::string encode_compare(const std::string& region, const std::string& codes) {
    auto d = loaded(region);
    if (!d) return error_json(d.error(), kCompact);
    CompareCode c;
    c.region = d.value()->bundle->region;
    std::size_t start = 0;
    while (start <= codes.size()) {
        std::size_t end = codes.find(',', start);
        if (end == std::string::npos) end = codes.size();
        if (end > start) c.codes.push_back(codes.substr(start, end - start));
        start = end + 1;
    }
    for (const auto& code : c.codes)
        if (!d.value()->bundle->find(code)) return error_json("no " + region + " occupation with code \"" + code + "\"", kCompact);
    auto code = encode_compare_code(c, d.value()->bundle->data_version);
    if (!code) return error_json(code.error(), kCompact);
    return text_field_json("code", code.value(), kCompact);
}

std::string decode_code(const std::string& text) {
    auto d = decode_results_code(text);
    if (!d) return error_json(d.error(), kCompact);
    return results_code_json(d.value(), kCompact);
}

std::string related(const std::string& region, const std::string& code) {
    auto d = loaded(region);
    if (!d) return error_json(d.error(), kCompact);
    const Occupation* occ = d.value()->bundle->find(code);
    if (!occ) return error_json("no " + region + " occupation with code \"" + code + "\"", kCompact);
    return related_json(*d.value()->bundle, *occ, kCompact);
}

}  // namespace

EMSCRIPTEN_BINDINGS(ometer_core) {
    emscripten::function("encode_quiz", &encode_quiz);
    emscripten::function("encode_compare", &encode_compare);
    emscripten::function("decode_code", &decode_code);
    emscripten::function("related", &related);
    emscripten::function("load_bundle", &load_bundle);
    emscripten::function("load_titles", &load_titles);
    emscripten::function("load_quiz", &load_quiz);
    emscripten::function("search", &search);
    emscripten::function("show", &show);
    emscripten::function("compare", &compare_codes);
    emscripten::function("quiz", &quiz);
}
