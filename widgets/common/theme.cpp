// Palettes and ImGui style; see theme.hpp. Colours were checked for WCAG AA (4.5:1 for text) against their
// backgrounds; a test recomputes the ratios so a palette edit cannot quietly break contrast.
#include "widgets/common/theme.hpp"

#include <algorithm>
#include <cmath>
#include <cstddef>

namespace ometer::widgets {

namespace {

constexpr ImU32 rgb(unsigned hex) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}

// The built-in themes' colours, a role a line and a column a theme (hex RGB): light, dark, high contrast.
constexpr std::size_t kThemes = 3;
struct RoleColours {
    ImU32 Palette::*role;
    unsigned hex[kThemes];
};
constexpr RoleColours kRoleColours[] = {
    {&Palette::background,    {0xF3F5FA, 0x11131C, 0x000000}},
    {&Palette::surface,       {0xFFFFFF, 0x1C2030, 0x000000}},
    {&Palette::surface_alt,   {0xEEF1F8, 0x262B3F, 0x1A1A1A}},
    {&Palette::text,          {0x1B1F3B, 0xEEF0F7, 0xFFFFFF}},
    {&Palette::text_muted,    {0x4A5068, 0xB8BED3, 0xFFFFFF}},
    {&Palette::border,        {0xC9CEDD, 0x3A4160, 0xFFFFFF}},
    {&Palette::border_strong, {0x6B7189, 0x8C93B0, 0xFFFFFF}},
    {&Palette::accent,        {0x3442C6, 0x9AA6FF, 0xFFFF00}},
    {&Palette::accent_text,   {0xFFFFFF, 0x11131C, 0x000000}},
    {&Palette::good,          {0x15803D, 0x86EFAC, 0x7CFF7C}},
    {&Palette::warn,          {0xA14B06, 0xFCD34D, 0xFFFF00}},
    {&Palette::focus,         {0x1D4ED8, 0xFDE047, 0x00FFFF}},
    {&Palette::average,       {0x1B1F3B, 0xEEF0F7, 0xFFFFFF}},
};
// One colour per comparison slot, the same way round.
constexpr unsigned kCardColours[3][kThemes] = {
    {0x0E7490, 0x5EEAD4, 0x00FFFF},
    {0xB4460C, 0xFDBA74, 0xFFB347},
    {0x7134D6, 0xC4B5FD, 0xFF8CFF},
};
constexpr ImU32 kShadows[kThemes] = {IM_COL32(27, 31, 59, 28), IM_COL32(0, 0, 0, 60), IM_COL32(0, 0, 0, 0)};

float channel(ImU32 c, int shift) { return static_cast<float>((c >> shift) & 0xFF) / 255.0f; }

float luminance(ImU32 c) {
    auto lin = [](float v) { return v <= 0.03928f ? v / 12.92f : std::pow((v + 0.055f) / 1.055f, 2.4f); };
    return 0.2126f * lin(channel(c, IM_COL32_R_SHIFT)) + 0.7152f * lin(channel(c, IM_COL32_G_SHIFT)) +
           0.0722f * lin(channel(c, IM_COL32_B_SHIFT));
}

}  // namespace

