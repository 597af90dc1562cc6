// The Careerometer's state as JSON for the page: the accessible mirror, live announcements and the
// automation hook used by tests. The widget's one JSON-writing file.
#pragma once

#include <string>
#include <vector>

#include "widgets/careerometer/state.hpp"

namespace ometer::widgets {

std::string careerometer_state_json(const CareerometerState& state, const std::vector<std::string>& warnings,
                                    const std::string& error);

}  // namespace ometer::widgets
