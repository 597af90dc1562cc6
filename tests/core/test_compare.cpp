// The comparison model: figures with sources, "not published" states, differences against the average.
#include <doctest/doctest.h>

#include "core/compare.hpp"

using namespace ometer;

namespace {

Measure median(double v, Reliability r = Reliability::precise) {
    Measure m;
    m.median = v;
    m.reliability = r;
    return m;
}

Bundle uk_bundle() {
    Bundle b;
    b.region = Region::uk;
    b.field_sources = {{"pay", "ashe-2024"}, {"hours", "ashe-2024"}, {"jobs", "ashe-2024"}};
    b.averages.label = "All employees";
    b.averages.pay_annual = median(31602);
    b.averages.hours_weekly = median(37.5);
    Occupation e;
    e.code = "5241";
    e.title = "Electricians";
    e.pay_annual = median(38077);
    e.pay_weekly = median(724.8);
    e.hours_weekly = median(40);
    e.jobs = 100000;
    e.interests = InterestProfile{{7, 2.67, 1.28, 1.26, 1.85, 4.22}, "RC"};
    e.outlook.series.push_back({"aps-2021-2024", "People", {{2021, 200000}, {2024, 220000}}});
    Occupation p;
    p.code = "5315";
    p.title = "Plumbers";
    p.pay_annual_ft = median(36000, Reliability::reasonable);  // all-employee figure suppressed
    p.hours_weekly = median(42);
    p.interests = InterestProfile{{6.5, 3, 1, 2, 2, 4}, "RC"};
    Occupation w;
    w.code = "9264";
    w.title = "Waiters";
    w.pay_annual = median(9000, Reliability::acceptable);
    w.interests = InterestProfile{{4, 1, 2, 4.8, 4.1, 4.5}, "SCE"};
    Occupation s;
    s.code = "1111";
    s.title = "Suppressed";
    b.occupations = {e, p, w, s};
    b.rebuild_lookup();
    return b;
}

}  // namespace

TEST_CASE("figures carry value, source and reliability; differences use the all-employee median") {
    Bundle b = uk_bundle();
    auto c = compare(b, {"5241", "9264"});
    REQUIRE_MESSAGE(c.ok(), c.error());
    const auto& e = c->items[0];
    CHECK(e.pay_annual.value.value() == doctest::Approx(38077));
    CHECK(e.pay_annual.source_id == "ashe-2024");
    CHECK(e.pay_vs_average.value() == doctest::Approx(38077.0 / 31602.0));
    CHECK(e.hours_vs_average.value() == doctest::Approx(2.5));
    CHECK(e.growth_pct.value.value() == doctest::Approx(10.0));
    CHECK(e.top_types == std::vector<int>{0, 5, 1});
    CHECK(c->items[1].pay_annual.reliability == Reliability::acceptable);
    CHECK(c->highest_paid.value() == 0);
    CHECK(c->pay_spread_ratio.value() == doctest::Approx(38077.0 / 9000.0));
    CHECK(c->shared_types == std::vector<int>{5});  // conventional is in both top threes
}

TEST_CASE("suppressed values are 'not published', with the full-time fallback noted") {
    Bundle b = uk_bundle();
    auto c = compare(b, {"5315", "1111"});
    REQUIRE(c.ok());
    CHECK(c->items[0].pay_annual.value.value() == doctest::Approx(36000));
    CHECK(c->items[0].pay_annual.note.find("full-time") != std::string::npos);
    const auto& s = c->items[1];
    CHECK_FALSE(s.pay_annual.value.has_value());
    CHECK(s.pay_annual.note.find("not published") != std::string::npos);
    CHECK_FALSE(s.pay_vs_average.has_value());
    CHECK_FALSE(s.growth_pct.value.has_value());
    CHECK_FALSE(c->highest_paid.has_value());  // only one published figure: nothing to rank
}

TEST_CASE("compare rejects bad code lists with a clear message") {
    Bundle b = uk_bundle();
    CHECK(compare(b, {}).error() == "compare: give one to three occupation codes");
    CHECK(compare(b, {"5241", "5315", "9264", "1111"}).error() == "compare: at most 3 occupations, got 4");
    CHECK(compare(b, {"5241", "0000"}).error() == "compare: unknown uk occupation code \"0000\"");
    CHECK(compare(b, {"5241", "5241"}).error() == "compare: \"5241\" is listed twice");
}

TEST_CASE("US comparisons use BLS projections and openings") {
    Bundle b;
    b.region = Region::us;
    b.field_sources = {{"pay", "bls-oews-2024"}, {"outlook", "bls-ep-2024-34"}};
    b.averages.pay_annual = median(49500);
    Occupation e;
    e.code = "47-2111.00";
    e.title = "Electricians";
    e.pay_annual = median(62350);
    e.outlook.growth_pct = 9.5;
    e.outlook.openings_per_year = 81000;
    b.occupations = {e};
    b.rebuild_lookup();
    auto c = compare(b, {"47-2111.00"});
    REQUIRE(c.ok());
    CHECK(c->items[0].growth_pct.value.value() == doctest::Approx(9.5));
    CHECK(c->items[0].growth_pct.source_id == "bls-ep-2024-34");
    CHECK(c->items[0].openings_per_year.value.value() == doctest::Approx(81000));
    CHECK(c->items[0].pay_vs_average.value() == doctest::Approx(62350.0 / 49500.0));
}
