// Skillsometer view: draws the view-model (present.hpp) with ImGui - the welcome card, one statement per
// card with emoji answers, the results with the Holland hexagon and the matching jobs - and reports what was
// clicked (as the nodes' commands) and where each node was drawn. It writes no words of its own.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "widgets/common/canvas.hpp"
#include "widgets/common/theme.hpp"
#include "widgets/skillsometer/present.hpp"

namespace ometer::widgets {

struct SkillsometerViewInput {
    const SkillsometerVM& vm;
    const Theme& theme;
    std::string focus_id;     // the node the keyboard is on, drawn with a ring
    double now = 0;           // seconds, for animations
    double shown_at = -1;     // when the current statement (or stage) appeared
    int direction = 1;        // +1 moved forward, -1 went back: which way the statement slides in
    double answered_at = -1;  // when the last answer was given, for the chosen face's pop
    int last_choice = -1;
    float last_fraction = 0;  // progress before the last move, for the bar's glide
    bool reduced_motion = false;
};

struct SkillsometerView {
    std::vector<std::string> commands;
    std::vector<Placed> placed;
    float content_height = 0;  // device px
    bool animating = false;
};

SkillsometerView draw_skillsometer(const SkillsometerViewInput& in);

}  // namespace ometer::widgets
