// A job's headline pay in one line, as both widgets' lists show it (the Skillsometer's job rows, the
// Careerometer's search results): the figure core/pay.hpp chose, with its basis in words.
#pragma once

#include <string>

#include "core/model.hpp"
#include "core/pay.hpp"

namespace ometer::widgets {

// A pay figure as money on its basis: pence for an hourly rate ("£12.40"), rounded for a year ("£38,800").
std::string money_for(PayBasis basis, double value, Region region);

// "£38,800 a year full-time · 40 hrs a week", "Usually part-time: £12.40 an hour, about 7 hrs a week",
// with "(pay for all <group>)" when the figure is a wider group's; "Pay not published" without one.
std::string pay_line(const Bundle& bundle, const Occupation& occ);

}  // namespace ometer::widgets
