// The contract between a widget and the shell that hosts it (web: WebGL2 in a browser frame; null: tests).
// A widget owns its state and view; the shell owns the window, input, fonts and the frame loop.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"
#include "widgets/common/options.hpp"
#include "widgets/common/theme.hpp"
#include "widgets/common/canvas.hpp"
#include "widgets/common/wire.hpp"

namespace ometer::widgets {

// What a widget may ask of the shell.
class Host {
public:
    virtual ~Host() = default;
    // Sends an event to the page (names in wire.hpp's `event`) with a JSON payload.
    virtual void emit(std::string_view type, std::string_view json) = 0;
    // Seconds since start, for animations.
    virtual double now() const = 0;
    // True while the page's mirror of the tree waits (a student typing: the canvas shows each key, the mirror
    // catches up when typing pauses): the widget then makes no tree or layout JSON for it until the page
    // asks with Widget::send_mirror.
    virtual bool mirror_waits() { return false; }
};

class Widget {
public:
    virtual ~Widget() = default;

    // The data files to fetch, relative to the data folder, e.g. {"uk.json", "uk-titles.json"}.
    virtual std::vector<std::string> data_files() const = 0;
    // Receives one data file; an error names the file and what was wrong.
    virtual Result<bool> load(std::string_view name, std::string_view text) = 0;
    // One slice (about a millisecond) of the work files leave after load(): reading the bundle and titles,
    // the Careerometer's search index. The shell calls it, checking the time between calls, until it returns
    // true, so the page never waits on one long task. An error names a data file that could not be read
    // (the widget then shows why instead of its content).
    virtual Result<bool> work() { return true; }

    // Draws one frame into the current ImGui window (which spans the canvas), in the given theme.
    virtual void frame(Host& host, const Theme& theme) = 0;
    // True while something animates, so the shell keeps drawing; otherwise it sleeps until input.
    virtual bool animating() const = 0;
    // True after a frame whose clicks changed what is shown: that frame was drawn before the change, so the
    // shell draws one more (else a student who clicks and keeps still sees the old screen).
    virtual bool acted() const { return false; }

    // A key from the page; returns true if the widget used it (the page then stops the browser's default).
    virtual bool key(Key key, Host& host) = 0;
    // A horizontal swipe on a touch screen (CSS px, positive = right); true if the widget used it.
    virtual bool swipe(float dx, Host& host) {
        (void)dx;
        (void)host;
        return false;
    }
    // A command from the page (accessible DOM mirror, embed API, DOM text input): "verb arg...".
    // Returns an error for unknown verbs or bad arguments; nothing changes then.
    virtual Result<bool> command(std::string_view line, Host& host) = 0;

    // Facts for tests and the embedding page (codes shown, quiz results), as JSON.
    virtual std::string state_json() const = 0;
    // The view-model tree the page's mirror renders, as JSON (also sent as the "vm" event).
    virtual std::string vm_json() const = 0;
    // Sends the tree and layout events the page's mirror did not get while it waited (Host::mirror_waits).
    virtual void send_mirror(Host& host) { (void)host; }
    // Runs, for nothing, the code a student's first action runs (the Careerometer: a search and its rows),
    // changing nothing: the page calls it when idle after the widget is ready. On the web a wasm function is
    // compiled when first called, and that first keystroke compiled about fifty of them.
    virtual void warm() {}
    // The height the content needs at the current width, in CSS pixels (the frame sizes itself to it).
    virtual float content_height() const = 0;
    // Where the last frame drew each view-model node and which words (device px): for the layout and
    // parity tests.
    virtual std::vector<Placed> drawn() const = 0;
};

std::unique_ptr<Widget> make_careerometer(const Options& options);
std::unique_ptr<Widget> make_skillsometer(const Options& options);

}  // namespace ometer::widgets
