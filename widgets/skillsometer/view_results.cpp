// Skillsometer results: the interest profile (the Holland hexagon and the standout areas in plain English,
// with a note when the answers were flat), then the jobs card (study level, what is shown, compare), the
// matching jobs and the closing buttons. See view_parts.hpp.
#include <algorithm>
#include <cmath>
#include <string>
#include <vector>

#include "widgets/common/keep.hpp"
#include "widgets/common/riasec_text.hpp"
#include "widgets/skillsometer/view_parts.hpp"

namespace ometer::widgets::skillsometer_view {

namespace {

// The hexagon with each area's name at its corner (the standout areas in bold). Where the names cannot fit
// beside the corners (a phone with large text), the corners carry the letters and a key below names them.
// The names are part of the chart, whose text alternative lists every score. Returns the block's height;
// `width_out` its width.
float profile_chart(Ctx& x, float left, float centre_x, float y, float max_width, float* width_out) {
    const Theme& t = x.t;
    ImFont* bold = t.fonts.small_bold;
    ImFont* reg = t.fonts.small;
    // The chart grows with the text (its corner names do) where there is room for it.
    const float gap = t.s(10), r_min = t.s(44), r_max = t.s(112 * t.text_scale);
    float name_w = 0;
    for (const auto& rt : kRiasecText) name_w = std::max(name_w, text_size(bold, rt.name).x);
    const bool letters = 2 * (kHexagonHalfWidth * r_min + gap + name_w + t.s(4)) > max_width;
    auto label = [&](int i) { return letters ? std::string(1, kRiasecLetters[static_cast<std::size_t>(i)]) : std::string(kRiasecText[i].name); };
    float label_w = 0;
    for (int i = 0; i < 6; ++i) label_w = std::max(label_w, text_size(bold, label(i)).x);
    const float r = std::clamp((max_width * 0.5f - label_w - gap - t.s(4)) / kHexagonHalfWidth, r_min, r_max);
    const float block_w = letters ? max_width : 2 * (kHexagonHalfWidth * r + gap + label_w);
    if (width_out) *width_out = block_w;
    const float cx = centre_x > 0 ? centre_x : left + block_w * 0.5f;
    const ImVec2 centre(cx, y + bold->FontSize + gap + r);
    float h = 2 * (bold->FontSize + gap) + 2 * r;

    // The key: "R Realistic", "I Investigative", ... wrapped into centred lines.
    struct KeyItem {
        int area;
        float w;
    };
    std::vector<std::vector<KeyItem>> key_lines;
    const float item_gap = t.s(14), letter_gap = t.s(5);
    if (letters) {
        key_lines.emplace_back();
        float line_w = 0;
        for (int i = 0; i < 6; ++i) {
            ImFont* f = x.vm.standout[static_cast<std::size_t>(i)] ? bold : reg;
            const float w = text_size(bold, label(i)).x + letter_gap + text_size(f, kRiasecText[i].name).x;
            if (!key_lines.back().empty() && line_w + item_gap + w > max_width) {
                key_lines.emplace_back();
                line_w = 0;
            }
            line_w += (key_lines.back().empty() ? 0 : item_gap) + w;
            key_lines.back().push_back({i, w});
        }
        h += t.s(6) + static_cast<float>(key_lines.size()) * (reg->FontSize + t.s(6));
    }
    x.c.place(x.vm.chart, ImVec2(cx - block_w * 0.5f, y), ImVec2(cx + block_w * 0.5f, y + h));
    if (!x.c.dl) return h;
    const float grow = x.progress(x.in.shown_at, 0.6);
    std::array<float, 6> v{};
    for (std::size_t i = 0; i < 6; ++i) v[i] = static_cast<float>(x.vm.normalised[i]) * grow;
    hexagon_chart(x.c.dl, t, centre, r, v, x.p.accent, false, nullptr);
    auto put = [&](ImFont* f, ImVec2 at, ImU32 colour, const std::string& text) {
        x.c.dl->AddText(f, f->FontSize, ImVec2(std::round(at.x), std::round(at.y)), colour, text.data(), text.data() + text.size());
    };
    for (int i = 0; i < 6; ++i) {
        const bool top = x.vm.standout[static_cast<std::size_t>(i)];
        ImFont* f = top || letters ? bold : reg;
        const std::string name = label(i);
        const ImVec2 ts = text_size(f, name);
        const ImVec2 corner = hexagon_corner(centre, r, i);
        ImVec2 at;
        if (i == 0) at = ImVec2(corner.x - ts.x * 0.5f, corner.y - gap - ts.y);
        else if (i == 3) at = ImVec2(corner.x - ts.x * 0.5f, corner.y + gap);
        else if (i < 3) at = ImVec2(corner.x + gap, corner.y - ts.y * 0.5f);
        else at = ImVec2(corner.x - gap - ts.x, corner.y - ts.y * 0.5f);
        put(f, at, top ? x.p.text : x.p.text_muted, name);
    }
    float ky = centre.y + r + gap + bold->FontSize + gap + t.s(6);
    for (const auto& line : key_lines) {
        float line_w = 0;
        for (const auto& item : line) line_w += (line_w > 0 ? item_gap : 0) + item.w;
        float kx = cx - line_w * 0.5f;
        for (const auto& item : line) {
            const bool top = x.vm.standout[static_cast<std::size_t>(item.area)];
            const std::string letter = label(item.area);
            put(bold, ImVec2(kx, ky), x.p.text, letter);
            put(top ? bold : reg, ImVec2(kx + text_size(bold, letter).x + letter_gap, ky), top ? x.p.text : x.p.text_muted,
                std::string(kRiasecText[item.area].name));
            kx += item.w + item_gap;
        }
        ky += reg->FontSize + t.s(6);
    }
    return h;
}

// The standout areas: a letter badge, the name and nickname, and what it means.
float top_areas(Ctx& x, float x0, float x1, float y) {
    const Theme& t = x.t;
    const SkillsometerVM& vm = x.vm;
    float yy = y;
    yy += x.c.text(vm.top_heading, t.fonts.body_bold, ImVec2(x0, yy), x1 - x0, x.p.text) + t.s(4);
    yy += x.c.text(vm.code_line, t.fonts.small, ImVec2(x0, yy), x1 - x0, x.p.text_muted) + t.s(10);
    const float badge = t.s(32), tx = x0 + badge + t.s(12), tw = x1 - tx;
    for (const auto& a : vm.areas) {
        if (x.c.dl) {
            const ImVec2 bc(x0 + badge * 0.5f, yy + badge * 0.5f);
            x.c.dl->AddCircleFilled(bc, badge * 0.5f, x.p.accent, 32);
            const char letter[2] = {kRiasecLetters[static_cast<std::size_t>(a.type)], 0};
            const ImVec2 ls = text_size(t.fonts.body_bold, letter);
            x.c.dl->AddText(t.fonts.body_bold, t.fonts.body_bold->FontSize, ImVec2(std::round(bc.x - ls.x * 0.5f), std::round(bc.y - ls.y * 0.5f)),
                            x.p.accent_text, letter);
        }
        float ty = yy + t.s(4);
        ty += x.c.inline_parts(a.head, {t.fonts.body_bold, t.fonts.body}, {x.p.text, x.p.text_muted}, ImVec2(tx, ty), tw) + t.s(2);
        ty += x.c.text(a.desc, t.fonts.small, ImVec2(tx, ty), tw, x.p.text_muted);
        yy = std::max(yy + badge, ty) + t.s(14);
    }
    return yy - t.s(14) - y;
}

// The note about flat or rough answers, with "Try the quiz again" for flat ones.
float note(Ctx& x, float x0, float x1, float y) {
    const Theme& t = x.t;
    const SkillsometerVM& vm = x.vm;
    if (vm.note.text.empty()) return 0;
    float yy = y + callout(x, x0, x1, y, vm.note_heading, vm.note, x.vm.note_in_profile ? x.p.accent : x.p.warn) + t.s(14);
    if (!vm.try_again.text.empty()) {
        const float bw = std::min(x1 - x0, text_size(t.fonts.body_bold, vm.try_again.text).x + t.s(64));
        const float bh = x.c.button_height(vm.try_again, bw, std::max(t.s(46), t.fonts.body_bold->FontSize + t.s(20)), true);
        x.c.button(vm.try_again, ImVec2(x0, yy), ImVec2(x0 + bw, yy + bh), ButtonStyle::secondary, Icon::refresh);
        yy += bh + t.s(14);
    }
    return yy - y;
}

// The study level chips, wrapping onto more rows as needed; returns the height.
float level_chips(Ctx& x, float x0, float x1, float y) {
    const Theme& t = x.t;
    const float gap = t.s(8);
    float cx = x0, yy = y, row_h = 0;
    for (const auto& n : x.vm.levels.children) {
        const ImVec2 size = chip_size(x, n, x1 - x0);
        if (cx > x0 && cx + size.x > x1) {
            cx = x0;
            yy += row_h + gap;
            row_h = 0;
        }
        chip(x, n, ImVec2(cx, yy), size);
        cx += size.x + gap;
        row_h = std::max(row_h, size.y);
    }
    if (x.c.drawing()) x.c.place(x.vm.levels, ImVec2(x0, y), ImVec2(x1, yy + row_h));
    return yy + row_h - y;
}

}  // namespace

float results(Ctx& x, float x0, float x1, float y) {
    const Theme& t = x.t;
    const SkillsometerVM& vm = x.vm;
    const float pad = t.s(x.narrow ? 16 : 28);
    const float ix0 = x0 + pad, ix1 = x1 - pad, iw = ix1 - ix0;
    float yy = y;

    // The profile card.
    float top = yy;
    yy += pad;
    yy += x.c.text(vm.profile_heading, x.narrow ? t.fonts.heading : t.fonts.big, ImVec2(ix0, yy), iw, x.p.text) + t.s(16);
    const bool beside = !x.narrow && iw >= t.s(720) * t.text_scale;
    if (!beside) {
        yy += profile_chart(x, ix0, (ix0 + ix1) * 0.5f, yy, iw, nullptr) + t.s(20);
        if (!vm.areas.empty()) yy += top_areas(x, ix0, ix1, yy) + t.s(16);
        if (vm.note_in_profile) yy += note(x, ix0, ix1, yy);
    } else {
        float chart_w = 0;
        const float ch = profile_chart(x, ix0, 0, yy, std::min(iw * 0.5f, t.s(460)), &chart_w);
        const float tx = ix0 + chart_w + t.s(36);
        float th = vm.areas.empty() ? 0 : top_areas(x, tx, ix1, yy + t.s(6)) + t.s(20);
        if (vm.note_in_profile) th += note(x, tx, ix1, yy + t.s(6) + th);
        yy += std::max(ch + t.s(18), th);
    }
    yy += pad - t.s(14);
    x.card_behind(ImVec2(x0, top), ImVec2(x1, yy), x.p.surface, t.s(20));
    x.c.place(node(Role::region, "profile"), ImVec2(x0, top), ImVec2(x1, yy), true);
    yy += t.s(20);

    // The jobs card: heading, study level, what is shown, compare.
    top = yy;
    yy += pad;
    yy += x.c.text(vm.jobs_heading, x.narrow ? t.fonts.heading : t.fonts.big, ImVec2(ix0, yy), iw, x.p.text) + t.s(14);
    yy += x.c.text(vm.study, t.fonts.body_bold, ImVec2(ix0, yy), iw, x.p.text) + t.s(10);
    yy += level_chips(x, ix0, ix1, yy) + t.s(10);
    if (!vm.include_lower.text.empty()) {
        const float w = std::min(iw, text_size(t.fonts.small_bold, vm.include_lower.text).x + t.s(60));
        const float h = tick_box_height(x, vm.include_lower, w, std::max(t.s(40), t.fonts.small_bold->FontSize + t.s(18)));
        tick_box(x, vm.include_lower, ImVec2(ix0 - t.s(8), yy), ImVec2(ix0 - t.s(8) + w, yy + h));
        yy += h + t.s(6);
    }
    yy += x.c.text(vm.showing, t.fonts.small, ImVec2(ix0, yy), iw, x.p.text_muted) + t.s(12);
    if (!vm.legend.text.empty()) {
        const float w = std::min(iw, text_size(t.fonts.body_bold, vm.legend.text).x + t.s(60));
        const float h = x.c.button_height(vm.legend, w, std::max(t.s(40), t.fonts.small_bold->FontSize + t.s(18)), true);
        x.c.button(vm.legend, ImVec2(ix0 - t.s(8), yy), ImVec2(ix0 - t.s(8) + w, yy + h), ButtonStyle::ghost,
                   vm.legend.on ? Icon::chevron_up : Icon::chevron_down);
        yy += h + t.s(6);
        for (const auto& item : vm.legend_list.children) {
            if (item.children.size() == 2)
                yy += x.c.inline_parts(item, {t.fonts.small_bold, t.fonts.small}, {x.p.text, x.p.text}, ImVec2(ix0, yy), iw) + t.s(6);
            else
                yy += x.c.text(item, t.fonts.small, ImVec2(ix0, yy), iw, x.p.text_muted) + t.s(6);
        }
        yy += t.s(8);
    }
    if (!vm.note_in_profile) {
        const float h = note(x, ix0, ix1, yy);
        yy += h;
    }
    if (!vm.compare.text.empty()) {
        const float bw = x.narrow ? iw : std::min(std::max(t.s(300), text_size(t.fonts.body_bold, vm.compare.text).x + t.s(40)), iw * 0.5f);
        const float bh = x.c.button_height(vm.compare, bw, std::max(t.s(50), t.fonts.body_bold->FontSize + t.s(24)), false);
        const float hint_w = x.narrow ? iw : iw - bw - t.s(20);
        const float hh = x.c.measure(vm.compare_hint, t.fonts.small, hint_w).y;
        float by = yy;
        if (x.narrow) {
            yy += x.c.text(vm.compare_hint, t.fonts.small, ImVec2(ix0, yy), hint_w, x.p.text_muted) + t.s(10);
            by = yy;
            yy += bh;
        } else {
            x.c.text(vm.compare_hint, t.fonts.small, ImVec2(ix0, yy + std::max(0.0f, (bh - hh) * 0.5f)), hint_w, x.p.text_muted);
            yy += std::max(bh, hh);
        }
        const ImVec2 b0(x.narrow ? ix0 : ix1 - bw, by);
        x.c.button(vm.compare, b0, ImVec2(b0.x + bw, by + bh), vm.compare.disabled ? ButtonStyle::secondary : ButtonStyle::primary);
        yy += t.s(4);
    }
    yy += pad;
    x.card_behind(ImVec2(x0, top), ImVec2(x1, yy), x.p.surface, t.s(20));
    x.c.place(node(Role::region, "jobs"), ImVec2(x0, top), ImVec2(x1, yy), true);
    yy += t.s(16);

    yy += match_list(x, x0, x1, yy);
    if (const float kh = draw_keep(x.c, vm.keep, x0, x1, yy); kh > 0) yy += kh + t.s(16);

    // The end of the list: compare again, or start again.
    const float gap = t.s(12);
    const bool two = !vm.compare_end.text.empty();
    const float bw = x.narrow ? x1 - x0 : std::min(t.s(320), (x1 - x0 - gap) * 0.5f);
    const float min_h = std::max(t.s(50), t.fonts.body_bold->FontSize + t.s(24));
    const float end_h = two ? x.c.button_height(vm.compare_end, bw, min_h, false) : 0;
    const float restart_h = x.c.button_height(vm.restart, bw, min_h, true);
    // Beside each other they share one height.
    const float bh = x.narrow ? restart_h : std::max(end_h, restart_h);
    float bx = x.narrow ? x0 : (x0 + x1) * 0.5f - (two ? bw + gap * 0.5f : bw * 0.5f);
    if (two) {
        x.c.button(vm.compare_end, ImVec2(bx, yy), ImVec2(bx + bw, yy + (x.narrow ? end_h : bh)), ButtonStyle::primary);
        if (x.narrow) yy += end_h + gap;
        else bx += bw + gap;
    }
    x.c.button(vm.restart, ImVec2(bx, yy), ImVec2(bx + bw, yy + bh), ButtonStyle::secondary, Icon::refresh);
    yy += bh;
    return yy - y;
}

}  // namespace ometer::widgets::skillsometer_view
