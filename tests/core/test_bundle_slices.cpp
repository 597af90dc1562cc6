// Reading in slices (BundleReader, TitlesReader): any slice size gives the one-shot reader's bundle, titles
// or error, including the errors only a parse of the whole text can order (a syntax error after a bad field).
#include <doctest/doctest.h>

#include <string>
#include <vector>

#include "core/bundle_read.hpp"
#include "core/report_json.hpp"
#include "tests/test_support.hpp"

using namespace ometer;

namespace {

const std::string kBundle = R"({
 "schema": 2, "kind": "occupations", "data_version": "test", "region": "uk", "currency": "GBP",
 "sources": [{"id": "ashe-2024", "name": "ASHE", "years": "2024", "licence": "OGL", "credit": "ONS", "url": ""}],
 "field_sources": {"pay": "ashe-2024"},
 "averages": {"label": "All employees", "pay_annual": {"median": 31602, "reliability": "precise"}},
 "occupations": [
  {"code": "5241", "title": "Electricians \"sparks\" [and] {wiring}", "description": "Wire things.", "tasks": ["cuts wires"],
   "skill_level": 3, "job_zone": 3, "related": ["9999"],
   "pay_annual": {"p10": 22537, "median": 38077, "cv": 3.2, "reliability": "precise"}, "jobs": 100000},
  {"code": "9999", "title": "Suppressed pay \\ back", "description": "No pay published.", "tasks": []} ,
  {"code": "1111", "title": "Third", "description": "A third.", "tasks": [], "jobs": 5}
 ]
})";

const std::string kTitles = R"({"schema":2,"kind":"titles","data_version":"t","region":"uk",
  "titles":{"5241":{"index":["Sparky","Electrician, \"domestic\" [x]"]}, "9999":{"index":["Y"],"everyday":["Z"]},
            "1111":{"index":["W"]}}})";

std::string replace(std::string s, const std::string& from, const std::string& to) {
    auto pos = s.find(from);
    REQUIRE_MESSAGE(pos != std::string::npos, "test setup: '" << from << "' not found");
    return s.replace(pos, from.size(), to);
}

struct Sliced {
    Result<Bundle> bundle;
    std::size_t steps;
};

Sliced read_in_slices(const std::string& text, std::size_t per_step) {
    BundleReader reader(text, "uk.json");
    std::size_t steps = 1;
    while (!reader.step(per_step)) ++steps;
    return {reader.result(), steps};
}

// Everything the core reports about a bundle, as text, to compare two readings.
std::string describe(const Bundle& b) {
    std::string out = bundle_info_json(b);
    for (const auto& occ : b.occupations) out += occupation_json(b, occ) + related_json(b, occ);
    return out;
}

void check_same_in_slices(const std::string& text) {
    const Result<Bundle> one = read_bundle(text, "uk.json");
    for (std::size_t per_step : {0, 1, 2, 3, 7, 100}) {
        CAPTURE(per_step);
        Sliced s = read_in_slices(text, per_step == 0 ? 1 : per_step);
        REQUIRE(s.bundle.ok() == one.ok());
        if (one.ok()) CHECK(describe(s.bundle.value()) == describe(one.value()));
        else CHECK(s.bundle.error() == one.error());
    }
}

std::string titles_text(const TitleSet& t) {
    std::string out = t.data_version + "\n";
    for (const auto& e : t.titles)
        out += e.text + "|" + std::to_string(e.occupation) + "|" + std::to_string(static_cast<int>(e.kind)) + "\n";
    return out;
}

void check_titles_same_in_slices(const std::string& text, const Bundle& bundle) {
    const Result<TitleSet> one = read_titles(text, bundle, "uk-titles.json");
    for (std::size_t per_step : {1, 2, 5, 1000}) {
        CAPTURE(per_step);
        TitlesReader reader(text, bundle, "uk-titles.json");
        while (!reader.step(per_step)) {
        }
        Result<TitleSet> t = reader.result();
        REQUIRE(t.ok() == one.ok());
        if (one.ok()) CHECK(titles_text(t.value()) == titles_text(one.value()));
        else CHECK(t.error() == one.error());
    }
}

}  // namespace

TEST_CASE("a bundle read a few occupations at a time is the bundle read at once") {
    auto one = read_bundle(kBundle, "uk.json");
    REQUIRE_MESSAGE(one.ok(), one.error());
    CHECK(one->occupations[0].title == "Electricians \"sparks\" [and] {wiring}");
    Sliced s = read_in_slices(kBundle, 1);
    CHECK(s.steps == 3);  // one occupation a step: really in slices
    check_same_in_slices(kBundle);
    const std::string dir = test::source_dir() + "/assets/data/";
    for (const char* file : {"uk-cards.json", "us-cards.json"}) {
        CAPTURE(file);
        const std::string text = test::read_text(dir + file);
        Sliced cards = read_in_slices(text, 8);
        REQUIRE_MESSAGE(cards.bundle.ok(), cards.bundle.error());
        CHECK(cards.steps == (cards.bundle->occupations.size() + 7) / 8);
        CHECK(describe(cards.bundle.value()) == describe(read_bundle(text, "uk.json").value()));
    }
}

