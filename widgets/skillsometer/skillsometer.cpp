// The Skillsometer widget: glues SkillsometerState, its view-model and its view to the page. Canvas clicks,
// keys and page commands all become one command line applied in one place (apply). Commands: "start",
// "answer N", "back", "restart", "level N" (0 = any), "lower 0|1", "match N", "pick N", "compare",
// "legend", "focus ID", "restore SAVED". Events (wire.hpp): "vm", "layout", "state", "announce", "focus",
// "save" (progress for the frame's storage; empty clears it), "quizcomplete" (once per completion),
// "quizupdate" (the results changed after that, e.g. a re-answered statement), "compare".
// Keys: 1-3 (1-5 on the 5-point scale) answer, arrows move between answers, Enter or Space picks the one
// in focus (or starts), Backspace goes back.
#include <algorithm>
#include <array>

#include "core/results_code.hpp"
#include "widgets/common/command.hpp"
#include "widgets/common/glue.hpp"
#include "widgets/common/wire.hpp"
#include "widgets/skillsometer/present.hpp"
#include "widgets/skillsometer/state.hpp"
#include "widgets/skillsometer/state_json.hpp"
#include "widgets/skillsometer/strings.hpp"
#include "widgets/skillsometer/view.hpp"

namespace ometer::widgets {

namespace {

class Skillsometer final : public WidgetGlue {
public:
    explicit Skillsometer(const Options& options)
        : WidgetGlue(options.region), options_(options), state_(options.form, options.scale) {}

    // The statements need only the quiz; the job cards are asked for (need-data) once a quiz is under way.
    std::vector<std::string> data_files() const override { return {"quiz.json"}; }

    void frame(Host& host, const Theme& theme) override {
        if (changed_) refresh(host);
        SkillsometerViewInput in{vm_, theme, focus_id_, host.now(), shown_at_, direction_, answered_at_, last_choice_,
                                 last_fraction_, options_.reduced_motion};
        SkillsometerView view = draw_skillsometer(in);
        apply_clicks(view.commands, host);
        if (changed_) refresh(host);
        animating_ = view.animating;
        after_frame(host, view.placed, view.content_height, theme.px);
    }

    bool animating() const override { return animating_; }

    bool key(Key key, Host& host) override {
        const QuizStage stage = state_.stage();
        const int points = state_.ready() ? scale_points(state_.scale()) : 3;
        switch (key) {
            case Key::digit1:
            case Key::digit2:
            case Key::digit3:
            case Key::digit4:
            case Key::digit5: {
                const int choice = static_cast<int>(key) - static_cast<int>(Key::digit1);
                return stage == QuizStage::questions && choice < points && apply("answer " + std::to_string(choice), host);
            }
            case Key::left:
            case Key::up: return stage == QuizStage::questions && move_focus(-1, points);
            case Key::right:
            case Key::down: return stage == QuizStage::questions && move_focus(1, points);
            case Key::backspace:  // from the results too: back to the last statement, answers kept
                return (stage == QuizStage::questions || stage == QuizStage::results) && apply("back", host);
            case Key::enter:
            case Key::space:
                if (stage == QuizStage::welcome) return apply("start", host);
                if (stage == QuizStage::questions && focused_answer()) return apply("answer " + std::to_string(*focused_answer()), host);
                return false;
            default: return false;
        }
    }

    bool swipe(float dx, Host& host) override {
        if (state_.stage() != QuizStage::questions) return false;
        // Right = love, left = dislike (like the faces' order), following common swipe apps.
        return apply("answer " + std::to_string(dx > 0 ? scale_points(state_.scale()) - 1 : 0), host);
    }

    std::string state_json() const override { return skillsometer_state_json(state_, options_.region, warnings_, error_); }
    std::string vm_json() const override { return widgets::vm_json(vm_.tree()); }

private:
    bool reads(DataFile file) const override { return file != DataFile::titles; }
    std::string_view data_sorry() const override { return "Sorry, the quiz data could not be read."; }
    Result<bool> take_bundle(Bundle b, const std::string&) override {
        state_.set_bundle(std::move(b));
        return true;
    }
    void take_quiz(Quiz quiz) override { state_.set_quiz(std::move(quiz)); }
    Result<bool> take_details(std::string_view text, const std::string& file) override { return state_.set_details(text, file); }


