// The comparison model and the pay headline rule: figures with their basis, year and source, "not
// published" states, like-for-like averages and rankings, part-time jobs led by their hourly rate.
#include <doctest/doctest.h>

#include "core/compare.hpp"
#include "core/pay.hpp"

using namespace ometer;

namespace {

Measure median(double v, Reliability r = Reliability::precise) {
    Measure m;
    m.median = v;
    m.reliability = r;
    return m;
}

Measure spread(double p10, double p25, double mid, double p75, double p90) {
    Measure m = median(mid);
    m.p10 = p10;
    m.p25 = p25;
    m.p75 = p75;
    m.p90 = p90;
    return m;
}

Bundle uk_bundle() {
    Bundle b;
    b.region = Region::uk;
    b.sources = {{"ashe-2024", "ASHE 2024", "2024", "OGL", "credit", ""}, {"aps-2024", "APS 2024", "2024", "OGL", "credit", ""}};
    b.field_sources = {{"pay", "ashe-2024"}, {"hours", "ashe-2024"}, {"jobs", "ashe-2024"}, {"people", "aps-2024"}};
    b.averages.label = "All employees";
    b.averages.pay_annual = median(31602);
    b.averages.pay_annual_ft = median(37430);
    b.averages.pay_hourly = median(17.48);
    b.averages.hours_weekly = median(37.5);
    Occupation e;  // mostly full-time: full-time annual pay
    e.code = "5241";
    e.title = "Electricians";
    e.pay_annual = median(38077);
    e.pay_annual_ft = spread(24049, 31452, 38760, 46002, 53000);
    e.pay_hourly = median(18.03);
    e.hours_weekly = median(40);
    e.jobs = 100000;
    e.jobs_ft = 95000;
    e.people = 190731;
    e.interests = InterestProfile{{7, 2.67, 1.28, 1.26, 1.85, 4.22}, "RC"};
    Occupation p;  // full-time pay suppressed, mostly full-time: hourly, never the all-employee annual
    p.code = "5315";
    p.title = "Plumbers";
    p.pay_annual = median(33000);
    p.pay_hourly = median(17.1, Reliability::reasonable);
    p.hours_weekly = median(42);
    p.jobs = 50000;
    p.jobs_ft = 48000;
    p.interests = InterestProfile{{6.5, 3, 1, 2, 2, 4}, "RC"};
    Occupation w;  // mostly part-time: hourly pay and usual hours lead
    w.code = "9232";
    w.title = "School midday and crossing patrol occupations";
    w.pay_annual = median(4100, Reliability::acceptable);
    w.pay_annual_ft = median(21000, Reliability::unreliable);
    w.pay_hourly = spread(11.4, 11.6, 12.4, 13.1, 14.0);
    w.hours_weekly = median(7.1);
    w.jobs = 72000;
    w.jobs_ft = 3000;
    w.people = 59359;
    w.people_lower_bound = true;
    w.interests = InterestProfile{{4, 1, 2, 4.8, 4.1, 4.5}, "SCE"};
    Occupation h;  // no job counts: the 30-hour line decides
    h.code = "9264";
    h.title = "Waiters";
    h.pay_annual_ft = median(23000);
    h.pay_hourly = median(11.5);
    h.hours_weekly = median(24);
    Occupation s;
    s.code = "1111";
    s.title = "Suppressed";
    b.occupations = {e, p, w, h, s};
    b.rebuild_lookup();
    return b;
}

const Occupation& occ(const Bundle& b, const char* code) { return *b.find(code); }

}  // namespace

TEST_CASE("UK pay leads with the full-time annual median and compares it with the full-time average") {
    Bundle b = uk_bundle();
    PayHeadline h = headline_pay(b, occ(b, "5241"));
    CHECK(h.basis == PayBasis::full_time_annual);
    CHECK(h.value.value() == doctest::Approx(38760));
    CHECK(h.average.value() == doctest::Approx(37430));
    CHECK(h.vs_average.value() == doctest::Approx(38760.0 / 37430.0));
    REQUIRE(h.range);
    CHECK(h.range->low_stat == Stat::p25);  // the middle half, not p10-p90, when both are published
    CHECK(h.range->low == doctest::Approx(31452));
    CHECK(h.range->high == doctest::Approx(46002));
    CHECK_FALSE(h.part_time);
    CHECK(h.full_time_share.value() == doctest::Approx(0.95));
    CHECK(h.source_id == "ashe-2024");
    CHECK(h.year == "2024");
}

TEST_CASE("a mostly part-time job leads with its hourly rate and usual hours, never an annual figure") {
    Bundle b = uk_bundle();
    PayHeadline h = headline_pay(b, occ(b, "9232"));
    CHECK(h.part_time);
    CHECK(h.basis == PayBasis::hourly);
    CHECK(h.value.value() == doctest::Approx(12.4));
    CHECK(h.usual_hours.value() == doctest::Approx(7.1));
    CHECK(h.average.value() == doctest::Approx(17.48));  // hourly by hourly
    CHECK(h.vs_average.value() == doctest::Approx(12.4 / 17.48));
    // Without job counts, the ONS 30-hour line decides.
    PayHeadline waiters = headline_pay(b, occ(b, "9264"));
    CHECK(waiters.part_time);
    CHECK(waiters.basis == PayBasis::hourly);
    CHECK_FALSE(waiters.full_time_share.has_value());
}

