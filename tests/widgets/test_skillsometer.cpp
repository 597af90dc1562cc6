// Skillsometer flow: welcome, answers, back, results equal to the core's scoring, level filter, saved
// progress, and the events the page relies on.
#include <doctest/doctest.h>

#include "core/bundle_read.hpp"
#include "tests/test_support.hpp"
#include "widgets/shell/null_shell.hpp"
#include "widgets/skillsometer/state.hpp"

using namespace ometer;
using namespace ometer::widgets;

namespace {

SkillsometerState loaded(const std::string& form = "30", AnswerScale scale = AnswerScale::emoji3) {
    SkillsometerState st(form, scale);
    const std::string dir = test::source_dir() + "/assets/data/";
    st.set_bundle(read_bundle(test::read_text(dir + "uk.json")).value());
    st.set_quiz(read_quiz(test::read_text(dir + "quiz.json")).value());
    return st;
}

}  // namespace

TEST_CASE("answering every statement gives the same results as the core") {
    SkillsometerState st = loaded();
    REQUIRE(st.ready());
    CHECK(st.stage() == QuizStage::welcome);
    st.start();
    const std::string digits = "222000111000222000111000222000";
    for (char d : digits) REQUIRE(st.answer(d - '0'));
    REQUIRE(st.stage() == QuizStage::results);
    auto scores = parse_answers(st.form(), AnswerScale::emoji3, digits).value();
    Profile expected = score_answers(st.quiz(), st.form(), scores).value();
    CHECK(st.profile().code == expected.code);
    MatchResult m = match_occupations(st.bundle(), expected, MatchOptions{});
    REQUIRE(st.matches().matches.size() == m.matches.size());
    for (std::size_t i = 0; i < m.matches.size(); ++i) CHECK(st.matches().matches[i].occupation == m.matches[i].occupation);
}

TEST_CASE("back goes to the previous statement and keeps the answer") {
    SkillsometerState st = loaded();
    st.start();
    st.answer(2);
    st.answer(0);
    CHECK(st.current() == 2);
    CHECK(st.back());
    CHECK(st.current() == 1);
    CHECK(st.choice_at(1) == 0);
    st.back();
    st.back();
    CHECK(st.stage() == QuizStage::welcome);
}

TEST_CASE("progress survives a reload, and bad saved text is refused") {
    SkillsometerState st = loaded();
    st.start();
    for (int i = 0; i < 7; ++i) st.answer(i % 3);
    std::string saved = st.save();
    SkillsometerState again = loaded();
    REQUIRE(again.restore(saved));
    CHECK(again.current() == 7);
    CHECK(again.answered() == 7);
    CHECK(again.stage() == QuizStage::questions);
    for (const char* bad : {"", "v2|30|3|0|1|", "v1|60|3|0|1|------------------------------", "v1|30|3|99|1|------------------------------",
                            "v1|30|3|0|1|9-----------------------------"})
        CHECK_FALSE(loaded().restore(bad));
}

TEST_CASE("the level filter re-ranks within the level") {
    SkillsometerState st = loaded();
    st.start();
    for (int i = 0; i < 30; ++i) st.answer(i % 6 == 0 ? 2 : 0);  // realistic only
    st.set_max_level(2);
    for (const auto& m : st.matches().matches) CHECK(st.bundle().occupations[m.occupation].skill_level.value() <= 2);
}

TEST_CASE("the widget: keys answer, events announce, completion hands over the profile") {
    NullShell shell("widget=skillsometer\nform=30\n", 800, 800);
    REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
    shell.frames(2);
    shell.key(Key::enter);
    CHECK(shell.last_event("state").find("\"stage\":\"questions\"") != std::string::npos);
    for (int i = 0; i < 30; ++i) shell.key(i % 2 ? Key::digit3 : Key::digit1);
    CHECK(shell.last_event("state").find("\"stage\":\"results\"") != std::string::npos);
    CHECK(shell.last_event("quizcomplete").find("\"profile\"") != std::string::npos);
    CHECK(shell.last_event("save") == "{\"progress\":\"\"}");
    REQUIRE(shell.command("compare").ok());
    CHECK(shell.last_event("compare").find("\"codes\":[\"") != std::string::npos);
    CHECK_FALSE(shell.command("answer 7").ok());
    CHECK_FALSE(shell.command("level 9").ok());
    REQUIRE(shell.command("restart").ok());
    CHECK(shell.widget().state_json().find("\"stage\":\"welcome\"") != std::string::npos);
}

TEST_CASE("swipes answer on touch screens") {
    NullShell shell("widget=skillsometer\n", 360, 700, 2);
    REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
    shell.command("start");
    CHECK(shell.widget().swipe(120, shell));
    CHECK(shell.widget().swipe(-120, shell));
    shell.frames(1);
    CHECK(shell.widget().state_json().find("\"answered\":2") != std::string::npos);
}
