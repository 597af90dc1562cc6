// Careerometer view; see view.hpp. Layout: header, search box (the page's own text input sits on top of
// it), a live drop-down drawn above everything, then three card slots side by side on wide screens and
// stacked on phones, then the sources footer. Cards on one row share a height and a pay scale.
#include "widgets/careerometer/view.hpp"

#include <algorithm>
#include <cmath>

#include "core/format.hpp"
#include "widgets/careerometer/strings.hpp"
#include "widgets/common/draw.hpp"
#include "widgets/common/riasec_text.hpp"

namespace ometer::widgets {

namespace txt = careerometer_text;

namespace {

struct Ctx {
    const CareerometerViewInput& in;
    const Theme& t;
    const Palette& p;
    const CareerometerState& st;
    Region region;
    CareerometerView& out;
    bool focused(const std::string& id) const { return in.focus_id == id; }
};

ImU32 text_on(const Theme& t, ImU32 fill) {
    ImU32 light = t.kind == ThemeKind::light ? IM_COL32_WHITE : t.colours.surface;
    ImU32 dark = t.kind == ThemeKind::light ? t.colours.text : IM_COL32_BLACK;
    return contrast_ratio(fill, IM_COL32_WHITE) >= 4.5f ? (t.kind == ThemeKind::light ? IM_COL32_WHITE : light) : dark;
}

std::string money_text(double v, Region r, bool rounded = true) { return rounded ? money_rounded(v, r) : money(v, r); }

// A label on the left and a value (with an optional second line) on the right; returns the height.
float fact_row(Ctx& c, ImDrawList* dl, float x, float y, float w, std::string_view label, const std::string& value,
               const std::string& sub, ImU32 value_colour) {
    const Theme& t = c.t;
    float label_w = std::min(w * 0.45f, t.s(150));
    float lh = wrapped_text(dl, t.fonts.small, ImVec2(x, y + t.s(1)), label_w, c.p.text_muted, label);
    ImVec2 vs = text_size(t.fonts.body_bold, value, w - label_w - t.s(8));
    wrapped_text(dl, t.fonts.body_bold, ImVec2(x + w - vs.x, y), w - label_w - t.s(8), value_colour, value);
    float h = std::max(lh, vs.y);
    if (!sub.empty()) {
        ImVec2 ss = text_size(t.fonts.small, sub, w - t.s(20));
        float sx = x + w - std::min(ss.x, w - t.s(20));
        h += t.s(2) + wrapped_text(dl, t.fonts.small, ImVec2(sx, y + h + t.s(2)), w - t.s(20), c.p.text_muted, sub);
    }
    return h;
}

void divider(Ctx& c, ImDrawList* dl, float x0, float x1, float y) {
    dl->AddLine(ImVec2(x0, y), ImVec2(x1, y), with_alpha(c.p.border, 0.8f), c.t.s(1));
}

// Pay section: label, dial on the shared scale, the headline figure on its basis, vs average, reliability.
float pay_section(Ctx& c, ImDrawList* dl, std::size_t slot, float x, float y, float w, double scale_max) {
    const Theme& t = c.t;
    const auto& card = *c.st.cards()[slot];
    const PayHeadline& pay = card.pay;
    float yy = y;
    yy += wrapped_text(dl, t.fonts.small_bold, ImVec2(x, yy), w, c.p.text_muted, txt::kPay) + t.s(6);
    if (!pay.value) {
        yy += wrapped_text(dl, t.fonts.heading, ImVec2(x, yy), w, c.p.text_muted, txt::kNotPublished) + t.s(4);
        return yy - y;
    }
    const bool hourly = pay.basis == PayBasis::hourly;
    const double value = *pay.value;
    float radius = std::min(w * 0.34f, t.s(78));
    ImVec2 centre(x + w * 0.5f, yy + radius + t.s(4));
    if (!hourly)
        gauge(dl, t, centre, radius, static_cast<float>(value / scale_max),
              pay.average ? static_cast<float>(*pay.average / scale_max) : 0.0f, c.p.card[slot]);
    yy = hourly ? yy : centre.y + t.s(12);
    std::string headline = (hourly ? money_cents(value, c.region) : money_text(value, c.region)) + (pay.value_or_more ? "+" : "");
    std::string_view per = hourly ? txt::kAnHour : txt::kAYear;
    ImVec2 hs = text_size(t.fonts.big, headline);
    ImVec2 us = text_size(t.fonts.small, per);
    float hx = x + (w - hs.x - us.x - t.s(6)) * 0.5f;
    dl->AddText(t.fonts.big, t.fonts.big->FontSize, ImVec2(hx, yy), c.p.text, headline.c_str());
    dl->AddText(t.fonts.small, t.fonts.small->FontSize, ImVec2(hx + hs.x + t.s(6), yy + hs.y - us.y - t.s(3)), c.p.text_muted,
                per.data(), per.data() + per.size());
    yy += hs.y + t.s(8);
    if (pay.vs_average && pay.average) {
        std::string phrase = ratio_phrase(*pay.vs_average);
        std::string line = phrase == "about the same" ? "About the same as the " : phrase + " than the ";
        line += std::string(c.region == Region::uk ? "UK" : "US") + " average (" +
                (hourly ? money_cents(*pay.average, c.region) : money_text(*pay.average, c.region)) + ")";
        line[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(line[0])));
        yy += wrapped_text(dl, t.fonts.small_bold, ImVec2(x, yy), w, c.p.text_muted, line) + t.s(4);
    }
    if (pay.reliability == Reliability::acceptable || pay.reliability == Reliability::unreliable) {
        std::string note = std::string(txt::kLessPrecise) + " (few survey answers)";
        yy += wrapped_text(dl, t.fonts.small, ImVec2(x, yy), w, c.p.warn, note) + t.s(4);
    }
    return yy - y;
}

float facts_section(Ctx& c, ImDrawList* dl, std::size_t slot, float x, float y, float w) {
    const Theme& t = c.t;
    const auto& card = *c.st.cards()[slot];
    const Occupation& occ = c.st.bundle().occupations[card.occupation];
    const Bundle& b = c.st.bundle();
    float yy = y;
    auto gap = [&] { yy += t.s(12); };
    if (c.region == Region::uk) {
        std::string hours = card.hours_weekly.value ? ometer::hours(*card.hours_weekly.value) + " " + std::string(txt::kAWeek)
                                                    : std::string(txt::kNotPublished);
        std::string sub;
        if (card.hours_vs_average && b.averages.hours_weekly.median) {
            double d = *card.hours_vs_average;
            sub = std::fabs(d) < 0.5 ? "About the UK average" : ometer::hours(std::fabs(d)) + (d > 0 ? " more" : " fewer") + " than average";
        }
        yy += fact_row(c, dl, x, yy, w, txt::kHours, hours, sub, card.hours_weekly.value ? c.p.text : c.p.text_muted);
        gap();
        yy += fact_row(c, dl, x, yy, w, "Jobs in the UK", card.jobs.value ? count(*card.jobs.value) : std::string(txt::kNotPublished), "",
                       card.jobs.value ? c.p.text : c.p.text_muted);
        gap();
        if (occ.skill_level) {
            std::string lvl = "Level " + std::to_string(*occ.skill_level) + " of 4";
            yy += fact_row(c, dl, x, yy, w, txt::kSkill, lvl, std::string(txt::kSkillLevel[*occ.skill_level]), c.p.text);
        }
    } else {
        yy += fact_row(c, dl, x, yy, w, "Jobs in the US", card.jobs.value ? count(*card.jobs.value) : std::string(txt::kNotPublished), "",
                       card.jobs.value ? c.p.text : c.p.text_muted);
        gap();
        std::string growth = card.growth_pct.value ? signed_percent(*card.growth_pct.value) : std::string(txt::kNotPublished);
        (void)occ;
        yy += fact_row(c, dl, x, yy, w, "Projected growth, 2024\xE2\x80\x93" "34", growth, "", card.growth_pct.value ? c.p.text : c.p.text_muted);
        gap();
        if (card.openings_per_year.value) {
            yy += fact_row(c, dl, x, yy, w, "Openings a year", count(std::round(*card.openings_per_year.value / 100) * 100), "", c.p.text);
            gap();
        }
        if (occ.job_zone) {
            std::string zone = "Job Zone " + std::to_string(*occ.job_zone) + " of 5";
            yy += fact_row(c, dl, x, yy, w, txt::kSkill, zone, std::string(txt::kJobZone[*occ.job_zone]), c.p.text);
        }
        if (occ.outlook.bright_outlook) {
            gap();
            ImVec2 ts = text_size(t.fonts.small_bold, txt::kBrightOutlook);
            ImVec2 bmin(x, yy), bmax(x + ts.x + t.s(34), yy + ts.y + t.s(10));
            dl->AddRectFilled(bmin, bmax, with_alpha(c.p.good, 0.15f), t.s(20));
            icon(dl, Icon::check, ImVec2(bmin.x + t.s(14), (bmin.y + bmax.y) * 0.5f), t.s(12), c.p.good, t.s(2));
            dl->AddText(t.fonts.small_bold, t.fonts.small_bold->FontSize, ImVec2(bmin.x + t.s(26), bmin.y + t.s(5)), c.p.good,
                        txt::kBrightOutlook.data(), txt::kBrightOutlook.data() + txt::kBrightOutlook.size());
            yy = bmax.y;
        }
    }
    return yy - y;
}

float interests_section(Ctx& c, ImDrawList* dl, std::size_t slot, float x, float y, float w) {
    const Theme& t = c.t;
    const Occupation& occ = c.st.bundle().occupations[c.st.cards()[slot]->occupation];
    if (!occ.interests) return 0;
    float yy = y;
    yy += wrapped_text(dl, t.fonts.small_bold, ImVec2(x, yy), w, c.p.text_muted, txt::kInterests) + t.s(8);
    float r = t.s(34);
    std::array<float, 6> v{};
    for (std::size_t i = 0; i < 6; ++i) v[i] = static_cast<float>((occ.interests->scores[i] - 1.0) / 6.0);
    ImVec2 centre(x + r + t.s(14), yy + r + t.s(12));
    hexagon_chart(dl, t, centre, r, v, c.p.card[slot], true, t.fonts.small);
    float tx = centre.x + r + t.s(26), tw = x + w - tx;
    float ty = yy + t.s(2);
    for (int type : c.st.cards()[slot]->top_types) {
        const RiasecText& rt = kRiasecText[type];
        ty += wrapped_text(dl, t.fonts.small_bold, ImVec2(tx, ty), tw, c.p.text, rt.short_words) + t.s(2);
        ty += wrapped_text(dl, t.fonts.small, ImVec2(tx, ty), tw, c.p.text_muted, rt.name) + t.s(6);
    }
    return std::max(centre.y + r + t.s(14), ty) - y;
}

float details_section(Ctx& c, ImDrawList* dl, std::size_t slot, float x, float y, float w, bool interactive) {
    const Theme& t = c.t;
    const Occupation& occ = c.st.bundle().occupations[c.st.cards()[slot]->occupation];
    bool open = c.st.details_open(slot);
    float yy = y;
    float bh = t.s(44);
    std::string id = "card-" + std::to_string(slot) + "-details";
    if (interactive) {
        ImGui::PushID(static_cast<int>(slot));
        Hit h = button(t, "##details", ImVec2(x, yy), ImVec2(x + w, yy + bh), open ? txt::kLess : txt::kMore, ButtonStyle::secondary,
                       c.focused(id), open ? Icon::chevron_up : Icon::chevron_down, true);
        if (h.clicked) c.out.actions.push_back({CareerometerAction::toggle_details, static_cast<int>(slot)});
        c.out.targets.emplace_back(id, ImVec4(x, yy, w, bh));
        ImGui::PopID();
    }
    yy += bh;
    if (!open) return yy - y;
    yy += t.s(14);
    yy += wrapped_text(dl, t.fonts.small, ImVec2(x, yy), w, c.p.text, occ.description) + t.s(12);
    if (!occ.tasks.empty()) {
        yy += wrapped_text(dl, t.fonts.small_bold, ImVec2(x, yy), w, c.p.text, txt::kTasks) + t.s(6);
        for (std::size_t i = 0; i < occ.tasks.size() && i < 6; ++i) {
            std::string task = occ.tasks[i];
            if (!task.empty()) task[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(task[0])));
            dl->AddCircleFilled(ImVec2(x + t.s(5), yy + t.fonts.small->FontSize * 0.55f), t.s(2.5f), c.p.card[slot]);
            yy += wrapped_text(dl, t.fonts.small, ImVec2(x + t.s(16), yy), w - t.s(16), c.p.text, task) + t.s(5);
        }
        yy += t.s(8);
    }
    std::string entry = occ.entry_routes.empty() ? occ.education : occ.entry_routes;
    if (!entry.empty()) {
        yy += wrapped_text(dl, t.fonts.small_bold, ImVec2(x, yy), w, c.p.text, txt::kEntry) + t.s(6);
        yy += wrapped_text(dl, t.fonts.small, ImVec2(x, yy), w, c.p.text, entry);
    }
    return yy - y;
}

