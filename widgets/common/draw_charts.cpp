// The charts: the pay dial, the pay range bar and the Holland hexagon; see draw_charts.hpp.
#include "widgets/common/draw_charts.hpp"

#include <algorithm>
#include <cmath>

#include "widgets/common/draw_shapes.hpp"
#include "widgets/common/draw_text.hpp"

namespace ometer::widgets {

void gauge(ImDrawList* dl, const Theme& t, ImVec2 c, float radius, float value01, float average01, ImU32 colour) {
    value01 = std::clamp(value01, 0.0f, 1.0f);
    average01 = std::clamp(average01, 0.0f, 1.0f);
    const float thick = radius * 0.22f;
    const float a0 = kPi, a1 = 2 * kPi;  // left to right over the top
    // Arcs with ImGui's own segment count (0): points from its table, within 0.3 px of the circle, instead
    // of 48 computed with cos and sin each frame (the logo's gauge was the costliest drawing a keystroke did).
    dl->PathArcTo(c, radius, a0, a1, 0);
    dl->PathStroke(t.colours.surface_alt, 0, thick);
    if (value01 > 0.002f) {
        dl->PathArcTo(c, radius, a0, a0 + (a1 - a0) * value01, 0);
        dl->PathStroke(colour, 0, thick);
    }
    // Average tick across the track.
    float aa = a0 + (a1 - a0) * average01;
    ImVec2 dir(std::cos(aa), std::sin(aa));
    dl->AddLine(ImVec2(c.x + dir.x * (radius - thick * 0.9f), c.y + dir.y * (radius - thick * 0.9f)),
                ImVec2(c.x + dir.x * (radius + thick * 0.9f), c.y + dir.y * (radius + thick * 0.9f)), t.colours.average, t.s(2.5f));
    // Needle.
    float av = a0 + (a1 - a0) * value01;
    ImVec2 tip(c.x + std::cos(av) * (radius - thick * 0.2f), c.y + std::sin(av) * (radius - thick * 0.2f));
    ImVec2 side(-std::sin(av) * t.s(4), std::cos(av) * t.s(4));
    dl->AddTriangleFilled(ImVec2(c.x + side.x, c.y + side.y), tip, ImVec2(c.x - side.x, c.y - side.y), t.colours.text);
    dl->AddCircleFilled(c, t.s(6), t.colours.text, 20);
    dl->AddCircleFilled(c, t.s(2.5f), t.colours.surface, 12);
}

void range_bar(ImDrawList* dl, const Theme& t, ImVec2 min, ImVec2 max, float p10, float p25, float median, float p75,
               float p90, float average, ImU32 colour, bool has_p10, bool has_p90) {
    auto x = [&](float v) { return min.x + (max.x - min.x) * std::clamp(v, 0.0f, 1.0f); };
    float cy = (min.y + max.y) * 0.5f, h = max.y - min.y;
    dl->AddRectFilled(ImVec2(min.x, cy - h * 0.18f), ImVec2(max.x, cy + h * 0.18f), t.colours.surface_alt, h);
    ImU32 light = t.kind == ThemeKind::high_contrast ? colour : mix(colour, t.colours.surface, 0.6f);
    float lo = has_p10 ? x(p10) : x(p25), hi = has_p90 ? x(p90) : x(p75);
    dl->AddRectFilled(ImVec2(lo, cy - h * 0.3f), ImVec2(hi, cy + h * 0.3f), light, h);
    if (!has_p10) dashed_rect(dl, ImVec2(x(0), cy - h * 0.3f), ImVec2(lo, cy + h * 0.3f), h * 0.3f, light, t.s(1.5f), t.s(4));
    if (!has_p90) dashed_rect(dl, ImVec2(hi, cy - h * 0.3f), ImVec2(x(1), cy + h * 0.3f), h * 0.3f, light, t.s(1.5f), t.s(4));
    dl->AddRectFilled(ImVec2(x(p25), cy - h * 0.3f), ImVec2(x(p75), cy + h * 0.3f), colour, h);
    dl->AddLine(ImVec2(x(average), min.y - t.s(3)), ImVec2(x(average), max.y + t.s(3)), t.colours.average, t.s(2));
    dl->AddCircleFilled(ImVec2(x(median), cy), h * 0.5f, t.colours.surface, 20);
    dl->AddCircle(ImVec2(x(median), cy), h * 0.5f, t.colours.text, 20, t.s(2.5f));
}

namespace {
const char* const kHexagonLetters[6] = {"R", "I", "A", "S", "E", "C"};
constexpr float kLetterOut = 0.8f;  // a corner letter's centre sits this many font sizes beyond its corner
}  // namespace

ImVec2 hexagon_corner(ImVec2 centre, float radius, int i) {
    const float a = -kPi / 2 + static_cast<float>(i) * kPi / 3;
    return ImVec2(centre.x + std::cos(a) * radius, centre.y + std::sin(a) * radius);
}

ImVec2 hexagon_reach(float radius, ImFont* label_font) {
    if (!label_font) return ImVec2(radius * kHexagonHalfWidth, radius);
    float letter_w = 0;
    for (const char* l : kHexagonLetters) letter_w = std::max(letter_w, text_size(label_font, l).x);
    const float out = radius + label_font->FontSize * kLetterOut;
    return ImVec2(out * kHexagonHalfWidth + letter_w * 0.5f, out + label_font->FontSize * 0.5f);
}

void hexagon_chart(ImDrawList* dl, const Theme& t, ImVec2 c, float radius, const std::array<float, 6>& values,
                   ImU32 colour, bool labels, ImFont* label_font) {
    auto corner = [&](int i, float r) { return hexagon_corner(c, r, i); };
    for (float ring : {1.0f, 0.66f, 0.33f}) {
        ImVec2 pts[6];
        for (int i = 0; i < 6; ++i) pts[i] = corner(i, radius * ring);
        if (ring == 1.0f) dl->AddConvexPolyFilled(pts, 6, t.colours.surface_alt);
        dl->AddPolyline(pts, 6, with_alpha(t.colours.border, ring == 1.0f ? 1.0f : 0.7f), ImDrawFlags_Closed, t.s(1));
    }
    for (int i = 0; i < 6; ++i) dl->AddLine(c, corner(i, radius), with_alpha(t.colours.border, 0.7f), t.s(1));
    ImVec2 shape[6];
    for (int i = 0; i < 6; ++i) shape[i] = corner(i, radius * std::clamp(0.08f + 0.92f * values[static_cast<std::size_t>(i)], 0.0f, 1.0f));
    // The profile is not always convex: fill it as six triangles from the centre.
    ImU32 fill = t.kind == ThemeKind::high_contrast ? with_alpha(colour, 0.45f) : with_alpha(colour, 0.30f);
    for (int i = 0; i < 6; ++i) dl->AddTriangleFilled(c, shape[i], shape[(i + 1) % 6], fill);
    dl->AddPolyline(shape, 6, colour, ImDrawFlags_Closed, t.s(2.5f));
    for (const auto& p : shape) dl->AddCircleFilled(p, t.s(3.5f), colour, 12);
    if (labels && label_font) {
        for (int i = 0; i < 6; ++i) {
            ImVec2 p = corner(i, radius + label_font->FontSize * kLetterOut);
            ImVec2 ts = text_size(label_font, kHexagonLetters[i]);
            dl->AddText(label_font, label_font->FontSize, ImVec2(p.x - ts.x * 0.5f, p.y - ts.y * 0.5f), t.colours.text, kHexagonLetters[i]);
        }
    }
}

}  // namespace ometer::widgets
