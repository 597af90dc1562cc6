// Data files for both widgets' glue (glue.hpp): which file is which, and reading bundles and titles a slice
// at a time so that no task of the page's start-up waits on one long parse.
#include "widgets/common/glue.hpp"

namespace ometer::widgets {

namespace {

// Per work() call: about a millisecond each in wasm's first, unoptimised code (a bundle's occupation
// ~0.25 ms; a code's titles ~0.2 ms on average, ~2.5 ms for the largest), so the shell's time check between
// calls keeps a slice within its budget.
constexpr std::size_t kOccupationsPerCall = 4;
constexpr std::size_t kCodesPerCall = 4;

}  // namespace

// A bundle or titles file being read. Held by pointer: the reader views `text`, which must not move.
struct WidgetGlue::PendingFile {
    DataFile kind;
    std::string name, text;
    std::unique_ptr<BundleReader> bundle;
    std::unique_ptr<TitlesReader> titles;
};

WidgetGlue::WidgetGlue(Region region) : region_(region_name(region)) {}
WidgetGlue::~WidgetGlue() = default;

Result<bool> WidgetGlue::load(std::string_view name, std::string_view text) {
    const std::string file(name);
    std::optional<DataFile> kind;
    if (file == region_ + "-cards.json" || file == region_ + ".json") kind = DataFile::bundle;
    else if (file == region_ + "-titles.json") kind = DataFile::titles;
    else if (file == region_ + "-details.json") kind = DataFile::details;
    else if (file == "quiz.json") kind = DataFile::quiz;
    if (!kind || !reads(*kind)) return Error{"unexpected data file " + file};
    if (*kind == DataFile::details) {
        auto d = take_details(text, file);
        if (!d) return file_failed(d.error());
    } else if (*kind == DataFile::quiz) {
        auto q = read_quiz(text, file);
        if (!q) return file_failed(q.error());
        take_quiz(std::move(q.value()));
    } else {
        const bool bundle_coming = !pending_.empty() && pending_.front()->kind == DataFile::bundle;
        if (*kind == DataFile::titles && !bundle() && !bundle_coming) return Error{"titles arrived before the occupations bundle"};
        auto p = std::make_unique<PendingFile>();
        p->kind = *kind;
        p->name = file;
        p->text = std::string(text);
        pending_.push_back(std::move(p));
        if (pending_.size() == 1) return advance(0);  // its envelope now
        return true;
    }
    changed_ = true;
    return true;
}

Result<bool> WidgetGlue::work() {
    if (pending_.empty()) return more_work();
    auto r = advance(pending_.front()->kind == DataFile::bundle ? kOccupationsPerCall : kCodesPerCall);
    if (!r) return r;
    return false;  // the widget's own work, if any, from the next call
}

// Reads up to `items` more of the oldest pending file (its envelope first); once it is read, hands it over.
Result<bool> WidgetGlue::advance(std::size_t items) {
    PendingFile& p = *pending_.front();
    bool done = false;
    if (p.kind == DataFile::bundle) {
        if (!p.bundle) p.bundle = std::make_unique<BundleReader>(p.text, p.name);
        done = p.bundle->step(items);
    } else {
        if (!p.titles) p.titles = std::make_unique<TitlesReader>(p.text, *bundle(), p.name);
        done = p.titles->step(items);
    }
    if (!done) return true;
    std::unique_ptr<PendingFile> read = std::move(pending_.front());
    pending_.erase(pending_.begin());
    if (read->kind == DataFile::bundle) {
        auto b = read->bundle->result();
        if (!b) return file_failed(b.error());
        auto taken = take_bundle(std::move(b.value()), read->name);
        if (!taken) return file_failed(taken.error());
    } else {
        auto t = read->titles->result();
        if (!t) return file_failed(t.error());
        take_titles(std::move(t.value()));
    }
    changed_ = true;
    return true;
}

Error WidgetGlue::file_failed(const std::string& message) {
    pending_.clear();  // nothing more is read after a file that could not be
    error_ = std::string(data_sorry()) + " (" + message + ")";
    changed_ = true;
    return Error{message};
}

}  // namespace ometer::widgets
