// Drawing vocabulary; see draw.hpp.
#include "widgets/common/draw.hpp"

#include <algorithm>
#include <cmath>

namespace ometer::widgets {

namespace {
constexpr float kPi = 3.14159265358979f;
}

// Line breaks only at spaces (ImGui's own wrapping also breaks after commas, which splits "£45,500").
// A word wider than the line (a results code) breaks after a hyphen, or failing that between characters.
std::vector<std::pair<std::size_t, std::size_t>> wrap_lines(ImFont* font, std::string_view text, float width) {
    // A box sized from measured words (their width plus padding, less the same padding) must hold them on
    // the same lines again: float rounding can make it a hair narrower than they measured.
    width += 0.01f;
    std::vector<std::pair<std::size_t, std::size_t>> lines;
    auto w = [&](std::size_t b, std::size_t e) {
        return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.data() + b, text.data() + e).x;
    };
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = start, fit = start;
        while (end < text.size()) {
            std::size_t next = text.find(' ', end + 1);
            if (next == std::string_view::npos) next = text.size();
            if (w(start, next) > width && fit > start) break;
            fit = next;
            end = next;
            if (w(start, fit) > width) break;
        }
        if (w(start, fit) > width) {  // one long word: cut it where it stops fitting
            std::size_t cut = start + 1;
            while (cut < fit && w(start, cut + 1) <= width) ++cut;
            while (cut > start + 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
            const std::size_t hyphen = text.substr(start, cut - start).rfind('-');
            fit = hyphen != std::string_view::npos && hyphen > 0 ? start + hyphen + 1 : cut;
        }
        lines.emplace_back(start, fit);
        start = fit;
        while (start < text.size() && text[start] == ' ') ++start;
    }
    return lines;
}

ImVec2 text_size(ImFont* font, std::string_view text, float wrap_width) {
    if (wrap_width <= 0) return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.data(), text.data() + text.size());
    float max_w = 0;
    auto lines = wrap_lines(font, text, wrap_width);
    for (const auto& [b, e] : lines)
        max_w = std::max(max_w, font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.data() + b, text.data() + e).x);
    return ImVec2(max_w, font->FontSize * static_cast<float>(lines.size()));
}

float widest_word(ImFont* font, std::string_view text) {
    float widest = 0;
    for (std::size_t b = 0; b < text.size();) {
        std::size_t e = text.find(' ', b);
        if (e == std::string_view::npos) e = text.size();
        if (e > b) widest = std::max(widest, font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.data() + b, text.data() + e).x);
        b = e + 1;
    }
    return widest;
}

float wrapped_text(ImDrawList* dl, ImFont* font, ImVec2 pos, float width, ImU32 colour, std::string_view text) {
    if (text.empty()) return 0;
    auto lines = wrap_lines(font, text, width);
    for (std::size_t i = 0; i < lines.size(); ++i)
        dl->AddText(font, font->FontSize, ImVec2(pos.x, pos.y + font->FontSize * static_cast<float>(i)), colour,
                    text.data() + lines[i].first, text.data() + lines[i].second);
    return font->FontSize * static_cast<float>(lines.size());
}

std::string fit_text(ImFont* font, std::string_view text, float width) {
    if (text_size(font, text).x <= width) return std::string(text);
    const std::string_view ellipsis = "\xE2\x80\xA6";
    std::size_t n = text.size();
    while (n > 0) {
        --n;
        while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;  // keep UTF-8 whole
        std::string candidate = std::string(text.substr(0, n)) + std::string(ellipsis);
        if (text_size(font, candidate).x <= width) return candidate;
    }
    return std::string(ellipsis);
}

