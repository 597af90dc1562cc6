// The recorded quiz baseline (tests/fixtures/quiz_baseline.tsv): which answer patterns are run, and the
// line format shared by its recorder (tests/fixtures/record_quiz_baseline.cpp) and its test.
#pragma once

#include <cstdio>
#include <string>
#include <vector>

#include "core/quiz.hpp"
#include "core/report_json.hpp"
#include "tests/search_baseline.hpp"  // text_hash

namespace ometer::test {

// One student: which areas they love, how they answer the rest, on which form and scale, at which level.
struct Persona {
    std::string key;  // "uk 30/3 love=RI rest=unsure level=any"
    std::string region;
    QuizRequest request;
};

// Every one- and two-area "love" pattern, the rest "not sure" or "dislike", in both regions on the quick
// and full forms and both scales; and in the UK, each study level, at it and at it or below.
inline std::vector<Persona> quiz_personas(const Quiz& quiz) {
    std::vector<std::vector<int>> loved;
    for (int a = 0; a < 6; ++a) loved.push_back({a});
    for (int a = 0; a < 6; ++a)
        for (int b = a + 1; b < 6; ++b) loved.push_back({a, b});
    struct Variant {
        std::string region, form;
        AnswerScale scale;
        std::optional<int> level;
        bool lower;
        bool both_fills;
    };
    std::vector<Variant> variants;
    for (const char* region : {"uk", "us"}) {
        variants.push_back({region, std::string(kQuickForm), AnswerScale::emoji3, std::nullopt, false, true});
        variants.push_back({region, std::string(kFullForm), AnswerScale::emoji3, std::nullopt, false, true});
        variants.push_back({region, std::string(kQuickForm), AnswerScale::likert5, std::nullopt, false, true});
    }
    for (int level = 1; level <= 4; ++level)
        for (bool lower : {false, true}) variants.push_back({"uk", std::string(kQuickForm), AnswerScale::emoji3, level, lower, false});

    std::vector<Persona> out;
    for (const auto& v : variants) {
        const QuizForm* form = quiz.form(v.form);
        if (!form) continue;
        const int points = scale_points(v.scale);
        for (const auto& areas : loved)
            for (int fill : {1, 0}) {  // the rest: not sure, or dislike
                if (fill == 0 && !v.both_fills) continue;
                Persona p;
                p.region = v.region;
                std::string letters;
                for (int a : areas) letters += kRiasecLetters[static_cast<std::size_t>(a)];
                p.key = v.region + " " + v.form + "/" + std::to_string(points) + " love=" + letters +
                        " rest=" + (fill ? "unsure" : "dislike") +
                        " level=" + (v.level ? std::to_string(*v.level) + (v.lower ? "-or-below" : "") : "any");
                p.request.form = v.form;
                p.request.scale = v.scale;
                p.request.match.level = v.level;
                p.request.match.include_lower = v.lower;
                for (int id : form->item_ids) {
                    const QuizItem* item = quiz.item(id);
                    bool love = false;
                    for (int a : areas) love = love || (item && static_cast<int>(item->type) == a);
                    p.request.choices.push_back(love ? points - 1 : fill ? (points - 1) / 2 : 0);
                }
                out.push_back(std::move(p));
            }
    }
    return out;
}

// One recorded line: key, Holland code, each match as "code/fit/score", and a hash of the whole report
// (reasons, level counts, messages: any change to what a student reads changes it).
inline std::string quiz_line(const Bundle& bundle, const Persona& p, const Result<QuizOutcome>& outcome) {
    if (!outcome) return p.key + "\terror\t" + outcome.error();
    std::string matches;
    for (const auto& m : outcome->result.matches) {
        char score[24];
        std::snprintf(score, sizeof score, "%.4f", m.correlation);
        matches += (matches.empty() ? "" : " ") + bundle.occupations[m.occupation].code + "/" +
                   (m.fit ? std::string(fit_name(*m.fit)) : "-") + "/" + score;
    }
    return p.key + "\t" + (outcome->profile.code.empty() ? "-" : outcome->profile.code) + "\t" + matches + "\t" +
           text_hash(quiz_json(bundle, outcome.value()));
}

// The files a recording is made from, whose hashes it keeps.
inline const std::vector<std::string>& quiz_baseline_inputs() {
    static const std::vector<std::string> files = {"assets/data/uk.json", "assets/data/us.json", "assets/data/quiz.json"};
    return files;
}

}  // namespace ometer::test
