// The data pipeline: raw sources -> the compact, versioned bundles shipped in assets/data.
// `ometer pack --raw ../shared/data --out assets/data` runs it; tests run it on tests/fixtures/raw.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "core/model.hpp"
#include "core/quiz.hpp"
#include "core/result.hpp"
#include "tools/pack/bls_codes.hpp"
#include "tools/pack/crosswalk.hpp"
#include "tools/pack/raw.hpp"

namespace ometer::pack {

// Bumped whenever the shipped data changes: year.month of the data release, with ".n" for the n-th further
// release in the same month ("2026.11", then "2026.11.2"). Widgets show it; the change report names it.
inline constexpr const char* kDataVersion = "2026.11.2";

// Reviewed, hand-made inputs kept in the repo (assets/curated).
struct Curated {
    std::vector<CrosswalkOverride> crosswalk_overrides;
    struct Everyday { std::string region, code, title, note; };
    std::vector<Everyday> everyday_titles;  // words students use: "bin man", "lollipop lady", "physio"
};
Result<Curated> load_curated(const std::string& dir);

struct QuizSource {  // the Interest Profiler item files
    struct Item { int index = 0; char type = 'R'; std::string text; };
    std::vector<Item> items60;
    std::vector<int> quick30;  // indexes into items60, presentation order
};
Result<QuizSource> load_quiz_source(const std::string& raw_dir);

struct UkBuild {
    Bundle bundle;
    TitleSet titles;
    std::vector<CrosswalkRow> crosswalk;
};
UkBuild build_uk(const RawData& raw, const Curated& curated);

// The BLS codes each US occupation's figures come from (bls_codes.hpp): OEWS for pay and jobs, Employment
// Projections for people, growth and openings. Keyed by O*NET code; an occupation BLS publishes nothing
// for (not even in an aggregate) is absent.
struct UsFigureSources {
    std::map<std::string, const RawBlsWage*> wages;              // OEWS code -> row
    std::map<std::string, const RawBlsProjection*> projections;  // EP code -> row
    std::map<std::string, BlsMatch> pay, outlook;
};
UsFigureSources us_figure_sources(const RawData& raw);

struct UsBuild {
    Bundle bundle;
    TitleSet titles;
};
// `crosswalk` lends UK titles to the US occupations that UK unit groups map to most strongly.
UsBuild build_us(const RawData& raw, const Curated& curated, const std::vector<CrosswalkRow>& crosswalk);

Result<Quiz> build_quiz(const QuizSource& source);

// Serialisation (bundle_write.cpp): deterministic JSON text, so re-running the pipeline on the same
// inputs gives byte-identical files and a test can detect drift.
std::string bundle_to_json(const Bundle& bundle);   // the full record (CLI, Node API)
std::string cards_to_json(const Bundle& bundle);    // the web's first download: what cards and lists show
std::string details_to_json(const Bundle& bundle);  // the web's second: descriptions, tasks, similar jobs
std::string titles_to_json(const TitleSet& titles, const Bundle& bundle);
std::string quiz_to_json(const Quiz& quiz);

// Runs everything and returns file name -> content (uk.json, uk-cards.json, uk-details.json,
// uk-titles.json, the same for us, quiz.json, crosswalk_soc2020_onet.tsv, CHANGES.md).
Result<std::map<std::string, std::string>> run_pipeline(const std::string& raw_dir, const std::string& curated_dir);

// Shared source credits (sources.cpp).
namespace sources {
Source ons_soc2020(const std::string& coding_index);  // "Version 13 (3 December 2025)"
Source ashe(int year);
Source aps();
Source aps_people(int year);  // the latest year alone: what "people in work" shows
Source onet(const std::string& release);         // "30.2"
Source onet_skills(const std::string& release);  // the release skills and knowledge come from ("29.3")
Source onet_bright_outlook();
Source onet_interest_profiler();
Source bls_oews(int year);  // May of `year`
Source bls_projections();
Source crosswalk();
}  // namespace sources

}  // namespace ometer::pack