float highlighted_text(ImDrawList* dl, ImFont* font, ImFont* bold, ImVec2 pos, ImU32 colour, ImU32 hi,
                       std::string_view text, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& ranges,
                       float max_width) {
    std::string shown = fit_text(bold, text, max_width);
    std::string_view view = shown;
    float x = pos.x;
    std::size_t at = 0;
    auto draw = [&](std::size_t from, std::size_t to, bool strong) {
        if (to <= from) return;
        to = std::min(to, view.size());
        if (from >= to) return;
        ImFont* f = strong ? bold : font;
        dl->AddText(f, f->FontSize, ImVec2(x, pos.y), strong ? hi : colour, view.data() + from, view.data() + to);
        x += text_size(f, view.substr(from, to - from)).x;
    };
    std::vector<std::pair<std::uint32_t, std::uint32_t>> sorted = ranges;
    std::sort(sorted.begin(), sorted.end());
    for (const auto& [b, e] : sorted) {
        if (b < at) continue;
        draw(at, b, false);
        draw(b, e, true);
        at = e;
    }
    draw(at, view.size(), false);
    return x - pos.x;
}

void card_box(ImDrawList* dl, const Theme& t, ImVec2 min, ImVec2 max, ImU32 fill, float rounding) {
    if (t.kind != ThemeKind::high_contrast) {
        for (int i = 3; i >= 1; --i) {  // soft shadow: a few widening, fading layers
            float grow = t.s(static_cast<float>(i) * 1.5f);
            dl->AddRectFilled(ImVec2(min.x - grow * 0.5f, min.y + grow * 0.6f), ImVec2(max.x + grow * 0.5f, max.y + grow * 1.2f),
                              with_alpha(t.colours.shadow, 0.35f / static_cast<float>(i)), rounding + grow);
        }
    }
    dl->AddRectFilled(min, max, fill, rounding);
    dl->AddRect(min, max, t.colours.border, rounding, 0, t.kind == ThemeKind::high_contrast ? t.s(2) : t.s(1));
}

void dashed_rect(ImDrawList* dl, ImVec2 min, ImVec2 max, float rounding, ImU32 colour, float thickness, float dash) {
    // Walk the rounded outline as a polyline and draw every other segment of length `dash`.
    dl->PathClear();
    dl->PathRect(min, max, rounding);
    std::vector<ImVec2> pts(dl->_Path.Data, dl->_Path.Data + dl->_Path.Size);
    dl->PathClear();
    if (pts.size() < 2) return;
    pts.push_back(pts.front());
    float travelled = 0;
    bool on = true;
    for (std::size_t i = 1; i < pts.size(); ++i) {
        ImVec2 a = pts[i - 1], b = pts[i];
        float len = std::sqrt((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y));
        float pos = 0;
        while (pos < len) {
            float step = std::min(dash - travelled, len - pos);
            ImVec2 p0(a.x + (b.x - a.x) * (pos / len), a.y + (b.y - a.y) * (pos / len));
            ImVec2 p1(a.x + (b.x - a.x) * ((pos + step) / len), a.y + (b.y - a.y) * ((pos + step) / len));
            if (on) dl->AddLine(p0, p1, colour, thickness);
            pos += step;
            travelled += step;
            if (travelled >= dash - 1e-3f) {
                travelled = 0;
                on = !on;
            }
        }
    }
}

void focus_ring(ImDrawList* dl, const Theme& t, ImVec2 min, ImVec2 max, float rounding) {
    float g = t.s(3);
    dl->AddRect(ImVec2(min.x - g, min.y - g), ImVec2(max.x + g, max.y + g), t.colours.focus, rounding + g, 0, t.s(3));
}

