// The wire's JSON (nlohmann/json); see wire.hpp.
#include "widgets/common/wire.hpp"

#include <algorithm>
#include <cmath>
#include <map>
#include <nlohmann/json.hpp>

namespace ometer::widgets {

namespace {

using ojson = nlohmann::json;  // the one instantiation the bundle reader uses too: keys come out sorted

constexpr std::pair<std::string_view, Key> kKeys[] = {
    {"up", Key::up},       {"down", Key::down},     {"left", Key::left},       {"right", Key::right},
    {"enter", Key::enter}, {"escape", Key::escape}, {"backspace", Key::backspace}, {"space", Key::space},
    {"home", Key::home},   {"end", Key::end},       {"digit1", Key::digit1},   {"digit2", Key::digit2},
    {"digit3", Key::digit3}, {"digit4", Key::digit4}, {"digit5", Key::digit5}};

std::string dump(const ojson& j) { return j.dump(-1, ' ', false, ojson::error_handler_t::replace); }

// The view-model tree is written on every change (each keystroke in the search box), so it is written
// straight to text rather than through a document tree: the same bytes nlohmann would write (keys in
// sorted order, its escapes), a few times faster. Invalid UTF-8 becomes U+FFFD.
std::size_t utf8_sequence(std::string_view s, std::size_t i) {
    const auto at = [&](std::size_t k) { return k < s.size() ? static_cast<unsigned char>(s[k]) : 0u; };
    const auto cont = [&](std::size_t k, unsigned lo = 0x80, unsigned hi = 0xBF) { return at(k) >= lo && at(k) <= hi; };
    const unsigned c = at(i);
    if (c >= 0xC2 && c <= 0xDF) return cont(i + 1) ? 2 : 0;
    if (c >= 0xE0 && c <= 0xEF) {
        const unsigned lo = c == 0xE0 ? 0xA0 : 0x80, hi = c == 0xED ? 0x9F : 0xBF;
        return cont(i + 1, lo, hi) && cont(i + 2) ? 3 : 0;
    }
    if (c >= 0xF0 && c <= 0xF4) {
        const unsigned lo = c == 0xF0 ? 0x90 : 0x80, hi = c == 0xF4 ? 0x8F : 0xBF;
        return cont(i + 1, lo, hi) && cont(i + 2) && cont(i + 3) ? 4 : 0;
    }
    return 0;
}

void put_string(std::string& out, std::string_view s) {
    out += '"';
    std::size_t run = 0;  // the start of the bytes that need no escape
    const auto flush = [&](std::size_t i) { out.append(s.data() + run, i - run); };
    for (std::size_t i = 0; i < s.size();) {
        const auto c = static_cast<unsigned char>(s[i]);
        if (c >= 0x20 && c < 0x80 && c != '"' && c != '\\') {
            ++i;
            continue;
        }
        if (c >= 0x80) {
            if (std::size_t n = utf8_sequence(s, i)) {
                i += n;
                continue;
            }
            flush(i);
            out += "\xEF\xBF\xBD";
        } else {
            flush(i);
            switch (c) {
                case '"': out += "\\\""; break;
                case '\\': out += "\\\\"; break;
                case '\b': out += "\\b"; break;
                case '\f': out += "\\f"; break;
                case '\n': out += "\\n"; break;
                case '\r': out += "\\r"; break;
                case '\t': out += "\\t"; break;
                default: {
                    constexpr char kHex[] = "0123456789abcdef";
                    out += "\\u00";
                    out += kHex[c >> 4];
                    out += kHex[c & 15];
                }
            }
        }
        run = ++i;
    }
    flush(s.size());
    out += '"';
}

void put_node(std::string& out, const VNode& n) {
    bool first = true;
    const auto key = [&](std::string_view k) {
        out += first ? "{\"" : ",\"";
        first = false;
        out += k;
        out += "\":";
    };
    const auto text = [&](std::string_view k, const std::string& v) {
        if (v.empty()) return;
        key(k);
        put_string(out, v);
    };
    const auto flag = [&](std::string_view k, bool v) {
        if (!v) return;
        key(k);
        out += "true";
    };
    bool any_child = false;
    for (const auto& c : n.children) {
        if (c.decorative) continue;
        if (!any_child) key("children");
        out += any_child ? ',' : '[';
        any_child = true;
        put_node(out, c);
    }
    if (any_child) out += ']';
    text("command", n.command);
    text("compact", n.compact);  // what a narrow canvas draws instead
    text("controls", n.controls);
    text("desc", n.desc);
    flag("disabled", n.disabled);
    flag("focusable", n.focusable);
    text("id", n.id);
    text("keys", n.keys);
    text("label", n.label);
    if (n.level) {
        key("level");
        out += std::to_string(n.level);
    }
    flag("on", n.on);
    key("role");
    put_string(out, role_name(n.role));
    text("text", n.text);
    out += '}';
}

double round1(double v) { return std::round(v * 10.0) / 10.0; }

}  // namespace

std::optional<Key> parse_key(std::string_view name) {
    for (const auto& [n, k] : kKeys)
        if (n == name) return k;
    return std::nullopt;
}

std::string_view key_name(Key key) {
    for (const auto& [n, k] : kKeys)
        if (k == key) return n;
    return {};
}

std::string vm_json(const VNode& root) {
    std::string out;
    out.reserve(4096);
    put_node(out, root);
    return out;
}

std::string layout_json(const std::vector<Placed>& placed, float px) {
    std::map<std::string, ImVec4> rects;  // union per id
    for (const auto& p : placed) {
        if (p.id.empty()) continue;
        auto [it, added] = rects.try_emplace(p.id, p.rect);
        if (added) continue;
        ImVec4& r = it->second;
        const float x0 = std::min(r.x, p.rect.x), y0 = std::min(r.y, p.rect.y);
        const float x1 = std::max(r.x + r.z, p.rect.x + p.rect.z), y1 = std::max(r.y + r.w, p.rect.y + p.rect.w);
        r = ImVec4(x0, y0, x1 - x0, y1 - y0);
    }
    // Written straight to text like the tree (every frame that moves something sends it): ids in sorted
    // order, each rectangle's numbers to a tenth of a CSS pixel, as nlohmann writes them ("16.0", "12.3").
    std::string out = "{";
    for (const auto& [id, r] : rects) {
        if (out.size() > 1) out += ',';
        put_string(out, id);
        out += ":[";
        const float v[] = {r.x / px, r.y / px, r.z / px, r.w / px};
        for (std::size_t i = 0; i < 4; ++i) {
            if (i) out += ',';
            const long long tenths = std::llround(static_cast<double>(v[i]) * 10.0);
            const unsigned long long a = static_cast<unsigned long long>(tenths < 0 ? -tenths : tenths);
            if (tenths < 0) out += '-';
            out += std::to_string(a / 10);
            out += '.';
            out += static_cast<char>('0' + a % 10);
        }
        out += ']';
    }
    out += '}';
    return out;
}

std::string text_json(std::string_view key, std::string_view value) {
    ojson j;
    j[std::string(key)] = std::string(value);
    return dump(j);
}

std::string codes_json(const std::vector<std::string>& codes) {
    ojson j;
    j["codes"] = codes;
    return dump(j);
}

std::string input_json(float x, float y, float w, float h, float font, std::string_view hint, std::string_view label) {
    ojson j;
    j["x"] = round1(x);
    j["y"] = round1(y);
    j["w"] = round1(w);
    j["h"] = round1(h);
    j["font"] = round1(font);
    j["hint"] = std::string(hint);
    j["label"] = std::string(label);
    return dump(j);
}

std::string number_json(std::string_view key, double value) {
    ojson j;
    j[std::string(key)] = value;
    return dump(j);
}

std::string quote(std::string_view s) { return dump(ojson(std::string(s))); }

}  // namespace ometer::widgets
