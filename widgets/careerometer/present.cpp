// The Careerometer's view-model; see present.hpp. Every word comes from strings.hpp and every fact from
// the core (core/pay.hpp, core/compare.hpp, core/quiz.hpp for study levels); this file only puts them into
// sentences.
// Long because a card has many figures, each with its basis, its source and a screen-reader label.
#include "widgets/careerometer/present.hpp"

#include <algorithm>
#include <cmath>

#include "core/format.hpp"
#include "core/quiz.hpp"
#include "core/results_code.hpp"
#include "widgets/careerometer/strings.hpp"
#include "widgets/common/pay_line.hpp"
#include "widgets/common/riasec_text.hpp"

namespace ometer::widgets {

namespace txt = careerometer_text;

namespace {

std::string s(std::string_view v) { return std::string(v); }

// How a card names a pay basis, and the average that pay is compared with.
struct BasisWords {
    std::string_view basis, average;
};
BasisWords basis_words(Region region, PayBasis basis) {
    if (region == Region::us && basis == PayBasis::hourly) return {txt::kBasisUsHourly, txt::kUsAverageHourly};
    if (region == Region::us) return {txt::kBasisUsAnnual, txt::kUsAverage};
    switch (basis) {
        case PayBasis::full_time_annual: return {txt::kBasisFullTime, txt::kUkAverageFullTime};
        case PayBasis::all_employees_annual: return {txt::kBasisAllEmployees, txt::kUkAverageAll};
        case PayBasis::hourly: break;
    }
    return {txt::kBasisHourly, txt::kUkAverageHourly};
}

std::string year_words(const std::string& years) { return years.empty() ? std::string() : " \xC2\xB7 " + years; }

// "These figures are for all Registered Nurses, not this job alone."
std::string origin_words(const FiguresFrom& from) {
    if (from.own()) return {};
    if (from.origin == FigureOrigin::group) return s(txt::kGroupFigures) + from.title + s(txt::kGroupFiguresEnd);
    return s(txt::kAggregateFigures) + from.title + s(txt::kAggregateFiguresEnd);
}

PayVM pay_vm(const Bundle& b, const ComparedOccupation& card, const std::string& id) {
    const PayHeadline& h = card.pay;
    const Region r = b.region;
    PayVM p;
    p.label = node(Role::heading, id + "-label", s(txt::kPay));
    p.label.level = 4;
    p.hourly = h.basis == PayBasis::hourly;
    if (!h.value) {
        p.headline = parts(id + "-value", {s(txt::kNotPublished)});
        p.note = node(Role::text, id + "-note", s(txt::kPayNotPublished));
        return p;
    }
    p.has_value = true;
    p.value = *h.value;
    p.average = h.average.value_or(0);
    std::string value = money_for(h.basis, *h.value, r) + (h.value_or_more ? s(txt::kOrMore) : "");
    p.headline = parts(id + "-value", {value, s(h.basis == PayBasis::hourly ? txt::kAnHour : txt::kAYear)});
    p.basis = node(Role::text, id + "-basis", s(basis_words(r, h.basis).basis) + year_words(h.year));
    if (h.part_time && h.usual_hours)
        p.note = node(Role::text, id + "-note", s(txt::kPartTime) + hours(*h.usual_hours) + ".");
    else if (r == Region::uk && h.basis == PayBasis::hourly)
        p.note = node(Role::text, id + "-note", s(txt::kFullTimeSuppressed));
    if (h.range) {
        p.range_low = h.range->low;
        p.range_high = h.range->high;
        const bool middle = h.range->low_stat == Stat::p25;
        p.range = node(Role::text, id + "-range",
                       s(middle ? txt::kMiddleHalf : txt::kMostPeople) + money_for(h.basis, h.range->low, r) + s(txt::kTo) +
                           money_for(h.basis, h.range->high, r) + (h.range->high_or_more ? s(txt::kOrMore) : "") + ".");
    }
    if (h.vs_average && h.average)
        p.vs_average = node(Role::text, id + "-vs",
                            sentence_case(versus(*h.vs_average, basis_words(r, h.basis).average, h.value_or_more)) + " (" +
                                money_for(h.basis, *h.average, r) + ").");
    if (h.reliability == Reliability::acceptable || h.reliability == Reliability::unreliable)
        p.reliability = node(Role::text, id + "-precision", s(txt::kLessPrecise));
    if (!h.from.own()) p.origin = node(Role::text, id + "-origin", origin_words(h.from));
    p.dial = node(Role::image, id + "-dial");
    p.dial.decorative = true;  // the words above say what the dial shows
    return p;
}

FactVM fact(const std::string& id, std::string label, std::string value, std::string sub) {
    FactVM f;
    f.group = node(Role::group, id);
    f.label = node(Role::text, id + "-label", std::move(label));
    f.value = node(Role::text, id + "-value", std::move(value));
    f.sub = node(Role::text, id + "-sub", std::move(sub));
    return f;
}

std::string count_words(const Figure& f) {
    if (!f.value) return s(txt::kNotPublished);
    return s(f.lower_bound ? txt::kAtLeast : txt::kAbout) + approx_count(*f.value);
}

std::string sub_words(std::string_view what, const Figure& f) {
    std::string out = s(what) + year_words(f.year);
    if (!f.from.own()) out += ". " + origin_words(f.from);
    return out;
}

void uk_facts(const Bundle& b, const Occupation& occ, const ComparedOccupation& card, const std::string& id, CardVM& c) {
    if (card.hours_weekly.value) {
        // Whose hours and when, as for every figure, then the comparison (with all UK employees: like for like).
        std::string sub = sub_words(txt::kAllEmployees, card.hours_weekly);
        if (card.hours_vs_average && b.averages.hours_weekly.median)
            sub += ". " + sentence_case(hours_versus(*card.hours_vs_average, txt::kUkAverageHours)) + " (" +
                   hours(*b.averages.hours_weekly.median) + ")";
        c.facts.push_back(fact(id + "-hours", s(txt::kHours), hours(*card.hours_weekly.value) + " " + s(txt::kAWeek), sub));
    } else {
        c.facts.push_back(fact(id + "-hours", s(txt::kHours), s(txt::kNotPublished), card.hours_weekly.note));
    }
    c.facts.push_back(fact(id + "-people", s(txt::kPeople), count_words(card.people), sub_words(txt::kWithSelfEmployed, card.people)));
    c.facts.push_back(fact(id + "-jobs", s(txt::kEmployeeJobs), card.jobs.value ? approx_count(*card.jobs.value) : s(txt::kNotPublished),
                           sub_words(txt::kNoSelfEmployed, card.jobs)));
    if (occ.skill_level)
        c.facts.push_back(fact(id + "-level", s(txt::kTraining),
                               "Level " + std::to_string(*occ.skill_level) + " of 4: " + s(level_label(Region::uk, *occ.skill_level)),
                               s(level_meaning(Region::uk, *occ.skill_level))));
}

void us_facts(const Bundle& b, const Occupation& occ, const ComparedOccupation& card, const std::string& id, CardVM& c) {
    c.facts.push_back(fact(id + "-jobs", s(txt::kUsJobs), card.jobs.value ? approx_count(*card.jobs.value) : s(txt::kNotPublished),
                           sub_words(txt::kNoSelfEmployed, card.jobs)));
    if (card.projected_change.value) {
        const double change = *card.projected_change.value;
        std::string value = (change > 0 ? "+" : change < 0 ? "\xE2\x88\x92" : "") + approx_count(std::fabs(change)) + s(txt::kJobsWord);
        std::string sub = card.growth_pct.value ? signed_percent(*card.growth_pct.value) + " \xC2\xB7 " + s(txt::kProjection)
                                                : s(txt::kProjection);
        if (!card.projected_change.from.own()) sub += ". " + origin_words(card.projected_change.from);
        c.facts.push_back(fact(id + "-growth", s(txt::kGrowth), value, sub));
    } else {
        c.facts.push_back(fact(id + "-growth", s(txt::kGrowth), s(txt::kNotPublished), card.projected_change.note));
    }
    if (card.openings_per_year.value)
        c.facts.push_back(fact(id + "-openings", s(txt::kOpenings), s(txt::kAbout) + approx_count(*card.openings_per_year.value),
                               s(txt::kOpeningsSub)));
    if (auto level = occupation_level(b, occ))
        c.facts.push_back(fact(id + "-level", s(txt::kPreparation), s(level_label(Region::us, *level)),
                               s(level_meaning(Region::us, *level))));
    if (occ.outlook.bright_outlook) {
        c.bright = node(Role::text, id + "-bright", s(txt::kBrightOutlook));
        c.bright.desc = s(txt::kBrightOutlookSub);
    }
}

// Similar jobs, under the opened details: each one a button that adds it (or, with every card full, puts it
// in this card's place), or words saying it is already shown.
void similar_vm(const CareerometerState& st, const Occupation& occ, const std::string& id, CardVM& c) {
    if (!occ.has_details || occ.related.empty()) return;
    // Full: a similar job's button replaces this card, so the visible heading says it before the choice.
    const bool full = !st.first_empty();
    c.similar_heading = heading(id + "-similar-heading", s(full ? txt::kSimilarReplaces : txt::kSimilar), 4);
    c.similar = node(Role::list, id + "-similar");
    for (std::size_t i = 0; i < occ.related.size() && i < 6; ++i) {
        const Occupation* other = st.bundle().find(occ.related[i]);
        if (!other) continue;
        const std::string n = id + "-similar-" + std::to_string(i);
        VNode item = node(Role::item, n + "-item");
        if (st.slot_of(other->code)) {
            VNode shown = node(Role::text, n, other->title + s(txt::kShown));
            item.add(std::move(shown));
        } else {
            VNode b = button(n, other->title, full ? "put " + std::to_string(c.slot) + " " + other->code : "add " + other->code);
            b.label = s(full ? txt::kReplaceWith : txt::kAddSimilar) + other->title;
            item.add(std::move(b));
        }
        c.similar.add(std::move(item));
    }
}

CardVM filled_card(const CareerometerState& st, std::size_t slot) {
    const Bundle& b = st.bundle();
    const ComparedOccupation& card = *st.cards()[slot];
    const Occupation& occ = b.occupations[card.occupation];
    const std::string id = "card-" + std::to_string(slot);
    CardVM c;
    c.slot = slot;
    c.filled = true;
    c.region = node(Role::region, id);
    c.region.label = occ.title;
    c.title = heading(id + "-title", occ.title, 3);
    c.title.focusable = true;  // focus moves here when the card is added (never a Tab stop)
    c.code_line = node(Role::text, id + "-code", (b.region == Region::uk ? "SOC 2020 \xC2\xB7 " : "O*NET \xC2\xB7 ") + occ.code);
    c.remove = button(id + "-remove", "", "remove " + std::to_string(slot));
    c.remove.label = s(txt::kRemove) + occ.title;
    const auto& cmp = st.comparison();
    if (cmp && cmp->highest_paid && cmp->items[*cmp->highest_paid].occupation == card.occupation)
        c.highest = node(Role::text, id + "-highest",
                         s(cmp->ranked_basis == PayBasis::hourly && card.pay.basis != PayBasis::hourly ? txt::kHighestHourly : txt::kHighest));
    c.pay = pay_vm(b, card, id + "-pay");
    if (b.region == Region::uk) uk_facts(b, occ, card, id, c);
    else us_facts(b, occ, card, id, c);
    if (occ.interests && !card.top_types.empty()) {
        c.interests_label = heading(id + "-interests-label", s(txt::kInterests), 4);
        c.interests_chart = node(Role::image, id + "-interests-chart");
        c.interests_chart.decorative = true;  // the three rows beside it say the same
        c.interest_scores = occ.interests->scores;
        for (std::size_t i = 0; i < card.top_types.size(); ++i) {
            const RiasecText& rt = kRiasecText[card.top_types[i]];
            c.interests.push_back(parts(id + "-interest-" + std::to_string(i), {s(rt.short_words), "(" + s(rt.name) + ")"}));
        }
    }
    const bool open = st.details_open(slot);
    c.details = job_details_vm(occ, open, {id, id + "-details", id + "-more", "details " + std::to_string(slot), c.title.level + 1, 6});
    if (open) similar_vm(st, occ, id, c);
    return c;
}

CardVM empty_card(const CareerometerState& st, std::size_t slot) {
    const std::string id = "slot-" + std::to_string(slot);
    CardVM c;
    c.slot = slot;
    c.region = node(Role::group, id + "-card");
    c.add = button(id + "-add", s(txt::kAddJob), "focus-search");
    c.add.label = s(txt::kAddJob) + " to card " + std::to_string(slot + 1);
    c.add_hint = node(Role::text, id + "-hint", s(st.first_empty() ? txt::kAddHint : txt::kFullHint));
    return c;
}

// One drop-down row: the matched title, what it belongs to, and headline pay on its basis (the same line
// as the Skillsometer's job rows).
ResultVM result_row(const CareerometerState& st, std::size_t i) {
    const SearchHit& h = st.results()[i];
    const Bundle& b = st.bundle();
    const Occupation& occ = b.occupations[h.occupation];
    std::string sub = occ.title == h.title ? (b.region == Region::uk ? "SOC 2020 " : "O*NET ") + occ.code : occ.title;
    ResultVM r;
    r.option = parts("result-" + std::to_string(i), {h.title, sub, pay_line(b, occ, UsualWeek::part_time_only)});  // the card gives the week, with whose it is
    r.option.role = Role::option;
    r.option.command = "choose " + std::to_string(i);
    r.option.on = st.highlighted() == static_cast<int>(i);
    r.highlights = h.highlights;
    return r;
}

void about_vm(const Bundle& b, CareerometerVM& vm) {
    vm.about_panel = node(Role::region, "about-panel");
    vm.about_panel.label = s(txt::kAboutButton);
    vm.about_panel.add(heading("about-heading", s(txt::kAboutButton), 3));
    std::size_t n = 0;
    auto add_text = [&](std::string text) {
        vm.about_panel.add(node(Role::text, "about-" + std::to_string(n++), std::move(text)));
    };
    if (b.region == Region::uk)
        for (auto t : txt::kAboutUk) add_text(s(t));
    else
        for (auto t : txt::kAboutUs) add_text(s(t));
    std::vector<std::string> credits;
    for (const auto& src : b.sources)
        if (std::find(credits.begin(), credits.end(), src.credit) == credits.end()) credits.push_back(src.credit);
    for (auto& c : credits) add_text(std::move(c));
}

}  // namespace

void present_search(const CareerometerState& st, CareerometerVM& vm) {
    vm.search.on = st.dropdown_open();
    vm.rows.clear();
    if (st.dropdown_open())
        for (std::size_t i = 0; i < st.results().size(); ++i) vm.rows.push_back(result_row(st, i));
    if (st.refusal() != CareerometerState::Refusal::none)
        vm.notice = node(Role::alert, "notice", st.refusal() == CareerometerState::Refusal::full ? txt::refused_full(st.refused_title())
                                                                                                : txt::refused_shown(st.refused_title()));
    else if (!st.query().empty() && st.results().empty()) vm.notice = node(Role::status, "notice", s(txt::kNoMatches));
    else vm.notice = VNode{};
}

CareerometerVM present_careerometer(const CareerometerPresent& in) {
    const CareerometerState& st = in.state;
    CareerometerVM vm;
    vm.title = heading("title", s(txt::kTitle), 2);
    vm.subtitle = node(Role::text, "subtitle", s(txt::kSubtitle));
    if (in.back) vm.back = button("back-to-quiz", s(txt::kBackToQuiz), "back-to-quiz");
    vm.about = node(Role::disclosure, "about", s(txt::kAboutButton));
    vm.about.command = "about";
    vm.about.compact = s(txt::kAboutShort);
    vm.about.on = st.ready() && st.about_open;
    vm.about.controls = "about-panel";
    vm.search = node(Role::input, "search");
    vm.search.label = s(txt::kSearchLabel);
    vm.search.desc = s(txt::kSearchHint);
    vm.search.compact = s(txt::kSearchHintShort);
    if (!content_ready(in.error, st.ready(), txt::kLoading, vm.error, vm.loading)) return vm;
    const Bundle& b = st.bundle();
    vm.results = node(Role::listbox, "results");
    vm.results.label = s(txt::kResultsLabel);
    present_search(st, vm);

    for (std::size_t i = 0; i < kSlots; ++i) vm.cards[i] = st.slots()[i] ? filled_card(st, i) : empty_card(st, i);

    // Dials share one scale so cards read at a glance, and only when every card's pay is on one basis:
    // an hourly dial beside a yearly one would compare unlike with unlike.
    std::optional<bool> hourly;
    double top = 0;
    vm.dials = true;
    for (const auto& c : vm.cards) {
        if (!c.filled || !c.pay.has_value) continue;
        if (hourly && *hourly != c.pay.hourly) vm.dials = false;
        hourly = c.pay.hourly;
        top = std::max({top, c.pay.average * 1.6, c.pay.range_high.value_or(c.pay.value), c.pay.value});
    }
    const double step = top > 100 ? (top > 100000 ? 20000 : 10000) : 5;
    vm.pay_scale = top > 0 ? std::ceil(top / step) * step : 1;

    std::string sources = s(txt::kSources);
    bool first = true;
    for (const auto& src : b.sources) {
        if (src.id.rfind("ashe-20", 0) == 0 && src.id != b.source_id_for("pay")) continue;  // older ASHE years feed no card
        if (src.id == "aps-2021-2024") continue;  // series for maintainers, not shown
        sources += (first ? "" : "; ") + src.name;
        first = false;
    }
    sources += ". " + s(txt::kDataVersion) + b.data_version + ".";
    vm.sources = node(Role::text, "sources", sources);
    if (st.filled() > 0)
        if (auto code = encode_compare_code({b.region, st.codes()}, b.data_version))
            vm.keep = keep_vm(code.value(), keep_text::kCompareNote, in.keep.note);
    vm.entry = entry_vm(in.keep);
    if (st.about_open) about_vm(b, vm);
    return vm;
}

VNode CareerometerVM::tree() const {
    VNode root = node(Role::group, "careerometer");
    const auto put = add_if_shown;
    for (const VNode* n : {&title, &back, &subtitle, &about}) put(root, *n);
    if (about.on) put(root, about_panel);
    put(root, search);
    if (!rows.empty()) {
        VNode list = results;
        for (const auto& r : rows) list.add(r.option);
        root.add(std::move(list));
    }
    put(root, notice);
    put(root, error);
    put(root, loading);
    VNode cards_group = node(Role::group, "cards");
    cards_group.label = s(txt::kCardsLabel);
    for (const auto& c : cards) {
        VNode card = c.region;
        if (!c.filled) {
            put(card, c.add);
            put(card, c.add_hint);
            cards_group.add(std::move(card));
            continue;
        }
        put(card, c.title);
        put(card, c.code_line);
        put(card, c.highest);
        put(card, c.remove);
        for (const VNode* n : {&c.pay.label, &c.pay.headline, &c.pay.basis, &c.pay.note, &c.pay.vs_average, &c.pay.range,
                               &c.pay.reliability, &c.pay.origin})
            put(card, *n);
        for (const auto& f : c.facts) {
            VNode g = f.group;
            g.label = f.label.text;
            put(g, f.label);
            put(g, f.value);
            put(g, f.sub);
            card.add(std::move(g));
        }
        put(card, c.bright);
        put(card, c.interests_label);
        for (const auto& i : c.interests) put(card, i);
        put(card, c.details.toggle);
        if (c.details.open()) {
            VNode more = job_details_group(c.details);
            put(more, c.similar_heading);
            put(more, c.similar);
            card.add(std::move(more));
        }
        cards_group.add(std::move(card));
    }
    if (cards_group.children.size() > 0 && loading.text.empty() && error.text.empty()) root.add(std::move(cards_group));
    add_to_tree(root, keep);
    if (loading.text.empty() && error.text.empty()) add_to_tree(root, entry);
    put(root, sources);
    return root;
}

}  // namespace ometer::widgets
