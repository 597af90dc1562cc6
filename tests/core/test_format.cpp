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

