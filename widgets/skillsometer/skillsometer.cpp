// The Skillsometer widget: glues SkillsometerState to its view and to the page. Commands: "start",
// "answer N", "back", "restart", "level N" (0 = any), "match N", "pick N", "compare", "focus ID",
// "restore SAVED". Events: "state", "save" (progress for the frame's sessionStorage; empty clears it),
// "quizcomplete", "compare". Keys: 1-3 (1-5 on the 5-point scale) answer, arrows move between answers,
// Enter or Space picks the one in focus (or starts), Backspace goes back.
#include <algorithm>
#include <array>

#include "core/bundle_read.hpp"
#include "widgets/common/json_text.hpp"
#include "widgets/common/command.hpp"
#include "widgets/common/widget.hpp"
#include "widgets/skillsometer/state.hpp"
#include "widgets/skillsometer/state_json.hpp"
#include "widgets/skillsometer/view.hpp"

namespace ometer::widgets {

namespace {

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
        SkillsometerViewInput in{state_, theme, focus_id_, host.now(), shown_at_, direction_, answered_at_, last_choice_,
                                 last_fraction_, resumed_, options_.reduced_motion, error_};
        SkillsometerView view = draw_skillsometer(in);
        for (const auto& a : view.actions) apply(a, host);
        animating_ = view.animating;
        content_height_ = view.content_height / theme.px;
        answer_rects_ = std::move(view.answer_rects);
        flush(host);
    }

    bool animating() const override { return animating_; }

