// Money, hours, counts and phrases as the cards and the CLI show them.
#include <doctest/doctest.h>

#include <cmath>

#include "core/format.hpp"

using namespace ometer;

TEST_CASE("money uses the region's currency and thousands separators") {
    CHECK(money(31602, Region::uk) == "\xC2\xA3" "31,602");
    CHECK(money(62350.4, Region::us) == "$62,350");
    CHECK(money(999.5, Region::uk) == "\xC2\xA3" "1,000");
    CHECK(money(-1200, Region::uk) == "-\xC2\xA3" "1,200");
    CHECK(money(0, Region::us) == "$0");
    CHECK(money(NAN, Region::uk) == "not published");
}

TEST_CASE("money_rounded rounds headline figures to a friendly precision") {
    CHECK(money_rounded(31602, Region::uk) == "\xC2\xA3" "31,600");
    CHECK(money_rounded(724.8, Region::uk) == "\xC2\xA3" "725");
    CHECK(money_rounded(18.03, Region::uk) == "\xC2\xA3" "18");
}

TEST_CASE("money_cents keeps two decimals") {
    CHECK(money_cents(18.034, Region::uk) == "\xC2\xA3" "18.03");
    CHECK(money_cents(1234.5, Region::us) == "$1,234.50");
    CHECK(money_cents(-0.5, Region::us) == "-$0.50");
}

TEST_CASE("hours, counts and percentages") {
    CHECK(hours(37.5) == "37.5 hrs");
    CHECK(hours(40) == "40 hrs");
    CHECK(count(90000) == "90,000");
    CHECK(count(1234567) == "1.2 million");
    CHECK(signed_percent(9.5) == "+9.5%");
    CHECK(signed_percent(-3) == "-3%");
    CHECK(signed_percent(0.01) == "0%");
}

TEST_CASE("ratio_phrase") {
    CHECK(ratio_phrase(1.23) == "23% more");
    CHECK(ratio_phrase(0.85) == "15% less");
    CHECK(ratio_phrase(1.01) == "about the same");
    CHECK(ratio_phrase(2.5) == "2.5 times");
    CHECK(ratio_phrase(0) == "not published");
}

TEST_CASE("versus, approx_count and hours_versus read as sentence parts") {
    CHECK(versus(1.04, "the UK average") == "4% more than the UK average");
    CHECK(versus(0.71, "the UK average") == "29% less than the UK average");
    CHECK(versus(1.01, "the UK average") == "about the same as the UK average");
    CHECK(versus(2.34, "the UK average") == "2.3 times the UK average");
    CHECK(versus(4.7, "the US average", true) == "at least 4.7 times the US average");
    CHECK(versus(0, "x") == "not published");
    CHECK(approx_count(190731) == "190,000");
    CHECK(approx_count(3280000) == "3.3 million");
    CHECK(approx_count(8120) == "8,120");
    CHECK(hours_versus(3, "the UK average") == "3 hrs more than the UK average");
    CHECK(hours_versus(-1, "the UK average") == "1 hr fewer than the UK average");
    CHECK(hours_versus(0.2, "the UK average") == "about the same as the UK average");
}

// A corrupt or hostile bundle can carry any number: every formatter must give sensible text for all of them
// (it used to negate INT64_MIN for pay at or above 9.2e18 and show "-£--9,223,372,036,854,775,808").
TEST_CASE("formatters are safe for huge, negative and non-finite values") {
    CHECK(money(9.3e18, Region::uk) == "\xC2\xA3" "9,300,000,000,000,000,000");
    CHECK(money(-9.3e18, Region::us) == "-$9,300,000,000,000,000,000");
    CHECK(money(-9223372036854775808.0, Region::us) == "-$9,223,372,036,854,775,808");
    CHECK(money(1e20, Region::us) == "$100,000,000,000,000,000,000");
    CHECK(money(-0.4, Region::uk) == "\xC2\xA3" "0");  // no "-£0"
    CHECK(money_rounded(9.3e18, Region::uk) == "\xC2\xA3" "9,300,000,000,000,000,000");
    CHECK(money_cents(9.3e18, Region::us) == "$9,300,000,000,000,000,000.00");
    CHECK(money_cents(-1e16, Region::us) == "-$10,000,000,000,000,000.00");
    CHECK(money_cents(-0.001, Region::us) == "$0.00");
    CHECK(money_cents(0.999, Region::us) == "$1.00");
    CHECK(money_cents(1e308, Region::us).size() > 400);
    CHECK(count(-2.5e6) == "-2.5 million");
    CHECK(count(-1234.4) == "-1,234");
    CHECK(count(9.3e18) == "9300000000000 million");
    CHECK(signed_percent(-9.3e18) == "-9300000000000000000%");
    CHECK(ratio_phrase(9.3e18) == "9300000000000000000 times");

    const double awkward[] = {1e308, -1e308, 1.7976931348623157e308, -1.7976931348623157e308, 9.2233720368547758e18,
                              -9.2233720368547758e18, 1.8446744073709552e19, 4.9e-324, -4.9e-324, -0.0,
                              INFINITY, -INFINITY, NAN};
    for (double v : awkward) {
        CAPTURE(v);
        for (Region region : {Region::uk, Region::us}) {
            for (const std::string& s : {money(v, region), money_rounded(v, region), money_cents(v, region)}) {
                CAPTURE(s);
                if (!std::isfinite(v)) {
                    CHECK(s == "not published");
                    continue;
                }
                // A sign at most once, at the front; then the symbol and digits with commas (and pence).
                const std::size_t digits = s.find_first_of("0123456789");
                REQUIRE(digits != std::string::npos);
                CHECK(s.find('-', 1) == std::string::npos);
                CHECK(s.find_first_not_of("0123456789,.", digits) == std::string::npos);
                CHECK((s[0] == '-') == (v < -0.5));
                CHECK(s.size() < 420);  // 309 digits of the largest double, its commas, sign and symbol
            }
        }
        for (const std::string& s : {hours(v), count(v), signed_percent(v), ratio_phrase(v), versus(v, "the UK average"),
                                     versus(v, "the UK average", true), approx_count(v), hours_versus(v, "the UK average")}) {
            CAPTURE(s);
            CHECK(!s.empty());
            CHECK(s.find("--") == std::string::npos);
            CHECK(s.find("nan") == std::string::npos);
            CHECK(s.find("inf") == std::string::npos);
        }
        CHECK(hours(v).find('-') == (std::isfinite(v) && v < -0.05 ? 0 : std::string::npos));
    }
    CHECK(hours(1e308).size() > 300);  // the whole number, not cut off by a fixed buffer
    CHECK(hours(-0.04) == "0 hrs");
    CHECK(signed_percent(-0.04) == "0%");
}
