// What both widgets' glue does the same way, so each widget's file holds only its own actions: commands
// from the page go through the widget's one apply(); the keep verbs (copy, print, the code field) are
// shared; a changed tree goes to the page with the widget's facts; after each frame the page hears where
// every node was drawn and where focus goes next; and a frame whose clicks changed the screen asks for one
// more (see Widget::acted).
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "widgets/common/keep.hpp"
#include "widgets/common/widget.hpp"
#include "widgets/common/wire.hpp"

namespace ometer::widgets {

class WidgetGlue : public Widget {
public:
    bool acted() const override { return acted_; }

    Result<bool> command(std::string_view line, Host& host) override {
        std::string error;
        if (!apply(line, host, &error)) return Error{error};
        return true;
    }

    float content_height() const override { return content_height_; }
    std::vector<Placed> drawn() const override { return placed_; }

protected:
    // The widget's one place where actions happen. Returns false (with `error` set) for unknown verbs or
    // bad arguments; nothing changes then.
    virtual bool apply(std::string_view line, Host& host, std::string* error = nullptr) = 0;

    // Applies the commands a frame's clicks produced (the frame was drawn before them).
    void apply_clicks(const std::vector<std::string>& commands, Host& host) {
        acted_ = !commands.empty();
        for (const auto& line : commands) apply(line, host);
    }

    // After a frame: where each node was drawn (sent when it moved), the content height, pending focus.
    void after_frame(Host& host, std::vector<Placed> placed, float content_height_px, float px) {
        const std::string layout = layout_json(placed, px);
        if (layout != layout_) {
            layout_ = layout;
            host.emit(event::layout, layout_);
        }
        placed_ = std::move(placed);
        content_height_ = content_height_px / px;
        notices_.send_focus(host);
    }

    // Tells the page about a rebuilt tree, with the facts that go with it, when it differs from the last.
    void send_tree(Host& host, const std::string& tree) {
        if (tree == tree_) return;
        tree_ = tree;
        host.emit(event::vm, tree_);
        host.emit(event::state, state_json());
    }

    // The keep verbs: true when `verb` was one (then `done` says whether it was applied, or `error` why not).
    bool apply_keep(std::string_view verb, std::string_view arg, const std::string& code, std::string_view not_yet,
                    Host& host, std::string* error, bool& done) {
        std::string why;
        switch (apply_keep_verb(verb, arg, code, not_yet, keep_, notices_, host, why)) {
            case KeepVerb::not_mine: return false;
            case KeepVerb::refused:
                if (error) *error = std::move(why);
                done = false;
                return true;
            case KeepVerb::done:
                changed_ = true;
                done = true;
                return true;
        }
        return false;
    }

    // A code that could not be opened: said, shown in the open field. Returns false.
    bool refuse_code(Host& host, std::string why) {
        changed_ = true;
        return widgets::refuse_code(keep_, notices_, host, std::move(why));
    }

    // A data file could not be read: the widget shows `sorry` (with the reason) instead of its content.
    Error data_failed(std::string_view sorry, const std::string& message) {
        error_ = std::string(sorry) + " (" + message + ")";
        changed_ = true;
        return Error{message};
    }

    void announce(Host& host, const std::string& text) { notices_.announce(host, text); }
    void focus(const std::string& id) { notices_.focus(id); }  // sent after the next frame: PageNotices

    KeepState keep_;
    std::vector<std::string> warnings_;
    std::string error_;
    bool changed_ = true;

private:
    PageNotices notices_;
    std::string tree_, layout_;
    bool acted_ = false;
    float content_height_ = 400;
    std::vector<Placed> placed_;  // where the last frame drew each node (device px)
};

}  // namespace ometer::widgets
