// What the Careerometer's view files share: the drawing context and the cards, which view.cpp lays out
// and view_card.cpp draws. Internal to view*.cpp.
#pragma once

#include "widgets/careerometer/view.hpp"
#include "widgets/common/draw.hpp"

namespace ometer::widgets::careerometer_view {

struct Ctx {
    Canvas& c;
    const CareerometerVM& vm;
    const Theme& t;
    const Palette& p;
};

// Each returns the height used, and only measures when the canvas has no draw list.
// The coloured header band of a filled card: title, code, "Highest pay", the remove button. The cards of a
// row share the tallest band's height (`min_h`).
float band(Ctx& x, const CardVM& card, ImU32 colour, ImVec2 pos, float w, float min_h);
// A filled card of height `h` (a row's cards share one), with a band `band_h` tall.
float filled_card(Ctx& x, const CardVM& card, ImVec2 pos, float w, float h, float band_h);
// An empty slot: "Add a job" and its hint in a dashed outline.
float empty_card(Ctx& x, const CardVM& card, ImVec2 pos, float w, float h);

}  // namespace ometer::widgets::careerometer_view
