// Every piece of Skillsometer text in one table (en-GB), so wording is reviewed in one place and a
// translation is one more table.
#pragma once

#include <string>
#include <string_view>

namespace ometer::widgets::skillsometer_text {

inline constexpr std::string_view kTitle = "Skillsometer";
inline constexpr std::string_view kSubtitle = "Find jobs that match what you enjoy.";

// Welcome card.
inline constexpr std::string_view kWelcomeHeading = "What kind of work would you enjoy?";
// UK data has pay and hours; US data has pay only.
inline constexpr std::string_view kIntro[2] = {
    "Skillsometer can help you discover what jobs you might like to do in the future. You will see a series of "
    "statements about work activities. Pick the face that shows how you feel about each one. Then you will get "
    "suggestions of jobs linked to what you enjoy most, with headline pay and hours for each.",
    "Skillsometer can help you discover what jobs you might like to do in the future. You will see a series of "
    "statements about work activities. Pick the face that shows how you feel about each one. Then you will get "
    "suggestions of jobs linked to what you enjoy most, with headline pay for each.",
};
inline constexpr std::string_view kHowHeading = "How it works";
inline constexpr std::string_view kSteps[3] = {
    "Read each activity. You don't need to know how to do it.",
    "Pick a face: would you dislike it, are you not sure, or would you love it?",
    "See your interests and up to ten jobs that match them, with what they pay.",
};
inline constexpr std::string_view kNoWrongAnswers = "There are no right or wrong answers. Your answers stay on this device.";
inline constexpr std::string_view kStart = "Start the quiz";
inline constexpr std::string_view kContinue = "Carry on";
inline constexpr std::string_view kStartOver = "Start over";

// Statements.
inline constexpr std::string_view kPrompt = "How would you feel about doing this?";
inline constexpr std::string_view kDislike = "Dislike";
inline constexpr std::string_view kUnsure = "Not sure";
inline constexpr std::string_view kLove = "Love it";
inline constexpr std::string_view kLikert[5] = {"Strongly dislike", "Dislike", "Not sure", "Like", "Strongly like"};
inline constexpr std::string_view kBack = "Back";
inline constexpr std::string_view kWelcomeBack = "Welcome back! Your answers so far were kept.";
inline constexpr std::string_view kKeysTip = "Tip: press 1, 2 or 3 to answer, Backspace to go back.";
inline constexpr std::string_view kKeysTip5 = "Tip: press 1 to 5 to answer, Backspace to go back.";
inline constexpr std::string_view kSwipeTip = "Tip: swipe right for Love it, left for Dislike.";
inline constexpr std::string_view kSwipeTip5 = "Tip: swipe right for Strongly like, left for Strongly dislike.";
inline constexpr std::string_view kStatement = "Statement ";
inline constexpr std::string_view kOf = " of ";
inline constexpr std::string_view kStatements = " statements";
inline constexpr std::string_view kMinutes = " minutes";
inline constexpr std::string_view kAbout = "about ";
inline constexpr std::string_view kCredit = "Statements from the O*NET Interest Profiler (USDOL/ETA, CC BY 4.0). ";

// Results.
inline constexpr std::string_view kYourProfile = "Your interest profile";
inline constexpr std::string_view kChartLabel = "Your scores out of ";
inline constexpr std::string_view kTopInterests = "Your top interests";
inline constexpr std::string_view kFlatHeading = "We need a bit more to go on";
inline constexpr std::string_view kNearFlatHeading = "A rough guide";
inline constexpr std::string_view kFewHeading = "Not many close matches";
inline constexpr std::string_view kTryAgain = "Try the quiz again";
inline constexpr std::string_view kYourJobs = "Jobs that match your interests";
inline constexpr std::string_view kExploreJobs = "Jobs to start exploring";
inline constexpr std::string_view kStudy = "How far do you want to study?";
inline constexpr std::string_view kAnyLevel = "Any level";
inline constexpr std::string_view kIncludeLower = "Include jobs that need less";
inline constexpr std::string_view kShowingAll = "Showing the closest jobs at every level.";
inline constexpr std::string_view kShowingAt = "Showing only jobs at this level. ";
inline constexpr std::string_view kShowingUpTo = "Showing jobs at this level and below. ";
inline constexpr std::string_view kLegend = "What do the labels mean?";
inline constexpr std::string_view kLegendEnd =
    "These labels are this project's own: they come from how closely a job's O*NET interest pattern follows "
    "your answers.";
inline constexpr std::string_view kCompareHint = "Tick up to three jobs, then compare them side by side.";
inline constexpr std::string_view kCompareNone = "Tick a job below to compare it.";
inline constexpr std::string_view kCompareTick = "Compare";
inline constexpr std::string_view kCompareFull = "You can compare three jobs at a time. Untick one first.";
inline constexpr std::string_view kCompareDisabled = "Tick at least one job to compare.";
inline constexpr std::string_view kRestart = "Start again";
inline constexpr std::string_view kWellKnown = "Well-known job";
inline constexpr std::string_view kLevelWord = "Usual level: ";
inline constexpr std::string_view kLoading = "Loading the quiz\xE2\x80\xA6";
inline constexpr std::string_view kFindingJobs = "Finding the jobs that fit your answers\xE2\x80\xA6";

// What a screen reader hears after an action (polite announcements).
inline std::string statement_of(std::size_t n, std::size_t total, const std::string& text) {
    return "Statement " + std::to_string(n) + " of " + std::to_string(total) + ": " + text;
}
inline std::string results_ready(bool flat, const std::string& code_words, std::size_t jobs) {
    return std::string("Your results are ready. ") +
           (flat ? "Your answers were all the same." : code_words.empty() ? "No area stood out." : "Top interests: " + code_words + ".") +
           " " + std::to_string(jobs) + (jobs == 1 ? " job" : " jobs") + " to explore.";
}
inline std::string jobs_shown(std::size_t n) { return std::to_string(n) + (n == 1 ? " job" : " jobs") + " shown."; }
inline constexpr std::string_view kReadyAgain = "The quiz is ready to start again.";
inline constexpr std::string_view kAnswersDontFit = "This code's answers don't fit this quiz.";

}  // namespace ometer::widgets::skillsometer_text
