// The look shared by both widgets: three palettes (light, dark, high contrast) with an optional school
// accent colour, the fonts in each role, and sizes in CSS pixels scaled for the screen's pixel ratio.
#pragma once

#include <vector>

#include <imgui.h>

#include "widgets/common/options.hpp"

namespace ometer::widgets {

struct Palette {
    ImU32 background, surface, surface_alt, text, text_muted, border, accent, accent_text, accent_soft;
    ImU32 border_strong;  // control outlines (inputs, tick boxes, chips): 3:1 against every surface
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

// Spacing and breakpoints shared by both widgets, in CSS pixels (so a change here moves both alike).
struct Metrics {
    float margin = 20, margin_narrow = 12;  // around the widget
    float pad = 16, pad_narrow = 14;        // inside cards
    float gap = 16;                         // between cards
    float section = 14;                     // between sections of a card
    float line = 4;                         // between a line and its sub-line
    float paragraph = 12;                   // between paragraphs of running text (a job's details)
    float round = 16;                       // card corners
    float button = 46, button_small = 40, input = 56, chip = 42, row = 60;
    float button_pad = 15, button_pad_y = 8, button_icon = 22;  // a button's words keep this far from its edges
    float narrow_below = 600;    // phone layout below this width, times the text scale
    float columns_from = 760;    // Careerometer cards side by side from this width, times the text scale
};

struct Theme {
    ThemeKind kind = ThemeKind::light;
    Palette colours{};
    Fonts fonts;
    float px = 1.0f;          // device pixels per CSS pixel (device pixel ratio)
    float text_scale = 1.0f;  // the school's font scale times the student's browser text size
    Metrics m{};
    float s(float css_px) const { return css_px * px; }  // CSS px -> ImGui units (device px)
    // Layout decisions grow with the text: at 1.6x text a 600 px wide widget is laid out as a phone.
    bool narrow(float width) const { return width < s(m.narrow_below * text_scale); }
    bool columns(float width) const { return width >= s(m.columns_from * text_scale); }
};

// `system`: the forced-colours palette from Options::system_colours (the high-contrast palette without them).
Palette make_palette(ThemeKind kind, std::optional<unsigned> accent_rgb, const std::vector<unsigned>& system = {});

// Applies palette and metrics to ImGui's style (rounding, padding, colours), scaled by `px`.
void apply_style(const Theme& theme);

// Colour helpers.
ImU32 with_alpha(ImU32 colour, float alpha);
ImU32 mix(ImU32 a, ImU32 b, float t);
// WCAG relative-luminance contrast ratio of two colours (1-21).
float contrast_ratio(ImU32 a, ImU32 b);

}  // namespace ometer::widgets
