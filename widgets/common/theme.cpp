// Palettes and ImGui style; see theme.hpp. Colours were checked for WCAG AA (4.5:1 for text) against their
// backgrounds; a test recomputes the ratios so a palette edit cannot quietly break contrast.
#include "widgets/common/theme.hpp"

#include <algorithm>
#include <cmath>

namespace ometer::widgets {

namespace {

constexpr ImU32 rgb(unsigned hex) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}

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
    switch (kind) {
        case ThemeKind::light:
            p.background = rgb(0xF3F5FA);
            p.surface = rgb(0xFFFFFF);
            p.surface_alt = rgb(0xEEF1F8);
            p.text = rgb(0x1B1F3B);
            p.text_muted = rgb(0x4A5068);
            p.border = rgb(0xC9CEDD);
            p.border_strong = rgb(0x6B7189);
            p.accent = rgb(0x3442C6);
            p.accent_text = rgb(0xFFFFFF);
            p.card[0] = rgb(0x0E7490);
            p.card[1] = rgb(0xB4460C);
            p.card[2] = rgb(0x7134D6);
            p.good = rgb(0x15803D);
            p.warn = rgb(0xA14B06);
            p.focus = rgb(0x1D4ED8);
            p.average = rgb(0x1B1F3B);
            p.shadow = IM_COL32(27, 31, 59, 28);
            break;
        case ThemeKind::dark:
            p.background = rgb(0x11131C);
            p.surface = rgb(0x1C2030);
            p.surface_alt = rgb(0x262B3F);
            p.text = rgb(0xEEF0F7);
            p.text_muted = rgb(0xB8BED3);
            p.border = rgb(0x3A4160);
            p.border_strong = rgb(0x8C93B0);
            p.accent = rgb(0x9AA6FF);
            p.accent_text = rgb(0x11131C);
            p.card[0] = rgb(0x5EEAD4);
            p.card[1] = rgb(0xFDBA74);
            p.card[2] = rgb(0xC4B5FD);
            p.good = rgb(0x86EFAC);
            p.warn = rgb(0xFCD34D);
            p.focus = rgb(0xFDE047);
            p.average = rgb(0xEEF0F7);
            p.shadow = IM_COL32(0, 0, 0, 60);
            break;
        case ThemeKind::high_contrast:
            p.background = rgb(0x000000);
            p.surface = rgb(0x000000);
            p.surface_alt = rgb(0x1A1A1A);
            p.text = rgb(0xFFFFFF);
            p.text_muted = rgb(0xFFFFFF);
            p.border = rgb(0xFFFFFF);
            p.border_strong = rgb(0xFFFFFF);
            p.accent = rgb(0xFFFF00);
            p.accent_text = rgb(0x000000);
            p.card[0] = rgb(0x00FFFF);
            p.card[1] = rgb(0xFFB347);
            p.card[2] = rgb(0xFF8CFF);
            p.good = rgb(0x7CFF7C);
            p.warn = rgb(0xFFFF00);
            p.focus = rgb(0x00FFFF);
            p.average = rgb(0xFFFFFF);
            p.shadow = IM_COL32(0, 0, 0, 0);
            break;
        case ThemeKind::system:
            break;
    }
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
