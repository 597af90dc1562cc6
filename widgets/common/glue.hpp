// What both widgets' glue does the same way, so each widget's file holds only its own actions: commands
// from the page go through the widget's one apply(); the keep verbs (copy, print, the code field) are
// shared; a changed tree goes to the page with the widget's facts; after each frame the page hears where
// every node was drawn and where focus goes next; and a frame whose clicks changed the screen asks for one
// more (see Widget::acted). Data files arrive through one load(): the bundle and titles are read a slice
// at a time by work() (glue.cpp), then handed to the widget.
#pragma once

#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/bundle_read.hpp"
#include "core/results_code.hpp"

#include "widgets/common/command.hpp"
#include "widgets/common/keep.hpp"
#include "widgets/common/widget.hpp"
#include "widgets/common/wire.hpp"

namespace ometer::widgets {

class WidgetGlue : public Widget {
public:
    explicit WidgetGlue(Region region);
    ~WidgetGlue() override;

    // A quiz or details file is read at once. A bundle or titles file is kept, its envelope (everything
    // but the occupations or the codes' titles) read now, so a broken file fails here, and the rest read
    // by work(), file by file in the order they came.
    Result<bool> load(std::string_view name, std::string_view text) final;
    // A few occupations or codes' titles per call (about a millisecond), each file handed to the widget once
    // read; then the widget's own work (more_work()).
    Result<bool> work() final;

    bool acted() const override { return acted_; }

    Result<bool> command(std::string_view line, Host& host) override {
        std::string error;
        if (!apply(line, host, &error)) return Error{error};
        return true;
    }

    float content_height() const override { return content_height_; }
    std::vector<Placed> drawn() const override { return placed_; }

    void send_mirror(Host& host) final {
        if (tree_waits_) send_vm(host);
        if (layout_waits_) send_layout(host);
        tree_waits_ = layout_waits_ = false;
        notices_.send_held(host);  // the words after the tree they are about
    }

protected:
    enum class DataFile { bundle, titles, details, quiz };  // "uk-cards.json" or "uk.json", "uk-titles.json"...

    // Which data files this widget reads (others are "unexpected").
    virtual bool reads(DataFile file) const = 0;
    // What the widget shows instead of its content when a data file cannot be read.
    virtual std::string_view data_sorry() const = 0;
    // A file, read: the widget takes it. An error (a bundle for another region) fails the file.
    virtual Result<bool> take_bundle(Bundle b, const std::string& file) = 0;
    virtual void take_titles(TitleSet titles) { (void)titles; }
    virtual void take_quiz(Quiz quiz) { (void)quiz; }
    virtual Result<bool> take_details(std::string_view text, const std::string& file) = 0;
    // The bundle titles are read against, once taken (nullptr before).
    virtual const Bundle* bundle() const { return nullptr; }
    // The work a file leaves once taken (the Careerometer's search index), a slice per call; true when done.
    virtual bool more_work() { return true; }

    // The widget's one place where actions happen: the keep verbs (copy, print, the code field) here, every
    // other verb in the widget's act(). Returns false (with `error` set) for unknown verbs or bad arguments;
    // nothing changes then.
    bool apply(std::string_view line, Host& host, std::string* error = nullptr) {
        const Command cmd = split_command(line);
        if (bool done = false; apply_keep(cmd.verb, cmd.arg, keep_code(), keep_not_yet(), host, error, done)) return done;
        return act(cmd.verb, cmd.arg, host, Refuse{error});
    }

    // Refuses a command: says why (through apply's `error`, when asked) and returns false.
    struct Refuse {
        std::string* error;
        bool operator()(std::string why) const {
            if (error) *error = std::move(why);
            return false;
        }
    };
    // The widget's verbs.
    virtual bool act(std::string_view verb, std::string_view arg, Host& host, const Refuse& refuse) = 0;
    // The results code the keep verbs copy and print, and what a student must do before there is one.
    virtual const std::string& keep_code() const = 0;
    virtual std::string_view keep_not_yet() const = 0;

    // Applies the commands a frame's clicks produced (the frame was drawn before them).
    void apply_clicks(const std::vector<std::string>& commands, Host& host) {
        acted_ = !commands.empty();
        for (const auto& line : commands) apply(line, host);
    }

    // After a frame: where each node was drawn (sent when it moved), the content height, pending focus.
    void after_frame(Host& host, std::vector<Placed> placed, float content_height_px, float px) {
        placed_ = std::move(placed);
        px_ = px;
        layout_waits_ = host.mirror_waits();
        if (!layout_waits_) send_layout(host);
        content_height_ = content_height_px / px;
        notices_.send_focus(host);
    }

    // Tells the page about a rebuilt tree, with the facts that go with it, when it differs from the last;
    // while the page's mirror waits, when the page asks (send_mirror).
    void send_tree(Host& host) {
        tree_waits_ = host.mirror_waits();
        if (!tree_waits_) send_vm(host);
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

    // The start of opening a typed results code, the same in both widgets: the last message cleared, an
    // empty or mistyped code refused out loud. Nothing when refused; the widget checks what kind it is.
    std::optional<DecodedCode> decode_code(std::string_view text, Host& host) {
        keep_.error.clear();
        keep_.note.clear();
        if (text.empty()) {
            refuse_code(host, std::string(keep_text::kEmpty));
            return std::nullopt;
        }
        auto decoded = decode_results_code(text);
        if (!decoded) {
            refuse_code(host, decoded.error());
            return std::nullopt;
        }
        return std::move(decoded.value());
    }

    void announce(Host& host, const std::string& text) { notices_.announce(host, text); }
    void focus(const std::string& id) { notices_.focus(id); }  // sent after the next frame: PageNotices

    const std::string region_;  // "uk" or "us": the data files' prefix
    KeepState keep_;
    std::vector<std::string> warnings_;
    std::string error_;
    bool changed_ = true;

private:
    struct PendingFile;
    Result<bool> advance(std::size_t items);
    // A data file could not be read: the widget shows data_sorry() (with the reason) instead of its content.
    Error file_failed(const std::string& message);

    // The tree (with its facts) and the layout, each sent when it differs from what the page has.
    void send_vm(Host& host) {
        if (std::string tree = vm_json(); tree != tree_) {
            tree_ = std::move(tree);
            host.emit(event::vm, tree_);
            host.emit(event::state, state_json());
        }
    }
    void send_layout(Host& host) {
        if (std::string layout = layout_json(placed_, px_); layout != layout_) {
            layout_ = std::move(layout);
            host.emit(event::layout, layout_);
        }
    }

    std::vector<std::unique_ptr<PendingFile>> pending_;  // bundles and titles being read, oldest first
    PageNotices notices_;
    std::string tree_, layout_;  // as last sent
    bool tree_waits_ = false, layout_waits_ = false;  // not sent: the page's mirror was waiting
    float px_ = 1;
    bool acted_ = false;
    float content_height_ = 400;
    std::vector<Placed> placed_;  // where the last frame drew each node (device px)
};

}  // namespace ometer::widgets
