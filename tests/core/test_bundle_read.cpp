// Bundle reading: valid bundles load; malformed, truncated, wrong-typed, incomplete or wrong-version input
// gives an error naming the field and where, never a crash. Runs natively and as wasm.
#include <doctest/doctest.h>

#include <string>

#include "core/bundle_read.hpp"
#include "tests/test_support.hpp"

using namespace ometer;

namespace {

const std::string kValid = R"({
 "schema": 2, "kind": "occupations", "data_version": "test", "region": "uk", "currency": "GBP",
 "sources": [{"id": "ashe-2024", "name": "ASHE", "years": "2024", "licence": "OGL", "credit": "ONS", "url": ""}],
 "field_sources": {"pay": "ashe-2024"},
 "averages": {"label": "All employees", "pay_annual": {"median": 31602, "reliability": "precise"}},
 "occupations": [
  {"code": "5241", "title": "Electricians", "description": "Wire things.", "tasks": ["cuts wires"],
   "skill_level": 3, "job_zone": 3,
   "interests": {"scores": [7, 2.67, 1.28, 1.26, 1.85, 4.22], "high_point": "RC"},
   "pay_annual": {"p10": 22537, "median": 38077, "cv": 3.2, "reliability": "precise"},
   "jobs": 100000,
   "outlook": {"series": [{"source": "aps", "label": "People", "points": [[2021, 100], [2024, 120]]}]}},
  {"code": "9999", "title": "Suppressed pay", "description": "No pay published.", "tasks": []}
 ]
})";

std::string replace(std::string s, const std::string& from, const std::string& to) {
    auto pos = s.find(from);
    REQUIRE_MESSAGE(pos != std::string::npos, "test setup: '" << from << "' not found");
    return s.replace(pos, from.size(), to);
}

std::string error_of(const std::string& text) {
    auto r = read_bundle(text, "uk.json");
    REQUIRE_FALSE(r.ok());
    return r.error();
}

}  // namespace

TEST_CASE("a valid bundle loads with every field") {
    auto r = read_bundle(kValid, "uk.json");
    REQUIRE_MESSAGE(r.ok(), r.error());
    const Bundle& b = r.value();
    CHECK(b.region == Region::uk);
    REQUIRE(b.occupations.size() == 2);
    const Occupation* e = b.find("5241");
    REQUIRE(e != nullptr);
    CHECK(e->pay_annual.median.value() == doctest::Approx(38077));
    CHECK_FALSE(e->pay_annual.p90.has_value());
    CHECK(e->pay_annual.reliability == Reliability::precise);
    CHECK(e->interests->high_point == "RC");
    CHECK(e->outlook.series.at(0).points.at(1).value == doctest::Approx(120));
    const Occupation* s = b.find("9999");
    REQUIRE(s != nullptr);
    CHECK_FALSE(s->pay_annual.present());  // absent means not published, never 0
    CHECK(b.find("0000") == nullptr);
}

TEST_CASE("truncated JSON is an error with a byte position, at every cut") {
    for (std::size_t cut = 0; cut < kValid.size(); cut += 7) {
        auto r = read_bundle(kValid.substr(0, cut), "uk.json");
        CHECK_FALSE(r.ok());
    }
    CHECK(error_of(kValid.substr(0, 100)).find("invalid JSON at byte") != std::string::npos);
}

TEST_CASE("wrong types name the field path") {
    CHECK(error_of(replace(kValid, "\"median\": 38077", "\"median\": \"38077\"")) ==
          "uk.json: occupations[0].pay_annual.median: expected a number, got a string");
    CHECK(error_of(replace(kValid, "\"tasks\": [\"cuts wires\"]", "\"tasks\": [3]")) ==
          "uk.json: occupations[0].tasks[0]: expected a string, got a number");
    CHECK(error_of(replace(kValid, "\"skill_level\": 3", "\"skill_level\": 9")).find("occupations[0].skill_level") !=
          std::string::npos);
    CHECK(error_of(replace(kValid, "[7, 2.67", "[70, 2.67")).find("interests.scores[0]") != std::string::npos);
    CHECK(error_of(replace(kValid, "\"occupations\": [", "\"occupations\": 5, \"unused\": [")) ==
          "uk.json: occupations: expected an array, got a number");
    CHECK(error_of("[1, 2]") == "uk.json: expected a JSON object at the top level, got an array");
}

TEST_CASE("missing fields are named") {
    CHECK(error_of(replace(kValid, "\"title\": \"Electricians\", ", "")) == "uk.json: occupations[0]: missing field \"title\"");
    CHECK(error_of(replace(kValid, "\"currency\": \"GBP\",", "")) == "uk.json: missing field \"currency\"");
    CHECK(error_of(replace(kValid, "\"median\": 38077", "\"p50\": 38077")) ==
          "uk.json: occupations[0].pay_annual: missing field \"median\"");
}

