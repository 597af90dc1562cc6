// The canvas; see canvas.hpp.
#include "widgets/common/canvas.hpp"

#include <algorithm>
#include <cmath>

#include "widgets/common/draw_text.hpp"

namespace ometer::widgets {

ViewFrame ViewFrame::current(const Theme& t) {
    ViewFrame f;
    f.origin = ImGui::GetCursorScreenPos();
    f.width = ImGui::GetContentRegionAvail().x;
    f.narrow = t.narrow(f.width);
    f.margin = t.s(f.narrow ? t.m.margin_narrow : t.m.margin);
    f.x0 = f.origin.x + f.margin;
    f.x1 = f.origin.x + f.width - f.margin;
    f.top = f.origin.y + f.margin;
    return f;
}

float ViewFrame::end(float bottom) const {
    const float height = bottom + margin - origin.y;
    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height - 1));
    ImGui::Dummy(ImVec2(1, 1));  // the window's content extent
    return height;
}

Canvas::Canvas(const Theme& theme, ImDrawList* draw_list, std::string_view focus_id)
    : t(theme), dl(draw_list), focus_id_(focus_id) {}

namespace {

// The words of a node as drawn: its text, or its parts joined by spaces.
std::string words(const VNode& n) { return spoken_text(n); }

Placed text_box(const std::string& id, ImVec4 rect, std::string drawn) {
    Placed p;
    p.id = id;
    p.rect = rect;
    p.drawn = std::move(drawn);
    p.text = true;
    return p;
}

Placed box(const std::string& id, ImVec2 min, ImVec2 max) {
    Placed p;
    p.id = id;
    p.rect = ImVec4(min.x, min.y, max.x - min.x, max.y - min.y);
    return p;
}

// Whether wrapping `text` into `lines` cut through a word (a line ends with neither a space after it nor a
// hyphen before it).
bool cuts_a_word(std::string_view text, const std::vector<std::pair<std::size_t, std::size_t>>& lines) {
    for (const auto& [b, e] : lines)
        if (e < text.size() && text[e] != ' ' && (e == b || text[e - 1] != '-')) return true;
    return false;
}

}  // namespace

ImVec2 Canvas::measure(const VNode& n, ImFont* font, float width) const {
    const std::string w = words(n);
    if (w.empty()) return ImVec2(0, 0);
    return text_size(font, w, width);
}

float Canvas::text(const VNode& n, ImFont* font, ImVec2 pos, float width, ImU32 colour, Align align, bool one_line) {
    std::string w = words(n);
    if (w.empty()) return 0;
    if (one_line) {
        if (text_size(font, w).x > width && !n.compact.empty()) w = n.compact;
        const std::string shown = fit_text(font, w, width);
        const ImVec2 size = text_size(font, shown);
        const float x = align == Align::left ? pos.x : align == Align::centre ? pos.x + (width - size.x) * 0.5f : pos.x + width - size.x;
        if (dl) {
            dl->AddText(font, font->FontSize, ImVec2(std::round(x), std::round(pos.y)), colour, shown.c_str());
            placed.push_back(text_box(n.id, ImVec4(x, pos.y, size.x, size.y), w));
            placed.back().cut = shown != w;
        }
        return size.y;
    }
    const auto lines = wrap_lines(font, w, width);
    float max_w = 0;
    for (std::size_t i = 0; i < lines.size(); ++i) {
        const auto [b, e] = lines[i];
        const float lw = font->CalcTextSizeA(font->FontSize, FLT_MAX, 0, w.data() + b, w.data() + e).x;
        max_w = std::max(max_w, lw);
        if (!dl) continue;
        const float x = align == Align::left ? pos.x : align == Align::centre ? pos.x + (width - lw) * 0.5f : pos.x + width - lw;
        dl->AddText(font, font->FontSize, ImVec2(std::round(x), std::round(pos.y + font->FontSize * static_cast<float>(i))),
                    colour, w.data() + b, w.data() + e);
    }
    const float h = font->FontSize * static_cast<float>(lines.size());
    if (dl) {
        const float x = align == Align::left ? pos.x : align == Align::centre ? pos.x + (width - max_w) * 0.5f : pos.x + width - max_w;
        placed.push_back(text_box(n.id, ImVec4(x, pos.y, max_w, h), w));
        placed.back().broken_word = cuts_a_word(w, lines);
    }
    return h;
}

