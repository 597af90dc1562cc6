// Embed options reach the widget validated: good values apply, bad ones warn and fall back.
#include <doctest/doctest.h>

#include "widgets/common/options.hpp"

using namespace ometer;
using namespace ometer::widgets;

TEST_CASE("valid options apply") {
    auto p = parse_options("widget=skillsometer\nregion=us\ntheme=high-contrast\naccent=#1a2b3c\nfont-scale=1.25\nform=60\nscale=5\n");
    CHECK(p.warnings.empty());
    CHECK(p.options.widget == "skillsometer");
    CHECK(p.options.region == Region::us);
    CHECK(p.options.theme == ThemeKind::high_contrast);
    CHECK(p.options.accent == 0x1a2b3cu);
    CHECK(p.options.font_scale == doctest::Approx(1.25));
    CHECK(p.options.form == "60");
    CHECK(p.options.scale == AnswerScale::likert5);
}

TEST_CASE("pure black is a colour like any other (forced colours' Canvas on a dark system)") {
    auto p = parse_options("theme=system\naccent=#000000\nsystem-colours=#000000,#ffffff,#1aebff,#000000,#000000,#ffffff,#3ff23f,#ffff00\n");
    CHECK(p.warnings.empty());
    REQUIRE(p.options.accent.has_value());
    CHECK(*p.options.accent == 0u);
    REQUIRE(p.options.system_colours.size() == 8);
    CHECK(p.options.system_colours[0] == 0u);
}

TEST_CASE("invalid options warn, naming the option, and keep defaults") {
    auto p = parse_options("region=mars\ntheme=neon\naccent=purple\nfont-scale=9\nform=12\nscale=4\nlang=fr\nwhat=ever\n");
    CHECK(p.warnings.size() == 8);
    CHECK(p.warnings[0].rfind("region:", 0) == 0);
    CHECK(p.options.region == Region::uk);
    CHECK(p.options.theme == ThemeKind::light);
    CHECK_FALSE(p.options.accent.has_value());
    CHECK(p.options.font_scale == doctest::Approx(1.0));
    CHECK(p.options.form == "30");
    CHECK(p.options.scale == AnswerScale::emoji3);
}

TEST_CASE("occupation presets keep at most three codes") {
    auto p = parse_options("occupations= 5241 , 5315,2237,9264\n");
    REQUIRE(p.options.occupations.size() == 3);
    CHECK(p.options.occupations[0] == "5241");
}
