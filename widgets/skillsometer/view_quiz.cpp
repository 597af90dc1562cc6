// Skillsometer screens before the results: the welcome card and one statement per card with its answer
// buttons (three faces, or five labelled buttons on the 5-point scale). See view_parts.hpp.
#include <algorithm>
#include <cmath>

#include "widgets/skillsometer/strings.hpp"
#include "widgets/skillsometer/view_parts.hpp"

namespace ometer::widgets::skillsometer_view {

namespace txt = skillsometer_text;

namespace {

constexpr float kPi = 3.14159265f;

// The numbered steps of "How it works": three columns on wide screens, rows on phones.
float steps(Ctx& c, ImDrawList* dl, float x0, float x1, float y) {
    const Theme& t = c.t;
    const float badge = t.s(34);
    auto number = [&](ImVec2 centre, int n) {
        dl->AddCircleFilled(centre, badge * 0.5f, c.p.accent, 32);
        std::string s = std::to_string(n);
        ImVec2 ts = text_size(t.fonts.body_bold, s);
        text_at(dl, t.fonts.body_bold, ImVec2(std::round(centre.x - ts.x * 0.5f), std::round(centre.y - ts.y * 0.5f)), c.p.accent_text, s);
    };
    float yy = y;
    if (c.narrow) {
        for (int i = 0; i < 3; ++i) {
            number(ImVec2(x0 + badge * 0.5f, yy + badge * 0.5f), i + 1);
            float th = text_size(t.fonts.body, txt::kSteps[i], x1 - x0 - badge - t.s(14)).y;
            float ty = yy + std::max(0.0f, (badge - th) * 0.5f);
            wrapped_text(dl, t.fonts.body, ImVec2(x0 + badge + t.s(14), ty), x1 - x0 - badge - t.s(14), c.p.text, txt::kSteps[i]);
            yy += std::max(badge, th) + t.s(14);
        }
        return yy - y - t.s(14);
    }
    const float gap = t.s(24), col = (x1 - x0 - 2 * gap) / 3.0f;
    float tallest = 0;
    for (int i = 0; i < 3; ++i) {
        float cx0 = x0 + static_cast<float>(i) * (col + gap);
        number(ImVec2(cx0 + col * 0.5f, yy + badge * 0.5f), i + 1);
        tallest = std::max(tallest, centred_text(dl, t.fonts.body, cx0, cx0 + col, yy + badge + t.s(10), c.p.text, txt::kSteps[i]));
    }
    return badge + t.s(10) + tallest;
}

// The tallest statement at this width, so the answer buttons stay put from one statement to the next.
float statement_band(const SkillsometerState& st, ImFont* font, float width) {
    float band = 0;
    for (int id : st.form().item_ids)
        if (const QuizItem* item = st.quiz().item(id)) band = std::max(band, text_size(font, item->text, width).y);
    return band;
}

}  // namespace

float welcome(Ctx& c, ImDrawList* dl, float x0, float x1, float y) {
    const Theme& t = c.t;
    const SkillsometerState& st = c.in.state;
    const float pad = t.s(c.narrow ? 18 : 32);
    const float cx = (x0 + x1) * 0.5f;
    const float tw = std::min(x1 - x0 - 2 * pad, t.s(700));
    const float tx0 = cx - tw * 0.5f, tx1 = cx + tw * 0.5f;
    float yy = y + pad;

    const float r = t.s(c.narrow ? 28 : 34);
    const Face faces[3] = {Face::dislike, Face::unsure, Face::love};
    for (int i = 0; i < 3; ++i) emoji_face(dl, ImVec2(cx + static_cast<float>(i - 1) * r * 2.7f, yy + r), r, faces[i], 0);
    yy += 2 * r + t.s(20);
    ImFont* head = c.narrow ? t.fonts.heading : t.fonts.big;
    yy += centred_text(dl, head, tx0, tx1, yy, c.p.text, txt::kWelcomeHeading) + t.s(12);
    const std::string_view intro = txt::kIntro[st.bundle().region == Region::uk ? 0 : 1];
    yy += centred_text(dl, t.fonts.body, tx0, tx1, yy, c.p.text, intro) + t.s(24);

    yy += centred_text(dl, t.fonts.body_bold, tx0, tx1, yy, c.p.text, txt::kHowHeading) + t.s(14);
    yy += steps(c, dl, c.narrow ? tx0 : x0 + pad, c.narrow ? tx1 : x1 - pad, yy) + t.s(26);

    std::string count = std::to_string(st.total()) + " statements \xC2\xB7 about " +
                        std::to_string(std::max<std::size_t>(2, st.total() / 10)) + " minutes";
    yy += centred_text(dl, t.fonts.small_bold, tx0, tx1, yy, c.p.text_muted, count) + t.s(4);
    yy += centred_text(dl, t.fonts.small, tx0, tx1, yy, c.p.text_muted, txt::kNoWrongAnswers) + t.s(18);

    const float bh = t.s(54), bw = std::min(tw, t.s(300));
    const bool resume = st.answered() > 0;
    std::string label = resume ? std::string(txt::kContinue) + " (" + std::to_string(st.answered()) + " of " +
                                     std::to_string(st.total()) + " done)"
                               : std::string(txt::kStart);
    if (button(t, "##start", ImVec2(cx - bw * 0.5f, yy), ImVec2(cx + bw * 0.5f, yy + bh), label, ButtonStyle::primary,
               c.focused("start"))
            .clicked)
        c.act(SkillsometerAction::start);
    yy += bh;
    if (resume) {
        yy += t.s(10);
        if (button(t, "##restart", ImVec2(cx - bw * 0.5f, yy), ImVec2(cx + bw * 0.5f, yy + t.s(46)), txt::kStartOver,
                   ButtonStyle::ghost, c.focused("restart"), Icon::refresh, true)
                .clicked)
            c.act(SkillsometerAction::restart);
        yy += t.s(46);
    }
    return yy + pad - y;
}

float answers(Ctx& c, ImDrawList* dl, float x0, float x1, float y) {
    const Theme& t = c.t;
    const SkillsometerState& st = c.in.state;
    const int points = scale_points(st.scale());
    const auto current = st.choice_at(st.current());
    const float cx = (x0 + x1) * 0.5f;
    auto pop = [&](int i) {  // the face just chosen grows and settles again
        if (c.in.last_choice != i) return 1.0f;
        float k = c.progress(c.in.answered_at, 0.35);
        return k >= 1.0f ? 1.0f : 1.0f + 0.12f * std::sin(k * kPi);
    };
    auto record = [&](ImVec2 a, ImVec2 b) { c.out.answer_rects.push_back({a.x, a.y, b.x - a.x, b.y - a.y}); };

    if (points == 3) {
        const Face faces[3] = {Face::dislike, Face::unsure, Face::love};
        const std::string_view labels[3] = {txt::kDislike, txt::kUnsure, txt::kLove};
        const float gap = t.s(c.narrow ? 8 : 14);
        const float slot = std::min((x1 - x0 - 2 * gap) / 3.0f, t.s(190));
        const float start = cx - (3 * slot + 2 * gap) * 0.5f;
        const float r = c.narrow ? std::min(slot * 0.33f, t.s(36)) : t.s(46);
        ImFont* lf = t.fonts.body_bold;
        const float key_h = c.narrow ? 0 : t.s(30);
        const float bh = t.s(18) + 2 * r + t.s(12) + lf->FontSize + key_h + t.s(16);
        for (int i = 0; i < 3; ++i) {
            ImVec2 bmin(start + static_cast<float>(i) * (slot + gap), y), bmax(bmin.x + slot, y + bh);
            record(bmin, bmax);
            std::string id = "##answer" + std::to_string(i);
            Hit h = hit_area(id.c_str(), bmin, bmax);
            const bool chosen = current == i;
            const float round = t.s(20);
            ImU32 fill = chosen ? c.p.accent_soft : h.hovered ? mix(c.p.surface_alt, c.p.accent_soft, 0.7f) : c.p.surface_alt;
            dl->AddRectFilled(bmin, bmax, fill, round);
            if (chosen) dl->AddRect(bmin, bmax, c.p.accent, round, 0, t.s(2.5f));
            else if (h.hovered || t.kind == ThemeKind::high_contrast) dl->AddRect(bmin, bmax, h.hovered ? c.p.accent : c.p.border, round, 0, t.s(1.5f));
            if (c.focused("answer-" + std::to_string(i))) focus_ring(dl, t, bmin, bmax, round);
            float grow = h.held ? 0.94f : h.hovered ? 1.05f : pop(i);
            float fx = (bmin.x + bmax.x) * 0.5f;
            emoji_face(dl, ImVec2(fx, bmin.y + t.s(18) + r), r * grow, faces[i], 0);
            float ly = bmin.y + t.s(18) + 2 * r + t.s(12);
            ImVec2 ls = text_size(lf, labels[i]);
            text_at(dl, lf, ImVec2(std::round(fx - ls.x * 0.5f), ly), c.p.text, labels[i]);
            if (!c.narrow) {  // the keyboard shortcut, in a small key cap
                std::string key = std::to_string(i + 1);
                ImVec2 ks = text_size(t.fonts.small_bold, key);
                ImVec2 k0(fx - t.s(12), ly + lf->FontSize + t.s(8)), k1(fx + t.s(12), k0.y + t.s(22));
                dl->AddRect(k0, k1, c.p.border, t.s(6), 0, t.s(1.5f));
                text_at(dl, t.fonts.small_bold, ImVec2(std::round(fx - ks.x * 0.5f), std::round((k0.y + k1.y - ks.y) * 0.5f)), c.p.text_muted, key);
            }
            if (chosen) {  // a tick in the corner says which answer was given before
                ImVec2 tc(bmax.x - t.s(16), bmin.y + t.s(16));
                dl->AddCircleFilled(tc, t.s(11), c.p.accent, 24);
                icon(dl, Icon::check, tc, t.s(13), c.p.accent_text, t.s(2.2f));
            }
            if (h.hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            if (h.clicked) c.act(SkillsometerAction::answer, i);
        }
        return bh;
    }

    // Five labelled buttons, one a row, each with a face for its end of the scale.
    const Face faces[5] = {Face::dislike, Face::dislike, Face::unsure, Face::love, Face::love};
    const float bw = std::min(x1 - x0, t.s(480)), bh = t.s(52), gap = t.s(8);
    float yy = y;
    for (int i = 0; i < points; ++i) {
        ImVec2 bmin(cx - bw * 0.5f, yy), bmax(cx + bw * 0.5f, yy + bh);
        record(bmin, bmax);
        std::string id = "##likert" + std::to_string(i);
        bool chosen = current == i;
        Hit h = button(t, id.c_str(), bmin, bmax, txt::kLikert[i], chosen ? ButtonStyle::primary : ButtonStyle::secondary,
                       c.focused("answer-" + std::to_string(i)));
        float fr = t.s(i == 0 || i == 4 ? 15 : 12) * (h.held ? 0.94f : pop(i));
        emoji_face(dl, ImVec2(bmin.x + t.s(28), (bmin.y + bmax.y) * 0.5f), fr, faces[i], 0);
        if (!c.narrow) {
            std::string key = std::to_string(i + 1);
            ImVec2 ks = text_size(t.fonts.small_bold, key);
            text_at(dl, t.fonts.small_bold, ImVec2(bmax.x - t.s(26) - ks.x * 0.5f, std::round((bmin.y + bmax.y - ks.y) * 0.5f)),
                    chosen ? c.p.accent_text : c.p.text_muted, key);
        }
        if (h.clicked) c.act(SkillsometerAction::answer, i);
        yy += bh + gap;
    }
    return yy - gap - y;
}

float question(Ctx& c, ImDrawList* dl, float x0, float x1, float y) {
    const Theme& t = c.t;
    const SkillsometerState& st = c.in.state;
    const float pad = t.s(c.narrow ? 16 : 28);
    const float ix0 = x0 + pad, ix1 = x1 - pad, cx = (x0 + x1) * 0.5f;
    float yy = y + pad;

    // Progress: a bar that glides to its new length, and "n of N".
    const float total = static_cast<float>(std::max<std::size_t>(1, st.total()));
    const float now_frac = static_cast<float>(st.answered()) / total;
    const float glide = c.progress(c.in.shown_at, 0.35);
    const float frac = c.in.last_fraction + (now_frac - c.in.last_fraction) * glide;
    std::string count = std::to_string(st.current() + 1) + " of " + std::to_string(st.total());
    ImFont* cf = t.fonts.small_bold;
    ImVec2 cs = text_size(cf, count);
    const float bar_x1 = ix1 - cs.x - t.s(14), bar_y = yy + (cs.y - t.s(10)) * 0.5f;
    dl->AddRectFilled(ImVec2(ix0, bar_y), ImVec2(bar_x1, bar_y + t.s(10)), c.p.surface_alt, t.s(5));
    if (t.kind == ThemeKind::high_contrast) dl->AddRect(ImVec2(ix0, bar_y), ImVec2(bar_x1, bar_y + t.s(10)), c.p.border, t.s(5));
    if (frac > 0)
        dl->AddRectFilled(ImVec2(ix0, bar_y), ImVec2(ix0 + std::max(t.s(10), (bar_x1 - ix0) * frac), bar_y + t.s(10)), c.p.accent, t.s(5));
    text_at(dl, cf, ImVec2(ix1 - cs.x, yy), c.p.text_muted, count);
    yy += cs.y + t.s(20);

    if (c.in.resumed) {
        ImFont* f = t.fonts.small_bold;
        float w = std::min(ix1 - ix0, text_size(f, txt::kWelcomeBack).x + t.s(28));
        float h = text_size(f, txt::kWelcomeBack, w - t.s(28)).y + t.s(14);
        dl->AddRectFilled(ImVec2(cx - w * 0.5f, yy), ImVec2(cx + w * 0.5f, yy + h), c.p.accent_soft, h * 0.5f);
        centred_text(dl, f, cx - w * 0.5f + t.s(14), cx + w * 0.5f - t.s(14), yy + t.s(7), c.p.text, txt::kWelcomeBack);
        yy += h + t.s(16);
    }

    // The statement slides in from the side it came from and fades up; the buttons stay still.
    const float k = c.progress(c.in.shown_at, 0.28);
    const float dx = std::round((1.0f - k) * t.s(40) * static_cast<float>(c.in.direction));
    const float alpha = 0.15f + 0.85f * k;
    yy += centred_text(dl, t.fonts.small, ix0 + dx, ix1 + dx, yy, with_alpha(c.p.text_muted, alpha), txt::kPrompt) + t.s(12);
    ImFont* sf = c.narrow ? t.fonts.heading : t.fonts.big;
    const float sw = std::min(ix1 - ix0, t.s(640));
    const float band = statement_band(st, sf, sw);
    const QuizItem& item = st.current_item();
    const float th = text_size(sf, item.text, sw).y;
    centred_text(dl, sf, cx - sw * 0.5f + dx, cx + sw * 0.5f + dx, yy + std::round((band - th) * 0.5f), with_alpha(c.p.text, alpha), item.text);
    yy += band + t.s(c.narrow ? 22 : 28);

    yy += answers(c, dl, ix0, ix1, yy) + t.s(18);

    // Back, and a tip for the quickest way to answer on this kind of screen.
    const float bh = t.s(44), bw = t.s(112);
    if (button(t, "##back", ImVec2(ix0 - t.s(6), yy), ImVec2(ix0 - t.s(6) + bw, yy + bh), txt::kBack, ButtonStyle::ghost,
               c.focused("back"), Icon::back, true)
            .clicked)
        c.act(SkillsometerAction::back);
    const bool five = scale_points(st.scale()) == 5;
    std::string_view tip = c.narrow ? (five ? txt::kSwipeTip5 : txt::kSwipeTip) : five ? txt::kKeysTip5 : txt::kKeysTip;
    ImFont* tf = t.fonts.small;
    if (!c.narrow && text_size(tf, tip).x < ix1 - ix0 - bw - t.s(16)) {
        ImVec2 ts = text_size(tf, tip);
        text_at(dl, tf, ImVec2(ix1 - ts.x, std::round(yy + (bh - ts.y) * 0.5f)), c.p.text_muted, tip);
        yy += bh;
    } else {
        yy += bh + t.s(6);
        yy += centred_text(dl, tf, ix0, ix1, yy, c.p.text_muted, tip);
    }
    return yy + pad - y;
}

}  // namespace ometer::widgets::skillsometer_view
