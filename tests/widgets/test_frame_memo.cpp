// The web renderer's memory of the last drawn frame (widgets/shell/frame_memo.hpp): a widget's idle frame
// counts as the same; any change to what would be drawn, however small, does not.
#include <doctest/doctest.h>

#include <imgui.h>

#include <functional>
#include <memory>
#include <vector>

#include "tests/test_support.hpp"
#include "widgets/shell/frame_memo.hpp"
#include "widgets/shell/null_shell.hpp"

using namespace ometer;
using namespace ometer::widgets;

namespace {

// A copy of the frame ImGui drew last, which a test can change and show the memo.
struct Frame {
    std::vector<std::unique_ptr<ImDrawList>> lists;
    std::vector<ImDrawList*> pointers;
    ImDrawData data;

    Frame() : Frame(*ImGui::GetDrawData()) {}
    Frame(const Frame& other) : Frame(other.data) {}
    explicit Frame(const ImDrawData& drawn) {
        for (int n = 0; n < drawn.CmdListsCount; ++n) lists.emplace_back(drawn.CmdLists[n]->CloneOutput());
        data = drawn;
        relink();
    }
    void relink() {
        pointers.clear();
        for (auto& l : lists) pointers.push_back(l.get());
        data.CmdLists = pointers.data();
        data.CmdListsCount = static_cast<int>(pointers.size());
    }
    ImDrawList& list() { return *lists.back(); }
};

constexpr int kWidth = 900, kHeight = 700;
constexpr ImU32 kBackground = IM_COL32(255, 255, 255, 255);

// What the renderer does with a frame: true when the memo has it already; otherwise the frame is drawn and
// the memo keeps it (a copy of it here: keeping takes the lists' buffers, which the test still reads).
bool seen(FrameMemo& memo, const Frame& f, int w = kWidth, int h = kHeight, ImU32 bg = kBackground) {
    if (memo.same_as_last(f.data, w, h, bg)) return true;
    Frame taken(f);
    memo.keep(taken.data, w, h, bg);
    return false;
}

}  // namespace

TEST_CASE("a frame like the last one is the same; after forget() it is not") {
    NullShell shell("widget=careerometer\noccupations=5241,2237\n", kWidth, kHeight);
    REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
    shell.frames(3);
    Frame first;
    REQUIRE(first.data.TotalVtxCount > 200);
    FrameMemo memo;
    CHECK_FALSE(seen(memo, first));  // nothing drawn yet
    CHECK(seen(memo, first));

    shell.runner().wake(2);  // a frame run for nothing: the widget draws the same again
    shell.frames(2);
    Frame again;
    CHECK(seen(memo, again));

    memo.forget();
    CHECK_FALSE(seen(memo, again));
    CHECK(seen(memo, again));
}

TEST_CASE("any change to what would be drawn is a new frame") {
    NullShell shell("widget=skillsometer\n", kWidth, kHeight);
    REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
    shell.frames(3);

    struct Change {
        const char* what;
        std::function<void(Frame&, int&, int&, ImU32&)> apply;
    };
    const std::vector<Change> changes = {
        {"the last vertex's colour", [](Frame& f, int&, int&, ImU32&) { f.list().VtxBuffer.back().col ^= 1; }},
        {"the last vertex's position", [](Frame& f, int&, int&, ImU32&) { f.list().VtxBuffer.back().pos.x += 0.25f; }},
        {"the first vertex's texture place", [](Frame& f, int&, int&, ImU32&) { f.list().VtxBuffer[0].uv.y += 0.001f; }},
        {"one index", [](Frame& f, int&, int&, ImU32&) { f.list().IdxBuffer.back() = 0; }},
        {"a vertex fewer", [](Frame& f, int&, int&, ImU32&) { f.list().VtxBuffer.pop_back(); }},
        {"a command's clip", [](Frame& f, int&, int&, ImU32&) { f.list().CmdBuffer.back().ClipRect.w -= 1; }},
        {"a command's texture", [](Frame& f, int&, int&, ImU32&) { f.list().CmdBuffer.back().TextureId = reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(77)); }},
        {"a command's count", [](Frame& f, int&, int&, ImU32&) { f.list().CmdBuffer.back().ElemCount -= 3; }},
        {"a command's first index", [](Frame& f, int&, int&, ImU32&) { f.list().CmdBuffer.back().IdxOffset += 3; }},
        {"a command's first vertex", [](Frame& f, int&, int&, ImU32&) { f.list().CmdBuffer.back().VtxOffset += 1; }},
        {"a command more", [](Frame& f, int&, int&, ImU32&) { f.list().CmdBuffer.push_back(f.list().CmdBuffer.back()); }},
        {"a list more", [](Frame& f, int&, int&, ImU32&) { f.lists.emplace_back(f.lists.back()->CloneOutput()); f.relink(); }},
        {"the display size", [](Frame& f, int&, int&, ImU32&) { f.data.DisplaySize.y += 1; }},
        {"the pixel ratio", [](Frame& f, int&, int&, ImU32&) { f.data.FramebufferScale = ImVec2(2, 2); }},
        {"the buffer's width", [](Frame&, int& w, int&, ImU32&) { w += 1; }},
        {"the buffer's height", [](Frame&, int&, int& h, ImU32&) { h -= 1; }},
        {"the background", [](Frame&, int&, int&, ImU32& bg) { bg = IM_COL32(0, 0, 0, 255); }},
    };
    for (const Change& change : changes) {
        CAPTURE(change.what);
        FrameMemo memo;
        Frame original;
        REQUIRE(original.list().CmdBuffer.Size > 0);
        REQUIRE_FALSE(seen(memo, original));
        Frame changed;
        int w = kWidth, h = kHeight;
        ImU32 bg = kBackground;
        change.apply(changed, w, h, bg);
        CHECK_FALSE(seen(memo, changed, w, h, bg));
        CHECK(seen(memo, changed, w, h, bg));  // now remembered
        CHECK_FALSE(seen(memo, original));     // and back
    }
}

TEST_CASE("a frame kept is taken, not copied, and ImGui's next frame fills the buffers it gets back") {
    NullShell shell("widget=careerometer\noccupations=5241\n", kWidth, kHeight);
    REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
    shell.frames(3);
    const Frame copy;
    ImDrawData& live = *ImGui::GetDrawData();
    REQUIRE(live.CmdListsCount > 0);
    const ImDrawVert* vertices = live.CmdLists[0]->VtxBuffer.Data;
    FrameMemo memo;
    memo.keep(live, kWidth, kHeight, kBackground);
    CHECK(live.CmdLists[0]->VtxBuffer.Data != vertices);
    CHECK(memo.same_as_last(copy.data, kWidth, kHeight, kBackground));

    shell.runner().wake(2);  // the same frame again, drawn into the buffers the memo handed back
    shell.frames(2);
    CHECK(memo.same_as_last(*ImGui::GetDrawData(), kWidth, kHeight, kBackground));
    CHECK(shell.runner().draw_data()->TotalVtxCount == copy.data.TotalVtxCount);
}
