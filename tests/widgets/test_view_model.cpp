// One view-model for canvas and mirror: in every scripted state of both widgets, every word the canvas draws
// is a node of the tree the accessible mirror renders, and every word of that tree is drawn (parity); and at
// every width and text size, including 320 px at 1.6x text, no text overlaps other text or crosses the edge
// of the card it sits on (checked from the rectangles the view reports, not by eye).
#include <doctest/doctest.h>

#include <map>
#include <set>

#include <nlohmann/json.hpp>

#include "tests/test_support.hpp"
#include "widgets/common/wire.hpp"
#include "widgets/shell/null_shell.hpp"

using namespace ometer;
using namespace ometer::widgets;
using json = nlohmann::json;

namespace {

struct TreeWords {
    std::map<std::string, std::set<std::string>> by_id;  // id -> the words a canvas may draw for it
    std::set<std::string> must_draw;                     // ids whose words must be drawn
    std::map<std::string, std::vector<std::string>> parts;  // a text's part ids
};

void collect(const json& n, TreeWords& out) {
    const std::string id = n.value("id", "");
    const std::string text = n.value("text", "");
    const std::string role = n.value("role", "");
    std::vector<std::string> part_ids;
    if (n.contains("children"))
        for (const auto& c : n["children"]) {
            collect(c, out);
            if (c.value("role", "") == "part") part_ids.push_back(c.value("id", ""));
        }
    if (!part_ids.empty()) {
        std::string joined;
        for (const auto& c : n["children"]) joined += (joined.empty() ? "" : " ") + c.value("text", "");
        out.by_id[id].insert(joined);
        out.parts[id] = part_ids;
        out.must_draw.insert(id);
    }
    if (n.contains("compact")) out.by_id[id].insert(n["compact"].get<std::string>());
    if (!text.empty()) {
        out.by_id[id].insert(text);
        if (role != "part") out.must_draw.insert(id);
    }
}

// Checks parity for the widget's current frame; returns a description of the first problem, or "".
std::string parity(NullShell& shell) {
    TreeWords tree;
    collect(json::parse(shell.widget().vm_json()), tree);
    std::set<std::string> drawn_ids;
    for (const auto& p : shell.widget().drawn()) {
        if (!p.text) continue;
        drawn_ids.insert(p.id);
        auto it = tree.by_id.find(p.id);
        if (it == tree.by_id.end()) return "drawn but not in the mirror's tree: " + p.id + " \"" + p.drawn + "\"";
        if (!it->second.count(p.drawn)) return "drawn words differ from the tree's for " + p.id + ": \"" + p.drawn + "\"";
    }
    for (const auto& id : tree.must_draw) {
        if (drawn_ids.count(id)) continue;
        auto parts = tree.parts.find(id);
        bool all_parts = parts != tree.parts.end();
        if (all_parts)
            for (const auto& pid : parts->second) all_parts = all_parts && drawn_ids.count(pid);
        if (!all_parts) return "in the mirror's tree but not drawn: " + id;
    }
    return {};
}

bool inside(const ImVec4& a, const ImVec4& b, float slack) {
    return a.x >= b.x - slack && a.y >= b.y - slack && a.x + a.z <= b.x + b.z + slack && a.y + a.w <= b.y + b.w + slack;
}

bool overlaps(const ImVec4& a, const ImVec4& b, float slack) {
    return a.x + slack < b.x + b.z && b.x + slack < a.x + a.z && a.y + slack < b.y + b.w && b.y + slack < a.y + a.w;
}

ImVec4 inset(const ImVec4& r, float dx, float dy) { return ImVec4(r.x + dx, r.y + dy, r.z - 2 * dx, r.w - 2 * dy); }

std::string quoted(const Placed& p) { return p.id + " \"" + p.drawn + "\""; }

// Text overlapping text, text crossing a card edge, text beyond the canvas; a control's words outside it
// (or touching its edges), words or a control across another control's edge, controls on each other,
// anything on a chart; a word broken in two; words cut short. Returns the first few problems, or "".
std::string layout_problems(NullShell& shell, float css_width, float dpr) {
    const auto placed = shell.widget().drawn();
    std::vector<const Placed*> texts, frames, controls, pictures;
    for (const auto& p : placed) {
        if (p.text && p.rect.z > 0) texts.push_back(&p);
        if (p.frame) frames.push_back(&p);
        if (p.control) controls.push_back(&p);
        if (p.picture) pictures.push_back(&p);
    }
    std::string found;
    int count = 0;
    const auto problem = [&](const std::string& what) {
        if (++count <= 4) found += (found.empty() ? "" : "\n") + what;
    };
    const float slack = 1.0f * dpr;
    // A control's words keep at least this far from its left and right edges (and off its top and bottom).
    const float pad_x = 4.0f * dpr, pad_y = 1.0f * dpr;
    for (const Placed* t : texts) {
        if (t->rect.x < -slack || t->rect.x + t->rect.z > css_width * dpr + slack) problem("beyond the canvas: " + quoted(*t));
        if (t->broken_word) problem("a word broken in two: " + quoted(*t));
        if (t->cut) problem("cut short with an ellipsis: " + quoted(*t));
        for (const Placed* f : frames)
            if (overlaps(t->rect, f->rect, slack) && !inside(t->rect, f->rect, slack) && f->id != t->id)
                problem("crosses the edge of " + f->id + ": " + quoted(*t));
        for (const Placed* c : controls) {
            if (c->id == t->id && !inside(t->rect, inset(c->rect, pad_x, pad_y), 0.5f * dpr))
                problem("not inside its control (with room at the edges): " + quoted(*t));
            if (c->id != t->id && overlaps(t->rect, c->rect, slack) && !inside(t->rect, c->rect, slack))
                problem("crosses the edge of the control " + c->id + ": " + quoted(*t));
        }
        for (const Placed* p : pictures)
            if (overlaps(t->rect, p->rect, slack)) problem("on the picture " + p->id + ": " + quoted(*t));
    }
    for (std::size_t i = 0; i < controls.size(); ++i) {
        for (std::size_t k = i + 1; k < controls.size(); ++k)
            if (controls[i]->id != controls[k]->id && overlaps(controls[i]->rect, controls[k]->rect, slack))
                problem("controls on each other: " + controls[i]->id + " and " + controls[k]->id);
        for (const Placed* p : pictures)
            if (overlaps(controls[i]->rect, p->rect, slack)) problem("a control on the picture " + p->id + ": " + controls[i]->id);
    }
    for (const Placed* p : pictures)
        for (const Placed* f : frames)
            if (overlaps(p->rect, f->rect, slack) && !inside(p->rect, f->rect, slack)) problem("a picture across the edge of " + f->id + ": " + p->id);
    for (std::size_t i = 0; i < texts.size(); ++i)
        for (std::size_t k = i + 1; k < texts.size(); ++k) {
            const Placed* a = texts[i];
            const Placed* b = texts[k];
            if (a->id == b->id) continue;  // one node drawn in pieces (a control and its label)
            if (overlaps(a->rect, b->rect, slack)) problem("overlap: " + quoted(*a) + " and " + quoted(*b));
        }
    return found;
}

using Script = std::vector<std::string>;  // commands, then the state is checked

struct Scene {
    std::string name;
    std::string options;
    Script script;
    bool check_layout = true;  // a drop-down is drawn over the cards on purpose
};

std::vector<Scene> scenes() {
    std::string r30, love_r_unsure, love_s_a;
    for (int i = 0; i < 30; ++i) {
        r30 += i % 6 == 0 ? '2' : '0';
        love_r_unsure += i % 6 == 0 ? '2' : '1';
        love_s_a += i % 6 == 3 || i % 6 == 2 ? '2' : '0';
    }
    auto answers = [](const std::string& digits) {
        Script s = {"start"};
        for (char d : digits) s.push_back(std::string("answer ") + d);
        return s;
    };
    Script results_r = answers(r30);
    Script level = results_r;
    level.insert(level.end(), {"level 2", "lower 1", "legend", "match 0"});
    Script few = answers(std::string(love_s_a));
    few.insert(few.end(), {"level 1"});
    Script full_refused = {"query waiter", "choose 0", "close"};
    return {
        {"careerometer empty", "widget=careerometer\n", {}},
        {"careerometer opened from a quiz", "widget=careerometer\nback=1\noccupations=5241,2231\n", {}},
        {"careerometer typing", "widget=careerometer\n", {"query nurse"}, false},
        {"careerometer three cards, details and about", "widget=careerometer\noccupations=5241,9232,2231\n", {"details 1", "about"}},
        {"careerometer cards full, refused", "widget=careerometer\noccupations=5241,9232,2231\n", full_refused},
        {"careerometer refused with the drop-down open", "widget=careerometer\noccupations=5241,9232,2231\n", {"query waiter", "choose 0"}, false},
        {"careerometer US", "widget=careerometer\nregion=us\noccupations=47-2111.00,29-1141.02,29-1216.00\n", {"details 0"}},
        {"skillsometer welcome", "widget=skillsometer\n", {}},
        {"skillsometer welcome, a mistyped code", "widget=skillsometer\n", {"entry", "code SK1-0000-0000-0000-000"}},
        {"careerometer code field open", "widget=careerometer\noccupations=5241\n", {"entry", "code CM1-XXXX"}},
        {"skillsometer statement", "widget=skillsometer\n", {"start", "answer 2"}},
        {"skillsometer statement, 5-point", "widget=skillsometer\nscale=5\n", {"start"}},
        {"skillsometer results", "widget=skillsometer\n", results_r},
        {"skillsometer results, level, legend, details", "widget=skillsometer\n", level},
        {"skillsometer few matches at a level", "widget=skillsometer\n", few},
        {"skillsometer love R rest not sure", "widget=skillsometer\n", answers(love_r_unsure)},
        {"skillsometer all the same", "widget=skillsometer\n", answers(std::string(30, '1'))},
        {"skillsometer US", "widget=skillsometer\nregion=us\n", answers(r30)},
    };
}

}  // namespace

