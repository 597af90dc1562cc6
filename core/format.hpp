// Display formatting shared by the CLI and the widgets: money in £/$, hours, counts and percentages,
// in en-GB style ("£31,602", "£725", "37.5 hrs", "1.2 million", "+9.5%").
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "core/model.hpp"

namespace ometer {

std::string_view currency_symbol(Region region);  // "£" / "$"

// Whole units with thousands separators: money(31602.4, uk) -> "£31,602". Negative values keep a minus.
std::string money(double value, Region region);
// Money rounded to a friendly precision for headlines: 31602 -> "£31,600", 724.8 -> "£725".
std::string money_rounded(double value, Region region);
// Money with pence/cents, for hourly rates: 18.034 -> "£18.03".
std::string money_cents(double value, Region region);
// "37.5 hrs" (one decimal, trailing .0 dropped).
std::string hours(double value);
// 90000 -> "90,000"; 1234567 -> "1.2 million".
std::string count(double value);
// 9.5 -> "+9.5%", -3 -> "-3%", 0 -> "0%".
std::string signed_percent(double value);
// 1.23 -> "1.2x" style ratio text: "23% more", "15% less", "about the same" (within 2%).
std::string ratio_phrase(double ratio);

// A ratio against a named average, as a sentence part: "4% more than the UK average", "2.3 times the UK
// average", "about the same as the UK average"; `at_least` for a top-coded value ("at least 4.7 times ...").
std::string versus(double ratio, std::string_view average, bool at_least = false);
// A count rounded for reading: two significant figures from 10,000 ("190,000", "3.3 million").
std::string approx_count(double value);
// "3 hrs more than", "2.5 hrs fewer than", or "about the same as": hours against an average.
std::string hours_versus(double difference, std::string_view average);

// "Not published" reasons for a missing value, so every view says the same thing.
inline constexpr std::string_view kNotPublished = "not published";

}  // namespace ometer
