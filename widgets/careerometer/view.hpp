// Careerometer view: draws the view-model (present.hpp) with ImGui - search box, live drop-down, three
// comparison cards with dials and range bars, sources - and reports what was clicked (as the nodes'
// commands) and where each node was drawn. It never changes state and writes no words of its own.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "widgets/careerometer/present.hpp"
#include "widgets/common/canvas.hpp"
#include "widgets/common/theme.hpp"

namespace ometer::widgets {

struct CareerometerView {
    std::vector<std::string> commands;  // from clicks, in order
    std::vector<Placed> placed;         // where each node was drawn (device px)
    ImVec4 input_rect{};                // where the page's text input sits (device px)
    float content_height = 0;           // device px
};

struct CareerometerViewInput {
    const CareerometerVM& vm;
    const Theme& theme;
    std::string focus_id;   // the mirror element in keyboard focus
    bool input_focused = false;
};

// Draws into the current ImGui window, which spans the whole canvas.
CareerometerView draw_careerometer(const CareerometerViewInput& in);

}  // namespace ometer::widgets
