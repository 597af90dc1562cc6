// Careerometer view; see view.hpp. Layout: header, the About panel when open, the search box (the page's
// own text input sits on top of it), a live drop-down drawn above everything, then three card slots side
// by side on wide screens and stacked on narrow ones (or at large text), then the sources. Cards on one
// row share a header height and a pay scale. Everything is measured with the same code that draws it.
// The cards themselves are drawn in view_card.cpp.
#include "widgets/careerometer/view.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include "widgets/careerometer/view_parts.hpp"

namespace ometer::widgets {

namespace careerometer_view {

namespace {

constexpr float kDropdownRounding = 14;  // the drop-down's corners

// A drop-down row's height: its title and what it belongs to, plus `below` for pay wrapped under them.
float row_height(const Theme& t, float below) {
    return t.s(12) + t.fonts.body_bold->FontSize + t.s(4) + t.fonts.small->FontSize + below + t.s(10);
}

// The drop-down's height with every row it can show, each on one line (pay beside the title).
float full_dropdown(const Theme& t) { return t.s(6) + 2 * t.s(6) + static_cast<float>(kDropdownRows) * row_height(t, 0); }

float dropdown(Ctx& x, float x0, float x1, float y) {
    const Theme& t = x.t;
    const float pad = t.s(6), inner = t.s(12);
    ImFont* title = t.fonts.body;
    ImFont* bold = t.fonts.body_bold;
    ImFont* small = t.fonts.small;
    float yy = y + t.s(6) + pad;
    struct Row {
        float y, h;
    };
    std::vector<Row> rows;
    const float text_w = (x1 - x0) - 2 * pad - 2 * inner;  // a row's words, between its inner margins
    for (const auto& r : x.vm.rows) {
        const auto& kids = r.option.children;
        const float pay_w = kids.size() > 2 ? text_size(t.fonts.small_bold, kids[2].text).x + inner : 0;
        // Pay that does not fit beside the title goes below it, wrapped whole: its basis is never cut off.
        const bool narrow = text_w - pay_w < t.s(160) * t.text_scale;
        const float below = narrow && pay_w > 0 ? text_size(t.fonts.small_bold, kids[2].text, text_w).y + t.s(2) : 0;
        const float h = row_height(t, below);
        rows.push_back({yy, h});
        yy += h;
    }
    const ImVec2 min(x0, y + t.s(6)), max(x1, yy + pad);
    if (!x.c.dl) return max.y - y;
    card_box(x.c.dl, t, min, max, x.p.surface, t.s(kDropdownRounding));
    x.c.place(x.vm.results, min, max, true);
    for (std::size_t i = 0; i < x.vm.rows.size(); ++i) {
        const ResultVM& r = x.vm.rows[i];
        const auto& kids = r.option.children;
        const ImVec2 rmin(min.x + pad, rows[i].y), rmax(max.x - pad, rows[i].y + rows[i].h);
        const Hit hit = x.c.area(r.option, rmin, rmax);
        const ImVec2 d = ImGui::GetIO().MouseDelta;
        if (hit.hovered && d.x * d.x + d.y * d.y > 0 && !r.option.on) x.c.commands.push_back("highlight " + std::to_string(i));
        if (r.option.on) {
            x.c.dl->AddRectFilled(rmin, rmax, x.p.accent_soft, t.s(10));
            x.c.dl->AddRect(rmin, rmax, x.p.accent, t.s(10), 0, t.s(2));
        }
        const float tx = rmin.x + inner, tw = rmax.x - tx - inner;
        const float pay_w = kids.size() > 2 ? text_size(t.fonts.small_bold, kids[2].text).x + inner : 0;
        const bool pay_below = tw - pay_w < t.s(160) * t.text_scale;
        const float title_w = pay_below ? tw : tw - pay_w;
        float ty = rmin.y + t.s(10);
        const float drawn_w = highlighted_text(x.c.dl, title, bold, ImVec2(tx, ty), x.p.text,
                                               t.kind == ThemeKind::light ? mix(x.p.accent, x.p.text, 0.2f) : x.p.accent,
                                               kids[0].text, r.highlights, title_w);
        x.c.drew(kids[0], ImVec2(tx, ty), ImVec2(tx + drawn_w, ty + bold->FontSize), kids[0].text);
        ty += bold->FontSize + t.s(4);
        x.c.text(kids[1], small, ImVec2(tx, ty), title_w, x.p.text_muted, Align::left, true);
        if (kids.size() > 2) {
            if (pay_below) x.c.text(kids[2], t.fonts.small_bold, ImVec2(tx, ty + small->FontSize + t.s(2)), tw, x.p.text);
            else x.c.text(kids[2], t.fonts.small_bold, ImVec2(rmax.x - inner - pay_w + inner, rmin.y + t.s(12)), pay_w - inner, x.p.text,
                          Align::right, true);
        }
    }
    return max.y - y;
}

float about_panel(Ctx& x, float x0, float x1, float y) {
    const Theme& t = x.t;
    const float pad = t.s(t.m.pad), w = x1 - x0 - 2 * pad;
    float yy = y + pad;
    // Measured, then drawn on top of its panel.
    auto body = [&](Canvas& c) {
        float h = 0;
        for (const auto& n : x.vm.about_panel.children) {
            const bool head = n.role == Role::heading;
            h += c.text(n, head ? t.fonts.body_bold : t.fonts.small, ImVec2(x0 + pad, yy + h), w, head ? x.p.text : x.p.text_muted) +
                 t.s(head ? 8 : 10);
        }
        return h;
    };
    Canvas measure(t, nullptr, {});
    const float h = body(measure) + 2 * pad;
    if (x.c.dl) {
        card_box(x.c.dl, t, ImVec2(x0, y), ImVec2(x1, y + h), x.p.surface, t.s(14));
        x.c.place(x.vm.about_panel, ImVec2(x0, y), ImVec2(x1, y + h), true);
        body(x.c);
    }
    return h;
}

}  // namespace

}  // namespace careerometer_view

CareerometerView draw_careerometer(const CareerometerViewInput& in) {
    using namespace careerometer_view;
    CareerometerView out;
    const Theme& t = in.theme;
    const CareerometerVM& vm = in.vm;
    Canvas canvas(t, ImGui::GetWindowDrawList(), in.focus_id);
    Ctx x{canvas, vm, t, t.colours};
    const ViewFrame frame = ViewFrame::current(t);
    const bool narrow = frame.narrow;
    const float x0 = frame.x0, x1 = frame.x1;
    float y = frame.top;

    // Header: a small dial as the logo, the name, and the About button (its short label on phones, and
    // under the name when both don't fit on one line).
    {
        const float bw = text_size(t.fonts.body_bold, narrow ? vm.about.compact : vm.about.text).x + t.s(52);
        const float bh = canvas.button_height(vm.about, std::min(bw, x1 - x0), std::max(t.s(40), t.fonts.body_bold->FontSize + t.s(16)), true);
        const float tx = x0 + t.s(42);
        const float title_w = text_size(t.fonts.heading, vm.title.text).x;
        const bool beside = tx + title_w + t.s(8) + bw <= x1;
        gauge(canvas.dl, t, ImVec2(x0 + t.s(17), y + t.s(22)), t.s(15), 0.68f, 0.5f, x.p.accent);
        const float th = canvas.text(vm.title, t.fonts.heading, ImVec2(tx, y + t.s(4)), x1 - tx, x.p.text);
        if (beside) {
            canvas.button(vm.about, ImVec2(x1 - bw, y), ImVec2(x1, y + bh), ButtonStyle::ghost, Icon::info);
            y += std::max(bh, th + t.s(4)) + t.s(6);
        } else {
            y += std::max(t.s(36), th + t.s(8));
            canvas.button(vm.about, ImVec2(x0 - t.s(4), y), ImVec2(x0 - t.s(4) + std::min(bw, x1 - x0), y + bh), ButtonStyle::ghost, Icon::info);
            y += bh + t.s(6);
        }
    }
    if (!vm.back.text.empty()) {
        const float bw = std::min(x1 - x0, text_size(t.fonts.body_bold, vm.back.text).x + t.s(56));
        const float bh = canvas.button_height(vm.back, bw, std::max(t.s(40), t.fonts.body_bold->FontSize + t.s(16)), true);
        canvas.button(vm.back, ImVec2(x0 - t.s(4), y), ImVec2(x0 - t.s(4) + bw, y + bh), ButtonStyle::secondary, Icon::back);
        y += bh + t.s(8);
    }
    y += canvas.text(vm.subtitle, t.fonts.small, ImVec2(x0, y), x1 - x0, x.p.text_muted) + t.s(14);
    if (vm.about.on) y += about_panel(x, x0, x1, y) + t.s(14);

    // Search box; the page's <input> is placed over its inner area.
    const float sh = t.s(t.m.input);
    {
        const ImVec2 smin(x0, y), smax(x1, y + sh);
        const bool active = in.input_focused || in.focus_id == vm.search.id;
        canvas.dl->AddRectFilled(smin, smax, x.p.surface, sh * 0.5f);
        canvas.dl->AddRect(smin, smax, active ? x.p.focus : x.p.border_strong, sh * 0.5f, 0, active ? t.s(3) : t.s(1.5f));
        icon(canvas.dl, Icon::search, ImVec2(x0 + t.s(28), y + sh * 0.5f), t.s(18), x.p.text_muted, t.s(2.2f));
        canvas.place(vm.search, smin, smax);
        out.input_rect = ImVec4(x0 + t.s(50), y + t.s(6), (x1 - t.s(20)) - (x0 + t.s(50)), sh - t.s(12));
    }
    y += sh;
    // The content reaches at least as far as a full drop-down would: opening it at the first key typed
    // would otherwise grow the widget (106 px at 1280 px wide with no job chosen), moving the school's page
    // under the student's eyes and resizing the canvas while they type. On a row of cards the room goes
    // into the cards. (One pixel more than the list needs, so that rounding never makes the list longer.)
    const float room = y + full_dropdown(t) + t.s(11);

    if (!vm.error.text.empty() || !vm.loading.text.empty()) {
        y += t.s(16);
        const VNode& n = vm.error.text.empty() ? vm.loading : vm.error;
        y += canvas.text(n, t.fonts.body, ImVec2(x0, y), x1 - x0, vm.error.text.empty() ? x.p.text_muted : x.p.warn) + t.s(16);
    } else {
        // The drop-down is submitted first (so its rows win the mouse over cards beneath) but drawn on the
        // top channel.
        ImDrawListSplitter splitter;
        splitter.Split(canvas.dl, 2);
        float dropdown_bottom = 0;  // the content must reach below the drop-down, or its last rows are cut off
        if (!vm.rows.empty()) {
            splitter.SetCurrentChannel(canvas.dl, 1);
            dropdown_bottom = y + dropdown(x, x0, x1, y);
        }
        splitter.SetCurrentChannel(canvas.dl, 0);
        // What the drop-down covers is drawn clipped to below it. The cards and what follows them lie under
        // it while a student types (4,040 of a frame's 7,950 vertices at 1280 px with no job chosen), built,
        // uploaded and rasterised only to be painted over: ImGui leaves out lines of text outside the clip
        // rectangle (2,420 of those vertices), and shapes are clipped as they are drawn, so their edges no
        // longer show beside the drop-down. The rectangle starts where its rounded bottom corners begin.
        const bool covered = dropdown_bottom > 0;
        if (covered) canvas.dl->PushClipRect(ImVec2(-FLT_MAX, dropdown_bottom - t.s(kDropdownRounding)), ImVec2(FLT_MAX, FLT_MAX), true);
        if (!vm.notice.text.empty()) {
            y += t.s(10);
            const bool alert = vm.notice.role == Role::alert;
            y += canvas.text(vm.notice, alert ? t.fonts.small_bold : t.fonts.small, ImVec2(x0 + t.s(20), y), x1 - x0 - t.s(40),
                             alert ? x.p.warn : x.p.text_muted);
        }
        y += t.s(22);

        // Cards: measured first so a row shares one height and one header height.
        const bool row = t.columns(frame.width);
        const float gap = t.s(t.m.gap);
        const float cw = row ? (x1 - x0 - 2 * gap) / 3 : x1 - x0;
        Canvas measure(t, nullptr, {});
        Ctx mx{measure, vm, t, t.colours};
        std::array<float, kSlots> bands{}, heights{};
        float row_band = 0;
        for (std::size_t i = 0; i < kSlots; ++i)
            if (vm.cards[i].filled) row_band = std::max(row_band, bands[i] = band(mx, vm.cards[i], 0, ImVec2(0, 0), cw, 0));
        if (row) bands.fill(row_band);
        for (std::size_t i = 0; i < kSlots; ++i)
            heights[i] = vm.cards[i].filled ? filled_card(mx, vm.cards[i], ImVec2(0, 0), cw, 0, bands[i])
                                            : std::max(t.s(row ? 260 : 190), empty_card(mx, vm.cards[i], ImVec2(0, 0), cw, 0));
        // What follows the cards (keeping results, "Have a results code?", the sources); returns its height.
        auto after_cards = [&](Canvas& c, float top) {
            float h = t.s(4);
            if (const float kh = draw_keep(c, vm.keep, x0, x1, top + h); kh > 0) h += kh + gap;
            h += draw_entry(c, vm.entry, x0, x1, top + h) + t.s(12);
            return h + c.text(vm.sources, t.fonts.small, ImVec2(x0, top + h), x1 - x0, x.p.text_muted) + t.s(10);
        };
        float row_h = *std::max_element(heights.begin(), heights.end());
        if (row) row_h = std::max(row_h, room - y - gap - after_cards(measure, 0));
        for (std::size_t i = 0; i < kSlots; ++i) {
            const ImVec2 pos = row ? ImVec2(x0 + static_cast<float>(i) * (cw + gap), y) : ImVec2(x0, y);
            const float h = row ? row_h : heights[i];
            if (vm.cards[i].filled) filled_card(x, vm.cards[i], pos, cw, h, bands[i]);
            else empty_card(x, vm.cards[i], pos, cw, h);
            if (!row) y += h + gap;
        }
        if (row) y += row_h + gap;
        y += after_cards(canvas, y);
        y = std::max({y, dropdown_bottom + t.s(10), room});
        if (covered) canvas.dl->PopClipRect();
        splitter.Merge(canvas.dl);
    }
    out.content_height = frame.end(y);
    out.commands = std::move(canvas.commands);
    out.placed = std::move(canvas.placed);
    return out;
}

}  // namespace ometer::widgets
