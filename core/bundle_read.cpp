// Reading an occupations bundle (one-shot, or a slice at a time: BundleReader), a split bundle's details file
// and the quiz file. Field checks live in bundle_fields.cpp; the titles reader in titles_read.cpp.
#include "core/bundle_read.hpp"

#include <optional>
#include <tuple>
#include <unordered_set>

#include "core/bundle_fields.hpp"
#include "core/json_scan.hpp"

namespace ometer {

using namespace json_read;

namespace {

constexpr std::size_t kAll = static_cast<std::size_t>(-1);

// Everything around the occupations: header, region, currency, part, sources, field sources and averages.
std::optional<Error> read_envelope(Reader& r, const json& doc, const std::string& name, Bundle& b) {
    std::string part = "full";
    if (!read_header(r, doc, "occupations", b.schema, b.data_version) || !read_region(r, doc, b.region) ||
        !r.str(doc, kTop, "currency", b.currency) || !r.str(doc, kTop, "part", part, false) || !read_sources(r, doc, b.sources))
        return r.error();
    if (part == "cards") b.part = BundlePart::cards;
    else if (part != "full") return Error{name + ": part: expected \"full\" or \"cards\", got \"" + part + "\""};
    if (const json* fs = r.object(doc, kTop, "field_sources", false)) {
        for (const auto& [k, v] : fs->items()) {
            if (!v.is_string()) return Error{name + ": field_sources." + k + ": expected a string, got " + type_name(v)};
            b.field_sources[k] = v.get<std::string>();
        }
    }
    if (r.failed()) return r.error();
    const json* avg = r.object(doc, kTop, "averages", true);
    if (!avg) return r.error();
    const std::tuple<const char*, Measure*, Range> measures[] = {
        {"pay_annual", &b.averages.pay_annual, kMoney},       {"pay_weekly", &b.averages.pay_weekly, kMoney},
        {"hours_weekly", &b.averages.hours_weekly, kHours},   {"pay_annual_ft", &b.averages.pay_annual_ft, kMoney},
        {"pay_hourly", &b.averages.pay_hourly, kMoney},       {"hours_weekly_ft", &b.averages.hours_weekly_ft, kHours}};
    const Path averages = kTop.key("averages");
    if (!r.str(*avg, averages, "label", b.averages.label)) return r.error();
    for (const auto& [key, m, range] : measures)
        if (!read_measure(r, *avg, averages, key, *m, range)) return r.error();
    return std::nullopt;
}

}  // namespace

// In slices (the occupations' texts found by the scanner, parsed one by one) or whole (one document tree:
// for text the scanner cannot split, and to report a problem exactly as one parse of the whole text would).
struct BundleReader::Impl {
    Impl(std::string_view text_in, std::string name_in, bool whole_in)
        : text(text_in), name(std::move(name_in)), r(name), whole(whole_in) {}

    bool step(std::size_t n) {
        if (outcome) return true;
        if (!started) {
            started = true;
            if (auto e = start()) return stop(std::move(*e));
        }
        for (std::size_t k = 0; k < n && next < count; ++k, ++next)
            if (auto e = read_item(next)) return stop(std::move(*e));
        if (next < count) return false;
        if (auto e = finish()) return stop(std::move(*e));
        outcome.emplace(std::move(bundle));
        return true;
    }

    // A problem: reported as it is when reading whole, else as a whole read reports the text's first one.
    bool stop(Error e) {
        if (whole) {
            outcome.emplace(std::move(e));
        } else {
            Impl again(text, name, true);
            again.step(kAll);
            outcome.emplace(std::move(*again.outcome));
        }
        return true;
    }

    std::optional<Error> start() {
        std::optional<TextSpan> array = whole ? std::nullopt : sliceable_member(text, "occupations", '[');
        std::optional<std::vector<TextSpan>> found = array ? scan_array_items(text, *array) : std::nullopt;
        whole = !found;
        auto parsed = whole ? parse_document(text, name) : parse_document(without_value(text, *array, "[]"), name);
        if (!parsed) return Error{parsed.error()};
        doc = std::move(parsed.value());
        if (auto e = read_envelope(r, doc, name, bundle)) return e;
        const json* occs = r.array(doc, kTop, "occupations", true);
        if (!occs) return r.error();
        if (whole) whole_items = occs;
        else items = std::move(*found);
        count = whole ? occs->size() : items.size();
        if (count == 0) return Error{name + ": occupations: expected at least one occupation"};
        bundle.occupations.resize(count);
        return std::nullopt;
    }

    std::optional<Error> read_item(std::size_t i) {
        const Path p = kTop.key("occupations").item(i);
        json item;
        if (!whole && !parse_value(items[i].of(text), item)) return Error{name + ": " + p.text() + ": not valid JSON"};
        if (!read_occupation(r, whole ? (*whole_items)[i] : item, p, bundle.part, bundle.occupations[i])) return r.error();
        if (!seen.insert(bundle.occupations[i].code).second)
            return Error{name + ": " + p.text() + ".code: duplicate code \"" + bundle.occupations[i].code + "\""};
        return std::nullopt;
    }

    std::optional<Error> finish() {
        bundle.rebuild_lookup();
        for (std::size_t i = 0; i < bundle.occupations.size(); ++i)
            for (std::size_t k = 0; k < bundle.occupations[i].related.size(); ++k)
                if (!bundle.find(bundle.occupations[i].related[k]) || bundle.occupations[i].related[k] == bundle.occupations[i].code)
                    return Error{name + ": occupations[" + std::to_string(i) + "].related[" + std::to_string(k) +
                                 "]: not another occupation of this bundle"};
        return std::nullopt;
    }

