// Search: prefixes as you type, typos, folding, odd input, one result per occupation, highlights; and
// on the shipped bundles, hit@3 on the development query set when ../shared/eval is present.
#include <doctest/doctest.h>

#include <sstream>

#include "core/bundle_read.hpp"
#include "core/search.hpp"
#include "tests/test_support.hpp"

using namespace ometer;

namespace {

struct Fixture {
    Bundle bundle;
    TitleSet titles;
    Fixture() {
        auto add = [&](const char* code, const char* title, double jobs) {
            Occupation o;
            o.code = code;
            o.title = title;
            o.jobs = jobs;
            bundle.occupations.push_back(o);
        };
        add("5241", "Electricians and electrical fitters", 100000);
        add("5315", "Plumbers and heating and ventilating installers", 60000);
        add("2237", "Other registered nursing professionals", 200000);
        add("2236", "Children's nurses", 30000);
        add("2123", "Electrical engineers", 40000);
        add("9225", "Refuse and salvage occupations", 30000);
        bundle.rebuild_lookup();
        auto t = [&](std::uint32_t occ, const char* text, TitleKind kind) { titles.titles.push_back({text, occ, kind}); };
        t(0, "Electrician", TitleKind::index);
        t(1, "Plumber", TitleKind::index);
        t(2, "Nurse", TitleKind::index);
        t(2, "Nurse anaesthetist", TitleKind::index);
        t(3, "Children's nurse", TitleKind::index);
        t(4, "Electrical engineer", TitleKind::index);
        t(5, "Bin man", TitleKind::everyday);
        t(5, "Caf\xC3\xA9 refuse collector", TitleKind::index);
    }
};

std::string top_code(const SearchIndex& idx, const Bundle& b, const std::string& q) {
    auto hits = idx.search(q, 3);
    return hits.empty() ? "" : b.occupations[hits[0].occupation].code;
}

}  // namespace

TEST_CASE("as-you-type prefixes find the job") {
    Fixture f;
    SearchIndex idx(f.bundle, f.titles);
    CHECK(top_code(idx, f.bundle, "e") != "");
    CHECK(top_code(idx, f.bundle, "electr") == "5241");
    CHECK(top_code(idx, f.bundle, "plu") == "5315");
    CHECK(top_code(idx, f.bundle, "electrical eng") == "2123");
}

TEST_CASE("typos, case, punctuation and accents are folded") {
    Fixture f;
    SearchIndex idx(f.bundle, f.titles);
    CHECK(top_code(idx, f.bundle, "plumer") == "5315");
    CHECK(top_code(idx, f.bundle, "ELECTRICIAN!!") == "5241");
    CHECK(top_code(idx, f.bundle, "  bin   MAN ") == "9225");
    CHECK(top_code(idx, f.bundle, "cafe refuse") == "9225");
    CHECK(top_code(idx, f.bundle, "childrens nurse") == "2236");
    CHECK(top_code(idx, f.bundle, "children\xE2\x80\x99s nurse") == "2236");
}

TEST_CASE("the common, exact title ranks first and results are one per occupation") {
    Fixture f;
    SearchIndex idx(f.bundle, f.titles);
    auto hits = idx.search("nurse", 10);
    REQUIRE(hits.size() >= 2);
    CHECK(f.bundle.occupations[hits[0].occupation].code == "2237");
    CHECK(hits[0].title == "Nurse");
    for (std::size_t i = 0; i < hits.size(); ++i)
        for (std::size_t k = i + 1; k < hits.size(); ++k) CHECK(hits[i].occupation != hits[k].occupation);
    for (std::size_t i = 1; i < hits.size(); ++i) CHECK(hits[i - 1].score >= hits[i].score);
}

TEST_CASE("highlights cover the matched part of the shown title") {
    Fixture f;
    SearchIndex idx(f.bundle, f.titles);
    auto hits = idx.search("electr", 1);
    REQUIRE(hits.size() == 1);
    REQUIRE(hits[0].highlights.size() >= 1);
    auto [b, e] = hits[0].highlights[0];
    CHECK(hits[0].title.substr(b, e - b) == "Electr");
    auto cafe = idx.search("cafe", 1);
    REQUIRE(cafe.size() == 1);
    CHECK(cafe[0].title.substr(cafe[0].highlights[0].first, cafe[0].highlights[0].second - cafe[0].highlights[0].first) ==
          "Caf\xC3\xA9");
}

