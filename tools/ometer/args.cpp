// Command-line parsing; see args.hpp.
#include "tools/ometer/args.hpp"

#include <cctype>
#include <cerrno>
#include <cstdint>
#include <cstdio>
#include <cstdlib>

namespace ometer::cli {

namespace {

// Length of the valid UTF-8 sequence at `i` and its code point, or 0 for an invalid byte (overlong forms,
// surrogates and code points above U+10FFFF are invalid).
std::size_t utf8_sequence(std::string_view s, std::size_t i, std::uint32_t& cp) {
    auto at = [&](std::size_t k) { return static_cast<unsigned char>(s[k]); };
    const unsigned char b = at(i);
    std::size_t len = b >= 0xC2 && b <= 0xDF ? 2 : b >= 0xE0 && b <= 0xEF ? 3 : b >= 0xF0 && b <= 0xF4 ? 4 : 0;
    if (len == 0 || i + len > s.size()) return 0;
    cp = b & (0x7F >> len);
    for (std::size_t k = 1; k < len; ++k) {
        if ((at(i + k) & 0xC0) != 0x80) return 0;
        cp = (cp << 6) | (at(i + k) & 0x3F);
    }
    const std::uint32_t smallest[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < smallest[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) return 0;
    return len;
}

// Characters that change how a terminal shows the rest of the line, or hide text: C1 controls, zero-width
// and bidirectional formatting characters, line and paragraph separators, the byte-order mark.
bool hidden(std::uint32_t cp) {
    return (cp >= 0x80 && cp <= 0x9F) || (cp >= 0x200B && cp <= 0x200F) || (cp >= 0x2028 && cp <= 0x202E) ||
           (cp >= 0x2060 && cp <= 0x2069) || cp == 0xFEFF;
}

}  // namespace

std::string printable(std::string_view text, std::size_t max_bytes) {
    std::string out;
    char buf[16];
    std::size_t i = 0;
    while (i < text.size()) {
        const unsigned char b = static_cast<unsigned char>(text[i]);
        std::uint32_t cp = b;
        std::size_t len = b < 0x80 ? 1 : utf8_sequence(text, i, cp);
        if (i + (len ? len : 1) > max_bytes) {
            out += "...";
            break;
        }
        if (len == 0) {
            std::snprintf(buf, sizeof buf, "\\x%02x", b);
            out += buf;
            len = 1;
        } else if (cp == '\n') {
            out += "\\n";
        } else if (cp == '\t') {
            out += "\\t";
        } else if (cp < 0x20 || cp == 0x7F) {
            std::snprintf(buf, sizeof buf, "\\x%02x", b);
            out += buf;
        } else if (hidden(cp)) {
            std::snprintf(buf, sizeof buf, "\\u{%04x}", static_cast<unsigned>(cp));
            out += buf;
        } else {
            out.append(text, i, len);
        }
        i += len;
    }
    return out;
}

Result<Args> parse_args(const std::vector<std::string>& argv, const std::set<std::string>& with_value,
                        const std::set<std::string>& flags) {
    Args a;
    bool only_positional = false;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& arg = argv[i];
        if (only_positional || arg.size() < 2 || arg.compare(0, 2, "--") != 0) {
            if (!only_positional && arg.size() > 1 && arg[0] == '-' && arg != "-" &&
                !(arg.size() > 1 && (std::isdigit(static_cast<unsigned char>(arg[1])) != 0)))
                return Error{"unknown option " + printable(arg)};
            a.positional.push_back(arg);
            continue;
        }
        if (arg == "--") {
            only_positional = true;
            continue;
        }
        std::string name = arg, value;
        bool inline_value = false;
        if (auto eq = arg.find('='); eq != std::string::npos) {
            name = arg.substr(0, eq);
            value = arg.substr(eq + 1);
            inline_value = true;
        }
        if (flags.count(name)) {
            if (inline_value) return Error{"option " + name + " takes no value"};
            a.options[name] = "";
        } else if (with_value.count(name)) {
            if (!inline_value) {
                if (i + 1 >= argv.size()) return Error{"option " + name + " needs a value"};
                value = argv[++i];
            }
            a.options[name] = value;
        } else {
            return Error{"unknown option " + printable(name)};
        }
    }
    return a;
}

Result<long> parse_int_option(const Args& args, const std::string& name, long fallback, long lo, long hi) {
    if (!args.has(name)) return fallback;
    std::string v = args.get(name, "");
    char* end = nullptr;
    errno = 0;
    long n = std::strtol(v.c_str(), &end, 10);
    if (v.empty() || *end != '\0' || errno == ERANGE || n < lo || n > hi)
        return Error{"option " + name + " must be a whole number from " + std::to_string(lo) + " to " + std::to_string(hi) +
                     ", got \"" + printable(v) + "\""};
    return n;
}

}  // namespace ometer::cli
