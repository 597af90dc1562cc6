// Text on ImGui's draw lists: lines that break only at spaces, measuring, one-line fitting with an
// ellipsis, and search titles with their matched letters in bold. Positions are in device pixels.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include <imgui.h>

namespace ometer::widgets {

// Text extent; with a wrap width, lines break only at spaces (see wrap_lines).
ImVec2 text_size(ImFont* font, std::string_view text, float wrap_width = 0);
// [begin, end) byte ranges of the lines `text` wraps into at `width`.
std::vector<std::pair<std::size_t, std::size_t>> wrap_lines(ImFont* font, std::string_view text, float width);
// The width of the widest word (text between spaces): a box narrower than that would have to split it.
float widest_word(ImFont* font, std::string_view text);
// Draws text wrapped at `width`; returns the height used.
float wrapped_text(ImDrawList* dl, ImFont* font, ImVec2 pos, float width, ImU32 colour, std::string_view text);
// A piece of a line of text: bytes [begin, end), drawn strong (a search match) or plain.
struct TextRun {
    std::size_t begin, end;
    bool strong;
};
// The runs of a line shown as the text, or as its first `kept` bytes and an ellipsis when it did not fit
// (`shown_size` bytes in all): the byte ranges of the whole text are strong, clipped to what was kept, so
// no run splits the ellipsis or any other character.
std::vector<TextRun> highlight_runs(std::size_t shown_size, std::size_t kept,
                                    std::vector<std::pair<std::uint32_t, std::uint32_t>> ranges);
// Draws `text` on one line (cut with an ellipsis to `max_width`) with byte ranges [begin, end) drawn in
// `bold`/`hi` instead; returns the width.
float highlighted_text(ImDrawList* dl, ImFont* font, ImFont* bold, ImVec2 pos, ImU32 colour, ImU32 hi,
                       std::string_view text, const std::vector<std::pair<std::uint32_t, std::uint32_t>>& ranges,
                       float max_width);
// Shortens text with an ellipsis to fit `width` on one line.
std::string fit_text(ImFont* font, std::string_view text, float width);

}  // namespace ometer::widgets
