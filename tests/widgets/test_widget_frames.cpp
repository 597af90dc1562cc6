// Renders many frames of both widgets with the null shell across sizes, pixel ratios and themes, with
// scripted input: no ImGui asserts, geometry every frame, sensible heights, no redraw when idle, and how
// much of the canvas a frame fills; and the drawing cache for dashed outlines.
#include <doctest/doctest.h>

#include <algorithm>

#include <imgui.h>

#include "tests/test_support.hpp"
#include "widgets/common/draw_shapes.hpp"
#include "widgets/shell/null_shell.hpp"

using namespace ometer;
using namespace ometer::widgets;

TEST_CASE("both widgets render across widths, pixel ratios and themes") {
    for (const char* widget : {"careerometer", "skillsometer"})
        for (const char* theme : {"light", "dark", "high-contrast"})
            for (float width : {320.0f, 768.0f, 1280.0f})
                for (float dpr : {1.0f, 2.0f, 3.0f}) {
                    CAPTURE(widget);
                    CAPTURE(theme);
                    CAPTURE(width);
                    CAPTURE(dpr);
                    NullShell shell(std::string("widget=") + widget + "\ntheme=" + theme + "\noccupations=5241,5315,2237\n", width, 700, dpr);
                    REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
                    shell.frames(3);
                    CHECK(shell.last_vertex_count() > 200);
                    CHECK(shell.widget().content_height() > 200);
                    CHECK(shell.widget().content_height() < 20000);
                }
}

TEST_CASE("idle widgets stop asking for frames") {
    NullShell shell("widget=careerometer\n", 900, 700);
    REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
    shell.frames(10);
    CHECK_FALSE(shell.runner().needs_frame());
    shell.click(200, 150);
    shell.frames(10);
    CHECK_FALSE(shell.runner().needs_frame());
}

TEST_CASE("500 frames of scripted clicking and typing keep drawing") {
    NullShell shell("widget=careerometer\n", 1024, 800);
    REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
    const char* queries[] = {"n", "nu", "nur", "nurse", "", "\xF0\x9F\x98\x8D", "pl", "plumber", "zzzz"};
    for (int i = 0; i < 500; ++i) {
        if (i % 25 == 0) shell.command(std::string("query ") + queries[(i / 25) % 9]);
        if (i % 40 == 0) shell.click(static_cast<float>(100 + (i * 37) % 800), static_cast<float>(100 + (i * 53) % 600));
        if (i % 60 == 0) shell.key(Key::down);
        shell.frames(1);
        REQUIRE(shell.last_vertex_count() > 0);
    }
}

TEST_CASE("a dashed outline drawn again is replayed: the same vertices and indices, placed after what came before") {
    NullShell shell("widget=careerometer\n", 900, 700);  // an ImGui context with the widgets' fonts
    shell.frames(1);
    ImGui::NewFrame();
    ImDrawList* dl = ImGui::GetBackgroundDrawList();
    auto draw = [&](ImVec2 min, ImVec2 max) {
        const int v0 = dl->VtxBuffer.Size, i0 = dl->IdxBuffer.Size;
        const unsigned base = dl->_VtxCurrentIdx;
        dashed_rect(dl, min, max, 16, IM_COL32(10, 20, 30, 255), 2, 9);
        std::vector<float> vtx;
        for (int i = v0; i < dl->VtxBuffer.Size; ++i) {
            const ImDrawVert& v = dl->VtxBuffer[i];
            vtx.insert(vtx.end(), {v.pos.x, v.pos.y, v.uv.x, v.uv.y, static_cast<float>(v.col)});
        }
        std::vector<unsigned> idx;
        for (int i = i0; i < dl->IdxBuffer.Size; ++i) idx.push_back(dl->IdxBuffer[i] - base);
        return std::make_pair(vtx, idx);
    };
    const auto first = draw(ImVec2(10.5f, 20), ImVec2(300, 400.25f));
    dl->AddRectFilled(ImVec2(0, 0), ImVec2(5, 5), IM_COL32_WHITE);  // something in between
    const auto again = draw(ImVec2(10.5f, 20), ImVec2(300, 400.25f));
    const auto other = draw(ImVec2(10.5f, 20), ImVec2(301, 400.25f));
    CHECK(first.first.size() > 100);
    CHECK(again == first);
    CHECK(other != first);
    ImGui::EndFrame();
}

