// Text on ImGui's draw lists: wrapping at spaces, measuring, one-line fitting and highlighted titles; see
// draw_text.hpp.
#include "widgets/common/draw_text.hpp"

#include <algorithm>
#include <cfloat>

#include <imgui_internal.h>

namespace ometer::widgets {

namespace {

constexpr std::string_view kEllipsis = "\xE2\x80\xA6";  // U+2026, what text cut short ends with

// The width ImFont::CalcTextSizeA gives text[start, e), grown one character at a time as e moves right:
// ImGui 1.86 adds each character's advance left to right and never kerns, so every width is bit for bit
// the one measuring the run again would give, without measuring the line's start again for each word
// (which made wrapping quadratic: the largest item of a start-up profile). Only for text without control
// characters (a newline restarts ImGui's measure).
class RunWidth {
public:
    RunWidth(const ImFont* font, std::string_view text, std::size_t start) : font_(font), text_(text), pos_(start) {}

    float upto(std::size_t end) {
        const char* s = text_.data() + pos_;
        const char* stop = text_.data() + end;
        while (s < stop) {
            unsigned int c = static_cast<unsigned char>(*s);
            if (c < 0x80) {
                ++s;
            } else {
                s += ImTextCharFromUtf8(&c, s, stop);
            }
            width_ += static_cast<int>(c) < font_->IndexAdvanceX.Size ? font_->IndexAdvanceX.Data[c] : font_->FallbackAdvanceX;
        }
        pos_ = end;
        return width_;
    }

private:
    const ImFont* font_;
    std::string_view text_;
    std::size_t pos_;
    float width_ = 0;
};

}  // namespace

// Line breaks only at spaces (ImGui's own wrapping also breaks after commas, which splits "£45,500").
// A word wider than the line (a results code) breaks after a hyphen, or failing that between characters.
std::vector<std::pair<std::size_t, std::size_t>> wrap_lines(ImFont* font, std::string_view text, float width) {
    // A box sized from measured words (their width plus padding, less the same padding) must hold them on
    // the same lines again: float rounding can make it a hair narrower than they measured.
    width += 0.01f;
    std::vector<std::pair<std::size_t, std::size_t>> lines;
    auto w = [&](std::size_t b, std::size_t e) {
        return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.data() + b, text.data() + e).x;
    };
    const bool plain = std::none_of(text.begin(), text.end(), [](char c) { return static_cast<unsigned char>(c) < 32; });
    std::size_t start = 0;
    while (start < text.size()) {
        RunWidth run(font, text, start);
        auto upto = [&](std::size_t e) { return plain ? run.upto(e) : w(start, e); };
        std::size_t end = start, fit = start;
        float fit_width = 0;
        while (end < text.size()) {
            std::size_t next = text.find(' ', end + 1);
            if (next == std::string_view::npos) next = text.size();
            const float next_width = upto(next);
            if (next_width > width && fit > start) break;
            fit = next;
            fit_width = next_width;
            end = next;
            if (fit_width > width) break;
        }
        if (fit_width > width) {  // one long word: cut it where it stops fitting
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

ImVec2 text_size(ImFont* font, std::string_view text, float wrap_width) {
    if (wrap_width <= 0) return font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.data(), text.data() + text.size());
    float max_w = 0;
    auto lines = wrap_lines(font, text, wrap_width);
    for (const auto& [b, e] : lines)
        max_w = std::max(max_w, font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.data() + b, text.data() + e).x);
    return ImVec2(max_w, font->FontSize * static_cast<float>(lines.size()));
}

float widest_word(ImFont* font, std::string_view text) {
    float widest = 0;
    for (std::size_t b = 0; b < text.size();) {
        std::size_t e = text.find(' ', b);
        if (e == std::string_view::npos) e = text.size();
        if (e > b) widest = std::max(widest, font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, text.data() + b, text.data() + e).x);
        b = e + 1;
    }
    return widest;
}

float wrapped_text(ImDrawList* dl, ImFont* font, ImVec2 pos, float width, ImU32 colour, std::string_view text) {
    if (text.empty()) return 0;
    auto lines = wrap_lines(font, text, width);
    for (std::size_t i = 0; i < lines.size(); ++i)
        dl->AddText(font, font->FontSize, ImVec2(pos.x, pos.y + font->FontSize * static_cast<float>(i)), colour,
                    text.data() + lines[i].first, text.data() + lines[i].second);
    return font->FontSize * static_cast<float>(lines.size());
}

std::string fit_text(ImFont* font, std::string_view text, float width) {
    if (text_size(font, text).x <= width) return std::string(text);
    std::size_t n = text.size();
    while (n > 0) {
        --n;
        while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;  // keep UTF-8 whole
        std::string candidate = std::string(text.substr(0, n)) + std::string(kEllipsis);
        if (text_size(font, candidate).x <= width) return candidate;
    }
    return std::string(kEllipsis);
}

std::vector<TextRun> highlight_runs(std::size_t shown_size, std::size_t kept,
                                    std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges) {
    std::sort(ranges.begin(), ranges.end());
    std::vector<TextRun> runs;
    std::size_t at = 0;
    auto add = [&](std::size_t from, std::size_t to, bool strong) {
        if (to > from) runs.push_back({from, to, strong});
    };
    for (auto [b, e] : ranges) {
        const std::size_t from = std::min<std::size_t>(b, kept), to = std::min<std::size_t>(e, kept);
        if (from < at || to <= from) continue;
        add(at, from, false);
        add(from, to, true);
        at = to;
    }
    add(at, shown_size, false);
    return runs;
}

float highlighted_text(ImDrawList* dl, ImFont* font, ImFont* bold, ImVec2 pos, ImU32 colour, ImU32 hi,
                       std::string_view text, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& ranges,
                       float max_width) {
    const std::string shown = fit_text(bold, text, max_width);
    const std::size_t kept = shown == text ? text.size() : shown.size() - kEllipsis.size();
    float x = pos.x;
    for (const TextRun& r : highlight_runs(shown.size(), kept, ranges)) {
        ImFont* f = r.strong ? bold : font;
        const std::string_view part = std::string_view(shown).substr(r.begin, r.end - r.begin);
        dl->AddText(f, f->FontSize, ImVec2(x, pos.y), r.strong ? hi : colour, part.data(), part.data() + part.size());
        x += text_size(f, part).x;
    }
    return x - pos.x;
}

}  // namespace ometer::widgets
