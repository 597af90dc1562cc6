// The look shared by both widgets: three palettes (light, dark, high contrast) with an optional school
// accent colour, the fonts in each role, and sizes in CSS pixels scaled for the screen's pixel ratio.
#pragma once

#include <imgui.h>

#include "widgets/common/options.hpp"

namespace ometer::widgets {

struct Palette {
    ImU32 background, surface, surface_alt, text, text_muted, border, accent, accent_text, accent_soft;
    ImU32 card[3];       // one colour per comparison slot
    ImU32 good, warn, focus, average, shadow;
};

struct Fonts {
    ImFont* body = nullptr;        // 18 px
    ImFont* body_bold = nullptr;   // 18 px
    ImFont* small = nullptr;       // 16 px
    ImFont* small_bold = nullptr;  // 16 px
    ImFont* heading = nullptr;     // 22 px bold
    ImFont* big = nullptr;         // 30 px bold
};

struct Theme {
    ThemeKind kind = ThemeKind::light;
    Palette colours{};
    Fonts fonts;
    float px = 1.0f;  // device pixels per CSS pixel (device pixel ratio)
    float s(float css_px) const { return css_px * px; }  // CSS px -> ImGui units (device px)
};

Palette make_palette(ThemeKind kind, unsigned accent_rgb);

// Applies palette and metrics to ImGui's style (rounding, padding, colours), scaled by `px`.
void apply_style(const Theme& theme);

// Colour helpers.
ImU32 with_alpha(ImU32 colour, float alpha);
ImU32 mix(ImU32 a, ImU32 b, float t);
// WCAG relative-luminance contrast ratio of two colours (1-21).
float contrast_ratio(ImU32 a, ImU32 b);

}  // namespace ometer::widgets
