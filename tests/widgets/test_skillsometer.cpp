// Skillsometer flow: welcome, answers, back, results equal to the core's scoring, level filter, compare
// ticks, saved progress, keys and taps, animations that end, flat profiles, and the events the page relies on.
// Over 400 lines because it walks the whole quiz as a student does, one short case per step of the flow.
#include <doctest/doctest.h>

#include <array>
#include <functional>

#include <nlohmann/json.hpp>

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
    st.set_bundle(read_bundle(test::read_text(dir + "uk-cards.json")).value());
    st.set_quiz(read_quiz(test::read_text(dir + "quiz.json")).value());
    return st;
}

}  // namespace

TEST_CASE("the statements need only the quiz file; the job cards are fetched once a quiz is under way") {
    const std::string dir = test::source_dir() + "/assets/data/";
    SkillsometerState st("30", AnswerScale::emoji3);
    st.set_quiz(read_quiz(test::read_text(dir + "quiz.json")).value());
    REQUIRE(st.ready());
    CHECK_FALSE(st.has_jobs());
    REQUIRE(st.start());
    for (int i = 0; i < 30; ++i) REQUIRE(st.answer(i % 3));
    CHECK(st.stage() == QuizStage::results);
    CHECK(st.results_waiting());  // finished before the cards arrived
    CHECK(st.matches().matches.empty());
    st.set_bundle(read_bundle(test::read_text(dir + "uk-cards.json")).value());
    CHECK_FALSE(st.results_waiting());
    CHECK(st.matches().matches.size() >= 10);

    NullShell shell("widget=skillsometer\n", 1024, 800);
    CHECK(shell.widget().data_files() == std::vector<std::string>{"quiz.json"});
    REQUIRE(shell.load_data(dir).ok());
    shell.frames(3);
    CHECK(shell.last_event("need-data").empty());  // nothing more until a student starts
    REQUIRE(shell.command("start").ok());
    CHECK(shell.last_event("need-data").find("uk-cards.json") != std::string::npos);
}

