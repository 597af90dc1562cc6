// The raw source data (../shared/data, or the small fixture copy in tests/fixtures/raw), read into plain
// structs once so the UK bundle, the US bundle, the crosswalk and the change report share one loader.
// Two editions can be read: the newest releases (what the bundles ship) and the releases before them (what
// the change report compares with).
#pragma once

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace ometer::pack {

// Which releases to read. Current: O*NET 30.2 (29.3 for skills and knowledge, which 30.2 lacks here), BLS
// OEWS May 2025, the ONS coding index Version 13. Previous: O*NET 29.3, OEWS May 2024, the coding index of
// February 2020 with the October 2024 titles. Everything else (ASHE, APS, BLS projections, Bright
// Outlook, the crosswalk tables) is the same file in both.
enum class Edition { current, previous };

struct RawUkGroup {  // ONS SOC 2020 Volume 1
    std::string code, title, description, entry_routes;
    std::vector<std::string> tasks, related_titles;
};

struct RawStructureGroup {  // ONS SOC 2020 structure, levels 1-3 (and 4)
    int level = 0;
    std::string code, title;
};

struct RawIndexEntry {  // one ONS SOC 2020 coding-index entry (see-references removed)
    std::string soc2020;    // 4-digit unit group
    std::string ext_code;   // extended sub-unit-group code, "2134/03" (empty where the edition has none)
    std::string sug_title;  // the sub-unit group's title (empty where the edition has none)
    std::string natural;    // natural word order, "Intensive care nurse"
    std::string add, ind;   // additional and industry qualifiers (may be empty)
    std::string isco08;     // ISCO-08 unit group of this entry (empty where the edition has none)
};

// One ASHE Table 14 measure for one unit group and one sheet (All / Full-Time).
struct RawAsheRow {
    std::optional<double> jobs_thousand, median, mean, p10, p25, p75, p90, p80, median_cv;
};

struct RawAsheYear {  // keyed by "<table>|<sheet>|<soc code or '' for all employees>"
    int year = 0;
    std::map<std::string, RawAsheRow> rows;
    const RawAsheRow* find(const std::string& table, const std::string& sheet, const std::string& soc) const;
};

struct RawRelated {  // one O*NET Related Occupations row
    std::string code;  // the related occupation
    std::string tier;  // "Primary-Short", "Primary-Long", "Supplemental"
    int index = 0;     // O*NET's order, 1 = most related
};

struct RawOnetOccupation {
    std::string code, title, description;
    std::vector<std::string> tasks;             // core tasks first, in file order
    std::vector<std::string> alternate_titles;  // Alternate Titles.tsv
    std::vector<std::string> reported_titles;   // Sample of Reported Titles.tsv
    std::optional<std::array<double, 6>> interests;  // OI 1-7, R I A S E C
    std::string high_point;                           // IH first..third, letters
    std::optional<int> job_zone;
    std::vector<std::pair<std::string, double>> skills;     // (name, importance), most important first
    std::vector<std::pair<std::string, double>> knowledge;  // same
    std::vector<RawRelated> related;                        // by tier, then index
    // O*NET's "Required Level of Education" category (1-12) that the most respondents named, lower on a tie.
    std::optional<int> education_level;
};

// O*NET's wording of a Required Level of Education category, shortened ("Master's degree"); "" outside 1-12.
std::string onet_education_name(int level);

// One OEWS wage figure: a published value, or BLS's "#" (at or above the release's top-coding threshold,
// stored here as that threshold), or nothing ("*": not available).
struct RawWageCell {
    std::optional<double> value;
    bool top_coded = false;
};

struct RawBlsWage {  // OEWS national, one occupation code
    std::string code, title;
    std::optional<double> employment, mean_prse;
    std::array<RawWageCell, 6> annual, hourly;  // p10, p25, median, p75, p90, mean (the order of core's Stat)
    bool annual_only = false, hourly_only = false;
};

struct RawBlsProjection {  // Employment Projections 2024-34, line items
    std::string code, title, education, experience, training;
    std::optional<double> emp_2024, emp_2034, change_pct, openings;  // employment in thousands
};

// OEWS "#" thresholds of one release, from BLS's notes for that release.
struct OewsTopCode {
    double annual = 0, hourly = 0;
};

struct RawData {
    Edition edition = Edition::current;
    std::string onet_release;         // "30.2": interests, Job Zones, titles, tasks, related occupations
    std::string onet_skills_release;  // "29.3": skills and knowledge
    int oews_year = 0;                // 2025: OEWS May of this year
    std::optional<OewsTopCode> oews_top_code;  // set when the release has "#" cells
    std::string coding_index;         // "Version 13 (3 December 2025)"

    std::vector<RawUkGroup> uk_groups;
    std::vector<RawStructureGroup> uk_structure;
    std::vector<RawIndexEntry> index;             // the coding index
    std::map<std::string, std::string> acronyms;  // abbreviation -> meaning
    std::vector<RawAsheYear> ashe;                // 2022, 2023, 2024 (latest last)
    // APS people in employment: soc -> year -> one value per industry section (A-S), absent where ONS
    // published "*" (too few in the sample) or "-" (none). aps_employment sums the published cells.
    std::map<std::string, std::map<int, std::vector<std::optional<double>>>> aps_cells;
    std::map<std::string, std::map<int, double>> aps_employment;
    std::set<std::pair<std::string, int>> aps_partial;  // (soc, year) with an unpublished ("*") cell

    std::vector<RawOnetOccupation> onet;  // every occupation in Occupation Data, sorted by code
    std::map<std::string, std::vector<std::string>> bright_outlook;  // O*NET code -> categories
    std::vector<RawBlsWage> bls_wages;       // OEWS detailed rows (BLS's own aggregates among them)
    std::vector<RawBlsProjection> bls_projections;
    std::optional<RawBlsWage> bls_all_occupations;

    // Crosswalk evidence (../shared/data/crosswalks; SOC 2020 -> ISCO-08 from the coding index above)
    struct SocIsco { std::string soc2020, isco08; int entries = 0; double share = 0; };
    struct IscoUsSoc { std::string isco08, soc2010; bool partial = false; };
    struct OnetVersion { std::string from, to; };          // O*NET-SOC 2010 -> 2019
    struct Nesta { std::string isco08, onet2010, esco_title; double confidence = 0, similarity = 0; };
    std::vector<SocIsco> soc2020_isco08;
    std::vector<IscoUsSoc> isco08_soc2010;
    std::vector<OnetVersion> onet2010_to_2019;
    std::vector<Nesta> nesta;

    const RawOnetOccupation* find_onet(const std::string& code) const;
};

// Reads every file the pipeline uses from `dir` (laid out as ../shared/data). Errors name the file.
Result<RawData> load_raw(const std::string& dir, Edition edition = Edition::current);

// "Nurse, care, intensive" -> "Intensive care nurse" (ONS inverted index word order to natural order). An
// entry whose head names a list ("Registrar of births, deaths and marriages") is already in natural order.
std::string natural_word_order(const std::string& indexocc);

// A unit group's title as the unit groups file gives it, with the capitals of the SOC 2020 structure's
// title for the same group put back: the file lower-cases some ("Tv, video and audio servicers",
// "Research and development (r&d) managers", "Teachers of english as a foreign language"). A title the
// same but for case (or a final full stop) is the structure's; a group renamed since keeps its words, each
// spelled as the structure spells it where it has a capital there other than the title's first. A final
// "n.e.c" gets its full stop.
std::string unit_group_title(const std::string& title, const std::string& structure_title);

// Each unit group's ISCO-08 groups with the number and share of its coding-index entries coded to each
// (the entries carry ONS's ISCO-08 code). Sorted by unit group, then ISCO-08 code.
std::vector<RawData::SocIsco> soc2020_isco08_from_index(const std::vector<RawIndexEntry>& index);

}  // namespace ometer::pack
