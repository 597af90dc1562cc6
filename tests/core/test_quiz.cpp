// Quiz scoring and matching: answer parsing, type scores, the Holland-code tie rule, flat profiles,
// Pearson matching, level filters and determinism.
#include <doctest/doctest.h>

#include <cmath>
#include <fstream>
#include <sstream>
#include <string>

#include "core/bundle_read.hpp"
#include "core/quiz.hpp"

using namespace ometer;

namespace {

// Twelve items, two per type, in repeating R I A S E C order; forms "12" (all) and "6" (one per type).
Quiz small_quiz() {
    Quiz q;
    for (int i = 0; i < 12; ++i) q.items.push_back({i + 1, i % 6, "Item " + std::to_string(i + 1)});
    QuizForm all{"12", "All", "", {}};
    for (int i = 1; i <= 12; ++i) all.item_ids.push_back(i);
    q.forms = {all, QuizForm{"6", "Six", "", {1, 2, 3, 4, 5, 6}}};
    return q;
}

Occupation job(const std::string& code, std::array<double, 6> scores, double jobs, int level) {
    Occupation o;
    o.code = code;
    o.title = "Job " + code;
    o.interests = InterestProfile{scores, ""};
    o.jobs = jobs;
    o.skill_level = level;
    return o;
}

Bundle small_bundle() {
    Bundle b;
    b.region = Region::uk;
    b.occupations = {job("1000", {7, 2, 1, 1, 2, 4}, 5000, 3),   // realistic, conventional
                     job("2000", {2, 7, 2, 2, 1, 3}, 3000, 4),   // investigative
                     job("3000", {1, 2, 7, 3, 2, 1}, 1000, 4),   // artistic
                     job("4000", {1, 3, 2, 7, 2, 2}, 9000, 2),   // social
                     job("5000", {1, 2, 2, 3, 7, 3}, 2000, 4),   // enterprising
                     job("6000", {2, 2, 1, 2, 3, 7}, 8000, 2),   // conventional
                     job("7000", {6, 6, 1, 1, 1, 2}, 4000, 4)};  // realistic + investigative
    Occupation no_interests;
    no_interests.code = "8000";
    no_interests.title = "No interest data";
    b.occupations.push_back(no_interests);
    b.rebuild_lookup();
    return b;
}

Profile score(const Quiz& q, const std::string& form, AnswerScale scale, const std::string& digits) {
    auto parsed = parse_answers(*q.form(form), scale, digits);
    REQUIRE_MESSAGE(parsed.ok(), parsed.error());
    auto p = score_answers(q, *q.form(form), parsed.value());
    REQUIRE_MESSAGE(p.ok(), p.error());
    return p.value();
}

}  // namespace

TEST_CASE("answer digits map to O*NET's 0-4 item scores") {
    CHECK(item_score(AnswerScale::emoji3, '0') == 0);
    CHECK(item_score(AnswerScale::emoji3, '1') == 2);
    CHECK(item_score(AnswerScale::emoji3, '2') == 4);
    CHECK_FALSE(item_score(AnswerScale::emoji3, '3').has_value());
    CHECK(item_score(AnswerScale::likert5, '1') == 0);
    CHECK(item_score(AnswerScale::likert5, '5') == 4);
    CHECK_FALSE(item_score(AnswerScale::likert5, '0').has_value());
}

TEST_CASE("bad answers are rejected with the position and the reason") {
    Quiz q = small_quiz();
    const QuizForm& f = *q.form("6");
    CHECK(parse_answers(f, AnswerScale::emoji3, "01201").error() == "answers: expected 6 digits for the 6-item form, got 5");
    CHECK(parse_answers(f, AnswerScale::emoji3, "012013").error() ==
          "answers: position 6 is '3', expected 0, 1 or 2 (dislike, not sure, love)");
    CHECK(parse_answers(f, AnswerScale::likert5, "12345x").error().find("position 6 is 'x'") != std::string::npos);
    CHECK(parse_answers(f, AnswerScale::emoji3, std::string("01201\x01")).error().find("byte 1") != std::string::npos);
    CHECK(parse_answers(f, AnswerScale::emoji3, "").error().find("got 0") != std::string::npos);
}

