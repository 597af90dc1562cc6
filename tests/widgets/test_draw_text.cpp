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

// A search match in a title cut short with an ellipsis: the match's bytes run past the cut, into the
// ellipsis (3 bytes of UTF-8). Drawn as they were, a piece of the ellipsis went strong and the rest plain,
// and each half-character showed as "?" ("Registered specialis??" at 320 px, text 1.6). The runs must
// cover what is shown, in order, never split a character, and be strong only inside a match and inside
// what was kept.
TEST_CASE("highlight_runs: a match cut short by the ellipsis never splits a character") {
    const std::string ellipsis = "\xE2\x80\xA6";
    int checked = 0;
    for (const std::string text : {"Registered specialist nurses", "Registered children's nurses", "Café owners (café)",
                                   "Nurse", "Aircraft électricien"}) {
        // Every word's bytes as a match, one word at a time and all at once.
        std::vector<std::pair<std::uint32_t, std::uint32_t>> words;
        for (std::size_t b = 0; b < text.size();) {
            std::size_t e = text.find(' ', b);
            if (e == std::string::npos) e = text.size();
            words.emplace_back(static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e));
            b = e + 1;
        }
        std::vector<std::vector<std::pair<std::uint32_t, std::uint32_t>>> matches = {words};
        for (const auto& w : words) matches.push_back({w});
        for (std::size_t kept = 0; kept <= text.size(); ++kept) {
            if (kept < text.size() && (static_cast<unsigned char>(text[kept]) & 0xC0) == 0x80) continue;
            const bool cut = kept < text.size();
            const std::string shown = cut ? text.substr(0, kept) + ellipsis : text;
            for (const auto& ranges : matches) {
                CAPTURE(text);
                CAPTURE(kept);
                const auto runs = highlight_runs(shown.size(), kept, ranges);
                std::size_t at = 0;
                for (const TextRun& r : runs) {
                    CHECK(r.begin == at);
                    CHECK(r.end > r.begin);
                    CHECK((r.end == shown.size() || (static_cast<unsigned char>(shown[r.end]) & 0xC0) != 0x80));
                    if (r.strong) {
                        CHECK(r.end <= kept);
                        bool inside = false;
                        for (const auto& [b, e] : ranges) inside = inside || (r.begin >= b && r.end <= e);
                        CHECK(inside);
                    }
                    at = r.end;
                }
                CHECK(at == shown.size());
                ++checked;
            }
        }
    }
    CHECK(checked > 100);
}
