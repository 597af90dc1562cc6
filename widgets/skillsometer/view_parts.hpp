// What the Skillsometer's screens share inside the view: the drawing context, timing helpers for the
// short animations, and small pieces (centred text, chips, callouts, tick boxes). Internal to view*.cpp.
#pragma once

#include <string>
#include <string_view>

#include "widgets/common/draw.hpp"
#include "widgets/skillsometer/view.hpp"

namespace ometer::widgets::skillsometer_view {

struct Ctx {
    const SkillsometerViewInput& in;
    const Theme& t;
    const Palette& p;
    SkillsometerView& out;
    bool narrow = false;  // phone layout
    ImDrawListSplitter* split = nullptr;  // channel 0 holds cards behind the content on channel 1

    bool focused(std::string_view id) const { return in.focus_id == id; }
    void act(SkillsometerAction::Type type, int value = 0) { out.actions.push_back({type, value}); }
    // 0 -> 1 over `duration` seconds since `since`, eased out; 1 at once with reduced motion or no start.
    // Keeps frames coming until it reaches 1, so every animation ends by itself.
    float progress(double since, double duration);
    // Draws a card behind content that is drawn (or was already drawn) on top of it.
    void card_behind(ImDrawList* dl, ImVec2 min, ImVec2 max, ImU32 fill, float rounding) const;
};

float ease_out(float x);

// Text wrapped at the width, each line centred; returns the height used.
float centred_text(ImDrawList* dl, ImFont* font, float x0, float x1, float y, ImU32 colour, std::string_view text);
// One line of text, clipped to nothing; returns its width.
float text_at(ImDrawList* dl, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view text);

// A rounded toggle chip; returns true when clicked.
bool chip(Ctx& c, const char* id, ImVec2 min, float height, std::string_view label, bool on, bool focused, float* width_out);
float chip_width(const Ctx& c, std::string_view label);

// A note box with an info icon, a bold heading and text; returns its height.
float callout(Ctx& c, ImDrawList* dl, float x0, float x1, float y, std::string_view heading, std::string_view text, ImU32 tone);

// A tick box with a label ("Compare"); returns the hit state.
Hit tick_box(Ctx& c, const char* id, ImVec2 min, ImVec2 max, std::string_view label, bool on, bool enabled, bool focused);

// The three answer faces (or the five-point buttons) for the current statement; returns the height used.
float answers(Ctx& c, ImDrawList* dl, float x0, float x1, float y);

// The screens.
float welcome(Ctx& c, ImDrawList* dl, float x0, float x1, float y);
float question(Ctx& c, ImDrawList* dl, float x0, float x1, float y);
float results(Ctx& c, ImDrawList* dl, float x0, float x1, float y);
float match_list(Ctx& c, ImDrawList* dl, float x0, float x1, float y);

}  // namespace ometer::widgets::skillsometer_view
