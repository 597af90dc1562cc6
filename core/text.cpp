// Text folding and UTF-8 helpers; see text.hpp.
#include "core/text.hpp"

#include <algorithm>
#include <array>
#include <cstdlib>

namespace ometer {

namespace {

// Decodes one UTF-8 character at `i`; returns the code point and advances `i`, or returns -1 and skips one
// byte for an invalid sequence (overlong, surrogate, truncated or out of range).
std::int32_t decode(std::string_view s, std::size_t& i) {
    auto b0 = static_cast<unsigned char>(s[i]);
    if (b0 < 0x80) {
        ++i;
        return b0;
    }
    int len = b0 >= 0xF0 ? 4 : b0 >= 0xE0 ? 3 : b0 >= 0xC2 ? 2 : 0;
    if (len == 0 || b0 > 0xF4 || i + static_cast<std::size_t>(len) > s.size()) {
        ++i;
        return -1;
    }
    std::int32_t cp = b0 & (0x7F >> len);
    for (int k = 1; k < len; ++k) {
        auto b = static_cast<unsigned char>(s[i + static_cast<std::size_t>(k)]);
        if ((b & 0xC0) != 0x80) {
            ++i;
            return -1;
        }
        cp = (cp << 6) | (b & 0x3F);
    }
    static constexpr std::int32_t min_for_len[] = {0, 0, 0x80, 0x800, 0x10000};
    if (cp < min_for_len[len] || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF)) {
        ++i;
        return -1;
    }
    i += static_cast<std::size_t>(len);
    return cp;
}

void encode(std::int32_t cp, std::string& out) {
    if (cp < 0x80) {
        out += static_cast<char>(cp);
    } else if (cp < 0x800) {
        out += static_cast<char>(0xC0 | (cp >> 6));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += static_cast<char>(0xE0 | (cp >> 12));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    } else {
        out += static_cast<char>(0xF0 | (cp >> 18));
        out += static_cast<char>(0x80 | ((cp >> 12) & 0x3F));
        out += static_cast<char>(0x80 | ((cp >> 6) & 0x3F));
        out += static_cast<char>(0x80 | (cp & 0x3F));
    }
}

// Latin-1 Supplement letters U+00C0..U+00FF folded to ASCII ("" = not a letter: becomes a space).
constexpr std::array<const char*, 64> kLatin1 = {
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // C0-CF
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "ss",  // D0-DF
    "a", "a", "a", "a", "a", "a", "ae", "c", "e", "e", "e", "e", "i", "i", "i", "i",   // E0-EF
    "d", "n", "o", "o", "o", "o", "o",  "",  "o", "u", "u", "u", "u", "y", "th", "y",   // F0-FF
};

// Latin Extended-A U+0100..U+017F: the base letter of each code point, in order (128 entries).
constexpr std::string_view kLatinExtA =
    "aaaaaaccccccccddddeeeeeeeeeegggggggghhhhiiiiiiiiiiiijjkkkllllllllllnnnnnnnnnoooooooorrrrrrssssssssttttttuuuuuuuuuuuuwwyyyzzzzzzs";

static_assert(kLatinExtA.size() == 128, "one base letter per code point U+0100..U+017F");

// Folds one code point: appends its folded text ("" for a word break) and returns true if it is part of
// a word, false if it separates words. `drop` is set for characters that vanish without a break.
bool fold_code_point(std::int32_t cp, std::string& piece, bool& drop) {
    drop = false;
    piece.clear();
    if (cp < 0) return false;
    if (cp < 0x80) {
        char c = static_cast<char>(cp);
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
        if ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9')) {
            piece = c;
            return true;
        }
        if (c == '\'' || c == '`') {
            drop = true;
            return true;
        }
        if (c == '&') {
            piece = "and";
            return false;  // a word of its own
        }
        return false;
    }
    if (cp == 0x2019 || cp == 0x2018 || cp == 0x02BC || cp == 0x00B4) {  // curly and modifier apostrophes
        drop = true;
        return true;
    }
    if (cp >= 0xC0 && cp <= 0xFF) {
        piece = kLatin1[static_cast<std::size_t>(cp - 0xC0)];
        return !piece.empty();
    }
    if (cp >= 0x100 && cp <= 0x17F) {
        std::size_t k = static_cast<std::size_t>(cp - 0x100);
        if (cp == 0x152 || cp == 0x153) piece = "oe";
        else if (cp == 0x132 || cp == 0x133) piece = "ij";
        else if (k < kLatinExtA.size()) piece = kLatinExtA[k];
        return !piece.empty();
    }
    // Punctuation, symbols, spaces, arrows, dingbats, emoji, variation selectors, joiners: word breaks.
    if (cp < 0x250 || (cp >= 0x2000 && cp <= 0x2BFF) || (cp >= 0x3000 && cp <= 0x303F) ||
        (cp >= 0xFE00 && cp <= 0xFE0F) || (cp >= 0xFF00 && cp <= 0xFF0F) || cp >= 0x1F000 || cp == 0xFEFF ||
        (cp >= 0xE000 && cp <= 0xF8FF))
        return false;
    // Combining diacritical marks vanish (a decomposed "e" + U+0301 folds like "é").
    if (cp >= 0x300 && cp <= 0x36F) {
        drop = true;
        return true;
    }
    encode(cp, piece);  // other scripts: kept as they are
    return true;
}