TEST_CASE("unknown schema versions and kinds are rejected") {
    CHECK(error_of(replace(kValid, "\"schema\": 2", "\"schema\": 1")) ==
          "uk.json: schema: unsupported schema version 1 (this build reads version 2)");
    CHECK(error_of(replace(kValid, "\"kind\": \"occupations\"", "\"kind\": \"quiz\"")) ==
          "uk.json: kind: expected \"occupations\", got \"quiz\"");
    CHECK(error_of(replace(kValid, "\"region\": \"uk\"", "\"region\": \"fr\"")).find("region") != std::string::npos);
    CHECK(error_of(replace(kValid, "\"code\": \"9999\"", "\"code\": \"5241\"")).find("duplicate code") != std::string::npos);
}

TEST_CASE("numbers beyond sane limits are corrupt, named by field path") {
    CHECK(error_of(replace(kValid, "\"median\": 38077", "\"median\": 9.3e18")) ==
          "uk.json: occupations[0].pay_annual.median: expected a number from 0 to 10000000, got 9.3e+18");
    CHECK(error_of(replace(kValid, "\"p10\": 22537", "\"p10\": -5")).find("pay_annual.p10: expected a number from 0") !=
          std::string::npos);
    CHECK(error_of(replace(kValid, "\"jobs\": 100000", "\"jobs\": 1e12")).find("occupations[0].jobs: expected a number") !=
          std::string::npos);
    CHECK(error_of(replace(kValid, "\"cv\": 3.2", "\"cv\": 5000")).find("pay_annual.cv") != std::string::npos);
    CHECK(error_of(replace(kValid, "[2024, 120]", "[20240, 120]")).find("series[0].points[1]: expected a year") !=
          std::string::npos);
    CHECK(error_of(replace(kValid, "\"jobs\": 100000", "\"jobs\": 100000, \"hours_weekly\": {\"median\": 200}"))
              .find("hours_weekly.median: expected a number from 0 to 168") != std::string::npos);
    // O*NET's four Job Zones since 30.2: 2 ("Job Zone 1-2"), 3, 4, 5.
    CHECK(error_of(replace(kValid, "\"job_zone\": 3", "\"job_zone\": 1")) ==
          "uk.json: occupations[0].job_zone: expected a whole number from 2 to 5");
    CHECK(error_of(replace(kValid, "\"job_zone\": 3", "\"job_zone\": 6")).find("job_zone") != std::string::npos);
    CHECK(read_bundle(replace(kValid, "\"job_zone\": 3", "\"job_zone\": 2"), "uk.json").ok());
}

TEST_CASE("schema 2 fields: top-coded figures, figures from a wider group, similar jobs") {
    auto b = read_bundle(replace(kValid, "\"jobs\": 100000",
                                 "\"jobs\": 100000, \"jobs_ft\": 95000, \"people\": 190000, \"people_lower_bound\": true, "
                                 "\"pay_hourly\": {\"median\": 115, \"p90\": 115, \"top_coded\": [\"median\", \"p90\"]}, "
                                 "\"pay_from\": {\"origin\": \"group\", \"code\": \"47-2110\", \"title\": \"Electricians\"}, "
                                 "\"related\": [\"9999\"]"),
                         "uk.json");
    REQUIRE_MESSAGE(b.ok(), b.error());
    const Occupation& e = b->occupations[0];
    CHECK(e.pay_hourly.is_top_coded(Stat::median));
    CHECK(e.pay_hourly.is_top_coded(Stat::p90));
    CHECK_FALSE(e.pay_hourly.is_top_coded(Stat::p10));
    CHECK(e.pay_from.origin == FigureOrigin::group);
    CHECK(e.pay_from.title == "Electricians");
    CHECK(e.outlook_from.own());
    CHECK(e.people_lower_bound);
    CHECK(e.related == std::vector<std::string>{"9999"});
    CHECK(error_of(replace(kValid, "\"jobs\": 100000", "\"jobs\": 1, \"related\": [\"1234\"]")) ==
          "uk.json: occupations[0].related[0]: not another occupation of this bundle");
    CHECK(error_of(replace(kValid, "\"cv\": 3.2", "\"cv\": 3.2, \"top_coded\": [\"p90\"]")) ==
          "uk.json: occupations[0].pay_annual.top_coded[0]: names no figure of this measure");
    CHECK(error_of(replace(kValid, "\"jobs\": 100000", "\"jobs\": 1, \"pay_from\": {\"origin\": \"group\", \"code\": \"\", \"title\": \"\"}"))
              .find("pay_from: a group's or aggregate's figures need its code and title") != std::string::npos);
}

