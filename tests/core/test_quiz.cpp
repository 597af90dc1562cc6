// Quiz scoring and matching: answer parsing, type scores, the Holland-code tie rule, flat profiles,
// Pearson matching, level filters and determinism.
#include <doctest/doctest.h>

#include <algorithm>
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
    auto choices = parse_choices(*q.form(form), scale, digits);
    REQUIRE_MESSAGE(choices.ok(), choices.error());
    auto p = score_choices(q, *q.form(form), scale, choices.value());
    REQUIRE_MESSAGE(p.ok(), p.error());
    return p.value();
}

std::string shipped(const std::string& name) {
    std::ifstream in(std::string(OMETER_TEST_SOURCE_DIR) + "/assets/data/" + name, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("answer digits map to choices and O*NET's 0-4 item scores") {
    Quiz q = small_quiz();
    const QuizForm& f = *q.form("6");
    CHECK(parse_choices(f, AnswerScale::emoji3, "012012").value() == std::vector<int>{0, 1, 2, 0, 1, 2});
    CHECK(parse_choices(f, AnswerScale::likert5, "123455").value() == std::vector<int>{0, 1, 2, 3, 4, 4});
    CHECK(choices_to_digits(AnswerScale::likert5, {0, 1, 2, 3, 4, 4}) == "123455");
    CHECK(choice_score(AnswerScale::emoji3, 1) == kNotSureScore);
    CHECK(choice_score(AnswerScale::likert5, 2) == kNotSureScore);
    CHECK(choice_score(AnswerScale::emoji3, 2) == 4);
}

TEST_CASE("bad answers are rejected with the position and the reason; unanswered is an error, not 'not sure'") {
    Quiz q = small_quiz();
    const QuizForm& f = *q.form("6");
    CHECK(parse_choices(f, AnswerScale::emoji3, "01201").error() == "answers: expected 6 digits for the 6-item form, got 5");
    CHECK(parse_choices(f, AnswerScale::emoji3, "012013").error() ==
          "answers: position 6 is '3', expected 0, 1 or 2 (dislike, not sure, love)");
    CHECK(parse_choices(f, AnswerScale::likert5, "12345x").error().find("position 6 is 'x'") != std::string::npos);
    CHECK(parse_choices(f, AnswerScale::emoji3, std::string("01201\x01")).error().find("byte 1") != std::string::npos);
    CHECK(parse_choices(f, AnswerScale::emoji3, "").error().find("got 0") != std::string::npos);
    CHECK(score_choices(q, f, AnswerScale::emoji3, {0, 1, 2, -1, 1, 1}).error() ==
          "answers: statement 4 has no answer on the 3-point scale");
}

TEST_CASE("the Holland code holds only areas that stand out, strongest first, with ties as ties") {
    Quiz q = small_quiz();
    // R love, I not sure, A dislike, S love, E dislike, C not sure (both items of each type).
    Profile p = score(q, "12", AnswerScale::emoji3, "210201210201");
    CHECK(p.raw[0] == 8);
    CHECK(p.raw[1] == 4);
    CHECK(p.max[0] == 8);
    CHECK(p.normalised[3] == doctest::Approx(1.0));
    CHECK(p.code == "RS");  // I and C are "not sure": they never join the code
    REQUIRE(p.tiers.size() == 1);
    CHECK(p.tiers[0] == std::vector<int>{0, 3});  // R and S tie
    CHECK(code_text(p) == "Realistic and Social, equally");
    // Love R, everything else not sure: "R", not "RIA".
    CHECK(score(q, "6", AnswerScale::emoji3, "211111").code == "R");
    // S first, then A and E tied.
    Profile t = score(q, "12", AnswerScale::likert5, "115551114541");
    CHECK(t.code == "SAE");
    CHECK(code_text(t) == "Social, then Artistic or Enterprising");
    CHECK(code_text(t, false) == "S, then A or E");
    // Nothing above "not sure": no code at all.
    CHECK(score(q, "6", AnswerScale::emoji3, "100000").code.empty());
}

TEST_CASE("a tie for third place keeps the whole tie") {
    Quiz q = small_quiz();
    Profile p = score(q, "6", AnswerScale::likert5, "544441");  // R, then I A S E tied
    CHECK(p.code == "RIASE");
    CHECK(code_text(p, false) == "R, then I, A, S or E");
}

TEST_CASE("all-same answers get a message and one well-known job per area, by the job's own numbers") {
    Quiz q = small_quiz();
    Bundle b = small_bundle();
    b.occupations[3].pay_from = {FigureOrigin::group, "99-9999", "All social jobs"};  // 4000: not its own count
    Occupation other_social = b.occupations[3];
    other_social.code = "4100";
    other_social.people = 20;
    other_social.pay_from = {};
    b.occupations.push_back(other_social);
    for (auto& o : b.occupations)
        if (o.interests) o.interests->high_point = std::string(1, kRiasecLetters[static_cast<std::size_t>(top_types(o.interests->scores, 1)[0])]);
    b.rebuild_lookup();
    for (const char* digits : {"111111111111", "000000000000", "222222222222"}) {
        Profile p = score(q, "12", AnswerScale::emoji3, digits);
        CHECK(p.flat);
        CHECK(p.code.empty());
        MatchResult r = match_occupations(b, p, MatchOptions{});
        CHECK(r.fallback);
        CHECK(r.message.find("well-known job from each of the six") != std::string::npos);
        REQUIRE(r.matches.size() == 6);
        std::vector<std::string> codes;
        for (const auto& m : r.matches) {
            codes.push_back(b.occupations[m.occupation].code);
            CHECK_FALSE(m.fit.has_value());
            CHECK(m.reason.source == ReasonSource::well_known);
        }
        CHECK(codes == std::vector<std::string>{"1000", "2000", "3000", "4100", "5000", "6000"});
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

TEST_CASE("matching ranks by Pearson correlation, never shows a weak match, and explains itself truthfully") {
    Quiz q = small_quiz();
    Bundle b = small_bundle();
    b.occupations[2].interests->high_point = "AS";
    Profile p = score(q, "12", AnswerScale::emoji3, "002000002000");  // artistic only
    MatchResult r = match_occupations(b, p, MatchOptions{});
    REQUIRE_FALSE(r.matches.empty());
    CHECK(b.occupations[r.matches[0].occupation].code == "3000");
    CHECK(r.matches[0].fit == Fit::strong);
    CHECK(r.matches[0].reason.text == "Shares your top interest: Artistic");
    CHECK(r.matches[0].reason.areas == std::vector<int>{2});
    for (std::size_t i = 1; i < r.matches.size(); ++i) CHECK(r.matches[i - 1].correlation >= r.matches[i].correlation);
    for (const auto& m : r.matches) {
        CHECK(m.correlation >= kMatchFloor);
        CHECK(b.occupations[m.occupation].code != "8000");
    }
    CHECK(r.below_floor > 0);
}

TEST_CASE("reasons: shared standout areas from the job's high point, then pattern, then plainly the closest") {
    Quiz q = small_quiz();
    Bundle b = small_bundle();
    b.occupations[6].interests->high_point = "RI";   // 7000
    b.occupations[0].interests->high_point = "RC";   // 1000
    Profile p = score(q, "12", AnswerScale::emoji3, "220000220000");  // R and I
    MatchResult r = match_occupations(b, p, MatchOptions{});
    CHECK(b.occupations[r.matches[0].occupation].code == "7000");
    CHECK(r.matches[0].reason.text == "Shares your top interests: Realistic and Investigative");
    for (const auto& m : r.matches) {
        const auto job = high_point_types(*b.occupations[m.occupation].interests);
        for (int t : m.reason.areas) {
            CHECK(std::find(p.top.begin(), p.top.end(), t) != p.top.end());
            CHECK(std::find(job.begin(), job.end(), t) != job.end());
        }
        if (m.reason.source == ReasonSource::pattern) CHECK(*m.fit != Fit::partial);
    }
}

TEST_CASE("levels: at this level, or this level and below, with counts per level and a next step") {
    Quiz q = small_quiz();
    Bundle b = small_bundle();
    Profile p = score(q, "12", AnswerScale::emoji3, "002000002000");  // artistic: 3000 at level 4
    MatchOptions at;
    at.level = 4;
    MatchResult r = match_occupations(b, p, at);
    REQUIRE_FALSE(r.matches.empty());
    for (const auto& m : r.matches) CHECK(b.occupations[m.occupation].skill_level.value() == 4);
    REQUIRE(r.level_counts.size() == 4);
    CHECK(r.level_counts[3].level == 4);
    CHECK(r.level_counts[3].matches == r.matches.size());
    MatchOptions below;
    below.level = 2;
    below.include_lower = true;
    MatchResult low = match_occupations(b, p, below);
    for (const auto& m : low.matches) CHECK(b.occupations[m.occupation].skill_level.value() <= 2);
    CHECK(low.matches.size() < 10);
    CHECK(low.message.find("at this level match your interests closely enough") != std::string::npos);
    CHECK(low.message.find("Try Degree") != std::string::npos);
    at.limit = 1;
    CHECK(match_occupations(b, p, at).matches.size() == 1);
}

TEST_CASE("run_quiz: one pipeline from choices to matches, with clear errors") {
    Quiz q = small_quiz();
    Bundle b = small_bundle();
    QuizRequest req;
    req.form = "6";
    req.choices = {0, 0, 2, 0, 0, 0};
    auto out = run_quiz(q, b, req);
    REQUIRE_MESSAGE(out.ok(), out.error());
    CHECK(out->profile.code == "A");
    CHECK(b.occupations[out->result.matches[0].occupation].code == "3000");
    req.form = "7";
    CHECK(run_quiz(q, b, req).error() == "quiz: no form \"7\" (use 60 or 30)");
    req.form = "6";
    req.match.level = 5;
    CHECK(run_quiz(q, b, req).error() == "quiz: level must be from 1 to 4 for the uk data");
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
    CHECK(fit_from_correlation(0.85) == Fit::strong);
    CHECK(fit_from_correlation(kGoodFit) == Fit::good);
    CHECK(fit_from_correlation(0.45) == Fit::partial);
    CHECK_FALSE(fit_from_correlation(0.39).has_value());
    CHECK_FALSE(fit_from_correlation(-0.2).has_value());
    CHECK(top_types({1, 5, 5, 2, 7, 1}, 3) == std::vector<int>{4, 1, 2});
}

// Issue 10's acceptance, over the shipped data: every single-area and two-area persona (loved areas, the
// rest disliked or "not sure"), both forms and scales, every level both ways, both regions.
TEST_CASE("personas: truthful reasons, no match below the floor, no 'not sure' area in the code") {
    auto quiz = read_quiz(shipped("quiz.json"), "quiz.json");
    REQUIRE_MESSAGE(quiz.ok(), quiz.error());
    std::size_t runs = 0, shown = 0;
    for (const char* region : {"uk", "us"}) {
        auto bundle = read_bundle(shipped(std::string(region) + ".json"), region);
        REQUIRE_MESSAGE(bundle.ok(), bundle.error());
        const LevelScale levels = level_scale(bundle->region);
        for (const char* form_id : {"30", "60"})
            for (AnswerScale scale : {AnswerScale::emoji3, AnswerScale::likert5})
                for (int rest : {0, 1})  // the other areas: dislike, or not sure
                    for (int a = 0; a < 6; ++a)
                        for (int b = a; b < 6; ++b) {
                            const QuizForm& form = *quiz->form(form_id);
                            const int top = scale_points(scale) - 1, unsure = top / 2;
                            QuizRequest req;
                            req.form = form_id;
                            req.scale = scale;
                            for (int id : form.item_ids) {
                                int t = quiz->item(id)->type;
                                req.choices.push_back(t == a || t == b ? top : rest ? unsure : 0);
                            }
                            for (int level = levels.first - 1; level <= levels.last; ++level)
                                for (bool lower : {false, true}) {
                                    if (level < levels.first && lower) continue;
                                    req.match = MatchOptions{};
                                    if (level >= levels.first) req.match.level = level;
                                    req.match.include_lower = lower;
                                    CAPTURE(region);
                                    CAPTURE(form_id);
                                    CAPTURE(a);
                                    CAPTURE(b);
                                    CAPTURE(rest);
                                    CAPTURE(level);
                                    auto out = run_quiz(quiz.value(), bundle.value(), req);
                                    REQUIRE_MESSAGE(out.ok(), out.error());
                                    ++runs;
                                    const Profile& p = out->profile;
                                    // Only the loved areas are in the code.
                                    for (int t : p.top) CHECK((t == a || t == b));
                                    CHECK(p.top.size() == (a == b ? 1u : 2u));
                                    for (const auto& m : out->result.matches) {
                                        ++shown;
                                        REQUIRE(m.fit.has_value());
                                        CHECK(m.correlation >= kMatchFloor);
                                        const Occupation& occ = bundle->occupations[m.occupation];
                                        const auto job = high_point_types(*occ.interests);
                                        for (int t : m.reason.areas) {
                                            CHECK(std::find(p.top.begin(), p.top.end(), t) != p.top.end());
                                            CHECK(std::find(job.begin(), job.end(), t) != job.end());
                                        }
                                        if (m.reason.source == ReasonSource::pattern) CHECK(*m.fit != Fit::partial);
                                        if (auto lv = occupation_level(bundle.value(), occ); req.match.level)
                                            CHECK((lower ? *lv <= level : *lv == level));
                                    }
                                    if (!req.match.level && !out->result.matches.empty()) {
                                        // The list is led by a job whose strongest interest is a loved area.
                                        const Occupation& first = bundle->occupations[out->result.matches[0].occupation];
                                        int lead = top_types(first.interests->scores, 1)[0];
                                        CHECK((lead == a || lead == b));
                                    }
                                }
                        }
    }
    MESSAGE(runs << " persona runs, " << shown << " matches checked");
}