TEST_CASE("parity: every drawn word is the mirror's, and every word of the mirror is drawn") {
    for (const auto& scene : scenes())
        for (float width : {320.0f, 1280.0f}) {
            CAPTURE(scene.name);
            CAPTURE(width);
            NullShell shell(scene.options, width, 800, 1);
            REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
            shell.frames(2);
            for (const auto& line : scene.script) shell.command(line);
            shell.frames(3);
            const std::string problem = parity(shell);
            CHECK_MESSAGE(problem.empty(), problem);
            // The tree's JSON, written by hand for speed, is byte for byte what nlohmann writes.
            const std::string vm = shell.widget().vm_json();
            CHECK(json::parse(vm).dump(-1, ' ', false, json::error_handler_t::replace) == vm);
        }
}

TEST_CASE("the tree's JSON escapes what JSON must, keeps UTF-8, and replaces invalid bytes") {
    VNode root;
    root.role = Role::group;
    root.id = "root";
    const std::string tricky[] = {"plain", "quote \" and back\\slash", "tab\tnew\nline\rcr\bb\ff\x01\x1f\x7f",
                                  "caf\xC3\xA9 \xE2\x80\x93 \xE2\x80\x9Cquoted\xE2\x80\x9D \xF0\x9F\x98\x80", "/slash/"};
    for (const auto& t : tricky) {
        VNode n;
        n.role = Role::text;
        n.text = t;
        n.label = t;
        n.level = 3;
        n.on = true;
        root.add(n);
    }
    VNode hidden;
    hidden.decorative = true;
    hidden.text = "not read";
    root.add(hidden);
    json expected = json::parse(vm_json(root));
    REQUIRE(expected["children"].size() == std::size(tricky));
    for (std::size_t i = 0; i < std::size(tricky); ++i) CHECK(expected["children"][i]["text"] == tricky[i]);
    CHECK(expected.dump(-1, ' ', false, json::error_handler_t::replace) == vm_json(root));

    for (const std::string bad : {"\xC3", "a\xC3(b", "\xED\xA0\x80", "\xF4\x90\x80\x80", "\xC0\xAF", "\xFF end"}) {
        VNode n;
        n.text = bad;
        const std::string out = vm_json(n);
        CAPTURE(out);
        const json back = json::parse(out);  // valid JSON whatever the bytes
        CHECK(back["text"].get<std::string>().find("\xEF\xBF\xBD") != std::string::npos);
    }
}

