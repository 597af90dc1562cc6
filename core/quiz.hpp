// The interest quiz: O*NET Interest Profiler items and forms, RIASEC scoring, and matching occupations by
// Pearson correlation with their O*NET interest profiles (O*NET's own method). Every statement a student
// sees about a match (fit, reason, level) is decided here, so the widget, its accessible mirror, the CLI
// and the JS API cannot disagree. One entry point runs the whole quiz: run_quiz.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "core/result.hpp"

namespace ometer {

struct QuizItem {
    int id = 0;     // O*NET Interest Profiler Short Form index, 1-60
    int type = 0;   // RIASEC index 0-5
    std::string text;
};

inline constexpr std::string_view kFullForm = "60";   // all 60 Short Form items
inline constexpr std::string_view kQuickForm = "30";  // 30 of them, 5 per type

struct QuizForm {
    std::string id;    // kFullForm or kQuickForm
    std::string name;  // "Full", "Quick"
    std::string note;  // where the selection comes from
    std::vector<int> item_ids;  // in presentation order
};

struct Quiz {
    int schema = kSchemaVersion;
    std::string data_version;
    std::vector<Source> sources;
    std::vector<QuizItem> items;
    std::vector<QuizForm> forms;

    const QuizForm* form(std::string_view id) const;
    const QuizItem* item(int id) const;
};

// Answer scales. A choice is 0 .. points-1 (dislike .. love); item scores use O*NET's 0-4 scale.
//   emoji3: dislike / not sure / love, digits 0 / 1 / 2, scored 0 / 2 / 4 (the default).
//   likert5: strongly dislike .. strongly like, digits 1..5, scored 0..4.
// "Not sure" scores 2 on both scales.
enum class AnswerScale { emoji3, likert5 };
std::optional<AnswerScale> parse_scale(std::string_view text);  // "3" / "5"
int scale_points(AnswerScale scale);                            // 3 / 5
int choice_score(AnswerScale scale, int choice);                // 0-4
inline constexpr int kNotSureScore = 2;

// Parses one digit per item of `form` (in form order) into choices. Errors say which position is wrong and
// why; every statement needs an answer (there is no silent "not sure").
Result<std::vector<int>> parse_choices(const QuizForm& form, AnswerScale scale, std::string_view digits);
// The digits for choices (the inverse of parse_choices): what the CLI, results codes and saved progress use.
std::string choices_to_digits(AnswerScale scale, const std::vector<int>& choices);

struct Profile {
    std::array<double, 6> raw{};         // sum of item scores (0-4 each) per type
    std::array<double, 6> max{};         // the most each type could score on this form
    std::array<double, 6> normalised{};  // raw / max, 0-1; 0.5 is "not sure" on average
    // The Holland code: only areas that stand out - scored above "not sure" on average and above the
    // student's own average over the six areas - strongest first, at most three unless a tie for a place
    // makes more. Equal scores share a tier, shown as a tie ("S, then A or E"). Flat answers have none.
    std::vector<std::vector<int>> tiers;
    std::vector<int> top;  // the tiers flattened (strongest first; ties in R-I-A-S-E-C order)
    std::string code;      // the same as letters, e.g. "SAE"
    bool flat = false;       // every type scored the same: no preference to match on
    bool near_flat = false;  // types within 10% of each other: matches are only a rough guide
};
inline constexpr double kStandoutAbove = 0.5;  // normalised score an area must exceed to stand out
inline constexpr std::size_t kCodeLetters = 3;

// Scores choices (in form order, 0 .. points-1).
Result<Profile> score_choices(const Quiz& quiz, const QuizForm& form, AnswerScale scale, const std::vector<int>& choices);
// The code in words: "Social, then Artistic or Enterprising".
std::string code_text(const Profile& profile, bool names = true);

// The fit scale. These bands are this project's own (O*NET ranks by the same correlation but publishes no
// bands), calibrated on the shipped data: see README.md ("How the quiz matches") for how many jobs fall in
// each band for typical answers. Each band's meaning, in one sentence a student can read:
//   strong  (r >= 0.80): people in this job enjoy nearly the same mix of activities you chose;
//   good    (r >= 0.60): people in this job enjoy much the same activities as you;
//   partial (r >= 0.40): this job shares some of your interests but not all of them.
// Below kMatchFloor a job is too different from the answers to call a match and is never shown as one.
enum class Fit { strong, good, partial };
inline constexpr double kStrongFit = 0.80;
inline constexpr double kGoodFit = 0.60;
inline constexpr double kMatchFloor = 0.40;
std::string_view fit_name(Fit fit);     // "strong", "good", "partial" (JSON)
std::string_view fit_label(Fit fit);    // "Strong match", "Good match", "Partial match"
std::string_view fit_meaning(Fit fit);  // the sentence above
std::optional<Fit> fit_from_correlation(double r);  // nullopt below the floor

// Why a job is on the list. The text is what students read; `areas` and `source` say where it comes from.
enum class ReasonSource {
    shared_areas,  // areas that both stand out in the answers and are in the job's O*NET high-point code
    pattern,       // no shared standout area, but the fit is good or strong: the overall mix is alike
    closest,       // a partial fit with nothing shared: plainly, one of the closest at this level
    well_known     // the all-same-answers list: a well-known job of an area
};
std::string_view reason_source_name(ReasonSource s);  // "shared_areas", "pattern", "closest", "well_known"

struct Reason {
    std::string text;        // "Shares your top interests: Social and Artistic"
    std::vector<int> areas;  // RIASEC types the text names
    ReasonSource source = ReasonSource::shared_areas;
};

struct Match {
    std::size_t occupation = 0;  // index into Bundle::occupations
    double correlation = 0;      // Pearson r between the student's six scores and the occupation's
    std::optional<Fit> fit;      // none for the well-known-jobs list
    Reason reason;
};

// Study levels: UK SOC 2020 skill levels 1-4; US O*NET Job Zones in the four-level framework of O*NET 30
// (2 = "Job Zone 1-2", 3, 4, 5).
struct LevelScale {
    int first = 1, last = 4;
    int count() const { return last - first + 1; }
};
LevelScale level_scale(Region region);
std::string_view level_label(Region region, int level);    // "A levels or apprenticeship"; "" if not a level
std::string_view level_meaning(Region region, int level);  // one sentence: what jobs at this level need
std::optional<int> occupation_level(const Bundle& bundle, const Occupation& occ);

struct MatchOptions {
    std::size_t limit = 10;
    std::optional<int> level;     // none: every level
    bool include_lower = false;   // false: jobs at this level only; true: this level or below
};

struct LevelCount {
    int level = 0;
    std::size_t matches = 0;  // jobs at this level that are matches (at or above the floor)
};

struct MatchResult {
    std::vector<Match> matches;
    bool fallback = false;   // flat profile: one well-known job per interest area instead
    std::string message;     // shown above the list: flat, near-flat, no standout, or few matches
    std::vector<LevelCount> level_counts;  // per level, for the level choice
    std::size_t below_floor = 0;  // jobs left out at the chosen level because they fit too weakly
};

// Ranks by correlation (descending), then by the occupation's own number of jobs (figures inherited from a
// wider group don't count), then code: deterministic. Only matches at or above the floor are listed.
MatchResult match_occupations(const Bundle& bundle, const Profile& profile, const MatchOptions& options);

// The whole quiz, as the CLI, the JS API and the widget run it.
struct QuizRequest {
    std::string form{kQuickForm};
    AnswerScale scale = AnswerScale::emoji3;
    std::vector<int> choices;  // one per statement, in form order
    MatchOptions match;
};
struct QuizOutcome {
    const QuizForm* form = nullptr;
    AnswerScale scale = AnswerScale::emoji3;
    Profile profile;
    MatchResult result;
};
Result<QuizOutcome> run_quiz(const Quiz& quiz, const Bundle& bundle, const QuizRequest& request);

// Pearson correlation of two six-score profiles; nullopt when either has no spread.
std::optional<double> pearson(const std::array<double, 6>& a, const std::array<double, 6>& b);

// The occupation's top interest types (up to three, strongest first, ties in RIASEC order).
std::vector<int> top_types(const std::array<double, 6>& scores, std::size_t n = 3);
// The types in an O*NET high-point code ("RC" -> {R, C}).
std::vector<int> high_point_types(const InterestProfile& interests);

}  // namespace ometer
