// Reading a search titles file (one-shot, or a slice at a time: TitlesReader) with nlohmann's SAX interface.
#include <utility>

#include "core/bundle_fields.hpp"
#include "core/bundle_read.hpp"
#include "core/json_scan.hpp"

namespace ometer {

using namespace json_read;

namespace {

constexpr std::size_t kAll = static_cast<std::size_t>(-1);

// Reads a titles file in one pass with nlohmann's SAX interface, straight into the title list: the
// coding index has ~38,000 titles, and a document tree of them (every string allocated, copied out, then
// freed) cost three times as much. Checks and messages are those of the other readers: the header is
// checked as read_header does, and a bad title names its path ("titles.5241.index[3]").
class TitlesSax {
public:
    TitlesSax(const Bundle& bundle, TitleSet& out) : bundle_(bundle), out_(out) {}

    // The next parse is of some of the "titles" members wrapped in braces: {"5241": {...}, ...}.
    void read_members_next() {
        depth_ = 1;
        skip_ = 0;
        top_key_ = "titles";
    }

    json header;              // schema, kind, data_version and region, as read
    std::string error;        // the first problem in the titles, by path
    bool titles_seen = false;
    std::string titles_type;  // what "titles" held when it was not an object

    bool null() { return scalar("null", nullptr); }
    bool boolean(bool v) { return scalar("a boolean", v); }
    bool number_integer(json::number_integer_t v) { return scalar("a number", v); }
    bool number_unsigned(json::number_unsigned_t v) { return scalar("a number", v); }
    bool number_float(json::number_float_t v, const std::string&) { return scalar("a number", v); }
    bool binary(json::binary_t&) { return scalar("binary", nullptr); }
    bool string(std::string& v) {
        if (depth_ == 4 && skip_ == 0 && error.empty()) {
            out_.titles.push_back({std::move(v), occupation_, kind_});
            ++item_;
            return true;
        }
        return scalar("a string", v);
    }
    bool start_object(std::size_t) { return open("an object"); }
    bool start_array(std::size_t) { return open("an array"); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(std::string& k) {
        if (skip_ > 0) return true;
        if (depth_ == 1) top_key_ = k;
        else if (depth_ == 2) code_ = k;
        else if (depth_ == 3) kind_name_ = k;
        return true;
    }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& ex) {
        parse_failed = true;
        parse_position = position;
        parse_what = ex.what();
        return false;
    }
    bool parse_failed = false;
    std::size_t parse_position = 0;
    std::string parse_what;
    std::string top_type;  // what the document was when not an object

private:
    Path where() const {
        Path p = kTop.key("titles").key(code_);
        if (depth_ >= 3) p = p.key(kind_name_);
        if (depth_ >= 4) p = p.item(item_);
        return p;
    }
    bool problem(const std::string& what) {
        if (error.empty()) error = where().text() + ": " + what;
        return true;  // keep reading: a header problem later in the file is reported first
    }

    // A value that is not an object or array, at the current depth.
    bool scalar(const char* type, json value) {
        if (skip_ > 0) return true;
        if (depth_ == 0) {
            top_type = type;
        } else if (depth_ == 1) {
            if (top_key_ == "titles") {
                titles_seen = true;
                titles_type = type;
            } else if (top_key_ == "schema" || top_key_ == "kind" || top_key_ == "data_version" || top_key_ == "region") {
                header[top_key_] = std::move(value);
            }
        } else if (depth_ == 2) {
            if (entering_group()) problem(std::string("expected an object, got ") + type);
        } else if (depth_ == 3) {
            if (entering_kind()) problem(std::string("expected an array, got ") + type);
        } else if (depth_ == 4) {
            problem(std::string("expected a string, got ") + type);
            ++item_;
        }
        return true;
    }

    bool open(const char* type) {
        if (skip_ > 0) {
            ++skip_;
            return true;
        }
        const bool object = type[3] == 'o';  // "an object"
        if (depth_ == 0) {
            if (!object) top_type = type;
            else depth_ = 1;
            if (!object) ++skip_;
            return true;
        }
        bool enter = false;
        if (depth_ == 1) {
            if (top_key_ == "titles") {
                titles_seen = true;
                enter = object;
                if (!object) titles_type = type;
            } else if (top_key_ == "schema" || top_key_ == "kind" || top_key_ == "data_version" || top_key_ == "region") {
                header[top_key_] = object ? json::object() : json::array();  // the header check names the type
            }
        } else if (depth_ == 2) {
            enter = entering_group() && (object || (problem(std::string("expected an object, got ") + type), false));
        } else if (depth_ == 3) {
            enter = entering_kind() && (!object || (problem(std::string("expected an array, got ") + type), false));
            item_ = 0;
        } else if (depth_ == 4) {
            problem(std::string("expected a string, got ") + type);
            ++item_;
        }
        if (enter) ++depth_;
        else ++skip_;
        return true;
    }

    bool close() {
        if (skip_ > 0) --skip_;
        else if (depth_ > 0) --depth_;
        return true;
    }