TEST_CASE("answering every statement gives the same results as the core") {
    SkillsometerState st = loaded();
    REQUIRE(st.ready());
    CHECK(st.stage() == QuizStage::welcome);
    st.start();
    const std::string digits = "222000111000222000111000222000";
    for (char d : digits) REQUIRE(st.answer(d - '0'));
    REQUIRE(st.stage() == QuizStage::results);
    QuizRequest req;
    req.form = st.form().id;
    req.choices = parse_choices(st.form(), AnswerScale::emoji3, digits).value();
    auto expected = run_quiz(st.quiz(), st.bundle(), req);
    REQUIRE(expected.ok());
    CHECK(st.profile().code == expected->profile.code);
    const MatchResult& m = expected->result;
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

TEST_CASE("the level filter: at this level, or this level and below, re-ranked within it") {
    SkillsometerState st = loaded();
    st.start();
    for (int i = 0; i < 30; ++i) st.answer(i % 6 == 0 ? 2 : 0);  // realistic only
    st.set_level(2);
    REQUIRE_FALSE(st.matches().matches.empty());
    for (const auto& m : st.matches().matches) CHECK(st.bundle().occupations[m.occupation].skill_level.value() == 2);
    st.set_include_lower(true);
    bool below = false;
    for (const auto& m : st.matches().matches) {
        const int level = st.bundle().occupations[m.occupation].skill_level.value();
        CHECK(level <= 2);
        below |= level < 2;
    }
    CHECK(below);
    st.set_level(std::nullopt);
    CHECK_FALSE(st.level().has_value());
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

namespace {

// Where the answer buttons were drawn, from the layout the widget reports ({x, y, w, h} in CSS px).
std::vector<std::array<float, 4>> answer_rects(const NullShell& shell) {
    auto j = nlohmann::json::parse(shell.last_event("layout"));
    std::vector<std::array<float, 4>> out;
    for (int i = 0; i < 5; ++i) {
        const std::string id = "answer-" + std::to_string(i);
        if (!j.contains(id)) break;
        const auto& r = j[id];
        out.push_back({r[0].get<float>(), r[1].get<float>(), r[2].get<float>(), r[3].get<float>()});
    }
    return out;
}

nlohmann::json state_of(NullShell& shell) { return nlohmann::json::parse(shell.widget().state_json()); }

// Frames until the widget stops asking for them; returns how many it took (capped).
int frames_until_idle(NullShell& shell, int cap = 120) {
    int n = 0;
    while (shell.runner().needs_frame() && n < cap) {
        shell.frames(1);
        ++n;
    }
    return n;
}

}  // namespace

TEST_CASE("three jobs are ticked for comparing at first; ticks toggle, up to three") {
    SkillsometerState st = loaded();
    st.start();
    for (int i = 0; i < 30; ++i) st.answer(i % 3);
    REQUIRE(st.matches().matches.size() >= 5);
    CHECK(st.pick_count() == 3);
    CHECK(st.compare_codes().size() == 3);
    CHECK(st.compare_codes()[0] == st.bundle().occupations[st.matches().matches[0].occupation].code);
    CHECK_FALSE(st.toggle_pick(4));  // a fourth is refused
    CHECK(st.toggle_pick(1));        // untick the second
    CHECK(st.toggle_pick(4));
    CHECK(st.picked(4));
    CHECK_FALSE(st.picked(1));
    auto codes = st.compare_codes();
    REQUIRE(codes.size() == 3);
    CHECK(codes[2] == st.bundle().occupations[st.matches().matches[4].occupation].code);  // list order
    CHECK_FALSE(st.toggle_pick(99));
    st.set_level(2);  // a new list starts from its own top three
    CHECK(st.pick_count() == std::min<std::size_t>(3, st.matches().matches.size()));
    CHECK(st.picked(0));
}

TEST_CASE("'any level' is the default, and the level choices count the matches at each level") {
    SkillsometerState st = loaded();
    st.start();
    for (int i = 0; i < 30; ++i) st.answer(i % 3);
    CHECK_FALSE(st.level().has_value());
    std::size_t total = 0;
    for (const auto& lc : st.matches().level_counts) total += lc.matches;
    CHECK(total >= st.matches().matches.size());
    st.set_level(3);
    CHECK(st.level() == 3);
    st.set_level(9);  // not a level: ignored
    CHECK(st.level() == 3);
}

TEST_CASE("the state JSON carries what the page needs: answer positions, levels, ticks") {
    NullShell shell("widget=skillsometer\n", 1024, 800);
    REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
    shell.command("start");
    shell.frames(2);
    auto rects = answer_rects(shell);
    REQUIRE(rects.size() == 3);
    for (const auto& r : rects) {
        CHECK(r[2] > 80);  // big buttons
        CHECK(r[3] > 80);
    }
    CHECK(rects[0][0] < rects[1][0]);
    for (int i = 0; i < 30; ++i) shell.command("answer " + std::to_string(i % 3));
    auto j = state_of(shell);
    REQUIRE(j["stage"] == "results");
    const auto& r = j["results"];
    REQUIRE(r["levels"].size() == 4);
    const std::string vm = shell.widget().vm_json();
    CHECK(vm.find("\"text\":\"GCSEs (") != std::string::npos);
    CHECK(vm.find("\"text\":\"Degree (") != std::string::npos);
    CHECK(vm.find("\"text\":\"Any level\"") != std::string::npos);
    CHECK(r["compare"].size() == 3);
    CHECK(r["matches"][0]["picked"] == true);
    CHECK(r["matches"][5]["picked"] == false);
    REQUIRE(shell.command("pick 0").ok());
    CHECK(state_of(shell)["results"]["compare"].size() == 2);
    REQUIRE(shell.command("compare").ok());
    CHECK(shell.last_event("compare").find(state_of(shell)["results"]["compare"][0].get<std::string>()) != std::string::npos);
}

TEST_CASE("tapping a face answers with that face") {
    NullShell shell("widget=skillsometer\n", 360, 740, 2);
    REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
    shell.command("start");
    shell.frames(2);
    const int expected[4] = {2, 0, 1, 2};
    for (int choice : expected) {
        auto rects = answer_rects(shell);
        REQUIRE(rects.size() == 3);
        const auto& r = rects[static_cast<std::size_t>(choice)];
        shell.tap(r[0] + r[2] * 0.5f, r[1] + r[3] * 0.5f);
        frames_until_idle(shell);
    }
    auto j = state_of(shell);
    CHECK(j["answered"] == 4);
    CHECK(j["current"] == 4);
    SkillsometerState st = loaded();
    REQUIRE(st.restore(shell.last_event("save").substr(13, shell.last_event("save").size() - 15)));
    for (std::size_t i = 0; i < 4; ++i) CHECK(st.choice_at(i) == expected[i]);
}

TEST_CASE("the keyboard: digits answer, arrows and Enter pick, Backspace goes back") {
    NullShell shell("widget=skillsometer\n", 1024, 800);
    REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
    shell.key(Key::space);
    CHECK(state_of(shell)["stage"] == "questions");
    shell.key(Key::digit3);
    CHECK(state_of(shell)["current"] == 1);
    shell.key(Key::right);  // lands on the middle answer first, then moves right
    shell.key(Key::right);
    shell.key(Key::enter);
    shell.key(Key::left);
    shell.key(Key::left);
    shell.key(Key::left);  // stops at the first answer
    shell.key(Key::enter);
    auto j = state_of(shell);
    CHECK(j["current"] == 3);
    shell.key(Key::backspace);
    j = state_of(shell);
    CHECK(j["current"] == 2);
    CHECK(j["choice"] == 0);
    shell.key(Key::backspace);
    CHECK(state_of(shell)["choice"] == 2);
    CHECK_FALSE(shell.widget().key(Key::digit4, shell));  // not on the 3-point scale

    NullShell five("widget=skillsometer\nscale=5\n", 1024, 800);
    REQUIRE(five.load_data(test::source_dir() + "/assets/data").ok());
    five.key(Key::enter);
    five.frames(2);
    CHECK(answer_rects(five).size() == 5);
    five.key(Key::digit5);
    five.key(Key::digit4);
    five.key(Key::digit1);
    five.key(Key::backspace);
    CHECK(state_of(five)["choice"] == 0);
    five.key(Key::backspace);
    CHECK(state_of(five)["choice"] == 3);
}

TEST_CASE("answering animates briefly, then the widget goes idle; reduced motion does not animate") {
    for (std::string motion : {"", "reduced-motion=1\n"}) {
        CAPTURE(motion);
        NullShell shell(std::string("widget=skillsometer\n") + motion, 900, 700);
        REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
        shell.command("start");
        frames_until_idle(shell);
        shell.key(Key::digit3);
        const bool reduced = !motion.empty();
        CHECK(shell.widget().animating() == !reduced);
        int n = frames_until_idle(shell);
        CHECK(n < 60);  // about half a second at 60 frames a second
        CHECK_FALSE(shell.runner().needs_frame());
        for (int i = 0; i < 29; ++i) shell.key(Key::digit1);
        frames_until_idle(shell);
        CHECK(state_of(shell)["stage"] == "results");
        CHECK_FALSE(shell.runner().needs_frame());
    }
}

TEST_CASE("a flat profile gives a message and common jobs, never NaN") {
    for (char digit : {'0', '1', '2'}) {
        CAPTURE(digit);
        NullShell shell("widget=skillsometer\n", 800, 800);
        REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
        shell.command("start");
        for (int i = 0; i < 30; ++i) shell.command(std::string("answer ") + digit);
        shell.frames(3);
        auto j = state_of(shell);
        const auto& r = j["results"];
        for (const auto& [letter, v] : r["profile_normalised"].items()) CHECK(v.is_number());  // NaN would be null
        for (const auto& m : r["matches"]) {
            CHECK(m["fit"].is_null());  // well-known jobs are not called matches
            CHECK(m["reason"]["source"] == "well_known");
        }
        CHECK(r["flat"] == true);
        CHECK(r["fallback"] == true);
        CHECK(r["message"].get<std::string>().find("same answer") != std::string::npos);
        CHECK(r["matches"].size() == 6);  // one well-known job per interest area
        CHECK(r["code"] == "");
    }
}

TEST_CASE("a near-flat profile is flagged as a rough guide") {
    NullShell shell("widget=skillsometer\n", 800, 800);
    REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
    shell.command("start");
    shell.command("answer 1");
    for (int i = 0; i < 29; ++i) shell.command("answer 2");
    auto r = state_of(shell)["results"];
    CHECK(r["near_flat"] == true);
    CHECK(r["flat"] == false);
    CHECK(r["message"].get<std::string>().find("rough guide") != std::string::npos);
}

TEST_CASE("restoring progress resumes the quiz; restarting clears the saved progress") {
    NullShell shell("widget=skillsometer\n", 800, 800);
    REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
    shell.command("start");
    for (int i = 0; i < 5; ++i) shell.command("answer 2");
    std::string save = shell.last_event("save");
    CHECK(save == "{\"progress\":\"v1|30|3|5|1|22222-------------------------\"}");

    NullShell again("widget=skillsometer\n", 800, 800);
    REQUIRE(again.load_data(test::source_dir() + "/assets/data").ok());
    REQUIRE(again.command("restore v1|30|3|5|1|22222-------------------------").ok());
    auto j = state_of(again);
    CHECK(j["stage"] == "questions");
    CHECK(j["current"] == 5);
    CHECK(j["answered"] == 5);
    CHECK_FALSE(again.command("restore v1|60|3|5|1|22222").ok());
    REQUIRE(again.command("restart").ok());
    CHECK(again.last_event("save") == "{\"progress\":\"\"}");
    CHECK(state_of(again)["answered"] == 0);
}

TEST_CASE("the US region uses Job Zones and dollars") {
    NullShell shell("widget=skillsometer\nregion=us\n", 800, 800);
    REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
    shell.command("start");
    for (int i = 0; i < 30; ++i) shell.command("answer " + std::to_string(i % 3));
    auto r = state_of(shell)["results"];
    REQUIRE(r["levels"].size() == 4);  // O*NET's four-level Job Zone framework
    CHECK(r["levels"][0]["level"] == 2);
    CHECK(shell.widget().vm_json().find("High school or less (") != std::string::npos);
    CHECK(shell.widget().vm_json().find("\"text\":\"$") != std::string::npos);
    REQUIRE(shell.command("level 3").ok());
    CHECK(state_of(shell)["results"]["level"] == 3);
    REQUIRE(shell.command("level 0").ok());
    CHECK(state_of(shell)["results"]["level"].is_null());
    CHECK_FALSE(shell.command("level 1").ok());  // Job Zone 1 is part of level 2 in O*NET 30
}

TEST_CASE("every stage draws at phone, tablet and desktop sizes in every theme") {
    for (std::string theme : {"light", "dark", "high-contrast"})
        for (float width : {320.0f, 768.0f, 1280.0f})
            for (std::string scale : {"3", "5"}) {
                CAPTURE(theme);
                CAPTURE(width);
                CAPTURE(scale);
                NullShell shell(std::string("widget=skillsometer\ntheme=") + theme + "\nscale=" + scale + "\n", width, 700, 2);
                REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
                shell.frames(2);
                float welcome = shell.widget().content_height();
                shell.command("start");
                shell.frames(2);
                float question = shell.widget().content_height();
                for (const auto& r : answer_rects(shell)) CHECK(r[0] + r[2] <= width);
                const std::string top = scale == "5" ? "4" : "2";
                for (int i = 0; i < 30; ++i) REQUIRE(shell.command("answer " + (i % 2 ? std::string("0") : top)).ok());
                shell.command("match 0");
                shell.frames(2);
                float results = shell.widget().content_height();
                CHECK(shell.last_vertex_count() > 500);
                CHECK(welcome > 300);
                CHECK(question > 300);
                CHECK(results > question);
                CHECK(results < 20000);
            }
}

TEST_CASE("the question card keeps one height from statement to statement") {
    NullShell shell("widget=skillsometer\n", 360, 740, 2);
    REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
    shell.command("start");
    shell.frames(2);
    const float h = shell.widget().content_height();
    for (int i = 0; i < 29; ++i) {
        shell.command("answer 1");
        shell.frames(1);
        CHECK(shell.widget().content_height() == doctest::Approx(h));
    }
}

TEST_CASE("a results code rebuilds the same results in a fresh widget, even on another form and scale") {
    NullShell shell("widget=skillsometer\nscale=5\nform=60\n", 1024, 800);
    REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
    shell.command("start");
    for (int i = 0; i < 60; ++i) REQUIRE(shell.command("answer " + std::to_string((i * 7) % 5)).ok());
    auto done = state_of(shell);
    const auto vm = nlohmann::json::parse(shell.widget().vm_json());
    std::string code;
    std::function<void(const nlohmann::json&)> find = [&](const nlohmann::json& n) {
        if (n.value("id", "") == "keep-code") code = n.value("text", "");
        if (n.contains("children"))
            for (const auto& c : n["children"]) find(c);
    };
    find(vm);
    REQUIRE(code.rfind("SK1-", 0) == 0);
    NullShell fresh("widget=skillsometer\n", 1024, 800);  // the quick form, three faces
    REQUIRE(fresh.load_data(test::source_dir() + "/assets/data").ok());
    CHECK_FALSE(fresh.command("code CM1-10A1-HZFT-75Q").ok());  // a comparison code: said so
    CHECK(fresh.widget().vm_json().find("That is a Careerometer code") != std::string::npos);
    REQUIRE(fresh.command("code " + code).ok());
    auto again = state_of(fresh);
    CHECK(again["stage"] == "results");
    CHECK(again["form"] == "60");
    CHECK(again["scale"] == 5);
    CHECK(again["results"]["code"] == done["results"]["code"]);
    CHECK(again["results"]["matches"] == done["results"]["matches"]);
    CHECK_FALSE(fresh.last_event("quizcomplete").empty());
}