    void refresh(Host& host) {
        changed_ = false;
        if (results_due_ && state_.has_jobs()) {
            results_due_ = false;
            results_shown(host);
        }
        vm_ = present_skillsometer({state_, keep_, options_.region, resumed_, error_});
        send_tree(host);
        if (!state_.ready()) return;
        if (!cards_requested_ && state_.stage() != QuizStage::welcome && !state_.has_jobs()) {
            cards_requested_ = true;
            host.emit(event::need_data, text_json("file", region_ + "-cards.json"));
        }
        const bool keep = state_.stage() != QuizStage::results && state_.answered() > 0;
        const std::string progress = keep ? state_.save() : "";
        if (progress != saved_) {
            saved_ = progress;
            host.emit(event::save, text_json("progress", saved_));
        }
        if (state_.wants_details() && !details_requested_) {
            details_requested_ = true;
            host.emit(event::need_data, text_json("file", region_ + "-details.json"));
        }
    }


    // Notes a move to another statement or stage, for the slide-in and the progress bar's glide.
    void moved(Host& host, int direction) {
        shown_at_ = host.now();
        direction_ = direction;
    }

    float fraction() const {
        return state_.total() ? static_cast<float>(state_.answered()) / static_cast<float>(state_.total()) : 0.0f;
    }

    void announce_statement(Host& host) {
        announce(host, skillsometer_text::statement_of(state_.current() + 1, state_.total(), state_.current_item().text));
    }

    // The quiz is finished: the results now, or once the job cards are in.
    void show_results(Host& host) {
        if (state_.has_jobs()) return results_shown(host);
        results_due_ = true;
        announce(host, std::string(skillsometer_text::kFindingJobs));
    }

    // The results are showing: the page hears once per completion; a later change is an update.
    void results_shown(Host& host) {
        const std::string complete = skillsometer_complete_json(state_);
        if (!completed_) {
            completed_ = true;
            host.emit(event::quiz_complete, complete);
        } else if (complete != completed_json_) {
            host.emit(event::quiz_update, complete);
        }
        completed_json_ = complete;
        const Profile& p = state_.profile();
        const std::size_t n = state_.matches().matches.size();
        announce(host, skillsometer_text::results_ready(p.flat, code_text(p), n));
        focus("profile-heading");
    }

    const std::string& keep_code() const override { return vm_.keep.code.text; }
    std::string_view keep_not_yet() const override { return "finish the quiz first"; }

    // The widget's verbs (the keep verbs are the glue's). Returns false, through `refuse`, for unknown verbs
    // or bad arguments; nothing changes then.
    bool act(std::string_view verb, std::string_view arg, Host& host, const Refuse& refuse) override {
        auto index_arg = [&](std::size_t size) -> std::optional<std::size_t> {
            auto v = parse_int(arg);
            if (!v || *v < 0 || static_cast<std::size_t>(*v) >= size) return std::nullopt;
            return static_cast<std::size_t>(*v);
        };
        if (verb == "focus") {  // drawing only: which control the canvas rings
            focus_id_ = std::string(arg);
            return true;
        }
        if (!state_.ready()) return refuse(std::string(verb) + ": the quiz is still loading");
        const auto& matches = state_.matches().matches;
        if (verb == "start") {
            last_fraction_ = fraction();
            if (!state_.start()) return refuse("start: the quiz has already started");
            moved(host, 1);
            announce_statement(host);
            focus("answer-" + std::to_string(state_.choice_at(state_.current()).value_or(0)));
        } else if (verb == "answer") {
            auto v = parse_int(arg);
            last_fraction_ = fraction();
            if (!v || state_.stage() != QuizStage::questions || !state_.answer(*v))
                return refuse("answer: expected 0 to " + std::to_string(scale_points(state_.scale()) - 1) + " while a statement is shown");
            answered_at_ = host.now();
            last_choice_ = *v;
            resumed_ = false;
            moved(host, 1);
            if (state_.stage() == QuizStage::results) show_results(host);
            else announce_statement(host);
        } else if (verb == "back") {
            last_fraction_ = fraction();
            if (!state_.back()) return refuse("back: nothing to go back to");
            answered_at_ = -1;
            resumed_ = false;
            moved(host, -1);
            if (state_.stage() == QuizStage::questions) announce_statement(host);
            else focus("start");
        } else if (verb == "restart") {
            state_.restart();
            resumed_ = false;
            completed_ = false;
            completed_json_.clear();
            focus_id_.clear();
            last_fraction_ = 0;
            moved(host, 1);
            announce(host, std::string(skillsometer_text::kReadyAgain));
            focus("start");
        } else if (verb == "level") {
            auto v = parse_int(arg);
            const LevelScale levels = level_scale(options_.region);
            if (!v || (*v != 0 && (*v < levels.first || *v > levels.last)))
                return refuse("level: expected 0 (any) or " + std::to_string(levels.first) + " to " + std::to_string(levels.last));
            state_.set_level(*v == 0 ? std::nullopt : std::optional<int>(*v));
            level_changed(host);
        } else if (verb == "lower") {
            if (arg != "0" && arg != "1") return refuse("lower: expected 0 or 1");
            if (!state_.level()) return refuse("lower: choose a level first");
            state_.set_include_lower(arg == "1");
            level_changed(host);
        } else if (verb == "match") {
            auto i = index_arg(matches.size());
            if (!i) return refuse("match: no such match");
            state_.toggle_expanded(*i);
        } else if (verb == "pick") {
            auto i = index_arg(matches.size());
            if (!i) return refuse("pick: no such match");
            if (!state_.toggle_pick(*i)) {
                announce(host, std::string(skillsometer_text::kCompareFull));
                return refuse("pick: three are ticked already");
            }
        } else if (verb == "compare") {
            const auto codes = state_.compare_codes();
            if (codes.empty()) return refuse("compare: no jobs are ticked");
            host.emit(event::compare, codes_json(codes));
        } else if (verb == "legend") {
            state_.legend_open = !state_.legend_open;
        } else if (verb == "code") {
            if (!open_code(arg, host)) return refuse(keep_.error);
        } else if (verb == "restore") {
            if (!state_.restore(std::string(arg))) return refuse("restore: saved progress does not fit this quiz");
            resumed_ = state_.answered() > 0 && state_.stage() == QuizStage::questions;
            shown_at_ = -1;  // a restored card appears as it is, without sliding in
            if (state_.stage() == QuizStage::results) show_results(host);
        } else {
            return refuse("unknown command \"" + std::string(verb) + "\"");
        }
        changed_ = true;
        return true;
    }

