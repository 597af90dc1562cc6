// The Careerometer's cards: the coloured band, pay with its dial and range bar, the other figures, the
// interests hexagon, "More about this job" (the shared job details, widgets/common/job_details.hpp) with
// similar jobs, and the empty slots. See view_parts.hpp.
#include <algorithm>
#include <cmath>

#include "widgets/careerometer/view_parts.hpp"
#include "widgets/common/job_details.hpp"

namespace ometer::widgets::careerometer_view {

namespace {

// Readable text on a card's colour band.
ImU32 text_on(const Theme& t, ImU32 fill) {
    if (t.kind == ThemeKind::high_contrast)
        return contrast_ratio(fill, t.colours.text) >= 4.5f ? t.colours.text : t.colours.accent_text;
    return contrast_ratio(fill, IM_COL32_WHITE) >= 4.5f ? IM_COL32_WHITE : IM_COL32_BLACK;
}

void divider(Ctx& x, float x0, float x1, float y) {
    if (x.c.dl) x.c.dl->AddLine(ImVec2(x0, y), ImVec2(x1, y), x.p.border, x.t.s(1));
}

// A labelled figure: label and value side by side when both fit, else stacked; the sub-line below.
float fact_row(Ctx& x, const FactVM& f, float x0, float y, float w) {
    const Theme& t = x.t;
    ImFont* lf = t.fonts.small;
    ImFont* vf = t.fonts.body_bold;
    const float lw = x.c.measure(f.label, lf, 0).x, vw = x.c.measure(f.value, vf, 0).x;
    float h;
    if (lw + t.s(12) + vw <= w) {
        x.c.text(f.label, lf, ImVec2(x0, y + (vf->FontSize - lf->FontSize) * 0.5f), lw + 1, x.p.text_muted);
        h = x.c.text(f.value, vf, ImVec2(x0 + w - vw, y), vw + 1, x.p.text);
    } else {
        h = x.c.text(f.label, lf, ImVec2(x0, y), w, x.p.text_muted) + t.s(2);
        h += x.c.text(f.value, vf, ImVec2(x0, y + h), w, x.p.text);
    }
    if (!f.sub.text.empty()) h += t.s(2) + x.c.text(f.sub, lf, ImVec2(x0, y + h + t.s(2)), w, x.p.text_muted);
    if (x.c.drawing()) x.c.place(f.group, ImVec2(x0, y), ImVec2(x0 + w, y + h));
    return h;
}

float pay_section(Ctx& x, const CardVM& card, ImU32 colour, float x0, float y, float w) {
    const Theme& t = x.t;
    const PayVM& pay = card.pay;
    float yy = y;
    yy += x.c.text(pay.label, t.fonts.small_bold, ImVec2(x0, yy), w, x.p.text_muted) + t.s(6);
    const bool dial = x.vm.dials && pay.has_value;
    if (dial) {
        const float radius = std::min(w * 0.34f, t.s(70));
        const ImVec2 centre(x0 + w * 0.5f, yy + radius + t.s(4));
        if (x.c.dl)
            gauge(x.c.dl, t, centre, radius, static_cast<float>(pay.value / x.vm.pay_scale),
                  static_cast<float>(pay.average / x.vm.pay_scale), colour);
        x.c.place(pay.dial, ImVec2(centre.x - radius, centre.y - radius), ImVec2(centre.x + radius, centre.y));
        yy = centre.y + t.s(12);
    }
    // The headline: the figure large, its unit small, centred; they wrap apart when the card is narrow.
    {
        const std::vector<ImFont*> fonts = {pay.has_value ? t.fonts.big : t.fonts.heading, t.fonts.small};
        const std::vector<ImU32> colours = {pay.has_value ? x.p.text : x.p.text_muted, x.p.text_muted};
        // Centre the line by its width (the parts wrap apart on a narrow card, then start at the left).
        float width = 0;
        for (std::size_t i = 0; i < pay.headline.children.size(); ++i)
            width += text_size(fonts[std::min(i, fonts.size() - 1)], pay.headline.children[i].text).x + (i ? t.s(6) : 0);
        width = std::min(width, w);
        yy += x.c.inline_parts(pay.headline, fonts, colours, ImVec2(x0 + (w - width) * 0.5f, yy), w) + t.s(4);
    }
    auto line = [&](const VNode& n, ImFont* f, ImU32 col, float after = 4) {
        if (n.text.empty()) return;
        yy += x.c.text(n, f, ImVec2(x0, yy), w, col, Align::centre) + t.s(after);
    };
    line(pay.basis, t.fonts.small, x.p.text_muted, 8);
    line(pay.note, t.fonts.small, x.p.text, 6);
    line(pay.vs_average, t.fonts.small_bold,
         !pay.has_value ? x.p.text_muted : pay.value >= pay.average * 1.02 ? x.p.good : pay.value <= pay.average * 0.98 ? x.p.warn : x.p.text,
         6);
    if (!pay.range.text.empty()) {
        yy += t.s(4) + x.c.text(pay.range, t.fonts.small, ImVec2(x0, yy + t.s(4)), w, x.p.text) + t.s(8);
        if (x.vm.dials && pay.range_low && pay.range_high) {
            const auto f = [&](double v) { return static_cast<float>(v / x.vm.pay_scale); };
            if (x.c.dl)
                range_bar(x.c.dl, t, ImVec2(x0, yy), ImVec2(x0 + w, yy + t.s(16)), 0, f(*pay.range_low), f(pay.value),
                          f(*pay.range_high), 0, f(pay.average), colour, false, false);
            yy += t.s(24);
        }
    }
    line(pay.reliability, t.fonts.small, x.p.warn);
    line(pay.origin, t.fonts.small, x.p.warn);
    return yy - y;
}

float interests_section(Ctx& x, const CardVM& card, ImU32 colour, float x0, float y, float w) {
    const Theme& t = x.t;
    if (card.interests.empty()) return 0;
    float yy = y + x.c.text(card.interests_label, t.fonts.small_bold, ImVec2(x0, y), w, x.p.text_muted) + t.s(8);
    // The chart is laid out by its reach (the hexagon and its corner letters), which grows with the text.
    const float r = t.s(32), gap = t.s(8);
    const ImVec2 reach = hexagon_reach(r, t.fonts.small);
    const bool beside = w >= 2 * reach.x + t.s(18) + t.s(140) * t.text_scale;
    std::array<float, 6> v{};
    for (std::size_t i = 0; i < 6; ++i) v[i] = static_cast<float>((card.interest_scores[i] - 1.0) / 6.0);
    const ImVec2 centre(beside ? x0 + reach.x : x0 + w * 0.5f, yy + reach.y);
    if (x.c.dl) hexagon_chart(x.c.dl, t, centre, r, v, colour, true, t.fonts.small);
    x.c.place(card.interests_chart, ImVec2(centre.x - reach.x, centre.y - reach.y), ImVec2(centre.x + reach.x, centre.y + reach.y));
    const float tx = beside ? centre.x + reach.x + t.s(18) : x0, tw = beside ? x0 + w - tx : w;
    float ty = beside ? yy + t.s(2) : centre.y + reach.y + gap;
    for (const auto& row : card.interests) {
        ty += x.c.inline_parts(row, {t.fonts.small_bold, t.fonts.small}, {x.p.text, x.p.text_muted}, ImVec2(tx, ty), tw) + t.s(6);
    }
    return std::max(centre.y + reach.y + gap, ty) - y;
}

// "More about this job", and when open the job's details (shared with the Skillsometer) and similar jobs.
float details_section(Ctx& x, const CardVM& card, float x0, float y, float w) {
    const Theme& t = x.t;
    const VNode& toggle = card.details.toggle;
    float yy = y;
    const float bh = x.c.button_height(toggle, w, t.s(t.m.button), true);
    x.c.button(toggle, ImVec2(x0, yy), ImVec2(x0 + w, yy + bh), ButtonStyle::secondary, toggle.on ? Icon::chevron_up : Icon::chevron_down);
    yy += bh;
    if (!toggle.on) return yy - y;
    yy += t.s(14);
    if (const float h = draw_job_details(x.c, card.details, x0, w, yy); h > 0) yy += h + t.s(t.m.paragraph);
    if (!card.similar_heading.text.empty())
        yy += x.c.text(card.similar_heading, t.fonts.small_bold, ImVec2(x0, yy), w, x.p.text) + t.s(8);
    for (const auto& item : card.similar.children) {
        for (const auto& n : item.children) {
            if (n.role == Role::button) {
                const float h = x.c.button_height(n, w, t.s(t.m.button_small), true);
                x.c.button(n, ImVec2(x0, yy), ImVec2(x0 + w, yy + h), ButtonStyle::ghost, Icon::plus);
                yy += h + t.s(6);
            } else {
                yy += x.c.text(n, t.fonts.small, ImVec2(x0 + t.s(12), yy), w - t.s(12), x.p.text_muted) + t.s(8);
            }
        }
    }
    return yy - y;
}

// The coloured header band: title, code, "Highest pay", and the remove button. Returns its height.
}  // namespace

float band(Ctx& x, const CardVM& card, ImU32 colour, ImVec2 pos, float w, float min_h) {
    const Theme& t = x.t;
    const float pad = t.s(t.m.pad), close_r = t.s(18);
    const ImU32 on = text_on(t, colour);
    const float tw = w - 2 * pad - 2 * close_r - t.s(6);
    float yy = pos.y + pad;
    const float th = x.c.measure(card.title, t.fonts.heading, tw).y;
    const float ch = t.fonts.small->FontSize;
    // "Highest pay" in a pill, its words wrapping inside it when the band is too narrow for one line.
    ImFont* hf = t.fonts.small_bold;
    const float hw = std::min(text_size(hf, card.highest.text).x + t.s(18), w - 2 * pad);
    const float hh = card.highest.text.empty() ? 0 : x.c.measure(card.highest, hf, hw - t.s(18)).y + t.s(10);
    const float h = std::max(min_h, pad + th + t.s(6) + ch + (hh > 0 ? t.s(8) + hh : 0) + pad);
    if (!x.c.dl) return h;
    const float round = t.s(t.m.round);
    x.c.dl->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + h), colour, round, ImDrawFlags_RoundCornersTop);
    yy += x.c.text(card.title, t.fonts.heading, ImVec2(pos.x + pad, yy), tw, on) + t.s(6);
    yy += x.c.text(card.code_line, t.fonts.small, ImVec2(pos.x + pad, yy), tw, on);
    if (hh > 0) {
        const ImVec2 b0(pos.x + pad, yy + t.s(8)), b1(b0.x + hw, b0.y + hh);
        x.c.dl->AddRectFilled(b0, b1, x.p.surface, (hf->FontSize + t.s(10)) * 0.5f);
        x.c.text(card.highest, hf, ImVec2(b0.x + t.s(9), b0.y + t.s(5)), hw - t.s(18), t.kind == ThemeKind::light ? colour : x.p.text);
    }
    const ImVec2 cc(pos.x + w - pad - close_r + t.s(4), pos.y + pad + close_r - t.s(4));
    const Hit hit = x.c.area(card.remove, ImVec2(cc.x - close_r, cc.y - close_r), ImVec2(cc.x + close_r, cc.y + close_r));
    if (hit.hovered || hit.held) x.c.dl->AddCircleFilled(cc, close_r, with_alpha(on, 0.2f), 24);
    icon(x.c.dl, Icon::close, cc, t.s(14), on, t.s(2.4f));
    if (x.c.focused(card.remove)) x.c.dl->AddCircle(cc, close_r + t.s(3), on, 24, t.s(3));
    return h;
}

