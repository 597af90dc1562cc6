// The Skillsometer's state as JSON for the page (accessible mirror, announcements, automation hook), and
// the quiz-complete event payload. The widget's one JSON-writing file.
#pragma once

#include <array>
#include <string>
#include <vector>

#include "widgets/skillsometer/state.hpp"

namespace ometer::widgets {

// `answer_rects`: where the answer buttons were last drawn (x, y, w, h in CSS px), for automation.
std::string skillsometer_state_json(const SkillsometerState& state, const std::vector<std::string>& warnings,
                                    const std::string& error, const std::vector<std::array<float, 4>>& answer_rects = {});
std::string skillsometer_complete_json(const SkillsometerState& state);

}  // namespace ometer::widgets
