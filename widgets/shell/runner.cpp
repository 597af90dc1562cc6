// The shell's platform-independent half; see runner.hpp. ImGui 1.86 takes input as state (MouseDown[],
// MousePos), so a press and release arriving between two frames would be lost: presses are held for at
// least one frame, and touch taps are replayed as a press then a release.
#include "widgets/shell/runner.hpp"

#include <algorithm>
#include <cfloat>
#include <cmath>

#include <imgui_internal.h>

namespace ometer::widgets {

namespace {
constexpr float kTapSlop = 10.0f;  // CSS px a finger may move and still tap
}

Runner::Runner(const Options& options, FontData fonts) : options_(options), font_data_(std::move(fonts)) {
    IMGUI_CHECKVERSION();
    context_ = ImGui::CreateContext();
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing is stored anywhere
    io.LogFilename = nullptr;
    io.ConfigFlags |= ImGuiConfigFlags_NoMouseCursorChange;
    io.BackendFlags |= ImGuiBackendFlags_HasMouseCursors;
    io.MouseDragThreshold = 8.0f;
    // Forced colours draw like the high-contrast theme (outlines, no shadows) in the system's colours.
    theme_.kind = options_.theme == ThemeKind::system ? ThemeKind::high_contrast : options_.theme;
    theme_.colours = make_palette(options_.theme, options_.accent, options_.system_colours);
    theme_.text_scale = options_.font_scale * options_.text_size;
    widget_ = options_.widget == "skillsometer" ? make_skillsometer(options_) : make_careerometer(options_);
}

Runner::~Runner() {
    widget_.reset();
    ImGui::DestroyContext(context_);
}

void Runner::rebuild_fonts() {
    theme_.px = dpr_;
    build_fonts(font_data_, dpr_, theme_.text_scale, theme_.fonts);
    apply_style(theme_);
    fonts_dpr_ = dpr_;
}

void Runner::resize(float css_width, float css_height, float device_pixel_ratio) {
    css_w_ = std::max(1.0f, css_width);
    css_h_ = std::max(1.0f, css_height);
    dpr_ = std::clamp(device_pixel_ratio, 0.5f, 4.0f);
    pixel_w_ = static_cast<int>(std::lround(css_w_ * dpr_));
    pixel_h_ = static_cast<int>(std::lround(css_h_ * dpr_));
    wake(2);  // the new size, then the content height it gives
}

void Runner::pointer(PointerEvent event, PointerKind kind, float x, float y, int button) {
    ImGui::SetCurrentContext(context_);
    ImGuiIO& io = ImGui::GetIO();
    const ImVec2 pos(x * dpr_, y * dpr_);
    wake(event == PointerEvent::up || event == PointerEvent::cancel ? 2 : 1);  // a release: the click, then its effect
    if (kind == PointerKind::touch) {
        switch (event) {
            case PointerEvent::down:
                touch_ = Touch{true, false, false, x, y, x, y};
                io.MousePos = pos;  // so the press lands where the finger is
                break;
            case PointerEvent::move:
                if (!touch_.active) break;
                if (!touch_.dragging && std::hypot(x - touch_.x0, y - touch_.y0) > kTapSlop) touch_.dragging = true;
                if (touch_.dragging && options_.fixed_height) io.MouseWheel += (y - touch_.y) / (theme_.fonts.body ? theme_.fonts.body->FontSize / dpr_ * 5 : 90);
                touch_.x = x;
                touch_.y = y;
                break;
            case PointerEvent::up:
                if (!touch_.active) break;
                if (!touch_.dragging) {  // a tap: press now, release after the press was seen
                    io.MousePos = pos;
                    io.MouseDown[0] = true;
                    click_release_in_ = 1;
                    hover_clear_in_ = 3;
                } else if (std::fabs(x - touch_.x0) > 3 * std::fabs(y - touch_.y0) && std::fabs(x - touch_.x0) > 40) {
                    touch_.pending_click = true;  // marks a swipe, delivered in frame()
                }
                touch_.active = false;
                touch_.x = x;
                break;
            case PointerEvent::cancel:
            case PointerEvent::leave:
                touch_ = Touch{};
                io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
                break;
        }
        return;
    }
    io.MousePos = event == PointerEvent::leave ? ImVec2(-FLT_MAX, -FLT_MAX) : pos;
    if (button < 0 || button > 2) return;
    if (event == PointerEvent::down) {
        io.MouseDown[button] = true;
        if (button == 0) click_release_in_ = 0;
    } else if (event == PointerEvent::up || event == PointerEvent::cancel) {
        // Hold the press until a frame has seen it (MouseDownDuration stays -1 until then).
        if (button == 0 && io.MouseDown[0] && io.MouseDownDuration[0] < 0) click_release_in_ = 1;
        else io.MouseDown[button] = false;
    }
}

bool Runner::wheel(float dx, float dy) {
    ImGui::SetCurrentContext(context_);
    if (!options_.fixed_height) return false;  // auto height: the page scrolls, never the widget
    ImGuiWindow* root = ImGui::FindWindowByName("##root");
    if (!root) return false;
    bool can = (dy < 0 && root->Scroll.y > 0) || (dy > 0 && root->Scroll.y < root->ScrollMax.y);
    if (!can) return false;
    ImGuiIO& io = ImGui::GetIO();
    io.MouseWheel -= dy / 100.0f;
    io.MouseWheelH -= dx / 100.0f;
    wake();
    return true;
}

void Runner::key(Key k, Host& host) {
    ImGui::SetCurrentContext(context_);
    if (widget_->key(k, host)) wake();
}

const ImDrawData* Runner::draw_data() const {
    ImGui::SetCurrentContext(context_);
    return ImGui::GetDrawData();
}

float Runner::content_height_css() const { return widget_->content_height(); }

bool Runner::prepare_fonts() {
    ImGui::SetCurrentContext(context_);
    if (fonts_dpr_ == dpr_) return false;
    rebuild_fonts();
    return true;
}

void Runner::frame(Host& host, double now) {
    ImGui::SetCurrentContext(context_);
    // This frame uses one of the frames wanted; a wake while it runs (a command the page sends in answer
    // to an event this frame emits) asks for frames after it, and is not used up by it.
    const int left = std::max(frames_wanted_ - 1, 0);
    frames_wanted_ = 0;
    if (fonts_dpr_ != dpr_) rebuild_fonts();
    ImGuiIO& io = ImGui::GetIO();
    io.DisplaySize = ImVec2(static_cast<float>(pixel_w_), static_cast<float>(pixel_h_));
    io.DisplayFramebufferScale = ImVec2(1, 1);
    io.DeltaTime = last_time_ > 0 && now > last_time_ ? static_cast<float>(now - last_time_) : 1.0f / 60.0f;
    last_time_ = now;
    if (touch_.pending_click) {  // a completed horizontal swipe
        touch_.pending_click = false;
        if (widget_->swipe(touch_.x - touch_.x0, host)) wake();
    }
    theme_.px = dpr_;

    ImGui::NewFrame();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    // No window background: the renderer clears the canvas to the theme's background first, and filling it
    // again would blend every pixel of the canvas once more per frame.
    ImGuiWindowFlags flags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                             ImGuiWindowFlags_NoBringToFrontOnFocus | ImGuiWindowFlags_NoNav | ImGuiWindowFlags_NoBackground;
    if (!options_.fixed_height) flags |= ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoScrollWithMouse;
    else flags &= ~ImGuiWindowFlags_NoScrollbar;
    ImGui::Begin("##root", nullptr, flags);
    widget_->frame(host, theme_);
    ImGui::End();
    ImGui::Render();

    // Release a press held over from the last input, and let the release be seen on the next frame.
    if (click_release_in_ > 0 && --click_release_in_ == 0) {
        io.MouseDown[0] = false;
        frames_wanted_ = std::max(frames_wanted_, 1);
    }
    // After a tap there is no pointer left hovering: clear it so nothing stays highlighted.
    if (hover_clear_in_ > 0 && --hover_clear_in_ == 0) {
        io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
        frames_wanted_ = std::max(frames_wanted_, 1);
    }
    frames_wanted_ = std::max(frames_wanted_, left);
    if (widget_->animating() || widget_->acted()) frames_wanted_ = std::max(frames_wanted_, 1);
}

}  // namespace ometer::widgets
