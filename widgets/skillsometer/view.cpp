// Skillsometer view: the frame around every screen (header, card, credit) and the small pieces the screens
// share; the screens themselves are in view_quiz.cpp and view_results.cpp. See view.hpp.
#include "widgets/skillsometer/view.hpp"

#include <algorithm>
#include <cmath>

#include "widgets/skillsometer/view_parts.hpp"

namespace ometer::widgets {

namespace skillsometer_view {

float Ctx::progress(double since, double duration) {
    if (in.reduced_motion || since < 0 || duration <= 0) return 1.0f;
    double k = (in.now - since) / duration;
    if (k >= 1.0) return 1.0f;
    animating = true;
    return ease_out(static_cast<float>(std::clamp(k, 0.0, 1.0)));
}

void Ctx::card_behind(ImVec2 min, ImVec2 max, ImU32 fill, float rounding) const {
    if (!c.dl) return;
    split->SetCurrentChannel(c.dl, 0);
    card_box(c.dl, t, min, max, fill, rounding);
    split->SetCurrentChannel(c.dl, 1);
}

float ease_out(float k) {
    float r = 1.0f - std::clamp(k, 0.0f, 1.0f);
    return 1.0f - r * r * r;
}

ImVec2 chip_size(const Ctx& x, const VNode& n, float max_width) {
    const Theme& t = x.t;
    const float pad = t.s(15);
    const ImVec2 ts = text_size(t.fonts.small_bold, n.text, max_width - 2 * pad);
    return ImVec2(std::min(max_width, ts.x + 2 * pad), std::max(t.s(t.m.chip), ts.y + t.s(20)));
}

void chip(Ctx& x, const VNode& n, ImVec2 min, ImVec2 size) {
    const Theme& t = x.t;
    const ImVec2 max(min.x + size.x, min.y + size.y);
    const Hit h = x.c.area(n, min, max);
    if (!x.c.dl) return;
    const float round = std::min(size.y * 0.5f, t.s(21));
    const ImU32 fill = n.on ? x.p.accent : h.hovered ? x.p.accent_soft : x.p.surface;
    x.c.dl->AddRectFilled(min, max, fill, round);
    x.c.dl->AddRect(min, max, n.on ? x.p.accent : x.p.border_strong, round, 0, t.s(n.on ? 2.0f : 1.5f));
    if (x.c.focused(n)) focus_ring(x.c.dl, t, min, max, round);
    ImFont* f = t.fonts.small_bold;
    const float pad = t.s(15);
    const float th = x.c.measure(n, f, size.x - 2 * pad).y;
    x.c.text(n, f, ImVec2(min.x + pad, std::round(min.y + (size.y - th) * 0.5f)), size.x - 2 * pad, n.on ? x.p.accent_text : x.p.text);
}

float callout(Ctx& x, float x0, float x1, float y, const VNode& heading, const VNode& text, ImU32 tone) {
    const Theme& t = x.t;
    const float pad = t.s(14), icon_w = t.s(30);
    const float tw = x1 - x0 - 2 * pad - icon_w;
    const float hh = heading.text.empty() ? 0 : x.c.measure(heading, t.fonts.body_bold, tw).y + t.s(4);
    const float h = pad + hh + x.c.measure(text, t.fonts.small, tw).y + pad;
    if (!x.c.dl) return h;
    const bool hc = t.kind == ThemeKind::high_contrast;
    x.c.dl->AddRectFilled(ImVec2(x0, y), ImVec2(x1, y + h), hc ? x.p.surface : mix(tone, x.p.surface, 0.9f), t.s(12));
    x.c.dl->AddRect(ImVec2(x0, y), ImVec2(x1, y + h), hc ? x.p.border : mix(tone, x.p.surface, 0.5f), t.s(12), 0, t.s(hc ? 2.0f : 1.0f));
    icon(x.c.dl, Icon::info, ImVec2(x0 + pad + t.s(10), y + pad + t.s(11)), t.s(20), tone, t.s(2));
    float ty = y + pad;
    if (!heading.text.empty()) ty += x.c.text(heading, t.fonts.body_bold, ImVec2(x0 + pad + icon_w, ty), tw, x.p.text) + t.s(4);
    x.c.text(text, t.fonts.small, ImVec2(x0 + pad + icon_w, ty), tw, x.p.text);
    return h;
}

namespace {
// The room beside the box for a tick box's words: the box and its margins on the left, padding on the right.
float tick_box_text_room(const Theme& t, float width) { return std::max(1.0f, width - t.s(50)); }
}  // namespace

float tick_box_height(const Ctx& x, const VNode& n, float width, float min_height) {
    return std::max(min_height, x.c.measure(n, x.t.fonts.small_bold, tick_box_text_room(x.t, width)).y + x.t.s(18));
}

void tick_box(Ctx& x, const VNode& n, ImVec2 min, ImVec2 max) {
    const Theme& t = x.t;
    const Hit h = x.c.area(n, min, max);
    if (!x.c.dl) return;
    ImFont* f = t.fonts.small_bold;
    // A pill while the words take one line; a rounded box when they wrap and it grows taller.
    const float r = std::min((max.y - min.y) * 0.5f, std::max(t.s(20), (f->FontSize + t.s(18)) * 0.5f));
    const bool enabled = !n.disabled;
    const bool hot = enabled && h.hovered;
    if (n.on || hot) x.c.dl->AddRectFilled(min, max, n.on ? x.p.accent_soft : with_alpha(x.p.accent_soft, 0.8f), r);
    if (x.c.focused(n)) focus_ring(x.c.dl, t, min, max, r);
    const float box = t.s(20);
    const ImVec2 b0(min.x + t.s(10), (min.y + max.y - box) * 0.5f), b1(b0.x + box, b0.y + box);
    if (n.on) {
        x.c.dl->AddRectFilled(b0, b1, x.p.accent, t.s(5));
        icon(x.c.dl, Icon::check, ImVec2(b0.x + box * 0.5f, b0.y + box * 0.5f), box * 0.8f, x.p.accent_text, t.s(2.4f));
    } else {
        x.c.dl->AddRectFilled(b0, b1, x.p.surface, t.s(5));
        x.c.dl->AddRect(b0, b1, enabled ? x.p.border_strong : x.p.border, t.s(5), 0, t.s(2));
    }
    const float room = tick_box_text_room(t, max.x - min.x);
    const float th = x.c.measure(n, f, room).y;
    x.c.text(n, f, ImVec2(b1.x + t.s(8), std::round((min.y + max.y - th) * 0.5f)), room, enabled || n.on ? x.p.text : x.p.text_muted);
}

}  // namespace skillsometer_view

SkillsometerView draw_skillsometer(const SkillsometerViewInput& in) {
    using namespace skillsometer_view;
    SkillsometerView out;
    const Theme& t = in.theme;
    const SkillsometerVM& vm = in.vm;
    Canvas canvas(t, ImGui::GetWindowDrawList(), in.focus_id);
    const ViewFrame frame = ViewFrame::current(t);
    Ctx x{in, canvas, vm, t, t.colours, out.animating, frame.narrow};
    const float x0 = frame.x0, x1 = frame.x1;
    float y = frame.top;

    // Header: a small smiling face as the logo, the name and what it is for.
    emoji_face(canvas.dl, ImVec2(x0 + t.s(16), y + t.s(16)), t.s(16), Face::love, 0);
    y += std::max(t.s(38), canvas.text(vm.title, t.fonts.heading, ImVec2(x0 + t.s(42), y + t.s(4)), x1 - x0 - t.s(42), x.p.text) + t.s(8));
    y += canvas.text(vm.subtitle, t.fonts.small, ImVec2(x0, y), x1 - x0, x.p.text_muted) + t.s(14);

    if (!vm.error.text.empty() || !vm.loading.text.empty()) {
        const bool failed = !vm.error.text.empty();
        y += canvas.text(failed ? vm.error : vm.loading, t.fonts.body, ImVec2(x0, y), x1 - x0, failed ? x.p.warn : x.p.text_muted) + t.s(16);
    } else {
        // Content on channel 1; cards measured first are drawn behind it on channel 0.
        ImDrawListSplitter split;
        split.Split(canvas.dl, 2);
        split.SetCurrentChannel(canvas.dl, 1);
        x.split = &split;
        float h = 0;
        switch (vm.stage) {
            case QuizStage::welcome: h = welcome(x, x0, x1, y); break;
            case QuizStage::questions: h = question(x, x0, x1, y); break;
            case QuizStage::results: h = results(x, x0, x1, y); break;
        }
        if (vm.stage != QuizStage::results) x.card_behind(ImVec2(x0, y), ImVec2(x1, y + h), x.p.surface, t.s(20));
        split.Merge(canvas.dl);
        x.split = nullptr;
        y += h + t.s(16);
        y += canvas.text(vm.credit, t.fonts.small, ImVec2(x0, y), x1 - x0, x.p.text_muted);
    }
    out.content_height = frame.end(y);
    out.commands = std::move(canvas.commands);
    out.placed = std::move(canvas.placed);
    return out;
}

}  // namespace ometer::widgets
