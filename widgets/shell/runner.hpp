// The platform-independent half of a shell: owns the ImGui context, theme, fonts and one widget; turns
// page input (CSS pixels) into ImGui input, decides when frames are needed, and runs a frame. The web
// shell adds WebGL and the browser loop; the null shell runs it headless for tests.
#pragma once

#include <memory>
#include <string>
#include <vector>

#include <imgui.h>

#include "widgets/common/fonts.hpp"
#include "widgets/common/theme.hpp"
#include "widgets/common/widget.hpp"

namespace ometer::widgets {

enum class PointerKind { mouse, touch, pen };
enum class PointerEvent { down, move, up, cancel, leave };

class Runner {
public:
    Runner(const Options& options, FontData fonts);
    ~Runner();
    Runner(const Runner&) = delete;
    Runner& operator=(const Runner&) = delete;

    Widget& widget() { return *widget_; }
    const Options& options() const { return options_; }
    const Theme& theme() const { return theme_; }

    // Page input. Coordinates are CSS pixels relative to the canvas.
    void resize(float css_width, float css_height, float device_pixel_ratio);
    void pointer(PointerEvent event, PointerKind kind, float x, float y, int button);
    // Returns true if the widget scrolled (the page should then not scroll).
    bool wheel(float dx, float dy);
    void key(Key key, Host& host);

    // True when a frame should be drawn now (input pending, animation, layout settling).
    bool needs_frame() const { return frames_wanted_ > 0; }
    // A change drawn by one frame (a command, a key, data); input that ImGui itself must see first (a
    // click lands in one frame and its effect is drawn in the next) asks for more.
    void wake(int frames = 1) { frames_wanted_ = std::max(frames_wanted_, frames); }

    // Rebuilds the font atlas if the pixel ratio changed; true when the renderer must upload it again.
    bool prepare_fonts();
    // Runs one ImGui frame (NewFrame .. Render); call prepare_fonts() first.
    void frame(Host& host, double now);
    // What the last frame drew (ImGui's lists, kept until the next frame); null before the first.
    const ImDrawData* draw_data() const;

    // Device-pixel size of the drawing surface.
    int pixel_width() const { return pixel_w_; }
    int pixel_height() const { return pixel_h_; }
    float content_height_css() const;

private:
    void rebuild_fonts();

    Options options_;
    FontData font_data_;
    Theme theme_;
    std::unique_ptr<Widget> widget_;
    ImGuiContext* context_ = nullptr;
    float css_w_ = 320, css_h_ = 480, dpr_ = 1;
    int pixel_w_ = 320, pixel_h_ = 480;
    float fonts_dpr_ = 0;
    int frames_wanted_ = 3;
    double last_time_ = 0;

    // Touch: a tap becomes a click; a drag scrolls (fixed height) or swipes (horizontal).
    struct Touch {
        bool active = false, dragging = false, pending_click = false;
        float x0 = 0, y0 = 0, x = 0, y = 0;
    } touch_;
    int click_release_in_ = 0;  // frames until a held or synthesised press is released
    int hover_clear_in_ = 0;    // frames until a tap's pointer position is forgotten
};

}  // namespace ometer::widgets
