// The view-model: everything a student sees or hears in a widget, as a tree of nodes built once from the
// widget's state. The ImGui view draws these nodes and the page's accessible mirror renders the same tree
// as HTML, so no label, figure or rule is written twice. Nodes carry the command the page sends when a
// student activates them, so a click, a key and a screen reader's button press all run the same action.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ometer::widgets {

// What a node is, for the mirror's HTML and a screen reader's announcements.
enum class Role : std::uint8_t {
    group,       // structure only (a <div>); a label makes it a named group
    region,      // a labelled section, e.g. one job card (<section>)
    heading,     // <h2>..<h4> by `level`
    text,        // a paragraph; its children, when it has any, are parts drawn separately ("£38,800" "a year")
    part,        // a piece of a text
    list,        // <ul>
    item,        // <li>
    button,      // runs `command`
    toggle,      // a button that is on or off (aria-pressed)
    checkbox,    // a tick (role=checkbox, aria-checked)
    disclosure,  // a button that shows or hides `controls` (aria-expanded)
    listbox,     // the search results
    option,      // one result (aria-selected)
    image,       // a chart: `label` is its text alternative
    status,      // a polite message (role=status)
    alert,       // something went wrong or was refused (role=alert)
    input,       // the page's own text input stands here (search, results code)
};
std::string_view role_name(Role r);

struct VNode {
    Role role = Role::group;
    std::string id;       // stable: the focus id, the layout key, the mirror element's id
    std::string text;     // exactly the words drawn (empty for icon-only buttons and charts)
    std::string label;    // the accessible name when it differs from `text` ("Remove Electricians")
    std::string desc;     // more to read (aria-describedby), e.g. why a button is disabled
    std::string compact;  // shorter words the canvas may draw when narrow (same meaning): "About"
    std::string command;  // sent to the widget when activated: "remove 1"
    std::string keys;     // keyboard shortcuts (aria-keyshortcuts): "1", "Backspace"
    std::string controls; // the id of what a disclosure shows
    int level = 0;        // heading level 2-4
    bool on = false;      // pressed, checked, selected or expanded, by role
    bool disabled = false;
    bool decorative = false;  // drawn but not read (faces, dials): the mirror leaves it out
    bool focusable = false;   // can take focus without being a control (a heading focus moves to)
    std::vector<VNode> children;

    VNode& add(VNode child) {
        children.push_back(std::move(child));
        return children.back();
    }
    bool interactive() const;
};

// Builders for the common shapes.
VNode node(Role role, std::string id, std::string text = {});
VNode heading(std::string id, std::string text, int level);
VNode button(std::string id, std::string text, std::string command);
// The first letter made a capital (a task or a comparison that starts a sentence on its own).
std::string sentence_case(std::string text);
// A text drawn in parts: each non-empty string becomes a part "<id>-<n>"; the mirror reads them as one.
VNode parts(std::string id, std::vector<std::string> pieces);

// A widget that cannot show its content says why instead: its data error (an alert "error") when there is
// one, else the loading note (a status "loading") until it is ready. Returns whether the content can be built.
bool content_ready(const std::string& error, bool ready, std::string_view loading_words, VNode& error_node, VNode& loading_node);

// Adds `n` under `parent` in the mirror's tree when it has something to read (words, a name or children);
// a node never filled in, or a decorative one (a dial, a face), stays out.
void add_if_shown(VNode& parent, const VNode& n);

// The node with `id` anywhere under `root`, or nullptr.
const VNode* find_node(const VNode& root, std::string_view id);
// The words of a node as the mirror reads them: its text, or (a text or option made of parts) its parts
// joined by spaces.
std::string spoken_text(const VNode& n);

}  // namespace ometer::widgets
