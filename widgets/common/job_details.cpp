// A job's details, built and drawn once for both widgets; see job_details.hpp.
#include "widgets/common/job_details.hpp"

#include <string>
#include <string_view>

namespace ometer::widgets {

namespace {

// Every word of a job's details, for both widgets (en-GB).
namespace txt {
constexpr std::string_view kMore = "More about this job";
constexpr std::string_view kLess = "Show less";
constexpr std::string_view kLoading = "Loading the job description\xE2\x80\xA6";
constexpr std::string_view kTasks = "What you would do";
constexpr std::string_view kEntry = "How to get in";
}  // namespace txt

std::string s(std::string_view v) { return std::string(v); }

// Entry routes read as a sentence, as the description does.
std::string with_full_stop(std::string text) {
    if (!text.empty() && text.back() != '.') text += '.';
    return text;
}

}  // namespace

JobDetailsVM job_details_vm(const Occupation& occ, bool open, const JobDetailsPlace& place) {
    const std::string& id = place.id;
    JobDetailsVM d;
    d.toggle = node(Role::disclosure, place.toggle_id, s(open ? txt::kLess : txt::kMore));
    d.toggle.label = s(open ? txt::kLess : txt::kMore) + ": " + occ.title;
    d.toggle.command = place.command;
    d.toggle.on = open;
    d.toggle.controls = place.group_id;
    if (!open) return d;
    if (!occ.has_details) {
        d.loading = node(Role::status, id + "-loading", s(txt::kLoading));
        return d;
    }
    d.description = node(Role::text, id + "-description", occ.description);
    if (!occ.tasks.empty()) {
        d.tasks_heading = heading(id + "-tasks-heading", s(txt::kTasks), place.heading_level);
        d.tasks = node(Role::list, id + "-tasks");
        for (std::size_t i = 0; i < occ.tasks.size() && i < place.max_tasks; ++i)
            d.tasks.add(node(Role::item, id + "-task-" + std::to_string(i), sentence_case(occ.tasks[i])));
    }
    const std::string& entry = occ.entry_routes.empty() ? occ.education : occ.entry_routes;
    if (!entry.empty()) {
        d.entry_heading = heading(id + "-entry-heading", s(txt::kEntry), place.heading_level);
        d.entry = node(Role::text, id + "-entry", with_full_stop(entry));
    }
    return d;
}

VNode job_details_group(const JobDetailsVM& d) {
    VNode group = node(Role::group, d.toggle.controls);
    for (const VNode* n : {&d.loading, &d.description, &d.tasks_heading, &d.tasks, &d.entry_heading, &d.entry})
        add_if_shown(group, *n);
    return group;
}

float draw_job_details(Canvas& c, const JobDetailsVM& d, float x0, float width, float y) {
    const Theme& t = c.t;
    const Palette& p = t.colours;
    ImFont* body = t.fonts.small;
    const float gap = t.s(t.m.paragraph), indent = t.s(16);
    float yy = y, end = y;  // where the next line starts; where the last one ended
    auto para = [&](const VNode& n, ImFont* f, float after) {
        if (n.text.empty()) return;
        end = yy + c.text(n, f, ImVec2(x0, yy), width, p.text);
        yy = end + after;
    };
    para(d.loading, body, gap);
    para(d.description, body, gap);
    para(d.tasks_heading, t.fonts.small_bold, t.s(6));
    for (const auto& task : d.tasks.children) {
        if (c.dl) c.dl->AddCircleFilled(ImVec2(x0 + t.s(5), yy + body->FontSize * 0.55f), t.s(3), p.accent, 12);
        end = yy + c.text(task, body, ImVec2(x0 + indent, yy), width - indent, p.text);
        yy = end + t.s(5);
    }
    if (!d.tasks.children.empty()) yy = end + gap;
    para(d.entry_heading, t.fonts.small_bold, t.s(6));
    para(d.entry, body, gap);
    return end - y;
}

}  // namespace ometer::widgets
