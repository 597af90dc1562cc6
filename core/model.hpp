// The data model shared by the pipeline, the CLI, the wasm API and the widgets:
// occupations with pay, hours, interests and outlook for one region, plus the bundle that carries them.
#pragma once

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace ometer {

inline constexpr int kSchemaVersion = 1;

enum class Region { uk, us };
std::string_view region_name(Region r);                       // "uk" / "us"
std::optional<Region> parse_region(std::string_view text);    // accepts "uk", "us" (any case)

// How far a published estimate can be trusted, from its coefficient of variation (ONS bands).
enum class Reliability { unknown, precise, reasonable, acceptable, unreliable };
std::string_view reliability_name(Reliability r);             // "precise", ...
std::optional<Reliability> parse_reliability(std::string_view text);
Reliability reliability_from_cv(std::optional<double> cv_percent);  // <=5, <=10, <=20, >20

// One published distribution (pay in a currency unit, or hours). A missing value means the source
// suppressed or did not publish it: never substitute 0.
struct Measure {
    std::optional<double> p10, p25, median, p75, p90, mean;
    std::optional<double> cv;                  // coefficient of variation of the median, percent
    Reliability reliability = Reliability::unknown;
    bool top_coded = false;  // BLS "#": values equal to the published cap mean "at least this much"
    bool present() const { return median.has_value(); }
};

// RIASEC: Realistic, Investigative, Artistic, Social, Enterprising, Conventional.
enum class Riasec : int { R = 0, I, A, S, E, C };
inline constexpr int kRiasecCount = 6;
inline constexpr std::array<char, 6> kRiasecLetters = {'R', 'I', 'A', 'S', 'E', 'C'};
std::string_view riasec_name(int type);                     // "Realistic", ...
std::optional<int> riasec_from_letter(char letter);         // 'R' -> 0, case-insensitive

// O*NET occupational interest profile: six scores on O*NET's 1-7 "OI" scale.
struct InterestProfile {
    std::array<double, 6> scores{};
    std::string high_point;  // one to three letters, strongest first, e.g. "RIC"
};

struct YearValue {
    int year = 0;
    double value = 0;
};

// A time series with the source it came from, e.g. APS employment 2021-2024.
struct Series {
    std::string source_id;   // refers to Bundle::sources
    std::string label;       // "People in employment (APS, lower bound)"
    std::vector<YearValue> points;
};

struct Outlook {
    std::vector<Series> series;                  // UK: APS employment, ASHE jobs, ASHE median pay
    std::optional<double> growth_pct;            // US: BLS projected employment change 2024-34, percent
    std::optional<double> openings_per_year;     // US: BLS annual average openings (people)
    std::optional<double> employment_now;        // US: BLS 2024 employment (people)
    std::optional<double> employment_projected;  // US: BLS 2034 employment (people)
    bool bright_outlook = false;                 // US: O*NET Bright Outlook list
    std::vector<std::string> bright_categories;  // "Rapid Growth", ...
};

// A weighted link from a UK unit group to an O*NET occupation (the crosswalk).
struct OnetLink {
    std::string code;   // O*NET-SOC, "47-2111.00"
    std::string title;
    double weight = 0;  // shares of the unit group, summing to 1 over its links
};

struct Occupation {
    std::string code;         // UK: SOC 2020 unit group "5241"; US: O*NET-SOC "47-2111.00"
    std::string title;
    std::string description;
    std::vector<std::string> tasks;
    std::string entry_routes;  // UK: ONS entry routes; US: typical entry education and training
    std::string education;     // US: BLS typical entry education
    std::optional<int> skill_level;  // UK SOC 2020 skill level 1-4
    std::optional<int> job_zone;     // O*NET Job Zone 1-5 (UK: from mapped O*NET occupations)
    std::optional<InterestProfile> interests;
    std::vector<std::string> skills;  // top O*NET skills, most important first
    std::vector<std::string> knowledge;

    Measure pay_annual;      // UK: ASHE all employees; US: OEWS
    Measure pay_annual_ft;   // UK: ASHE full-time
    Measure pay_weekly;      // UK: ASHE all employees
    Measure pay_weekly_ft;   // UK: ASHE full-time
    Measure pay_hourly;      // UK: ASHE all employees; US: OEWS
    Measure hours_weekly;    // UK: ASHE total paid hours, all employees
    Measure hours_weekly_ft; // UK: ASHE total paid hours, full-time
    std::optional<double> jobs;  // UK: ASHE employee jobs; US: OEWS employment

    Outlook outlook;
    std::vector<OnetLink> onet;  // UK only: crosswalk links, strongest first
};

// A source dataset and the credit line it requires.
struct Source {
    std::string id;       // "ashe-2024"
    std::string name;     // "ONS Annual Survey of Hours and Earnings (ASHE) 2024 provisional"
    std::string years;    // "2024"
    std::string licence;  // "Open Government Licence v3.0"
    std::string credit;   // the attribution text to show
    std::string url;
};

// The whole-economy reference values a comparison is made against.
struct Averages {
    std::string label;  // "All employees, UK (ASHE 2024)"
    Measure pay_annual, pay_weekly, hours_weekly;
};

struct Bundle {
    int schema = kSchemaVersion;
    Region region = Region::uk;
    std::string data_version;  // e.g. "2025.1"
    std::string currency;      // "GBP" / "USD"
    std::vector<Source> sources;
    std::unordered_map<std::string, std::string> field_sources;  // field name -> source ids, e.g. "pay" -> "ashe-2024"
    Averages averages;
    std::vector<Occupation> occupations;

    const Occupation* find(std::string_view code) const;
    void rebuild_lookup();  // call after editing `occupations`

private:
    std::unordered_map<std::string, std::size_t> by_code_;
};

// Where a search title came from. uk_equivalent: a UK coding-index title attached to the US occupation its
// unit group maps to most strongly, so UK words ("carer", "head teacher") work in the US region too.
enum class TitleKind : std::uint8_t { official, index, related, everyday, onet_alternate, onet_reported, uk_equivalent };
std::string_view title_kind_name(TitleKind k);
std::optional<TitleKind> parse_title_kind(std::string_view text);

struct TitleEntry {
    std::string text;
    std::uint32_t occupation = 0;  // index into Bundle::occupations
    TitleKind kind = TitleKind::index;
};

// Job titles to search, per region, shipped as a separate bundle so the quiz need not download them.
struct TitleSet {
    int schema = kSchemaVersion;
    Region region = Region::uk;
    std::string data_version;
    std::vector<TitleEntry> titles;
};

}  // namespace ometer
