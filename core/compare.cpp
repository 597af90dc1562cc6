// Builds the comparison model; see compare.hpp.
#include "core/compare.hpp"

#include <algorithm>

#include "core/quiz.hpp"

namespace ometer {

namespace {

std::string source_for(const Bundle& b, const std::string& field) {
    auto it = b.field_sources.find(field);
    return it == b.field_sources.end() ? std::string() : it->second;
}

Figure figure_from(const Measure& m, std::string source, const char* missing_note) {
    Figure f;
    f.source_id = std::move(source);
    if (m.median) {
        f.value = m.median;
        f.reliability = m.reliability;
        f.top_coded = m.top_coded;
    } else {
        f.note = missing_note;
    }
    return f;
}

Figure plain(std::optional<double> v, std::string source, const char* missing_note) {
    Figure f;
    f.value = v;
    f.source_id = std::move(source);
    if (!v) f.note = missing_note;
    return f;
}

// Change in APS employment between the first and last year of the series, as a percentage.
void uk_trend(const Bundle& b, const Occupation& occ, ComparedOccupation& c) {
    for (const auto& s : occ.outlook.series) {
        if (s.source_id.rfind("aps", 0) != 0 || s.points.size() < 2) continue;
        const auto& first = s.points.front();
        const auto& last = s.points.back();
        c.growth_label = "Change in people employed, " + std::to_string(first.year) + " to " + std::to_string(last.year);
        c.growth_pct.source_id = s.source_id;
        if (first.value > 0) c.growth_pct.value = (last.value - first.value) / first.value * 100.0;
        else c.growth_pct.note = "too few people in the survey to measure";
        return;
    }
    c.growth_label = "Change in people employed";
    c.growth_pct.source_id = source_for(b, "employment");
    c.growth_pct.note = "too few people in the survey to measure";
}

}  // namespace

ComparedOccupation compare_one(const Bundle& b, std::size_t index) {
    const Occupation& occ = b.occupations[index];
    ComparedOccupation c;
    c.occupation = index;
    const char* suppressed = b.region == Region::uk ? "not published: too few survey responses to be reliable"
                                                    : "not published by BLS";
    c.pay_annual = figure_from(occ.pay_annual, source_for(b, "pay"), suppressed);
    if (!c.pay_annual.value && occ.pay_annual_ft.median) {
        c.pay_annual = figure_from(occ.pay_annual_ft, source_for(b, "pay"), suppressed);
        c.pay_annual.note = "full-time employees only (the all-employee figure is not published)";
    }
    c.pay_hourly = figure_from(occ.pay_hourly, source_for(b, "pay"), suppressed);
    if (b.region == Region::uk) {
        c.pay_weekly = figure_from(occ.pay_weekly, source_for(b, "pay"), suppressed);
        c.hours_weekly = figure_from(occ.hours_weekly, source_for(b, "hours"), suppressed);
        uk_trend(b, occ, c);
    } else {
        c.growth_label = "Projected change in jobs, 2024 to 2034";
        c.growth_pct = plain(occ.outlook.growth_pct, source_for(b, "outlook"), "no BLS projection");
        c.openings_per_year = plain(occ.outlook.openings_per_year, source_for(b, "outlook"), "no BLS projection");
    }
    c.jobs = plain(occ.jobs, source_for(b, "jobs"), b.region == Region::uk ? "not published" : "not published by BLS");
    if (c.pay_annual.value && b.averages.pay_annual.median && *b.averages.pay_annual.median > 0)
        c.pay_vs_average = *c.pay_annual.value / *b.averages.pay_annual.median;
    if (c.hours_weekly.value && b.averages.hours_weekly.median)
        c.hours_vs_average = *c.hours_weekly.value - *b.averages.hours_weekly.median;
    if (occ.interests) c.top_types = top_types(occ.interests->scores, 3);
    return c;
}

Result<Comparison> compare(const Bundle& b, const std::vector<std::string>& codes) {
    if (codes.empty()) return Error{"compare: give one to three occupation codes"};
    if (codes.size() > kMaxCompared)
        return Error{"compare: at most " + std::to_string(kMaxCompared) + " occupations, got " + std::to_string(codes.size())};
    Comparison cmp;
    cmp.region = b.region;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        const Occupation* occ = b.find(codes[i]);
        if (!occ) return Error{"compare: unknown " + std::string(region_name(b.region)) + " occupation code \"" + codes[i] + "\""};
        for (std::size_t k = 0; k < i; ++k)
            if (codes[k] == codes[i]) return Error{"compare: \"" + codes[i] + "\" is listed twice"};
        cmp.items.push_back(compare_one(b, static_cast<std::size_t>(occ - b.occupations.data())));
    }
    cmp.average_label = b.averages.label;
    cmp.average_pay_annual = figure_from(b.averages.pay_annual, source_for(b, "pay"), "not published");
    cmp.average_pay_weekly = figure_from(b.averages.pay_weekly, source_for(b, "pay"), "not published");
    cmp.average_hours_weekly = figure_from(b.averages.hours_weekly, source_for(b, "hours"), "not published");

    // Interests every card shares, in the first card's order.
    if (!cmp.items.empty())
        for (int t : cmp.items[0].top_types)
            if (std::all_of(cmp.items.begin(), cmp.items.end(), [t](const ComparedOccupation& c) {
                    return std::find(c.top_types.begin(), c.top_types.end(), t) != c.top_types.end();
                }))
                cmp.shared_types.push_back(t);

    std::optional<double> lo, hi;
    for (std::size_t i = 0; i < cmp.items.size(); ++i) {
        const auto& v = cmp.items[i].pay_annual.value;
        if (!v) continue;
        if (!hi || *v > *hi) {
            hi = v;
            cmp.highest_paid = i;
        }
        if (!lo || *v < *lo) lo = v;
    }
    std::size_t published = static_cast<std::size_t>(std::count_if(
        cmp.items.begin(), cmp.items.end(), [](const ComparedOccupation& c) { return c.pay_annual.value.has_value(); }));
    if (published >= 2 && lo && *lo > 0) cmp.pay_spread_ratio = *hi / *lo;
    if (published < 2) cmp.highest_paid.reset();
    return cmp;
}

}  // namespace ometer
