// The data pipeline on the small fixture copy of the raw data (tests/fixtures/raw): outputs parse with the
// core's readers, carry credits, keep suppressed values absent, and match the golden files.
// Set OMETER_UPDATE_GOLDEN=1 to rewrite tests/fixtures/expected after a deliberate change.
#include <doctest/doctest.h>

#include <cstdlib>
#include <fstream>

#include "core/bundle_read.hpp"
#include "tests/test_support.hpp"
#include "tools/pack/pack.hpp"
#include "tools/pack/table.hpp"

using namespace ometer;

namespace {

const std::map<std::string, std::string>& fixture_output() {
    static const auto files = [] {
        auto r = pack::run_pipeline(test::source_dir() + "/tests/fixtures/raw", test::source_dir() + "/assets/curated");
        REQUIRE_MESSAGE(r.ok(), r.error());
        return r.value();
    }();
    return files;
}

}  // namespace

TEST_CASE("the pipeline writes every bundle, and each reads back") {
    const auto& files = fixture_output();
    for (const char* name : {"uk.json", "uk-cards.json", "uk-details.json", "uk-titles.json", "us.json", "us-cards.json",
                             "us-details.json", "us-titles.json", "quiz.json", "crosswalk_soc2020_onet.tsv"})
        CHECK_MESSAGE(files.count(name) == 1, name);
    auto uk = read_bundle(files.at("uk.json"), "uk.json");
    REQUIRE_MESSAGE(uk.ok(), uk.error());
    CHECK(uk->occupations.size() == 10);
    auto uk_titles = read_titles(files.at("uk-titles.json"), uk.value());
    REQUIRE_MESSAGE(uk_titles.ok(), uk_titles.error());
    CHECK(uk_titles->titles.size() > 100);
    auto us = read_bundle(files.at("us.json"), "us.json");
    REQUIRE_MESSAGE(us.ok(), us.error());
    CHECK(us->occupations.size() == 12);
    auto quiz = read_quiz(files.at("quiz.json"), "quiz.json");
    REQUIRE_MESSAGE(quiz.ok(), quiz.error());
    CHECK(quiz->items.size() == 60);
    CHECK(quiz->form("30")->item_ids.size() == 30);
    CHECK(quiz->form("60")->item_ids.front() == 1);
}

TEST_CASE("UK records: ASHE pay, hours, skill level, interests through the crosswalk") {
    auto uk = read_bundle(fixture_output().at("uk.json"), "uk.json").value();
    const Occupation* e = uk.find("5241");
    REQUIRE(e != nullptr);
    CHECK(e->title == "Electricians and electrical fitters");
    CHECK(e->pay_annual.median.value() == doctest::Approx(38077));
    CHECK_FALSE(e->pay_annual.p90.has_value());  // "x" in ASHE: absent, never 0
    CHECK(e->pay_weekly.median.value() == doctest::Approx(724.8));
    CHECK(e->hours_weekly.median.value() == doctest::Approx(40));
    CHECK(e->skill_level == 3);
    REQUIRE(e->interests.has_value());
    CHECK(e->interests->high_point.front() == 'R');
    CHECK_FALSE(e->onet.empty());
    CHECK(e->outlook.series.size() >= 2);
    CHECK(uk.averages.pay_annual.median.value() == doctest::Approx(31602));
    bool has_ons_credit = false;
    for (const auto& s : uk.sources) has_ons_credit |= s.credit.find("Open Government Licence v3.0") != std::string::npos;
    CHECK(has_ons_credit);
}

TEST_CASE("US records: BLS wages, projections and Bright Outlook") {
    auto us = read_bundle(fixture_output().at("us.json"), "us.json").value();
    const Occupation* e = us.find("47-2111.00");
    REQUIRE(e != nullptr);
    CHECK(e->pay_annual.median.value() == doctest::Approx(62350));
    CHECK(e->outlook.growth_pct.value() == doctest::Approx(9.5));
    CHECK(e->outlook.openings_per_year.value() == doctest::Approx(81000));
    CHECK(e->interests->high_point == "RC");
    bool onet_credit = false;
    for (const auto& s : us.sources) onet_credit |= s.licence == "CC BY 4.0";
    CHECK(onet_credit);
}

