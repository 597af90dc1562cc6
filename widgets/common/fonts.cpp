// Font atlas building; see fonts.hpp.
#include "widgets/common/fonts.hpp"

namespace ometer::widgets {

namespace {

// Latin-1 plus the punctuation the data and strings use (dashes, curly quotes, bullet, ellipsis, minus).
const ImWchar* glyph_ranges() {
    static const ImWchar ranges[] = {0x0020, 0x00FF, 0x2013, 0x2014, 0x2018, 0x201D, 0x2022, 0x2022,
                                     0x2026, 0x2026, 0x2212, 0x2212, 0};
    return ranges;
}

ImFont* add(const std::vector<unsigned char>& ttf, float size) {
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes live in FontData
    cfg.OversampleH = 2;
    cfg.OversampleV = 1;
    cfg.PixelSnapH = false;
    ImGuiIO& io = ImGui::GetIO();
#ifndef __EMSCRIPTEN__
    // Natively (tests, tools) a missing font file falls back to ImGui's own. On the web, Lato always comes
    // with the widget (the frame downloads it before creating the widget), so ProggyClean is not linked.
    if (ttf.empty()) {
        cfg.SizePixels = size;
        return io.Fonts->AddFontDefault(&cfg);
    }
#endif
    return io.Fonts->AddFontFromMemoryTTF(const_cast<unsigned char*>(ttf.data()), static_cast<int>(ttf.size()), size,
                                          &cfg, glyph_ranges());
}

}  // namespace

void build_fonts(const FontData& data, float px, float font_scale, Fonts& fonts) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const float k = px * font_scale;
    fonts.body = add(data.regular, 18 * k);
    fonts.body_bold = add(data.bold, 18 * k);
    fonts.small = add(data.regular, 16 * k);
    fonts.small_bold = add(data.bold, 16 * k);
    fonts.heading = add(data.bold, 22 * k);
    fonts.big = add(data.bold, 30 * k);
    io.FontDefault = fonts.body;
    io.Fonts->Build();
}

}  // namespace ometer::widgets
