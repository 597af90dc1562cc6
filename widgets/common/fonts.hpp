// Fonts for ImGui: Lato (Debian's fonts-lato, subset at build time) in each role of the theme, rasterised
// at the screen's pixel ratio so text stays crisp; ImGui's built-in font when no font data is given.
#pragma once

#include <vector>

#include "widgets/common/theme.hpp"

namespace ometer::widgets {

struct FontData {
    std::vector<unsigned char> regular, bold;
    bool empty() const { return regular.empty() || bold.empty(); }
};

// Clears and rebuilds ImGui's font atlas for `px` device pixels per CSS pixel times `font_scale`, and
// points `fonts` at the new fonts. The caller re-uploads the atlas texture.
void build_fonts(const FontData& data, float px, float font_scale, Fonts& fonts);

}  // namespace ometer::widgets