TEST_CASE("in slices, every error is the one-shot reader's, in the same order") {
    // A field error in the first occupation, but the file is cut short further on: one parse of the whole
    // text reports the syntax error, so the slices must too.
    const std::string bad_then_cut = replace(kBundle, "\"median\": 38077", "\"median\": \"x\"").substr(0, kBundle.size() - 20);
    CHECK(read_in_slices(bad_then_cut, 1).bundle.error().rfind("uk.json: invalid JSON at byte ", 0) == 0);
    CHECK(read_in_slices(replace(kBundle, "\"jobs\": 5", "\"jobs\": 5,"), 1).bundle.error().rfind("uk.json: invalid JSON at byte", 0) == 0);
    CHECK(read_in_slices(replace(kBundle, "\"median\": 38077", "\"median\": \"x\""), 1).bundle.error() ==
          "uk.json: occupations[0].pay_annual.median: expected a number, got a string");
    CHECK(read_in_slices(replace(kBundle, "\"code\": \"1111\"", "\"code\": \"5241\""), 1).bundle.error() ==
          "uk.json: occupations[2].code: duplicate code \"5241\"");
    // A key given twice means its last value, as one parse reads it; an escaped key is the key it spells.
    for (const std::string& text : {replace(kBundle, "\"occupations\": [", "\"occupations\": [{}], \"occupations\": ["),
                                     replace(kBundle, "\"occupations\": [", "\"occupation\\u0073\": [")}) {
        Sliced s = read_in_slices(text, 1);
        REQUIRE_MESSAGE(s.bundle.ok(), s.bundle.error());
        CHECK(s.bundle->occupations.size() == 3);
    }
    const std::vector<std::string> cases = {
        replace(kBundle, "\"median\": 38077", "\"median\": \"x\""),
        replace(kBundle, "\"jobs\": 5}", "\"jobs\": 5} x"),                      // junk after an item
        replace(kBundle, "\"jobs\": 5}", "\"jobs\": 5]"),                        // a bracket of the wrong kind
        replace(kBundle, "\"tasks\": []} ,", "\"tasks\": []} ,,"),               // an empty item
        replace(kBundle, "\"occupations\": [", "\"occupations\": [1, "),         // an item of another type
        replace(kBundle, "\"occupations\": [", "\"occupations\": [], \"occupations\": ["),   // the key twice: the last
        replace(kBundle, "\"occupations\": [", "\"occupations\": [{}], \"occupations\": ["),
        replace(kBundle, "\"occupations\": [", "\"occupation\\u0073\": ["),      // a key spelt with an escape
        replace(kBundle, "\"occupations\": [", "\"occupations\": 5, \"unused\": ["),
        replace(kBundle, "\"schema\": 2", "\"schema\": 1"),
        replace(kBundle, "\"related\": [\"9999\"]", "\"related\": [\"1234\"]"),
        "{\"occupations\": []}",
        "[1, 2]",
        "\xEF\xBB\xBF" + kBundle,  // a byte-order mark
        kBundle + " x",
    };
    for (std::size_t i = 0; i < cases.size(); ++i) {
        CAPTURE(i);
        check_same_in_slices(cases[i]);
    }
    for (std::size_t cut = 0; cut < kBundle.size(); cut += 5) {
        CAPTURE(cut);
        check_same_in_slices(kBundle.substr(0, cut));
    }
}

TEST_CASE("titles read a few codes at a time are the titles read at once, errors too") {
    const Bundle b = read_bundle(kBundle, "uk.json").value();
    auto one = read_titles(kTitles, b, "uk-titles.json");
    REQUIRE_MESSAGE(one.ok(), one.error());
    CHECK(one->titles.size() == 5);
    TitlesReader reader(kTitles, b, "uk-titles.json");
    CHECK_FALSE(reader.step(1));  // really in slices
    check_titles_same_in_slices(kTitles, b);
    // One pass reads every "titles" member, even a second one.
    auto twice = read_titles(replace(kTitles, "\"titles\":{", "\"titles\":{\"1111\":{\"index\":[\"V\"]}}, \"titles\":{"), b);
    REQUIRE_MESSAGE(twice.ok(), twice.error());
    CHECK(twice->titles.size() == 6);
    CHECK(read_titles(replace(kTitles, "\"1111\"", "\"1234\"").substr(0, kTitles.size() - 3), b, "uk-titles.json")
              .error().rfind("uk-titles.json: invalid JSON at byte", 0) == 0);
    const std::vector<std::string> cases = {
        replace(kTitles, "\"1111\"", "\"1234\""),
        replace(kTitles, "\"everyday\"", "\"nickname\""),
        replace(kTitles, "[\"W\"]", "[\"W\", 3]"),
        replace(kTitles, "\"titles\":{", "\"titles\":{}, \"titles\":{"),
        replace(kTitles, "\"titles\":{", "\"t\\u0069tles\":{"),
        replace(kTitles, "\"region\":\"uk\"", "\"region\":\"us\""),
        replace(kTitles, "\"kind\":\"titles\"", "\"kind\":\"quiz\""),
        replace(kTitles, "]}}}", "]}},}"),
        replace(kTitles, "\"titles\":{", "\"titles\":[], \"x\":{"),
        kTitles + "{",
    };
    for (std::size_t i = 0; i < cases.size(); ++i) {
        CAPTURE(i);
        check_titles_same_in_slices(cases[i], b);
    }
    for (std::size_t cut = 0; cut < kTitles.size(); cut += 3) {
        CAPTURE(cut);
        check_titles_same_in_slices(kTitles.substr(0, cut), b);
    }
    const std::string dir = test::source_dir() + "/assets/data/";
    const Bundle uk = read_bundle(test::read_text(dir + "uk-cards.json"), "uk-cards.json").value();
    check_titles_same_in_slices(test::read_text(dir + "uk-titles.json"), uk);
}