    bool key(Key key, Host& host) override {
        const QuizStage stage = state_.stage();
        const int points = state_.ready() ? scale_points(state_.scale()) : 3;
        bool used = true;
        switch (key) {
            case Key::digit1: used = answer(0, host); break;
            case Key::digit2: used = answer(1, host); break;
            case Key::digit3: used = answer(2, host); break;
            case Key::digit4: used = answer(3, host); break;
            case Key::digit5: used = answer(4, host); break;
            case Key::left:
            case Key::up: used = stage == QuizStage::questions && move_focus(-1, points); break;
            case Key::right:
            case Key::down: used = stage == QuizStage::questions && move_focus(1, points); break;
            case Key::backspace: used = go_back(host); break;
            case Key::enter:
            case Key::space:
                if (stage == QuizStage::welcome) used = start(host);
                else if (stage == QuizStage::questions && focused_answer()) used = answer(*focused_answer(), host);
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
        const Command cmd = split_command(line);
        const std::string_view verb = cmd.verb, arg = cmd.arg;
        if (verb == "start") {
            if (!state_.ready()) return Error{"start: the quiz is still loading"};
            start(host);
        } else if (verb == "answer") {
            auto v = parse_int(arg);
            if (!v || !answer(*v, host)) return Error{"answer: expected 0 to " + std::to_string(scale_points(state_.scale()) - 1) + " while a statement is shown"};
        } else if (verb == "back") {
            if (!go_back(host)) return Error{"back: nothing to go back to"};
        } else if (verb == "restart") {
            restart(host);
        } else if (verb == "level") {
            auto v = parse_int(arg);
            if (!v || *v < 0 || *v > state_.level_count()) return Error{"level: expected 0 (any) to " + std::to_string(state_.level_count())};
            state_.set_max_level(*v == 0 ? std::nullopt : std::optional<int>(*v));
        } else if (verb == "match") {
            auto v = parse_int(arg);
            if (!v || *v < 0 || static_cast<std::size_t>(*v) >= state_.matches().matches.size()) return Error{"match: no such match"};
            state_.toggle_expanded(static_cast<std::size_t>(*v));
        } else if (verb == "pick") {
            auto v = parse_int(arg);
            if (!v || *v < 0 || !state_.toggle_pick(static_cast<std::size_t>(*v)))
                return Error{"pick: no such match, or three are ticked already"};
        } else if (verb == "compare") {
            if (state_.compare_codes().empty()) return Error{"compare: no jobs are ticked"};
            emit_compare(host);
        } else if (verb == "focus") {
            focus_id_ = std::string(arg);
            return true;
        } else if (verb == "restore") {
            if (!state_.restore(std::string(arg))) return Error{"restore: saved progress does not fit this quiz"};
            resumed_ = state_.answered() > 0;
            moved(host, 1);
            shown_at_ = -1;  // a restored card appears as it is, without sliding in
        } else {
            return Error{"unknown command \"" + std::string(verb) + "\""};
        }
        changed_ = true;
        return true;
    }

    std::string state_json() const override { return skillsometer_state_json(state_, warnings_, error_, answer_rects_); }
    float content_height() const override { return content_height_; }

private:
    Error fail(const std::string& message) {
        error_ = "Sorry, the quiz data could not be read. (" + message + ")";
        changed_ = true;
        return Error{message};
    }

    // Notes a move to another statement or stage, for the slide-in and the progress bar's glide.
    void moved(Host& host, int direction) {
        shown_at_ = host.now();
        direction_ = direction;
        changed_ = true;
    }

    float fraction() const {
        return state_.total() ? static_cast<float>(state_.current()) / static_cast<float>(state_.total()) : 0.0f;
    }

    bool start(Host& host) {
        if (!state_.ready() || state_.stage() != QuizStage::welcome) return false;
        last_fraction_ = fraction();
        state_.start();
        moved(host, 1);
        return true;
    }

    bool answer(int choice, Host& host) {
        last_fraction_ = fraction();
        if (!state_.answer(choice)) return false;
        answered_at_ = host.now();
        last_choice_ = choice;
        resumed_ = false;
        moved(host, 1);
        if (state_.stage() == QuizStage::results) host.emit("quizcomplete", skillsometer_complete_json(state_));
        return true;
    }

    bool go_back(Host& host) {
        last_fraction_ = fraction();
        if (!state_.back()) return false;
        answered_at_ = -1;
        resumed_ = false;
        moved(host, -1);
        return true;
    }

    void restart(Host& host) {
        state_.restart();
        resumed_ = false;
        focus_id_.clear();
        last_fraction_ = 0;
        moved(host, 1);
        host.emit("save", "{\"progress\":\"\"}");
    }

    // The answer the keyboard is on, from the focus id ("answer-2").
    std::optional<int> focused_answer() const {
        const std::string prefix = "answer-";
        if (focus_id_.rfind(prefix, 0) != 0) return std::nullopt;
        auto v = parse_int(std::string_view(focus_id_).substr(prefix.size()));
        if (!v || *v < 0 || *v >= scale_points(state_.scale())) return std::nullopt;
        return v;
    }

    // Arrows walk the answers; the first press lands on the answer already given, or the middle one.
    bool move_focus(int step, int points) {
        auto at = focused_answer();
        int next = at ? std::clamp(*at + step, 0, points - 1) : state_.choice_at(state_.current()).value_or(points / 2);
        focus_id_ = "answer-" + std::to_string(next);
        return true;
    }

    void emit_compare(Host& host) {
        std::string codes = "[";
        for (const auto& c : state_.compare_codes()) codes += (codes.size() > 1 ? "," : "") + json_quote(c);
        host.emit("compare", "{\"codes\":" + codes + "]}");
    }

    void apply(const SkillsometerAction& a, Host& host) {
        switch (a.type) {
            case SkillsometerAction::start: start(host); break;
            case SkillsometerAction::answer: answer(a.value, host); break;
            case SkillsometerAction::back: go_back(host); break;
            case SkillsometerAction::restart: restart(host); break;
            case SkillsometerAction::set_level: state_.set_max_level(a.value == 0 ? std::nullopt : std::optional<int>(a.value)); break;
            case SkillsometerAction::toggle_match: state_.toggle_expanded(static_cast<std::size_t>(a.value)); break;
            case SkillsometerAction::toggle_pick: state_.toggle_pick(static_cast<std::size_t>(a.value)); break;
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
    double shown_at_ = -1;
    int direction_ = 1;
    double answered_at_ = -1;
    int last_choice_ = -1;
    float last_fraction_ = 0;
    bool resumed_ = false;
    float content_height_ = 400;
    std::vector<std::array<float, 4>> answer_rects_;
};

}  // namespace

std::unique_ptr<Widget> make_skillsometer(const Options& options) { return std::make_unique<Skillsometer>(options); }

}  // namespace ometer::widgets
