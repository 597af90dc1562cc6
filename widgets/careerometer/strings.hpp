// Every piece of Careerometer text in one table (en-GB), so wording is reviewed in one place and a
// translation is one more table.
#pragma once

#include <string_view>

namespace ometer::widgets::careerometer_text {

inline constexpr std::string_view kTitle = "Careerometer";
inline constexpr std::string_view kSubtitle = "Compare pay, hours and prospects for up to three jobs.";
inline constexpr std::string_view kSearchHint = "Type a job, e.g. nurse";
inline constexpr std::string_view kSearchLabel = "Search for a job to compare";
inline constexpr std::string_view kNoMatches = "No jobs match that yet. Try a shorter word or another spelling.";
inline constexpr std::string_view kAddJob = "Add a job";
inline constexpr std::string_view kAddHint = "Search above to fill this card";
inline constexpr std::string_view kFullHint = "Remove a card to compare a different job";
inline constexpr std::string_view kPay = "Average pay";
inline constexpr std::string_view kAYear = "a year";
inline constexpr std::string_view kAWeek = "a week";
inline constexpr std::string_view kAnHour = "an hour";
inline constexpr std::string_view kRange = "Most people earn between";
inline constexpr std::string_view kHours = "Typical hours";
inline constexpr std::string_view kJobs = "Jobs";
inline constexpr std::string_view kTrend = "Trend";
inline constexpr std::string_view kSkill = "Training";
inline constexpr std::string_view kInterests = "Suits people who like";
inline constexpr std::string_view kMore = "More about this job";
inline constexpr std::string_view kLess = "Show less";
inline constexpr std::string_view kTasks = "What you would do";
inline constexpr std::string_view kEntry = "How to get in";
inline constexpr std::string_view kHighest = "Highest pay";
inline constexpr std::string_view kNotPublished = "Not published";
inline constexpr std::string_view kLessPrecise = "Estimate less precise";
inline constexpr std::string_view kBrightOutlook = "Bright outlook";
inline constexpr std::string_view kAbout = "About the data";
inline constexpr std::string_view kClose = "Close";
inline constexpr std::string_view kLoading = "Loading job data\xE2\x80\xA6";
inline constexpr std::string_view kUkAverage = "UK average";
inline constexpr std::string_view kUsAverage = "US average";
inline constexpr std::string_view kAboutText =
    "Pay and hours are medians: half of people in the job earn or work more, half less. Figures come from "
    "official surveys and are estimates; \"not published\" means the survey had too few answers to be reliable.";

// UK SOC 2020 skill levels and US O*NET Job Zones in plain words.
inline constexpr std::string_view kSkillLevel[5] = {
    "", "Usually no qualifications needed to start", "Usually GCSEs plus training on the job",
    "Usually college, A levels or an apprenticeship", "Usually a degree or equivalent"};
inline constexpr std::string_view kJobZone[6] = {
    "", "Little or no preparation needed", "Some preparation: usually high school",
    "Medium preparation: vocational training or an associate's degree", "Considerable preparation: usually a bachelor's degree",
    "Extensive preparation: usually a graduate degree"};

}  // namespace ometer::widgets::careerometer_text
