// Plain-English words for the six Holland (RIASEC) interest types, shared by both widgets.
#pragma once

#include <string_view>

namespace ometer::widgets {

struct RiasecText {
    std::string_view name;         // "Realistic"
    std::string_view short_words;  // "hands-on, practical work"
    std::string_view nickname;     // "Doers"
    std::string_view description;  // two sentences a 14-year-old can read
};

inline constexpr RiasecText kRiasecText[6] = {
    {"Realistic", "hands-on, practical work", "Doers",
     "You like working with your hands, tools, machines, plants or animals. You enjoy making, fixing and "
     "building things and seeing a practical result."},
    {"Investigative", "science and solving problems", "Thinkers",
     "You like finding things out: asking questions, doing experiments and solving puzzles. You enjoy "
     "science, maths and working with ideas."},
    {"Artistic", "creating and expressing ideas", "Creators",
     "You like making things that are new and original: art, music, writing, design or performance. You "
     "enjoy using your imagination without too many rules."},
    {"Social", "helping and teaching people", "Helpers",
     "You like working with people: helping, caring, teaching and explaining. You enjoy making a difference "
     "to someone's day."},
    {"Enterprising", "leading and persuading", "Persuaders",
     "You like taking charge: leading a team, selling an idea or starting something. You enjoy making "
     "decisions and taking sensible risks."},
    {"Conventional", "organising and detail", "Organisers",
     "You like things to be clear and well organised: records, numbers, plans and systems. You enjoy "
     "getting the details right."},
};

}  // namespace ometer::widgets
