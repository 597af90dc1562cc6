// Skillsometer state: where the student is in the quiz, their answers, and their results. Plain C++ over
// the core's quiz (core/quiz.hpp: run_quiz), so the whole flow is unit-testable without a screen.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/model.hpp"
#include "core/quiz.hpp"

namespace ometer::widgets {

enum class QuizStage { welcome, questions, results };

class SkillsometerState {
public:
    SkillsometerState(std::string form_id, AnswerScale scale) : form_id_(std::move(form_id)), scale_(scale) {}

    // The quiz file is all the statements need; the job cards (pay, hours, interests) are fetched once a
    // quiz is under way, and results wait for them (results_waiting) if they are not in yet.
    void set_bundle(Bundle bundle);
    void set_quiz(Quiz quiz);
    Result<bool> set_details(std::string_view text, const std::string& name);
    bool ready() const { return quiz_ && form_; }
    bool has_jobs() const { return bundle_ != nullptr; }
    bool results_waiting() const { return stage_ == QuizStage::results && !bundle_; }
    const Bundle& bundle() const { return *bundle_; }  // only when has_jobs()
    const Quiz& quiz() const { return *quiz_; }
    const QuizForm& form() const { return *form_; }
    AnswerScale scale() const { return scale_; }
    bool wants_details() const;  // an opened job is waiting for the details file

    QuizStage stage() const { return stage_; }
    bool start();  // welcome -> the first unanswered statement
    // Answers the current statement (0 .. points-1: dislike .. love) and moves on; the last answer shows
    // the results.
    bool answer(int choice);
    bool back();     // previous statement (or the welcome card from the first)
    void restart();  // clears everything, back to welcome

    std::size_t current() const { return current_; }
    std::size_t total() const { return form_ ? form_->item_ids.size() : 0; }
    std::size_t answered() const;
    const QuizItem& current_item() const;
    std::optional<int> choice_at(std::size_t index) const;  // the choice given, if any
    const std::vector<int>& choices() const { return choices_; }

    // Results (valid in the results stage).
    const Profile& profile() const { return outcome_.profile; }
    const MatchResult& matches() const { return outcome_.result; }
    // The study level: none (every level), or one level, with or without the levels below it.
    std::optional<int> level() const { return level_; }
    bool include_lower() const { return include_lower_; }
    void set_level(std::optional<int> level);
    void set_include_lower(bool on);
    std::optional<std::size_t> expanded() const { return expanded_; }
    void toggle_expanded(std::size_t match);
    bool legend_open = false;

    // Jobs ticked for "Compare these": up to three, the top three at first. False when a fourth is asked
    // for or there is no such match.
    static constexpr std::size_t kMaxPicks = 3;
    bool toggle_pick(std::size_t match);
    bool picked(std::size_t match) const;
    std::size_t pick_count() const { return picked_.size(); }
    std::vector<std::string> compare_codes() const;  // the ticked jobs' codes, in list order

    // Progress to survive an accidental reload: "v1|form|scale|current|stage|digits" ('-' unanswered).
    std::string save() const;
    bool restore(const std::string& saved);
    // Sets every answer at once and shows the results (a results code), switching to the code's form and
    // scale; false if the quiz has no such form or the answers don't fit it.
    bool load_answers(const std::string& form, AnswerScale scale, const std::vector<int>& choices);

private:
    void score();

    std::string form_id_;
    AnswerScale scale_;
    std::unique_ptr<Bundle> bundle_;
    std::unique_ptr<Quiz> quiz_;
    const QuizForm* form_ = nullptr;
    QuizStage stage_ = QuizStage::welcome;
    std::vector<int> choices_;  // per statement: -1 unanswered, else 0..points-1
    std::size_t current_ = 0;
    QuizOutcome outcome_;
    std::optional<int> level_;
    bool include_lower_ = false;
    std::optional<std::size_t> expanded_;
    std::vector<std::size_t> picked_;  // match indexes, ascending
};

}  // namespace ometer::widgets
