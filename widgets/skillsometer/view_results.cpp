// Skillsometer results: the interest profile (Holland hexagon and the top types in plain English, with a
// note when the answers were flat), then the matching jobs with the level filter, "Compare these" and
// expandable job cards. See view_parts.hpp.
#include <algorithm>
#include <cmath>

#include "core/format.hpp"
#include "widgets/common/riasec_text.hpp"
#include "widgets/skillsometer/strings.hpp"
#include "widgets/skillsometer/view_parts.hpp"

namespace ometer::widgets::skillsometer_view {

namespace txt = skillsometer_text;

namespace {

constexpr float kPi = 3.14159265f;


std::string compare_label(std::size_t picks) {
    if (picks == 1) return "Compare this job";
    return "Compare these " + std::to_string(picks) + " jobs";
}

// The hexagon with each type's name at its corner; the student's top types in bold. Returns the block's
// height; `width_out` gets its width.
float profile_chart(Ctx& c, ImDrawList* dl, float left, float centre_x, float y, float max_width, float* width_out) {
    const Theme& t = c.t;
    const Profile& prof = c.in.state.profile();
    ImFont* bold = t.fonts.small_bold;
    ImFont* reg = t.fonts.small;
    float label_w = 0;
    for (const auto& rt : kRiasecText) label_w = std::max(label_w, text_size(bold, rt.name).x);
    const float gap = t.s(10);
    const float r = std::clamp((max_width * 0.5f - label_w - gap - t.s(4)) / 0.866f, t.s(56), t.s(112));
    const float block_w = 2 * (0.866f * r + gap + label_w);
    if (width_out) *width_out = block_w;
    const float cx = centre_x > 0 ? centre_x : left + block_w * 0.5f;
    const ImVec2 centre(cx, y + bold->FontSize + gap + r);

    const float grow = c.progress(c.in.shown_at, 0.6);
    std::array<float, 6> v{};
    for (std::size_t i = 0; i < 6; ++i) v[i] = static_cast<float>(prof.normalised[i]) * grow;
    hexagon_chart(dl, t, centre, r, v, c.p.accent, false, nullptr);

    for (int i = 0; i < 6; ++i) {
        bool top = prof.code.find(kRiasecLetters[static_cast<std::size_t>(i)]) != std::string::npos;
        ImFont* f = top ? bold : reg;
        std::string_view name = kRiasecText[i].name;
        ImVec2 ts = text_size(f, name);
        float a = -kPi / 2 + static_cast<float>(i) * kPi / 3;
        ImVec2 corner(centre.x + std::cos(a) * r, centre.y + std::sin(a) * r);
        ImVec2 at;
        if (i == 0) at = ImVec2(corner.x - ts.x * 0.5f, corner.y - gap - ts.y);
        else if (i == 3) at = ImVec2(corner.x - ts.x * 0.5f, corner.y + gap);
        else if (i < 3) at = ImVec2(corner.x + gap, corner.y - ts.y * 0.5f);
        else at = ImVec2(corner.x - gap - ts.x, corner.y - ts.y * 0.5f);
        text_at(dl, f, ImVec2(std::round(at.x), std::round(at.y)), top ? c.p.text : c.p.text_muted, name);
    }
    return 2 * (bold->FontSize + gap) + 2 * r;
}

// The student's top types: a letter badge, the name and nickname, and two plain sentences each.
float top_types(Ctx& c, ImDrawList* dl, float x0, float x1, float y) {
    const Theme& t = c.t;
    const std::string& code = c.in.state.profile().code;
    float yy = y;
    yy += wrapped_text(dl, t.fonts.body_bold, ImVec2(x0, yy), x1 - x0, c.p.text, txt::kTopInterests) + t.s(10);
    const float badge = t.s(32), tx = x0 + badge + t.s(12), tw = x1 - tx;
    for (char letter : code) {
        const RiasecText& rt = kRiasecText[*riasec_from_letter(letter)];
        ImVec2 bc(x0 + badge * 0.5f, yy + badge * 0.5f);
        dl->AddCircleFilled(bc, badge * 0.5f, c.p.accent, 32);
        std::string l(1, letter);
        ImVec2 ls = text_size(t.fonts.body_bold, l);
        text_at(dl, t.fonts.body_bold, ImVec2(std::round(bc.x - ls.x * 0.5f), std::round(bc.y - ls.y * 0.5f)), c.p.accent_text, l);
        std::string head = std::string(rt.name) + " \xE2\x80\x93 " + std::string(rt.nickname);
        float ty = yy + t.s(4);
        ty += wrapped_text(dl, t.fonts.body_bold, ImVec2(tx, ty), tw, c.p.text, head) + t.s(2);
        ty += wrapped_text(dl, t.fonts.small, ImVec2(tx, ty), tw, c.p.text_muted, rt.description);
        yy = std::max(yy + badge, ty) + t.s(14);
    }
    return yy - t.s(14) - y;
}

}  // namespace

float results(Ctx& c, ImDrawList* dl, float x0, float x1, float y) {
    const Theme& t = c.t;
    const SkillsometerState& st = c.in.state;
    const Profile& prof = st.profile();
    const MatchResult& mr = st.matches();
    const Region region = st.bundle().region;
    const float pad = t.s(c.narrow ? 16 : 28);
    const float ix0 = x0 + pad, ix1 = x1 - pad, iw = ix1 - ix0;
    float yy = y;

    // The profile card.
    float top = yy;
    yy += pad;
    yy += wrapped_text(dl, c.narrow ? t.fonts.heading : t.fonts.big, ImVec2(ix0, yy), iw, c.p.text, txt::kYourProfile) + t.s(16);
    // The note on flat or near-flat answers sits with the top types: beside the chart, or below it on phones.
    const bool level_empty = mr.matches.empty() && st.max_level();
    auto note = [&](float nx0, float nx1, float ny) {
        float start = ny;
        if (mr.message.empty() || level_empty) return 0.0f;
        ny += callout(c, dl, nx0, nx1, ny, prof.flat ? txt::kFlatHeading : txt::kNearFlatHeading, mr.message, c.p.accent) + t.s(14);
        if (prof.flat) {
            float bw = std::min(nx1 - nx0, t.s(260));
            if (button(t, "##again", ImVec2(nx0, ny), ImVec2(nx0 + bw, ny + t.s(46)), txt::kTryAgain, ButtonStyle::secondary,
                       c.focused("restart"), Icon::refresh, true)
                    .clicked)
                c.act(SkillsometerAction::restart);
            ny += t.s(46) + t.s(14);
        }
        return ny - start;
    };
    if (c.narrow) {
        yy += profile_chart(c, dl, ix0, (ix0 + ix1) * 0.5f, yy, iw, nullptr) + t.s(20);
        if (!prof.code.empty()) yy += top_types(c, dl, ix0, ix1, yy) + t.s(16);
        yy += note(ix0, ix1, yy);
    } else {
        float chart_w = 0;
        float ch = profile_chart(c, dl, ix0, 0, yy, std::min(iw * 0.5f, t.s(460)), &chart_w);
        float tx = ix0 + chart_w + t.s(36);
        float th = prof.code.empty() ? 0 : top_types(c, dl, tx, ix1, yy + t.s(6)) + t.s(20);
        th += note(tx, ix1, yy + t.s(6) + th);
        yy += std::max(ch + t.s(18), th);
    }
    yy += pad - t.s(14);
    c.card_behind(dl, ImVec2(x0, top), ImVec2(x1, yy), c.p.surface, t.s(20));
    yy += t.s(20);

    // The jobs card: heading, level filter, and the compare action where it is seen before the list.
    top = yy;
    yy += pad;
    yy += wrapped_text(dl, c.narrow ? t.fonts.heading : t.fonts.big, ImVec2(ix0, yy), iw, c.p.text,
                       mr.fallback ? txt::kExploreJobs : txt::kYourJobs) +
          t.s(14);
    yy += wrapped_text(dl, t.fonts.body_bold, ImVec2(ix0, yy), iw, c.p.text, txt::kStudy) + t.s(10);
    {
        const LevelScale scale = level_scale(region);
        const int n = scale.last;
        const float chip_h = t.s(42), gap = t.s(8);
        float cx = ix0;
        for (int level = scale.first; level <= n; ++level) {
            std::string_view label = level_label(region, level);
            float w = chip_width(c, label);
            if (cx > ix0 && cx + w > ix1) {
                cx = ix0;
                yy += chip_h + gap;
            }
            bool on = st.max_level() ? *st.max_level() == level : level == n;
            std::string id = "##level" + std::to_string(level);
            bool focus = c.focused("level-" + std::to_string(level)) || (level == n && c.focused("level-0"));
            if (chip(c, id.c_str(), ImVec2(cx, yy), chip_h, label, on, focus, &w)) c.act(SkillsometerAction::set_level, level == n ? 0 : level);
            cx += w + gap;
        }
        yy += chip_h + t.s(10);
        int shown = st.max_level().value_or(n);
        yy += wrapped_text(dl, t.fonts.small, ImVec2(ix0, yy), iw, c.p.text_muted, level_meaning(region, shown)) + t.s(18);
    }
    if (level_empty) {
        yy += callout(c, dl, ix0, ix1, yy, txt::kNoJobsHeading, mr.message, c.p.warn) + t.s(18);
    } else {
        // Compare: the hint and the button side by side, or stacked on phones.
        const std::size_t picks = st.pick_count();
        const float bh = t.s(50), bw = c.narrow ? iw : std::min(t.s(300), iw * 0.45f);
        std::string_view hint = picks ? txt::kCompareHint : txt::kCompareNone;
        float hint_w = c.narrow ? iw : iw - bw - t.s(20);
        float hh = text_size(t.fonts.small, hint, hint_w).y;
        float by = yy;
        if (c.narrow) {
            yy += wrapped_text(dl, t.fonts.small, ImVec2(ix0, yy), hint_w, c.p.text_muted, hint) + t.s(10);
            by = yy;
            yy += bh;
        } else {
            wrapped_text(dl, t.fonts.small, ImVec2(ix0, yy + std::max(0.0f, (bh - hh) * 0.5f)), hint_w, c.p.text_muted, hint);
            yy += std::max(bh, hh);
        }
        ImVec2 b0(c.narrow ? ix0 : ix1 - bw, by), b1(b0.x + bw, by + bh);
        Hit h = button(t, "##compare", b0, b1, picks ? compare_label(picks) : std::string("Compare"),
                       picks ? ButtonStyle::primary : ButtonStyle::secondary, c.focused("compare"));
        if (h.clicked && picks) c.act(SkillsometerAction::compare);
        yy += t.s(4);
    }
    yy += pad;
    c.card_behind(dl, ImVec2(x0, top), ImVec2(x1, yy), c.p.surface, t.s(20));
    yy += t.s(16);

    yy += match_list(c, dl, x0, x1, yy);

    // The end of the list: compare again, or start again.
    const float bh = t.s(50), gap = t.s(12);
    const std::size_t picks = st.pick_count();
    const float bw = c.narrow ? x1 - x0 : std::min(t.s(320), (x1 - x0 - gap) * 0.5f);
    float bx = c.narrow ? x0 : (x0 + x1) * 0.5f - (picks && !mr.matches.empty() ? bw + gap * 0.5f : bw * 0.5f);
    if (picks && !mr.matches.empty()) {
        if (button(t, "##compare2", ImVec2(bx, yy), ImVec2(bx + bw, yy + bh), compare_label(picks), ButtonStyle::primary, false).clicked)
            c.act(SkillsometerAction::compare);
        if (c.narrow) yy += bh + gap;
        else bx += bw + gap;
    }
    if (button(t, "##restart", ImVec2(bx, yy), ImVec2(bx + bw, yy + bh), txt::kRestart, ButtonStyle::secondary,
               c.focused("restart") && !prof.flat, Icon::refresh, true)
            .clicked)
        c.act(SkillsometerAction::restart);
    yy += bh;
    return yy - y;
}

}  // namespace ometer::widgets::skillsometer_view
