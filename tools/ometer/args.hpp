// Command-line parsing for `ometer`: options declared per subcommand, so an unknown or malformed option
// is a one-line error instead of being silently ignored.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "core/result.hpp"

namespace ometer::cli {

struct Args {
    std::map<std::string, std::string> options;  // "--region" -> "uk"; flags map to ""
    std::vector<std::string> positional;

    bool has(const std::string& name) const { return options.count(name) > 0; }
    std::string get(const std::string& name, const std::string& fallback) const {
        auto it = options.find(name);
        return it == options.end() ? fallback : it->second;
    }
};

// `with_value`: options that take a value (--limit 5 or --limit=5); `flags`: options that do not.
Result<Args> parse_args(const std::vector<std::string>& argv, const std::set<std::string>& with_value,
                        const std::set<std::string>& flags);

// Text from the command line or a data file as it may be shown in a one-line message: control characters
// (newlines, terminal escapes), C1 controls, invisible and bidirectional-override characters and invalid
// UTF-8 bytes are shown escaped (\n, \x1b, \u{202e}, \xff), and input longer than `max_bytes` is cut (on a
// character boundary) with "...". The result is printable ASCII plus valid UTF-8 letters and symbols.
inline constexpr std::size_t kMaxEchoBytes = 80;
std::string printable(std::string_view text, std::size_t max_bytes = kMaxEchoBytes);

// A whole number in [lo, hi], or an error naming the option.
Result<long> parse_int_option(const Args& args, const std::string& name, long fallback, long lo, long hi);

}  // namespace ometer::cli
