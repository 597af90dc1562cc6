// The reading side's JSON layer: type names, limits in messages, and the one parser instantiation that
// builds documents (see json_read.hpp).
#include "core/json_read.hpp"

#include <cstdio>

namespace ometer::json_read {

namespace {

// Builds the document with nlohmann's own tree builder and remembers where parsing failed. One parser
// instantiation does both: json::parse (which also compiles its callback variant) and a second pass to
// find the error took three, some 9 KB of wasm.
class DomSax {
public:
    explicit DomSax(json& doc) : dom_(doc, false) {}

    bool failed = false;
    std::size_t position = 0;
    std::string what;

    bool null() { return dom_.null(); }
    bool boolean(bool v) { return dom_.boolean(v); }
    bool number_integer(json::number_integer_t v) { return dom_.number_integer(v); }
    bool number_unsigned(json::number_unsigned_t v) { return dom_.number_unsigned(v); }
    bool number_float(json::number_float_t v, const std::string& s) { return dom_.number_float(v, s); }
    bool string(std::string& v) { return dom_.string(v); }
    bool binary(json::binary_t& v) { return dom_.binary(v); }
    bool start_object(std::size_t n) { return dom_.start_object(n); }
    bool key(std::string& k) { return dom_.key(k); }
    bool end_object() { return dom_.end_object(); }
    bool start_array(std::size_t n) { return dom_.start_array(n); }
    bool end_array() { return dom_.end_array(); }
    bool parse_error(std::size_t pos, const std::string&, const nlohmann::detail::exception& ex) {
        failed = true;
        position = pos;
        what = ex.what();
        return false;
    }

private:
    nlohmann::detail::json_sax_dom_parser<json> dom_;
};

}  // namespace

std::string type_name(const json& v) {
    switch (v.type()) {
        case json::value_t::null: return "null";
        case json::value_t::boolean: return "a boolean";
        case json::value_t::string: return "a string";
        case json::value_t::array: return "an array";
        case json::value_t::object: return "an object";
        case json::value_t::discarded: return "invalid JSON";
        default: return "a number";
    }
}

std::string limit_text(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.10g", v);
    return buf;
}

Result<json> parse_document(std::string_view text, const std::string& name) {
    json doc;
    DomSax sax(doc);
    json::sax_parse(text.begin(), text.end(), &sax, nlohmann::detail::input_format_t::json, true);
    if (sax.failed) {
        std::string what = sax.what.empty() ? "not valid JSON" : sax.what;
        return Error{name + ": invalid JSON at byte " + std::to_string(sax.position) + " (" + what + ")"};
    }
    if (!doc.is_object()) return Error{name + ": expected a JSON object at the top level, got " + type_name(doc)};
    return doc;
}

bool parse_value(std::string_view text, json& out) {
    DomSax sax(out);
    sax_parse(text, sax);
    return !sax.failed;
}

}  // namespace ometer::json_read
