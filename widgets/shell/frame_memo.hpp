// Remembers the last frame the renderer put on the canvas, so a frame that would draw exactly the same
// pixels is not drawn again (the web shell's renderer asks before every draw).
//
// Why: every drawn frame of a WebGL canvas is work for the GPU and the compositor, and where the browser
// composites in software (no GPU, e.g. PageSpeed Insights' machines) a synchronous read-back of the whole
// canvas on the page's main thread. A widget often runs a frame whose output did not change (the second of
// the two frames a resize or a click asks for, a command that changes nothing on screen).
#pragma once

#include <vector>

#include <imgui.h>

namespace ometer::widgets {

class FrameMemo {
public:
    // True when `data` on a `fb_width` x `fb_height` buffer cleared to `background` gives the frame
    // remembered last. Exact: every vertex, index and command is compared, so no change on screen can ever
    // be skipped.
    bool same_as_last(const ImDrawData& data, int fb_width, int fb_height, ImU32 background) const;
    // Remembers `data`, just drawn, by taking its lists' vertex and index buffers in exchange for the ones
    // it held: nothing is copied (copying ~180 KB a frame was a tenth of a keystroke's frame in wasm). The
    // lists hold stale data afterwards, which ImGui clears when it starts its next frame: call it only
    // once nothing else will read this frame's lists.
    void keep(ImDrawData& data, int fb_width, int fb_height, ImU32 background);
    // What is on the canvas is no longer what was remembered: it was resized (which clears it), its
    // context was lost or is new, or the font atlas texture changed. The next frame is drawn.
    void forget() { valid_ = false; }

private:
    struct Command {
        ImVec4 clip;
        ImTextureID texture;
        unsigned vtx_offset, idx_offset, elem_count;
        bool callback;
    };
    struct List {
        ImVector<ImDrawVert> vertices;
        ImVector<ImDrawIdx> indices;
        std::vector<Command> commands;
    };
    struct Header {
        ImVec2 display_pos, display_size, scale;
        int fb_width, fb_height;
        ImU32 background;
    };

    static Header header_of(const ImDrawData& data, int fb_width, int fb_height, ImU32 background);
    static bool same_list(const ImDrawList& list, const List& kept);

    bool valid_ = false;
    Header header_{};
    std::vector<List> lists_;
};

}  // namespace ometer::widgets
