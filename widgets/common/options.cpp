// Embed options parsing; see options.hpp.
#include "widgets/common/options.hpp"

#include <cstdlib>
#include <optional>
#include <string>

#include "core/text.hpp"

namespace ometer::widgets {

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\r')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\r')) s.remove_suffix(1);
    return s;
}

bool parse_hex_colour(std::string_view v, unsigned& out) {
    if (v.size() == 7 && v[0] == '#') v.remove_prefix(1);
    if (v.size() != 6) return false;
    unsigned value = 0;
    for (char c : v) {
        int d = c >= '0' && c <= '9' ? c - '0' : c >= 'a' && c <= 'f' ? c - 'a' + 10 : c >= 'A' && c <= 'F' ? c - 'A' + 10 : -1;
        if (d < 0) return false;
        value = value * 16 + static_cast<unsigned>(d);
    }
    out = value;
    return true;
}

// A number written in full ("1.25", nothing after it) from `low` to `high`; "nan" is never in range.
std::optional<float> number_in(std::string_view value, double low, double high) {
    const std::string text(value);
    char* end = nullptr;
    const double f = std::strtod(text.c_str(), &end);
    if (text.empty() || *end != '\0' || !(f >= low && f <= high)) return std::nullopt;
    return static_cast<float>(f);
}

}  // namespace

ParsedOptions parse_options(std::string_view text) {
    ParsedOptions p;
    Options& o = p.options;
    auto warn = [&](std::string_view key, std::string_view value, const std::string& fallback) {
        p.warnings.push_back(std::string(key) + ": \"" + utf8_sanitise(utf8_truncate(value, 40)) + "\" is not valid; using " + fallback);
    };
    std::size_t pos = 0;
    while (pos < text.size()) {
        std::size_t end = text.find('\n', pos);
        if (end == std::string_view::npos) end = text.size();
        std::string_view line = trim(text.substr(pos, end - pos));
        pos = end + 1;
        if (line.empty()) continue;
        std::size_t eq = line.find('=');
        std::string_view key = trim(line.substr(0, eq));
        std::string_view value = eq == std::string_view::npos ? std::string_view{} : trim(line.substr(eq + 1));
        if (key == "widget") {
            if (value == "careerometer" || value == "skillsometer") o.widget = std::string(value);
            else warn(key, value, "careerometer");
        } else if (key == "region") {
            if (auto r = parse_region(value)) o.region = *r;
            else warn(key, value, "uk");
        } else if (key == "theme") {
            if (value == "light") o.theme = ThemeKind::light;
            else if (value == "dark") o.theme = ThemeKind::dark;
            else if (value == "high-contrast") o.theme = ThemeKind::high_contrast;
            else if (value == "system") o.theme = ThemeKind::system;
            else warn(key, value, "light");
        } else if (key == "accent") {
            unsigned colour = 0;
            if (parse_hex_colour(value, colour)) o.accent = colour;
            else warn(key, value, "the theme's colour");
        } else if (key == "font-scale") {
            if (auto f = number_in(value, 0.8, 1.6)) o.font_scale = *f;
            else warn(key, value, "1 (allowed: 0.8 to 1.6)");
        } else if (key == "text-size") {
            if (auto f = number_in(value, 0.5, 2)) o.text_size = *f;
            else warn(key, value, "1 (allowed: 0.5 to 2)");
        } else if (key == "system-colours") {
            std::vector<unsigned> colours;
            std::size_t start = 0;
            while (start <= value.size()) {
                std::size_t comma = value.find(',', start);
                if (comma == std::string_view::npos) comma = value.size();
                unsigned c = 0;
                if (!parse_hex_colour(trim(value.substr(start, comma - start)), c)) break;
                colours.push_back(c);
                start = comma + 1;
            }
            if (colours.size() == kSystemColours) o.system_colours = std::move(colours);
            else warn(key, value, "the high-contrast theme");
        } else if (key == "occupations") {
            std::size_t start = 0;
            std::string v(value);
            while (start <= v.size()) {
                std::size_t comma = v.find(',', start);
                if (comma == std::string::npos) comma = v.size();
                std::string code(trim(std::string_view(v).substr(start, comma - start)));
                if (!code.empty() && o.occupations.size() < 3) o.occupations.push_back(code);
                start = comma + 1;
            }
        } else if (key == "form") {
            if (value == "30" || value == "60") o.form = std::string(value);
            else warn(key, value, "30");
        } else if (key == "scale") {
            if (auto s = parse_scale(value)) o.scale = *s;
            else warn(key, value, "3");
        } else if (key == "reduced-motion") {
            o.reduced_motion = value == "1" || value == "true";
        } else if (key == "fixed-height") {
            o.fixed_height = value == "1" || value == "true";
        } else if (key == "back") {
            o.back = value == "1" || value == "true";
        } else if (key == "lang") {
            if (value != "en-GB") warn(key, value, "en-GB");
        } else if (!key.empty()) {
            p.warnings.push_back("unknown option \"" + utf8_sanitise(utf8_truncate(key, 40)) + "\" ignored");
        }
    }
    return p;
}

}  // namespace ometer::widgets

