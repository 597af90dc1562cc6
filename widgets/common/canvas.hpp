// The canvas a view draws view-model nodes on. Every piece of text, every button and every chart goes
// through it, so it knows where each node was drawn (the page positions the accessible mirror's elements
// over those rectangles, and tests check that nothing overlaps or crosses a card's edge) and which words
// were drawn (the parity test checks they are the tree's words). With no draw list it only measures, so a
// view measures and draws with the same code.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include <imgui.h>

#include "widgets/common/draw_shapes.hpp"
#include "widgets/common/theme.hpp"
#include "widgets/common/view_model.hpp"

namespace ometer::widgets {

// Where a node was drawn, in device pixels; `drawn` holds the words when the node is text. A button is
// recorded twice: its pill (a control) and the box its words and icon take inside it (text).
struct Placed {
    std::string id;
    ImVec4 rect;  // x, y, w, h
    std::string drawn;
    bool text = false;     // words (checked for overlap)
    bool frame = false;    // a card or panel edge that text must stay inside
    bool control = false;  // a button, chip or other hit area: its own words sit inside it
    bool picture = false;  // a chart or dial (an image node): no words may sit on it
    bool broken_word = false;  // the words wrapped inside a word, because one was wider than the line
    bool cut = false;          // one-line words shortened with an ellipsis (the mirror still reads them all)
};

enum class Align { left, centre, right };

class Canvas {
public:
    // `dl` null: measure only (nothing drawn, recorded or clickable).
    Canvas(const Theme& theme, ImDrawList* dl, std::string_view focus_id);

    const Theme& t;
    ImDrawList* dl;
    bool drawing() const { return dl != nullptr; }
    bool focused(const VNode& n) const { return !n.id.empty() && focus_id_ == n.id; }

    // A node's words wrapped at `width` (its parts run on as one paragraph); returns the height used. With
    // `one_line`, the compact words are used when the full ones don't fit, and the rest is cut with an
    // ellipsis (the mirror still reads all of it).
    float text(const VNode& n, ImFont* font, ImVec2 pos, float width, ImU32 colour, Align align = Align::left,
               bool one_line = false);
    ImVec2 measure(const VNode& n, ImFont* font, float width) const;
    // Parts of a text drawn with their own fonts and colours on one baseline, left to right; returns the
    // width. `fonts` and `colours` give one entry per part.
    float inline_parts(const VNode& n, const std::vector<ImFont*>& fonts, const std::vector<ImU32>& colours, ImVec2 pos,
                       float max_width);

    // A button for a node: draws it, records it (the pill, and the box its words and icon take), and queues
    // the node's command when clicked.
    bool button(const VNode& n, ImVec2 min, ImVec2 max, ButtonStyle style, std::optional<Icon> glyph = {});
    // How tall that button must be at `width` for its words (wrapped when they don't fit one line), at least
    // `min_height`.
    float button_height(const VNode& n, float width, float min_height, bool with_icon) const;
    // An invisible hit area for a node drawn some other way (a whole card, a tick box); queues its command.
    Hit area(const VNode& n, ImVec2 min, ImVec2 max);
    // Records words drawn by hand (highlighted search titles): where and which.
    void drew(const VNode& n, ImVec2 min, ImVec2 max, std::string_view words);
    // Records where a non-text node (a card, a chart, a heading drawn by hand) sits. `frame`: text drawn
    // inside it must stay inside it. An image node (a chart, a dial) is a picture: no words may sit on it.
    void place(const VNode& n, ImVec2 min, ImVec2 max, bool frame = false);

    // Collected this frame.
    std::vector<std::string> commands;
    std::vector<Placed> placed;

private:
    const std::string& button_label(const VNode& n, float width, bool with_icon) const;
    std::string focus_id_;
};

// Where a view draws: the whole ImGui window, less the widget's margin (narrower on a phone).
struct ViewFrame {
    ImVec2 origin;          // the window's top left (device px)
    float width = 0;        // the window's width
    bool narrow = false;    // phone layout (or large text)
    float margin = 0;
    float x0 = 0, x1 = 0;  // the content's left and right edges
    float top = 0;          // where the content starts

    static ViewFrame current(const Theme& t);
    // Ends the frame with the content's last line at `bottom`: tells the window how far its content reaches
    // (for scrolling when the widget's height is fixed) and returns the content height, margins included.
    float end(float bottom) const;
};

}  // namespace ometer::widgets
