// The Skillsometer widget: glues SkillsometerState to its view and to the page. Commands: "start",
// "answer N", "back", "restart", "level N" (0 = any), "match N", "compare", "focus ID", "restore SAVED".
// Events: "state", "save" (progress for the frame's sessionStorage; empty clears it), "quizcomplete",
// "compare".
#include <charconv>

#include "core/bundle_read.hpp"
#include "widgets/common/json_text.hpp"
#include "widgets/common/widget.hpp"
#include "widgets/skillsometer/state.hpp"
#include "widgets/skillsometer/state_json.hpp"
#include "widgets/skillsometer/view.hpp"

namespace ometer::widgets {

namespace {

std::optional<int> parse_int(std::string_view s) {
    int v = 0;
    auto [p, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || p != s.data() + s.size()) return std::nullopt;
    return v;
}

class Skillsometer final : public Widget {
public:
    explicit Skillsometer(const Options& options) : options_(options), state_(options.form, options.scale) {}

    std::vector<std::string> data_files() const override {
        return {std::string(region_name(options_.region)) + ".json", "quiz.json"};
    }

    Result<bool> load(std::string_view name, std::string_view text) override {
        if (name == std::string(region_name(options_.region)) + ".json") {
            auto b = read_bundle(text, std::string(name));
            if (!b) return fail(b.error());
            state_.set_bundle(std::move(b.value()));
        } else if (name == "quiz.json") {
            auto q = read_quiz(text, std::string(name));
            if (!q) return fail(q.error());
            state_.set_quiz(std::move(q.value()));
        } else {
            return Error{"unexpected data file " + std::string(name)};
        }
        changed_ = true;
        return true;
    }

    void frame(Host& host, const Theme& theme) override {
        SkillsometerView view = draw_skillsometer({state_, theme, focus_id_, host.now(), answered_at_, last_choice_,
                                                   options_.reduced_motion, error_});
        for (const auto& a : view.actions) apply(a, host);
        animating_ = view.animating;
        content_height_ = view.content_height / theme.px;
        flush(host);
    }

    bool animating() const override { return animating_; }

    bool key(Key key, Host& host) override {
        bool used = true;
        switch (key) {
            case Key::digit1: used = answer(0, host); break;
            case Key::digit2: used = answer(1, host); break;
            case Key::digit3: used = answer(2, host); break;
            case Key::backspace:
            case Key::left: used = state_.back(); break;
            case Key::enter:
            case Key::space:
                if (state_.stage() == QuizStage::welcome) state_.start();
                else used = false;
                break;
            default: used = false;
        }
        if (used) changed_ = true;
        return used;
    }

    bool swipe(float dx, Host& host) override {
        if (state_.stage() != QuizStage::questions) return false;
        // Right = love, left = dislike (like the faces' order), following common swipe apps.
        return answer(dx > 0 ? scale_points(state_.scale()) - 1 : 0, host);
    }

    Result<bool> command(std::string_view line, Host& host) override {
        std::size_t sp = line.find(' ');
        std::string_view verb = line.substr(0, sp);
        std::string_view arg = sp == std::string_view::npos ? std::string_view{} : line.substr(sp + 1);
        if (verb == "start") {
            if (!state_.ready()) return Error{"start: the quiz is still loading"};
            state_.start();
        } else if (verb == "answer") {
            auto v = parse_int(arg);
            if (!v || !answer(*v, host)) return Error{"answer: expected 0 to " + std::to_string(scale_points(state_.scale()) - 1) + " while a statement is shown"};
        } else if (verb == "back") {
            if (!state_.back()) return Error{"back: nothing to go back to"};
        } else if (verb == "restart") {
            state_.restart();
            host.emit("save", "{\"progress\":\"\"}");
        } else if (verb == "level") {
            auto v = parse_int(arg);
            if (!v || *v < 0 || *v > state_.level_count()) return Error{"level: expected 0 (any) to " + std::to_string(state_.level_count())};
            state_.set_max_level(*v == 0 ? std::nullopt : std::optional<int>(*v));
        } else if (verb == "match") {
            auto v = parse_int(arg);
            if (!v || *v < 0 || static_cast<std::size_t>(*v) >= state_.matches().matches.size()) return Error{"match: no such match"};
            state_.toggle_expanded(static_cast<std::size_t>(*v));
        } else if (verb == "compare") {
            emit_compare(host);
        } else if (verb == "focus") {
            focus_id_ = std::string(arg);
            return true;
        } else if (verb == "restore") {
            if (!state_.restore(std::string(arg))) return Error{"restore: saved progress does not fit this quiz"};
        } else {
            return Error{"unknown command \"" + std::string(verb) + "\""};
        }
        changed_ = true;
        return true;
    }

    std::string state_json() const override { return skillsometer_state_json(state_, warnings_, error_); }
    float content_height() const override { return content_height_; }

private:
    Error fail(const std::string& message) {
        error_ = "Sorry, the quiz data could not be read. (" + message + ")";
        changed_ = true;
        return Error{message};
    }

    bool answer(int choice, Host& host) {
        if (!state_.answer(choice)) return false;
        answered_at_ = host.now();
        last_choice_ = choice;
        changed_ = true;
        if (state_.stage() == QuizStage::results) host.emit("quizcomplete", skillsometer_complete_json(state_));
        return true;
    }

    void emit_compare(Host& host) {
        std::string codes = "[";
        for (const auto& c : state_.compare_codes()) codes += (codes.size() > 1 ? "," : "") + json_quote(c);
        host.emit("compare", "{\"codes\":" + codes + "]}");
    }

    void apply(const SkillsometerAction& a, Host& host) {
        switch (a.type) {
            case SkillsometerAction::start: state_.start(); break;
            case SkillsometerAction::answer: answer(a.value, host); break;
            case SkillsometerAction::back: state_.back(); break;
            case SkillsometerAction::restart:
                state_.restart();
                break;
            case SkillsometerAction::set_level: state_.set_max_level(a.value == 0 ? std::nullopt : std::optional<int>(a.value)); break;
            case SkillsometerAction::toggle_match: state_.toggle_expanded(static_cast<std::size_t>(a.value)); break;
            case SkillsometerAction::compare: emit_compare(host); break;
        }
        changed_ = true;
    }

    // Announces changes: state for the page, progress for sessionStorage (cleared once finished).
    void flush(Host& host) {
        if (!changed_) return;
        changed_ = false;
        host.emit("state", skillsometer_state_json(state_, warnings_, error_));
        if (!state_.ready()) return;
        bool keep = state_.stage() != QuizStage::results && state_.answered() > 0;
        host.emit("save", "{\"progress\":" + json_quote(keep ? state_.save() : "") + "}");
    }

    Options options_;
    SkillsometerState state_;
    std::vector<std::string> warnings_;
    std::string error_;
    std::string focus_id_;
    bool changed_ = true;
    bool animating_ = false;
    double answered_at_ = -1;
    int last_choice_ = -1;
    float content_height_ = 400;
};

}  // namespace

std::unique_ptr<Widget> make_skillsometer(const Options& options) { return std::make_unique<Skillsometer>(options); }

}  // namespace ometer::widgets