ImU32 with_alpha(ImU32 colour, float alpha) {
    ImU32 a = static_cast<ImU32>(std::clamp(alpha, 0.0f, 1.0f) * 255.0f + 0.5f);
    return (colour & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

ImU32 mix(ImU32 a, ImU32 b, float t) {
    auto lerp = [&](int shift) {
        float v = channel(a, shift) * (1 - t) + channel(b, shift) * t;
        return static_cast<ImU32>(v * 255.0f + 0.5f) << shift;
    };
    return lerp(IM_COL32_R_SHIFT) | lerp(IM_COL32_G_SHIFT) | lerp(IM_COL32_B_SHIFT) | (0xFFu << IM_COL32_A_SHIFT);
}

float contrast_ratio(ImU32 a, ImU32 b) {
    float la = luminance(a), lb = luminance(b);
    if (la < lb) std::swap(la, lb);
    return (la + 0.05f) / (lb + 0.05f);
}

Palette make_palette(ThemeKind kind, std::optional<unsigned> accent_rgb, const std::vector<unsigned>& system) {
    Palette p{};
    if (kind == ThemeKind::system && system.size() == kSystemColours) {
        // Forced colours: the browser's own, as Windows high contrast sets them. Canvas, CanvasText,
        // Highlight, HighlightText, ButtonFace, ButtonText, GrayText, LinkText.
        const ImU32 canvas = rgb(system[0]), text = rgb(system[1]), highlight = rgb(system[2]), highlight_text = rgb(system[3]);
        const ImU32 button_text = rgb(system[5]), link = rgb(system[7]);
        p.background = p.surface = p.surface_alt = canvas;
        p.text = p.text_muted = p.average = text;
        p.border = p.border_strong = button_text;
        p.accent = p.focus = highlight;
        p.accent_text = highlight_text;
        p.accent_soft = canvas;
        p.card[0] = p.card[1] = p.card[2] = highlight;
        p.good = p.warn = link;
        p.shadow = IM_COL32(0, 0, 0, 0);
        return p;
    }
    if (kind == ThemeKind::system) kind = ThemeKind::high_contrast;  // no colours given: the nearest we have
    const std::size_t column = kind == ThemeKind::light ? 0 : kind == ThemeKind::dark ? 1 : 2;
    for (const auto& rc : kRoleColours) p.*rc.role = rgb(rc.hex[column]);
    for (std::size_t slot = 0; slot < 3; ++slot) p.card[slot] = rgb(kCardColours[slot][column]);
    p.shadow = kShadows[column];
    // A school's accent replaces the theme's, unless it would be unreadable as a button (then it is
    // darkened or lightened until white or dark text on it passes AA).
    if (accent_rgb && kind != ThemeKind::high_contrast) {
        ImU32 accent = rgb(*accent_rgb);
        ImU32 toward = kind == ThemeKind::light ? rgb(0x000000) : rgb(0xFFFFFF);
        for (int i = 0; i < 10 && contrast_ratio(accent, p.accent_text) < 4.5f; ++i) accent = mix(accent, toward, 0.15f);
        if (contrast_ratio(accent, p.accent_text) >= 4.5f) p.accent = accent;
    }
    p.accent_soft = mix(p.accent, p.surface, kind == ThemeKind::high_contrast ? 0.0f : 0.88f);
    if (kind == ThemeKind::high_contrast) p.accent_soft = rgb(0x333300);
    return p;
}

void apply_style(const Theme& t) {
    ImGuiStyle& st = ImGui::GetStyle();
    st = ImGuiStyle();
    st.WindowPadding = ImVec2(0, 0);
    st.WindowBorderSize = 0;
    st.WindowRounding = 0;
    st.FramePadding = ImVec2(t.s(12), t.s(10));
    st.FrameRounding = t.s(10);
    st.ItemSpacing = ImVec2(t.s(10), t.s(10));
    st.ScrollbarSize = t.s(12);
    st.ScrollbarRounding = t.s(6);
    st.AntiAliasedLines = true;
    st.AntiAliasedFill = true;
    auto v4 = [](ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); };
    ImVec4* c = st.Colors;
    c[ImGuiCol_WindowBg] = v4(t.colours.background);
    c[ImGuiCol_ChildBg] = v4(t.colours.background);
    c[ImGuiCol_Text] = v4(t.colours.text);
    c[ImGuiCol_TextDisabled] = v4(t.colours.text_muted);
    c[ImGuiCol_ScrollbarBg] = v4(t.colours.background);
    c[ImGuiCol_ScrollbarGrab] = v4(t.colours.border);
    c[ImGuiCol_ScrollbarGrabHovered] = v4(t.colours.text_muted);
    c[ImGuiCol_ScrollbarGrabActive] = v4(t.colours.accent);
    c[ImGuiCol_Border] = v4(t.colours.border);
}

}  // namespace ometer::widgets
