// Fuzzes results codes, which students type or paste into either widget ("Have a results code?") and the
// CLI decodes: any text must decode to an error or to a code that encodes back to itself, and any answers
// or job codes must encode to an error or to a code that decodes back to them. An input is a mode byte
// (bit 0: text as typed; else bit 1: 60 statements, bit 2: 5-point scale, bit 3: a comparison, bit 4: US),
// then the text, the answers (one byte each) or the job codes (one a line).
#include <cstddef>
#include <cstdint>

#include "core/results_code.hpp"
#include "tests/fuzz/fuzz_support.hpp"

using namespace ometer;

namespace {

constexpr std::string_view kRelease = "2026.11";

bool same(const DecodedCode& a, const DecodedCode& b) {
    if (a.is_quiz != b.is_quiz || a.data_stamp != b.data_stamp) return false;
    if (a.is_quiz) return a.quiz.form == b.quiz.form && a.quiz.scale == b.quiz.scale && a.quiz.choices == b.quiz.choices;
    return a.compare.region == b.compare.region && a.compare.codes == b.compare.codes;
}

// Encodes what `code` holds and decodes it again: it must come back unchanged.
void round_trip(const DecodedCode& code) {
    auto text = code.is_quiz ? encode_quiz_code(code.quiz, kRelease) : encode_compare_code(code.compare, kRelease);
    if (!text) return;
    auto back = decode_results_code(text.value());
    if (!back) __builtin_trap();  // a code the encoder made must decode
    DecodedCode want = code;
    want.data_stamp = data_stamp(kRelease);
    want.items_version = back->items_version;
    if (!same(back.value(), want)) __builtin_trap();
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::Bytes in(data, size);
    const std::uint8_t mode = in.byte();
    if (mode & 1) {
        auto decoded = decode_results_code(in.rest());
        if (!decoded) return 0;
        code_version_note(decoded.value(), kRelease);
        auto text = decoded->is_quiz ? encode_quiz_code(decoded->quiz, kRelease) : encode_compare_code(decoded->compare, kRelease);
        if (!text) __builtin_trap();  // whatever decodes must be encodable again
        round_trip(decoded.value());
        return 0;
    }
    DecodedCode code;
    code.is_quiz = (mode & 8) == 0;
    if (code.is_quiz) {
        code.quiz.form = std::string((mode & 2) ? kFullForm : kQuickForm);
        code.quiz.scale = (mode & 4) ? AnswerScale::likert5 : AnswerScale::emoji3;
        for (char c : in.rest()) code.quiz.choices.push_back(static_cast<signed char>(c) % 6);  // -5..5: off the scale too
    } else {
        code.compare.region = (mode & 16) ? Region::us : Region::uk;
        std::string_view line;
        while (code.compare.codes.size() < 4 && in.line(line)) code.compare.codes.emplace_back(line);
    }
    round_trip(code);
    return 0;
}
