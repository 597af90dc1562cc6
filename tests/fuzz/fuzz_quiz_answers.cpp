// Fuzzes quiz scoring with arbitrary answer strings and options, as `ometer quiz`, the headless API and the
// Skillsometer take them: parse_choices, score_choices (also with out-of-range choices), run_quiz and
// match_occupations (also with out-of-range levels), quiz_json. An input is: an options byte (scale, form,
// region, level, this level or below), a match limit, then the answer digits.
#include <cstddef>
#include <cstdint>
#include <vector>

#include "core/report_json.hpp"
#include "tests/fuzz/fuzz_support.hpp"

using namespace ometer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::Bytes in(data, size);
    const std::uint8_t options = in.byte();
    QuizRequest request;
    request.scale = (options & 1) ? AnswerScale::likert5 : AnswerScale::emoji3;
    request.form = std::string((options & 2) ? kFullForm : kQuickForm);
    const Bundle& bundle = fuzz::fixture_bundle((options & 4) ? "us" : "uk");
    if (int level = (options >> 3) & 7; level != 0) request.match.level = level - 1;  // 0 to 6: out of range too
    request.match.include_lower = (options & 64) != 0;
    request.match.limit = in.byte();
    const std::string_view digits = in.rest();

    const Quiz& quiz = fuzz::shipped_quiz();
    const QuizForm* form = quiz.form(request.form);
    if (!form) fuzz::setup_failed("quiz.json has no form " + request.form);
    if (auto parsed = parse_choices(*form, request.scale, digits)) {
        request.choices = parsed.value();
    } else {
        // Choices straight from the bytes, outside the scale too: scoring must refuse them, not index with them.
        for (char c : digits) request.choices.push_back(static_cast<signed char>(c));
    }
    if (auto outcome = run_quiz(quiz, bundle, request)) {
        for (const auto& m : outcome->result.matches)
            if (m.occupation >= bundle.occupations.size()) __builtin_trap();
        quiz_json(bundle, outcome.value(), JsonStyle{-1});
    }
    // The widget calls the matcher itself; a level outside the region's scale must not break it either.
    if (auto profile = score_choices(quiz, *form, request.scale, request.choices)) {
        MatchResult result = match_occupations(bundle, profile.value(), request.match);
        for (const auto& m : result.matches)
            if (m.occupation >= bundle.occupations.size()) __builtin_trap();
    }
    return 0;
}