float Canvas::inline_parts(const VNode& n, const std::vector<ImFont*>& fonts, const std::vector<ImU32>& colours, ImVec2 pos,
                           float max_width) {
    // Parts flow left to right on shared baselines and wrap between parts when the line is full; a part
    // longer than a whole line wraps at its own spaces.
    struct Piece {
        ImFont* font;
        ImU32 colour;
        std::string_view text;
        float w;
    };
    std::vector<std::vector<Piece>> lines(1);
    float line_w = 0;
    const float gap = t.s(6);
    bool broken = false;
    for (std::size_t i = 0; i < n.children.size(); ++i) {
        ImFont* f = fonts[std::min(i, fonts.size() - 1)];
        const ImU32 col = colours[std::min(i, colours.size() - 1)];
        const std::string_view s = n.children[i].text;
        std::vector<std::string_view> pieces;
        if (text_size(f, s).x <= max_width) {
            pieces.push_back(s);
        } else {
            if (!lines.back().empty()) {
                lines.emplace_back();
                line_w = 0;
            }
            const auto wrapped = wrap_lines(f, s, max_width);
            broken = broken || cuts_a_word(s, wrapped);
            for (const auto& [b, e] : wrapped) pieces.push_back(s.substr(b, e - b));
        }
        for (std::size_t k = 0; k < pieces.size(); ++k) {
            const float w = text_size(f, pieces[k]).x;
            if (!lines.back().empty() && (k > 0 || line_w + gap + w > max_width)) {
                lines.emplace_back();
                line_w = 0;
            }
            line_w += (lines.back().empty() ? 0 : gap) + w;
            lines.back().push_back({f, col, pieces[k], w});
        }
    }
    float y = pos.y, widest = 0;
    for (const auto& line : lines) {
        float asc = 0, h = 0, x = pos.x;
        for (const auto& p : line) {
            asc = std::max(asc, p.font->Ascent);
            h = std::max(h, p.font->FontSize);
        }
        for (const auto& p : line) {
            if (dl)
                dl->AddText(p.font, p.font->FontSize, ImVec2(std::round(x), std::round(y + asc - p.font->Ascent)), p.colour,
                            p.text.data(), p.text.data() + p.text.size());
            x += p.w + gap;
        }
        widest = std::max(widest, x - gap - pos.x);
        y += h;
    }
    if (dl) {
        placed.push_back(text_box(n.id, ImVec4(pos.x, pos.y, widest, y - pos.y), words(n)));
        placed.back().broken_word = broken;
    }
    return y - pos.y;
}

// The short words when the full ones don't fit on one line (they wrap only when the short ones don't fit either).
const std::string& Canvas::button_label(const VNode& n, float width, bool with_icon) const {
    const bool fits = text_size(t.fonts.body_bold, n.text).x <= button_text_room(t, width, with_icon) + 0.01f;
    return fits || n.compact.empty() ? n.text : n.compact;
}

float Canvas::button_height(const VNode& n, float width, float min_height, bool with_icon) const {
    return widgets::button_height(t, button_label(n, width, with_icon), width, min_height, with_icon);
}

bool Canvas::button(const VNode& n, ImVec2 min, ImVec2 max, ButtonStyle style, std::optional<Icon> glyph) {
    if (!dl) return false;
    const std::string& label = button_label(n, max.x - min.x, glyph.has_value());
    ImGui::PushID(n.id.c_str());
    ImVec4 ink;
    Hit h = widgets::button(t, "##b", min, max, label, style, focused(n), glyph.value_or(Icon::check), glyph.has_value(), &ink);
    ImGui::PopID();
    placed.push_back(box(n.id, min, max));
    placed.back().control = true;
    if (!label.empty()) {
        placed.push_back(text_box(n.id, ink, label));
        const float room = std::max(1.0f, button_text_room(t, max.x - min.x, glyph.has_value()));
        placed.back().broken_word = cuts_a_word(label, wrap_lines(t.fonts.body_bold, label, room));
    }
    if (h.clicked && !n.disabled && !n.command.empty()) commands.push_back(n.command);
    return h.clicked && !n.disabled;
}

Hit Canvas::area(const VNode& n, ImVec2 min, ImVec2 max) {
    if (!dl) return {};
    ImGui::PushID(n.id.c_str());
    Hit h = hit_area("##a", min, max);
    ImGui::PopID();
    if (h.hovered && !n.disabled) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    placed.push_back(box(n.id, min, max));
    placed.back().control = true;
    if (h.clicked && !n.disabled && !n.command.empty()) commands.push_back(n.command);
    if (n.disabled) h.clicked = false;
    return h;
}

void Canvas::drew(const VNode& n, ImVec2 min, ImVec2 max, std::string_view words) {
    if (!dl) return;
    placed.push_back(text_box(n.id, ImVec4(min.x, min.y, max.x - min.x, max.y - min.y), std::string(words)));
}

void Canvas::place(const VNode& n, ImVec2 min, ImVec2 max, bool frame) {
    if (!dl) return;
    placed.push_back(box(n.id, min, max));
    placed.back().frame = frame;
    placed.back().picture = n.role == Role::image;
}

}  // namespace ometer::widgets
