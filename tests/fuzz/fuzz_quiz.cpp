// Fuzzes the quiz reader with arbitrary bytes; a quiz it accepts is then used as the Skillsometer uses it:
// every form answered (all "not sure", then a spread), scored, matched against the fixture bundle.
#include <cstddef>
#include <cstdint>
#include <string>

#include "core/report_json.hpp"
#include "tests/fuzz/fuzz_support.hpp"
#include "tests/fuzz/json_mutator.hpp"

using namespace ometer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto quiz = read_quiz(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz-quiz.json");
    if (!quiz) return 0;
    quiz_info_json(quiz.value(), JsonStyle{-1});
    const Bundle& bundle = fuzz::fixture_bundle("uk");
    for (const QuizForm& form : quiz->forms) {
        for (int spread = 0; spread < 2; ++spread) {
            std::string digits;
            for (std::size_t i = 0; i < form.item_ids.size(); ++i) digits += spread ? static_cast<char>('0' + i % 3) : '1';
            auto scores = parse_answers(form, AnswerScale::emoji3, digits);
            if (!scores) __builtin_trap();  // the right number of valid digits must parse
            auto profile = score_answers(quiz.value(), form, scores.value());
            if (!profile) __builtin_trap();  // every id in a form the reader accepted names an item
            MatchResult result = match_occupations(bundle, profile.value(), MatchOptions{});
            quiz_json(bundle, form, AnswerScale::emoji3, profile.value(), result, JsonStyle{-1});
        }
    }
    return 0;
}
