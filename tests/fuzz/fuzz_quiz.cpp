// Fuzzes the quiz reader with arbitrary bytes; a quiz it accepts is then used as the Skillsometer uses it:
// every form answered (all "not sure", then a spread), scored, matched against the fixture bundle.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

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
            std::vector<int> choices;
            for (std::size_t i = 0; i < form.item_ids.size(); ++i) choices.push_back(spread ? static_cast<int>(i % 3) : 1);
            auto profile = score_choices(quiz.value(), form, AnswerScale::emoji3, choices);
            if (!profile) __builtin_trap();  // every id in a form the reader accepted names an item
            QuizOutcome outcome{&form, AnswerScale::emoji3, profile.value(), {}};
            outcome.result = match_occupations(bundle, outcome.profile, MatchOptions{});
            quiz_json(bundle, outcome, JsonStyle{-1});
        }
    }
    return 0;
}
