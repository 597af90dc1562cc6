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

ImFont* add(const std::vector<unsigned char>& ttf, float size, float px) {
    ImFontConfig cfg;
    cfg.FontDataOwnedByAtlas = false;  // the bytes live in FontData
    // Horizontal oversampling keeps small text crisp at fractional positions on a low-density screen; large
    // text and high-density screens do not need it, and rasterising half the glyphs starts the widget sooner.
    cfg.OversampleH = size >= 20 || px >= 1.5f ? 1 : 2;
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
    fonts.body = add(data.regular, 18 * k, px);
    fonts.body_bold = add(data.bold, 18 * k, px);
    fonts.small = add(data.regular, 16 * k, px);
    fonts.small_bold = add(data.bold, 16 * k, px);
    fonts.heading = add(data.bold, 22 * k, px);
    fonts.big = add(data.bold, 30 * k, px);
    io.FontDefault = fonts.body;
    io.Fonts->Build();
}

}  // namespace ometer::widgets
