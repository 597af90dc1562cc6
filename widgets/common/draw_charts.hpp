// The charts: the pay dial, the pay range bar and the Holland hexagon (with the geometry of its corners,
// which the Skillsometer's labelled profile also uses). Positions are in device pixels.
#pragma once

#include <array>

#include <imgui.h>

#include "widgets/common/theme.hpp"

namespace ometer::widgets {

// A semicircular dial: the value's arc in `colour` over a track, a needle, and a tick for the average.
void gauge(ImDrawList* dl, const Theme& t, ImVec2 centre, float radius, float value01, float average01, ImU32 colour);
// A horizontal p10-p90 bar with the p25-p75 band, a median dot and an average tick; values 0-1 of the scale.
void range_bar(ImDrawList* dl, const Theme& t, ImVec2 min, ImVec2 max, float p10, float p25, float median, float p75,
               float p90, float average, ImU32 colour, bool has_p10, bool has_p90);

// The Holland hexagon: six axes R I A S E C clockwise from the top, a filled profile (values 0-1).
void hexagon_chart(ImDrawList* dl, const Theme& t, ImVec2 centre, float radius, const std::array<float, 6>& values,
                   ImU32 colour, bool labels, ImFont* label_font);
// Corner `i` (0 = R at the top, then clockwise) of a hexagon of `radius` around `centre`.
ImVec2 hexagon_corner(ImVec2 centre, float radius, int i);
// Half a hexagon's width over its radius (the cosine of 30 degrees): its side corners are this far out from the centre.
inline constexpr float kHexagonHalfWidth = 0.8660254f;
// How far the hexagon reaches from its centre, its corner letters included (half its width and height).
ImVec2 hexagon_reach(float radius, ImFont* label_font);

}  // namespace ometer::widgets
