// View-model nodes; see view_model.hpp.
#include "widgets/common/view_model.hpp"

#include <algorithm>

namespace ometer::widgets {

std::string_view role_name(Role r) {
    switch (r) {
        case Role::group: return "group";
        case Role::region: return "region";
        case Role::heading: return "heading";
        case Role::text: return "text";
        case Role::part: return "part";
        case Role::list: return "list";
        case Role::item: return "item";
        case Role::button: return "button";
        case Role::toggle: return "toggle";
        case Role::checkbox: return "checkbox";
        case Role::disclosure: return "disclosure";
        case Role::listbox: return "listbox";
        case Role::option: return "option";
        case Role::image: return "image";
        case Role::status: return "status";
        case Role::alert: return "alert";
        case Role::input: return "input";
    }
    return "group";
}

bool VNode::interactive() const {
    switch (role) {
        case Role::button:
        case Role::toggle:
        case Role::checkbox:
        case Role::disclosure:
        case Role::option:
        case Role::input: return true;
        default: return false;
    }
}

VNode node(Role role, std::string id, std::string text) {
    VNode n;
    n.role = role;
    n.id = std::move(id);
    n.text = std::move(text);
    return n;
}

std::string sentence_case(std::string text) {
    if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
    return text;
}

VNode heading(std::string id, std::string text, int level) {
    VNode n = node(Role::heading, std::move(id), std::move(text));
    n.level = level;
    return n;
}

VNode button(std::string id, std::string text, std::string command) {
    VNode n = node(Role::button, std::move(id), std::move(text));
    n.command = std::move(command);
    return n;
}

VNode parts(std::string id, std::vector<std::string> pieces) {
    VNode n = node(Role::text, id);
    for (auto& p : pieces)
        if (!p.empty()) n.add(node(Role::part, id + "-" + std::to_string(n.children.size()), std::move(p)));
    return n;
}

bool content_ready(const std::string& error, bool ready, std::string_view loading_words, VNode& error_node, VNode& loading_node) {
    if (!error.empty()) error_node = node(Role::alert, "error", error);
    else if (!ready) loading_node = node(Role::status, "loading", std::string(loading_words));
    return error.empty() && ready;
}

void add_if_shown(VNode& parent, const VNode& n) {
    if (!n.id.empty() && !n.decorative && (!n.text.empty() || !n.children.empty() || !n.label.empty())) parent.add(n);
}

const VNode* find_node(const VNode& root, std::string_view id) {
    if (root.id == id) return &root;
    for (const auto& c : root.children)
        if (const VNode* f = find_node(c, id)) return f;
    return nullptr;
}

std::string spoken_text(const VNode& n) {
    const bool has_parts = !n.children.empty() && std::all_of(n.children.begin(), n.children.end(),
                                                              [](const VNode& c) { return c.role == Role::part; });
    if (!has_parts) return n.text;
    std::string out;
    for (const auto& c : n.children) {
        if (c.text.empty()) continue;
        if (!out.empty()) out += ' ';
        out += c.text;
    }
    return out;
}

}  // namespace ometer::widgets
