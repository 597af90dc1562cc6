// Boxes, rings, icons and buttons on ImGui's draw lists; see draw_shapes.hpp.
#include "widgets/common/draw_shapes.hpp"

#include <algorithm>
#include <cmath>
#include <vector>

#include "widgets/common/draw_text.hpp"

namespace ometer::widgets {

void card_box(ImDrawList* dl, const Theme& t, ImVec2 min, ImVec2 max, ImU32 fill, float rounding) {
    if (t.kind != ThemeKind::high_contrast) {
        const bool opaque = ((fill >> IM_COL32_A_SHIFT) & 0xFF) == 0xFF;
        for (int i = 3; i >= 1; --i) {  // soft shadow: a few widening, fading layers
            const float grow = t.s(static_cast<float>(i) * 1.5f);
            const ImVec2 smin(min.x - grow * 0.5f, min.y + grow * 0.6f), smax(max.x + grow * 0.5f, max.y + grow * 1.2f);
            const ImU32 colour = with_alpha(t.colours.shadow, 0.35f / static_cast<float>(i));
            // Under an opaque card only the layer's rim shows: every pixel of it that the card leaves
            // uncovered lies within `band` of the layer's edge (1.2 grow below the card, 0.5 grow beside it,
            // the card's rounded corners within `rounding` more). So the layer is drawn as that band, a
            // stroke just inside its edge with the same outer corners, and the GPU fills and blends the rim
            // rather than the whole card area again, three times over, on every frame.
            // (AddRect moves its outline half a pixel in, for crisp 1 px lines; `inset` allows for that.)
            const float band = grow * 1.2f + rounding, inset = band * 0.5f - 0.5f;
            if (opaque && smax.x - smin.x > 2 * band && smax.y - smin.y > 2 * band)
                dl->AddRect(ImVec2(smin.x + inset, smin.y + inset), ImVec2(smax.x - inset, smax.y - inset), colour,
                            rounding + grow - band * 0.5f, 0, band);
            else
                dl->AddRectFilled(smin, smax, colour, rounding + grow);
        }
    }
    dl->AddRectFilled(min, max, fill, rounding);
    dl->AddRect(min, max, t.colours.border, rounding, 0, t.kind == ThemeKind::high_contrast ? t.s(2) : t.s(1));
}

namespace {

// One dashed outline as ImGui wrote it: its vertices and its indices (counted from its first vertex).
// An empty card's outline is the same on every frame, and typing in the search box draws a frame a key,
// so outlines are replayed rather than walked and stroked again (a few hundred strokes a frame).
struct DashedOutline {
    ImVec2 min, max;
    float rounding = 0, thickness = 0, dash = 0;
    ImU32 colour = 0;
    ImVec2 white_uv;  // where the font atlas keeps its white pixel: a rebuilt atlas draws afresh
    ImDrawListFlags flags = 0;
    std::vector<ImDrawVert> vtx;
    std::vector<ImDrawIdx> idx;