    // A quiz's results code: its answers, on its form and scale, straight to the results.
    bool open_code(std::string_view text, Host& host) {
        auto decoded = decode_code(text, host);
        if (!decoded) return false;
        auto fail_with = [&](std::string why) { return refuse_code(host, std::move(why)); };
        if (!decoded->is_quiz) return fail_with(std::string(keep_text::kNotQuiz));
        if (!state_.load_answers(decoded->quiz.form, decoded->quiz.scale, decoded->quiz.choices))
            return fail_with(std::string(skillsometer_text::kAnswersDontFit));
        keep_.note = code_version_note(decoded.value(), state_.quiz().data_version);
        keep_.entry_open = false;
        completed_ = false;  // a new completion for the page
        shown_at_ = -1;
        show_results(host);
        if (!keep_.note.empty()) announce(host, keep_.note);
        return true;
    }

    void level_changed(Host& host) {
        const std::size_t n = state_.matches().matches.size();
        announce(host, skillsometer_text::jobs_shown(n) +
                           (state_.matches().message.empty() ? "" : " " + state_.matches().message));
        if (state_.stage() == QuizStage::results) results_update(host);
    }

    void results_update(Host& host) {
        const std::string complete = skillsometer_complete_json(state_);
        if (completed_ && complete != completed_json_) host.emit(event::quiz_update, complete);
        completed_json_ = complete;
    }

    // The answer the keyboard is on, from the focus id ("answer-2").
    std::optional<int> focused_answer() const {
        const std::string prefix = "answer-";
        if (focus_id_.rfind(prefix, 0) != 0) return std::nullopt;
        auto v = parse_int(std::string_view(focus_id_).substr(prefix.size()));
        if (!v || *v < 0 || *v >= scale_points(state_.scale())) return std::nullopt;
        return v;
    }

    // Arrows walk the answers; the first press lands on the answer already given, or the middle one. The
    // page moves its focus to the same button.
    bool move_focus(int step, int points) {
        auto at = focused_answer();
        const int next = at ? std::clamp(*at + step, 0, points - 1) : state_.choice_at(state_.current()).value_or(points / 2);
        focus_id_ = "answer-" + std::to_string(next);
        focus(focus_id_);
        return true;
    }

    Options options_;
    SkillsometerState state_;
    SkillsometerVM vm_;
    std::string focus_id_;
    std::string saved_;
    std::string completed_json_;
    bool animating_ = false;
    bool completed_ = false;
    bool details_requested_ = false;
    bool cards_requested_ = false;  // the job cards, asked for once a quiz is under way
    bool results_due_ = false;      // finished before the cards arrived: show the results when they do
    double shown_at_ = -1;
    int direction_ = 1;
    double answered_at_ = -1;
    int last_choice_ = -1;
    float last_fraction_ = 0;
    bool resumed_ = false;
};

}  // namespace

std::unique_ptr<Widget> make_skillsometer(const Options& options) { return std::make_unique<Skillsometer>(options); }

}  // namespace ometer::widgets
