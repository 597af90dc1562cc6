// The Careerometer comparison: one to three occupations side by side, each figure with its basis, year,
// source and reliability, "not published" where a source suppressed it, and whose figures they are
// (the occupation's own, or a wider group's).
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/model.hpp"
#include "core/pay.hpp"
#include "core/result.hpp"

namespace ometer {

inline constexpr std::size_t kMaxCompared = 3;

// One figure on a card (pay has its own, richer PayHeadline).
struct Figure {
    std::optional<double> value;  // absent: not published
    std::string source_id;        // Bundle::sources id
    std::string year;             // "2024", "2024-2034"
    Reliability reliability = Reliability::unknown;
    bool lower_bound = false;     // "at least": a sum that leaves out cells too small to publish
    FiguresFrom from;             // US: the occupation's own figure, or a wider group's
    std::string note;             // why it is absent
};

struct ComparedOccupation {
    std::size_t occupation = 0;  // index into Bundle::occupations
    PayHeadline pay;
    Figure hours_weekly;         // UK: median paid hours a week, all employees
    std::optional<double> hours_vs_average;  // hours minus the all-employee median (same basis)
    Figure jobs;                 // employee jobs (UK ASHE; US OEWS, self-employed not counted)
    Figure people;               // people doing the job, self-employed included (UK APS; US BLS projections)
    Figure projected_change;     // US: change in people employed, 2024 to 2034 (BLS projection)
    Figure growth_pct;           // US: the same as a percentage
    Figure openings_per_year;    // US: BLS annual average openings
    std::vector<int> top_types;  // up to three RIASEC types, strongest first
};

struct Comparison {
    Region region = Region::uk;
    std::vector<ComparedOccupation> items;
    std::string average_label;
    Figure average_hours_weekly;
    std::vector<int> shared_types;  // top types every compared occupation has in common
    // Pay is ranked only like for like: on the headline basis when every published headline shares it,
    // otherwise on hourly pay when every card has it; otherwise not at all.
    std::optional<PayBasis> ranked_basis;
    std::optional<std::size_t> highest_paid;  // index into items
    std::optional<double> pay_spread_ratio;   // highest / lowest on ranked_basis, when 2+ are published
};

// Errors: no codes, more than three, an unknown code (named), the same code twice.
Result<Comparison> compare(const Bundle& bundle, const std::vector<std::string>& codes);

// Builds one card's figures (also used for a single card in the widget).
ComparedOccupation compare_one(const Bundle& bundle, std::size_t occupation);

}  // namespace ometer
