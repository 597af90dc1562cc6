// Every piece of Skillsometer text in one table (en-GB), so wording is reviewed in one place and a
// translation is one more table.
#pragma once

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
    "See your interests and about ten jobs that match them, with what they pay.",
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

// Results.
inline constexpr std::string_view kYourProfile = "Your interest profile";
inline constexpr std::string_view kTopInterests = "Your top interests";
inline constexpr std::string_view kFlatHeading = "We need a bit more to go on";
inline constexpr std::string_view kNearFlatHeading = "A rough guide";
inline constexpr std::string_view kNoJobsHeading = "No jobs at this level";
inline constexpr std::string_view kTryAgain = "Try the quiz again";
inline constexpr std::string_view kYourJobs = "Jobs that match your interests";
inline constexpr std::string_view kExploreJobs = "Jobs to start exploring";
inline constexpr std::string_view kStudy = "How far do you want to study?";
inline constexpr std::string_view kCompareHint = "Tick up to three jobs, then compare them side by side in the Careerometer.";
inline constexpr std::string_view kCompareNone = "Tick a job below to compare it.";
inline constexpr std::string_view kCompareTick = "Compare";
inline constexpr std::string_view kMore = "More about this job";
inline constexpr std::string_view kLess = "Show less";
inline constexpr std::string_view kTasks = "What you would do";
inline constexpr std::string_view kEntry = "How to get in";
inline constexpr std::string_view kRestart = "Start again";
inline constexpr std::string_view kPayMissing = "Pay not published";
inline constexpr std::string_view kAYear = "a year";
inline constexpr std::string_view kAWeek = "a week";
inline constexpr std::string_view kOftenPartTime = ", often part-time";
inline constexpr std::string_view kLoading = "Loading the quiz\xE2\x80\xA6";

// Qualification levels as "up to" choices a 14-year-old recognises. UK: SOC 2020 skill levels (1: what
// compulsory education gives; 2: that plus longer work-related training; 3: post-16 college, A levels or an
// apprenticeship, below degree level; 4: a degree or equivalent experience). US: O*NET Job Zones.
inline constexpr std::string_view kUkLevel[5] = {"", "GCSEs", "GCSEs + training", "A levels or apprenticeship", "Degree"};
inline constexpr std::string_view kUkLevelMeaning[5] = {
    "",
    "Showing jobs you can usually start after GCSEs, learning on the job.",
    "Showing jobs that usually need GCSEs plus a spell of training at work, or less.",
    "Showing jobs that usually need college, A levels, T levels or an apprenticeship, or less.",
    "Showing every job, including those that usually need a degree or degree apprenticeship.",
};
inline constexpr std::string_view kUsLevel[6] = {"", "Little or no training", "High school", "Trade school or associate's",
                                                 "Bachelor's degree", "Graduate degree"};
inline constexpr std::string_view kUsLevelMeaning[6] = {
    "",
    "Showing jobs that need little or no preparation (Job Zone 1).",
    "Showing jobs that usually need a high school diploma, or less (Job Zones 1\xE2\x80\x93" "2).",
    "Showing jobs that usually need vocational training or an associate's degree, or less (Job Zones 1\xE2\x80\x93" "3).",
    "Showing jobs that usually need a bachelor's degree, or less (Job Zones 1\xE2\x80\x93" "4).",
    "Showing every job, including those that need a graduate degree (Job Zones 1\xE2\x80\x93" "5).",
};

}  // namespace ometer::widgets::skillsometer_text