TEST_CASE("the web's split bundle (cards, then details) reads back to what the full record shows") {
    for (const char* region : {"uk", "us"}) {
        CAPTURE(region);
        const std::string r(region);
        auto full = read_bundle(fixture_output().at(r + ".json"), r + ".json");
        auto cards = read_bundle(fixture_output().at(r + "-cards.json"), r + "-cards.json");
        REQUIRE_MESSAGE(cards.ok(), cards.error());
        CHECK(cards->part == BundlePart::cards);
        for (const auto& o : cards->occupations) CHECK_FALSE(o.has_details);
        auto details = read_details(fixture_output().at(r + "-details.json"), cards.value(), r + "-details.json");
        REQUIRE_MESSAGE(details.ok(), details.error());
        REQUIRE(cards->occupations.size() == full->occupations.size());
        for (std::size_t i = 0; i < full->occupations.size(); ++i) {
            const Occupation& a = full->occupations[i];
            const Occupation& b = cards->occupations[i];
            CHECK(b.has_details);
            CHECK(a.code == b.code);
            CHECK(a.description == b.description);
            CHECK(a.tasks == b.tasks);
            CHECK(a.entry_routes == b.entry_routes);
            CHECK(a.related == b.related);
            CHECK(a.pay_annual_ft.median == b.pay_annual_ft.median);
            CHECK(a.pay_hourly.p25 == b.pay_hourly.p25);
            CHECK(a.pay_annual.top_coded == b.pay_annual.top_coded);
            CHECK(a.jobs == b.jobs);
            CHECK(a.jobs_ft == b.jobs_ft);
            CHECK(a.people == b.people);
            CHECK(a.pay_from.code == b.pay_from.code);
            CHECK(a.outlook.growth_pct == b.outlook.growth_pct);
            CHECK(b.skills.empty());  // no widget reads them: left out of the web's copy
            CHECK(b.outlook.series.empty());
        }
    }
}

TEST_CASE("the pipeline is deterministic") {
    auto again = pack::run_pipeline(test::source_dir() + "/tests/fixtures/raw", test::source_dir() + "/assets/curated");
    REQUIRE(again.ok());
    CHECK(again.value() == fixture_output());
}

TEST_CASE("golden files") {
    const std::string dir = test::source_dir() + "/tests/fixtures/expected/";
    bool update = std::getenv("OMETER_UPDATE_GOLDEN") != nullptr;
    for (const auto& [name, content] : fixture_output()) {
        CAPTURE(name);
        if (update) {
            std::ofstream(dir + name, std::ios::binary) << content;
            continue;
        }
        REQUIRE_MESSAGE(test::file_exists(dir + name), "missing golden file; run with OMETER_UPDATE_GOLDEN=1");
        CHECK(test::read_text(dir + name) == content);
    }
}

TEST_CASE("missing or malformed raw input is an error naming the file and column") {
    auto missing = pack::run_pipeline(test::source_dir() + "/tests/fixtures/no-such-dir", test::source_dir() + "/assets/curated");
    REQUIRE_FALSE(missing.ok());
    CHECK(missing.error().find("no-such-dir") != std::string::npos);
    auto t = pack::Table::parse("a\tb\n1\t2\n", '\t', "x.tsv");
    REQUIRE(t.ok());
    CHECK(t->column("c").error() == "x.tsv: missing column \"c\"");
    CHECK(pack::parse_number("x") == std::nullopt);
    CHECK(pack::parse_number("..") == std::nullopt);
    CHECK(pack::parse_number("1,234.5").value() == doctest::Approx(1234.5));
    auto csv = pack::Table::parse("a,b\n\"x, y\",\"say \"\"hi\"\"\"\n", ',', "q.csv");
    REQUIRE(csv.ok());
    CHECK(csv->at(0, 0) == "x, y");
    CHECK(csv->at(0, 1) == "say \"hi\"");
}

TEST_CASE("ONS index titles are put in natural word order") {
    CHECK(pack::natural_word_order("Nurse, care, intensive") == "Intensive care nurse");
    CHECK(pack::natural_word_order("Electrician") == "Electrician");
    CHECK(pack::natural_word_order("Officer, experimental, chief") == "Chief experimental officer");
    CHECK(pack::natural_word_order("Manager, IT") == "IT manager");
}