void icon(ImDrawList* dl, Icon which, ImVec2 c, float size, ImU32 col, float th) {
    float h = size * 0.5f;
    switch (which) {
        case Icon::close:
            dl->AddLine(ImVec2(c.x - h * 0.7f, c.y - h * 0.7f), ImVec2(c.x + h * 0.7f, c.y + h * 0.7f), col, th);
            dl->AddLine(ImVec2(c.x + h * 0.7f, c.y - h * 0.7f), ImVec2(c.x - h * 0.7f, c.y + h * 0.7f), col, th);
            break;
        case Icon::plus:
            dl->AddLine(ImVec2(c.x - h, c.y), ImVec2(c.x + h, c.y), col, th);
            dl->AddLine(ImVec2(c.x, c.y - h), ImVec2(c.x, c.y + h), col, th);
            break;
        case Icon::search:
            dl->AddCircle(ImVec2(c.x - h * 0.2f, c.y - h * 0.2f), h * 0.6f, col, 24, th);
            dl->AddLine(ImVec2(c.x + h * 0.25f, c.y + h * 0.25f), ImVec2(c.x + h * 0.85f, c.y + h * 0.85f), col, th * 1.2f);
            break;
        case Icon::chevron_down:
        case Icon::chevron_up: {
            float d = which == Icon::chevron_down ? 1.0f : -1.0f;
            ImVec2 pts[3] = {ImVec2(c.x - h * 0.7f, c.y - h * 0.3f * d), ImVec2(c.x, c.y + h * 0.4f * d),
                             ImVec2(c.x + h * 0.7f, c.y - h * 0.3f * d)};
            dl->AddPolyline(pts, 3, col, 0, th);
            break;
        }
        case Icon::back: {
            ImVec2 pts[3] = {ImVec2(c.x + h * 0.3f, c.y - h * 0.7f), ImVec2(c.x - h * 0.4f, c.y), ImVec2(c.x + h * 0.3f, c.y + h * 0.7f)};
            dl->AddPolyline(pts, 3, col, 0, th);
            break;
        }
        case Icon::info:
            dl->AddCircle(c, h, col, 24, th);
            dl->AddLine(ImVec2(c.x, c.y - h * 0.1f), ImVec2(c.x, c.y + h * 0.5f), col, th);
            dl->AddCircleFilled(ImVec2(c.x, c.y - h * 0.45f), th * 0.8f, col);
            break;
        case Icon::refresh:
            dl->PathArcTo(c, h * 0.75f, -kPi * 0.1f, kPi * 1.5f, 24);
            dl->PathStroke(col, 0, th);
            dl->AddTriangleFilled(ImVec2(c.x + h * 0.75f + th * 1.5f, c.y - h * 0.1f), ImVec2(c.x + h * 0.75f - th * 1.5f, c.y - h * 0.1f),
                                  ImVec2(c.x + h * 0.75f, c.y + h * 0.35f), col);
            break;
        case Icon::check: {
            ImVec2 pts[3] = {ImVec2(c.x - h * 0.7f, c.y), ImVec2(c.x - h * 0.15f, c.y + h * 0.55f), ImVec2(c.x + h * 0.75f, c.y - h * 0.55f)};
            dl->AddPolyline(pts, 3, col, 0, th);
            break;
        }
    }
}

Hit hit_area(const char* id, ImVec2 min, ImVec2 max) {
    Hit h;
    ImVec2 size(std::max(1.0f, max.x - min.x), std::max(1.0f, max.y - min.y));
    ImGui::SetCursorScreenPos(min);
    h.clicked = ImGui::InvisibleButton(id, size);
    h.hovered = ImGui::IsItemHovered();
    h.held = ImGui::IsItemActive();
    return h;
}

float button_text_room(const Theme& t, float width, bool with_icon) {
    return width - 2 * t.s(t.m.button_pad) - (with_icon ? t.s(t.m.button_icon) : 0);
}

float button_height(const Theme& t, std::string_view label, float width, float min_height, bool with_icon) {
    ImFont* f = t.fonts.body_bold;
    if (label.empty()) return min_height;
    const float lines = text_size(f, label, std::max(1.0f, button_text_room(t, width, with_icon))).y / f->FontSize;
    return std::max(min_height, lines * f->FontSize + 2 * t.s(t.m.button_pad_y));
}

