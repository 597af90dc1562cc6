// The interest quiz: O*NET Interest Profiler items and forms, RIASEC scoring, and matching occupations by
// Pearson correlation with their O*NET interest profiles (O*NET's own method).
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

struct QuizForm {
    std::string id;    // "60" (full) or "30" (quick)
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

// Answer scales. Item scores use O*NET's 0-4 scale.
//   emoji3: dislike / not sure / love, digits 0 / 1 / 2, scored 0 / 2 / 4 (the default).
//   likert5: strongly dislike .. strongly like, digits 1..5, scored 0..4.
enum class AnswerScale { emoji3, likert5 };
std::optional<AnswerScale> parse_scale(std::string_view text);  // "3" / "5"
int scale_points(AnswerScale scale);                            // 3 / 5

// Converts an answer digit to the 0-4 item score; nullopt if the digit is not on the scale.
std::optional<int> item_score(AnswerScale scale, char digit);

// Parses one digit per item of `form` (in form order). Errors say which position is wrong and why.
Result<std::vector<int>> parse_answers(const QuizForm& form, AnswerScale scale, std::string_view digits);

struct Profile {
    std::array<double, 6> raw{};         // sum of item scores (0-4 each) per type
    std::array<double, 6> max{};         // the most each type could score on this form
    std::array<double, 6> normalised{};  // raw / max, 0-1
    std::string code;                    // Holland code: up to three letters, strongest first
    bool flat = false;                   // every type scored the same: no preference to match on
    bool near_flat = false;              // types within 10% of each other: matches are only a rough guide
};

// Scores answered items (item scores 0-4, in form order). Tie rule for the Holland code: higher score
// first; equal scores keep O*NET's R-I-A-S-E-C order. Types that scored 0 are left out of the code.
Result<Profile> score_answers(const Quiz& quiz, const QuizForm& form, const std::vector<int>& item_scores);

enum class Fit { best, great, good, fair };
std::string_view fit_name(Fit fit);  // "Best", "Great", "Good", "Fair"
// Fit bands by correlation: Best >= 0.80, Great >= 0.60, Good >= 0.40, otherwise Fair.
Fit fit_from_correlation(double r);

struct Match {
    std::size_t occupation = 0;  // index into Bundle::occupations
    double correlation = 0;      // Pearson r between the student's six scores and the occupation's
    Fit fit = Fit::fair;
    std::vector<int> shared_types;  // the student's top types that are also among the job's top three
    std::string reason;             // plain words: "Shares your top interests: Realistic and Investigative"
};

struct MatchOptions {
    std::size_t limit = 10;
    std::optional<int> max_level;  // UK: SOC skill level 1-4; US: O*NET Job Zone 1-5. Unknown level passes.
};

struct MatchResult {
    std::vector<Match> matches;
    bool fallback = false;  // flat profile: a spread of common jobs across all six types instead
    std::string message;    // shown above the list when the profile is flat or near-flat
};

// Ranks by correlation (descending), then by number of jobs (descending), then code: deterministic.
MatchResult match_occupations(const Bundle& bundle, const Profile& profile, const MatchOptions& options);

// Pearson correlation of two six-score profiles; nullopt when either has no spread.
std::optional<double> pearson(const std::array<double, 6>& a, const std::array<double, 6>& b);

// The occupation's top interest types (up to three, strongest first, ties in RIASEC order).
std::vector<int> top_types(const std::array<double, 6>& scores, std::size_t n = 3);

}  // namespace ometer
