// Careerometer facts as JSON for tests and the embedding page (the automation hook and "state" event).
#pragma once

#include <string>
#include <vector>

#include "widgets/careerometer/state.hpp"

namespace ometer::widgets {

std::string careerometer_state_json(const CareerometerState& state, const std::vector<std::string>& warnings,
                                    const std::string& error);

}  // namespace ometer::widgets
