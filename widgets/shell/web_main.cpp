// The widgets' one JS boundary (web shell): a few C functions the frame's script calls (fonts, options,
// data, input, commands) and one event hook out (Module.onOmeterEvent). Draws with WebGL2 when the
// browser has it; without it (or while a lost context is away) the same widget runs headless and the page
// shows its accessible HTML mirror.
#include <emscripten.h>
#include <emscripten/html5.h>
#include <GLES3/gl3.h>

#include <memory>
#include <string>

#include <imgui.h>

#include "widgets/common/wire.hpp"
#include "widgets/shell/runner.hpp"
#include "widgets/shell/webgl_renderer.hpp"

using namespace ometer::widgets;

namespace {

// Each string by its bytes and length: the tree's JSON (tens of KB) is read where it lies, not first copied
// to end it with a NUL for the page to look for.
EM_JS(void, js_emit, (const char* type, std::size_t type_size, const char* json, std::size_t json_size), {
    if (Module.onOmeterEvent) Module.onOmeterEvent(UTF8ToString(type, type_size), UTF8ToString(json, json_size));
});

// The page's answer to Host::mirror_waits (frame.js): 1 while a student types.
EM_JS(int, js_mirror_waits, (), { return Module.mirrorWaits && Module.mirrorWaits() ? 1 : 0; });

struct WebHost final : Host {
    void emit(std::string_view type, std::string_view json) override {
        js_emit(type.data(), type.size(), json.data(), json.size());
    }
    bool mirror_waits() override { return js_mirror_waits() != 0; }
    double now() const override { return emscripten_get_now() / 1000.0; }
};

struct Shell {
    FontData fonts;
    std::unique_ptr<Runner> runner;
    WebHost host;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE gl = 0;
    WebGLRenderer renderer;
    bool gl_lost = false;  // the browser took the context away: draw nothing until it is restored
    bool in_view = true;   // the canvas is on screen or near it (the page says, ometer_in_view)
    std::string canvas;
    int canvas_w = 0, canvas_h = 0;
    bool frame_pending = false;  // a requestAnimationFrame is on its way
    long frame_request = 0;      // its id, for a frame drawn sooner (ometer_draw_now)
    double last_frame_at = -1e9;  // emscripten_get_now() when a frame last ran
    bool prepared = false;       // ometer_prepare has run: frames may come
    float last_height = -1;
    unsigned frames_drawn = 0;  // frames run (for tests: proves the loop sleeps when nothing changes)
    int last_cursor = -1;
    std::string scratch;  // backing store for strings returned to JS
};

Shell& shell() {
    static Shell s;
    return s;
}

// The font atlas for the current pixel ratio and text size, built and (with a context) uploaded when it
// changed or the context is new. The page calls it in a task of its own before the first frame
// (ometer_prepare), so that frame does not build fonts too.
void prepare_fonts() {
    Shell& s = shell();
    Runner& r = *s.runner;
    const bool changed = r.prepare_fonts();
    if (s.gl && !s.gl_lost) {
        if (changed || !s.renderer.has_fonts()) {
            emscripten_webgl_make_context_current(s.gl);
            s.renderer.upload_fonts();
        }
    } else if (changed) {
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);  // headless: build, never upload
    }
}

void tick() {
    Shell& s = shell();
    if (!s.runner) return;
    if (!s.runner->needs_frame()) return;  // asleep until input (a student's battery matters)
    s.last_frame_at = emscripten_get_now();
    Runner& r = *s.runner;
    prepare_fonts();
    const bool drawing = s.gl && !s.gl_lost && s.in_view;
    if (drawing) {
        emscripten_webgl_make_context_current(s.gl);
        if (r.pixel_width() != s.canvas_w || r.pixel_height() != s.canvas_h) {
            s.canvas_w = r.pixel_width();
            s.canvas_h = r.pixel_height();
            emscripten_set_canvas_element_size(s.canvas.c_str(), s.canvas_w, s.canvas_h);
        }
    }
    r.frame(s.host, s.host.now());
    ++s.frames_drawn;
    if (drawing && !s.renderer.render(*ImGui::GetDrawData(), s.canvas_w, s.canvas_h, r.theme().colours.background)) {
        // A WebGL2 that cannot link two small shaders: run headless, and the page shows the HTML version.
        s.host.emit(event::warning, text_json("message", s.renderer.error()));
        s.host.emit(event::gl_failed, "{}");
        s.gl = 0;
    }
    float h = r.content_height_css();
    if (h != s.last_height) {
        s.last_height = h;
        s.host.emit(event::height, number_json("height", static_cast<int>(h + 0.99f)));
    }
    int cursor = ImGui::GetMouseCursor() == ImGuiMouseCursor_Hand ? 1 : 0;
    if (cursor != s.last_cursor) {
        s.last_cursor = cursor;
        s.host.emit(event::cursor, text_json("cursor", cursor ? "pointer" : "default"));
    }
}

// Frames come one requestAnimationFrame at a time, and only while the widget wants them: at most one is
// ever pending. (emscripten_set_main_loop would do the same with ~5 KB more JS glue.)
void request_frame();

