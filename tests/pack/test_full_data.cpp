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
#include "tools/pack/table.hpp"

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

const pack::RawData& full_raw() {
    static const auto raw = pack::load_raw(test::raw_data_dir());
    REQUIRE_MESSAGE(raw.ok(), raw.error());
    return raw.value();
}

Bundle committed(const std::string& region) {
    const std::string name = region + ".json";
    auto b = read_bundle(test::read_text(test::source_dir() + "/assets/data/" + name), name);  // checks `related` resolves
    REQUIRE_MESSAGE(b.ok(), b.error());
    return b.value();
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

TEST_CASE("US figures: every inherited figure is flagged, every OEWS cell is kept as published") {
    if (skip_without_data()) return;
    const Bundle us = committed("us");
    const pack::RawData& raw = full_raw();
    std::map<std::string, const pack::RawBlsWage*> oews;
    for (const auto& w : raw.bls_wages) oews[w.code] = &w;
    std::map<std::string, const pack::RawBlsProjection*> ep;
    for (const auto& p : raw.bls_projections) ep[p.code] = &p;
    std::map<std::string, int> origins;
    std::size_t top_coded = 0, cells = 0;
    for (const auto& occ : us.occupations) {
        CAPTURE(occ.code);
        const std::string soc = occ.code.substr(0, 7);
        const bool specialty = occ.code.compare(7, 3, ".00") != 0;
        const bool has_pay = occ.pay_annual.present() || occ.pay_hourly.present();
        if (has_pay) {
            ++origins[std::string(figure_origin_name(occ.pay_from.origin))];
            if (specialty) CHECK_FALSE(occ.pay_from.own());                        // O*NET specialties: the group's
            if (!oews.count(soc)) CHECK(occ.pay_from.origin == FigureOrigin::aggregate);  // BLS has no row for the code
            const std::string code = occ.pay_from.own() ? soc : occ.pay_from.code;
            REQUIRE(oews.count(code));
            const pack::RawBlsWage& w = *oews.at(code);
            if (!occ.pay_from.own()) CHECK(occ.pay_from.title == w.title);
            for (bool annual : {true, false}) {
                const Measure& m = annual ? occ.pay_annual : occ.pay_hourly;
                const auto& row = annual ? w.annual : w.hourly;
                if (!annual && w.annual_only) continue;
                for (std::size_t k = 0; k < row.size(); ++k) {
                    CAPTURE(k);
                    CHECK(m.get(static_cast<Stat>(k)) == row[k].value);
                    CHECK(m.is_top_coded(static_cast<Stat>(k)) == row[k].top_coded);
                    cells += row[k].value.has_value();
                    top_coded += row[k].top_coded;
                }
            }
            CHECK(occ.jobs == w.employment);
        }
        if (occ.people) {
            if (specialty) CHECK_FALSE(occ.outlook_from.own());
            const std::string code = occ.outlook_from.own() ? soc : occ.outlook_from.code;
            REQUIRE(ep.count(code));
            CHECK(*occ.people == doctest::Approx(*ep.at(code)->emp_2024 * 1000.0));
        }
        if (occ.job_zone) CHECK((*occ.job_zone >= 2 && *occ.job_zone <= 5));
    }
    MESSAGE("US pay figures: own " << origins["own"] << ", group " << origins["group"] << ", aggregate "
                                   << origins["aggregate"] << "; OEWS cells kept " << cells << ", top-coded " << top_coded);
    CHECK(origins["group"] > 0);
    CHECK(origins["aggregate"] > 0);
}

TEST_CASE("US aggregates follow the OEWS and EP code structure (a reviewed sample)") {
    if (skip_without_data()) return;
    const Bundle us = committed("us");
    // O*NET occupation -> the aggregate BLS publishes it in: the SOC broad group's own code (31-1120, 29-2010,
    // 13-1020, 47-4090) or the one uncarried detailed code of the broad group (21-1018, 25-2052, 53-1047).
    const std::pair<const char*, const char*> sample[] = {
        {"31-1121.00", "31-1120"}, {"31-1122.00", "31-1120"}, {"29-2011.01", "29-2010"}, {"13-1022.00", "13-1020"},
        {"47-4091.00", "47-4090"}, {"21-1014.00", "21-1018"}, {"25-2056.00", "25-2052"}, {"53-1043.00", "53-1047"}};
    for (const auto& [code, aggregate] : sample) {
        CAPTURE(code);
        const Occupation* occ = us.find(code);
        REQUIRE(occ != nullptr);
        CHECK(occ->pay_from.origin == FigureOrigin::aggregate);
        CHECK(occ->pay_from.code == aggregate);
        CHECK(occ->outlook_from.origin == FigureOrigin::aggregate);
        CHECK(occ->outlook_from.code == aggregate);
    }
    const Occupation* legislators = us.find("11-1031.00");  // OEWS publishes no figures for them at all
    REQUIRE(legislators != nullptr);
    CHECK_FALSE(legislators->pay_annual.present());
    CHECK(legislators->outlook_from.own());
}

TEST_CASE("similar jobs over the whole committed bundles: other occupations, no repeats, O*NET's order") {
    if (skip_without_data()) return;
    const pack::RawData& raw = full_raw();
    for (const std::string region : {"uk", "us"}) {
        CAPTURE(region);
        const Bundle b = committed(region);
        std::size_t with = 0;
        for (const auto& occ : b.occupations) {
            CAPTURE(occ.code);
            std::set<std::string> seen(occ.related.begin(), occ.related.end());
            CHECK(seen.size() == occ.related.size());
            CHECK_FALSE(seen.count(occ.code));
            with += !occ.related.empty();
            if (b.region == Region::uk) {
                CHECK(occ.related.size() <= 6);
                if (occ.job_zone) CHECK((*occ.job_zone >= 2 && *occ.job_zone <= 5));
                continue;
            }
            // US: O*NET's related occupations in its own order, those in the bundle.
            const pack::RawOnetOccupation* o = raw.find_onet(occ.code);
            REQUIRE(o != nullptr);
            std::vector<std::string> expected;
            for (const auto& r : o->related)
                if (r.tier != "Supplemental" && b.find(r.code)) expected.push_back(r.code);
            CHECK(occ.related == expected);
        }
        MESSAGE(region << ": " << with << " of " << b.occupations.size() << " occupations have similar jobs");
        CHECK(with >= 0.95 * static_cast<double>(b.occupations.size()));
    }
}

TEST_CASE("similar jobs for a reviewed sample equal the lists recorded in tests/fixtures/related_reviewed.tsv") {
    if (skip_without_data()) return;
    const std::string path = test::source_dir() + "/tests/fixtures/related_reviewed.tsv";
    std::string text, line;
    std::istringstream in(test::read_text(path));
    while (std::getline(in, line))
        if (!line.empty() && line[0] != '#') text += line + "\n";  // '#' lines explain the file
    auto table = pack::Table::parse(text, '\t', path);
    REQUIRE_MESSAGE(table.ok(), table.error());
    auto cols = pack::Columns::require(table.value(), {"region", "code", "related", "reason"});
    REQUIRE(cols.ok());
    const Bundle uk = committed("uk"), us = committed("us");
    std::size_t n = 0;
    for (std::size_t r = 0; r < table->size(); ++r) {
        const std::string& code = table->at(r, cols.value()["code"]);
        CAPTURE(code);
        const Bundle& b = table->at(r, cols.value()["region"]) == "uk" ? uk : us;
        const Occupation* occ = b.find(code);
        REQUIRE(occ != nullptr);
        CHECK_FALSE(table->at(r, cols.value()["reason"]).empty());
        std::string listed;
        for (const auto& c : occ->related) listed += (listed.empty() ? "" : ",") + c;
        CHECK(listed == table->at(r, cols.value()["related"]));
        ++n;
    }
    CHECK(n >= 6);
}
