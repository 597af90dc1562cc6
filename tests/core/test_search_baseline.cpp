// Search results stay as recorded: every prefix of every query (tests/fixtures/search_queries.tsv, and the
// development set when ../shared/eval is present), typed a character at a time in both regions, against
// tests/fixtures/search_baseline.tsv: codes, order, matched titles, highlights, and scores to 1e-6. Also,
// for every whole query, SearchIndex::explain gives the same hits with parts that add up to their scores.
#include <doctest/doctest.h>

#include <cmath>
#include <cstdlib>
#include <unordered_map>

#include "core/bundle_read.hpp"
#include "tests/search_baseline.hpp"
#include "tests/test_support.hpp"

using namespace ometer;

namespace {

struct RecordedHit {
    std::string code, title, highlights;
    double score = 0;
};

struct Baseline {
    std::vector<std::pair<std::string, std::string>> inputs;  // (path, hash) of the files it was made from
    std::vector<std::string> titles;
    std::unordered_map<std::string, std::vector<RecordedHit>> results;  // "region\ttyped" -> hits
};

std::vector<std::string> split_on(const std::string& s, const std::string& sep) {
    std::vector<std::string> out;
    std::size_t start = 0;
    for (std::size_t at; (at = s.find(sep, start)) != std::string::npos; start = at + sep.size())
        out.push_back(s.substr(start, at - start));
    out.push_back(s.substr(start));
    return out;
}

Baseline read_baseline(const std::string& text) {
    Baseline b;
    std::stringstream lines(text);
    std::string line;
    while (std::getline(lines, line)) {
        if (line.empty() || line[0] == '#') continue;
        auto cols = split_on(line, "\t");
        REQUIRE(cols.size() == 3);
        if (cols[0] == "input") {
            b.inputs.emplace_back(cols[1], cols[2]);
            continue;
        }
        if (cols[0] == "title") {
            REQUIRE(std::stoul(cols[1]) == b.titles.size());
            b.titles.push_back(cols[2]);
            continue;
        }
        auto& hits = b.results[cols[0] + "\t" + cols[1]];
        if (cols[2].empty()) continue;
        for (const auto& h : split_on(cols[2], " ; ")) {
            auto f = split_on(h, " ");
            REQUIRE(f.size() == 4);
            hits.push_back({f[0], b.titles.at(std::stoul(f[1])), f[3], std::strtod(f[2].c_str(), nullptr)});
        }
    }
    return b;
}

std::string highlights_text(const SearchHit& h) {
    std::string out;
    for (std::size_t i = 0; i < h.highlights.size(); ++i)
        out += (i ? "," : "") + std::to_string(h.highlights[i].first) + "-" + std::to_string(h.highlights[i].second);
    return out;
}

// The first difference between what a search returns and what was recorded, or "" when none.
std::string difference(const Bundle& bundle, const std::vector<SearchHit>& got, const std::vector<RecordedHit>& want) {
    for (std::size_t i = 0; i < std::max(got.size(), want.size()); ++i) {
        const std::string at = "hit " + std::to_string(i + 1) + ": ";
        if (i >= got.size()) return at + "missing, recorded " + want[i].code + " \"" + want[i].title + "\"";
        const std::string& code = bundle.occupations[got[i].occupation].code;
        if (i >= want.size()) return at + "extra " + code + " \"" + got[i].title + "\"";
        if (code != want[i].code) return at + "code " + code + ", recorded " + want[i].code;
        if (got[i].title != want[i].title)
            return at + "title \"" + got[i].title + "\", recorded \"" + want[i].title + "\"";
        if (std::fabs(got[i].score - want[i].score) > 1e-6)
            return at + "score " + std::to_string(got[i].score) + ", recorded " + std::to_string(want[i].score);
        if (highlights_text(got[i]) != want[i].highlights)
            return at + "highlights " + highlights_text(got[i]) + ", recorded " + want[i].highlights;
    }
    return "";
}

}  // namespace

TEST_CASE("search results match the recorded baseline, keystroke by keystroke") {
    const std::string root = test::source_dir();
    const Baseline baseline = read_baseline(test::read_text(root + "/tests/fixtures/search_baseline.tsv"));
    REQUIRE(!baseline.results.empty());
    REQUIRE(!baseline.inputs.empty());
    for (const auto& [path, hash] : baseline.inputs) {
        const std::string full = root + "/" + path;
        if (!test::file_exists(full) && path.find("search_dev") != std::string::npos) continue;
        const std::string now = test::file_exists(full) ? test::text_hash(test::read_text(full)) : "absent";
        if (now != hash)
            FAIL(path << " has changed since tests/fixtures/search_baseline.tsv was recorded. If the data or the "
                         "queries changed, and the search did not, record it again (see "
                         "tests/fixtures/record_search_baseline.cpp) and check that its differences follow them.");
    }
    const std::string dev_path = root + "/../shared/eval/search_dev.tsv";
    const auto repo = test::query_column(test::read_text(root + "/tests/fixtures/search_queries.tsv"));
    const auto dev =
        test::file_exists(dev_path) ? test::query_column(test::read_text(dev_path)) : std::vector<std::string>{};
    if (dev.empty()) MESSAGE("development set not present: comparing the repository queries only");

    for (const std::string region : {"uk", "us"}) {
        const std::string dir = root + "/assets/data/";
        auto bundle = read_bundle(test::read_text(dir + region + ".json"), region + ".json");
        REQUIRE_MESSAGE(bundle.ok(), bundle.error());
        auto titles = read_titles(test::read_text(dir + region + "-titles.json"), bundle.value());
        REQUIRE_MESSAGE(titles.ok(), titles.error());
        const SearchIndex index(bundle.value(), titles.value());

        // Typed in order on one index, as the widget does, so the expansion cache is exercised as in use.
        std::size_t compared = 0, differing = 0;
        for (const auto& t : test::baseline_texts(repo, dev)) {
            auto want = baseline.results.find(region + "\t" + t.key);
            if (want == baseline.results.end()) FAIL("not in the baseline: " << region << " \"" << t.text << "\"");
            auto got = index.search(t.text, test::kBaselineLimit);
            ++compared;
            const std::string diff = difference(bundle.value(), got, want->second);
            if (diff.empty()) continue;
            if (++differing <= 20) FAIL_CHECK(region << " \"" << t.text << "\" " << diff);
        }
        MESSAGE(region << ": " << compared << " typed texts compared, " << differing << " differ");

        // Every whole query explained: the same hits, and their scores' parts add up exactly.
        std::size_t explained = 0;
        for (const auto* set : {&repo, &dev})
            for (const auto& q : *set) {
                const auto hits = index.search(q, test::kBaselineLimit);
                const auto why = index.explain(q, test::kBaselineLimit);
                REQUIRE(why.size() == hits.size());
                for (std::size_t i = 0; i < hits.size(); ++i) {
                    const bool same = why[i].hit.occupation == hits[i].occupation &&
                                      why[i].hit.score == hits[i].score && why[i].total() == hits[i].score;
                    if (!same) FAIL_CHECK(region << " \"" << q << "\" hit " << i + 1 << ": explain differs");
                    explained += same;
                }
            }
        MESSAGE(region << ": " << explained << " hits explained");
        CHECK(differing == 0);
        CHECK(compared > 1000);
        if (!dev.empty()) CHECK(compared * 2 == baseline.results.size());  // every recorded line
    }
}
