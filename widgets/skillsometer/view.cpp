// Skillsometer view; see view.hpp.
#include "widgets/skillsometer/view.hpp"

#include <algorithm>
#include <cmath>

#include "core/format.hpp"
#include "widgets/common/draw.hpp"
#include "widgets/common/riasec_text.hpp"
#include "widgets/skillsometer/strings.hpp"

namespace ometer::widgets {

namespace txt = skillsometer_text;

namespace {

struct Ctx {
    const SkillsometerViewInput& in;
    const Theme& t;
    const Palette& p;
    SkillsometerView& out;
    bool focused(const std::string& id) const { return in.focus_id == id; }
};

float centred_text(ImDrawList* dl, ImFont* font, float x0, float x1, float y, ImU32 col, std::string_view text) {
    float w = x1 - x0;
    ImVec2 ts = text_size(font, text, w);
    if (ts.x < w) {
        // Centre each wrapped line: measure line by line.
        const char* s = text.data();
        const char* end = text.data() + text.size();
        float yy = y;
        while (s < end) {
            const char* line_end = font->CalcWordWrapPositionA(1.0f, s, end, w);
            if (line_end == s) line_end = s + 1;
            ImVec2 ls = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, s, line_end);
            dl->AddText(font, font->FontSize, ImVec2(x0 + (w - ls.x) * 0.5f, yy), col, s, line_end);
            yy += font->FontSize;
            s = line_end;
            while (s < end && (*s == ' ' || *s == '\n')) ++s;
        }
        return yy - y;
    }
    return wrapped_text(dl, font, ImVec2(x0, y), w, col, text);
}

float welcome(Ctx& c, ImDrawList* dl, float x0, float x1, float y) {
    const Theme& t = c.t;
    float pad = t.s(24), w = x1 - x0;
    float yy = y + pad;
    // Three faces as a friendly banner.
    float r = t.s(26);
    float cx = (x0 + x1) * 0.5f;
    emoji_face(dl, ImVec2(cx - r * 2.6f, yy + r), r, Face::dislike, 0);
    emoji_face(dl, ImVec2(cx, yy + r), r, Face::unsure, 0);
    emoji_face(dl, ImVec2(cx + r * 2.6f, yy + r), r, Face::love, 0);
    yy += r * 2 + t.s(18);
    yy += centred_text(dl, t.fonts.body, x0 + pad, x1 - pad, yy, c.p.text, txt::kIntro) + t.s(12);
    yy += centred_text(dl, t.fonts.small, x0 + pad, x1 - pad, yy, c.p.text_muted, txt::kHow) + t.s(20);
    std::string count = std::to_string(c.in.state.total()) + " statements \xC2\xB7 about " +
                        std::to_string(std::max<std::size_t>(2, c.in.state.total() / 10)) + " minutes";
    yy += centred_text(dl, t.fonts.small_bold, x0 + pad, x1 - pad, yy, c.p.text_muted, count) + t.s(16);
    bool resume = c.in.state.answered() > 0;
    std::string_view label = resume ? txt::kContinue : txt::kStart;
    float bw = std::min(w - 2 * pad, t.s(280));
    Hit h = button(t, "##start", ImVec2(cx - bw * 0.5f, yy), ImVec2(cx + bw * 0.5f, yy + t.s(52)), label, ButtonStyle::primary,
                   c.focused("start"));
    if (h.clicked) c.out.actions.push_back({SkillsometerAction::start, 0});
    yy += t.s(52) + pad;
    return yy - y;
}

float question(Ctx& c, ImDrawList* dl, float x0, float x1, float y) {
    const Theme& t = c.t;
    const SkillsometerState& st = c.in.state;
    float pad = t.s(22), w = x1 - x0;
    float yy = y + pad;
    // Progress: a bar and "n of N".
    float frac = static_cast<float>(st.current()) / static_cast<float>(std::max<std::size_t>(1, st.total()));
    std::string progress = std::to_string(st.current() + 1) + " of " + std::to_string(st.total());
    ImVec2 ps = text_size(t.fonts.small_bold, progress);
    dl->AddRectFilled(ImVec2(x0 + pad, yy + t.s(6)), ImVec2(x1 - pad - ps.x - t.s(12), yy + t.s(14)), c.p.surface_alt, t.s(4));
    dl->AddRectFilled(ImVec2(x0 + pad, yy + t.s(6)),
                      ImVec2(x0 + pad + (x1 - x0 - 2 * pad - ps.x - t.s(12)) * frac, yy + t.s(14)), c.p.accent, t.s(4));
    dl->AddText(t.fonts.small_bold, t.fonts.small_bold->FontSize, ImVec2(x1 - pad - ps.x, yy), c.p.text_muted, progress.c_str());
    yy += t.s(34);
    yy += centred_text(dl, t.fonts.small, x0 + pad, x1 - pad, yy, c.p.text_muted, txt::kPrompt) + t.s(14);
    // The statement, big and centred, in a fixed-height band so the buttons don't jump.
    const QuizItem& item = st.current_item();
    float band = t.s(96);
    float th = text_size(t.fonts.heading, item.text, w - 2 * pad).y;
    centred_text(dl, t.fonts.heading, x0 + pad, x1 - pad, yy + std::max(0.0f, (band - th) * 0.5f), c.p.text, item.text);
    yy += std::max(band, th) + t.s(12);

    // Answers: three faces (or five labelled buttons on the 5-point scale).
    const int points = scale_points(st.scale());
    auto current = st.choice_at(st.current());
    if (points == 3) {
        const Face faces[3] = {Face::dislike, Face::unsure, Face::love};
        const std::string_view labels[3] = {txt::kDislike, txt::kUnsure, txt::kLove};
        float slot = std::min((w - 2 * pad) / 3.0f, t.s(150));
        float start = (x0 + x1) * 0.5f - slot * 1.5f;
        float r = std::min(slot * 0.36f, t.s(44));
        for (int i = 0; i < 3; ++i) {
            float cx = start + slot * (static_cast<float>(i) + 0.5f);
            ImVec2 bmin(cx - slot * 0.47f, yy), bmax(cx + slot * 0.47f, yy + r * 2 + t.s(52));
            std::string id = "##answer" + std::to_string(i);
            Hit h = hit_area(id.c_str(), bmin, bmax);
            bool chosen = current == i;
            bool pulse = c.in.last_choice == i && c.in.answered_at >= 0 && c.in.now - c.in.answered_at < 0.35;
            if (h.hovered || chosen) dl->AddRectFilled(bmin, bmax, chosen ? c.p.accent_soft : with_alpha(c.p.accent_soft, 0.7f), t.s(16));
            if (chosen) dl->AddRect(bmin, bmax, c.p.accent, t.s(16), 0, t.s(2));
            if (c.focused("answer-" + std::to_string(i))) focus_ring(dl, t, bmin, bmax, t.s(16));
            float grow = h.held ? 0.92f : (h.hovered ? 1.06f : 1.0f);
            if (pulse && !c.in.reduced_motion) {
                grow = 1.0f + 0.15f * std::sin(static_cast<float>((c.in.now - c.in.answered_at) / 0.35) * 3.14159f);
                c.out.animating = true;
            }
            emoji_face(dl, ImVec2(cx, yy + t.s(10) + r), r * grow, faces[i], 0);
            ImVec2 ls = text_size(t.fonts.body_bold, labels[i]);
            dl->AddText(t.fonts.body_bold, t.fonts.body_bold->FontSize, ImVec2(cx - ls.x * 0.5f, yy + t.s(20) + r * 2), c.p.text,
                        labels[i].data(), labels[i].data() + labels[i].size());
            std::string key = std::to_string(i + 1);
            ImVec2 ks = text_size(t.fonts.small, key);
            dl->AddText(t.fonts.small, t.fonts.small->FontSize, ImVec2(cx - ks.x * 0.5f, yy + t.s(22) + r * 2 + ls.y), c.p.text_muted,
                        key.c_str());
            if (h.hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
            if (h.clicked) c.out.actions.push_back({SkillsometerAction::answer, i});
        }
        yy += r * 2 + t.s(60);
    } else {
        float bh = t.s(48);
        for (int i = 0; i < points; ++i) {
            std::string id = "##likert" + std::to_string(i);
            ImVec2 bmin(x0 + pad, yy), bmax(x1 - pad, yy + bh);
            Hit h = button(t, id.c_str(), bmin, bmax, txt::kLikert[i], current == i ? ButtonStyle::primary : ButtonStyle::secondary,
                           c.focused("answer-" + std::to_string(i)));
            if (h.clicked) c.out.actions.push_back({SkillsometerAction::answer, i});
            yy += bh + t.s(8);
        }
    }
    // Back.
    float bw = t.s(110);
    Hit back = button(t, "##back", ImVec2(x0 + pad, yy), ImVec2(x0 + pad + bw, yy + t.s(44)), txt::kBack, ButtonStyle::ghost,
                      c.focused("back"), Icon::back, true);
    if (back.clicked) c.out.actions.push_back({SkillsometerAction::back, 0});
    const RiasecText& rt = kRiasecText[item.type];
    std::string type_line = std::string(rt.name) + ": " + std::string(rt.short_words);
    ImVec2 ts = text_size(t.fonts.small, type_line);
    if (ts.x < w - bw - 3 * pad)
        dl->AddText(t.fonts.small, t.fonts.small->FontSize, ImVec2(x1 - pad - ts.x, yy + t.s(12)), c.p.text_muted, type_line.c_str());
    yy += t.s(44) + pad;
    return yy - y;
}

float results(Ctx& c, ImDrawList* dl, float x0, float x1, float y, bool narrow) {
    const Theme& t = c.t;
    const SkillsometerState& st = c.in.state;
    const Bundle& b = st.bundle();
    const Profile& prof = st.profile();
    float pad = t.s(20), w = x1 - x0;
    float yy = y + pad;
    yy += wrapped_text(dl, t.fonts.heading, ImVec2(x0 + pad, yy), w - 2 * pad, c.p.text, txt::kYourProfile) + t.s(12);
    // Hexagon and top types side by side (stacked on phones).
    float r = narrow ? std::min(w * 0.28f, t.s(90)) : t.s(96);
    std::array<float, 6> v{};
    for (std::size_t i = 0; i < 6; ++i) v[i] = static_cast<float>(prof.normalised[i]);
    ImVec2 hc(narrow ? (x0 + x1) * 0.5f : x0 + pad + r + t.s(22), yy + r + t.s(20));
    hexagon_chart(dl, t, hc, r, v, c.p.accent, true, t.fonts.body_bold);
    float tx = narrow ? x0 + pad : hc.x + r + t.s(40);
    float ty = narrow ? hc.y + r + t.s(34) : yy;
    float tw = x1 - pad - tx;
    if (!prof.code.empty()) {
        for (char letter : prof.code) {
            int type = *riasec_from_letter(letter);
            const RiasecText& rt = kRiasecText[type];
            std::string head = std::string(rt.name) + " \xE2\x80\x93 " + std::string(rt.nickname);
            ty += wrapped_text(dl, t.fonts.body_bold, ImVec2(tx, ty), tw, c.p.text, head) + t.s(2);
            ty += wrapped_text(dl, t.fonts.small, ImVec2(tx, ty), tw, c.p.text_muted, rt.description) + t.s(10);
        }
    }
    yy = std::max(hc.y + r + t.s(30), ty) + t.s(6);
    if (!st.matches().message.empty()) {
        float mh = text_size(t.fonts.small, st.matches().message, w - 2 * pad - t.s(24)).y + t.s(20);
        dl->AddRectFilled(ImVec2(x0 + pad, yy), ImVec2(x1 - pad, yy + mh), with_alpha(c.p.warn, 0.12f), t.s(10));
        wrapped_text(dl, t.fonts.small, ImVec2(x0 + pad + t.s(12), yy + t.s(10)), w - 2 * pad - t.s(24), c.p.text, st.matches().message);
        yy += mh + t.s(14);
    }

    // Level filter chips.
    yy += wrapped_text(dl, t.fonts.heading, ImVec2(x0 + pad, yy), w - 2 * pad, c.p.text, txt::kYourJobs) + t.s(10);
    yy += wrapped_text(dl, t.fonts.small_bold, ImVec2(x0 + pad, yy), w - 2 * pad, c.p.text_muted, txt::kStudy) + t.s(8);
    {
        float cx = x0 + pad, ch = t.s(38);
        for (int level = 0; level <= st.level_count(); ++level) {
            std::string label = level == 0 ? std::string(txt::kAnyLevel) : "Up to level " + std::to_string(level);
            float cw = text_size(t.fonts.small_bold, label).x + t.s(28);
            if (cx + cw > x1 - pad) {
                cx = x0 + pad;
                yy += ch + t.s(8);
            }
            bool on = level == 0 ? !st.max_level() : st.max_level() == level;
            std::string id = "##level" + std::to_string(level);
            Hit h = hit_area(id.c_str(), ImVec2(cx, yy), ImVec2(cx + cw, yy + ch));
            dl->AddRectFilled(ImVec2(cx, yy), ImVec2(cx + cw, yy + ch), on ? c.p.accent : (h.hovered ? c.p.accent_soft : c.p.surface), ch * 0.5f);
            dl->AddRect(ImVec2(cx, yy), ImVec2(cx + cw, yy + ch), on ? c.p.accent : c.p.border, ch * 0.5f, 0, t.s(1.5f));
            if (c.focused("level-" + std::to_string(level))) focus_ring(dl, t, ImVec2(cx, yy), ImVec2(cx + cw, yy + ch), ch * 0.5f);
            dl->AddText(t.fonts.small_bold, t.fonts.small_bold->FontSize, ImVec2(cx + t.s(14), yy + (ch - t.fonts.small_bold->FontSize) * 0.5f),
                        on ? c.p.accent_text : c.p.text, label.c_str());
            if (h.clicked) c.out.actions.push_back({SkillsometerAction::set_level, level});
            cx += cw + t.s(8);
        }
        yy += ch + t.s(16);
    }

    // Matches.
    const auto& ms = st.matches().matches;
    for (std::size_t i = 0; i < ms.size(); ++i) {
        const Match& m = ms[i];
        const Occupation& occ = b.occupations[m.occupation];
        bool open = st.expanded() == i;
        float cx0 = x0 + pad, cx1 = x1 - pad, cw = cx1 - cx0;
        float ip = t.s(14);
        float title_w = cw - 2 * ip - t.s(90);
        float th = text_size(t.fonts.body_bold, occ.title, title_w).y;
        std::string pay = occ.pay_annual.median ? money_rounded(*occ.pay_annual.median, b.region) + " a year" : "Pay not published";
        std::string hours_text = occ.hours_weekly.median ? ometer::hours(*occ.hours_weekly.median) + " a week" : "";
        std::string facts = hours_text.empty() ? pay : pay + "  \xC2\xB7  " + hours_text;
        float h = ip + th + t.s(6) + t.fonts.small->FontSize + t.s(4) + text_size(t.fonts.small, m.reason, cw - 2 * ip).y + ip;
        float detail_h = 0;
        if (open) {
            detail_h = t.s(10) + text_size(t.fonts.small, occ.description, cw - 2 * ip).y + t.s(10);
            for (std::size_t k = 0; k < occ.tasks.size() && k < 4; ++k) detail_h += text_size(t.fonts.small, occ.tasks[k], cw - 2 * ip - t.s(16)).y + t.s(4);
            if (!occ.entry_routes.empty()) detail_h += t.s(10) + text_size(t.fonts.small, occ.entry_routes, cw - 2 * ip).y;
        }
        ImVec2 min(cx0, yy), max(cx1, yy + h + detail_h);
        std::string id = "##match" + std::to_string(i);
        Hit hit = hit_area(id.c_str(), min, ImVec2(max.x, yy + h));
        card(dl, t, min, max, hit.hovered ? mix(c.p.surface, c.p.accent_soft, 0.5f) : c.p.surface, t.s(14));
        if (c.focused("match-" + std::to_string(i))) focus_ring(dl, t, min, max, t.s(14));
        dl->AddText(t.fonts.body_bold, t.fonts.body_bold->FontSize, ImVec2(cx0 + ip, yy + ip), c.p.text, occ.title.c_str(), nullptr, title_w);
        // Fit badge.
        std::string fit = std::string(fit_name(m.fit)) + (m.fit == Fit::fair ? "" : " fit");
        ImVec2 fs = text_size(t.fonts.small_bold, fit);
        ImU32 badge = m.fit == Fit::best ? c.p.good : m.fit == Fit::great ? c.p.accent : c.p.text_muted;
        ImVec2 bmax(cx1 - ip, yy + ip + fs.y + t.s(6)), bmin(bmax.x - fs.x - t.s(16), yy + ip);
        dl->AddRectFilled(bmin, bmax, with_alpha(badge, 0.14f), t.s(12));
        dl->AddText(t.fonts.small_bold, t.fonts.small_bold->FontSize, ImVec2(bmin.x + t.s(8), bmin.y + t.s(3)), badge, fit.c_str());
        float fy = yy + ip + th + t.s(6);
        dl->AddText(t.fonts.small_bold, t.fonts.small_bold->FontSize, ImVec2(cx0 + ip, fy), c.p.text, facts.c_str());
        fy += t.fonts.small->FontSize + t.s(4);
        wrapped_text(dl, t.fonts.small, ImVec2(cx0 + ip, fy), cw - 2 * ip, c.p.text_muted, m.reason);
        if (open) {
            float dy = yy + h + t.s(4);
            dy += wrapped_text(dl, t.fonts.small, ImVec2(cx0 + ip, dy), cw - 2 * ip, c.p.text, occ.description) + t.s(10);
            for (std::size_t k = 0; k < occ.tasks.size() && k < 4; ++k) {
                dl->AddCircleFilled(ImVec2(cx0 + ip + t.s(4), dy + t.fonts.small->FontSize * 0.55f), t.s(2.5f), c.p.accent);
                dy += wrapped_text(dl, t.fonts.small, ImVec2(cx0 + ip + t.s(16), dy), cw - 2 * ip - t.s(16), c.p.text, occ.tasks[k]) + t.s(4);
            }
            if (!occ.entry_routes.empty())
                wrapped_text(dl, t.fonts.small, ImVec2(cx0 + ip, dy + t.s(10)), cw - 2 * ip, c.p.text_muted, occ.entry_routes);
        }
        if (hit.hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (hit.clicked) c.out.actions.push_back({SkillsometerAction::toggle_match, static_cast<int>(i)});
        yy = max.y + t.s(10);
    }
    yy += t.s(8);
    // Compare and restart.
    float bw = narrow ? w - 2 * pad : (w - 2 * pad - t.s(12)) * 0.5f;
    ImVec2 a0(x0 + pad, yy), a1(a0.x + bw, yy + t.s(50));
    if (!ms.empty()) {
        Hit cmp = button(t, "##compare", a0, a1, txt::kCompare, ButtonStyle::primary, c.focused("compare"));
        if (cmp.clicked) c.out.actions.push_back({SkillsometerAction::compare, 0});
    }
    ImVec2 r0 = narrow ? ImVec2(x0 + pad, yy + t.s(62)) : ImVec2(a1.x + t.s(12), yy);
    Hit rs = button(t, "##restart", r0, ImVec2(r0.x + bw, r0.y + t.s(50)), txt::kRestart, ButtonStyle::secondary,
                    c.focused("restart"), Icon::refresh, true);
    if (rs.clicked) c.out.actions.push_back({SkillsometerAction::restart, 0});
    yy = r0.y + t.s(50) + pad;
    return yy - y;
}

}  // namespace

SkillsometerView draw_skillsometer(const SkillsometerViewInput& in) {
    SkillsometerView out;
    const Theme& t = in.theme;
    Ctx c{in, t, t.colours, out};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float W = ImGui::GetContentRegionAvail().x;
    const bool narrow = W < t.s(560);
    const float M = t.s(narrow ? 12 : 20);
    const float x0 = origin.x + M, x1 = origin.x + W - M;
    float y = origin.y + M;
    // Header: the name with three small faces as the logo.
    emoji_face(dl, ImVec2(x0 + t.s(14), y + t.s(16)), t.s(14), Face::love, 0);
    dl->AddText(t.fonts.heading, t.fonts.heading->FontSize, ImVec2(x0 + t.s(38), y + t.s(3)), c.p.text, txt::kTitle.data(),
                txt::kTitle.data() + txt::kTitle.size());
    y += t.s(44);
    if (!in.error.empty()) {
        y += wrapped_text(dl, t.fonts.body, ImVec2(x0, y), x1 - x0, c.p.warn, in.error) + t.s(16);
    } else if (!in.state.ready()) {
        y += wrapped_text(dl, t.fonts.body, ImVec2(x0, y), x1 - x0, c.p.text_muted, txt::kLoading) + t.s(16);
    } else {
        ImDrawListSplitter split;
        split.Split(dl, 2);
        split.SetCurrentChannel(dl, 1);
        float h = 0;
        switch (in.state.stage()) {
            case QuizStage::welcome: h = welcome(c, dl, x0, x1, y); break;
            case QuizStage::questions: h = question(c, dl, x0, x1, y); break;
            case QuizStage::results: h = results(c, dl, x0, x1, y, narrow); break;
        }
        split.SetCurrentChannel(dl, 0);
        if (in.state.stage() != QuizStage::results) card(dl, t, ImVec2(x0, y), ImVec2(x1, y + h), c.p.surface, t.s(18));
        split.Merge(dl);
        y += h + t.s(14);
        const Bundle& b = in.state.bundle();
        std::string credit = "Statements from the O*NET Interest Profiler (USDOL/ETA, CC BY 4.0). Pay and hours: " +
                             std::string(b.region == Region::uk ? "ONS ASHE 2024" : "BLS OEWS May 2024") +
                             ". Job interests: O*NET 29.3" + (b.region == Region::uk ? " mapped to UK jobs." : ".") +
                             " Data version " + b.data_version + ".";
        y += wrapped_text(dl, t.fonts.small, ImVec2(x0, y), x1 - x0, c.p.text_muted, credit);
    }
    out.content_height = y + M - origin.y;
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + out.content_height - 1));
    ImGui::Dummy(ImVec2(1, 1));
    return out;
}

}  // namespace ometer::widgets