EM_BOOL on_animation_frame(double, void*) {
    Shell& s = shell();
    s.frame_pending = false;
    tick();
    if (s.runner && s.runner->needs_frame()) request_frame();
    return EM_FALSE;
}

void request_frame() {
    Shell& s = shell();
    if (s.frame_pending || !s.prepared) return;  // no frame before ometer_prepare: it builds the fonts first
    s.frame_pending = true;
    s.frame_request = emscripten_request_animation_frame(on_animation_frame, nullptr);
}

void wake() {
    Shell& s = shell();
    if (s.runner) s.runner->wake();
    request_frame();
}

}  // namespace

extern "C" {

// Font bytes (Lato regular = 0, bold = 1), before ometer_create.
EMSCRIPTEN_KEEPALIVE void ometer_font(int which, const unsigned char* bytes, int length) {
    auto& dst = which == 0 ? shell().fonts.regular : shell().fonts.bold;
    dst.assign(bytes, bytes + length);
}

// Creates the widget from "key=value" option lines; warnings about bad options go out as events.
EMSCRIPTEN_KEEPALIVE void ometer_create(const char* options_text) {
    Shell& s = shell();
    ParsedOptions parsed = parse_options(options_text);
    for (const auto& w : parsed.warnings) s.host.emit(event::warning, text_json("message", w));
    s.runner = std::make_unique<Runner>(parsed.options, s.fonts);
}

// Builds (and uploads) the font atlas now, in the page's own task, rather than in the first frame.
EMSCRIPTEN_KEEPALIVE void ometer_prepare() {
    Shell& s = shell();
    if (!s.runner) return;
    prepare_fonts();
    s.prepared = true;
    wake();
}

// Attaches WebGL2 on the canvas matching `selector`; returns 0 when the browser cannot (the page then
// shows the HTML version).
EMSCRIPTEN_KEEPALIVE int ometer_attach(const char* selector) {
    Shell& s = shell();
    s.canvas = selector;
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = false;
    attrs.antialias = false;  // ImGui anti-aliases its own geometry
    attrs.depth = false;
    attrs.stencil = false;
    attrs.premultipliedAlpha = false;
    attrs.enableExtensionsByDefault = false;  // ImGui needs none; enabling them all cost ~20 ms at start-up
    // The canvas gets its size (the page called ometer_resize first) before it has a context: a drawing
    // buffer resized later is checked by the browser in a call the main thread waits for, behind the GPU
    // work queued so far (20-70 ms on a software GPU, measured; creating it at its size costs 13-18 ms).
    if (s.runner && s.runner->pixel_width() > 0 && s.runner->pixel_height() > 0) {
        s.canvas_w = s.runner->pixel_width();
        s.canvas_h = s.runner->pixel_height();
        emscripten_set_canvas_element_size(selector, s.canvas_w, s.canvas_h);
    }
    s.gl = emscripten_webgl_create_context(selector, &attrs);
    if (s.gl <= 0) {
        s.gl = 0;
        wake();
        return 0;
    }
    emscripten_webgl_make_context_current(s.gl);
    s.renderer.create();
    wake();
    return 1;
}

// The browser lost the WebGL context (a GPU reset, too many contexts on the device; the frame calls this
// from its webglcontextlost handler). The widget keeps running headless, so its state and the HTML mirror
// stay current. The renderer died with the context: shut it down now, while deleting its objects is a
// silent no-op, so the restored context never sees ids (or buffer sizes) that belong to the old one.
EMSCRIPTEN_KEEPALIVE void ometer_gl_lost() {
    Shell& s = shell();
    if (!s.gl || s.gl_lost) return;
    s.gl_lost = true;
    s.renderer.forget();  // shaders, buffers and the font atlas texture went with the context
}

// The context is back, empty: a fresh renderer, whose first frame builds the shaders, buffers and font
// texture again, on a canvas sized again.
EMSCRIPTEN_KEEPALIVE void ometer_gl_restored() {
    Shell& s = shell();
    if (!s.gl || !s.gl_lost) return;
    s.gl_lost = false;
    emscripten_webgl_make_context_current(s.gl);
    s.renderer.create();  // program, buffers and the font atlas again
    s.canvas_w = s.canvas_h = 0;
    wake();
}

// Whether the canvas is on screen or near it (the frame watches). Out of view the widget runs headless, as
// without a context: its state and the HTML mirror stay current, nothing is drawn, so a widget further down
// a school's page costs no drawn frames (with no GPU, each is read back while the page waits) until a
// student scrolls near it. Back in view, a frame draws what the widget shows now.
EMSCRIPTEN_KEEPALIVE void ometer_in_view(int on) {
    Shell& s = shell();
    if (s.in_view == (on != 0)) return;
    s.in_view = on != 0;
    if (s.in_view) wake();
}

// The data files this widget needs, as a JSON array.
EMSCRIPTEN_KEEPALIVE const char* ometer_data_files() {
    Shell& s = shell();
    s.scratch = "[";
    for (const auto& f : s.runner->widget().data_files()) s.scratch += (s.scratch.size() > 1 ? "," : "") + quote(f);
    s.scratch += "]";
    return s.scratch.c_str();
}

// One data file's bytes; returns 1, or 0 after emitting an "error" event that names the problem.
EMSCRIPTEN_KEEPALIVE int ometer_load(const char* name, const char* bytes, int length) {
    Shell& s = shell();
    auto r = s.runner->widget().load(name, std::string_view(bytes, static_cast<std::size_t>(length)));
    wake();
    if (!r) {
        s.scratch = r.error();
        s.host.emit("error", text_json("where", "data"));
        return 0;
    }
    return 1;
}

// Up to `budget_ms` of the work data files leave after loading (reading the bundle and titles, the
// Careerometer's search index), in calls of about a millisecond with the time checked between them. Returns
// 1 when none is left, 0 when some is, and -1 after emitting an "error" event that names a file that could
// not be read. The page calls it, each time in a task of its own, until it returns 1 or -1.
EMSCRIPTEN_KEEPALIVE int ometer_work(double budget_ms) {
    Shell& s = shell();
    const double start = emscripten_get_now();
    ometer::Result<bool> done = s.runner->widget().work();
    while (done.ok() && !done.value() && emscripten_get_now() - start < budget_ms) done = s.runner->widget().work();
    if (!done.ok()) {
        wake();
        s.scratch = done.error();
        s.host.emit("error", text_json("where", "data"));
        return -1;
    }
    if (done.value()) wake();
    return done.value() ? 1 : 0;
}

EMSCRIPTEN_KEEPALIVE const char* ometer_last_error() { return shell().scratch.c_str(); }

EMSCRIPTEN_KEEPALIVE void ometer_resize(float css_width, float css_height, float dpr) {
    shell().runner->resize(css_width, css_height, dpr);
    wake();
}

// event: 0 down, 1 move, 2 up, 3 cancel, 4 leave; kind: 0 mouse, 1 touch, 2 pen.
EMSCRIPTEN_KEEPALIVE void ometer_pointer(int event, int kind, float x, float y, int button) {
    shell().runner->pointer(static_cast<PointerEvent>(event), static_cast<PointerKind>(kind), x, y, button);
    wake();
}

// Returns 1 when the widget scrolled (the page should not).
EMSCRIPTEN_KEEPALIVE int ometer_wheel(float dx, float dy) {
    bool used = shell().runner->wheel(dx, dy);
    if (used) wake();
    return used ? 1 : 0;
}

// A key by name ("up", "enter", "digit1": wire.hpp); returns 1 when the widget used it, 0 for an unused
// or unknown key.
EMSCRIPTEN_KEEPALIVE int ometer_key(const char* name) {
    Shell& s = shell();
    auto key = parse_key(name);
    if (!key) return 0;
    bool used = s.runner->widget().key(*key, s.host);
    wake();
    return used ? 1 : 0;
}

// A command line ("query nurse", "add 5241", ...); returns 1, or 0 with ometer_last_error() set.
EMSCRIPTEN_KEEPALIVE int ometer_command(const char* line) {
    Shell& s = shell();
    auto r = s.runner->widget().command(line, s.host);
    wake();
    if (!r) {
        s.scratch = r.error();
        return 0;
    }
    return 1;
}

// A typed key's frame, drawn in the key's own task instead of in the animation frame it asked for: the
// search, the drop-down's rows and the drawing then run back to back, while what they use is still in the
// CPU's caches (typing "electrician" at 120 ms a key: ~0.2 ms less main-thread CPU a key, interleaved A/B
// runs). What is drawn shows at the same paint. At most one a display frame: a key within 16 ms of the
// last frame leaves its frame to the animation frame, as before.
EMSCRIPTEN_KEEPALIVE void ometer_draw_now() {
    Shell& s = shell();
    if (!s.frame_pending || emscripten_get_now() - s.last_frame_at < 16.0) return;
    emscripten_cancel_animation_frame(s.frame_request);
    on_animation_frame(0, nullptr);
}

// The mirror stopped waiting (Host::mirror_waits): the tree and layout events it did not get, now.
EMSCRIPTEN_KEEPALIVE void ometer_send_mirror() {
    Shell& s = shell();
    if (s.runner) s.runner->widget().send_mirror(s.host);
}

// Called by the page when idle after ready (Widget::warm).
EMSCRIPTEN_KEEPALIVE void ometer_warm() {
    Shell& s = shell();
    if (s.runner) s.runner->widget().warm();
}

EMSCRIPTEN_KEEPALIVE unsigned ometer_frames_drawn() { return shell().frames_drawn; }
// Of those, the frames put on the canvas: one that would draw what it shows already is skipped (FrameMemo).
EMSCRIPTEN_KEEPALIVE unsigned ometer_frames_presented() { return shell().renderer.frames_presented(); }

EMSCRIPTEN_KEEPALIVE const char* ometer_state() {
    Shell& s = shell();
    s.scratch = s.runner->widget().state_json();
    return s.scratch.c_str();
}

EMSCRIPTEN_KEEPALIVE const char* ometer_vm() {
    Shell& s = shell();
    s.scratch = s.runner->widget().vm_json();
    return s.scratch.c_str();
}

}  // extern "C"
