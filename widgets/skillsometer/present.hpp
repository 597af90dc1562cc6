// The Skillsometer's view-model: the quiz state turned into every word and control a student meets on each
// screen (welcome, statements, results), with the numbers the charts need. The ImGui view draws it;
// tree() gives the accessible mirror the same nodes. What a match is (fit, reason, level) comes from the
// core (core/quiz.hpp); pay lines from core/pay.hpp.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "widgets/common/job_details.hpp"
#include "widgets/common/keep.hpp"
#include "widgets/common/view_model.hpp"
#include "widgets/skillsometer/state.hpp"

namespace ometer::widgets {

struct AreaVM {
    int type = 0;
    VNode head;  // parts: "Social", "Helpers"
    VNode desc;
};

struct MatchVM {
    std::size_t index = 0;
    VNode item;  // the list item, labelled by the title
    VNode title, fit, pay, reason, level, pick;
    JobDetailsVM details;  // "More about this job" and, when open, the job's details
    std::optional<Fit> fit_kind;
    bool picked = false;
};

struct SkillsometerVM {
    VNode title, subtitle, error, loading, credit;
    QuizStage stage = QuizStage::welcome;

    // Welcome.
    VNode welcome_heading, intro, how_heading, steps, count, no_wrong, start, start_over;
    EntryVM entry;  // "Have a results code?"

    // A statement.
    VNode progress, prompt, statement, welcome_back, answers, back, tip;
    int points = 3;
    float fraction = 0;  // answered / total
    std::string longest_statement;  // layout only: room for it keeps the answer buttons still

    // Results.
    VNode profile_heading, chart, top_heading, code_line, note_heading, note, try_again;
    std::vector<AreaVM> areas;
    std::array<double, 6> normalised{};
    std::array<bool, 6> standout{};
    VNode jobs_heading, study, levels, include_lower, showing, legend, legend_list, compare_hint, compare;
    std::vector<MatchVM> matches;
    KeepVM keep;  // the results code, copy and print
    VNode compare_end, restart;
    bool note_in_profile = false;  // the all-same-answers note sits with the profile, others with the jobs

    VNode tree() const;
};

struct SkillsometerPresent {
    const SkillsometerState& state;
    const KeepState& keep;
    Region region = Region::uk;  // the widget's, known before the job cards arrive
    bool resumed = false;  // progress was restored after a reload: say so once
    std::string error;
};

SkillsometerVM present_skillsometer(const SkillsometerPresent& in);

}  // namespace ometer::widgets