// What a GPU fills and blends per frame is most of a frame's cost on a weak or software GPU (with no GPU,
// Chromium reads each drawn frame back before the page can go on). Cards drew their soft shadows as three
// filled layers under themselves, and the root window filled the canvas the renderer had just cleared:
// 4.0-4.6 times the canvas a frame on these screens; about 1.2-1.6 times since.
TEST_CASE("a frame fills each pixel of the canvas less than twice over") {
    struct Screen {
        const char* options;
        const char* command;  // a search ("query ..." with the box focused), or a Skillsometer command
    };
    for (const Screen screen : {Screen{"widget=careerometer\n", ""}, Screen{"widget=careerometer\n", "electrician"},
                                Screen{"widget=careerometer\noccupations=5241,5315,2237\n", ""}, Screen{"widget=skillsometer\n", ""},
                                Screen{"widget=skillsometer\n", "start"}})
        for (const char* theme : {"light", "dark"})
            for (float width : {360.0f, 1280.0f}) {
                CAPTURE(screen.options);
                CAPTURE(screen.command);
                CAPTURE(theme);
                CAPTURE(width);
                NullShell shell(std::string(screen.options) + "theme=" + theme + "\n", width, 700, 2);
                REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
                shell.frames(3);
                if (std::string(screen.command) == "start") {
                    REQUIRE(shell.command("start").ok());
                    shell.frames(30);  // the quiz's first statement, once it has slid in
                } else if (*screen.command) {
                    REQUIRE(shell.command("input-focus 1").ok());
                    REQUIRE(shell.command(std::string("query ") + screen.command).ok());
                    shell.frames(3);
                }
                CHECK(shell.last_vertex_count() > 200);
                CHECK(shell.last_fill() < 2.0);
            }
}

TEST_CASE("what the open drop-down covers builds no text") {
    for (const char* options : {"widget=careerometer\n", "widget=careerometer\noccupations=5241,5315,2237\n"})
        for (float width : {360.0f, 1280.0f}) {
            CAPTURE(options);
            CAPTURE(width);
            NullShell shell(options, width, 700, 2);
            REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
            shell.frames(3);
            REQUIRE(shell.command("input-focus 1").ok());
            REQUIRE(shell.command("query electrician").ok());
            shell.frames(3);
            const ImDrawData* data = ImGui::GetDrawData();
            REQUIRE(data != nullptr);
            REQUIRE(data->CmdListsCount == 1);
            const ImDrawList& list = *data->CmdLists[0];
            // Text is drawn with the atlas's glyphs; shapes with its white pixel or its baked lines.
            ImFontAtlas& atlas = *ImGui::GetIO().Fonts;
            ImVec2 lines_min, lines_max;
            atlas.CalcCustomRectUV(atlas.GetCustomRectByIndex(atlas.PackIdLines), &lines_min, &lines_max);
            auto is_glyph = [&](ImVec2 uv) {
                const bool white = uv.x == atlas.TexUvWhitePixel.x && uv.y == atlas.TexUvWhitePixel.y;
                const bool line = uv.x >= lines_min.x && uv.x <= lines_max.x && uv.y >= lines_min.y && uv.y <= lines_max.y;
                return !white && !line;
            };
            float tallest = 0;  // a line of text: ImGui leaves out lines that end above the clip rectangle
            for (const ImFont* f : atlas.Fonts) tallest = std::max(tallest, f->FontSize);
            // The cards and what follows them are drawn clipped to below the drop-down...
            int covered = 0, glyphs_above = 0;
            for (const ImDrawCmd& cmd : list.CmdBuffer) {
                if (cmd.ClipRect.y <= 1) continue;
                ++covered;
                // ...and none of their lines of text above it were built.
                for (unsigned i = 0; i + 2 < cmd.ElemCount; i += 3) {
                    bool glyph = false, above = true;
                    for (unsigned k = 0; k < 3; ++k) {
                        const unsigned index = list.IdxBuffer[static_cast<int>(cmd.IdxOffset + i + k)];
                        const ImDrawVert& v = list.VtxBuffer[static_cast<int>(cmd.VtxOffset + index)];
                        glyph = glyph || is_glyph(v.uv);
                        above = above && v.pos.y < cmd.ClipRect.y - tallest;
                    }
                    glyphs_above += glyph && above;
                }
            }
            CHECK(covered == 1);
            CHECK(glyphs_above == 0);
        }
}