    // Checks the code a group of titles is filed under; false when its titles are to be skipped.
    bool entering_group() {
        if (!error.empty()) return false;
        auto index = bundle_.index_of(code_);
        if (!index) return problem("unknown occupation code"), false;
        occupation_ = static_cast<std::uint32_t>(*index);
        return true;
    }
    bool entering_kind() {
        if (!error.empty()) return false;
        auto kind = parse_title_kind(kind_name_);
        if (!kind) return problem("unknown title kind"), false;
        kind_ = *kind;
        return true;
    }

    const Bundle& bundle_;
    TitleSet& out_;
    int depth_ = 0;         // 1 in the document, 2 in "titles", 3 in a code's kinds, 4 in a kind's list
    int skip_ = 0;          // nesting inside a value being skipped
    std::string top_key_, code_, kind_name_;
    std::uint32_t occupation_ = 0;
    TitleKind kind_ = TitleKind::index;
    std::size_t item_ = 0;
};

// What a reading of the whole text (or of all its pieces, in order) adds up to: the first problem, in the
// order the file is checked, or the titles.
Result<TitleSet> titles_outcome(const TitlesSax& sax, TitleSet& t, const Bundle& bundle, const std::string& name) {
    if (sax.parse_failed)
        return Error{name + ": invalid JSON at byte " + std::to_string(sax.parse_position) + " (" + sax.parse_what + ")"};
    if (!sax.top_type.empty()) return Error{name + ": expected a JSON object at the top level, got " + sax.top_type};
    Reader r(name);
    if (!read_header(r, sax.header, "titles", t.schema, t.data_version) || !read_region(r, sax.header, t.region))
        return r.error();
    if (t.region != bundle.region)
        return Error{name + ": region: titles are for \"" + std::string(region_name(t.region)) +
                     "\" but the occupations bundle is for \"" + std::string(region_name(bundle.region)) + "\""};
    if (!sax.titles_seen) return Error{name + ": missing field \"titles\""};
    if (!sax.titles_type.empty()) return Error{name + ": titles: expected an object, got " + sax.titles_type};
    if (!sax.error.empty()) return Error{name + ": " + sax.error};
    return std::move(t);
}

}  // namespace

// In slices (each code's member of "titles" parsed on its own, wrapped in braces, after the rest of the file)
// or whole (one pass over the text: for text the scanner cannot split, and to report a problem exactly as one
// pass reports it).
struct TitlesReader::Impl {
    Impl(std::string_view text_in, const Bundle& bundle_in, std::string name_in, bool whole_in)
        : text(text_in), bundle(bundle_in), name(std::move(name_in)), whole(whole_in) {}

    bool step(std::size_t n) {
        if (outcome) return true;
        if (!started) {
            started = true;
            if (!start()) return stop();
        }
        std::string piece;
        for (std::size_t k = 0; k < n && next < members.size(); ++k, ++next) {
            piece.assign("{").append(members[next].member.of(text)).append("}");
            sax.read_members_next();
            if (!sax_parse(piece, sax) || !sax.error.empty()) return stop();
        }
        if (next < members.size()) return false;
        outcome.emplace(titles_outcome(sax, titles, bundle, name));
        if (!outcome->ok()) return stop();
        return true;
    }

    // Reads the header and everything but the titles' members (or, whole, everything); false on a problem.
    bool start() {
        std::optional<TextSpan> object = whole ? std::nullopt : sliceable_member(text, "titles", '{');
        std::optional<std::vector<ScannedMember>> found = object ? scan_object_members(text, *object) : std::nullopt;
        whole = !found;
        if (whole) {
            sax_parse(text, sax);
            return true;  // all read: the outcome says what was wrong
        }
        members = std::move(*found);
        if (!sax_parse(without_value(text, *object, "{}"), sax)) return false;
        TitleSet header;
        return titles_outcome(sax, header, bundle, name).ok();
    }

    // A problem: reported as it is when reading whole, else as a whole read reports the text's first one.
    bool stop() {
        if (whole) {
            if (!outcome) outcome.emplace(titles_outcome(sax, titles, bundle, name));
        } else {
            Impl again(text, bundle, name, true);
            again.step(kAll);
            outcome = std::move(again.outcome);
        }
        return true;
    }

    std::string_view text;
    const Bundle& bundle;
    std::string name;
    bool whole;
    bool started = false;
    TitleSet titles;
    TitlesSax sax{bundle, titles};
    std::vector<ScannedMember> members;  // in slices: each code's titles, as text
    std::size_t next = 0;
    std::optional<Result<TitleSet>> outcome;
};

TitlesReader::TitlesReader(std::string_view text, const Bundle& bundle, std::string name)
    : impl_(std::make_unique<Impl>(text, bundle, std::move(name), false)) {}
TitlesReader::~TitlesReader() = default;
bool TitlesReader::step(std::size_t codes) { return impl_->step(codes); }
Result<TitleSet> TitlesReader::result() { return std::move(*impl_->outcome); }

Result<TitleSet> read_titles(std::string_view text, const Bundle& bundle, const std::string& name) {
    TitlesReader reader(text, bundle, name);
    reader.step(kAll);
    return reader.result();
}

}  // namespace ometer