Hit button(const Theme& t, const char* id, ImVec2 min, ImVec2 max, std::string_view label, ButtonStyle style,
           bool focused, Icon glyph, bool with_icon, ImVec4* ink) {
    Hit h = hit_area(id, min, max);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Palette& p = t.colours;
    ImFont* f = t.fonts.body_bold;
    const auto lines = wrap_lines(f, label, std::max(1.0f, button_text_room(t, max.x - min.x, with_icon)));
    // A pill while the words take one line; a rounded box when they wrap and it grows taller.
    const float r = lines.size() > 1 ? f->FontSize * 0.5f + t.s(t.m.button_pad_y) : (max.y - min.y) * 0.5f;
    ImU32 fill = 0, text = p.text, border = 0;
    switch (style) {
        case ButtonStyle::primary:
            fill = h.held ? mix(p.accent, p.text, 0.2f) : h.hovered ? mix(p.accent, p.surface, 0.12f) : p.accent;
            text = p.accent_text;
            break;
        case ButtonStyle::secondary:
            fill = h.held ? p.surface_alt : h.hovered ? p.accent_soft : p.surface;
            border = p.accent;
            text = t.kind == ThemeKind::light ? mix(p.accent, p.text, 0.25f) : p.accent;
            break;
        case ButtonStyle::ghost:
            fill = h.hovered || h.held ? p.accent_soft : 0;
            text = t.kind == ThemeKind::light ? mix(p.accent, p.text, 0.25f) : p.accent;
            break;
    }
    if (fill) dl->AddRectFilled(min, max, fill, r);
    if (border) dl->AddRect(min, max, border, r, 0, t.s(1.5f));
    if (focused) focus_ring(dl, t, min, max, r);
    // The icon and the words centred as one block; lines centred under each other.
    auto line_width = [&](std::size_t i) { return text_size(f, label.substr(lines[i].first, lines[i].second - lines[i].first)).x; };
    float text_w = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) text_w = std::max(text_w, line_width(i));
    const float text_h = f->FontSize * static_cast<float>(lines.size());
    const float icon_w = with_icon ? t.s(t.m.button_icon) : 0;
    const float x = (min.x + max.x - text_w - icon_w) * 0.5f;
    const float y = (min.y + max.y - text_h) * 0.5f;
    if (with_icon) icon(dl, glyph, ImVec2(x + t.s(8), (min.y + max.y) * 0.5f), t.s(14), text, t.s(2.2f));
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto [b, e] = lines[i];
        dl->AddText(f, f->FontSize, ImVec2(x + icon_w + (text_w - line_width(i)) * 0.5f, y + f->FontSize * static_cast<float>(i)), text,
                    label.data() + b, label.data() + e);
    }
    if (ink) *ink = ImVec4(x, std::min(y, (min.y + max.y - t.s(14)) * 0.5f), icon_w + text_w, std::max(text_h, with_icon ? t.s(14) : 0.0f));
    if (h.hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return h;
}

