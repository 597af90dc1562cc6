// Skillsometer view: the frame around every screen (header, card, credits) and the small pieces the
// screens share; the screens themselves are in view_quiz.cpp and view_results.cpp. See view.hpp.
#include "widgets/skillsometer/view.hpp"

#include <algorithm>
#include <cmath>

#include "widgets/skillsometer/strings.hpp"
#include "widgets/skillsometer/view_parts.hpp"

namespace ometer::widgets {

namespace txt = skillsometer_text;

namespace skillsometer_view {

float Ctx::progress(double since, double duration) {
    if (in.reduced_motion || since < 0 || duration <= 0) return 1.0f;
    double x = (in.now - since) / duration;
    if (x >= 1.0) return 1.0f;
    out.animating = true;
    return ease_out(static_cast<float>(std::clamp(x, 0.0, 1.0)));
}

void Ctx::card_behind(ImDrawList* dl, ImVec2 min, ImVec2 max, ImU32 fill, float rounding) const {
    split->SetCurrentChannel(dl, 0);
    card(dl, t, min, max, fill, rounding);
    split->SetCurrentChannel(dl, 1);
}

float ease_out(float x) {
    float k = 1.0f - std::clamp(x, 0.0f, 1.0f);
    return 1.0f - k * k * k;
}

float centred_text(ImDrawList* dl, ImFont* font, float x0, float x1, float y, ImU32 colour, std::string_view text) {
    const float w = std::max(1.0f, x1 - x0);
    const char* s = text.data();
    const char* end = text.data() + text.size();
    float yy = y;
    while (s < end) {
        const char* line_end = font->CalcWordWrapPositionA(1.0f, s, end, w);
        if (line_end == s) line_end = s + 1;
        const char* visible_end = line_end;
        while (visible_end > s && (visible_end[-1] == ' ' || visible_end[-1] == '\n')) --visible_end;
        ImVec2 ls = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s, visible_end);
        dl->AddText(font, font->FontSize, ImVec2(std::round(x0 + (w - ls.x) * 0.5f), yy), colour, s, visible_end);
        yy += font->FontSize;
        s = line_end;
        while (s < end && (*s == ' ' || *s == '\n')) ++s;
    }
    return yy - y;
}

float text_at(ImDrawList* dl, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view text) {
    dl->AddText(font, font->FontSize, pos, colour, text.data(), text.data() + text.size());
    return text_size(font, text).x;
}

float chip_width(const Ctx& c, std::string_view label) { return text_size(c.t.fonts.small_bold, label).x + c.t.s(30); }

bool chip(Ctx& c, const char* id, ImVec2 min, float height, std::string_view label, bool on, bool focused, float* width_out) {
    const Theme& t = c.t;
    float w = chip_width(c, label);
    if (width_out) *width_out = w;
    ImVec2 max(min.x + w, min.y + height);
    Hit h = hit_area(id, min, max);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 fill = on ? c.p.accent : h.hovered ? c.p.accent_soft : c.p.surface;
    dl->AddRectFilled(min, max, fill, height * 0.5f);
    dl->AddRect(min, max, on ? c.p.accent : c.p.border, height * 0.5f, 0, t.s(1.5f));
    if (focused) focus_ring(dl, t, min, max, height * 0.5f);
    ImFont* f = t.fonts.small_bold;
    text_at(dl, f, ImVec2(min.x + t.s(15), std::round(min.y + (height - f->FontSize) * 0.5f)), on ? c.p.accent_text : c.p.text, label);
    if (h.hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    return h.clicked;
}

float callout(Ctx& c, ImDrawList* dl, float x0, float x1, float y, std::string_view heading, std::string_view text, ImU32 tone) {
    const Theme& t = c.t;
    const float pad = t.s(14), icon_w = t.s(30);
    const float tw = x1 - x0 - 2 * pad - icon_w;
    float hh = heading.empty() ? 0 : text_size(t.fonts.body_bold, heading, tw).y + t.s(4);
    float h = pad + hh + text_size(t.fonts.small, text, tw).y + pad;
    bool hc = t.kind == ThemeKind::high_contrast;
    dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + h), hc ? c.p.surface : mix(tone, c.p.surface, 0.9f), t.s(12));
    dl->AddRect(ImVec2(x0, y), ImVec2(x1, y + h), hc ? c.p.border : mix(tone, c.p.surface, 0.6f), t.s(12), 0, t.s(hc ? 2.0f : 1.0f));
    icon(dl, Icon::info, ImVec2(x0 + pad + t.s(10), y + pad + t.s(11)), t.s(20), tone, t.s(2));
    float ty = y + pad;
    if (!heading.empty()) ty += wrapped_text(dl, t.fonts.body_bold, ImVec2(x0 + pad + icon_w, ty), tw, c.p.text, heading) + t.s(4);
    wrapped_text(dl, t.fonts.small, ImVec2(x0 + pad + icon_w, ty), tw, c.p.text, text);
    return h;
}

