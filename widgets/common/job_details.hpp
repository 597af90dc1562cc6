// A job's details as both widgets show them when a student opens a job ("More about this job"): what the
// job is, what you would do, how to get in. The view-model built from the core's Occupation (its words in
// one table, in job_details.cpp), its place in the mirror's tree, and its drawing: the Careerometer's cards
// and the Skillsometer's matches read and look alike because they are the same code.
#pragma once

#include <cstddef>
#include <string>

#include "core/model.hpp"
#include "widgets/common/canvas.hpp"
#include "widgets/common/view_model.hpp"

namespace ometer::widgets {

// Where the details sit in a widget: the ids its page and tests know them by, and how much they show.
struct JobDetailsPlace {
    std::string id;         // the job's node prefix: "card-0" gives "card-0-description", "card-0-task-2"
    std::string toggle_id;  // the disclosure ("card-0-details")
    std::string group_id;   // the opened part, which the disclosure controls ("card-0-more")
    std::string command;    // what activating the disclosure does ("details 0")
    int heading_level = 4;  // one below the job's own title
    std::size_t max_tasks = 6;
};

struct JobDetailsVM {
    VNode toggle;   // the disclosure: "More about this job" or "Show less", named with the job's title
    VNode loading;  // while the details file is on its way
    VNode description, tasks_heading, tasks, entry_heading, entry;
    bool open() const { return toggle.on; }
};

// The disclosure for `occ`, and when `open` the details themselves (or the loading note until they arrive).
JobDetailsVM job_details_vm(const Occupation& occ, bool open, const JobDetailsPlace& place);

// The opened part for the mirror's tree: the group the disclosure controls, in reading order (a caller may
// add its own nodes after the details: the Careerometer's similar jobs).
VNode job_details_group(const JobDetailsVM& d);

// Draws the opened part (loading note, description, tasks as a bulleted list, entry routes) at `y` across
// `width`; returns the height from `y` to the end of its last line (the caller adds the space after it).
// Measures when the canvas has no draw list.
float draw_job_details(Canvas& c, const JobDetailsVM& d, float x0, float width, float y);

}  // namespace ometer::widgets