// A filled card; returns its height. `band_h` is shared by the cards of a row.
float filled_card(Ctx& x, const CardVM& card, ImVec2 pos, float w, float h, float band_h) {
    const Theme& t = x.t;
    const ImU32 colour = x.p.card[card.slot];
    const float pad = t.s(t.m.pad);
    if (x.c.dl) card_box(x.c.dl, t, pos, ImVec2(pos.x + w, pos.y + h), x.p.surface, t.s(t.m.round));
    x.c.place(card.region, pos, ImVec2(pos.x + w, pos.y + h), true);
    band(x, card, colour, pos, w, band_h);
    const float ix = pos.x + pad, iw = w - 2 * pad;
    float y = pos.y + band_h + pad;
    y += pay_section(x, card, colour, ix, y, iw) + t.s(t.m.section);
    divider(x, ix, ix + iw, y);
    y += t.s(t.m.section);
    for (const auto& f : card.facts) y += fact_row(x, f, ix, y, iw) + t.s(12);
    if (!card.bright.text.empty()) {
        // A pill with a tick; its words wrap inside it when the card is too narrow for one line.
        ImFont* f = t.fonts.small_bold;
        const float bw = std::min(iw, text_size(f, card.bright.text).x + t.s(34));
        const float line_h = f->FontSize + t.s(10);
        const float bh = x.c.measure(card.bright, f, bw - t.s(30)).y + t.s(10);
        if (x.c.dl) {
            x.c.dl->AddRectFilled(ImVec2(ix, y), ImVec2(ix + bw, y + bh), with_alpha(x.p.good, 0.15f), line_h * 0.5f);
            icon(x.c.dl, Icon::check, ImVec2(ix + t.s(14), y + line_h * 0.5f), t.s(12), x.p.good, t.s(2));
        }
        x.c.text(card.bright, f, ImVec2(ix + t.s(26), y + t.s(5)), bw - t.s(30), x.p.good);
        y += bh + t.s(12);
    }
    y += t.s(4);
    divider(x, ix, ix + iw, y);
    y += t.s(t.m.section);
    y += interests_section(x, card, colour, ix, y, iw) + t.s(10);
    y += details_section(x, card, ix, y, iw);
    return y + pad - pos.y;
}

