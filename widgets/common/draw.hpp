// Drawing vocabulary shared by both widgets, on ImGui's draw lists: cards, wrapped text, buttons with
// focus rings, gauges, range bars, the Holland hexagon and the emoji faces. Positions are in device pixels.
#pragma once

#include <array>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <imgui.h>

#include "widgets/common/theme.hpp"

namespace ometer::widgets {

// --- text ---------------------------------------------------------------------------------------------
// Text extent; with a wrap width, lines break only at spaces (see wrap_lines).
ImVec2 text_size(ImFont* font, std::string_view text, float wrap_width = 0);
// [begin, end) byte ranges of the lines `text` wraps into at `width`.
std::vector<std::pair<std::size_t, std::size_t>> wrap_lines(ImFont* font, std::string_view text, float width);
// The width of the widest word (text between spaces): a box narrower than that would have to split it.
float widest_word(ImFont* font, std::string_view text);
// Draws text wrapped at `width`; returns the height used.
float wrapped_text(ImDrawList* dl, ImFont* font, ImVec2 pos, float width, ImU32 colour, std::string_view text);
// Draws `text` on one line with byte ranges [begin, end) drawn in `bold`/`hi` instead; returns the width.
float highlighted_text(ImDrawList* dl, ImFont* font, ImFont* bold, ImVec2 pos, ImU32 colour, ImU32 hi,
                       std::string_view text, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& ranges,
                       float max_width);
// Shortens text with an ellipsis to fit `width` on one line.
std::string fit_text(ImFont* font, std::string_view text, float width);

// --- shapes -------------------------------------------------------------------------------------------
void card_box(ImDrawList* dl, const Theme& t, ImVec2 min, ImVec2 max, ImU32 fill, float rounding);
void dashed_rect(ImDrawList* dl, ImVec2 min, ImVec2 max, float rounding, ImU32 colour, float thickness, float dash);
void focus_ring(ImDrawList* dl, const Theme& t, ImVec2 min, ImVec2 max, float rounding);

enum class Icon { close, plus, search, chevron_down, chevron_up, back, info, refresh, check };
void icon(ImDrawList* dl, Icon which, ImVec2 centre, float size, ImU32 colour, float thickness);

// --- interaction --------------------------------------------------------------------------------------
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

// --- charts -------------------------------------------------------------------------------------------
// A semicircular dial: the value's arc in `colour` over a track, a needle, and a tick for the average.
void gauge(ImDrawList* dl, const Theme& t, ImVec2 centre, float radius, float value01, float average01, ImU32 colour);
// A horizontal p10-p90 bar with the p25-p75 band, a median dot and an average tick; values 0-1 of the scale.
void range_bar(ImDrawList* dl, const Theme& t, ImVec2 min, ImVec2 max, float p10, float p25, float median, float p75,
               float p90, float average, ImU32 colour, bool has_p10, bool has_p90);
// Small trend line over equally spaced points (values already scaled 0-1).
void sparkline(ImDrawList* dl, ImVec2 min, ImVec2 max, const std::vector<float>& values, ImU32 colour, float thickness);
// The Holland hexagon: six axes R I A S E C clockwise from the top, a filled profile (values 0-1).
void hexagon_chart(ImDrawList* dl, const Theme& t, ImVec2 centre, float radius, const std::array<float, 6>& values,
                   ImU32 colour, bool labels, ImFont* label_font);

// How far the hexagon reaches from its centre, its corner letters included (half its width and height).
ImVec2 hexagon_reach(float radius, ImFont* label_font);

enum class Face { dislike, unsure, love };
// A friendly emoji face drawn with shapes, crisp at any size.
void emoji_face(ImDrawList* dl, ImVec2 centre, float radius, Face face, float wobble);

}  // namespace ometer::widgets
