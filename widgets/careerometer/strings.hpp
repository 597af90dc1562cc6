// Every piece of Careerometer wording in one table (en-GB), so it is reviewed in one place and a
// translation is one more table. Only the view-model (present.cpp) reads it; the canvas and the accessible
// mirror both show what the view-model made.
#pragma once

#include <string>
#include <string_view>

namespace ometer::widgets::careerometer_text {

inline constexpr std::string_view kTitle = "Careerometer";
inline constexpr std::string_view kSubtitle = "Compare pay, hours and prospects for up to three jobs.";
inline constexpr std::string_view kBackToQuiz = "Back to your quiz results";
inline constexpr std::string_view kSearchHint = "Type a job, e.g. nurse";
inline constexpr std::string_view kSearchHintShort = "Type a job";
inline constexpr std::string_view kSearchLabel = "Search for a job to compare";
inline constexpr std::string_view kResultsLabel = "Matching jobs";
inline constexpr std::string_view kNoMatches = "No jobs match that yet. Try a shorter word or another spelling.";
inline constexpr std::string_view kAddJob = "Add a job";
inline constexpr std::string_view kAddHint = "Search above to fill this card";
inline constexpr std::string_view kFullHint = "Remove a card to compare a different job";
inline constexpr std::string_view kRemove = "Remove ";
inline constexpr std::string_view kCardsLabel = "Your chosen jobs";

// Pay.
inline constexpr std::string_view kPay = "Typical pay";
inline constexpr std::string_view kAYear = "a year";
inline constexpr std::string_view kAnHour = "an hour";
inline constexpr std::string_view kOrMore = " or more";
inline constexpr std::string_view kBasisFullTime = "Full-time employees";
inline constexpr std::string_view kBasisAllEmployees = "All employees, full- and part-time";
inline constexpr std::string_view kBasisHourly = "All employees";
inline constexpr std::string_view kBasisUsAnnual = "All workers, for full-time work all year";
inline constexpr std::string_view kBasisUsHourly = "All workers";
inline constexpr std::string_view kFullTimeSuppressed = "Full-time pay is not published for this job, so this is hourly pay.";
inline constexpr std::string_view kPartTime = "Usually part-time: a typical week is about ";
inline constexpr std::string_view kMiddleHalf = "The middle half earn ";
inline constexpr std::string_view kMostPeople = "Most earn ";
inline constexpr std::string_view kTo = " to ";
inline constexpr std::string_view kUkAverageFullTime = "the UK average for full-time work";
inline constexpr std::string_view kUkAverageAll = "the UK average for all employees";
inline constexpr std::string_view kUkAverageHourly = "the UK average hourly pay";
inline constexpr std::string_view kUsAverage = "the US average";
inline constexpr std::string_view kUsAverageHourly = "the US average hourly pay";
inline constexpr std::string_view kLessPrecise = "Estimate less precise: few survey answers.";
inline constexpr std::string_view kNotPublished = "Not published";
inline constexpr std::string_view kPayNotPublished = "Too few survey answers to publish a reliable figure.";
inline constexpr std::string_view kGroupFigures = "These figures are for all ";
inline constexpr std::string_view kGroupFiguresEnd = ", not this job alone.";
inline constexpr std::string_view kAggregateFigures = "BLS publishes these figures only for ";
inline constexpr std::string_view kAggregateFiguresEnd = " together.";
inline constexpr std::string_view kHighest = "Highest pay";
inline constexpr std::string_view kHighestHourly = "Highest pay (by hourly pay)";

// Other figures.
inline constexpr std::string_view kHours = "Usual hours";
inline constexpr std::string_view kAWeek = "a week";
inline constexpr std::string_view kUkAverageHours = "the UK average";
inline constexpr std::string_view kPeople = "People doing this job";
inline constexpr std::string_view kAbout = "about ";
inline constexpr std::string_view kAtLeast = "at least ";
inline constexpr std::string_view kWithSelfEmployed = "Including self-employed";
inline constexpr std::string_view kAllEmployees = "All employees, full- and part-time";
inline constexpr std::string_view kEmployeeJobs = "Employee jobs";
inline constexpr std::string_view kNoSelfEmployed = "Not counting self-employed";
inline constexpr std::string_view kUsJobs = "Jobs";
inline constexpr std::string_view kGrowth = "Change by 2034";
inline constexpr std::string_view kJobsWord = " jobs";
inline constexpr std::string_view kProjection = "BLS projection, 2024 to 2034";
inline constexpr std::string_view kOpenings = "Openings each year";
inline constexpr std::string_view kOpeningsSub = "New starters needed, on average, 2024 to 2034";
inline constexpr std::string_view kBrightOutlook = "Bright outlook";
inline constexpr std::string_view kBrightOutlookSub = "O*NET expects this job to grow quickly or have many openings.";
inline constexpr std::string_view kTraining = "Usual route in";
inline constexpr std::string_view kPreparation = "Preparation";
inline constexpr std::string_view kInterests = "Suits people who like";

// Details: the job's own are worded in widgets/common/job_details.cpp; similar jobs are the card's.
inline constexpr std::string_view kSimilar = "Similar jobs";
// With three cards full a similar job replaces the card it is listed on: the heading says so in words.
inline constexpr std::string_view kSimilarReplaces = "Similar jobs: choosing one replaces this card";
inline constexpr std::string_view kAddSimilar = "Add ";
inline constexpr std::string_view kReplaceWith = "Replace this card with ";
inline constexpr std::string_view kShown = " (shown)";

// The footer and About the data.
inline constexpr std::string_view kAboutButton = "About the data";
inline constexpr std::string_view kAboutShort = "About";
inline constexpr std::string_view kSources = "Sources: ";
inline constexpr std::string_view kDataVersion = "Data version ";
inline constexpr std::string_view kLoading = "Loading job data\xE2\x80\xA6";
inline constexpr std::string_view kAboutUk[] = {
    "Typical pay is the median: half of the people in the job earn more and half earn less. Pay is for "
    "full-time employees and is compared with the UK average for full-time work. Jobs that are mostly "
    "part-time show their hourly pay and usual week instead, because a yearly figure for a few hours a week "
    "would look like a low full-time wage.",
    "\"The middle half\" is the range from the 25th to the 75th percentile: a quarter of people earn less and a "
    "quarter earn more. Pay and hours come from the ONS Annual Survey of Hours and Earnings (2024). They "
    "vary by area, experience and employer. Usual hours are for everyone employed in the job, part-time "
    "included, and are compared with all UK employees.",
    "People doing this job counts everyone whose main job it is, self-employed included (ONS Annual "
    "Population Survey, 2024); \"at least\" means the survey left some of them out (where too few answered "
    "to publish), so there are more. Employee jobs counts every job held by an employee (ASHE), second jobs "
    "included but not the self-employed, so it can be the larger of the two.",
    "No trend is shown for UK jobs. The two ONS surveys that count people in each job disagree about which "
    "jobs grew and shrank between 2022 and 2024 (their changes barely correlate), so a change for one job "
    "says more about the survey than about the job.",
    "\"Not published\" means the survey had too few answers for a reliable figure.",
    "The interests each job suits come from O*NET, the US careers database, linked to UK jobs by this project.",
};
inline constexpr std::string_view kAboutUs[] = {
    "Typical pay is the median: half of the workers in the job earn more and half earn less (BLS Occupational "
    "Employment and Wage Statistics, May 2025). BLS works out most yearly figures from hourly pay for "
    "full-time work all year.",
    "O*NET describes some jobs in more detail than BLS counts them. Where pay and job numbers are for a wider "
    "group, the card says so.",
    "Projected change and openings come from the BLS Employment Projections for 2024 to 2034. \"Not "
    "published\" means BLS does not publish that figure.",
};

// What a screen reader hears after an action (polite announcements) and why a choice was refused.
inline std::string cards_filled(std::size_t n) { return std::to_string(n) + " of 3 cards filled."; }
inline std::string added(const std::string& title, std::size_t slot, std::size_t filled) {
    return title + " added to card " + std::to_string(slot + 1) + ". " + cards_filled(filled);
}
inline std::string removed(const std::string& title, std::size_t filled) { return title + " removed. " + cards_filled(filled); }
inline std::string comparing(const std::string& titles) { return "Comparing " + titles + "."; }
inline std::string matching(std::size_t n, const std::string& first) {
    return std::to_string(n) + (n == 1 ? " matching job" : " matching jobs") + ". First: " + first + ".";
}
inline std::string refused_full(const std::string& title) {
    return "All three cards are full. Remove a card first, then choose " + title + " again.";
}
inline std::string refused_shown(const std::string& title) { return title + " is already on a card."; }
inline std::string unknown_in_code(const std::string& code) {
    return "This code names a job (" + code + ") that this data does not have.";
}

}  // namespace ometer::widgets::careerometer_text
