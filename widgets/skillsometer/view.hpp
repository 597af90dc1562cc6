// Skillsometer view: draws SkillsometerState with ImGui (welcome card, one statement per card with three
// emoji answers, results with the Holland hexagon and matching jobs) and turns input into actions.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "widgets/common/theme.hpp"
#include "widgets/skillsometer/state.hpp"

namespace ometer::widgets {

struct SkillsometerAction {
    enum Type { start, answer, back, restart, set_level, toggle_match, compare } type;
    int value = 0;
};

struct SkillsometerViewInput {
    const SkillsometerState& state;
    const Theme& theme;
    std::string focus_id;
    double now = 0;           // seconds, for the answer animation
    double answered_at = -1;  // when the last answer was given
    int last_choice = -1;
    bool reduced_motion = false;
    std::string error;
};

struct SkillsometerView {
    std::vector<SkillsometerAction> actions;
    float content_height = 0;  // device px
    bool animating = false;
};

SkillsometerView draw_skillsometer(const SkillsometerViewInput& in);

}  // namespace ometer::widgets
