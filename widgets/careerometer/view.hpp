// Careerometer view: draws CareerometerState with ImGui (search box, live drop-down, three comparison
// cards with dials and bars, sources footer) and turns clicks into actions. It never changes state itself.
#pragma once

#include <string>
#include <vector>

#include <imgui.h>

#include "widgets/careerometer/state.hpp"
#include "widgets/common/theme.hpp"

namespace ometer::widgets {

struct CareerometerAction {
    enum Type { choose, highlight, remove, toggle_details, focus_search, toggle_about } type;
    int index = 0;  // result row or card slot
};

struct CareerometerView {
    std::vector<CareerometerAction> actions;
    ImVec4 input_rect{};        // where the page's text input sits (x, y, w, h in device px)
    float content_height = 0;   // device px
    // Where each interactive element was drawn (device px), by the same ids the page's mirror uses:
    // "result-N", "card-N-remove", "card-N-details", "slot-N-add", "about". Tests tap these.
    std::vector<std::pair<std::string, ImVec4>> targets;
};

struct CareerometerViewInput {
    const CareerometerState& state;
    const Theme& theme;
    std::string focus_id;   // element the keyboard focus is on in the page's accessible mirror
    bool input_focused = false;
    std::string error;      // a data error to show instead of the cards
};

// Draws into the current ImGui window, which spans the whole canvas.
CareerometerView draw_careerometer(const CareerometerViewInput& in);

}  // namespace ometer::widgets