TEST_CASE("type scores, normalised profile and Holland code") {
    Quiz q = small_quiz();
    // R love, I not sure, A dislike, S love, E dislike, C not sure (both items of each type).
    Profile p = score(q, "12", AnswerScale::emoji3, "210201210201");
    CHECK(p.raw[0] == 8);
    CHECK(p.raw[1] == 4);
    CHECK(p.raw[2] == 0);
    CHECK(p.max[0] == 8);
    CHECK(p.normalised[3] == doctest::Approx(1.0));
    CHECK(p.code == "RSI");  // R and S tie at 8: RIASEC order; then I and C tie at 4: I first
    CHECK_FALSE(p.flat);
}

TEST_CASE("types that scored nothing are left out of the code") {
    Quiz q = small_quiz();
    Profile p = score(q, "6", AnswerScale::emoji3, "200000");
    CHECK(p.code == "R");
}

TEST_CASE("the 5-point scale scores 0-4 per item") {
    Quiz q = small_quiz();
    Profile p = score(q, "6", AnswerScale::likert5, "543211");
    CHECK(p.raw[0] == 4);
    CHECK(p.raw[1] == 3);
    CHECK(p.raw[5] == 0);
    CHECK(p.code == "RIA");
}

TEST_CASE("a flat profile gets a message and a varied fallback list, never NaN") {
    Quiz q = small_quiz();
    Bundle b = small_bundle();
    for (const char* digits : {"111111111111", "000000000000", "222222222222"}) {
        Profile p = score(q, "12", AnswerScale::emoji3, digits);
        CHECK(p.flat);
        CHECK(p.code.empty());
        MatchResult r = match_occupations(b, p, MatchOptions{});
        CHECK(r.fallback);
        CHECK_FALSE(r.message.empty());
        REQUIRE(r.matches.size() == 7);  // every job with interest data, once
        for (const auto& m : r.matches) CHECK(std::isfinite(m.correlation));
        CHECK(b.occupations[r.matches[0].occupation].code == "1000");  // Realistic first
    }
}

TEST_CASE("a near-flat profile still matches but says the list is a rough guide") {
    Quiz q;  // 60 items, ten per type, like the full Interest Profiler form
    QuizForm all{"60", "All", "", {}};
    for (int i = 0; i < 60; ++i) {
        q.items.push_back({i + 1, i % 6, "Item"});
        all.item_ids.push_back(i + 1);
    }
    q.forms = {all};
    Profile p = score(q, "60", AnswerScale::likert5, "4" + std::string(59, '3'));  // one item a point higher
    CHECK(p.near_flat);
    MatchResult r = match_occupations(small_bundle(), p, MatchOptions{});
    CHECK_FALSE(r.fallback);
    CHECK(r.message.find("rough guide") != std::string::npos);
}

TEST_CASE("matching ranks by Pearson correlation and explains itself") {
    Quiz q = small_quiz();
    Bundle b = small_bundle();
    Profile p = score(q, "12", AnswerScale::emoji3, "002000002000");  // artistic only
    MatchResult r = match_occupations(b, p, MatchOptions{});
    REQUIRE_FALSE(r.matches.empty());
    CHECK(b.occupations[r.matches[0].occupation].code == "3000");
    CHECK(r.matches[0].fit == Fit::best);
    CHECK(r.matches[0].reason == "Shares your top interest: Artistic");
    for (std::size_t i = 1; i < r.matches.size(); ++i) CHECK(r.matches[i - 1].correlation >= r.matches[i].correlation);
    for (const auto& m : r.matches) CHECK(b.occupations[m.occupation].code != "8000");
}

TEST_CASE("mixed interests find the mixed job") {
    Quiz q = small_quiz();
    Bundle b = small_bundle();
    Profile p = score(q, "12", AnswerScale::emoji3, "220000220000");  // R and I
    MatchResult r = match_occupations(b, p, MatchOptions{});
    CHECK(b.occupations[r.matches[0].occupation].code == "7000");
    CHECK(r.matches[0].shared_types == std::vector<int>{0, 1});
}

