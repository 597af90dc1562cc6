// What the Skillsometer's screens share inside the view: the drawing context, timing helpers for the
// short animations, and small pieces (chips, callouts, tick boxes). Internal to view*.cpp.
#pragma once

#include <string>
#include <string_view>

#include "widgets/common/canvas.hpp"
#include "widgets/common/draw.hpp"
#include "widgets/skillsometer/view.hpp"

namespace ometer::widgets::skillsometer_view {

struct Ctx {
    const SkillsometerViewInput& in;
    Canvas& c;
    const SkillsometerVM& vm;
    const Theme& t;
    const Palette& p;
    bool& animating;
    bool narrow = false;  // phone layout (or large text)
    ImDrawListSplitter* split = nullptr;  // channel 0 holds cards behind the content on channel 1

    // 0 -> 1 over `duration` seconds since `since`, eased out; 1 at once with reduced motion or no start.
    // Keeps frames coming until it reaches 1, so every animation ends by itself.
    float progress(double since, double duration);
    // Draws a card behind content that is drawn (or was already drawn) on top of it.
    void card_behind(ImVec2 min, ImVec2 max, ImU32 fill, float rounding) const;
};

float ease_out(float x);

// A rounded toggle chip for a node, at most `max_width` wide (its words wrap inside it when longer).
ImVec2 chip_size(const Ctx& x, const VNode& n, float max_width);
void chip(Ctx& x, const VNode& n, ImVec2 min, ImVec2 size);

// A note box with an info icon, a bold heading and text; returns its height (measures when not drawing).
float callout(Ctx& x, float x0, float x1, float y, const VNode& heading, const VNode& text, ImU32 tone);

// A tick box for a checkbox node ("Compare"); its words wrap beside the box when longer than one line, and
// tick_box_height says how tall it must be for them at `width` (at least `min_height`).
void tick_box(Ctx& x, const VNode& n, ImVec2 min, ImVec2 max);
float tick_box_height(const Ctx& x, const VNode& n, float width, float min_height);

// The three answer faces (or the five-point buttons) for the current statement; returns the height used.
float answers(Ctx& x, float x0, float x1, float y);

// The screens.
float welcome(Ctx& x, float x0, float x1, float y);
float question(Ctx& x, float x0, float x1, float y);
float results(Ctx& x, float x0, float x1, float y);
float match_list(Ctx& x, float x0, float x1, float y);

}  // namespace ometer::widgets::skillsometer_view
