// Page commands as both widgets receive them: "verb argument", e.g. "add 5241" or "answer 2".
#pragma once

#include <charconv>
#include <optional>
#include <string_view>

namespace ometer::widgets {

struct Command {
    std::string_view verb, arg;
};

inline Command split_command(std::string_view line) {
    std::size_t sp = line.find(' ');
    if (sp == std::string_view::npos) return {line, {}};
    return {line.substr(0, sp), line.substr(sp + 1)};
}

// A whole decimal number filling all of `s`, or nothing.
inline std::optional<int> parse_int(std::string_view s) {
    int v = 0;
    auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), v);
    if (ec != std::errc() || end != s.data() + s.size()) return std::nullopt;
    return v;
}

}  // namespace ometer::widgets
