// Full-data checks, run where ../shared/data exists (maintainers' machines and CI with the data):
// the committed bundles are exactly what the pipeline produces (no drift), coverage promises hold, and
// the crosswalk agrees with the development pairs. Skipped with a message elsewhere.
#include <doctest/doctest.h>

#include <algorithm>
#include <set>
#include <sstream>

#include "core/bundle_read.hpp"
#include "tests/test_support.hpp"
#include "tools/pack/pack.hpp"

using namespace ometer;

namespace {

bool skip_without_data() {
    if (test::have_raw_data()) return false;
    MESSAGE("skipped: raw data not found at " << test::raw_data_dir() << " (set OMETER_RAW_DATA to run)");
    return true;
}

const std::map<std::string, std::string>& full_output() {
    static const auto files = [] {
        auto r = pack::run_pipeline(test::raw_data_dir(), test::source_dir() + "/assets/curated");
        REQUIRE_MESSAGE(r.ok(), r.error());
        return r.value();
    }();
    return files;
}

}  // namespace

TEST_CASE("committed bundles match the pipeline (no drift)") {
    if (skip_without_data()) return;
    for (const auto& [name, content] : full_output()) {
        std::string committed = test::read_text(test::source_dir() + "/assets/data/" + name);
        if (committed == content) continue;
        std::size_t at = 0;
        while (at < committed.size() && at < content.size() && committed[at] == content[at]) ++at;
        FAIL_CHECK("assets/data/" << name << " is stale (first difference at byte " << at
                                  << "): run ./run pack and commit the result");
    }
}

TEST_CASE("UK coverage: 412 unit groups, descriptions, interests, pay wherever ASHE publishes it") {
    if (skip_without_data()) return;
    auto uk = read_bundle(full_output().at("uk.json"), "uk.json");
    REQUIRE_MESSAGE(uk.ok(), uk.error());
    CHECK(uk->occupations.size() == 412);
    auto raw = pack::load_raw(test::raw_data_dir());
    REQUIRE(raw.ok());
    const auto& ashe = raw->ashe.back();
    int with_interests = 0;
    for (const auto& occ : uk->occupations) {
        CAPTURE(occ.code);
        CHECK_FALSE(occ.description.empty());
        with_interests += occ.interests.has_value();
        const auto* annual = ashe.find("Table 14.7a", "All", occ.code);
        CHECK((annual != nullptr && annual->median.has_value()) == occ.pay_annual.present());
        const auto* hours = ashe.find("Table 14.9a", "All", occ.code);
        CHECK((hours != nullptr && hours->median.has_value()) == occ.hours_weekly.present());
    }
    MESSAGE("UK unit groups with an interest profile: " << with_interests << "/412");
    CHECK(with_interests >= 0.95 * 412);
}

TEST_CASE("acceptance records: 5241 Electricians (UK) and 47-2111.00 Electricians (US)") {
    if (skip_without_data()) return;
    auto uk = read_bundle(full_output().at("uk.json"), "uk.json").value();
    const Occupation* e = uk.find("5241");
    REQUIRE(e != nullptr);
    CHECK(e->title == "Electricians and electrical fitters");
    CHECK(e->pay_annual.present());
    CHECK(e->hours_weekly.present());
    CHECK(e->interests.has_value());
    auto us = read_bundle(full_output().at("us.json"), "us.json").value();
    const Occupation* u = us.find("47-2111.00");
    REQUIRE(u != nullptr);
    CHECK(u->title == "Electricians");
    CHECK(u->pay_annual.present());
    CHECK(u->outlook.growth_pct.has_value());
}

TEST_CASE("crosswalk agreement on the development pairs") {
    if (skip_without_data()) return;
    const std::string path = test::raw_data_dir() + "/../eval/crosswalk_dev.tsv";
    if (!test::file_exists(path)) {
        MESSAGE("skipped: " << path << " not present");
        return;
    }
    std::map<std::string, std::vector<std::pair<double, std::string>>> by_soc;
    std::stringstream cw(full_output().at("crosswalk_soc2020_onet.tsv"));
    std::string line;
    std::getline(cw, line);
    while (std::getline(cw, line)) {
        std::stringstream ls(line);
        std::string soc, onet, weight;
        std::getline(ls, soc, '\t');
        std::getline(ls, onet, '\t');
        std::getline(ls, weight, '\t');
        by_soc[soc].push_back({-std::stod(weight), onet});
    }
    std::stringstream pairs(test::read_text(path));
    std::getline(pairs, line);
    int n = 0, hits = 0;
    while (std::getline(pairs, line)) {
        auto tab = line.find('\t');
        if (tab == std::string::npos) continue;
        std::string soc = line.substr(0, tab), accepted = line.substr(tab + 1);
        auto links = by_soc[soc];
        std::sort(links.begin(), links.end());
        bool hit = false;
        for (std::size_t i = 0; i < links.size() && i < 3; ++i)
            hit |= accepted.find(links[i].second.substr(0, 7)) != std::string::npos;
        if (!hit) MESSAGE("crosswalk miss: " << soc);
        ++n;
        hits += hit;
    }
    REQUIRE(n > 0);
    MESSAGE("crosswalk agreement " << hits << "/" << n);
    CHECK(hits >= 0.9 * n);
}
