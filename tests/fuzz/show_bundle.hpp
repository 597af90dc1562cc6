// What the fuzzers of bundle files do with a bundle the reader accepted: show it as the CLI and the cards
// do (JSON reports, headline pay, comparison, every formatter), so that any accepted value must be safe.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/compare.hpp"
#include "core/format.hpp"
#include "core/pay.hpp"
#include "core/report_json.hpp"

namespace ometer::fuzz {

inline void format_value(double v, Region region) {
    money(v, region);
    money_rounded(v, region);
    money_cents(v, region);
    hours(v);
    count(v);
    approx_count(v);
    signed_percent(v);
    ratio_phrase(v);
    versus(v, "the average", v > 1);
    hours_versus(v, "the average");
}

inline void format_value(const std::optional<double>& v, Region region) {
    if (v) format_value(*v, region);
}

inline void format_measure(const Measure& m, Region region) {
    for (const auto* x : {&m.p10, &m.p25, &m.median, &m.p75, &m.p90, &m.mean, &m.cv}) format_value(*x, region);
}

inline void show_bundle(const Bundle& b) {
    bundle_info_json(b, JsonStyle{-1});
    const Averages& avg = b.averages;
    for (const auto* m : {&avg.pay_annual, &avg.pay_weekly, &avg.hours_weekly, &avg.pay_annual_ft, &avg.pay_hourly,
                          &avg.hours_weekly_ft})
        format_measure(*m, b.region);
    std::vector<std::string> codes;
    const std::size_t shown = b.occupations.size() < 8 ? b.occupations.size() : 8;  // bounded work per input
    for (std::size_t i = 0; i < shown; ++i) {
        const Occupation& occ = b.occupations[i];
        occupation_json(b, occ, JsonStyle{-1});
        for (const auto* m : {&occ.pay_annual, &occ.pay_annual_ft, &occ.pay_weekly, &occ.pay_weekly_ft, &occ.pay_hourly,
                              &occ.hours_weekly, &occ.hours_weekly_ft})
            format_measure(*m, b.region);
        for (const auto* x : {&occ.jobs, &occ.jobs_ft, &occ.people}) format_value(*x, b.region);
        const PayHeadline pay = headline_pay(b, occ);
        for (const auto* x : {&pay.value, &pay.average, &pay.vs_average, &pay.full_time_share, &pay.usual_hours})
            format_value(*x, b.region);
        if (pay.range) format_value(pay.range->high - pay.range->low, b.region);
        const ComparedOccupation card = compare_one(b, i);
        for (const auto* f : {&card.hours_weekly, &card.jobs, &card.people, &card.projected_change, &card.growth_pct,
                              &card.openings_per_year})
            format_value(f->value, b.region);
        format_value(card.hours_vs_average, b.region);
        if (codes.size() < kMaxCompared) codes.push_back(occ.code);
    }
    auto cmp = compare(b, codes);
    if (cmp) comparison_json(b, cmp.value(), JsonStyle{-1});
}

}  // namespace ometer::fuzz
