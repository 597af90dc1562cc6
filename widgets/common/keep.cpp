// Keeping results: the code panel and the code field; see keep.hpp.
#include "widgets/common/keep.hpp"

#include <algorithm>
#include <cmath>

#include "widgets/common/draw_shapes.hpp"
#include "widgets/common/draw_text.hpp"

namespace ometer::widgets {

namespace {

std::string s(std::string_view v) { return std::string(v); }

void put(VNode& to, const VNode& n) {
    if (!n.id.empty() && (!n.text.empty() || !n.label.empty() || !n.children.empty() || n.role == Role::input)) to.add(n);
}

}  // namespace

KeepVM keep_vm(const std::string& code, std::string_view note, const std::string& opened) {
    KeepVM k;
    if (code.empty()) return k;
    k.panel = node(Role::region, "keep");
    k.panel.label = s(keep_text::kHeading);
    k.heading = heading("keep-heading", s(keep_text::kHeading), 3);
    k.code_label = node(Role::text, "keep-code-label", s(keep_text::kCodeLabel));
    k.code = node(Role::text, "keep-code", code);
    k.copy = button("keep-copy", s(keep_text::kCopy), "copy-code");
    k.copy.label = s(keep_text::kCopy) + ": " + code;
    k.print = button("keep-print", s(keep_text::kPrint), "print");
    k.note = node(Role::text, "keep-note", s(note));
    if (!opened.empty()) k.opened = node(Role::status, "keep-opened", opened);
    return k;
}

EntryVM entry_vm(const KeepState& state) {
    EntryVM e;
    e.toggle = node(Role::disclosure, "entry", s(keep_text::kEntry));
    e.toggle.command = "entry";
    e.toggle.on = state.entry_open;
    e.toggle.controls = "entry-field";
    if (!state.entry_open) return e;
    e.input = node(Role::input, "code-input");
    e.input.label = s(keep_text::kEntryLabel);
    e.input.desc = s(keep_text::kEntryHint);
    e.input.command = "code";  // what the page sends with the typed text
    e.open = button("code-open", s(keep_text::kOpen), "submit code-input");
    if (!state.error.empty()) e.error = node(Role::alert, "code-error", state.error);
    if (!state.note.empty()) e.note = node(Role::status, "code-note", state.note);
    return e;
}

void add_to_tree(VNode& parent, const KeepVM& k) {
    if (k.panel.id.empty()) return;
    VNode panel = k.panel;
    for (const VNode* n : {&k.heading, &k.opened, &k.code_label, &k.code, &k.copy, &k.print, &k.note}) put(panel, *n);
    parent.add(std::move(panel));
}

void add_to_tree(VNode& parent, const EntryVM& e) {
    put(parent, e.toggle);
    if (!e.toggle.on) return;
    VNode field = node(Role::group, "entry-field");
    for (const VNode* n : {&e.input, &e.open, &e.error, &e.note}) put(field, *n);
    parent.add(std::move(field));
}

float draw_keep(Canvas& c, const KeepVM& k, float x0, float x1, float y) {
    if (k.panel.id.empty()) return 0;
    const Theme& t = c.t;
    const Palette& p = t.colours;
    const float pad = t.s(t.m.pad), w = x1 - x0 - 2 * pad;
    // Measured first so the panel can be drawn behind its content.
    auto body = [&](Canvas& cv, float top) {
        float yy = top + pad;
        yy += cv.text(k.heading, t.fonts.body_bold, ImVec2(x0 + pad, yy), w, p.text) + t.s(8);
        if (!k.opened.text.empty()) yy += cv.text(k.opened, t.fonts.small_bold, ImVec2(x0 + pad, yy), w, p.warn) + t.s(8);
        yy += cv.text(k.code_label, t.fonts.small, ImVec2(x0 + pad, yy), w, p.text_muted) + t.s(2);
        yy += cv.text(k.code, t.fonts.heading, ImVec2(x0 + pad, yy), w, p.text) + t.s(10);
        const float cw = std::min(w, text_size(t.fonts.body_bold, k.copy.text).x + t.s(40));
        const float pw = std::min(w, text_size(t.fonts.body_bold, k.print.text).x + t.s(40));
        const bool beside = cw + t.s(10) + pw <= w;
        const float min_h = std::max(t.s(t.m.button), t.fonts.body_bold->FontSize + t.s(20));
        const float bh = std::max(cv.button_height(k.copy, cw, min_h, false), cv.button_height(k.print, pw, min_h, false));
        cv.button(k.copy, ImVec2(x0 + pad, yy), ImVec2(x0 + pad + cw, yy + bh), ButtonStyle::secondary);
        const ImVec2 p0 = beside ? ImVec2(x0 + pad + cw + t.s(10), yy) : ImVec2(x0 + pad, yy + bh + t.s(8));
        cv.button(k.print, p0, ImVec2(p0.x + pw, p0.y + bh), ButtonStyle::secondary);
        yy = p0.y + bh + t.s(10);
        yy += cv.text(k.note, t.fonts.small, ImVec2(x0 + pad, yy), w, p.text_muted);
        return yy + pad - top;
    };
    Canvas measure(t, nullptr, {});
    const float h = body(measure, y);
    if (c.dl) {
        card_box(c.dl, t, ImVec2(x0, y), ImVec2(x1, y + h), p.surface, t.s(t.m.round));
        c.place(k.panel, ImVec2(x0, y), ImVec2(x1, y + h), true);
        body(c, y);
    }
    return h;
}

float draw_entry(Canvas& c, const EntryVM& e, float x0, float x1, float y) {
    const Theme& t = c.t;
    const Palette& p = t.colours;
    const float w = x1 - x0;
    float yy = y;
    const float tw = std::min(w, text_size(t.fonts.body_bold, e.toggle.text).x + t.s(60));
    const float bh = c.button_height(e.toggle, tw, std::max(t.s(40), t.fonts.body_bold->FontSize + t.s(16)), true);
    c.button(e.toggle, ImVec2(x0 - t.s(4), yy), ImVec2(x0 - t.s(4) + tw, yy + bh), ButtonStyle::ghost,
             e.toggle.on ? Icon::chevron_up : Icon::chevron_down);
    yy += bh;
    if (!e.toggle.on) return yy - y;
    yy += t.s(6);
    // The page's own <input> sits over this box (the mirror places it), so typing, pasting and phone
    // keyboards work; the Open button beside it, or under it when narrow.
    const float ih = std::max(t.s(t.m.button), t.fonts.body->FontSize + t.s(22));
    const float ow = std::min(w, text_size(t.fonts.body_bold, e.open.text).x + t.s(40));
    const bool beside = w - ow - t.s(10) >= t.s(200) * t.text_scale;
    const float iw = beside ? std::min(w - ow - t.s(10), t.s(360) * t.text_scale) : w;
    const ImVec2 i0(x0, yy), i1(x0 + iw, yy + ih);
    if (c.dl) {
        c.dl->AddRectFilled(i0, i1, p.surface, t.s(10));
        c.dl->AddRect(i0, i1, c.focused(e.input) ? p.focus : p.border_strong, t.s(10), 0, t.s(c.focused(e.input) ? 3.0f : 1.5f));
    }
    c.place(e.input, i0, i1);
    const ImVec2 o0 = beside ? ImVec2(i1.x + t.s(10), yy) : ImVec2(x0, i1.y + t.s(8));
    c.button(e.open, o0, ImVec2(o0.x + ow, o0.y + ih), ButtonStyle::primary);
    yy = o0.y + ih + t.s(8);
    if (!e.error.text.empty()) yy += c.text(e.error, t.fonts.small_bold, ImVec2(x0, yy), w, p.warn) + t.s(6);
    if (!e.note.text.empty()) yy += c.text(e.note, t.fonts.small, ImVec2(x0, yy), w, p.text_muted) + t.s(6);
    return yy - y;
}

void PageNotices::announce(Host& host, const std::string& text) {
    if (host.mirror_waits()) {
        held_ = text;
        return;
    }
    held_.clear();
    host.emit(event::announce, text_json("text", text));
}

void PageNotices::send_held(Host& host) {
    if (held_.empty()) return;
    host.emit(event::announce, text_json("text", held_));
    held_.clear();
}

void PageNotices::send_focus(Host& host) {
    if (pending_focus_.empty()) return;
    host.emit(event::focus, text_json("id", pending_focus_));
    pending_focus_.clear();
}

KeepVerb apply_keep_verb(std::string_view verb, std::string_view arg, const std::string& code, std::string_view not_yet,
                         KeepState& keep, PageNotices& notices, Host& host, std::string& why) {
    if (verb == "copy-code" || verb == "print") {
        if (code.empty()) {
            why = std::string(verb) + ": " + std::string(not_yet);
            return KeepVerb::refused;
        }
        if (verb == "print") {
            host.emit(event::print, "{}");
        } else {
            host.emit(event::copy, text_json("text", code));
            notices.announce(host, s(keep_text::kCopied));
        }
    } else if (verb == "entry") {
        keep.entry_open = !keep.entry_open;
        if (keep.entry_open) notices.focus("code-input");
    } else if (verb == "submit") {
        host.emit(event::submit, text_json("id", std::string(arg)));
    } else {
        return KeepVerb::not_mine;
    }
    return KeepVerb::done;
}

bool refuse_code(KeepState& keep, PageNotices& notices, Host& host, std::string why) {
    keep.error = std::move(why);
    keep.entry_open = true;
    notices.announce(host, keep.error);
    return false;
}

}  // namespace ometer::widgets
