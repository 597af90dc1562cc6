// How a job's pay is shown, decided in one place for every view (Careerometer cards, Skillsometer rows,
// the accessible mirror, `ometer show/compare/quiz`, the JS API): one headline figure on a stated basis,
// compared only with the region's figure on the same basis, and never an annual figure that is really a
// part-time wage.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model.hpp"

namespace ometer {

// The basis of a pay figure.
//   full_time_annual:      UK ASHE, full-time employees' gross annual pay.
//   all_employees_annual:  UK ASHE, all employees (full- and part-time) - used only when the full-time and
//                          hourly figures are both suppressed; US OEWS annual wage of all workers (for most
//                          jobs BLS computes it as the hourly wage x 2,080 hours: full-time, all year).
//   hourly:                gross hourly pay of all employees (UK ASHE, US OEWS).
enum class PayBasis : std::uint8_t { full_time_annual, all_employees_annual, hourly };
std::string_view pay_basis_name(PayBasis b);  // "full_time_annual", "all_employees_annual", "hourly"

// A job counts as mostly part-time when under half its employee jobs are full-time (ASHE), or, where ASHE
// does not publish the full-time count, when its median paid week is at most 30 hours (ONS's part-time line).
inline constexpr double kPartTimeShare = 0.5;
inline constexpr double kPartTimeHours = 30;

struct PayRange {
    double low = 0, high = 0;
    Stat low_stat = Stat::p25, high_stat = Stat::p75;  // p25-p75 (the middle half) or p10-p90 (most people)
    bool low_or_more = false, high_or_more = false;    // top-coded ("this much or more")
};

struct PayHeadline {
    PayBasis basis = PayBasis::full_time_annual;
    std::optional<double> value;  // absent: not published on any basis
    bool value_or_more = false;   // top-coded
    std::optional<PayRange> range;
    std::optional<double> average;     // the region's figure on the same basis
    std::optional<double> vs_average;  // value / average; a lower bound when value_or_more
    Reliability reliability = Reliability::unknown;
    // Mostly part-time jobs lead with the hourly rate and the usual week, never an annual figure.
    bool part_time = false;
    std::optional<double> full_time_share;  // UK: full-time employee jobs / all employee jobs
    std::optional<double> usual_hours;      // median paid hours a week, all employees (UK)
    std::string source_id;                  // Bundle::sources id
    std::string year;                       // "2024"
    FiguresFrom from;                       // US: whose figures these are (own, group, aggregate)
};

PayHeadline headline_pay(const Bundle& bundle, const Occupation& occ);

// The region's average on a basis (nullopt when the bundle has none).
std::optional<double> average_pay(const Bundle& bundle, PayBasis basis);

}  // namespace ometer
