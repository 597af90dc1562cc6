// Results codes; see results_code.hpp. Layout, in base-32 symbols after the prefix ("SK" quiz or "CM"
// comparison, then the layout version):
//   p0      quiz: statements' version (3 bits), form (1 = the full 60), scale (1 = five points);
//           comparison: region (1 = US), number of jobs - 1 (2 bits)
//   p1 p2   the data release (months since January 2026)
//   body    quiz: the answers as one number in base 3 or 5; comparison: the job codes as one number
//   c1 c2   CRC-10 of everything before, prefix included
#include "core/results_code.hpp"

#include <algorithm>
#include <cmath>
#include <cstdint>

namespace ometer {

namespace {

constexpr std::string_view kAlphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
constexpr std::uint32_t kCrcPoly = 0x233;  // CRC-10 (x^10 + x^9 + x^5 + x^4 + x + 1)
constexpr std::uint64_t kUsCodeBase = 100000000;  // "47-2111.00" -> 47211100
constexpr std::uint64_t kUkCodeBase = 10000;

int symbol_value(char c) {
    const auto at = kAlphabet.find(c);
    return at == std::string_view::npos ? -1 : static_cast<int>(at);
}

std::uint32_t crc10(const std::vector<int>& symbols) {
    std::uint32_t crc = 0;
    for (int s : symbols)
        for (int bit = 4; bit >= 0; --bit) {
            const std::uint32_t in = (static_cast<std::uint32_t>(s) >> bit) & 1u;
            const std::uint32_t top = (crc >> 9) & 1u;
            crc = (crc << 1) & 0x3FFu;
            if (top ^ in) crc ^= kCrcPoly & 0x3FFu;
        }
    return crc;
}

// A big number as base-32 digits, most significant first, built by multiply-and-add.
struct Big {
    std::vector<int> digits;  // base 32, most significant first
    void mul_add(std::uint64_t mul, std::uint64_t add) {
        std::uint64_t carry = add;
        for (auto it = digits.rbegin(); it != digits.rend(); ++it) {
            const std::uint64_t v = static_cast<std::uint64_t>(*it) * mul + carry;
            *it = static_cast<int>(v % 32);
            carry = v / 32;
        }
        while (carry) {
            digits.insert(digits.begin(), static_cast<int>(carry % 32));
            carry /= 32;
        }
    }
    // Divides by `div` in place; returns the remainder.
    std::uint64_t div_mod(std::uint64_t div) {
        std::uint64_t rem = 0;
        for (int& d : digits) {
            const std::uint64_t v = rem * 32 + static_cast<std::uint64_t>(d);
            d = static_cast<int>(v / div);
            rem = v % div;
        }
        return rem;
    }
    bool zero() const {
        return std::all_of(digits.begin(), digits.end(), [](int d) { return d == 0; });
    }
};

// Symbols needed for `count` values in base `base`.
std::size_t body_length(std::size_t count, std::uint64_t base) {
    return static_cast<std::size_t>(std::ceil(static_cast<double>(count) * std::log2(static_cast<double>(base)) / 5.0 - 1e-9));
}

std::vector<int> to_symbols(const std::vector<std::uint64_t>& values, std::uint64_t base) {
    Big b;
    for (std::uint64_t v : values) b.mul_add(base, v);
    const std::size_t len = body_length(values.size(), base);
    std::vector<int> out(len > b.digits.size() ? len - b.digits.size() : 0, 0);
    out.insert(out.end(), b.digits.begin(), b.digits.end());
    return out;
}

// The inverse: `count` values in base `base`; nullopt when the number is too large for them.
std::optional<std::vector<std::uint64_t>> from_symbols(const std::vector<int>& symbols, std::size_t count, std::uint64_t base) {
    Big b{symbols};
    std::vector<std::uint64_t> values(count);
    for (std::size_t i = count; i-- > 0;) values[i] = b.div_mod(base);
    if (!b.zero()) return std::nullopt;
    return values;
}

std::string format_code(std::string_view prefix, const std::vector<int>& symbols) {
    std::string out(prefix);
    for (std::size_t i = 0; i < symbols.size(); ++i) {
        if (i % 4 == 0) out += '-';
        out += kAlphabet[static_cast<std::size_t>(symbols[i])];
    }
    return out;
}

Result<std::string> finish(const std::string& kind, std::vector<int> symbols) {
    std::vector<int> all = {symbol_value(kind[0]), symbol_value(kind[1]), kResultsCodeVersion};
    all.insert(all.end(), symbols.begin(), symbols.end());
    const std::uint32_t crc = crc10(all);
    symbols.push_back(static_cast<int>(crc >> 5));
    symbols.push_back(static_cast<int>(crc & 31u));
    return format_code(kind + std::string(1, kAlphabet[kResultsCodeVersion]), symbols);
}

void put_stamp(std::vector<int>& symbols, std::string_view data_version) {
    const int stamp = data_stamp(data_version);
    symbols.push_back(stamp >> 5);
    symbols.push_back(stamp & 31);
}

std::optional<std::uint64_t> code_number(Region region, const std::string& code) {
    std::uint64_t v = 0;
    if (region == Region::uk) {
        if (code.size() != 4) return std::nullopt;
        for (char c : code) {
            if (c < '0' || c > '9') return std::nullopt;
            v = v * 10 + static_cast<std::uint64_t>(c - '0');
        }
        return v;
    }
    // XX-XXXX.XX
    if (code.size() != 10 || code[2] != '-' || code[7] != '.') return std::nullopt;
    for (std::size_t i = 0; i < code.size(); ++i) {
        if (i == 2 || i == 7) continue;
        if (code[i] < '0' || code[i] > '9') return std::nullopt;
        v = v * 10 + static_cast<std::uint64_t>(code[i] - '0');
    }
    return v;
}

std::string code_text(Region region, std::uint64_t v) {
    if (region == Region::uk) {
        std::string s = std::to_string(v);
        return std::string(4 - std::min<std::size_t>(4, s.size()), '0') + s;
    }
    std::string d = std::to_string(v);
    d = std::string(8 - std::min<std::size_t>(8, d.size()), '0') + d;
    return d.substr(0, 2) + "-" + d.substr(2, 4) + "." + d.substr(6, 2);
}

const char* group_name(std::size_t group) {
    static const char* names[] = {"first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth"};
    return group < 10 ? names[group] : "last";
}

// What follows the prefix in a quiz or comparison code: the body's length and base from p0.
struct Shape {
    std::size_t body = 0;
    std::size_t count = 0;
    std::uint64_t base = 0;
};

std::optional<Shape> shape_of(bool quiz, int p0) {
    if (quiz) {
        const std::size_t count = (p0 >> 1) & 1 ? 60 : 30;
        const std::uint64_t base = p0 & 1 ? 5 : 3;
        return Shape{body_length(count, base), count, base};
    }
    const std::size_t count = static_cast<std::size_t>(p0 & 3) + 1;
    if (count > 3) return std::nullopt;
    const std::uint64_t base = (p0 >> 2) & 1 ? kUsCodeBase : kUkCodeBase;
    return Shape{body_length(count, base), count, base};
}

}  // namespace

int data_stamp(std::string_view v) {
    // "YYYY.MM" or "YYYY.MM.n"
    if (v.size() < 7 || v[4] != '.') return 0;
    int year = 0, month = 0;
    for (std::size_t i = 0; i < 4; ++i) {
        if (v[i] < '0' || v[i] > '9') return 0;
        year = year * 10 + (v[i] - '0');
    }
    for (std::size_t i = 5; i < 7; ++i) {
        if (v[i] < '0' || v[i] > '9') return 0;
        month = month * 10 + (v[i] - '0');
    }
    if (month < 1 || month > 12 || year < 2026) return 0;
    return std::min(1023, (year - 2026) * 12 + month - 1);
}

Result<std::string> encode_quiz_code(const QuizCode& quiz, std::string_view data_version) {
    const bool full = quiz.form == kFullForm;
    if (!full && quiz.form != kQuickForm) return Error{"code: the form must be 60 or 30, got \"" + quiz.form + "\""};
    const std::size_t count = full ? 60 : 30;
    if (quiz.choices.size() != count)
        return Error{"code: the " + quiz.form + "-statement form needs " + std::to_string(count) + " answers, got " +
                     std::to_string(quiz.choices.size())};
    const int points = scale_points(quiz.scale);
    std::vector<std::uint64_t> values;
    for (std::size_t i = 0; i < count; ++i) {
        if (quiz.choices[i] < 0 || quiz.choices[i] >= points)
            return Error{"code: answer " + std::to_string(i + 1) + " is not on the " + std::to_string(points) + "-point scale"};
        values.push_back(static_cast<std::uint64_t>(quiz.choices[i]));
    }
    std::vector<int> symbols = {(kQuizItemsVersion & 7) << 2 | (full ? 2 : 0) | (points == 5 ? 1 : 0)};
    put_stamp(symbols, data_version);
    auto body = to_symbols(values, static_cast<std::uint64_t>(points));
    symbols.insert(symbols.end(), body.begin(), body.end());
    return finish("SK", symbols);
}

Result<std::string> encode_compare_code(const CompareCode& compare, std::string_view data_version) {
    if (compare.codes.empty() || compare.codes.size() > 3)
        return Error{"code: give one to three job codes, got " + std::to_string(compare.codes.size())};
    std::vector<std::uint64_t> values;
    for (const auto& c : compare.codes) {
        auto v = code_number(compare.region, c);
        if (!v)
            return Error{"code: \"" + c + "\" is not a " + std::string(compare.region == Region::uk ? "SOC 2020 code like 5241"
                                                                                                  : "O*NET-SOC code like 47-2111.00")};
        values.push_back(*v);
    }
    std::vector<int> symbols = {(compare.region == Region::us ? 4 : 0) | static_cast<int>(compare.codes.size() - 1)};
    put_stamp(symbols, data_version);
    auto body = to_symbols(values, compare.region == Region::us ? kUsCodeBase : kUkCodeBase);
    symbols.insert(symbols.end(), body.begin(), body.end());
    return finish("CM", symbols);
}

Result<DecodedCode> decode_results_code(std::string_view text) {
    // As typed: any case, dashes and spaces anywhere; O, I and L are the 0, 1 and 1 they look like.
    std::string s;
    std::vector<std::size_t> group;  // each kept character's group of four (the prefix is group 0)
    std::size_t in_group = 0, g = 0;
    for (char c : text) {
        if (c == '-' || c == ' ' || c == '\t' || c == '\n' || c == '\r') {
            if (in_group > 0) {
                ++g;
                in_group = 0;
            }
            continue;
        }
        char u = c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
        if (u == 'O') u = '0';
        if (u == 'I' || u == 'L') u = '1';
        if (symbol_value(u) < 0) {
            const bool printable = static_cast<unsigned char>(c) >= 0x20 && static_cast<unsigned char>(c) < 0x7F;
            return Error{std::string("The ") + group_name(g) + " group has " +
                         (printable ? "'" + std::string(1, c) + "'" : std::string("a character")) +
                         ", which results codes never use. Check that group against the original."};
        }
        s += u;
        group.push_back(g);
        ++in_group;
    }
    if (s.size() < 3) return Error{"That is too short to be a results code: they look like SK1-7Q4M-2K9D-..."};
    const std::string kind = s.substr(0, 2);
    if (kind != "SK" && kind != "CM")
        return Error{"That isn't a results code: quiz codes start with SK and comparison codes with CM."};
    const int version = symbol_value(s[2]);
    if (version != kResultsCodeVersion)
        return Error{version > kResultsCodeVersion ? "This code was made by a newer version of the widgets, so this copy can't "
                                                     "open it. Ask the school to update the widget."
                                                   : "This results code is not in a form this widget knows."};
    std::vector<int> sym;
    for (std::size_t i = 3; i < s.size(); ++i) sym.push_back(symbol_value(s[i]));
    const bool quiz = kind == "SK";
    auto expected_length = [&](int p0) -> std::optional<std::size_t> {
        auto shape = shape_of(quiz, p0);
        if (!shape) return std::nullopt;
        return 3 + shape->body + 2;
    };
    if (sym.empty() || !expected_length(sym[0]))
        return Error{"This code is too short: check you copied all of it."};
    const std::size_t want = *expected_length(sym[0]);
    if (sym.size() != want) {
        // The first symbol may itself be mistyped; say what we can.
        return Error{std::string("This code is too ") + (sym.size() < want ? "short" : "long") +
                     ": check you copied all of it, and only it."};
    }
    std::vector<int> all = {symbol_value(kind[0]), symbol_value(kind[1]), version};
    all.insert(all.end(), sym.begin(), sym.end() - 2);
    const std::uint32_t crc = crc10(all);
    if (static_cast<int>(crc >> 5) != sym[want - 2] || static_cast<int>(crc & 31u) != sym[want - 1]) {
        // Which group? Try every single-character change; name the group when they all point to one.
        std::vector<std::size_t> suspects;
        for (std::size_t i = 0; i < sym.size(); ++i)
            for (int v = 0; v < 32; ++v) {
                if (v == sym[i]) continue;
                std::vector<int> t = sym;
                t[i] = v;
                if (i == 0 && expected_length(v) != want) continue;
                std::vector<int> tall = {symbol_value(kind[0]), symbol_value(kind[1]), version};
                tall.insert(tall.end(), t.begin(), t.end() - 2);
                const std::uint32_t c = crc10(tall);
                if (static_cast<int>(c >> 5) == t[want - 2] && static_cast<int>(c & 31u) == t[want - 1]) suspects.push_back(group[i + 3]);
            }
        std::sort(suspects.begin(), suspects.end());
        suspects.erase(std::unique(suspects.begin(), suspects.end()), suspects.end());
        if (suspects.size() == 1)
            return Error{std::string("The ") + group_name(suspects[0]) + " group looks mistyped. Check it against the original."};
        return Error{"Part of this code looks mistyped. Check each group of four against the original."};
    }
    DecodedCode out;
    out.is_quiz = quiz;
    out.data_stamp = sym[1] << 5 | sym[2];
    const Shape shape = *shape_of(quiz, sym[0]);
    const std::vector<int> body(sym.begin() + 3, sym.end() - 2);
    auto values = from_symbols(body, shape.count, shape.base);
    if (!values) return Error{"This code's answers don't fit its quiz. Check each group of four against the original."};
    if (quiz) {
        out.items_version = sym[0] >> 2;
        out.quiz.form = shape.count == 60 ? std::string(kFullForm) : std::string(kQuickForm);
        out.quiz.scale = shape.base == 5 ? AnswerScale::likert5 : AnswerScale::emoji3;
        for (auto v : *values) out.quiz.choices.push_back(static_cast<int>(v));
    } else {
        out.compare.region = shape.base == kUsCodeBase ? Region::us : Region::uk;
        for (auto v : *values) out.compare.codes.push_back(code_text(out.compare.region, v));
    }
    return out;
}

std::string code_version_note(const DecodedCode& code, std::string_view data_version) {
    const int here = data_stamp(data_version);
    if (code.is_quiz && code.items_version > kQuizItemsVersion)
        return "This code was made with a newer version of the quiz, so your results may differ a little.";
    if (code.data_stamp > here) return "This code was made with newer job data than this widget has, so some figures may differ.";
    if (code.data_stamp < here) return "This code was made with older job data; the figures shown are the latest.";
    return {};
}

}  // namespace ometer
