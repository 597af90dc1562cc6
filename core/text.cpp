// Text folding and UTF-8 helpers; see text.hpp. Just over 400 lines because the one spelling table (the
// words search and the pipeline fold alike) lives here, so there is exactly one copy of it.
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

void fold_impl(std::string_view text, std::string& out, std::vector<std::uint32_t>* offsets) {
    out.clear();
    out.reserve(text.size());
    if (offsets) offsets->clear();
    std::string piece;
    bool pending_space = false;
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t start = i;
        // ASCII letters and digits, most of every title and query, skip the general path.
        char ascii = text[i];
        if (ascii >= 'A' && ascii <= 'Z') ascii = static_cast<char>(ascii - 'A' + 'a');
        if ((ascii >= 'a' && ascii <= 'z') || (ascii >= '0' && ascii <= '9')) {
            if (pending_space && !out.empty()) {
                out += ' ';
                if (offsets) offsets->push_back(static_cast<std::uint32_t>(start));
            }
            pending_space = false;
            out += ascii;
            if (offsets) offsets->push_back(static_cast<std::uint32_t>(start));
            ++i;
            continue;
        }
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
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// The one spelling table, shared by search (core/search.cpp) and the data pipeline's title matching
// (tools/pack/crosswalk.cpp, us_bundle.cpp).
// Spellings: whole words whose UK and US (or older) forms no suffix rule in spelling_key can reach,
// form -> key. The key is what other forms reach by the rules ("draftsman" and "draftswoman" reach
// "draftsperson" by the gendered-compound rule; "draughtsmen" reaches its entry once the plural is gone).
// US words: a different word for the same job in American titles, applied on top of the spelling key only
// when UK titles are matched with O*NET's (title_word_key). Search leaves them out: in UK titles a
// "drafter" is a textile or stone worker, not a draughtsman, and it has its own weighted word forms
// (lorry/truck) for what students type.
struct SpellingEntry {
    std::string_view from, to;
    bool us_word;  // false: a spelling (search and title matching); true: title matching only
};
constexpr SpellingEntry kSpellingTable[] = {
    {"adviser", "advisor", false},       {"aluminium", "aluminum", false},   {"artefact", "artifact", false},
    {"catalogue", "catalog", false},     {"cheque", "check", false},         {"defence", "defense", false},
    {"draughtsman", "draftsperson", false}, {"draughtsperson", "draftsperson", false},
    {"draughtswoman", "draftsperson", false}, {"grey", "gray", false},
    {"jewellery", "jewelry", false},     {"kerb", "curb", false},            {"licence", "license", false},
    {"manoeuvre", "maneuver", false},    {"mathematics", "math", false},     {"maths", "math", false},
    {"mould", "mold", false},            {"moulder", "molder", false},       {"moulding", "molding", false},
    {"offence", "offense", false},       {"plough", "plow", false},          {"programme", "program", false},
    {"pyjama", "pajama", false},         {"sceptic", "skeptic", false},      {"storey", "story", false},
    {"sulphur", "sulfur", false},        {"tyre", "tire", false},
    // US words, keyed by the UK word's spelling key, so every spelling and plural of it reaches them.
    {"draftsperson", "drafter", true},      {"lorry", "truck", true},           {"operative", "operator", true},
};

std::string_view table_key(std::string_view w, bool us_words) {
    for (const auto& e : kSpellingTable)
        if (e.us_word == us_words && w == e.from) return e.to;
    return {};
}

std::string_view whole_word_key(std::string_view w) { return table_key(w, false); }

void replace_all(std::string& s, std::string_view from, std::string_view to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}

}  // namespace

std::string fold(std::string_view text) {
    std::string out;
    fold_impl(text, out, nullptr);
    return out;
}

void fold_into(std::string_view text, std::string& out) { fold_impl(text, out, nullptr); }

std::string fold_with_offsets(std::string_view text, std::vector<std::uint32_t>& source_offsets) {
    std::string out;
    fold_impl(text, out, &source_offsets);
    return out;
}