    std::string_view text;
    std::string name;
    Reader r;
    bool whole;
    bool started = false;
    json doc;                            // whole: the document; in slices: all but the occupations
    const json* whole_items = nullptr;   // whole: the occupations in `doc`
    std::vector<TextSpan> items;         // in slices: each occupation's text
    std::size_t next = 0, count = 0;
    std::unordered_set<std::string> seen;
    Bundle bundle;
    std::optional<Result<Bundle>> outcome;
};

BundleReader::BundleReader(std::string_view text, std::string name)
    : impl_(std::make_unique<Impl>(text, std::move(name), false)) {}
BundleReader::~BundleReader() = default;
bool BundleReader::step(std::size_t occupations) { return impl_->step(occupations); }
Result<Bundle> BundleReader::result() { return std::move(*impl_->outcome); }

Result<Bundle> read_bundle(std::string_view text, const std::string& name) {
    BundleReader reader(text, name);
    reader.step(kAll);
    return reader.result();
}

Result<bool> read_details(std::string_view text, Bundle& bundle, const std::string& name) {
    auto parsed = parse_document(text, name);
    if (!parsed) return Error{parsed.error()};
    const json& doc = parsed.value();
    Reader r(name);
    int schema = 0;
    std::string version;
    Region region = Region::uk;
    if (!read_header(r, doc, "details", schema, version) || !read_region(r, doc, region)) return r.error();
    if (region != bundle.region || version != bundle.data_version)
        return Error{name + ": details are for " + std::string(region_name(region)) + " data " + version +
                     " but the cards are for " + std::string(region_name(bundle.region)) + " data " + bundle.data_version};
    const json* by_code = r.object(doc, kTop, "details", true);
    if (!by_code) return r.error();
    // Read into copies first, so a bad file leaves the bundle as it was.
    std::vector<std::pair<std::size_t, Occupation>> read;
    for (const auto& [code, fields] : by_code->items()) {
        const Path p = kTop.key("details").key(code);
        auto index = bundle.index_of(code);
        if (!index) return Error{name + ": " + p.text() + ": unknown occupation code"};
        Occupation occ;
        occ.code = code;
        if (!r.expect(fields, json::value_t::object, p, "an object") || !read_details_fields(r, fields, p, occ, true))
            return r.error();
        for (std::size_t k = 0; k < occ.related.size(); ++k)
            if (!bundle.find(occ.related[k]) || occ.related[k] == code)
                return Error{name + ": " + p.key("related").item(k).text() + ": not another occupation of this bundle"};
        read.emplace_back(*index, std::move(occ));
    }
    for (auto& [i, occ] : read) {
        Occupation& to = bundle.occupations[i];
        to.description = std::move(occ.description);
        to.tasks = std::move(occ.tasks);
        to.entry_routes = std::move(occ.entry_routes);
        to.education = std::move(occ.education);
        to.related = std::move(occ.related);
        to.has_details = true;
    }
    return true;
}

Result<Quiz> read_quiz(std::string_view text, const std::string& name) {
    auto parsed = parse_document(text, name);
    if (!parsed) return Error{parsed.error()};
    const json& doc = parsed.value();
    Reader r(name);
    Quiz q;
    if (!read_header(r, doc, "quiz", q.schema, q.data_version) || !read_sources(r, doc, q.sources)) return r.error();
    const json* items = r.array(doc, kTop, "items", true);
    if (!items) return r.error();
    for (std::size_t i = 0; i < items->size(); ++i) {
        const Path p = kTop.key("items").item(i);
        const json& it = (*items)[i];
        if (!r.expect(it, json::value_t::object, p, "an object")) return r.error();
        QuizItem item;
        std::optional<int> id;
        std::string type;
        if (!r.integer(it, p, "id", id, 1, 1000, true) || !r.str(it, p, "type", type) || !r.str(it, p, "text", item.text))
            return r.error();
        auto t = type.size() == 1 ? riasec_from_letter(type[0]) : std::nullopt;
        if (!t) return Error{name + ": " + p.text() + ".type: expected one of R, I, A, S, E, C"};
        if (q.item(*id)) return Error{name + ": " + p.text() + ".id: duplicate item id " + std::to_string(*id)};
        item.id = *id;
        item.type = *t;
        q.items.push_back(std::move(item));
    }
    const json* forms = r.array(doc, kTop, "forms", true);
    if (!forms) return r.error();
    for (std::size_t i = 0; i < forms->size(); ++i) {
        const Path p = kTop.key("forms").item(i);
        const json& f = (*forms)[i];
        if (!r.expect(f, json::value_t::object, p, "an object")) return r.error();
        QuizForm form;
        if (!r.str(f, p, "id", form.id) || !r.str(f, p, "name", form.name) || !r.str(f, p, "note", form.note, false))
            return r.error();
        const json* ids = r.array(f, p, "items", true);
        if (!ids) return r.error();
        for (std::size_t k = 0; k < ids->size(); ++k) {
            const json& id = (*ids)[k];
            const auto where = [&] { return name + ": " + p.key("items").item(k).text(); };
            if (!id.is_number_integer()) return Error{where() + ": expected an item id, got " + type_name(id)};
            if (!q.item(id.get<int>())) return Error{where() + ": no item with id " + std::to_string(id.get<int>())};
            form.item_ids.push_back(id.get<int>());
        }
        if (form.item_ids.empty()) return Error{name + ": " + p.text() + ".items: a form needs at least one item"};
        q.forms.push_back(std::move(form));
    }
    if (q.forms.empty()) return Error{name + ": forms: expected at least one form"};
    return q;
}

}  // namespace ometer
