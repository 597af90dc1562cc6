// Display formatting; see format.hpp. Safe for any double: whole numbers are printed from the double itself
// ("%.0f" is exact), never through a 64-bit integer, so a corrupt 1e300 shows as a long number, not garbage.
#include "core/format.hpp"

#include <cmath>
#include <cstdio>

namespace ometer {

namespace {

// "%.*f" of any double: at most 309 integer digits, a sign, a point and `decimals` (kept small here).
std::string fixed(double value, int decimals) {
    char buf[400];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, value);
    return buf;
}

// A whole, non-negative, finite number with thousands separators: 1234567 -> "1,234,567".
std::string with_separators(double whole) {
    std::string digits = fixed(whole, 0);
    std::string out;
    const std::size_t n = digits.size();
    for (std::size_t i = 0; i < n; ++i) {
        out += digits[i];
        std::size_t left = n - 1 - i;
        if (left > 0 && left % 3 == 0) out += ',';
    }
    return out;
}

std::string trim_zero(double value, int decimals) {
    std::string s = fixed(value, decimals);
    if (s.find('.') != std::string::npos) {
        while (!s.empty() && s.back() == '0') s.pop_back();
        if (!s.empty() && s.back() == '.') s.pop_back();
    }
    return s == "-0" ? "0" : s;  // -0.04 rounds to "-0.0"
}

}  // namespace

std::string_view currency_symbol(Region region) { return region == Region::uk ? "\xC2\xA3" : "$"; }

std::string money(double value, Region region) {
    if (!std::isfinite(value)) return std::string(kNotPublished);
    double whole = std::round(std::fabs(value));
    std::string sign = value < 0 && whole > 0 ? "-" : "";
    return sign + std::string(currency_symbol(region)) + with_separators(whole);
}

std::string money_rounded(double value, Region region) {
    if (!std::isfinite(value)) return std::string(kNotPublished);
    double a = std::fabs(value);
    double step = a >= 10000 ? 100 : a >= 1000 ? 10 : 1;
    return money(std::round(value / step) * step, region);
}

std::string money_cents(double value, Region region) {
    if (!std::isfinite(value)) return std::string(kNotPublished);
    // Whole units and cents apart: `a - floor(a)` is exact, whereas `a * 100` loses the cents above 9e13.
    const double a = std::fabs(value);
    double whole = std::floor(a);
    int cents = static_cast<int>(std::round((a - whole) * 100.0));
    if (cents == 100) {
        whole += 1;
        cents = 0;
    }
    char tail[8];
    std::snprintf(tail, sizeof tail, ".%02d", cents);
    std::string sign = value < 0 && (whole > 0 || cents > 0) ? "-" : "";
    return sign + std::string(currency_symbol(region)) + with_separators(whole) + tail;
}

std::string hours(double value) {
    if (!std::isfinite(value)) return std::string(kNotPublished);
    return trim_zero(value, 1) + " hrs";
}

std::string count(double value) {
    if (!std::isfinite(value)) return std::string(kNotPublished);
    if (std::fabs(value) >= 1e6) return trim_zero(value / 1e6, 1) + " million";
    double whole = std::round(std::fabs(value));
    return (value < 0 && whole > 0 ? "-" : "") + with_separators(whole);
}

std::string signed_percent(double value) {
    if (!std::isfinite(value)) return std::string(kNotPublished);
    std::string s = trim_zero(value, 1);
    if (s == "0") return "0%";
    return (value > 0 ? "+" : "") + s + "%";
}

std::string ratio_phrase(double ratio) {
    if (!std::isfinite(ratio) || ratio <= 0) return std::string(kNotPublished);
    double pct = (ratio - 1.0) * 100.0;
    if (std::fabs(pct) < 2.0) return "about the same";
    if (ratio >= 2.0) return trim_zero(ratio, 1) + " times";
    return trim_zero(std::round(std::fabs(pct)), 0) + (pct > 0 ? "% more" : "% less");
}

std::string versus(double ratio, std::string_view average, bool at_least) {
    if (!std::isfinite(ratio) || ratio <= 0) return std::string(kNotPublished);
    const std::string prefix = at_least ? "at least " : "";
    const double pct = (ratio - 1.0) * 100.0;
    if (std::fabs(pct) < 2.0 && !at_least) return "about the same as " + std::string(average);
    if (ratio >= 2.0) return prefix + trim_zero(ratio, 1) + " times " + std::string(average);
    return prefix + trim_zero(std::round(std::fabs(pct)), 0) + (pct > 0 ? "% more than " : "% less than ") + std::string(average);
}

std::string approx_count(double value) {
    if (!std::isfinite(value)) return std::string(kNotPublished);
    const double a = std::fabs(value);
    if (a < 10000) return count(value);
    const double step = std::pow(10.0, std::floor(std::log10(a)) - 1);  // two significant figures
    return count(std::round(value / step) * step);
}

std::string hours_versus(double difference, std::string_view average) {
    if (!std::isfinite(difference)) return std::string(kNotPublished);
    if (std::fabs(difference) < 0.5) return "about the same as " + std::string(average);
    return trim_zero(std::fabs(difference), 1) + (std::fabs(difference) == 1.0 ? " hr" : " hrs") +
           (difference > 0 ? " more than " : " fewer than ") + std::string(average);
}

}  // namespace ometer
