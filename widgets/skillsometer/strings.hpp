// Every piece of Skillsometer text in one table (en-GB).
#pragma once

#include <string_view>

namespace ometer::widgets::skillsometer_text {

inline constexpr std::string_view kTitle = "Skillsometer";
inline constexpr std::string_view kIntro =
    "Skillsometer can help you discover what jobs you might like to do in the future. You will see a series of "
    "statements about work activities. Pick the face that shows how you feel about each one. Then you will get "
    "suggestions of jobs linked to what you enjoy most, with headline UK pay and hours for each.";
inline constexpr std::string_view kHow =
    "There are no right or wrong answers, and you don't need to know how to do the activity. Just think: "
    "would I enjoy doing this?";
inline constexpr std::string_view kStart = "Start the quiz";
inline constexpr std::string_view kContinue = "Carry on";
inline constexpr std::string_view kPrompt = "How would you feel about doing this?";
inline constexpr std::string_view kDislike = "Dislike";
inline constexpr std::string_view kUnsure = "Not sure";
inline constexpr std::string_view kLove = "Love it";
inline constexpr std::string_view kBack = "Back";
inline constexpr std::string_view kYourProfile = "Your interest profile";
inline constexpr std::string_view kYourJobs = "Jobs that match your interests";
inline constexpr std::string_view kCompare = "Compare these";
inline constexpr std::string_view kRestart = "Start again";
inline constexpr std::string_view kStudy = "How much more study do you want to do?";
inline constexpr std::string_view kAnyLevel = "Any";
inline constexpr std::string_view kLoading = "Loading the quiz\xE2\x80\xA6";
inline constexpr std::string_view kLikert[5] = {"Strongly dislike", "Dislike", "Not sure", "Like", "Strongly like"};

}  // namespace ometer::widgets::skillsometer_text
