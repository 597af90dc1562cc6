// The JSON boundary scanner (json_scan.hpp). It checks only what it needs to find the boundaries; every piece
// it returns is then parsed strictly, so together the pieces accept exactly what one parse would.
#include "core/json_scan.hpp"

#include <utility>

namespace ometer {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r'; }

std::size_t skip_space(std::string_view t, std::size_t i) {
    while (i < t.size() && is_space(t[i])) ++i;
    return i;
}

// Past the string that opens at t[i] == '"'; npos when it never closes.
std::size_t skip_string(std::string_view t, std::size_t i) {
    for (++i; i < t.size(); ++i) {
        if (t[i] == '\\') ++i;
        else if (t[i] == '"') return i + 1;
    }
    return std::string_view::npos;
}

// Past the value that starts at t[i]: a string, a container (brackets counted outside strings), or a
// number or literal (up to the next delimiter). npos when it does not end.
std::size_t skip_value(std::string_view t, std::size_t i) {
    if (i >= t.size()) return std::string_view::npos;
    if (t[i] == '"') return skip_string(t, i);
    if (t[i] == '{' || t[i] == '[') {
        std::size_t depth = 0;
        while (i < t.size()) {
            const char c = t[i];
            if (c == '"') {
                i = skip_string(t, i);
                if (i == std::string_view::npos) return i;
                continue;
            }
            if (c == '{' || c == '[') ++depth;
            else if ((c == '}' || c == ']') && --depth == 0) return i + 1;
            ++i;
        }
        return std::string_view::npos;
    }
    const std::size_t start = i;
    while (i < t.size() && !is_space(t[i]) && t[i] != ',' && t[i] != ']' && t[i] != '}') ++i;
    return i == start ? std::string_view::npos : i;
}

// The items of the container at `span` (an object's members, with their keys, when `object`).
std::optional<std::vector<ScannedMember>> scan_items(std::string_view text, TextSpan span, bool object) {
    const std::string_view t = text.substr(0, span.end);
    std::size_t i = span.begin;
    const char close = object ? '}' : ']';
    if (i >= t.size() || t[i] != (object ? '{' : '[')) return std::nullopt;
    std::vector<ScannedMember> out;
    i = skip_space(t, i + 1);
    if (i < t.size() && t[i] == close) return i + 1 == span.end ? std::optional(out) : std::nullopt;
    while (i < t.size()) {
        ScannedMember m;
        m.member.begin = i;
        if (object) {
            if (t[i] != '"') return std::nullopt;
            const std::size_t key_end = skip_string(t, i);
            if (key_end == std::string_view::npos) return std::nullopt;
            m.key = t.substr(i + 1, key_end - i - 2);
            i = skip_space(t, key_end);
            if (i >= t.size() || t[i] != ':') return std::nullopt;
            i = skip_space(t, i + 1);
        }
        m.value.begin = i;
        i = skip_value(t, i);
        if (i == std::string_view::npos) return std::nullopt;
        m.value.end = m.member.end = i;
        out.push_back(m);
        i = skip_space(t, i);
        if (i >= t.size()) return std::nullopt;
        if (t[i] == close) return i + 1 == span.end ? std::optional(std::move(out)) : std::nullopt;
        if (t[i] != ',') return std::nullopt;
        i = skip_space(t, i + 1);
    }
    return std::nullopt;
}

}  // namespace

std::optional<std::vector<ScannedMember>> scan_object_members(std::string_view text, TextSpan object) {
    return scan_items(text, object, true);
}

std::optional<std::vector<ScannedMember>> scan_top_members(std::string_view text) {
    const std::size_t begin = skip_space(text, 0);
    const std::size_t end = skip_value(text, begin);
    if (end == std::string_view::npos || text[begin] != '{' || skip_space(text, end) != text.size()) return std::nullopt;
    return scan_items(text, {begin, end}, true);
}

std::optional<std::vector<TextSpan>> scan_array_items(std::string_view text, TextSpan array) {
    auto items = scan_items(text, array, false);
    if (!items) return std::nullopt;
    std::vector<TextSpan> out;
    out.reserve(items->size());
    for (const auto& m : *items) out.push_back(m.value);
    return out;
}

std::optional<TextSpan> sliceable_member(std::string_view text, std::string_view key, char open) {
    auto members = scan_top_members(text);
    if (!members) return std::nullopt;
    std::optional<TextSpan> found;
    for (const auto& m : *members) {
        if (m.key.find('\\') != std::string_view::npos) return std::nullopt;
        if (m.key != key) continue;
        if (found) return std::nullopt;
        found = m.value;
    }
    if (!found || text[found->begin] != open) return std::nullopt;
    return found;
}

std::string without_value(std::string_view text, TextSpan value, std::string_view empty) {
    std::string out;
    out.reserve(text.size() - (value.end - value.begin) + empty.size());
    out.append(text.substr(0, value.begin)).append(empty).append(text.substr(value.end));
    return out;
}

}  // namespace ometer
