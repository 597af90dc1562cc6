// Runs the pipeline end to end: curated inputs, the quiz items, the UK and US builds, serialisation.
#include <algorithm>

#include "tools/pack/changes.hpp"
#include "tools/pack/pack.hpp"
#include "tools/pack/table.hpp"

namespace ometer::pack {

namespace {

// Drops '#' comment lines so curated TSVs can explain themselves.
std::string strip_comments(const std::string& text) {
    std::string out;
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string::npos) end = text.size();
        if (text[pos] != '#') out.append(text, pos, end - pos + 1);
        pos = end + 1;
    }
    return out;
}

}  // namespace

Result<Curated> load_curated(const std::string& dir) {
    Curated cur;
    auto overrides = read_crosswalk_overrides(dir + "/crosswalk_overrides.tsv");
    if (!overrides) return Error{overrides.error()};
    cur.crosswalk_overrides = std::move(overrides.value());
    std::string path = dir + "/everyday_titles.tsv";
    auto text = read_file(path);
    if (!text) return Error{text.error()};
    auto t = Table::parse(strip_comments(text.value()), '\t', path);
    if (!t) return Error{t.error()};
    auto c = Columns::require(t.value(), {"region", "code", "title", "note"});
    if (!c) return Error{c.error()};
    for (std::size_t r = 0; r < t->size(); ++r) {
        Curated::Everyday e{t->at(r, c.value()["region"]), t->at(r, c.value()["code"]), t->at(r, c.value()["title"]),
                            t->at(r, c.value()["note"])};
        if (e.region != "uk" && e.region != "us")
            return Error{path + ": row " + std::to_string(r + 2) + ": region must be uk or us"};
        cur.everyday_titles.push_back(std::move(e));
    }
    return cur;
}

Result<QuizSource> load_quiz_source(const std::string& raw_dir) {
    QuizSource q;
    {
        auto t = Table::read(raw_dir + "/interest_profiler/ip_short_form_60.tsv");
        if (!t) return Error{t.error()};
        auto c = Columns::require(t.value(), {"index", "area_code", "text"});
        if (!c) return Error{c.error()};
        for (std::size_t r = 0; r < t->size(); ++r) {
            auto idx = parse_number(t->at(r, c.value()["index"]));
            const std::string& code = t->at(r, c.value()["area_code"]);
            if (!idx || code.size() != 1 || !riasec_from_letter(code[0]))
                return Error{t->name() + ": row " + std::to_string(r + 2) + ": bad index or area_code"};
            q.items60.push_back({static_cast<int>(*idx), code[0], t->at(r, c.value()["text"])});
        }
    }
    {
        auto t = Table::read(raw_dir + "/interest_profiler/ip_short_form_30_UNVERIFIED.tsv");
        if (!t) return Error{t.error()};
        auto c = Columns::require(t.value(), {"index", "index_in_60"});
        if (!c) return Error{c.error()};
        for (std::size_t r = 0; r < t->size(); ++r) {
            auto idx = parse_number(t->at(r, c.value()["index_in_60"]));
            if (!idx) return Error{t->name() + ": row " + std::to_string(r + 2) + ": bad index_in_60"};
            q.quick30.push_back(static_cast<int>(*idx));
        }
    }
    return q;
}

Result<Quiz> build_quiz(const QuizSource& src) {
    Quiz quiz;
    quiz.data_version = kDataVersion;
    quiz.sources = {sources::onet_interest_profiler()};
    QuizForm full{"60", "Full", "All 60 O*NET Interest Profiler Short Form items in O*NET's order (10 per type).", {}};
    for (const auto& it : src.items60) {
        quiz.items.push_back({it.index, *riasec_from_letter(it.type), it.text});
        full.item_ids.push_back(it.index);
    }
    QuizForm quick{"30", "Quick",
                   "30 of the 60 items, 5 per type, cycling R-I-A-S-E-C: the selection and order that a third-party "
                   "copy labels the O*NET Mini Interest Profiler. Not verified against an official O*NET source; "
                   "scored the same way as the full form.",
                   src.quick30};
    std::array<int, 6> per_type{};
    for (int id : quick.item_ids) {
        const QuizItem* item = quiz.item(id);
        if (!item) return Error{"quick form: item " + std::to_string(id) + " is not one of the 60"};
        ++per_type[static_cast<std::size_t>(item->type)];
    }
    for (int n : per_type)
        if (n != 5) return Error{"quick form: expected 5 items per RIASEC type"};
    quiz.forms = {full, quick};
    return quiz;
}

Result<std::map<std::string, std::string>> run_pipeline(const std::string& raw_dir, const std::string& curated_dir) {
    auto raw = load_raw(raw_dir);
    if (!raw) return Error{raw.error()};
    auto curated = load_curated(curated_dir);
    if (!curated) return Error{curated.error()};
    auto quiz_src = load_quiz_source(raw_dir);
    if (!quiz_src) return Error{quiz_src.error()};
    auto quiz = build_quiz(quiz_src.value());
    if (!quiz) return Error{quiz.error()};
    UkBuild uk = build_uk(raw.value(), curated.value());
    UsBuild us = build_us(raw.value(), curated.value(), uk.crosswalk);
    // The previous releases, rebuilt with the same code, for the change report.
    auto previous = load_raw(raw_dir, Edition::previous);
    if (!previous) return Error{previous.error()};
    UkBuild uk_before = build_uk(previous.value(), curated.value());
    UsBuild us_before = build_us(previous.value(), curated.value(), uk_before.crosswalk);
    TrendAssumptions smaller_aps_sample;
    smaller_aps_sample.aps_respondents_per_person = kApsRespondentsPerPerson2025;
    std::map<std::string, std::string> files;
    for (const auto* build : {&uk.bundle, &us.bundle}) {
        const std::string r(region_name(build->region));
        files[r + ".json"] = bundle_to_json(*build);
        files[r + "-cards.json"] = cards_to_json(*build);
        files[r + "-details.json"] = details_to_json(*build);
    }
    files["uk-titles.json"] = titles_to_json(uk.titles, uk.bundle);
    files["us-titles.json"] = titles_to_json(us.titles, us.bundle);
    files["quiz.json"] = quiz_to_json(quiz.value());
    files["crosswalk_soc2020_onet.tsv"] = crosswalk_to_tsv(uk.crosswalk);
    files["CHANGES.md"] = change_report({previous.value(), uk_before, us_before}, {raw.value(), uk, us},
                                        trend_evidence(raw.value()), trend_evidence(raw.value(), smaller_aps_sample));
    return files;
}

}  // namespace ometer::pack
