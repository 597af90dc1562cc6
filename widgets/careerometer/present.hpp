// The Careerometer's view-model: the widget's state turned into every word, figure and control a student
// meets, with the numbers the charts need. The ImGui view draws it; tree() gives the accessible mirror the
// same nodes. Facts (which pay, against which average, which is highest) come from the core.
#pragma once

#include <array>
#include <optional>
#include <string>
#include <vector>

#include "widgets/careerometer/state.hpp"
#include "widgets/common/job_details.hpp"
#include "widgets/common/keep.hpp"
#include "widgets/common/view_model.hpp"

namespace ometer::widgets {

// A labelled figure on a card: "Usual hours", "40 hrs a week", "3 hrs more than the UK average".
struct FactVM {
    VNode group;  // named group holding the three below
    VNode label, value, sub;
};

struct PayVM {
    VNode label;
    VNode headline;      // parts: value, unit ("£38,800", "a year")
    VNode basis;         // "Full-time employees · 2024"
    VNode note;          // part-time week, or why this basis
    VNode range;         // "The middle half earn £31,500 to £46,000"
    VNode vs_average;    // "4% more than the UK average for full-time work (£37,400)"
    VNode reliability;   // "Estimate less precise ..."
    VNode origin;        // US: "These figures are for all Registered Nurses, not this job alone."
    VNode dial;          // image: the dial's text alternative is vs_average
    bool hourly = false;
    bool has_value = false;
    // For the dial and range bar, on the card row's shared scale (same basis only).
    double value = 0, average = 0;
    std::optional<double> range_low, range_high;
};

struct CardVM {
    std::size_t slot = 0;
    bool filled = false;
    VNode region;  // the card as a labelled section
    // Empty slot.
    VNode add, add_hint;
    // Filled.
    VNode title, code_line, remove, highest;
    PayVM pay;
    std::vector<FactVM> facts;
    VNode bright;
    VNode interests_label, interests_chart;
    std::vector<VNode> interests;  // parts: short words, type name
    std::array<double, 6> interest_scores{};
    JobDetailsVM details;          // "More about this job" and, when open, the job's own details
    VNode similar_heading, similar;  // when open: similar jobs to add (or to put in this card's place)
};

struct ResultVM {
    VNode option;  // parts: matched title, official title or code, pay
    std::vector<std::pair<std::uint32_t, std::uint32_t>> highlights;  // in the matched title
};

struct CareerometerVM {
    VNode title, subtitle, about;
    VNode back;     // opened from the Skillsometer in the same frame: the way back to its results
    VNode search;   // input
    VNode results;  // listbox (its options are in `rows`)
    std::vector<ResultVM> rows;
    VNode notice;   // no matches (status) or a refusal (alert)
    std::array<CardVM, 3> cards;
    KeepVM keep;     // the comparison's results code, copy and print
    EntryVM entry;   // "Have a results code?"
    VNode sources;
    VNode about_panel;  // heading and paragraphs, when open
    VNode error;        // a data error instead of the cards
    VNode loading;
    double pay_scale = 1;  // the shared scale of the cards' dials and range bars
    bool dials = false;    // false when the cards' pay is on different bases: no dials then

    // The accessible mirror's tree of the same nodes, in reading order.
    VNode tree() const;
};

struct CareerometerPresent {
    const CareerometerState& state;
    const KeepState& keep;
    bool back = false;
    bool input_focused = false;
    std::string error;
};

CareerometerVM present_careerometer(const CareerometerPresent& in);
// Brings the search part of `vm` (the box's open state, the drop-down's rows, the notice under the box) up
// to date with `st`, leaving the rest as it is: what a key typed in the box or moving through its rows
// changes. present_careerometer builds that part with it too, so the two cannot differ. Only for a
// view-model present_careerometer built with the job data ready.
void present_search(const CareerometerState& st, CareerometerVM& vm);

}  // namespace ometer::widgets
