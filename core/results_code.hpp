// Results codes: a short code a student can copy ("SK1-7Q4M-2K9D-...") that rebuilds a quiz's results or a
// comparison in any copy of the widget, with no server. It holds only what the results need - the quiz
// form, answer scale and answers, or the region and up to three job codes - plus the data release it was
// made with; nothing about a person. Crockford base 32 (no I, L, O or U; typed O, I and L read as 0, 1, 1),
// grouped in fours, with two check characters (CRC-10) that catch every single mistyped character.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "core/quiz.hpp"
#include "core/result.hpp"

namespace ometer {

inline constexpr int kResultsCodeVersion = 1;  // the code layout
inline constexpr int kQuizItemsVersion = 1;    // the statements and forms (O*NET Short Form, 60 and 30)

struct QuizCode {
    std::string form{kQuickForm};  // "30" or "60"
    AnswerScale scale = AnswerScale::emoji3;
    std::vector<int> choices;  // one per statement, 0 .. points-1
};

struct CompareCode {
    Region region = Region::uk;
    std::vector<std::string> codes;  // one to three: SOC 2020 "5241" or O*NET-SOC "47-2111.00"
};

struct DecodedCode {
    bool is_quiz = true;
    QuizCode quiz;
    CompareCode compare;
    int data_stamp = 0;     // months since January 2026 of the data release the code was made with
    int items_version = 0;  // quiz codes: the statements' version
};

// A data release's stamp: "2026.11.2" -> 10 (months since January 2026; 0 when unreadable).
int data_stamp(std::string_view data_version);

// Errors name what is wrong: a form, scale, answer count or job code that cannot be encoded.
Result<std::string> encode_quiz_code(const QuizCode& quiz, std::string_view data_version);
Result<std::string> encode_compare_code(const CompareCode& compare, std::string_view data_version);

// Reads a code as typed (any case, with or without dashes or spaces). Errors say what to check, and
// which group of four looks mistyped when one does.
Result<DecodedCode> decode_results_code(std::string_view text);

// A note to show when a code comes from another data release or quiz version ("" when it does not).
std::string code_version_note(const DecodedCode& code, std::string_view data_version);

}  // namespace ometer