    bool same(const ImDrawList* dl, ImVec2 a, ImVec2 b, float r, ImU32 c, float th, float d) const {
        const ImVec2 uv = ImGui::GetIO().Fonts->TexUvWhitePixel;
        return !vtx.empty() && min.x == a.x && min.y == a.y && max.x == b.x && max.y == b.y && rounding == r && colour == c &&
               thickness == th && dash == d && white_uv.x == uv.x && white_uv.y == uv.y && flags == dl->Flags;
    }
};

DashedOutline g_outlines[8];
std::size_t g_next_outline = 0;

// Walks the rounded outline and strokes every other stretch of length `dash`, each as one polyline (a
// dash round a corner bends with it).
void stroke_dashes(ImDrawList* dl, ImVec2 min, ImVec2 max, float rounding, ImU32 colour, float thickness, float dash) {
    dl->PathClear();
    dl->PathRect(min, max, rounding);
    std::vector<ImVec2> pts(dl->_Path.Data, dl->_Path.Data + dl->_Path.Size);
    dl->PathClear();
    if (pts.size() < 2) return;
    pts.push_back(pts.front());
    std::vector<ImVec2> piece;
    float travelled = 0;
    bool on = true;
    auto end_piece = [&] {
        if (piece.size() >= 2) dl->AddPolyline(piece.data(), static_cast<int>(piece.size()), colour, 0, thickness);
        piece.clear();
    };
    for (std::size_t i = 1; i < pts.size(); ++i) {
        const ImVec2 a = pts[i - 1], b = pts[i];
        const float len = std::sqrt((b.x - a.x) * (b.x - a.x) + (b.y - a.y) * (b.y - a.y));
        float pos = 0;
        while (pos < len) {
            const float step = std::min(dash - travelled, len - pos);
            const ImVec2 p0(a.x + (b.x - a.x) * (pos / len), a.y + (b.y - a.y) * (pos / len));
            const ImVec2 p1(a.x + (b.x - a.x) * ((pos + step) / len), a.y + (b.y - a.y) * ((pos + step) / len));
            if (on) {
                if (piece.empty()) piece.push_back(p0);
                piece.push_back(p1);
            }
            pos += step;
            travelled += step;
            if (travelled >= dash - 1e-3f) {
                travelled = 0;
                if (on) end_piece();
                on = !on;
            }
        }
    }
    end_piece();
}

}  // namespace

void dashed_rect(ImDrawList* dl, ImVec2 min, ImVec2 max, float rounding, ImU32 colour, float thickness, float dash) {
    for (const auto& o : g_outlines) {
        if (!o.same(dl, min, max, rounding, colour, thickness, dash)) continue;
        const int nv = static_cast<int>(o.vtx.size()), ni = static_cast<int>(o.idx.size());
        dl->PrimReserve(ni, nv);
        const ImDrawIdx base = static_cast<ImDrawIdx>(dl->_VtxCurrentIdx);
        std::copy(o.vtx.begin(), o.vtx.end(), dl->_VtxWritePtr);
        for (int i = 0; i < ni; ++i) dl->_IdxWritePtr[i] = static_cast<ImDrawIdx>(base + o.idx[static_cast<std::size_t>(i)]);
        dl->_VtxWritePtr += nv;
        dl->_IdxWritePtr += ni;
        dl->_VtxCurrentIdx += static_cast<unsigned int>(nv);
        return;
    }
    const int v0 = dl->VtxBuffer.Size, i0 = dl->IdxBuffer.Size, cmds = dl->CmdBuffer.Size;
    const unsigned int base = dl->_VtxCurrentIdx;
    stroke_dashes(dl, min, max, rounding, colour, thickness, dash);
    const int nv = dl->VtxBuffer.Size - v0, ni = dl->IdxBuffer.Size - i0;
    // Kept only when it went into the current draw command in one run (16-bit indices can start a new one).
    if (nv == 0 || dl->CmdBuffer.Size != cmds || dl->_VtxCurrentIdx != base + static_cast<unsigned int>(nv)) return;
    DashedOutline& o = g_outlines[g_next_outline++ % std::size(g_outlines)];
    o.min = min;
    o.max = max;
    o.rounding = rounding;
    o.thickness = thickness;
    o.dash = dash;
    o.colour = colour;
    o.white_uv = ImGui::GetIO().Fonts->TexUvWhitePixel;
    o.flags = dl->Flags;
    o.vtx.assign(dl->VtxBuffer.Data + v0, dl->VtxBuffer.Data + v0 + nv);
    o.idx.resize(static_cast<std::size_t>(ni));
    for (int i = 0; i < ni; ++i) o.idx[static_cast<std::size_t>(i)] = static_cast<ImDrawIdx>(dl->IdxBuffer.Data[i0 + i] - base);
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

}  // namespace ometer::widgets
