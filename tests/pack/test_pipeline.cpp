// The data pipeline on the small fixture copy of the raw data (tests/fixtures/raw): outputs parse with the
// core's readers, carry credits, keep suppressed values absent, and match the golden files.
// Set OMETER_UPDATE_GOLDEN=1 to rewrite tests/fixtures/expected after a deliberate change.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <filesystem>
#include <fstream>

#include "core/bundle_read.hpp"
#include "tests/test_support.hpp"
#include "tools/pack/bls_codes.hpp"
#include "tools/pack/pack.hpp"
#include "tools/pack/table.hpp"
#include "tools/pack/trends.hpp"

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
                             "us-details.json", "us-titles.json", "quiz.json", "crosswalk_soc2020_onet.tsv", "CHANGES.md"})
        CHECK_MESSAGE(files.count(name) == 1, name);
    auto uk = read_bundle(files.at("uk.json"), "uk.json");
    REQUIRE_MESSAGE(uk.ok(), uk.error());
    CHECK(uk->occupations.size() == 10);
    auto uk_titles = read_titles(files.at("uk-titles.json"), uk.value());
    REQUIRE_MESSAGE(uk_titles.ok(), uk_titles.error());
    CHECK(uk_titles->titles.size() > 100);
    auto us = read_bundle(files.at("us.json"), "us.json");
    REQUIRE_MESSAGE(us.ok(), us.error());
    CHECK(us->occupations.size() == 16);
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

namespace {

const pack::RawData& fixture_raw(pack::Edition edition = pack::Edition::current) {
    static const auto current = pack::load_raw(test::source_dir() + "/tests/fixtures/raw");
    static const auto previous = pack::load_raw(test::source_dir() + "/tests/fixtures/raw", pack::Edition::previous);
    const auto& r = edition == pack::Edition::current ? current : previous;
    REQUIRE_MESSAGE(r.ok(), r.error());
    return r.value();
}

const pack::RawBlsWage* oews_row(const pack::RawData& raw, const std::string& code) {
    for (const auto& w : raw.bls_wages)
        if (w.code == code) return &w;
    return nullptr;
}

// Every figure of a measure is the raw OEWS cell: its value, or the threshold marked top-coded for "#".
void check_against_oews(const Measure& m, const std::array<pack::RawWageCell, 6>& cells) {
    for (std::size_t k = 0; k < cells.size(); ++k) {
        const Stat stat = static_cast<Stat>(k);
        CAPTURE(stat_name(stat));
        CHECK(m.get(stat) == cells[k].value);
        CHECK(m.is_top_coded(stat) == cells[k].top_coded);
    }
}

}  // namespace

