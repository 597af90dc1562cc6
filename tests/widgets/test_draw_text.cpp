// Wrapping at spaces (widgets/common/draw_text.cpp), checked against what a wrap must be, each width
// measured whole with ImGui: the lines cover the text in order; a line of whole words fits and is as long
// as it can be (the next word would not fit); a word wider than the line is cut only where the part fits
// (or after one character), never inside a UTF-8 character. Narrower than a character (1.2 em), only that
// the lines cover the text. In each of the widgets' fonts at 1x and 2x,
// at many widths, for the kinds of text the widgets show and for random text.
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

// What is wrong with `lines` as the wrap of `text` at `width`; empty when nothing is.
std::string wrap_fault(ImFont* font, std::string_view text, float width, const Lines& lines) {
    const float room = width + 0.01f;  // wrap_lines' allowance for boxes sized from measured words
    auto w = [&](std::size_t b, std::size_t e) {
        return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.data() + b, text.data() + e).x;
    };
    const bool roomy = width >= 1.2f * font->FontSize;
    std::size_t expect = 0;
    for (const auto& [b, e] : lines) {
        if (b != expect) return "line starts at " + std::to_string(b) + ", not " + std::to_string(expect);
        if (e <= b || e > text.size()) return "empty or overlong line at " + std::to_string(b);
        expect = e;
        while (expect < text.size() && text[expect] == ' ') ++expect;
        if (!roomy) continue;
        const bool whole = e == text.size() || text[e] == ' ';
        if (whole) {
            if (w(b, e) > room) return "whole words wider than the line at " + std::to_string(b);
            std::size_t next = text.find(' ', e + 1);
            if (next == std::string_view::npos) next = text.size();
            if (e < text.size() && w(b, next) <= room) return "the next word would have fitted at " + std::to_string(e);
        } else {
            if ((static_cast<unsigned char>(text[e]) & 0xC0) == 0x80) return "cut inside a character at " + std::to_string(e);
            std::size_t one = b + 1;
            while (one < e && (static_cast<unsigned char>(text[one]) & 0xC0) == 0x80) ++one;
            if (e > one && w(b, e) > room) return "a cut part wider than the line at " + std::to_string(b);
        }
    }
    if (expect != text.size()) return "text left over from " + std::to_string(expect);
    return {};
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

TEST_CASE("wrap_lines: lines that fit, as long as they can be, covering the text") {
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
                    const std::string fault = wrap_fault(font, text, width, wrap_lines(font, text, width));
                    if (!fault.empty()) {
                        INFO("text \"" << text << "\" at width " << width << " in font of size " << font->FontSize);
                        CHECK(fault == "");
                    }
                    ++compared;
                }
            }
        }
        CHECK(compared > 40000);
    }
}
