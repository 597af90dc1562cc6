// "Keep it, share it": the part both widgets share for keeping results - a results code to copy, a button to
// print or save the results as a PDF, and a field to open a code someone was given. View-model nodes,
// their drawing, and the words (one table).
#pragma once

#include <string>
#include <string_view>

#include "widgets/common/canvas.hpp"
#include "widgets/common/view_model.hpp"
#include "widgets/common/widget.hpp"

namespace ometer::widgets {

namespace keep_text {
// The panel: its heading, the code and its buttons.
inline constexpr std::string_view kHeading = "Keep your results";
inline constexpr std::string_view kCodeLabel = "Your results code";
inline constexpr std::string_view kCopy = "Copy code";
inline constexpr std::string_view kCopied = "Results code copied.";
inline constexpr std::string_view kPrint = "Print or save as PDF";
// What the code holds, under it: one note per widget.
inline constexpr std::string_view kQuizNote =
    "The code holds only your answers: nothing about you. Type it into this quiz on any device to see these results "
    "again, or show it to your careers adviser.";
inline constexpr std::string_view kCompareNote =
    "The code holds only the jobs you chose. Type it into the Careerometer on any device to see this comparison again.";
// The field to open a code, what is said when one cannot be opened, and when one was.
inline constexpr std::string_view kEntry = "Have a results code?";
inline constexpr std::string_view kEntryLabel = "Results code";
inline constexpr std::string_view kEntryHint = "It looks like SK1-7Q4M-2K9D";
inline constexpr std::string_view kOpen = "Open";
inline constexpr std::string_view kEmpty = "Type or paste a results code first.";
inline constexpr std::string_view kNotQuiz = "That is a Careerometer code: open it in the Careerometer to see the comparison.";
inline constexpr std::string_view kNotCompare = "That is a Skillsometer code: open it in the Skillsometer to see the quiz results.";
inline constexpr std::string_view kWrongRegion = "That code is for jobs in another country than this widget shows.";
inline constexpr std::string_view kOpened = "Results opened from the code.";
}  // namespace keep_text

// What the student has done with the code field (held by each widget's glue).
struct KeepState {
    bool entry_open = false;
    std::string error;  // why the last code could not be opened
    std::string note;   // a code from another data release opened with this note
};

struct KeepVM {
    VNode panel;    // region "keep"
    VNode heading, code_label, code, copy, print, note;
    VNode opened;  // a code from another release was opened: what that means
};

struct EntryVM {
    VNode toggle;  // disclosure
    VNode input, open, error, note;
};

// `code` empty: no panel (nothing to keep yet). `opened`: the note of a code just opened, if any.
KeepVM keep_vm(const std::string& code, std::string_view note, const std::string& opened = {});
EntryVM entry_vm(const KeepState& state);
void add_to_tree(VNode& parent, const KeepVM& keep);
void add_to_tree(VNode& parent, const EntryVM& entry);

// What a widget's glue tells the page besides its tree: words to say, and where focus goes next. Focus is
// sent at the end of the next frame, after the tree and layout that hold its element (the page moves focus
// once its mirror has that element: a new card's title, the results).
class PageNotices {
public:
    // Says `text` to screen readers. While the page's mirror waits (a student is typing) it is held, a later
    // one taking its place, and said when the mirror catches up (send_held): the page would say only the
    // last of a burst anyway, and each one sent was a few hundredths of a millisecond of every key.
    void announce(Host& host, const std::string& text);
    void send_held(Host& host);
    void focus(const std::string& id) { pending_focus_ = id; }
    void send_focus(Host& host);

private:
    std::string pending_focus_, held_;
};

// The keep verbs both widgets share: "copy-code", "print", "entry" and "submit ID". `code` is the results
// code on show; while it is empty, copying or printing is refused with `not_yet` (what to do first).
enum class KeepVerb { not_mine, done, refused };
KeepVerb apply_keep_verb(std::string_view verb, std::string_view arg, const std::string& code, std::string_view not_yet,
                         KeepState& keep, PageNotices& notices, Host& host, std::string& why);

// A code that could not be opened: the field stays open and shows `why`, which is also said out loud.
// Returns false, for `return refuse_code(...)`.
bool refuse_code(KeepState& keep, PageNotices& notices, Host& host, std::string why);

// Drawing: each returns the height used (measures with a measuring canvas).
float draw_keep(Canvas& c, const KeepVM& keep, float x0, float x1, float y);
float draw_entry(Canvas& c, const EntryVM& entry, float x0, float x1, float y);

}  // namespace ometer::widgets