void gauge(ImDrawList* dl, const Theme& t, ImVec2 c, float radius, float value01, float average01, ImU32 colour) {
    value01 = std::clamp(value01, 0.0f, 1.0f);
    average01 = std::clamp(average01, 0.0f, 1.0f);
    const float thick = radius * 0.22f;
    const float a0 = kPi, a1 = 2 * kPi;  // left to right over the top
    dl->PathArcTo(c, radius, a0, a1, 48);
    dl->PathStroke(t.colours.surface_alt, 0, thick);
    if (value01 > 0.002f) {
        dl->PathArcTo(c, radius, a0, a0 + (a1 - a0) * value01, 48);
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

void sparkline(ImDrawList* dl, ImVec2 min, ImVec2 max, const std::vector<float>& values, ImU32 colour, float thickness) {
    if (values.size() < 2) return;
    std::vector<ImVec2> pts;
    for (std::size_t i = 0; i < values.size(); ++i) {
        float fx = static_cast<float>(i) / static_cast<float>(values.size() - 1);
        pts.emplace_back(min.x + (max.x - min.x) * fx, max.y - (max.y - min.y) * std::clamp(values[i], 0.0f, 1.0f));
    }
    dl->AddPolyline(pts.data(), static_cast<int>(pts.size()), colour, 0, thickness);
    for (const auto& p : pts) dl->AddCircleFilled(p, thickness * 1.4f, colour, 12);
}

namespace {
const char* const kHexagonLetters[6] = {"R", "I", "A", "S", "E", "C"};
constexpr float kLetterOut = 0.8f;  // a corner letter's centre sits this many font sizes beyond its corner
}  // namespace

ImVec2 hexagon_reach(float radius, ImFont* label_font) {
    const float cos30 = 0.8660254f;
    if (!label_font) return ImVec2(radius * cos30, radius);
    float letter_w = 0;
    for (const char* l : kHexagonLetters) letter_w = std::max(letter_w, text_size(label_font, l).x);
    const float out = radius + label_font->FontSize * kLetterOut;
    return ImVec2(out * cos30 + letter_w * 0.5f, out + label_font->FontSize * 0.5f);
}

void hexagon_chart(ImDrawList* dl, const Theme& t, ImVec2 c, float radius, const std::array<float, 6>& values,
                   ImU32 colour, bool labels, ImFont* label_font) {
    auto corner = [&](int i, float r) {
        float a = -kPi / 2 + static_cast<float>(i) * kPi / 3;
        return ImVec2(c.x + std::cos(a) * r, c.y + std::sin(a) * r);
    };
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

namespace {

// A disc lit from the top left: a fan of triangles whose centre colour fades to the rim colour, over an
// anti-aliased disc so the edge stays smooth (ImGui fills have no gradients of their own).
void shaded_disc(ImDrawList* dl, ImVec2 c, float r, ImU32 light, ImU32 base) {
    const int n = 48;
    dl->AddCircleFilled(c, r, base, n);
    const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
    const ImVec2 hot(c.x - r * 0.32f, c.y - r * 0.38f);
    dl->PrimReserve(n * 3, n + 1);
    const auto first = static_cast<ImDrawIdx>(dl->_VtxCurrentIdx);
    dl->PrimWriteVtx(hot, uv, light);
    for (int i = 0; i < n; ++i) {
        float a = 2 * kPi * static_cast<float>(i) / static_cast<float>(n);
        dl->PrimWriteVtx(ImVec2(c.x + std::cos(a) * (r - 0.5f), c.y + std::sin(a) * (r - 0.5f)), uv, base);
    }
    for (int i = 0; i < n; ++i) {
        dl->PrimWriteIdx(first);
        dl->PrimWriteIdx(static_cast<ImDrawIdx>(first + 1 + i));
        dl->PrimWriteIdx(static_cast<ImDrawIdx>(first + 1 + (i + 1) % n));
    }
}

void ellipse(ImDrawList* dl, ImVec2 c, float rx, float ry, ImU32 colour) {
    const int n = 20;
    for (int i = 0; i < n; ++i) {
        float a = 2 * kPi * static_cast<float>(i) / static_cast<float>(n);
        dl->PathLineTo(ImVec2(c.x + std::cos(a) * rx, c.y + std::sin(a) * ry));
    }
    dl->PathFillConvex(colour);
}

// A stroke with round ends, so short mouths and brows look drawn with a felt pen rather than cut.
void round_line(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 colour, float thickness) {
    dl->AddLine(a, b, colour, thickness);
    dl->AddCircleFilled(a, thickness * 0.5f, colour, 12);
    dl->AddCircleFilled(b, thickness * 0.5f, colour, 12);
}

void round_arc(ImDrawList* dl, ImVec2 centre, float radius, float a0, float a1, ImU32 colour, float thickness) {
    dl->PathArcTo(centre, radius, a0, a1, 24);
    dl->PathStroke(colour, 0, thickness);
    dl->AddCircleFilled(ImVec2(centre.x + std::cos(a0) * radius, centre.y + std::sin(a0) * radius), thickness * 0.5f, colour, 12);
    dl->AddCircleFilled(ImVec2(centre.x + std::cos(a1) * radius, centre.y + std::sin(a1) * radius), thickness * 0.5f, colour, 12);
}

// Friendly eyes: tall ovals with a small glint, looking slightly towards `look`.
void eyes(ImDrawList* dl, ImVec2 c, float r, ImU32 ink, ImVec2 look) {
    for (float side : {-1.0f, 1.0f}) {
        ImVec2 e(c.x + side * r * 0.32f + look.x * r, c.y - r * 0.14f + look.y * r);
        ellipse(dl, e, r * 0.085f, r * 0.125f, ink);
        dl->AddCircleFilled(ImVec2(e.x + r * 0.028f, e.y - r * 0.05f), r * 0.03f, IM_COL32(255, 255, 255, 230), 10);
    }
}

void heart(ImDrawList* dl, ImVec2 p, float s, ImU32 colour) {
    dl->AddCircleFilled(ImVec2(p.x - s * 0.5f, p.y - s * 0.22f), s * 0.56f, colour, 20);
    dl->AddCircleFilled(ImVec2(p.x + s * 0.5f, p.y - s * 0.22f), s * 0.56f, colour, 20);
    ImVec2 tri[3] = {ImVec2(p.x - s * 1.03f, p.y - s * 0.05f), ImVec2(p.x + s * 1.03f, p.y - s * 0.05f), ImVec2(p.x, p.y + s * 1.05f)};
    dl->AddConvexPolyFilled(tri, 3, colour);
}

}  // namespace

void emoji_face(ImDrawList* dl, ImVec2 c, float r, Face face, float wobble) {
    const ImU32 base = IM_COL32(255, 203, 62, 255), light = IM_COL32(255, 232, 140, 255);
    const ImU32 rim = IM_COL32(222, 150, 24, 255), ink = IM_COL32(84, 52, 22, 255);
    const ImU32 cheek = IM_COL32(255, 128, 110, 90);
    c.x += std::sin(wobble * 2 * kPi) * r * 0.04f;
    shaded_disc(dl, c, r, light, base);
    dl->AddCircle(c, r - r * 0.025f, rim, 48, r * 0.05f);
    const float pen = std::max(1.5f, r * 0.085f);
    switch (face) {
        case Face::love: {
            const ImU32 red = IM_COL32(230, 46, 76, 255);
            heart(dl, ImVec2(c.x - r * 0.33f, c.y - r * 0.14f), r * 0.17f, red);
            heart(dl, ImVec2(c.x + r * 0.33f, c.y - r * 0.14f), r * 0.17f, red);
            dl->AddCircleFilled(ImVec2(c.x - r * 0.58f, c.y + r * 0.22f), r * 0.13f, cheek, 20);
            dl->AddCircleFilled(ImVec2(c.x + r * 0.58f, c.y + r * 0.22f), r * 0.13f, cheek, 20);
            // A wide open smile (a half disc) with a tongue at the bottom.
            const ImVec2 m(c.x, c.y + r * 0.2f);
            dl->PathArcTo(m, r * 0.42f, 0.0f, kPi, 28);
            dl->PathFillConvex(ink);
            dl->PathArcTo(ImVec2(m.x, m.y + r * 0.3f), r * 0.2f, kPi * 1.2f, kPi * 1.8f, 12);
            dl->PathArcTo(ImVec2(m.x, m.y + r * 0.22f), r * 0.19f, kPi * 0.15f, kPi * 0.85f, 12);
            dl->PathFillConvex(IM_COL32(242, 112, 120, 255));
            break;
        }
        case Face::unsure: {
            // "Hmm": eyes glancing up, one eyebrow raised, a straight mouth slightly askew.
            eyes(dl, c, r, ink, ImVec2(0.03f, -0.03f));
            round_line(dl, ImVec2(c.x + r * 0.2f, c.y - r * 0.44f), ImVec2(c.x + r * 0.44f, c.y - r * 0.5f), ink, pen * 0.8f);
            round_line(dl, ImVec2(c.x - r * 0.28f, c.y + r * 0.4f), ImVec2(c.x + r * 0.26f, c.y + r * 0.32f), ink, pen);
            break;
        }
        case Face::dislike: {
            // "Meh, not for me": calm eyes and a small, gentle frown; no scowling brows.
            eyes(dl, c, r, ink, ImVec2(0, 0.02f));
            round_arc(dl, ImVec2(c.x, c.y + r * 0.66f), r * 0.3f, kPi * 1.27f, kPi * 1.73f, ink, pen);
            break;
        }
    }
}

}  // namespace ometer::widgets
