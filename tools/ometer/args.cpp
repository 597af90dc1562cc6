// Command-line parsing; see args.hpp.
#include "tools/ometer/args.hpp"

#include <cctype>
#include <cerrno>
#include <cstdlib>

namespace ometer::cli {

Result<Args> parse_args(const std::vector<std::string>& argv, const std::set<std::string>& with_value,
                        const std::set<std::string>& flags) {
    Args a;
    bool only_positional = false;
    for (std::size_t i = 0; i < argv.size(); ++i) {
        const std::string& arg = argv[i];
        if (only_positional || arg.size() < 2 || arg.compare(0, 2, "--") != 0) {
            if (!only_positional && arg.size() > 1 && arg[0] == '-' && arg != "-" &&
                !(arg.size() > 1 && (std::isdigit(static_cast<unsigned char>(arg[1])) != 0)))
                return Error{"unknown option " + arg};
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
            return Error{"unknown option " + name};
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
                     ", got \"" + v + "\""};
    return n;
}

}  // namespace ometer::cli
