// Skillsometer job cards: title, fit, pay and hours, why it matches, its level, a "Compare" tick, and when
// opened the description, tasks and entry routes. See view_parts.hpp.
#include <algorithm>
#include <cmath>

#include "widgets/common/job_details.hpp"
#include "widgets/skillsometer/view_parts.hpp"

namespace ometer::widgets::skillsometer_view {

namespace {

ImU32 fit_colour(const Ctx& x, std::optional<Fit> fit) {
    if (fit == Fit::strong) return x.p.good;
    if (fit == Fit::good) return x.p.accent;
    return x.p.text_muted;
}

// The opened part of a card below a rule: the shared job details (widgets/common/job_details.hpp); returns
// its height (measures when not drawing).
float details(Ctx& x, const MatchVM& m, float x0, float x1, float y) {
    const Theme& t = x.t;
    if (x.c.dl) x.c.dl->AddLine(ImVec2(x0, y), ImVec2(x1, y), x.p.border, t.s(1));
    const float top = t.s(14);
    const float h = draw_job_details(x.c, m.details, x0, x1 - x0, y + top);
    return h > 0 ? top + h + t.s(14) : top;
}

// One job card at `y`; returns its height. Measured first (dl null), then drawn.
float job_card(Ctx& x, const MatchVM& m, float x0, float x1, float y) {
    const Theme& t = x.t;
    const float ip = t.s(x.narrow ? 14 : 20);
    const float ix0 = x0 + ip, ix1 = x1 - ip, iw = ix1 - ix0;
    ImFont* bf = t.fonts.small_bold;
    // The fit badge sits beside the title when both fit, else above it.
    const float badge_w = x.c.measure(m.fit, bf, 0).x + t.s(18), badge_h = bf->FontSize + t.s(6);
    const bool badge_beside = iw - badge_w - t.s(12) >= t.s(160) * t.text_scale;
    const float title_w = badge_beside ? iw - badge_w - t.s(12) : iw;
    float yy = y + ip;
    const float title_y = badge_beside ? yy : yy + badge_h + t.s(6);
    // The tick and "More about" share the last row: side by side when they fit, else stacked.
    const float row_h = std::max(t.s(40), bf->FontSize + t.s(18));
    const float tick_w = text_size(bf, m.pick.text).x + t.s(50);
    const float more_w = text_size(bf, m.details.toggle.text).x + t.s(30);
    const bool row_fits = more_w + tick_w + t.s(8) <= iw;
    // Heights first (so the card can be drawn behind its content).
    Canvas measure(t, nullptr, {});
    const float th = measure.measure(m.title, t.fonts.body_bold, title_w).y;
    float body_h = (title_y - yy) + th + t.s(6);
    for (const VNode* n : {&m.pay, &m.reason, &m.level})
        if (!n->text.empty()) body_h += measure.measure(*n, n == &m.pay ? bf : t.fonts.small, iw).y + t.s(4);
    const float rows_h = row_fits ? row_h : 2 * row_h + t.s(4);
    const float head_h = ip + body_h + t.s(4) + rows_h + ip * 0.5f;
    Ctx mx{x.in, measure, x.vm, t, t.colours, x.animating, x.narrow, x.split};
    const float detail_h = m.details.open() ? details(mx, m, ix0, ix1, 0) : 0;
    const ImVec2 min(x0, y), max(x1, y + head_h + detail_h);
    if (!x.c.dl) return max.y - y;

    // The tick and the "more" row are submitted before the card so they win the pointer where they overlap.
    const float rows_y = y + head_h - ip * 0.5f - rows_h;
    const ImVec2 k0(row_fits ? ix1 - tick_w : ix0 - t.s(8), row_fits ? rows_y : rows_y + row_h + t.s(4));
    tick_box(x, m.pick, k0, ImVec2(k0.x + tick_w, k0.y + row_h));
    const ImVec2 m0(ix0 - t.s(8), rows_y), m1(m0.x + more_w + t.s(8), rows_y + row_h);
    const Hit more = x.c.area(m.details.toggle, m0, m1);
    x.card_behind(min, max, more.hovered ? mix(x.p.surface, x.p.accent_soft, 0.5f) : x.p.surface, t.s(16));
    x.c.place(m.item, min, max, true);
    if (m.picked) x.c.dl->AddRectFilled(ImVec2(min.x, min.y + t.s(14)), ImVec2(min.x + t.s(4), min.y + head_h - t.s(14)), x.p.accent, t.s(2));
    if (x.c.focused(m.details.toggle)) focus_ring(x.c.dl, t, m0, m1, t.s(10));

    // Fit badge, title, pay line, reason, level.
    const ImU32 tone = fit_colour(x, m.fit_kind);
    const ImVec2 b1(ix1, yy + badge_h), b0(b1.x - badge_w, yy);
    const ImVec2 bmin = badge_beside ? b0 : ImVec2(ix0, yy), bmax = badge_beside ? b1 : ImVec2(ix0 + badge_w, yy + badge_h);
    const bool hc = t.kind == ThemeKind::high_contrast;
    x.c.dl->AddRectFilled(bmin, bmax, hc ? x.p.surface : mix(tone, x.p.surface, 0.86f), badge_h * 0.5f);
    if (hc) x.c.dl->AddRect(bmin, bmax, tone, badge_h * 0.5f, 0, t.s(1.5f));
    const ImU32 badge_text = m.fit_kind == Fit::strong || m.fit_kind == Fit::good ? mix(tone, x.p.text, t.kind == ThemeKind::light ? 0.25f : 0.0f)
                                                                                    : x.p.text;
    x.c.text(m.fit, bf, ImVec2(bmin.x + t.s(9), bmin.y + t.s(3)), badge_w - t.s(18) + 1, badge_text, Align::left, true);
    float ty = title_y;
    ty += x.c.text(m.title, t.fonts.body_bold, ImVec2(ix0, ty), title_w, x.p.text) + t.s(6);
    if (!m.pay.text.empty()) ty += x.c.text(m.pay, bf, ImVec2(ix0, ty), iw, x.p.text) + t.s(4);
    if (!m.reason.text.empty()) ty += x.c.text(m.reason, t.fonts.small, ImVec2(ix0, ty), iw, x.p.text_muted) + t.s(4);
    if (!m.level.text.empty()) x.c.text(m.level, t.fonts.small, ImVec2(ix0, ty), iw, x.p.text_muted);

    // "More about this job" with a chevron.
    const ImU32 link = t.kind == ThemeKind::light ? mix(x.p.accent, x.p.text, 0.25f) : x.p.accent;
    const VNode& more_text = m.details.toggle;
    icon(x.c.dl, more_text.on ? Icon::chevron_up : Icon::chevron_down, ImVec2(ix0 + t.s(8), rows_y + row_h * 0.5f), t.s(14), link, t.s(2.2f));
    x.c.text(more_text, bf, ImVec2(ix0 + t.s(24), std::round(rows_y + (row_h - bf->FontSize) * 0.5f)), more_w - t.s(24), link, Align::left, true);
    if (m.details.open()) details(x, m, ix0, ix1, y + head_h);
    return max.y - y;
}

}  // namespace

float match_list(Ctx& x, float x0, float x1, float y) {
    const Theme& t = x.t;
    float yy = y;
    for (const auto& m : x.vm.matches) yy += job_card(x, m, x0, x1, yy) + t.s(12);
    return yy - y + t.s(4);
}

}  // namespace ometer::widgets::skillsometer_view