TEST_CASE("layout: no overlap and no text across a card edge, at every width and text size") {
    for (const auto& scene : scenes()) {
        if (!scene.check_layout) continue;
        for (float width : {320.0f, 375.0f, 768.0f, 1024.0f, 1280.0f})
            for (std::string scale : {"1", "1.6"}) {
                CAPTURE(scene.name);
                CAPTURE(width);
                CAPTURE(scale);
                NullShell shell(scene.options + "font-scale=" + scale + "\n", width, 800, 1);
                REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
                shell.frames(2);
                for (const auto& line : scene.script) shell.command(line);
                shell.frames(3);
                const std::string problem = layout_problems(shell, width, 1);
                CHECK_MESSAGE(problem.empty(), problem);
            }
    }
}

// A node focus may be sent to: a control, or a node marked focusable (the mirror gives it tabindex=-1, so
// it takes focus without being a Tab stop). Anything else would leave focus where it was, or on the body.
bool takes_focus(const json& n) {
    static const std::set<std::string> controls = {"button", "toggle", "checkbox", "disclosure", "option", "input"};
    return controls.count(n.value("role", "")) > 0 || n.value("focusable", false);
}

const json* find_node(const json& n, const std::string& id) {
    if (n.value("id", "") == id) return &n;
    if (n.contains("children"))
        for (const auto& c : n["children"])
            if (const json* found = find_node(c, id)) return found;
    return nullptr;
}

