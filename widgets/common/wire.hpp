// The wire between a widget and its page (web/frame/frame.js): the named keys the page sends, and every
// JSON payload the widgets send back (the view-model tree, layout rectangles, state for tests and the
// embedding page, small events). All event JSON on the C++ side is built in wire.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "widgets/common/canvas.hpp"
#include "widgets/common/view_model.hpp"

namespace ometer::widgets {

// Keys the page forwards, by name (DOM key codes mapped in frame.js), so the two sides cannot drift by
// ordinal. Unknown names are refused.
enum class Key { up, down, left, right, enter, escape, backspace, space, home, end, digit1, digit2, digit3, digit4, digit5 };
std::optional<Key> parse_key(std::string_view name);  // "up", "enter", "digit1", ...
std::string_view key_name(Key key);

// Event names the widgets send (Host::emit) and the page handles.
namespace event {
inline constexpr std::string_view vm = "vm";               // the view-model tree: the mirror renders it
inline constexpr std::string_view layout = "layout";       // where each node was drawn (CSS px)
inline constexpr std::string_view state = "state";         // facts for tests and the embedding page
inline constexpr std::string_view announce = "announce";   // words for the polite live region
inline constexpr std::string_view focus = "focus";         // move keyboard focus to a node
inline constexpr std::string_view height = "height";       // the content height the frame should be
inline constexpr std::string_view input = "input";         // where the page's text input sits
inline constexpr std::string_view clear_input = "clear-input";
inline constexpr std::string_view need_data = "need-data"; // a data file to fetch now (details)
inline constexpr std::string_view save = "save";           // quiz progress to keep (empty: clear it)
inline constexpr std::string_view quiz_complete = "quizcomplete";
inline constexpr std::string_view quiz_update = "quizupdate";
inline constexpr std::string_view compare = "compare";
inline constexpr std::string_view warning = "warning";
inline constexpr std::string_view cursor = "cursor";
inline constexpr std::string_view print = "print";      // print the results (the page builds a print view)
inline constexpr std::string_view navigate = "navigate";  // {"to":"back"}: the frame goes back where it came from
inline constexpr std::string_view copy = "copy";        // put {"text"} on the clipboard
inline constexpr std::string_view submit = "submit";    // send the page input {"id"}'s text with its node's command
inline constexpr std::string_view gl_failed = "gl-failed";  // WebGL2 cannot draw after all: show the HTML version
}  // namespace event

// {"role":"button","id":"card-0-remove","label":"Remove Electricians",...,"children":[...]}: decorative
// nodes are left out, empty fields are not written.
std::string vm_json(const VNode& root);
// {"card-0":[x,y,w,h],...} in CSS pixels: one rectangle per id (the union of where its pieces were drawn).
std::string layout_json(const std::vector<Placed>& placed, float px);
// {"text":"..."} and friends.
std::string text_json(std::string_view key, std::string_view value);
std::string codes_json(const std::vector<std::string>& codes);  // {"codes":["5241",...]}
std::string input_json(float x, float y, float w, float h, float font, std::string_view hint, std::string_view label);
std::string number_json(std::string_view key, double value);
// A JSON string literal.
std::string quote(std::string_view s);

}  // namespace ometer::widgets
