// Skillsometer view: draws SkillsometerState with ImGui (welcome card, one statement per card with emoji
// answers, results with the Holland hexagon and matching jobs) and turns input into actions.
#pragma once

#include <array>
#include <string>
#include <vector>

#include <imgui.h>

#include "widgets/common/theme.hpp"
#include "widgets/skillsometer/state.hpp"

namespace ometer::widgets {

struct SkillsometerAction {
    enum Type { start, answer, back, restart, set_level, toggle_match, toggle_pick, compare } type;
    int value = 0;
};

struct SkillsometerViewInput {
    const SkillsometerState& state;
    const Theme& theme;
    std::string focus_id;     // the element the keyboard is on ("answer-1", "compare", ...), drawn with a ring
    double now = 0;           // seconds, for animations
    double shown_at = -1;     // when the current statement (or stage) appeared
    int direction = 1;        // +1 moved forward, -1 went back: which way the statement slides in
    double answered_at = -1;  // when the last answer was given, for the chosen face's pop
    int last_choice = -1;
    float last_fraction = 0;  // progress before the last move, for the bar's glide
    bool resumed = false;     // progress was restored after a reload: say so once
    bool reduced_motion = false;
    std::string error;
};

struct SkillsometerView {
    std::vector<SkillsometerAction> actions;
    float content_height = 0;  // device px
    bool animating = false;
    std::vector<std::array<float, 4>> answer_rects;  // x, y, w, h of each answer button in CSS px (automation)
};

SkillsometerView draw_skillsometer(const SkillsometerViewInput& in);

}  // namespace ometer::widgets
