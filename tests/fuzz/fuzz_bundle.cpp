// Fuzzes the occupations bundle reader with arbitrary bytes; a bundle it accepts is then shown as the
// CLI and the cards show it (JSON reports, comparison, every formatter), so accepted values must be safe.
#include <cstddef>
#include <cstdint>
#include <string>
#include <vector>

#include "core/bundle_read.hpp"
#include "core/compare.hpp"
#include "core/format.hpp"
#include "core/report_json.hpp"
#include "tests/fuzz/json_mutator.hpp"

using namespace ometer;

namespace {

void format_value(double v, Region region) {
    money(v, region);
    money_rounded(v, region);
    money_cents(v, region);
    hours(v);
    count(v);
    signed_percent(v);
    ratio_phrase(v);
}

void format_measure(const Measure& m, Region region) {
    for (const auto* x : {&m.p10, &m.p25, &m.median, &m.p75, &m.p90, &m.mean, &m.cv})
        if (*x) format_value(**x, region);
}

void show(const Bundle& b) {
    bundle_info_json(b, JsonStyle{-1});
    for (const auto* m : {&b.averages.pay_annual, &b.averages.pay_weekly, &b.averages.hours_weekly}) format_measure(*m, b.region);
    std::vector<std::string> codes;
    const std::size_t shown = b.occupations.size() < 8 ? b.occupations.size() : 8;  // bounded work per input
    for (std::size_t i = 0; i < shown; ++i) {
        const Occupation& occ = b.occupations[i];
        occupation_json(b, occ, JsonStyle{-1});
        for (const auto* m : {&occ.pay_annual, &occ.pay_annual_ft, &occ.pay_weekly, &occ.pay_weekly_ft, &occ.pay_hourly,
                              &occ.hours_weekly, &occ.hours_weekly_ft})
            format_measure(*m, b.region);
        ComparedOccupation card = compare_one(b, i);
        for (const auto* f : {&card.pay_annual, &card.pay_weekly, &card.pay_hourly, &card.hours_weekly, &card.jobs,
                              &card.growth_pct, &card.openings_per_year})
            if (f->value) format_value(*f->value, b.region);
        if (card.pay_vs_average) format_value(*card.pay_vs_average, b.region);
        if (card.hours_vs_average) format_value(*card.hours_vs_average, b.region);
        if (codes.size() < kMaxCompared) codes.push_back(occ.code);
    }
    auto cmp = compare(b, codes);
    if (cmp) comparison_json(b, cmp.value(), JsonStyle{-1});
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto bundle = read_bundle(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json");
    if (bundle) show(bundle.value());
    return 0;
}
