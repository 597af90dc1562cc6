// Wrapping at spaces (widgets/common/draw_text.cpp): the lines are exactly those that measuring every
// candidate line whole with ImGui gives (the reference below, how wrap_lines first worked), in each of the
// widgets' fonts and at many widths, for the kinds of text the widgets show and for random text.
#include <doctest/doctest.h>

#include <cfloat>
#include <random>
#include <string>
#include <vector>

#include "widgets/common/draw_text.hpp"
#include "widgets/shell/null_shell.hpp"

using namespace ometer::widgets;

namespace {

using Lines = std::vector<std::pair<std::size_t, std::size_t>>;

// Each candidate line measured from its start with CalcTextSizeA: quadratic, and the definition.
Lines reference_wrap(ImFont* font, std::string_view text, float width) {
    width += 0.01f;
    Lines lines;
    auto w = [&](std::size_t b, std::size_t e) {
        return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.data() + b, text.data() + e).x;
    };
    std::size_t start = 0;
    while (start < text.size()) {
        std::size_t end = start, fit = start;
        while (end < text.size()) {
            std::size_t next = text.find(' ', end + 1);
            if (next == std::string_view::npos) next = text.size();
            if (w(start, next) > width && fit > start) break;
            fit = next;
            end = next;
            if (w(start, fit) > width) break;
        }
        if (w(start, fit) > width) {
            std::size_t cut = start + 1;
            while (cut < fit && w(start, cut + 1) <= width) ++cut;
            while (cut > start + 1 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
            const std::size_t hyphen = text.substr(start, cut - start).rfind('-');
            fit = hyphen != std::string_view::npos && hyphen > 0 ? start + hyphen + 1 : cut;
        }
        lines.emplace_back(start, fit);
        start = fit;
        while (start < text.size() && text[start] == ' ') ++start;
    }
    return lines;
}

std::vector<std::string> sample_texts() {
    std::vector<std::string> texts = {
        "",
        "Electricians and electrical fitters",
        "\xC2\xA3" "45,500 a year \xC2\xB7 Full-time employees \xC2\xB7 2024",
        "Caf\xC3\xA9 owners \xE2\x80\x93 managers and proprietors in hospitality",
        "CM1-20AF-84ZC-RQ77-N",
        "Supercalifragilisticexpialidocious",
        "  two  spaces   between words and at both ends  ",
        "a line\nthen another line after a newline",
        "Tests completed installation for leaks and makes any necessary adjustments",
    };
    const std::vector<std::string> words = {"care", "workers", "and", "home", "carers", "\xC2\xA3" "31,500", "4%",
                                            "Level 3 of 4:", "A\xC2\xA0levels", "apprenticeship", "\xE2\x80\x9Cquoted\xE2\x80\x9D",
                                            "administrators", "n.e.c.", "x", "ventilating-installers-and-repairers"};
    std::mt19937 rng(20261128);
    for (int i = 0; i < 120; ++i) {
        std::string t;
        const int n = 1 + static_cast<int>(rng() % 14);
        for (int k = 0; k < n; ++k) {
            if (k > 0) t += std::string(1 + rng() % 2, ' ');
            t += words[rng() % words.size()];
        }
        texts.push_back(t);
    }
    return texts;
}

}  // namespace

TEST_CASE("wrap_lines gives the lines measuring each candidate line whole gives") {
    for (float dpr : {1.0f, 2.0f}) {
        NullShell shell("widget=skillsometer\n", 800, 600, dpr);
        shell.runner().prepare_fonts();
        const Fonts& f = shell.runner().theme().fonts;
        const std::vector<ImFont*> fonts = {f.body, f.body_bold, f.small, f.small_bold, f.heading, f.big};
        int compared = 0;
        for (ImFont* font : fonts) {
            REQUIRE(font != nullptr);
            for (const std::string& text : sample_texts()) {
                for (float width = 1; width < 900; width += 17.5f) {
                    const Lines got = wrap_lines(font, text, width);
                    const Lines want = reference_wrap(font, text, width);
                    if (got != want) {
                        INFO("text \"" << text << "\" at width " << width << " in font of size " << font->FontSize);
                        CHECK(got == want);
                    }
                    ++compared;
                }
            }
        }
        CHECK(compared > 40000);
    }
}