TEST_CASE("the level filter keeps jobs at or below the chosen level") {
    Quiz q = small_quiz();
    Bundle b = small_bundle();
    Profile p = score(q, "12", AnswerScale::emoji3, "002000002000");
    MatchOptions opt;
    opt.max_level = 2;
    MatchResult r = match_occupations(b, p, opt);
    REQUIRE_FALSE(r.matches.empty());
    for (const auto& m : r.matches) CHECK(b.occupations[m.occupation].skill_level.value() <= 2);
    opt.limit = 2;
    CHECK(match_occupations(b, p, opt).matches.size() == 2);
}

TEST_CASE("matching is deterministic") {
    Quiz q = small_quiz();
    Bundle b = small_bundle();
    Profile p = score(q, "12", AnswerScale::emoji3, "120120210210");
    MatchResult a = match_occupations(b, p, MatchOptions{});
    MatchResult c = match_occupations(b, p, MatchOptions{});
    REQUIRE(a.matches.size() == c.matches.size());
    for (std::size_t i = 0; i < a.matches.size(); ++i) CHECK(a.matches[i].occupation == c.matches[i].occupation);
}

TEST_CASE("pearson and fit bands") {
    CHECK(pearson({1, 2, 3, 4, 5, 6}, {2, 4, 6, 8, 10, 12}).value() == doctest::Approx(1.0));
    CHECK(pearson({1, 2, 3, 4, 5, 6}, {6, 5, 4, 3, 2, 1}).value() == doctest::Approx(-1.0));
    CHECK_FALSE(pearson({3, 3, 3, 3, 3, 3}, {1, 2, 3, 4, 5, 6}).has_value());
    CHECK(fit_from_correlation(0.85) == Fit::best);
    CHECK(fit_from_correlation(0.6) == Fit::great);
    CHECK(fit_from_correlation(0.45) == Fit::good);
    CHECK(fit_from_correlation(0.1) == Fit::fair);
    CHECK(top_types({1, 5, 5, 2, 7, 1}, 3) == std::vector<int>{4, 1, 2});
}

namespace {

std::string shipped(const std::string& name) {
    std::ifstream in(std::string(OMETER_TEST_SOURCE_DIR) + "/assets/data/" + name, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("synthetic students with clear interests get lists led by jobs of those interests (both regions)") {
    auto quiz = read_quiz(shipped("quiz.json"), "quiz.json");
    REQUIRE_MESSAGE(quiz.ok(), quiz.error());
    for (const char* region : {"uk", "us"}) {
        auto bundle = read_bundle(shipped(std::string(region) + ".json"), region);
        REQUIRE_MESSAGE(bundle.ok(), bundle.error());
        for (const char* form_id : {"30", "60"}) {
            const QuizForm& form = *quiz->form(form_id);
            // Every single type, and every pair of types, loved; everything else disliked.
            for (int a = 0; a < 6; ++a)
                for (int b = a; b < 6; ++b) {
                    CAPTURE(region);
                    CAPTURE(form_id);
                    CAPTURE(a);
                    CAPTURE(b);
                    std::string digits;
                    for (int id : form.item_ids) {
                        int t = quiz->item(id)->type;
                        digits += t == a || t == b ? '2' : '0';
                    }
                    auto scores = parse_answers(form, AnswerScale::emoji3, digits).value();
                    Profile p = score_answers(quiz.value(), form, scores).value();
                    MatchResult r = match_occupations(bundle.value(), p, MatchOptions{});
                    REQUIRE(r.matches.size() == 10);
                    int matching = 0;
                    for (std::size_t i = 0; i < r.matches.size(); ++i) {
                        int top = top_types(bundle->occupations[r.matches[i].occupation].interests->scores, 1)[0];
                        if (i == 0) CHECK((top == a || top == b));
                        matching += top == a || top == b;
                    }
                    CHECK(matching >= 8);
                }
        }
    }
}
