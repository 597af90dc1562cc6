// The answer faces drawn with shapes (dislike, not sure, love it); see draw_faces.hpp.
#include "widgets/common/draw_faces.hpp"

#include <algorithm>
#include <cmath>

#include "widgets/common/draw_shapes.hpp"

namespace ometer::widgets {

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
