// Boxes, rings, icons and buttons on ImGui's draw lists: card boxes with their shadow, dashed outlines,
// focus rings, the line icons, hit areas and the rounded buttons. Positions are in device pixels.
#pragma once

#include <string_view>

#include <imgui.h>

#include "widgets/common/theme.hpp"

namespace ometer::widgets {

inline constexpr float kPi = 3.14159265358979f;

void card_box(ImDrawList* dl, const Theme& t, ImVec2 min, ImVec2 max, ImU32 fill, float rounding);
void dashed_rect(ImDrawList* dl, ImVec2 min, ImVec2 max, float rounding, ImU32 colour, float thickness, float dash);
void focus_ring(ImDrawList* dl, const Theme& t, ImVec2 min, ImVec2 max, float rounding);

enum class Icon { close, plus, search, chevron_down, chevron_up, back, info, refresh, check };
void icon(ImDrawList* dl, Icon which, ImVec2 centre, float size, ImU32 colour, float thickness);

// An invisible hit area at an absolute position (device px) that reports clicks, hover and press.
struct Hit {
    bool clicked = false, hovered = false, held = false;
};
Hit hit_area(const char* id, ImVec2 min, ImVec2 max);

// A button's words sit between padding at both ends (Metrics::button_pad), beside its icon: on one line when
// they fit, else wrapped at spaces, and the button grows taller for them (button_height).
float button_text_room(const Theme& t, float width, bool with_icon);
float button_height(const Theme& t, std::string_view label, float width, float min_height, bool with_icon);

enum class ButtonStyle { primary, secondary, ghost };
// A rounded button with a label (and optional icon); draws a focus ring when `focused`. `ink` (when given)
// receives the box its words and icon take: x, y, w, h.
Hit button(const Theme& t, const char* id, ImVec2 min, ImVec2 max, std::string_view label, ButtonStyle style,
           bool focused, Icon glyph = Icon::check, bool with_icon = false, ImVec4* ink = nullptr);

}  // namespace ometer::widgets
