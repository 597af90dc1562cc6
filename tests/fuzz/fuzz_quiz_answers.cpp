// Fuzzes quiz scoring with arbitrary answer strings and options, as `ometer quiz` and the headless API take
// them: parse_answers, score_answers (also with out-of-range item scores), match_occupations, quiz_json.
// An input is: options byte (scale, form, region, max level), a match limit, then the answer digits.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/report_json.hpp"
#include "tests/fuzz/fuzz_support.hpp"

using namespace ometer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::Bytes in(data, size);
    const std::uint8_t options = in.byte();
    const AnswerScale scale = (options & 1) ? AnswerScale::likert5 : AnswerScale::emoji3;
    const Quiz& quiz = fuzz::shipped_quiz();
    const QuizForm* form = quiz.form((options & 2) ? "60" : "30");
    if (!form) fuzz::setup_failed("quiz.json has no form 30 or 60");
    const Bundle& bundle = fuzz::fixture_bundle((options & 4) ? "us" : "uk");
    MatchOptions match;
    match.limit = in.byte();
    if (int level = (options >> 3) & 7; level != 0) match.max_level = level - 1;  // 0 to 6: out of range too
    const std::string_view digits = in.rest();

    std::vector<int> scores;
    if (auto parsed = parse_answers(*form, scale, digits)) {
        scores = parsed.value();
    } else {
        // Item scores straight from the bytes, outside 0-4 too: score_answers must refuse them, not index with them.
        for (char c : digits) scores.push_back(static_cast<signed char>(c));
    }
    auto profile = score_answers(quiz, *form, scores);
    if (!profile) return 0;
    MatchResult result = match_occupations(bundle, profile.value(), match);
    if (result.matches.size() > match.limit) __builtin_trap();
    for (const auto& m : result.matches)
        if (m.occupation >= bundle.occupations.size()) __builtin_trap();
    quiz_json(bundle, *form, scale, profile.value(), result, JsonStyle{-1});
    return 0;
}