Hit tick_box(Ctx& c, const char* id, ImVec2 min, ImVec2 max, std::string_view label, bool on, bool enabled, bool focused) {
    const Theme& t = c.t;
    Hit h = hit_area(id, min, max);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    float r = (max.y - min.y) * 0.5f;
    bool hot = enabled && h.hovered;
    if (on || hot) dl->AddRectFilled(min, max, on ? c.p.accent_soft : with_alpha(c.p.accent_soft, 0.8f), r);
    if (focused) focus_ring(dl, t, min, max, r);
    float box = t.s(20);
    ImVec2 b0(min.x + t.s(10), (min.y + max.y - box) * 0.5f), b1(b0.x + box, b0.y + box);
    ImU32 ink = enabled || on ? c.p.accent : c.p.border;
    if (on) {
        dl->AddRectFilled(b0, b1, c.p.accent, t.s(5));
        icon(dl, Icon::check, ImVec2(b0.x + box * 0.5f, b0.y + box * 0.5f), box * 0.8f, c.p.accent_text, t.s(2.4f));
    } else {
        dl->AddRectFilled(b0, b1, c.p.surface, t.s(5));
        dl->AddRect(b0, b1, ink, t.s(5), 0, t.s(2));
    }
    ImFont* f = t.fonts.small_bold;
    text_at(dl, f, ImVec2(b1.x + t.s(8), std::round((min.y + max.y - f->FontSize) * 0.5f)), enabled || on ? c.p.text : c.p.text_muted, label);
    if (hot) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (!enabled && !on) h.clicked = false;
    return h;
}

}  // namespace skillsometer_view

SkillsometerView draw_skillsometer(const SkillsometerViewInput& in) {
    using namespace skillsometer_view;
    SkillsometerView out;
    const Theme& t = in.theme;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float W = ImGui::GetContentRegionAvail().x;
    Ctx c{in, t, t.colours, out, W < t.s(600)};
    const float M = t.s(c.narrow ? 12 : 20);
    const float x0 = origin.x + M, x1 = origin.x + W - M;
    float y = origin.y + M;

    // Header: a small smiling face as the logo, the name and what it is for.
    emoji_face(dl, ImVec2(x0 + t.s(16), y + t.s(16)), t.s(16), Face::love, 0);
    text_at(dl, t.fonts.heading, ImVec2(x0 + t.s(42), y + t.s(4)), c.p.text, txt::kTitle);
    y += t.s(38);
    y += wrapped_text(dl, t.fonts.small, ImVec2(x0, y), x1 - x0, c.p.text_muted, txt::kSubtitle) + t.s(14);

    if (!in.error.empty()) {
        y += wrapped_text(dl, t.fonts.body, ImVec2(x0, y), x1 - x0, c.p.warn, in.error) + t.s(16);
    } else if (!in.state.ready()) {
        y += wrapped_text(dl, t.fonts.body, ImVec2(x0, y), x1 - x0, c.p.text_muted, txt::kLoading) + t.s(16);
    } else {
        // Content on channel 1; cards measured first are drawn behind it on channel 0.
        ImDrawListSplitter split;
        split.Split(dl, 2);
        split.SetCurrentChannel(dl, 1);
        c.split = &split;
        float h = 0;
        switch (in.state.stage()) {
            case QuizStage::welcome: h = welcome(c, dl, x0, x1, y); break;
            case QuizStage::questions: h = question(c, dl, x0, x1, y); break;
            case QuizStage::results: h = results(c, dl, x0, x1, y); break;
        }
        if (in.state.stage() != QuizStage::results) c.card_behind(dl, ImVec2(x0, y), ImVec2(x1, y + h), c.p.surface, t.s(20));
        split.Merge(dl);
        c.split = nullptr;
        y += h + t.s(16);
        const Bundle& b = in.state.bundle();
        std::string credit = "Statements from the O*NET Interest Profiler (USDOL/ETA, CC BY 4.0). Pay and hours: " +
                             std::string(b.region == Region::uk ? "ONS ASHE 2024" : "BLS OEWS May 2024") +
                             ". Job interests: O*NET 29.3" + (b.region == Region::uk ? " mapped to UK jobs." : ".") +
                             " Data version " + b.data_version + ".";
        y += wrapped_text(dl, t.fonts.small, ImVec2(x0, y), x1 - x0, c.p.text_muted, credit);
    }
    out.content_height = y + M - origin.y;
    for (auto& r : out.answer_rects)  // device px on the canvas (the window sits at 0,0) -> CSS px
        for (float& v : r) v /= t.px;
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + out.content_height - 1));
    ImGui::Dummy(ImVec2(1, 1));
    return out;
}

}  // namespace ometer::widgets
