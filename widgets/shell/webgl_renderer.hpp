// Draws ImGui's draw data with WebGL2 on a context the widget owns alone (the web shell's renderer).
//
// Why not imgui_impl_opengl3: it backs up and restores about twenty pieces of GL state every frame with
// glGet* calls, recreates a vertex array each frame, and checks shader compile and link status as soon as
// it creates them; in a browser each of those reads can wait for the GPU process. This renderer sets the
// state it needs once, never reads state back, and asks whether the program linked only at its first
// draw, by which time the compile has long finished.
#pragma once

#include <string>

#include <imgui.h>

#include "widgets/shell/frame_memo.hpp"

namespace ometer::widgets {

class WebGLRenderer {
public:
    // Creates the program, buffers and vertex array on the current context (compiles without waiting).
    void create();
    // Uploads the font atlas (again after it was rebuilt, or on a new context).
    void upload_fonts();
    bool has_fonts() const { return font_texture_ != 0; }
    // Clears to `background` and draws, unless the canvas already shows exactly this frame (FrameMemo);
    // false when the program failed to link (error() says why). A frame it draws, it keeps: `data`'s lists
    // are left with stale buffers (FrameMemo::keep), so render is the last to read them.
    bool render(ImDrawData& data, int fb_width, int fb_height, ImU32 background);
    unsigned frames_presented() const { return presented_; }  // frames drawn on the canvas (tests)
    // The context was lost: every handle is gone with it; create() starts again on a new one.
    void forget();
    const std::string& error() const { return error_; }

private:
    bool check_program();
    void draw_lists(const ImDrawData& data, int fb_height);

    unsigned program_ = 0, vertex_shader_ = 0, fragment_shader_ = 0;
    unsigned vao_ = 0, vbo_ = 0, ibo_ = 0, font_texture_ = 0;
    int projection_ = -1;   // the uniform's location, looked up at the first draw
    bool checked_ = false;  // link status read (at the first draw)
    bool linked_ = false;
    long long vbo_size_ = 0, ibo_size_ = 0;
    std::string error_;
    FrameMemo last_;   // what the canvas shows now
    unsigned presented_ = 0;
};

}  // namespace ometer::widgets