TEST_CASE("a suppressed full-time figure falls back to hourly pay with the hourly average, not a mixed ratio") {
    Bundle b = uk_bundle();
    PayHeadline h = headline_pay(b, occ(b, "5315"));
    CHECK_FALSE(h.part_time);
    CHECK(h.basis == PayBasis::hourly);
    CHECK(h.value.value() == doctest::Approx(17.1));
    CHECK(h.vs_average.value() == doctest::Approx(17.1 / 17.48));
    CHECK(h.reliability == Reliability::reasonable);
    PayHeadline none = headline_pay(b, occ(b, "1111"));
    CHECK_FALSE(none.value.has_value());
    CHECK_FALSE(none.vs_average.has_value());
}

TEST_CASE("the basis of every headline and its average match, for every occupation") {
    Bundle b = uk_bundle();
    for (const auto& o : b.occupations) {
        PayHeadline h = headline_pay(b, o);
        if (!h.value) continue;
        CHECK(h.average == average_pay(b, h.basis));
        if (h.part_time) CHECK(h.basis == PayBasis::hourly);
    }
}

TEST_CASE("comparisons rank pay only like for like") {
    Bundle b = uk_bundle();
    auto same = compare(b, {"5241", "5315"});  // full-time annual vs hourly: ranked by hourly pay
    REQUIRE_MESSAGE(same.ok(), same.error());
    CHECK(same->ranked_basis == PayBasis::hourly);
    CHECK(same->highest_paid.value() == 0);
    CHECK(same->pay_spread_ratio.value() == doctest::Approx(18.03 / 17.1));
    auto none = compare(b, {"5241", "1111"});
    REQUIRE(none.ok());
    CHECK_FALSE(none->highest_paid.has_value());  // one published figure: nothing to rank
}

TEST_CASE("counts say what they count, with year, source and whether they are a lower bound") {
    Bundle b = uk_bundle();
    auto c = compare(b, {"5241", "9232"});
    REQUIRE(c.ok());
    const auto& e = c->items[0];
    CHECK(e.jobs.value.value() == doctest::Approx(100000));
    CHECK(e.jobs.source_id == "ashe-2024");
    CHECK(e.people.value.value() == doctest::Approx(190731));
    CHECK(e.people.year == "2024");
    CHECK_FALSE(e.people.lower_bound);
    CHECK(c->items[1].people.lower_bound);
    CHECK(e.hours_vs_average.value() == doctest::Approx(2.5));
    CHECK(e.top_types == std::vector<int>{0, 5, 1});
    CHECK(c->shared_types == std::vector<int>{5});  // conventional is in both top threes
    CHECK_FALSE(e.growth_pct.value.has_value());    // no UK trend is shown (assets/data/README.md)
}

TEST_CASE("compare rejects bad code lists with a clear message") {
    Bundle b = uk_bundle();
    CHECK(compare(b, {}).error() == "compare: give one to three occupation codes");
    CHECK(compare(b, {"5241", "5315", "9264", "1111"}).error() == "compare: at most 3 occupations, got 4");
    CHECK(compare(b, {"5241", "0000"}).error() == "compare: unknown uk occupation code \"0000\"");
    CHECK(compare(b, {"5241", "5241"}).error() == "compare: \"5241\" is listed twice");
}

TEST_CASE("US comparisons: BLS annual pay, projections as counts, group figures flagged, top-coding kept") {
    Bundle b;
    b.region = Region::us;
    b.sources = {{"bls-oews-2025", "OEWS", "2025", "PD", "credit", ""}, {"bls-ep-2024-34", "EP", "2024-2034", "PD", "c", ""}};
    b.field_sources = {{"pay", "bls-oews-2025"}, {"outlook", "bls-ep-2024-34"}};
    b.averages.pay_annual = median(50980);
    b.averages.pay_hourly = median(24.51);
    Occupation e;
    e.code = "47-2111.00";
    e.title = "Electricians";
    e.pay_annual = median(62350);
    e.outlook.growth_pct = 9.5;
    e.outlook.openings_per_year = 81000;
    e.outlook.employment_now = 800000;
    e.outlook.employment_projected = 876000;
    Occupation n;
    n.code = "29-1141.02";
    n.title = "Advanced Practice Psychiatric Nurses";
    n.pay_annual = median(93600);
    n.pay_from = {FigureOrigin::group, "29-1141", "Registered Nurses"};
    n.outlook_from = n.pay_from;
    Occupation d;
    d.code = "29-1216.00";
    d.title = "General Internal Medicine Physicians";
    d.pay_annual = median(239200);
    d.pay_annual.set_top_coded(Stat::median);
    b.occupations = {e, n, d};
    b.rebuild_lookup();
    auto c = compare(b, {"47-2111.00", "29-1141.02", "29-1216.00"});
    REQUIRE(c.ok());
    CHECK(c->items[0].pay.basis == PayBasis::all_employees_annual);
    CHECK(c->items[0].pay.vs_average.value() == doctest::Approx(62350.0 / 50980.0));
    CHECK(c->items[0].projected_change.value.value() == doctest::Approx(76000));
    CHECK(c->items[0].growth_pct.source_id == "bls-ep-2024-34");
    CHECK(c->items[1].pay.from.origin == FigureOrigin::group);
    CHECK(c->items[1].jobs.from.title == "Registered Nurses");
    CHECK(c->items[2].pay.value_or_more);
    CHECK_FALSE(c->highest_paid.has_value());  // a top-coded figure cannot be ranked above another exactly
}
