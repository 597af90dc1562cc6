// Results codes: every form and scale round-trips (random answers, all-same answers), comparisons round-trip,
// and every single changed character is caught by the check characters or decodes to a clear error.
#include <doctest/doctest.h>

#include <random>

#include "core/results_code.hpp"

using namespace ometer;

namespace {

constexpr const char* kData = "2026.11.2";

// Every position of the code (not the dashes) with every other symbol of the alphabet, or a character
// that is not one of them.
void check_every_single_change(const std::string& code) {
    const std::string alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (code[i] == '-') continue;
        for (char c : alphabet + "U*") {
            if (c == code[i]) continue;
            std::string changed = code;
            changed[i] = c;
            auto r = decode_results_code(changed);
            CAPTURE(changed);
            REQUIRE_FALSE(r.ok());
            CHECK_FALSE(r.error().empty());
        }
    }
}

}  // namespace

TEST_CASE("quiz codes round-trip for every form and scale, with random and all-same answers") {
    std::mt19937 rng(2026);
    for (const char* form : {"30", "60"})
        for (AnswerScale scale : {AnswerScale::emoji3, AnswerScale::likert5}) {
            const std::size_t n = std::string(form) == "60" ? 60 : 30;
            const int points = scale_points(scale);
            std::vector<std::vector<int>> sets;
            for (int v = 0; v < points; ++v) sets.push_back(std::vector<int>(n, v));
            for (int k = 0; k < 40; ++k) {
                std::vector<int> c(n);
                for (auto& x : c) x = static_cast<int>(rng() % static_cast<unsigned>(points));
                sets.push_back(c);
            }
            for (const auto& choices : sets) {
                QuizCode q{form, scale, choices};
                auto code = encode_quiz_code(q, kData);
                REQUIRE_MESSAGE(code.ok(), code.error());
                CHECK(code->rfind("SK1-", 0) == 0);
                auto back = decode_results_code(code.value());
                REQUIRE_MESSAGE(back.ok(), back.error());
                CHECK(back->is_quiz);
                CHECK(back->quiz.form == form);
                CHECK(back->quiz.scale == scale);
                CHECK(back->quiz.choices == choices);
                CHECK(back->data_stamp == data_stamp(kData));
                // Typed by hand: lower case, no dashes, O for 0 and l for 1.
                std::string typed;
                for (char c : code.value()) {
                    if (c == '-') continue;
                    typed += c == '0' ? 'o' : c == '1' ? 'l' : static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
                }
                auto again = decode_results_code(typed);
                REQUIRE_MESSAGE(again.ok(), again.error());
                CHECK(again->quiz.choices == choices);
            }
        }
}

TEST_CASE("every single changed character is detected, for quiz and comparison codes") {
    std::vector<int> choices;
    for (int i = 0; i < 30; ++i) choices.push_back(i % 3);
    check_every_single_change(encode_quiz_code({"30", AnswerScale::emoji3, choices}, kData).value());
    std::vector<int> five(60);
    for (int i = 0; i < 60; ++i) five[static_cast<std::size_t>(i)] = (i * 7) % 5;
    check_every_single_change(encode_quiz_code({"60", AnswerScale::likert5, five}, kData).value());
    check_every_single_change(encode_compare_code({Region::uk, {"5241", "2231", "9232"}}, kData).value());
    check_every_single_change(encode_compare_code({Region::us, {"47-2111.00", "29-1141.02"}}, kData).value());
}

TEST_CASE("comparison codes round-trip both regions") {
    for (const CompareCode& c : {CompareCode{Region::uk, {"5241"}}, CompareCode{Region::uk, {"0000", "9999", "1111"}},
                                 CompareCode{Region::us, {"47-2111.00", "29-1141.02", "11-1011.03"}}}) {
        auto code = encode_compare_code(c, kData);
        REQUIRE_MESSAGE(code.ok(), code.error());
        CHECK(code->rfind("CM1-", 0) == 0);
        auto back = decode_results_code(code.value());
        REQUIRE_MESSAGE(back.ok(), back.error());
        CHECK_FALSE(back->is_quiz);
        CHECK(back->compare.region == c.region);
        CHECK(back->compare.codes == c.codes);
    }
}

TEST_CASE("bad input gets a clear message") {
    const std::string good = encode_compare_code({Region::uk, {"5241", "2231"}}, kData).value();
    CHECK(decode_results_code("").error().find("too short") != std::string::npos);
    CHECK(decode_results_code("hello world").error().find("isn't a results code") != std::string::npos);
    CHECK(decode_results_code(good.substr(0, good.size() - 3)).error().find("too short") != std::string::npos);
    CHECK(decode_results_code(good + "7").error().find("too long") != std::string::npos);
    std::string with_u = good;
    with_u[5] = 'U';
    CHECK(decode_results_code(with_u).error() == "The second group has 'U', which results codes never use. Check that group against the original.");
    CHECK(encode_quiz_code({"45", AnswerScale::emoji3, {}}, kData).error().find("60 or 30") != std::string::npos);
    CHECK(encode_quiz_code({"30", AnswerScale::emoji3, std::vector<int>(29, 1)}, kData).error().find("needs 30 answers") != std::string::npos);
    CHECK(encode_compare_code({Region::us, {"5241"}}, kData).error().find("O*NET-SOC") != std::string::npos);
    CHECK(encode_compare_code({Region::uk, {}}, kData).error().find("one to three") != std::string::npos);
}

TEST_CASE("codes from another data release open with a note") {
    auto code = decode_results_code(encode_compare_code({Region::uk, {"5241"}}, "2026.11").value()).value();
    CHECK(code_version_note(code, "2026.11.2").empty());
    CHECK(code_version_note(code, "2027.03").find("older job data") != std::string::npos);
    CHECK(code_version_note(code, "2026.09").find("newer job data") != std::string::npos);
    CHECK(data_stamp("2026.11.2") == 10);
    CHECK(data_stamp("garbage") == 0);
}
