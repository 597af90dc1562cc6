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

// Version 2: per-figure top-coding, where US figures come from (own, group, aggregate), full-time
// averages and job counts, people in work, similar jobs, and bundles split into cards and details.
inline constexpr int kSchemaVersion = 2;

enum class Region { uk, us };
std::string_view region_name(Region r);                       // "uk" / "us"
std::optional<Region> parse_region(std::string_view text);    // accepts "uk", "us" (any case)

// How far a published estimate can be trusted, from its coefficient of variation (ONS bands).
enum class Reliability { unknown, precise, reasonable, acceptable, unreliable };
std::string_view reliability_name(Reliability r);             // "precise", ...
std::optional<Reliability> parse_reliability(std::string_view text);
Reliability reliability_from_cv(std::optional<double> cv_percent);  // <=5, <=10, <=20, >20

// The figures a published distribution can have.
enum class Stat : std::uint8_t { p10, p25, median, p75, p90, mean };
std::string_view stat_name(Stat s);                  // "p10", ..., "median", "mean"
std::optional<Stat> parse_stat(std::string_view text);

// One published distribution (pay in a currency unit, or hours). A missing value means the source
// suppressed or did not publish it: never substitute 0.
struct Measure {
    std::optional<double> p10, p25, median, p75, p90, mean;
    std::optional<double> cv;                  // coefficient of variation of the median, percent
    Reliability reliability = Reliability::unknown;
    // BLS "#": a figure at or above the top-coding threshold is stored as the threshold and means "this
    // much or more". One bit per Stat.
    std::uint8_t top_coded = 0;

    bool present() const { return median.has_value(); }
    const std::optional<double>& get(Stat s) const;
    std::optional<double>& get(Stat s);
    bool is_top_coded(Stat s) const { return (top_coded >> static_cast<int>(s)) & 1u; }
    void set_top_coded(Stat s) { top_coded = static_cast<std::uint8_t>(top_coded | (1u << static_cast<int>(s))); }
};

// Whose figures an occupation carries. UK unit groups always have their own. In the US, BLS publishes
// pay and jobs per 6-digit SOC code, so O*NET's specialties (.01-.11) carry the figures of their whole
// SOC group, and occupations BLS publishes only under a combined code carry that aggregate's figures.
enum class FigureOrigin : std::uint8_t { own, group, aggregate };
std::string_view figure_origin_name(FigureOrigin o);  // "own", "group", "aggregate"
std::optional<FigureOrigin> parse_figure_origin(std::string_view text);

struct FiguresFrom {
    FigureOrigin origin = FigureOrigin::own;
    std::string code;   // the wider group's code ("29-1141"); empty when own
    std::string title;  // its title ("Registered Nurses"); empty when own
    bool own() const { return origin == FigureOrigin::own; }
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

// UK series are kept in the full bundle for maintainers but no UK trend is shown: see
// assets/data/README.md ("Trends") for the evidence that 4-digit changes are not reliable.
struct Outlook {
    std::vector<Series> series;                  // UK: APS employment, ASHE jobs, ASHE median pay
    std::optional<double> growth_pct;            // US: BLS projected employment change 2024-34, percent
    std::optional<double> openings_per_year;     // US: BLS annual average openings (people)
    std::optional<double> employment_now;        // US: BLS 2024 employment, including self-employed
    std::optional<double> employment_projected;  // US: BLS 2034 employment, including self-employed
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
    // O*NET Job Zone. O*NET 30.2 uses four levels: 2 ("Job Zone 1-2"), 3, 4, 5. UK: from the crosswalk.
    std::optional<int> job_zone;
    std::optional<InterestProfile> interests;
    std::vector<std::string> skills;  // top O*NET skills, most important first
    std::vector<std::string> knowledge;

    // Pay and hours. Which one a student sees, and against which average, is decided in one place:
    // core/pay.hpp.
    Measure pay_annual;      // UK: ASHE all employees; US: OEWS (hourly x 2,080 where hourly is published)
    Measure pay_annual_ft;   // UK: ASHE full-time
    Measure pay_weekly;      // UK: ASHE all employees
    Measure pay_weekly_ft;   // UK: ASHE full-time
    Measure pay_hourly;      // UK: ASHE all employees; US: OEWS
    Measure hours_weekly;    // UK: ASHE total paid hours, all employees
    Measure hours_weekly_ft; // UK: ASHE total paid hours, full-time
    std::optional<double> jobs;     // UK: ASHE employee jobs; US: OEWS employment (no self-employed)
    std::optional<double> jobs_ft;  // UK: ASHE full-time employee jobs (with `jobs`: the full-time share)
    // People doing the job, self-employed included. UK: APS, the sum of the industry cells ONS published
    // (a lower bound when some were too small to publish); US: BLS Employment Projections.
    std::optional<double> people;
    bool people_lower_bound = false;
    FiguresFrom pay_from;      // pay, hours and jobs (US: OEWS)
    FiguresFrom outlook_from;  // people, projections and openings (US: BLS Employment Projections)

    Outlook outlook;
    std::vector<OnetLink> onet;        // UK only: crosswalk links, strongest first
    std::vector<std::string> related;  // similar jobs' codes in this region, most similar first
    bool has_details = true;           // false until a split bundle's details file is read
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

// The whole-economy reference values a comparison is made against, one per pay basis.
struct Averages {
    std::string label;  // "All employees, UK (ASHE 2024)"
    Measure pay_annual, pay_weekly, hours_weekly;
    Measure pay_annual_ft;    // UK: full-time employees
    Measure pay_hourly;       // UK: all employees; US: all occupations
    Measure hours_weekly_ft;  // UK: full-time employees
};

// A full bundle has every field (the CLI and the Node API read it). The web reads a split copy: "cards"
// (what the cards and lists show) first, then "details" (descriptions, tasks, entry routes, similar jobs)
// when a student opens a job.
enum class BundlePart : std::uint8_t { full, cards };

struct Bundle {
    int schema = kSchemaVersion;
    BundlePart part = BundlePart::full;
    Region region = Region::uk;
    std::string data_version;  // e.g. "2025.1"
    std::string currency;      // "GBP" / "USD"
    std::vector<Source> sources;
    std::unordered_map<std::string, std::string> field_sources;  // field name -> source ids, e.g. "pay" -> "ashe-2024"
    Averages averages;
    std::vector<Occupation> occupations;

    const Occupation* find(std::string_view code) const;
    std::optional<std::size_t> index_of(std::string_view code) const;
    // The source record for a field ("pay" -> its Source), or nullptr when the bundle does not name one.
    const Source* source_for(std::string_view field) const;
    std::string source_id_for(std::string_view field) const;  // "" when not named
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
