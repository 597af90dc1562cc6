// A job's headline pay in one line, as both widgets' lists show it (the Skillsometer's job rows, the
// Careerometer's search results): the figure core/pay.hpp chose, with its basis in words.
#pragma once

#include <string>

#include "core/model.hpp"
#include "core/pay.hpp"

namespace ometer::widgets {

// A pay figure as money on its basis: pence for an hourly rate ("£12.40"), rounded for a year ("£38,800").
std::string money_for(PayBasis basis, double value, Region region);

// Whether a line gives the usual week beside full-time pay too, or only for a mostly part-time job (where
// the hourly rate needs it).
enum class UsualWeek { always, part_time_only };

// "£38,800 a year full-time · 37.5 hrs a week (all employees) · 2024", "Usually part-time: £12.40 an hour,
// about 7 hrs a week (all employees) · 2024", with "(pay for all <group>)" when the figure is a wider
// group's; "Pay not published" without one.
std::string pay_line(const Bundle& bundle, const Occupation& occ, UsualWeek shown = UsualWeek::always);

}  // namespace ometer::widgets
