// Embed options (data attributes on the school's page) as the widget receives them, validated again here
// because a frame can be opened directly: bad values give a warning naming the option and the default.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "core/quiz.hpp"

namespace ometer::widgets {

// `system`: the browser's forced colours (Windows high contrast), given as the CSS system colours.
enum class ThemeKind { light, dark, high_contrast, system };

// The CSS system colours, in this order: Canvas, CanvasText, Highlight, HighlightText, ButtonFace,
// ButtonText, GrayText, LinkText (0xRRGGBB).
inline constexpr std::size_t kSystemColours = 8;

struct Options {
    std::string widget = "careerometer";  // or "skillsometer"
    Region region = Region::uk;
    ThemeKind theme = ThemeKind::light;
    std::optional<unsigned> accent;        // 0xRRGGBB; none: the theme's own
    float font_scale = 1.0f;               // 0.8 - 1.6, the school's choice
    float text_size = 1.0f;                // 0.5 - 2, the student's browser text size (root font size / 16)
    std::vector<unsigned> system_colours;  // with theme=system: kSystemColours colours
    std::vector<std::string> occupations;  // Careerometer preset, up to three codes
    std::string form = "30";               // Skillsometer: "30" (quick) or "60" (full)
    AnswerScale scale = AnswerScale::emoji3;
    bool reduced_motion = false;
    bool fixed_height = false;             // the page fixed the height: content scrolls inside
    bool back = false;                     // Careerometer opened from a Skillsometer in the same frame: offer the way back
    std::string lang = "en-GB";
};

struct ParsedOptions {
    Options options;
    std::vector<std::string> warnings;  // "accent: \"purple\" is not a #rrggbb colour; using the default"
};

// Parses "key=value" lines (the frame passes its URL parameters this way). Unknown keys are warnings.
ParsedOptions parse_options(std::string_view text);

}  // namespace ometer::widgets
