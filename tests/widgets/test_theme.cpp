// Palette contrast: text and buttons in every theme (and with school accents) pass WCAG AA; the high-
// contrast theme passes AAA for text.
#include <doctest/doctest.h>

#include "widgets/common/theme.hpp"

using namespace ometer::widgets;

TEST_CASE("text contrast in every theme") {
    for (ThemeKind kind : {ThemeKind::light, ThemeKind::dark, ThemeKind::high_contrast}) {
        Palette p = make_palette(kind, std::nullopt);
        float min_text = kind == ThemeKind::high_contrast ? 7.0f : 4.5f;
        CHECK(contrast_ratio(p.text, p.surface) >= min_text);
        CHECK(contrast_ratio(p.text, p.background) >= min_text);
        CHECK(contrast_ratio(p.text_muted, p.surface) >= 4.5f);
        CHECK(contrast_ratio(p.text_muted, p.background) >= 4.5f);
        CHECK(contrast_ratio(p.accent_text, p.accent) >= 4.5f);
        CHECK(contrast_ratio(p.good, p.surface) >= 4.5f);
        CHECK(contrast_ratio(p.warn, p.surface) >= 4.5f);
        CHECK(contrast_ratio(p.focus, p.background) >= 3.0f);
        for (ImU32 c : p.card) CHECK(contrast_ratio(c, p.surface) >= 3.0f);
    }
}

TEST_CASE("a school's accent colour is adjusted until buttons stay readable") {
    for (unsigned accent : {0xFFFF00u, 0x00FF00u, 0x87CEEBu, 0x000080u, 0xFF69B4u}) {
        Palette p = make_palette(ThemeKind::light, accent);
        CHECK(contrast_ratio(p.accent_text, p.accent) >= 4.5f);
    }
}
