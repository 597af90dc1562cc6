// Skillsometer screens before the results: the welcome card and one statement per card with its answer
// buttons (three faces, or five labelled buttons on the 5-point scale). See view_parts.hpp.
#include <algorithm>
#include <cmath>

#include "widgets/common/keep.hpp"
#include "widgets/skillsometer/view_parts.hpp"

namespace ometer::widgets::skillsometer_view {

namespace {

// A number in a circle, drawn for a step (decoration: the list is numbered for screen readers anyway).
void number_badge(Ctx& x, ImVec2 centre, float size, int n) {
    if (!x.c.dl) return;
    x.c.dl->AddCircleFilled(centre, size * 0.5f, x.p.accent, 32);
    const std::string s = std::to_string(n);
    const ImVec2 ts = text_size(x.t.fonts.body_bold, s);
    x.c.dl->AddText(x.t.fonts.body_bold, x.t.fonts.body_bold->FontSize, ImVec2(std::round(centre.x - ts.x * 0.5f), std::round(centre.y - ts.y * 0.5f)),
                    x.p.accent_text, s.c_str());
}

// The numbered steps of "How it works": three columns on wide screens, rows on phones.
float steps(Ctx& x, float x0, float x1, float y) {
    const Theme& t = x.t;
    const float badge = t.s(34);
    const auto& items = x.vm.steps.children;
    float yy = y;
    if (x.narrow) {
        for (std::size_t i = 0; i < items.size(); ++i) {
            number_badge(x, ImVec2(x0 + badge * 0.5f, yy + badge * 0.5f), badge, static_cast<int>(i + 1));
            const float tw = x1 - x0 - badge - t.s(14);
            const float th = x.c.measure(items[i], t.fonts.body, tw).y;
            x.c.text(items[i], t.fonts.body, ImVec2(x0 + badge + t.s(14), yy + std::max(0.0f, (badge - th) * 0.5f)), tw, x.p.text);
            yy += std::max(badge, th) + t.s(14);
        }
        return yy - y - t.s(14);
    }
    const float gap = t.s(24), col = (x1 - x0 - 2 * gap) / 3.0f;
    float tallest = 0;
    for (std::size_t i = 0; i < items.size(); ++i) {
        const float cx0 = x0 + static_cast<float>(i) * (col + gap);
        number_badge(x, ImVec2(cx0 + col * 0.5f, yy + badge * 0.5f), badge, static_cast<int>(i + 1));
        tallest = std::max(tallest, x.c.text(items[i], t.fonts.body, ImVec2(cx0, yy + badge + t.s(10)), col, x.p.text, Align::centre));
    }
    return badge + t.s(10) + tallest;
}

}  // namespace

float welcome(Ctx& x, float x0, float x1, float y) {
    const Theme& t = x.t;
    const SkillsometerVM& vm = x.vm;
    const float pad = t.s(x.narrow ? 18 : 32);
    const float cx = (x0 + x1) * 0.5f;
    const float tw = std::min(x1 - x0 - 2 * pad, t.s(700));
    const float tx0 = cx - tw * 0.5f;
    float yy = y + pad;

    const float r = t.s(x.narrow ? 28 : 34);
    const Face faces[3] = {Face::dislike, Face::unsure, Face::love};
    if (x.c.dl)
        for (int i = 0; i < 3; ++i) emoji_face(x.c.dl, ImVec2(cx + static_cast<float>(i - 1) * r * 2.7f, yy + r), r, faces[i], 0);
    yy += 2 * r + t.s(20);
    yy += x.c.text(vm.welcome_heading, x.narrow ? t.fonts.heading : t.fonts.big, ImVec2(tx0, yy), tw, x.p.text, Align::centre) + t.s(12);
    yy += x.c.text(vm.intro, t.fonts.body, ImVec2(tx0, yy), tw, x.p.text, Align::centre) + t.s(24);
    yy += x.c.text(vm.how_heading, t.fonts.body_bold, ImVec2(tx0, yy), tw, x.p.text, Align::centre) + t.s(14);
    yy += steps(x, x.narrow ? tx0 : x0 + pad, x.narrow ? tx0 + tw : x1 - pad, yy) + t.s(26);
    yy += x.c.text(vm.count, t.fonts.small_bold, ImVec2(tx0, yy), tw, x.p.text_muted, Align::centre) + t.s(4);
    yy += x.c.text(vm.no_wrong, t.fonts.small, ImVec2(tx0, yy), tw, x.p.text_muted, Align::centre) + t.s(18);

    const float bw = std::min(tw, std::max(t.s(300), text_size(t.fonts.body_bold, vm.start.text).x + t.s(40)));
    const float bh = x.c.button_height(vm.start, bw, std::max(t.s(54), t.fonts.body_bold->FontSize + t.s(24)), false);
    x.c.button(vm.start, ImVec2(cx - bw * 0.5f, yy), ImVec2(cx + bw * 0.5f, yy + bh), ButtonStyle::primary);
    yy += bh;
    if (!vm.start_over.text.empty()) {
        yy += t.s(10);
        const float sh = x.c.button_height(vm.start_over, bw, std::max(t.s(46), t.fonts.body_bold->FontSize + t.s(20)), true);
        x.c.button(vm.start_over, ImVec2(cx - bw * 0.5f, yy), ImVec2(cx + bw * 0.5f, yy + sh), ButtonStyle::ghost, Icon::refresh);
        yy += sh;
    }
    yy += t.s(18);
    yy += draw_entry(x.c, vm.entry, tx0, tx0 + tw, yy);
    return yy + pad - y;
}

float answers(Ctx& x, float x0, float x1, float y) {
    const Theme& t = x.t;
    const auto& buttons = x.vm.answers.children;
    const int points = static_cast<int>(buttons.size());
    const float cx = (x0 + x1) * 0.5f;
    auto pop = [&](int i) {  // the face just chosen grows and settles again
        if (x.in.last_choice != i) return 1.0f;
        const float k = x.progress(x.in.answered_at, 0.35);
        return k >= 1.0f ? 1.0f : 1.0f + 0.12f * std::sin(k * kPi);
    };
    // Three faces side by side while each label's longest word fits under its face; else (narrow screens
    // with large text) one labelled button a row, as on the 5-point scale, so no word is split.
    const float across_gap = t.s(x.narrow ? 8 : 14);
    const float slot = std::min((x1 - x0 - 2 * across_gap) / 3.0f, t.s(190));
    ImFont* lf = t.fonts.body_bold;
    bool across = points == 3;
    for (const auto& b : buttons) across = across && widest_word(lf, b.text) <= slot - t.s(12);
    if (across) {
        const Face faces[3] = {Face::dislike, Face::unsure, Face::love};
        const float gap = across_gap;
        const float start = cx - (3 * slot + 2 * gap) * 0.5f;
        const float r = x.narrow ? std::min(slot * 0.33f, t.s(36)) : t.s(46);
        float label_h = 0;
        for (const auto& b : buttons) label_h = std::max(label_h, x.c.measure(b, lf, slot - t.s(12)).y);
        const float key_h = x.narrow ? 0 : t.s(30);
        const float bh = t.s(18) + 2 * r + t.s(12) + label_h + key_h + t.s(16);
        for (int i = 0; i < 3; ++i) {
            const VNode& b = buttons[static_cast<std::size_t>(i)];
            const ImVec2 bmin(start + static_cast<float>(i) * (slot + gap), y), bmax(bmin.x + slot, y + bh);
            const Hit h = x.c.area(b, bmin, bmax);
            if (!x.c.dl) continue;
            const float round = t.s(20);
            const ImU32 fill = b.on ? x.p.accent_soft : h.hovered ? mix(x.p.surface_alt, x.p.accent_soft, 0.7f) : x.p.surface_alt;
            x.c.dl->AddRectFilled(bmin, bmax, fill, round);
            if (b.on) x.c.dl->AddRect(bmin, bmax, x.p.accent, round, 0, t.s(2.5f));
            else x.c.dl->AddRect(bmin, bmax, h.hovered ? x.p.accent : x.p.border_strong, round, 0, t.s(1.5f));
            if (x.c.focused(b)) focus_ring(x.c.dl, t, bmin, bmax, round);
            const float grow = h.held ? 0.94f : h.hovered ? 1.05f : pop(i);
            const float fx = (bmin.x + bmax.x) * 0.5f;
            emoji_face(x.c.dl, ImVec2(fx, bmin.y + t.s(18) + r), r * grow, faces[i], 0);
            const float ly = bmin.y + t.s(18) + 2 * r + t.s(12);
            x.c.text(b, lf, ImVec2(bmin.x + t.s(6), ly), slot - t.s(12), x.p.text, Align::centre);
            if (!x.narrow) {  // the keyboard shortcut, in a small key cap (decoration: aria-keyshortcuts says it)
                const ImVec2 ks = text_size(t.fonts.small_bold, b.keys);
                const ImVec2 k0(fx - t.s(12), ly + label_h + t.s(8)), k1(fx + t.s(12), k0.y + t.s(22));
                x.c.dl->AddRect(k0, k1, x.p.border_strong, t.s(6), 0, t.s(1.5f));
                x.c.dl->AddText(t.fonts.small_bold, t.fonts.small_bold->FontSize,
                                ImVec2(std::round(fx - ks.x * 0.5f), std::round((k0.y + k1.y - ks.y) * 0.5f)), x.p.text_muted, b.keys.c_str());
            }
            if (b.on) {  // a tick in the corner says which answer was given before
                const ImVec2 tc(bmax.x - t.s(16), bmin.y + t.s(16));
                x.c.dl->AddCircleFilled(tc, t.s(11), x.p.accent, 24);
                icon(x.c.dl, Icon::check, tc, t.s(13), x.p.accent_text, t.s(2.2f));
            }
        }
        return bh;
    }
    // Labelled buttons, one a row, each with a face for its end of the scale.
    const Face five[5] = {Face::dislike, Face::dislike, Face::unsure, Face::love, Face::love};
    const Face three[3] = {Face::dislike, Face::unsure, Face::love};
    const Face* faces = points == 3 ? three : five;
    const float bw = std::min(x1 - x0, t.s(480)), gap = t.s(8);
    // The words sit between the face and the key; they wrap when longer than a line, and every row takes
    // the height of the tallest.
    const float room = bw - t.s(100);
    float label_h = 0;
    for (const auto& b : buttons) label_h = std::max(label_h, x.c.measure(b, lf, room).y);
    const float bh = std::max(t.s(52), label_h + t.s(20));
    float yy = y;
    for (int i = 0; i < points; ++i) {
        const VNode& b = buttons[static_cast<std::size_t>(i)];
        const ImVec2 bmin(cx - bw * 0.5f, yy), bmax(cx + bw * 0.5f, yy + bh);
        const Hit h = x.c.area(b, bmin, bmax);
        if (x.c.dl) {
            const float round = std::min(bh * 0.5f, t.s(26));
            x.c.dl->AddRectFilled(bmin, bmax, b.on ? x.p.accent : h.hovered ? x.p.accent_soft : x.p.surface_alt, round);
            x.c.dl->AddRect(bmin, bmax, b.on ? x.p.accent : x.p.border_strong, round, 0, t.s(1.5f));
            if (x.c.focused(b)) focus_ring(x.c.dl, t, bmin, bmax, round);
            const float fr = t.s(i == 0 || i == points - 1 ? 15 : 12) * (h.held ? 0.94f : pop(i));
            emoji_face(x.c.dl, ImVec2(bmin.x + t.s(28), (bmin.y + bmax.y) * 0.5f), fr, faces[i], 0);
            const float th = x.c.measure(b, lf, room).y;
            x.c.text(b, lf, ImVec2(bmin.x + t.s(52), std::round((bmin.y + bmax.y - th) * 0.5f)), room, b.on ? x.p.accent_text : x.p.text,
                     Align::centre);
            if (!x.narrow) {
                const ImVec2 ks = text_size(t.fonts.small_bold, b.keys);
                x.c.dl->AddText(t.fonts.small_bold, t.fonts.small_bold->FontSize,
                                ImVec2(bmax.x - t.s(26) - ks.x * 0.5f, std::round((bmin.y + bmax.y - ks.y) * 0.5f)),
                                b.on ? x.p.accent_text : x.p.text_muted, b.keys.c_str());
            }
        }
        yy += bh + gap;
    }
    return yy - gap - y;
}

float question(Ctx& x, float x0, float x1, float y) {
    const Theme& t = x.t;
    const SkillsometerVM& vm = x.vm;
    const float pad = t.s(x.narrow ? 16 : 28);
    const float ix0 = x0 + pad, ix1 = x1 - pad, cx = (x0 + x1) * 0.5f;
    float yy = y + pad;

    // Progress: a bar that glides to its new length, and "Statement n of N".
    {
        const float glide = x.progress(x.in.shown_at, 0.35);
        const float frac = x.in.last_fraction + (vm.fraction - x.in.last_fraction) * glide;
        ImFont* cf = t.fonts.small_bold;
        const float cw = x.c.measure(vm.progress, cf, 0).x;
        const float bar_x1 = ix1 - cw - t.s(14);
        const float bar_y = yy + (cf->FontSize - t.s(10)) * 0.5f;
        if (x.c.dl && bar_x1 > ix0 + t.s(40)) {
            x.c.dl->AddRectFilled(ImVec2(ix0, bar_y), ImVec2(bar_x1, bar_y + t.s(10)), x.p.surface_alt, t.s(5));
            x.c.dl->AddRect(ImVec2(ix0, bar_y), ImVec2(bar_x1, bar_y + t.s(10)), x.p.border_strong, t.s(5));
            if (frac > 0)
                x.c.dl->AddRectFilled(ImVec2(ix0, bar_y), ImVec2(ix0 + std::max(t.s(10), (bar_x1 - ix0) * frac), bar_y + t.s(10)), x.p.accent,
                                      t.s(5));
        }
        yy += x.c.text(vm.progress, cf, ImVec2(std::max(ix0, ix1 - cw), yy), std::min(cw + 1, ix1 - ix0), x.p.text_muted) + t.s(20);
    }
    if (!vm.welcome_back.text.empty()) {
        ImFont* f = t.fonts.small_bold;
        const float w = std::min(ix1 - ix0, x.c.measure(vm.welcome_back, f, 0).x + t.s(28));
        const float h = x.c.measure(vm.welcome_back, f, w - t.s(28)).y + t.s(14);
        if (x.c.dl) x.c.dl->AddRectFilled(ImVec2(cx - w * 0.5f, yy), ImVec2(cx + w * 0.5f, yy + h), x.p.accent_soft, std::min(h * 0.5f, t.s(20)));
        x.c.text(vm.welcome_back, f, ImVec2(cx - w * 0.5f + t.s(14), yy + t.s(7)), w - t.s(28), x.p.text, Align::centre);
        yy += h + t.s(16);
    }

    // The statement slides in from the side it came from and fades up; the buttons stay still.
    const float k = x.progress(x.in.shown_at, 0.28);
    const float dx = std::round((1.0f - k) * t.s(40) * static_cast<float>(x.in.direction));
    const float alpha = 0.15f + 0.85f * k;
    yy += x.c.text(vm.prompt, t.fonts.small, ImVec2(ix0 + dx, yy), ix1 - ix0, with_alpha(x.p.text_muted, alpha), Align::centre) + t.s(12);
    ImFont* sf = x.narrow ? t.fonts.heading : t.fonts.big;
    const float sw = std::min(ix1 - ix0, t.s(640));
    // Room for the tallest statement of the form, so the answer buttons stay put from one to the next.
    const float band = std::max(x.c.measure(vm.statement, sf, sw).y, text_size(sf, vm.longest_statement, sw).y);
    const float th = x.c.measure(vm.statement, sf, sw).y;
    x.c.text(vm.statement, sf, ImVec2(cx - sw * 0.5f + dx, yy + std::round((band - th) * 0.5f)), sw, with_alpha(x.p.text, alpha), Align::centre);
    yy += band + t.s(x.narrow ? 22 : 28);

    yy += answers(x, ix0, ix1, yy) + t.s(18);

    // Back, and a tip for the quickest way to answer on this kind of screen.
    const float bw = std::min(ix1 - ix0, text_size(t.fonts.body_bold, vm.back.text).x + t.s(60));
    const float bh = x.c.button_height(vm.back, bw, std::max(t.s(44), t.fonts.body_bold->FontSize + t.s(18)), true);
    x.c.button(vm.back, ImVec2(ix0 - t.s(6), yy), ImVec2(ix0 - t.s(6) + bw, yy + bh), ButtonStyle::ghost, Icon::back);
    ImFont* tf = t.fonts.small;
    const std::string& tip = x.narrow ? vm.tip.compact : vm.tip.text;
    const float tip_w = text_size(tf, tip).x;
    if (!x.narrow && tip_w < ix1 - ix0 - bw - t.s(16)) {
        x.c.text(vm.tip, tf, ImVec2(ix1 - tip_w, std::round(yy + (bh - tf->FontSize) * 0.5f)), tip_w + 1, x.p.text_muted);
        yy += bh;
    } else {
        yy += bh + t.s(6);
        VNode shown = vm.tip;
        if (x.narrow) shown.text = shown.compact;  // the same node: phones are told about swiping
        yy += x.c.text(shown, tf, ImVec2(ix0, yy), ix1 - ix0, x.p.text_muted, Align::centre);
    }
    return yy + pad - y;
}

}  // namespace ometer::widgets::skillsometer_view
