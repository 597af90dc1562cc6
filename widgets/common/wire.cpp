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

ojson node_json(const VNode& n) {
    ojson j;
    j["role"] = std::string(role_name(n.role));
    if (!n.id.empty()) j["id"] = n.id;
    if (!n.text.empty()) j["text"] = n.text;
    if (!n.label.empty()) j["label"] = n.label;
    if (!n.compact.empty()) j["compact"] = n.compact;  // what a narrow canvas draws instead
    if (!n.desc.empty()) j["desc"] = n.desc;
    if (!n.command.empty()) j["command"] = n.command;
    if (!n.keys.empty()) j["keys"] = n.keys;
    if (!n.controls.empty()) j["controls"] = n.controls;
    if (n.level) j["level"] = n.level;
    if (n.on) j["on"] = true;
    if (n.disabled) j["disabled"] = true;
    if (n.focusable) j["focusable"] = true;
    ojson kids = ojson::array();
    for (const auto& c : n.children)
        if (!c.decorative) kids.push_back(node_json(c));
    if (!kids.empty()) j["children"] = std::move(kids);
    return j;
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

std::string vm_json(const VNode& root) { return dump(node_json(root)); }

std::string layout_json(const std::vector<Placed>& placed, float px) {
    std::map<std::string, ImVec4> rects;  // union per id
    std::vector<std::string> order;
    for (const auto& p : placed) {
        if (p.id.empty()) continue;
        auto [it, added] = rects.try_emplace(p.id, p.rect);
        if (added) {
            order.push_back(p.id);
            continue;
        }
        ImVec4& r = it->second;
        const float x0 = std::min(r.x, p.rect.x), y0 = std::min(r.y, p.rect.y);
        const float x1 = std::max(r.x + r.z, p.rect.x + p.rect.z), y1 = std::max(r.y + r.w, p.rect.y + p.rect.w);
        r = ImVec4(x0, y0, x1 - x0, y1 - y0);
    }
    ojson j = ojson::object();
    for (const auto& id : order) {
        const ImVec4& r = rects[id];
        j[id] = ojson::array({round1(r.x / px), round1(r.y / px), round1(r.z / px), round1(r.w / px)});
    }
    return dump(j);
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
