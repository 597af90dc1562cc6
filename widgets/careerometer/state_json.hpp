// The Careerometer's state as JSON for the page: the accessible mirror, live announcements and the
// automation hook used by tests. The widget's one JSON-writing file.
#pragma once

#include <array>
#include <string>
#include <utility>
#include <vector>

#include "widgets/careerometer/state.hpp"

namespace ometer::widgets {

// `targets`: where interactive elements were last drawn, in CSS px (see CareerometerView::targets).
std::string careerometer_state_json(const CareerometerState& state, const std::vector<std::string>& warnings,
                                    const std::string& error,
                                    const std::vector<std::pair<std::string, std::array<float, 4>>>& targets);

}  // namespace ometer::widgets