float empty_card(Ctx& x, const CardVM& card, ImVec2 pos, float w, float h) {
    const Theme& t = x.t;
    const ImVec2 max(pos.x + w, pos.y + h);
    const float round = t.s(t.m.round), pad = t.s(t.m.pad);
    const float r = t.s(24);
    const float tw = w - 2 * pad;
    const float th = x.c.measure(card.add, t.fonts.body_bold, tw).y, hh = x.c.measure(card.add_hint, t.fonts.small, tw).y;
    const float content = 2 * r + t.s(12) + th + t.s(4) + hh;
    const float need = content + 2 * t.s(28);
    if (!x.c.dl) return need;
    const Hit hit = x.c.area(card.add, pos, max);
    const bool target = card.add_hint.text.find("Search") != std::string::npos;
    if (hit.hovered) x.c.dl->AddRectFilled(pos, max, with_alpha(x.p.accent_soft, 0.6f), round);
    dashed_rect(x.c.dl, pos, max, round, target ? x.p.accent : x.p.border_strong, t.s(2), t.s(9));
    if (x.c.focused(card.add)) focus_ring(x.c.dl, t, pos, max, round);
    x.c.place(card.region, pos, max, true);
    float yy = pos.y + std::max(t.s(28), (h - content) * 0.4f);
    const ImVec2 centre(pos.x + w * 0.5f, yy + r);
    x.c.dl->AddCircleFilled(centre, r, target ? x.p.accent : x.p.surface_alt, 32);
    icon(x.c.dl, Icon::plus, centre, t.s(20), target ? x.p.accent_text : x.p.text_muted, t.s(3));
    yy = centre.y + r + t.s(12);
    yy += x.c.text(card.add, t.fonts.body_bold, ImVec2(pos.x + pad, yy), tw, x.p.text, Align::centre) + t.s(4);
    x.c.text(card.add_hint, t.fonts.small, ImVec2(pos.x + pad, yy), tw, x.p.text_muted, Align::centre);
    return need;
}
}  // namespace ometer::widgets::careerometer_view
