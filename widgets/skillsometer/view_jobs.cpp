// Skillsometer job cards: title, fit, pay and hours, why it matches, a "Compare" tick, and when opened the
// description, tasks and entry routes. See view_parts.hpp.
#include <algorithm>
#include <cmath>

#include "core/format.hpp"
#include "widgets/skillsometer/strings.hpp"
#include "widgets/skillsometer/view_parts.hpp"

namespace ometer::widgets::skillsometer_view {

namespace txt = skillsometer_text;

namespace {

constexpr double kPartTimeHours = 30;  // ONS: part-time is 30 paid hours a week or fewer

std::string facts(const Occupation& occ, Region region) {
    std::string pay = occ.pay_annual.median ? money_rounded(*occ.pay_annual.median, region) + " " + std::string(txt::kAYear)
                      : occ.pay_weekly.median ? money_rounded(*occ.pay_weekly.median, region) + " " + std::string(txt::kAWeek)
                                              : std::string(txt::kPayMissing);
    if (!occ.hours_weekly.median) return pay;
    // ASHE pay covers part-time staff too: say so where the typical week is short, or the pay looks odd.
    const bool part_time = *occ.hours_weekly.median <= kPartTimeHours;
    return pay + "  \xC2\xB7  " + hours(*occ.hours_weekly.median) + " " + std::string(txt::kAWeek) +
           (part_time ? std::string(txt::kOftenPartTime) : std::string());
}

// ONS task lines start in lower case ("identifies ..."); as a list they read better capitalised.
std::string sentence_case(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

ImU32 fit_colour(const Ctx& c, std::optional<Fit> fit) {
    if (fit == Fit::strong) return c.p.good;
    if (fit == Fit::good) return c.p.accent;
    return c.p.text_muted;
}

// The opened part of a card; draws when `dl` is given, and returns its height either way.
float details(const Ctx& c, ImDrawList* dl, const Occupation& occ, float x0, float x1, float y) {
    const Theme& t = c.t;
    const float w = x1 - x0;
    float yy = y;
    auto text = [&](ImFont* f, float x, float width, ImU32 col, std::string_view s) {
        if (s.empty()) return 0.0f;
        return dl ? wrapped_text(dl, f, ImVec2(x, yy), width, col, s) : text_size(f, s, width).y;
    };
    if (dl) dl->AddLine(ImVec2(x0, yy), ImVec2(x1, yy), c.p.border, t.s(1));
    yy += t.s(14);
    yy += text(t.fonts.small, x0, w, c.p.text, occ.description) + t.s(14);
    if (!occ.tasks.empty()) {
        yy += text(t.fonts.small_bold, x0, w, c.p.text, txt::kTasks) + t.s(6);
        for (std::size_t k = 0; k < occ.tasks.size() && k < 5; ++k) {
            if (dl) dl->AddCircleFilled(ImVec2(x0 + t.s(5), yy + t.fonts.small->FontSize * 0.55f), t.s(3), c.p.accent, 12);
            yy += text(t.fonts.small, x0 + t.s(18), w - t.s(18), c.p.text, sentence_case(occ.tasks[k])) + t.s(5);
        }
        yy += t.s(9);
    }
    const std::string& entry = occ.entry_routes.empty() ? occ.education : occ.entry_routes;
    if (!entry.empty()) {
        yy += text(t.fonts.small_bold, x0, w, c.p.text, txt::kEntry) + t.s(6);
        yy += text(t.fonts.small, x0, w, c.p.text, entry) + t.s(14);
    }
    return yy - y;
}

}  // namespace

float match_list(Ctx& c, ImDrawList* dl, float x0, float x1, float y) {
    const Theme& t = c.t;
    const SkillsometerState& st = c.in.state;
    const Bundle& b = st.bundle();
    const auto& ms = st.matches().matches;
    const float ip = t.s(c.narrow ? 14 : 20);
    const float ix0 = x0 + ip, ix1 = x1 - ip, iw = ix1 - ix0;
    float yy = y;
    for (std::size_t i = 0; i < ms.size(); ++i) {
        const Match& m = ms[i];
        const Occupation& occ = b.occupations[m.occupation];
        const bool open = st.expanded() == i;
        const bool picked = st.picked(i);
        const std::string n = std::to_string(i);

        std::string fit = m.fit ? std::string(fit_label(*m.fit)) : std::string("Well-known job");
        ImFont* bf = t.fonts.small_bold;
        ImVec2 fs = text_size(bf, fit);
        const float badge_w = fs.x + t.s(18);
        const float title_w = iw - badge_w - t.s(12);
        const std::string fact_line = facts(occ, b.region);
        const float th = text_size(t.fonts.body_bold, occ.title, title_w).y;
        const float fh = text_size(bf, fact_line, iw).y;
        const float rh = text_size(t.fonts.small, m.reason.text, iw).y;
        const float row_h = t.s(40);
        const float head_h = ip + th + t.s(6) + fh + t.s(4) + rh + t.s(8) + row_h + ip * 0.5f;
        const float detail_h = open ? details(c, nullptr, occ, ix0, ix1, 0) : 0;
        const ImVec2 min(x0, yy), max(x1, yy + head_h + detail_h);

        // The tick is submitted before the card so it wins the pointer where they overlap.
        std::string_view tick_label = txt::kCompareTick;
        const float tick_w = text_size(bf, tick_label).x + t.s(50);
        const float row_y = yy + head_h - ip * 0.5f - row_h;
        ImVec2 k0(ix1 - tick_w, row_y), k1(ix1, row_y + row_h);
        Hit tick = tick_box(c, ("##pick" + n).c_str(), k0, k1, tick_label, picked,
                            picked || st.pick_count() < SkillsometerState::kMaxPicks, c.focused("pick-" + n));
        if (tick.clicked) c.act(SkillsometerAction::toggle_pick, static_cast<int>(i));
        Hit hit = hit_area(("##match" + n).c_str(), min, ImVec2(max.x, yy + head_h));

        c.card_behind(dl, min, max, hit.hovered ? mix(c.p.surface, c.p.accent_soft, 0.5f) : c.p.surface, t.s(16));
        if (picked) dl->AddRectFilled(ImVec2(min.x, min.y + t.s(14)), ImVec2(min.x + t.s(4), min.y + head_h - t.s(14)), c.p.accent, t.s(2));
        if (c.focused("match-" + n)) focus_ring(dl, t, min, max, t.s(16));

        float ty = yy + ip;
        wrapped_text(dl, t.fonts.body_bold, ImVec2(ix0, ty), title_w, c.p.text, occ.title);
        ImU32 tone = fit_colour(c, m.fit);
        ImVec2 b1(ix1, ty + fs.y + t.s(6)), b0(b1.x - badge_w, ty);
        dl->AddRectFilled(b0, b1, t.kind == ThemeKind::high_contrast ? c.p.surface : mix(tone, c.p.surface, 0.86f), (b1.y - b0.y) * 0.5f);
        if (t.kind == ThemeKind::high_contrast) dl->AddRect(b0, b1, tone, (b1.y - b0.y) * 0.5f, 0, t.s(1.5f));
        text_at(dl, bf, ImVec2(b0.x + t.s(9), b0.y + t.s(3)), m.fit == Fit::strong || m.fit == Fit::good ? mix(tone, c.p.text, t.kind == ThemeKind::light ? 0.25f : 0.0f) : c.p.text, fit);
        ty += th + t.s(6);
        ty += wrapped_text(dl, bf, ImVec2(ix0, ty), iw, c.p.text, fact_line) + t.s(4);
        wrapped_text(dl, t.fonts.small, ImVec2(ix0, ty), iw, c.p.text_muted, m.reason.text);

        // "More about this job" with a chevron: the whole card opens, this says so.
        ImU32 link = t.kind == ThemeKind::light ? mix(c.p.accent, c.p.text, 0.25f) : c.p.accent;
        icon(dl, open ? Icon::chevron_up : Icon::chevron_down, ImVec2(ix0 + t.s(8), row_y + row_h * 0.5f), t.s(14), link, t.s(2.2f));
        text_at(dl, bf, ImVec2(ix0 + t.s(24), std::round(row_y + (row_h - bf->FontSize) * 0.5f)), link, open ? txt::kLess : txt::kMore);

        if (open) details(c, dl, occ, ix0, ix1, yy + head_h);
        if (hit.hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (hit.clicked) c.act(SkillsometerAction::toggle_match, static_cast<int>(i));
        yy = max.y + t.s(12);
    }
    return yy - y + t.s(4);
}

}  // namespace ometer::widgets::skillsometer_view
