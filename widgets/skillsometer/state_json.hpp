// Skillsometer facts as JSON for tests and the embedding page (the automation hook and "state" event),
// and the quiz-complete event payload. Match entries carry the same fields as `ometer quiz`, so the widget
// and the CLI can be compared directly.
#pragma once

#include <string>
#include <vector>

#include "widgets/skillsometer/state.hpp"

namespace ometer::widgets {

std::string skillsometer_state_json(const SkillsometerState& state, Region region,
                                    const std::vector<std::string>& warnings, const std::string& error);
std::string skillsometer_complete_json(const SkillsometerState& state);

}  // namespace ometer::widgets