TEST_CASE("a split bundle: cards first, then details, which leave the cards untouched when bad") {
    std::string cards = replace(replace(kValid, "\"description\": \"Wire things.\", \"tasks\": [\"cuts wires\"],", ""),
                                "\"currency\": \"GBP\",", "\"currency\": \"GBP\", \"part\": \"cards\",");
    cards = replace(cards, ", \"description\": \"No pay published.\", \"tasks\": []", "");
    auto b = read_bundle(cards, "uk-cards.json");
    REQUIRE_MESSAGE(b.ok(), b.error());
    CHECK_FALSE(b->occupations[0].has_details);
    const std::string details = R"({"schema":2,"kind":"details","data_version":"test","region":"uk","details":{
      "5241":{"description":"Wire things.","tasks":["cuts wires"],"related":["9999"]}}})";
    auto bad = read_details(replace(details, "\"9999\"", "\"5241\""), b.value(), "uk-details.json");
    CHECK(bad.error() == "uk-details.json: details.5241.related[0]: not another occupation of this bundle");
    CHECK(b->occupations[0].description.empty());
    auto other = read_details(replace(details, "\"data_version\":\"test\"", "\"data_version\":\"old\""), b.value());
    CHECK(other.error().find("details are for uk data old but the cards are for uk data test") != std::string::npos);
    auto ok = read_details(details, b.value(), "uk-details.json");
    REQUIRE_MESSAGE(ok.ok(), ok.error());
    CHECK(b->occupations[0].has_details);
    CHECK(b->occupations[0].description == "Wire things.");
    CHECK(b->occupations[0].related == std::vector<std::string>{"9999"});
    CHECK_FALSE(b->occupations[1].has_details);
}

TEST_CASE("titles bundles are checked against the occupations") {
    Bundle b = read_bundle(kValid, "uk.json").value();
    auto ok = read_titles(R"({"schema":2,"kind":"titles","data_version":"t","region":"uk",
                              "titles":{"5241":{"index":["Sparky","Electrician"]}}})", b);
    REQUIRE_MESSAGE(ok.ok(), ok.error());
    CHECK(ok->titles.size() == 2);
    auto unknown = read_titles(R"({"schema":2,"kind":"titles","data_version":"t","region":"uk",
                                   "titles":{"1234":{"index":["X"]}}})", b, "uk-titles.json");
    CHECK(unknown.error() == "uk-titles.json: titles.1234: unknown occupation code");
    auto region = read_titles(R"({"schema":2,"kind":"titles","data_version":"t","region":"us","titles":{}})", b);
    CHECK_FALSE(region.ok());
    auto kind = read_titles(R"({"schema":2,"kind":"titles","data_version":"t","region":"uk",
                                "titles":{"5241":{"nickname":["X"]}}})", b);
    CHECK(kind.error().find("unknown title kind") != std::string::npos);
}

TEST_CASE("quiz bundles: items and forms are validated") {
    const std::string quiz = R"({"schema":2,"kind":"quiz","data_version":"t",
      "sources":[{"id":"ip","name":"IP","licence":"CC BY 4.0","credit":"O*NET"}],
      "items":[{"id":1,"type":"R","text":"Build kitchen cabinets"},{"id":2,"type":"I","text":"Study"}],
      "forms":[{"id":"2","name":"Tiny","items":[1,2]}]})";
    auto q = read_quiz(quiz, "quiz.json");
    REQUIRE_MESSAGE(q.ok(), q.error());
    CHECK(q->form("2")->item_ids.size() == 2);
    CHECK(read_quiz(replace(quiz, "\"type\":\"R\"", "\"type\":\"X\""), "quiz.json").error() ==
          "quiz.json: items[0].type: expected one of R, I, A, S, E, C");
    CHECK(read_quiz(replace(quiz, "\"items\":[1,2]", "\"items\":[1,7]"), "quiz.json").error() ==
          "quiz.json: forms[0].items[1]: no item with id 7");
}

TEST_CASE("the shipped bundles load") {
    const std::string dir = test::source_dir() + "/assets/data/";
    for (const char* region : {"uk", "us"}) {
        CAPTURE(region);
        auto b = read_bundle(test::read_text(dir + region + ".json"), std::string(region) + ".json");
        REQUIRE_MESSAGE(b.ok(), b.error());
        CHECK(b->occupations.size() > 400);
        auto t = read_titles(test::read_text(dir + region + "-titles.json"), b.value());
        REQUIRE_MESSAGE(t.ok(), t.error());
        CHECK(t->titles.size() > 10000);
    }
    auto q = read_quiz(test::read_text(dir + "quiz.json"), "quiz.json");
    REQUIRE_MESSAGE(q.ok(), q.error());
    CHECK(q->items.size() == 60);
}
