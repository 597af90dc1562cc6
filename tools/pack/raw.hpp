// The raw source data (../shared/data, or the small fixture copy in tests/fixtures/raw), read into plain
// structs once so the UK bundle, the US bundle and the crosswalk builders share one loader.
#pragma once

#include <array>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "core/result.hpp"

namespace ometer::pack {

struct RawUkGroup {  // ONS SOC 2020 Volume 1
    std::string code, title, description, entry_routes;
    std::vector<std::string> tasks, related_titles;
};

struct RawStructureGroup {  // ONS SOC 2020 structure, levels 1-3 (and 4)
    int level = 0;
    std::string code, title;
};

struct RawIndexEntry {  // ONS SOC 2020 coding index, Feb 2020 edition (see-references removed)
    std::string soc2020;        // 4-digit unit group
    std::string indexocc;       // inverted, "Nurse, care, intensive"
    std::string natural;        // natural word order, "Intensive care nurse"
    std::string add, ind;       // additional and industry qualifiers (may be empty)
    std::string isco08;         // ISCO-08 unit group of this entry
    std::string flag;           // D column: O, I, A, M, Q, QS or empty
};

struct RawIndexTitle {  // ONS SOC 2020 coding index, Oct 2024 titles extract (see-references removed)
    std::string soc2020;   // first four characters of the extended code
    std::string ext_code;  // "2134/03"
    std::string sug_title; // sub-unit-group title
    std::string title;     // natural word order
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
};

struct RawBlsWage {  // OEWS May 2024 national, one detailed occupation
    std::string code, title;
    std::optional<double> employment, a_median, a_p10, a_p25, a_p75, a_p90, a_mean, h_median, h_p10, h_p90, mean_prse;
    bool annual_only = false, hourly_only = false, median_top_coded = false, p90_top_coded = false;
};

struct RawBlsProjection {  // Employment Projections 2024-34, line items
    std::string code, title, education, experience, training;
    std::optional<double> emp_2024, emp_2034, change_pct, openings;  // employment in thousands
};

struct RawData {
    std::vector<RawUkGroup> uk_groups;
    std::vector<RawStructureGroup> uk_structure;
    std::vector<RawIndexEntry> index2020;
    std::vector<RawIndexTitle> index2024;
    std::map<std::string, std::string> acronyms;  // abbreviation -> meaning
    std::vector<RawAsheYear> ashe;                // 2022, 2023, 2024 (latest last)
    std::map<std::string, std::map<int, double>> aps_employment;  // soc -> year -> people (sum of published A-S cells)
    std::set<std::pair<std::string, int>> aps_partial;             // (soc, year) with an unpublished ("*") cell

    std::vector<RawOnetOccupation> onet;           // O*NET 29.3, every occupation in Occupation Data
    std::map<std::string, std::vector<std::string>> bright_outlook;  // O*NET code -> categories
    std::vector<RawBlsWage> bls_wages;
    std::vector<RawBlsProjection> bls_projections;
    std::optional<RawBlsWage> bls_all_occupations;

    // Crosswalk evidence (../shared/data/crosswalks)
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
Result<RawData> load_raw(const std::string& dir);

// "Nurse, care, intensive" -> "Intensive care nurse" (ONS inverted index word order to natural order).
std::string natural_word_order(const std::string& indexocc);

}  // namespace ometer::pack
