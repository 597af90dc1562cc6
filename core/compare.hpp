// The Careerometer comparison: one to three occupations side by side, each figure with its source and
// reliability, "not published" where a source suppressed it, and the differences that matter to a student.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model.hpp"
#include "core/result.hpp"

namespace ometer {

inline constexpr std::size_t kMaxCompared = 3;

// One figure on a card.
struct Figure {
    std::optional<double> value;     // absent: not published
    std::string source_id;           // Bundle::sources id
    Reliability reliability = Reliability::unknown;
    bool top_coded = false;          // "at least" (BLS cap)
    std::string note;                // why absent, or a caveat ("only full-time pay published")
};

struct ComparedOccupation {
    std::size_t occupation = 0;  // index into Bundle::occupations
    Figure pay_annual;           // UK: all employees, falling back to full-time (noted) when only that is published
    Figure pay_weekly;           // UK only
    Figure pay_hourly;
    Figure hours_weekly;         // UK only
    Figure jobs;
    Figure growth_pct;           // US: BLS 2024-34; UK: APS employment change over the series' years
    std::string growth_label;    // "APS 2021-2024" / "BLS projection 2024-34"
    Figure openings_per_year;    // US
    std::optional<double> pay_vs_average;    // ratio of median annual pay to the all-employee median
    std::optional<double> hours_vs_average;  // difference in weekly hours from the all-employee median
    std::vector<int> top_types;              // up to three RIASEC types, strongest first
};

struct Comparison {
    Region region = Region::uk;
    std::vector<ComparedOccupation> items;
    Figure average_pay_annual, average_pay_weekly, average_hours_weekly;
    std::string average_label;
    std::vector<int> shared_types;             // top types every compared occupation has in common
    std::optional<std::size_t> highest_paid;   // index into items
    std::optional<double> pay_spread_ratio;    // highest / lowest median annual pay, when 2+ are published
};

// Errors: no codes, more than three, an unknown code (named), the same code twice.
Result<Comparison> compare(const Bundle& bundle, const std::vector<std::string>& codes);

// Builds one card's figures (also used for a single card in the widget).
ComparedOccupation compare_one(const Bundle& bundle, std::size_t occupation);

}  // namespace ometer