TEST_CASE("US records: BLS wages, projections and Bright Outlook") {
    auto us = read_bundle(fixture_output().at("us.json"), "us.json").value();
    const Occupation* e = us.find("47-2111.00");
    REQUIRE(e != nullptr);
    const pack::RawBlsWage* w = oews_row(fixture_raw(), "47-2111");
    REQUIRE(w != nullptr);
    CHECK(e->pay_annual.median == w->annual[2].value);
    CHECK(e->pay_from.own());
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

TEST_CASE("unit group titles keep the capitals ONS gives them") {
    CHECK(pack::unit_group_title("Tv, video and audio servicers and repairers", "TV, video and audio servicers and repairers") ==
          "TV, video and audio servicers and repairers");
    CHECK(pack::unit_group_title("Animal care services occupations n.e.c", "Animal care services occupations n.e.c.") ==
          "Animal care services occupations n.e.c.");
    // Renamed since the structure: the new words stay, the structure's capitals come back.
    CHECK(pack::unit_group_title("Teachers of english as a second language", "Teachers of English as a foreign language") ==
          "Teachers of English as a second language");
    CHECK(pack::unit_group_title("Research and development (r&d) leaders", "Research and development (R&D) managers") ==
          "Research and development (R&D) leaders");
    // The structure's first word is capitalised as a sentence's: not a spelling to copy.
    CHECK(pack::unit_group_title("Specialist mechanical engineers", "Mechanical engineers") == "Specialist mechanical engineers");
    CHECK(pack::unit_group_title("Registered community nurses", "Community nurses") == "Registered community nurses");
    CHECK(pack::unit_group_title("Chefs", "") == "Chefs");
    CHECK(pack::unit_group_title("Other educational professionals n.e.c", "Other educational professionals n.e.c") ==
          "Other educational professionals n.e.c.");
}

TEST_CASE("US figures from a wider group or an aggregate say so, with the BLS code and title") {
    auto us = read_bundle(fixture_output().at("us.json"), "us.json").value();
    const pack::RawData& raw = fixture_raw();
    const Occupation* rn = us.find("29-1141.00");
    const Occupation* psych = us.find("29-1141.02");
    const Occupation* aide = us.find("31-1122.00");
    REQUIRE((rn && psych && aide));
    CHECK(rn->pay_from.own());  // O*NET's .00 occupation whose title is BLS's
    CHECK(rn->outlook_from.own());
    CHECK(psych->pay_from.origin == FigureOrigin::group);
    CHECK(psych->pay_from.code == "29-1141");
    CHECK(psych->pay_from.title == oews_row(raw, "29-1141")->title);
    CHECK(psych->outlook_from.origin == FigureOrigin::group);
    CHECK(psych->jobs == rn->jobs);  // the whole group's, flagged
    CHECK(psych->people == rn->people);
    CHECK(psych->education != rn->education);  // entry requirements are the specialty's own (O*NET), not the group's
    CHECK(aide->pay_from.origin == FigureOrigin::aggregate);
    CHECK(aide->pay_from.code == "31-1120");
    REQUIRE(oews_row(raw, "31-1120") != nullptr);
    CHECK(aide->pay_from.title == oews_row(raw, "31-1120")->title);
    CHECK(aide->pay_annual.median == oews_row(raw, "31-1120")->annual[2].value);
    CHECK(aide->outlook_from.origin == FigureOrigin::aggregate);
    CHECK(aide->outlook_from.code == "31-1120");
}

TEST_CASE("the BLS code rule: own, group, aggregate by the SOC code structure, or nothing") {
    const std::map<std::string, std::string> published = {
        {"21-1012", "Educational Counselors"}, {"21-1013", "Marriage and Family Therapists"},
        {"21-1018", "Substance Abuse, Behavioral Disorder, and Mental Health Counselors"},
        {"31-1120", "Home Health and Personal Care Aides"}, {"29-1141", "Registered Nurses"},
        {"51-2021", "Coil Winders"}, {"51-2028", "Assemblers A"}, {"51-2029", "Assemblers B"}};
    const std::set<std::string> onet = {"21-1011", "21-1012", "21-1013", "21-1014", "31-1121", "31-1122",
                                        "29-1141", "51-2021", "51-2022"};
    auto own = pack::match_bls_code("29-1141.00", "Registered Nurses", published, onet);
    REQUIRE(own.has_value());
    CHECK(own->from.own());
    CHECK(own->code == "29-1141");
    auto renamed = pack::match_bls_code("29-1141.00", "Nurses of Some Other Kind", published, onet);
    REQUIRE(renamed.has_value());
    CHECK(renamed->from.origin == FigureOrigin::group);  // a .00 whose title is not BLS's is not the group itself
    auto specialty = pack::match_bls_code("29-1141.02", "Advanced Practice Psychiatric Nurses", published, onet);
    REQUIRE(specialty.has_value());
    CHECK(specialty->from.origin == FigureOrigin::group);
    CHECK(specialty->from.title == "Registered Nurses");
    auto broad = pack::match_bls_code("31-1122.00", "Personal Care Aides", published, onet);
    REQUIRE(broad.has_value());
    CHECK(broad->from.origin == FigureOrigin::aggregate);
    CHECK(broad->code == "31-1120");
    auto uncarried = pack::match_bls_code("21-1014.00", "Mental Health Counselors", published, onet);
    REQUIRE(uncarried.has_value());
    CHECK(uncarried->from.origin == FigureOrigin::aggregate);
    CHECK(uncarried->code == "21-1018");
    CHECK_FALSE(pack::match_bls_code("51-2022.00", "Electrical Assemblers", published, onet));  // two candidates
    CHECK_FALSE(pack::match_bls_code("11-1031.00", "Legislators", published, onet));             // none
}

TEST_CASE("top-coded OEWS cells are kept as \"or more\" for every figure, annual and hourly") {
    // May 2024 top-coded physicians' pay ("#"); the previous edition of the fixture reads it.
    const pack::RawData& raw = fixture_raw(pack::Edition::previous);
    REQUIRE(raw.oews_top_code.has_value());
    auto curated = pack::load_curated(test::source_dir() + "/assets/curated");
    REQUIRE(curated.ok());
    auto us = pack::build_us(raw, curated.value(), {});
    auto figures = pack::us_figure_sources(raw);
    std::size_t top_coded = 0;
    for (const auto& occ : us.bundle.occupations) {
        CAPTURE(occ.code);
        auto m = figures.pay.find(occ.code);
        if (m == figures.pay.end()) continue;
        const pack::RawBlsWage& w = *figures.wages.at(m->second.code);
        check_against_oews(occ.pay_annual, w.annual);
        if (!w.annual_only) check_against_oews(occ.pay_hourly, w.hourly);
        for (const auto& cell : w.annual) top_coded += cell.top_coded;
    }
    CHECK(top_coded > 0);
    const Occupation* cardio = us.bundle.find("29-1212.00");
    REQUIRE(cardio != nullptr);
    CHECK(cardio->pay_hourly.is_top_coded(Stat::median));  // hourly pay is kept, as "or more"
    CHECK(cardio->pay_hourly.median == raw.oews_top_code->hourly);
    const Occupation* paeds = us.bundle.find("29-1221.00");
    REQUIRE(paeds != nullptr);
    CHECK(paeds->pay_annual.is_top_coded(Stat::p75));
    CHECK(paeds->pay_hourly.is_top_coded(Stat::p75));
    CHECK_FALSE(paeds->pay_annual.is_top_coded(Stat::median));
    auto json = pack::bundle_to_json(us.bundle);
    auto back = read_bundle(json, "us.json");
    REQUIRE_MESSAGE(back.ok(), back.error());
    CHECK(back->find("29-1221.00")->pay_hourly.top_coded == paeds->pay_hourly.top_coded);
}

TEST_CASE("a \"#\" in an OEWS release without a recorded threshold is an error, not a guess") {
    namespace fs = std::filesystem;
    const fs::path copy = fs::temp_directory_path() / "ometer-raw-topcode";
    fs::remove_all(copy);
    fs::copy(test::source_dir() + "/tests/fixtures/raw", copy, fs::copy_options::recursive);
    const fs::path oews = copy / "bls" / "oews_national_M2025.tsv";
    std::string text = test::read_text(oews.string());
    REQUIRE(text.find("\t47-2111\t") != std::string::npos);
    // Make the electricians' annual p90 a "#".
    auto header = pack::Table::parse(text, '\t', "oews");
    REQUIRE(header.ok());
    std::size_t col = header->column("A_PCT90").value();
    std::size_t start = text.rfind('\n', text.find("\t47-2111\t")) + 1;
    for (std::size_t i = 0; i < col; ++i) start = text.find('\t', start) + 1;
    std::size_t end = text.find('\t', start);
    text.replace(start, end - start, "#");
    std::ofstream(oews, std::ios::binary) << text;
    auto raw = pack::load_raw(copy.string());
    REQUIRE_FALSE(raw.ok());
    CHECK(raw.error().find("no top-coding threshold is recorded for May 2025") != std::string::npos);
    CHECK(raw.error().find("A_PCT90") != std::string::npos);
    fs::remove_all(copy);
}

TEST_CASE("similar jobs: other occupations of the same bundle, no repeats, UK lists capped") {
    for (const char* region : {"uk", "us"}) {
        CAPTURE(region);
        auto b = read_bundle(fixture_output().at(std::string(region) + ".json"), region).value();  // checks resolvable
        std::size_t with = 0;
        for (const auto& o : b.occupations) {
            std::set<std::string> seen(o.related.begin(), o.related.end());
            CHECK(seen.size() == o.related.size());
            CHECK_FALSE(seen.count(o.code));
            if (b.region == Region::uk) CHECK(o.related.size() <= 6);
            with += !o.related.empty();
        }
        CHECK(with > 0);
    }
}

TEST_CASE("UK trend evidence: consistent APS cells, both surveys' sampling error, the agreement rule") {
    CHECK(pack::pearson_r({1, 2, 3, 4}, {2, 4, 6, 8}) == doctest::Approx(1.0));
    CHECK(pack::pearson_r({1, 2, 3, 4}, {8, 6, 4, 2}) == doctest::Approx(-1.0));
    CHECK(pack::pearson_r({1, 1, 1}, {1, 2, 3}) == 0.0);  // no variation
    CHECK(pack::spearman_rho({1, 2, 3, 4}, {1, 4, 9, 100}) == doctest::Approx(1.0));  // monotonic, not linear
    CHECK(pack::spearman_rho({1, 2, 2, 3}, {1, 2, 2, 3}) == doctest::Approx(1.0));    // ties share a rank

    pack::RawData raw;
    pack::RawAsheYear y2022, y2024;
    y2022.year = 2022;
    y2024.year = 2024;
    auto jobs = [](double thousands) {
        pack::RawAsheRow r;
        r.jobs_thousand = thousands;
        return r;
    };
    // 1111 grows in both surveys; 2222 grows in APS, shrinks in ASHE; 3333's APS cell unpublished in 2022 only.
    raw.aps_cells["1111"] = {{2022, {100000.0, std::nullopt}}, {2024, {200000.0, 5000.0}}};
    raw.aps_cells["2222"] = {{2022, {100000.0}}, {2024, {150000.0}}};
    raw.aps_cells["3333"] = {{2022, {std::nullopt, 50000.0}}, {2024, {80000.0, 50000.0}}};
    y2022.rows["Table 14.1a|All|1111"] = jobs(100);
    y2024.rows["Table 14.1a|All|1111"] = jobs(150);
    y2022.rows["Table 14.1a|All|2222"] = jobs(100);
    y2024.rows["Table 14.1a|All|2222"] = jobs(80);
    y2022.rows["Table 14.1a|All|3333"] = jobs(50);
    y2024.rows["Table 14.1a|All|3333"] = jobs(50);
    raw.ashe = {y2022, y2024};
    const pack::TrendAssumptions a;
    auto t = pack::trend_evidence(raw, a);
    CHECK(t.from_year == 2022);
    CHECK(t.to_year == 2024);
    REQUIRE(t.groups.size() == 3);
    CHECK(t.groups[0].aps_to == 200000);  // the 2024 cell unpublished in 2022 is left out
    CHECK(t.groups[2].aps_change_pct == doctest::Approx(0.0));  // only the cell published in both years
    // z = log change over its standard error, sqrt(deff/n0 + deff/n1) with n = people x respondents per person.
    const double se = std::sqrt(a.aps_design_effect / (100000 * a.aps_respondents_per_person) +
                                a.aps_design_effect / (200000 * a.aps_respondents_per_person));
    CHECK(t.groups[0].aps_z == doctest::Approx(std::log(2.0) / se));
    CHECK(t.both_significant == 2);
    CHECK(t.disagree == 1);
    // Changes of +100/+50/0% (APS) against +50/-20/0% (ASHE) agree well enough across groups, so the rule
    // would show the one group whose change passes both surveys' error in the same direction.
    CHECK(t.pearson >= pack::kTrendMinAgreement);
    CHECK(t.trends_allowed);
    CHECK(t.shown == std::vector<std::string>{"1111"});
    // ASHE's 3333 growing by 60% while APS sees no change breaks the agreement: no trend for anyone.
    raw.ashe[1].rows["Table 14.1a|All|3333"] = jobs(80);
    auto weak = pack::trend_evidence(raw, a);
    CHECK(weak.pearson < pack::kTrendMinAgreement);
    CHECK_FALSE(weak.trends_allowed);
    CHECK(weak.shown.empty());
}