void split_words_into(std::string_view folded, std::vector<std::string_view>& words) {
    words.clear();
    std::size_t i = 0;
    while (i < folded.size()) {
        while (i < folded.size() && folded[i] == ' ') ++i;
        std::size_t j = i;
        while (j < folded.size() && folded[j] != ' ') ++j;
        if (j > i) words.push_back(folded.substr(i, j - i));
        i = j;
    }
}

std::vector<std::string_view> split_words(std::string_view folded) {
    std::vector<std::string_view> words;
    split_words_into(folded, words);
    return words;
}

std::string spelling_key(std::string_view word) {
    if (auto k = whole_word_key(word); !k.empty()) return std::string(k);
    std::string w(word);
    if (w.size() <= 3) return w;
    // Plurals: nurses, nannies, coaches, firemen.
    if (ends_with(w, "ies") && w.size() > 4) w.replace(w.size() - 3, 3, "y");
    else if (ends_with(w, "sses") || ends_with(w, "xes") || ends_with(w, "ches") || ends_with(w, "shes"))
        w.erase(w.size() - 2);
    else if (ends_with(w, "men") && w.size() > 4) w.replace(w.size() - 3, 3, "man");
    else if (w.back() == 's' && !ends_with(w, "ss") && !ends_with(w, "us") && !ends_with(w, "is")) w.pop_back();
    if (auto k = whole_word_key(w); !k.empty()) return std::string(k);
    if (w.size() <= 4) return w;
    // -ise/-ize, -yse/-yze: organiser, analyser, specialise.
    for (std::string_view z : {"ization", "izer", "izing", "ized", "ize", "yzer", "yze"})
        if (ends_with(w, z)) {
            w[w.size() - z.size() + 1] = 's';
            break;
        }
    replace_all(w, "our", "or");                            // labour, colour, harbour, odour, behaviour
    if (ends_with(w, "tre") || ends_with(w, "bre")) w.replace(w.size() - 2, 2, "er");  // centre, fibre
    if (w.size() > 5) replace_all(w, "ae", "e");            // paediatric, anaesthetist, haematology
    if (w.compare(0, 2, "oe") == 0) w.erase(0, 1);          // oesophageal
    for (std::string_view s : {"ller", "llor", "lling", "lled", "llery"})  // counsellor, modelling, jeweller
        if (ends_with(w, s)) {
            w.erase(w.size() - s.size(), 1);
            break;
        }
    if (ends_with(w, "ogue")) w.erase(w.size() - 2);        // catalogue
    if (ends_with(w, "mme")) w.erase(w.size() - 2);         // programme
    // Gendered compounds: salesman, saleswoman and salesperson are one job title.
    for (std::string_view s : {"woman", "person", "man"})
        if (ends_with(w, s) && w.size() > s.size() + 2) {
            w.replace(w.size() - s.size(), std::string::npos, "person");
            break;
        }
    return w;
}

std::vector<std::string> spelling_keys(std::string_view text) {
    std::vector<std::string> keys;
    const std::string folded = fold(text);
    for (std::string_view w : split_words(folded)) keys.push_back(spelling_key(w));
    return keys;
}

std::string title_word_key(std::string_view word) {
    std::string key = spelling_key(word);
    if (auto us = table_key(key, true); !us.empty()) return std::string(us);
    return key;
}