// Height of a card's coloured header band: padding, the wrapped title, the code line.
float band_height(Ctx& c, std::size_t slot, float w) {
    const Theme& t = c.t;
    const Occupation& occ = c.st.bundle().occupations[c.st.cards()[slot]->occupation];
    const float pad = t.s(16), title_w = w - 2 * pad - t.s(17) * 2 - t.s(8);
    return pad + text_size(t.fonts.heading, occ.title, title_w).y + t.s(4) + t.fonts.small->FontSize + pad;
}

// One filled card; with `interactive` false it only measures (drawing into a scratch list). `band_h` is
// shared by the cards of a row so their sections line up.
float filled_card(Ctx& c, ImDrawList* dl, std::size_t slot, ImVec2 pos, float w, float h, float band_h, double scale_max,
                  bool interactive) {
    const Theme& t = c.t;
    const Occupation& occ = c.st.bundle().occupations[c.st.cards()[slot]->occupation];
    const float pad = t.s(16), rounding = t.s(16);
    const ImU32 col = c.p.card[slot], on = text_on(t, col);
    if (interactive) card(dl, t, pos, ImVec2(pos.x + w, pos.y + h), c.p.surface, rounding);
    float ix = pos.x + pad, iw = w - 2 * pad;
    // Header band in the card's colour: title, code, close button, "Highest pay" badge.
    float close_r = t.s(17);
    float title_w = iw - close_r * 2 - t.s(8);
    std::string code_line = (c.region == Region::uk ? "SOC 2020 \xC2\xB7 " : "O*NET \xC2\xB7 ") + occ.code;
    bool highest = c.st.comparison() && c.st.comparison()->highest_paid && c.st.filled() >= 2 &&
                   c.st.comparison()->items[*c.st.comparison()->highest_paid].occupation == c.st.cards()[slot]->occupation;
    if (interactive) {
        dl->AddRectFilled(pos, ImVec2(pos.x + w, pos.y + band_h), col, rounding, ImDrawFlags_RoundCornersTop);
        wrapped_text(dl, t.fonts.heading, ImVec2(ix, pos.y + pad), title_w, on, occ.title);
        dl->AddText(t.fonts.small, t.fonts.small->FontSize, ImVec2(ix, pos.y + band_h - pad - t.fonts.small->FontSize), with_alpha(on, 0.9f),
                    code_line.c_str());
        if (highest) {
            ImVec2 ts = text_size(t.fonts.small_bold, txt::kHighest);
            ImVec2 bmax(pos.x + w - pad, pos.y + band_h - t.s(10));
            ImVec2 bmin(bmax.x - ts.x - t.s(18), bmax.y - ts.y - t.s(6));
            dl->AddRectFilled(bmin, bmax, c.p.surface, t.s(14));
            dl->AddText(t.fonts.small_bold, t.fonts.small_bold->FontSize, ImVec2(bmin.x + t.s(9), bmin.y + t.s(3)),
                        t.kind == ThemeKind::light ? col : c.p.text, txt::kHighest.data(), txt::kHighest.data() + txt::kHighest.size());
        }
        ImVec2 cc(pos.x + w - pad - close_r + t.s(4), pos.y + pad + close_r - t.s(4));
        ImGui::PushID(static_cast<int>(slot));
        Hit hit = hit_area("##remove", ImVec2(cc.x - close_r, cc.y - close_r), ImVec2(cc.x + close_r, cc.y + close_r));
        ImGui::PopID();
        if (hit.hovered || hit.held) dl->AddCircleFilled(cc, close_r, with_alpha(on, 0.2f), 24);
        if (hit.hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        icon(dl, Icon::close, cc, t.s(14), on, t.s(2.4f));
        if (c.focused("card-" + std::to_string(slot) + "-remove")) {
            dl->AddCircle(cc, close_r + t.s(3), c.p.focus, 24, t.s(3));
        }
        if (hit.clicked) c.out.actions.push_back({CareerometerAction::remove, static_cast<int>(slot)});
        c.out.targets.emplace_back("card-" + std::to_string(slot) + "-remove", ImVec4(cc.x - close_r, cc.y - close_r, 2 * close_r, 2 * close_r));
    }
    float y = pos.y + band_h + pad;
    y += pay_section(c, dl, slot, ix, y, iw, scale_max) + t.s(16);
    divider(c, dl, ix, ix + iw, y);
    y += t.s(14);
    y += facts_section(c, dl, slot, ix, y, iw) + t.s(16);
    divider(c, dl, ix, ix + iw, y);
    y += t.s(14);
    y += interests_section(c, dl, slot, ix, y, iw) + t.s(10);
    y += details_section(c, dl, slot, ix, y, iw, interactive);
    return y + pad - pos.y;
}

void empty_card(Ctx& c, ImDrawList* dl, std::size_t slot, ImVec2 pos, float w, float h) {
    const Theme& t = c.t;
    bool target = c.st.target_slot() == slot;
    ImVec2 max(pos.x + w, pos.y + h);
    ImGui::PushID(static_cast<int>(slot));
    Hit hit = hit_area("##add", pos, max);
    ImGui::PopID();
    ImU32 line = target ? c.p.accent : c.p.border;
    if (hit.hovered) dl->AddRectFilled(pos, max, with_alpha(c.p.accent_soft, 0.6f), t.s(16));
    dashed_rect(dl, pos, max, t.s(16), line, t.s(2), t.s(9));
    if (c.focused("slot-" + std::to_string(slot) + "-add")) focus_ring(dl, t, pos, max, t.s(16));
    ImVec2 centre(pos.x + w * 0.5f, pos.y + std::min(h * 0.42f, t.s(90)));
    float r = t.s(24);
    dl->AddCircleFilled(centre, r, target ? c.p.accent : c.p.surface_alt, 32);
    icon(dl, Icon::plus, centre, t.s(20), target ? c.p.accent_text : c.p.text_muted, t.s(3));
    float ty = centre.y + r + t.s(12);
    std::string_view title = txt::kAddJob;
    ImVec2 ts = text_size(t.fonts.body_bold, title);
    dl->AddText(t.fonts.body_bold, t.fonts.body_bold->FontSize, ImVec2(pos.x + (w - ts.x) * 0.5f, ty), c.p.text, title.data(),
                title.data() + title.size());
    ty += ts.y + t.s(4);
    std::string_view hint = c.st.target_slot() ? txt::kAddHint : txt::kFullHint;
    ImVec2 hs = text_size(t.fonts.small, hint, w - t.s(32));
    wrapped_text(dl, t.fonts.small, ImVec2(pos.x + std::max(t.s(16), (w - hs.x) * 0.5f), ty), w - t.s(32), c.p.text_muted, hint);
    if (hit.hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    if (hit.clicked) c.out.actions.push_back({CareerometerAction::focus_search, static_cast<int>(slot)});
    c.out.targets.emplace_back("slot-" + std::to_string(slot) + "-add", ImVec4(pos.x, pos.y, w, h));
}

float dropdown(Ctx& c, ImDrawList* dl, float x0, float x1, float y) {
    const Theme& t = c.t;
    const auto& results = c.st.results();
    const float row_h = t.s(60), pad = t.s(6);
    ImVec2 min(x0, y + t.s(6)), max(x1, y + t.s(6) + pad * 2 + row_h * static_cast<float>(results.size()));
    card(dl, t, min, max, c.p.surface, t.s(14));
    for (std::size_t i = 0; i < results.size(); ++i) {
        const SearchHit& h = results[i];
        const Occupation& occ = c.st.bundle().occupations[h.occupation];
        ImVec2 rmin(min.x + pad, min.y + pad + row_h * static_cast<float>(i)), rmax(max.x - pad, rmin.y + row_h);
        ImGui::PushID(static_cast<int>(i));
        Hit hit = hit_area("##result", rmin, rmax);
        ImGui::PopID();
        if (hit.hovered && ImGui::GetIO().MouseDelta.x * ImGui::GetIO().MouseDelta.x + ImGui::GetIO().MouseDelta.y * ImGui::GetIO().MouseDelta.y > 0 &&
            c.st.highlighted() != static_cast<int>(i))
            c.out.actions.push_back({CareerometerAction::highlight, static_cast<int>(i)});
        if (hit.clicked) c.out.actions.push_back({CareerometerAction::choose, static_cast<int>(i)});
        c.out.targets.emplace_back("result-" + std::to_string(i), ImVec4(rmin.x, rmin.y, rmax.x - rmin.x, rmax.y - rmin.y));
        if (hit.hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        bool on = c.st.highlighted() == static_cast<int>(i);
        if (on) dl->AddRectFilled(rmin, rmax, c.p.accent_soft, t.s(10));
        float tx = rmin.x + t.s(12), tw = rmax.x - tx - t.s(12);
        std::string pay = occ.pay_annual.median ? money_rounded(*occ.pay_annual.median, c.region) : std::string();
        float pay_w = pay.empty() ? 0 : text_size(t.fonts.small_bold, pay).x + t.s(12);
        highlighted_text(dl, t.fonts.body, t.fonts.body_bold, ImVec2(tx, rmin.y + t.s(8)), c.p.text,
                         t.kind == ThemeKind::light ? mix(c.p.accent, c.p.text, 0.2f) : c.p.accent, h.title, h.highlights, tw - pay_w);
        std::string sub = occ.title == h.title ? (c.region == Region::uk ? "SOC 2020 " : "O*NET ") + occ.code : occ.title;
        dl->AddText(t.fonts.small, t.fonts.small->FontSize, ImVec2(tx, rmin.y + t.s(33)), c.p.text_muted,
                    fit_text(t.fonts.small, sub, tw - pay_w).c_str());
        if (!pay.empty()) {
            ImVec2 ps = text_size(t.fonts.small_bold, pay);
            dl->AddText(t.fonts.small_bold, t.fonts.small_bold->FontSize, ImVec2(rmax.x - t.s(12) - ps.x, rmin.y + t.s(10)), c.p.text, pay.c_str());
            std::string_view per = txt::kAYear;
            ImVec2 ys = text_size(t.fonts.small, per);
            dl->AddText(t.fonts.small, t.fonts.small->FontSize, ImVec2(rmax.x - t.s(12) - ys.x, rmin.y + t.s(33)), c.p.text_muted,
                        per.data(), per.data() + per.size());
        }
    }
    return max.y - y;
}

float footer(Ctx& c, ImDrawList* dl, float x0, float x1, float y) {
    const Theme& t = c.t;
    const Bundle& b = c.st.bundle();
    float w = x1 - x0, yy = y;
    std::string sources = "Sources: ";
    for (std::size_t i = 0; i < b.sources.size(); ++i) {
        if (b.sources[i].id.rfind("ashe-20", 0) == 0 && b.sources[i].id != b.field_sources.at("pay")) continue;
        if (sources.size() > 9) sources += "; ";
        sources += b.sources[i].name;
    }
    sources += ". Data version " + b.data_version + ".";
    yy += wrapped_text(dl, t.fonts.small, ImVec2(x0, yy), w, c.p.text_muted, sources) + t.s(10);
    if (c.st.about_open) {
        float pad = t.s(16);
        // Measure, then draw the panel behind the text.
        float th = text_size(t.fonts.small, txt::kAboutText, w - 2 * pad).y + t.s(12);
        for (const auto& s : b.sources) th += text_size(t.fonts.small, s.credit, w - 2 * pad).y + t.s(8);
        th += t.s(60);
        card(dl, t, ImVec2(x0, yy), ImVec2(x1, yy + th + 2 * pad), c.p.surface, t.s(14));
        float ty = yy + pad;
        ty += wrapped_text(dl, t.fonts.body_bold, ImVec2(x0 + pad, ty), w - 2 * pad, c.p.text, txt::kAbout) + t.s(8);
        ty += wrapped_text(dl, t.fonts.small, ImVec2(x0 + pad, ty), w - 2 * pad, c.p.text, txt::kAboutText) + t.s(12);
        std::vector<std::string> shown;
        for (const auto& s : b.sources) {
            if (std::find(shown.begin(), shown.end(), s.credit) != shown.end()) continue;
            shown.push_back(s.credit);
            ty += wrapped_text(dl, t.fonts.small, ImVec2(x0 + pad, ty), w - 2 * pad, c.p.text_muted, s.credit) + t.s(8);
        }
        yy = std::max(yy + th + 2 * pad, ty + pad) + t.s(10);
    }
    return yy - y;
}

}  // namespace

CareerometerView draw_careerometer(const CareerometerViewInput& in) {
    CareerometerView out;
    const Theme& t = in.theme;
    const Palette& p = t.colours;
    Ctx c{in, t, p, in.state, in.state.ready() ? in.state.bundle().region : Region::uk, out};
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float W = ImGui::GetContentRegionAvail().x;
    const bool narrow = W < t.s(560);
    const float M = t.s(narrow ? 12 : 20);
    const float x0 = origin.x + M, x1 = origin.x + W - M;
    float y = origin.y + M;

    // Header: a small dial as the logo, the name, and the about button.
    gauge(dl, t, ImVec2(x0 + t.s(17), y + t.s(22)), t.s(15), 0.68f, 0.5f, p.accent);
    dl->AddText(t.fonts.heading, t.fonts.heading->FontSize, ImVec2(x0 + t.s(42), y + t.s(2)), p.text, txt::kTitle.data(),
                txt::kTitle.data() + txt::kTitle.size());
    {
        std::string_view label = narrow ? std::string_view("About") : txt::kAbout;
        float bw = text_size(t.fonts.body_bold, label).x + t.s(48);
        Hit h = button(t, "##about", ImVec2(x1 - bw, y - t.s(2)), ImVec2(x1, y + t.s(34)), label, ButtonStyle::ghost,
                       in.focus_id == "about", Icon::info, true);
        if (h.clicked) out.actions.push_back({CareerometerAction::toggle_about, 0});
        out.targets.emplace_back("about", ImVec4(x1 - bw, y - t.s(2), bw, t.s(36)));
    }
    y += t.s(38);
    y += wrapped_text(dl, t.fonts.small, ImVec2(x0, y), x1 - x0, p.text_muted, txt::kSubtitle) + t.s(14);

    // Search box; the page's <input> is placed over its inner area.
    const float sh = t.s(56);
    ImVec2 smin(x0, y), smax(x1, y + sh);
    dl->AddRectFilled(smin, smax, p.surface, sh * 0.5f);
    bool active = in.input_focused || in.focus_id == "search";
    dl->AddRect(smin, smax, active ? p.accent : p.border, sh * 0.5f, 0, active ? t.s(2.5f) : t.s(1.5f));
    if (active && t.kind != ThemeKind::high_contrast) focus_ring(dl, t, smin, smax, sh * 0.5f);
    icon(dl, Icon::search, ImVec2(x0 + t.s(28), y + sh * 0.5f), t.s(18), p.text_muted, t.s(2.2f));
    out.input_rect = ImVec4(x0 + t.s(50), y + t.s(6), (x1 - t.s(20)) - (x0 + t.s(50)), sh - t.s(12));
    y += sh;

    if (!in.error.empty()) {
        y += t.s(16);
        card(dl, t, ImVec2(x0, y), ImVec2(x1, y + t.s(100)), p.surface, t.s(14));
        wrapped_text(dl, t.fonts.body, ImVec2(x0 + t.s(16), y + t.s(16)), x1 - x0 - t.s(32), p.warn, in.error);
        y += t.s(100);
    } else if (!in.state.ready()) {
        y += t.s(24);
        y += wrapped_text(dl, t.fonts.body, ImVec2(x0, y), x1 - x0, p.text_muted, txt::kLoading);
    } else {
        // The drop-down is submitted first (so its rows win the mouse over cards beneath) but drawn on
        // the top channel.
        ImDrawListSplitter splitter;
        splitter.Split(dl, 2);
        if (in.state.dropdown_open()) {
            splitter.SetCurrentChannel(dl, 1);
            dropdown(c, dl, x0, x1, y);
        }
        splitter.SetCurrentChannel(dl, 0);
        if (!in.state.query().empty() && in.state.results().empty()) {
            y += t.s(10);
            y += wrapped_text(dl, t.fonts.small, ImVec2(x0 + t.s(20), y), x1 - x0 - t.s(40), p.text_muted, txt::kNoMatches);
        }
        y += t.s(22);

        // Cards: measured first so a row shares one height.
        const bool row = W >= t.s(720);
        const float gap = t.s(16);
        const float cw = row ? (x1 - x0 - 2 * gap) / 3 : x1 - x0;
        const double scale_max = in.state.pay_scale_max();
        std::array<float, kSlots> heights{};
        ImDrawList scratch(ImGui::GetDrawListSharedData());
        scratch._ResetForNewFrame();
        scratch.PushClipRectFullScreen();
        scratch.PushTextureID(ImGui::GetIO().Fonts->TexID);
        std::array<float, kSlots> bands{};
        float row_band = 0;
        for (std::size_t i = 0; i < kSlots; ++i)
            if (in.state.slots()[i]) row_band = std::max(row_band, bands[i] = band_height(c, i, cw));
        if (row) bands.fill(row_band);
        for (std::size_t i = 0; i < kSlots; ++i)
            heights[i] = in.state.slots()[i] ? filled_card(c, &scratch, i, ImVec2(0, 0), cw, 0, bands[i], scale_max, false)
                                             : (row ? t.s(260) : t.s(190));
        float row_h = *std::max_element(heights.begin(), heights.end());
        for (std::size_t i = 0; i < kSlots; ++i) {
            ImVec2 pos = row ? ImVec2(x0 + static_cast<float>(i) * (cw + gap), y) : ImVec2(x0, y);
            float h = row ? row_h : heights[i];
            if (in.state.slots()[i]) filled_card(c, dl, i, pos, cw, h, bands[i], scale_max, true);
            else empty_card(c, dl, i, pos, cw, h);
            if (!row) y += h + gap;
        }
        if (row) y += row_h + gap;
        y += t.s(4);
        y += footer(c, dl, x0, x1, y);
        splitter.Merge(dl);
    }
    out.content_height = y + M - origin.y;
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + out.content_height - 1));
    ImGui::Dummy(ImVec2(1, 1));  // the window's content extent, for scrolling when the height is fixed
    return out;
}

}  // namespace ometer::widgets