TEST_CASE("focus is only ever sent to a node that can take it (a control, or a focusable heading)") {
    std::vector<Scene> all = scenes();
    all.push_back({"careerometer: a job added", "widget=careerometer\noccupations=5241\n", {"add 5315"}});
    all.push_back({"careerometer: a card removed", "widget=careerometer\noccupations=5241,5315\n", {"remove 1"}});
    all.push_back({"careerometer: compared from a quiz", "widget=careerometer\n", {"compare 5241,2231"}});
    for (const auto& scene : all) {
        CAPTURE(scene.name);
        NullShell shell(scene.options, 1280, 800, 1);
        REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
        shell.frames(2);
        for (const auto& line : scene.script) {
            shell.events.clear();
            shell.command(line);
            shell.frames(2);
            const std::string sent = shell.last_event("focus");
            if (sent.empty()) continue;
            const std::string id = json::parse(sent).value("id", "");
            CAPTURE(line);
            CAPTURE(id);
            if (id == "search") continue;  // the page's own text field
            const json tree = json::parse(shell.widget().vm_json());
            const json* n = find_node(tree, id);
            REQUIRE_MESSAGE(n != nullptr, "focus sent to a node not in the tree");
            CHECK_MESSAGE(takes_focus(*n), "focus sent to a node that cannot take it");
        }
    }
}

TEST_CASE("the layout the page positions the mirror with covers every control, in CSS pixels") {
    NullShell shell("widget=careerometer\noccupations=5241,2231\n", 1280, 800, 2);
    REQUIRE(shell.load_data(test::source_dir() + "/assets/data").ok());
    shell.frames(3);
    const json layout = json::parse(shell.last_event("layout"));
    // Written by hand for speed: what nlohmann writes for the same rectangles (rounded to a tenth).
    CHECK(layout.dump() == shell.last_event("layout"));
    for (const char* id : {"about", "search", "card-0-remove", "card-0-details", "card-1-remove", "slot-2-add", "card-0-title"}) {
        CAPTURE(id);
        REQUIRE(layout.contains(id));
        const auto& r = layout[id];
        CHECK(r[0].get<float>() >= 0);
        CHECK(r[0].get<float>() + r[2].get<float>() <= 1280.5f);  // CSS px at a pixel ratio of 2
        CHECK(r[2].get<float>() > 10);
    }
}