std::vector<std::string> title_word_keys(std::string_view text) {
    std::vector<std::string> keys;
    const std::string folded = fold(text);
    for (std::string_view w : split_words(folded)) keys.push_back(title_word_key(w));
    return keys;
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
    if (max_distance < 0) return a == b ? 0 : 1;
    if (std::abs(n - m) > max_distance) return max_distance + 1;
    if (n > 64 || m > 64) return a == b ? 0 : max_distance + 1;
    // Common prefixes and suffixes cost nothing; most candidate pairs differ in a letter or two.
    int skip = 0;
    while (skip < n && skip < m && a[static_cast<std::size_t>(skip)] == b[static_cast<std::size_t>(skip)]) ++skip;
    a.remove_prefix(static_cast<std::size_t>(skip));
    b.remove_prefix(static_cast<std::size_t>(skip));
    while (!a.empty() && !b.empty() && a.back() == b.back()) {
        a.remove_suffix(1);
        b.remove_suffix(1);
    }
    const int la = static_cast<int>(a.size()), lb = static_cast<int>(b.size());
    if (la == 0 || lb == 0) return std::min(std::max(la, lb), max_distance + 1);
    // Three rolling rows (the third for adjacent transpositions), only the band |i - j| <= max_distance
    // computed; cells outside the band count as "too far".
    const int far = max_distance + 1;
    std::array<int, 66> r0{}, r1{}, r2{};
    int* prev2 = r0.data();
    int* prev = r1.data();
    int* cur = r2.data();
    for (int j = 0; j <= lb; ++j) prev[j] = std::min(j, far);
    for (int i = 1; i <= la; ++i) {
        const int lo = std::max(1, i - max_distance), hi = std::min(lb, i + max_distance);
        cur[0] = std::min(i, far);
        if (lo > 1) cur[lo - 1] = far;
        int row_min = lo == 1 ? cur[0] : far;
        for (int j = lo; j <= hi; ++j) {
            const char ca = a[static_cast<std::size_t>(i - 1)], cb = b[static_cast<std::size_t>(j - 1)];
            int v = std::min({prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + (ca == cb ? 0 : 1)});
            if (i > 1 && j > 1 && ca == b[static_cast<std::size_t>(j - 2)] && a[static_cast<std::size_t>(i - 2)] == cb)
                v = std::min(v, prev2[j - 2] + 1);
            cur[j] = std::min(v, far);
            row_min = std::min(row_min, cur[j]);
        }
        if (hi < lb) cur[hi + 1] = far;
        if (row_min > max_distance) return far;
        int* t = prev2;
        prev2 = prev;
        prev = cur;
        cur = t;
    }
    return std::min(prev[lb], far);
}

EditDistanceMatcher::EditDistanceMatcher(std::string_view word) : word_(word) {
    if (word_.size() > 64) return;
    for (std::size_t i = 0; i < word_.size(); ++i) masks_[static_cast<unsigned char>(word_[i])] |= std::uint64_t{1} << i;
}

int EditDistanceMatcher::distance(std::string_view other, int max_distance) const {
    const std::size_t m = word_.size();
    if (m > 64 || m == 0 || other.empty() || max_distance < 0) return bounded_edit_distance(word_, other, max_distance);
    const int far = max_distance + 1;
    if (std::abs(static_cast<int>(m) - static_cast<int>(other.size())) > max_distance) return far;
    // Myers' bit-vector recurrence over the columns of `other`, with Hyyro's term for adjacent
    // transpositions; `score` tracks the last row, the distance between the whole words.
    const std::uint64_t last = std::uint64_t{1} << (m - 1);
    std::uint64_t vp = m == 64 ? ~std::uint64_t{0} : (std::uint64_t{1} << m) - 1, vn = 0, d0 = 0, prev_eq = 0;
    int score = static_cast<int>(m);
    for (char ch : other) {
        const std::uint64_t eq = masks_[static_cast<unsigned char>(ch)];
        const std::uint64_t tr = (((~d0) & eq) << 1) & prev_eq;
        d0 = (((eq & vp) + vp) ^ vp) | eq | vn | tr;
        std::uint64_t hp = vn | ~(d0 | vp), hn = d0 & vp;
        if (hp & last) ++score;
        else if (hn & last) --score;
        hp = (hp << 1) | 1;
        hn <<= 1;
        vp = hn | ~(d0 | hp);
        vn = d0 & hp;
        prev_eq = eq;
    }
    return std::min(score, far);
}

}  // namespace ometer