std::string fold_impl(std::string_view text, std::vector<std::uint32_t>* offsets) {
    std::string out;
    out.reserve(text.size());
    if (offsets) offsets->clear();
    std::string piece;
    bool pending_space = false;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t start = i;
        std::int32_t cp = decode(text, i);
        bool drop = false;
        bool in_word = fold_code_point(cp, piece, drop);
        if (drop) continue;
        if (!in_word || piece.empty()) {
            pending_space = true;
            if (piece.empty()) continue;
        }
        if (pending_space && !out.empty()) {
            out += ' ';
            if (offsets) offsets->push_back(static_cast<std::uint32_t>(start));
        }
        pending_space = !in_word;  // "and" from '&' stands alone
        for (char c : piece) {
            out += c;
            if (offsets) offsets->push_back(static_cast<std::uint32_t>(start));
        }
    }
    return out;
}

}  // namespace

std::string fold(std::string_view text) { return fold_impl(text, nullptr); }

std::string fold_with_offsets(std::string_view text, std::vector<std::uint32_t>& source_offsets) {
    return fold_impl(text, &source_offsets);
}

std::vector<std::string_view> split_words(std::string_view folded) {
    std::vector<std::string_view> words;
    std::size_t i = 0;
    while (i < folded.size()) {
        while (i < folded.size() && folded[i] == ' ') ++i;
        std::size_t j = i;
        while (j < folded.size() && folded[j] != ' ') ++j;
        if (j > i) words.push_back(folded.substr(i, j - i));
        i = j;
    }
    return words;
}

std::string_view utf8_truncate(std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) return text;
    std::size_t end = max_bytes;
    while (end > 0 && (static_cast<unsigned char>(text[end]) & 0xC0) == 0x80) --end;
    return text.substr(0, end);
}

std::string utf8_sanitise(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        std::int32_t cp = decode(text, i);
        if (cp < 0) encode(0xFFFD, out);
        else if (cp < 0x20 || cp == 0x7F) out += ' ';
        else encode(cp, out);
    }
    return out;
}

int bounded_edit_distance(std::string_view a, std::string_view b, int max_distance) {
    const int n = static_cast<int>(a.size()), m = static_cast<int>(b.size());
    if (std::abs(n - m) > max_distance) return max_distance + 1;
    if (n > 64 || m > 64) return a == b ? 0 : max_distance + 1;
    // Three rolling rows for the transposition case; small fixed buffers, no allocation.
    std::array<int, 66> prev2{}, prev{}, cur{};
    for (int j = 0; j <= m; ++j) prev[static_cast<std::size_t>(j)] = j;
    for (int i = 1; i <= n; ++i) {
        cur[0] = i;
        int row_min = cur[0];
        for (int j = 1; j <= m; ++j) {
            auto J = static_cast<std::size_t>(j);
            int cost = a[static_cast<std::size_t>(i - 1)] == b[J - 1] ? 0 : 1;
            int v = std::min({prev[J] + 1, cur[J - 1] + 1, prev[J - 1] + cost});
            if (i > 1 && j > 1 && a[static_cast<std::size_t>(i - 1)] == b[J - 2] &&
                a[static_cast<std::size_t>(i - 2)] == b[J - 1])
                v = std::min(v, prev2[J - 2] + 1);
            cur[J] = v;
            row_min = std::min(row_min, v);
        }
        if (row_min > max_distance) return max_distance + 1;
        prev2 = prev;
        prev = cur;
    }
    return std::min(prev[static_cast<std::size_t>(m)], max_distance + 1);
}

}  // namespace ometer