TEST_CASE("odd input is harmless") {
    Fixture f;
    SearchIndex idx(f.bundle, f.titles);
    CHECK(idx.search("", 10).empty());
    CHECK(idx.search("   \t\n", 10).empty());
    CHECK(idx.search("\xF0\x9F\x98\x8D\xF0\x9F\x98\x8D", 10).empty());
    CHECK(idx.search("zzzzqqqq", 10).empty());
    CHECK(idx.search("nurse", 0).empty());
    std::string huge(100000, 'a');
    CHECK(idx.search(huge, 10).size() <= 10);
    std::string bytes;
    for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
    CHECK(idx.search(bytes, 10).size() <= 10);
    CHECK(top_code(idx, f.bundle, "nurse\xF0\x9F\x98\x8D") == "2237");
    CHECK(top_code(idx, f.bundle, std::string("plumber\0\x01", 9)) == "5315");
    std::string many_words;
    for (int i = 0; i < 50; ++i) many_words += "nurse ";
    CHECK_FALSE(idx.search(many_words, 5).empty());
}

namespace {

struct Shipped {
    Bundle bundle;
    TitleSet titles;
    explicit Shipped(const std::string& region) {
        const std::string dir = test::source_dir() + "/assets/data/";
        auto b = read_bundle(test::read_text(dir + region + ".json"), region + ".json");
        REQUIRE_MESSAGE(b.ok(), b.error());
        bundle = std::move(b.value());
        auto t = read_titles(test::read_text(dir + region + "-titles.json"), bundle);
        REQUIRE_MESSAGE(t.ok(), t.error());
        titles = std::move(t.value());
    }
};

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::stringstream ss(s);
    std::string part;
    while (std::getline(ss, part, sep)) out.push_back(part);
    return out;
}

}  // namespace

TEST_CASE("shipped bundles: everyday searches") {
    Shipped uk("uk");
    SearchIndex idx(uk.bundle, uk.titles);
    CHECK(top_code(idx, uk.bundle, "electr") == "5241");
    CHECK(top_code(idx, uk.bundle, "plumber") == "5315");
    auto nurse = idx.search("nurse", 3);
    REQUIRE(nurse.size() == 3);
    for (const auto& h : nurse) CHECK(uk.bundle.occupations[h.occupation].code.substr(0, 3) == "223");
}

TEST_CASE("shipped bundles: hit@3 on the development query set") {
    const std::string path = test::source_dir() + "/../shared/eval/search_dev.tsv";
    if (!test::file_exists(path)) {
        MESSAGE("skipped: " << path << " not present (maintainers' machines only)");
        return;
    }
    Shipped uk("uk"), us("us");
    SearchIndex uk_idx(uk.bundle, uk.titles), us_idx(us.bundle, us.titles);
    std::stringstream lines(test::read_text(path));
    std::string line;
    std::getline(lines, line);  // header: query, uk, us, kind
    int n = 0, uk_hits = 0, us_hits = 0;
    while (std::getline(lines, line)) {
        auto cols = split(line, '\t');
        if (cols.size() < 3) continue;
        ++n;
        auto hit = [](const SearchIndex& idx, const Bundle& b, const std::string& q, const std::string& accepted, std::size_t len) {
            for (const auto& h : idx.search(q, 3))
                for (const auto& code : split(accepted, ','))
                    if (b.occupations[h.occupation].code.substr(0, len) == code) return true;
            return false;
        };
        bool u = hit(uk_idx, uk.bundle, cols[0], cols[1], 4);
        bool s = hit(us_idx, us.bundle, cols[0], cols[2], 7);
        if (!u) MESSAGE("uk miss: " << cols[0]);
        if (!s) MESSAGE("us miss: " << cols[0]);
        uk_hits += u;
        us_hits += s;
    }
    REQUIRE(n > 0);
    double uk_rate = static_cast<double>(uk_hits) / n, us_rate = static_cast<double>(us_hits) / n;
    MESSAGE("hit@3 uk " << uk_hits << "/" << n << ", us " << us_hits << "/" << n);
    CHECK(uk_rate >= 0.95);
    CHECK(us_rate >= 0.90);
}
