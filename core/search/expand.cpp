// Stage 2, expand: each query word to the vocabulary words it may mean, each with a match quality (exact,
// spelling variants and plurals, short forms, completions, compounds, typos), cached between keystrokes.
#include <algorithm>

#include "core/search/pipeline.hpp"
#include "core/search/weights.hpp"
#include "core/search/words.hpp"
#include "core/text.hpp"

namespace ometer::search_detail {

namespace {

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

std::uint8_t shown_chars(std::size_t typed) { return static_cast<std::uint8_t>(std::min<std::size_t>(typed, 255)); }

// One query word's expansions being collected: a vocabulary word appears once, with its best quality.
class Expansions {
public:
    Expansions(const Index& index, Scratch& s, std::vector<Expansion>& out) : index_(index), s_(s), out_(out) {
        out_.clear();
        s_.words.next_pass();
    }
    void add(std::int64_t id, float quality, MatchKind kind, std::uint8_t shown = 0) {
        if (id < 0) return;
        auto w = static_cast<std::uint32_t>(id);
        if (s_.words.contains(w)) {
            Expansion& e = out_[s_.words[w]];
            if (quality > e.quality) {
                e.quality = quality;
                e.shown = shown;
                e.kind = kind;
            }
            return;
        }
        s_.words.set(w, static_cast<std::uint32_t>(out_.size()));
        out_.push_back({w, kNone, quality, 1, shown, kind});
    }
    void add(std::string_view word, float quality, MatchKind kind) { add(index_.find_word(word), quality, kind); }
    // A word form of two title words: `head` must be in the title together with `first`.
    void add_pair(std::int64_t first, std::int64_t head, float quality, MatchKind kind) {
        if (first >= 0 && head >= 0 && first != head)
            out_.push_back({static_cast<std::uint32_t>(head), static_cast<std::uint32_t>(first), quality, 1, 0, kind});
    }
    bool empty() const { return out_.empty(); }

private:
    const Index& index_;
    Scratch& s_;
    std::vector<Expansion>& out_;
};

// The word itself, its spelling variants and plurals, female forms, and other names for it.
void add_forms(const Index& index, std::string_view q, bool is_last, std::int64_t exact, Expansions& out) {
    out.add(exact, kWeights.exact, MatchKind::exact);
    // Spelling variants, plurals and gendered compounds share a spelling key (see text.hpp).
    std::string key = spelling_key(q);
    if (key != q) out.add(key, kWeights.spelling, MatchKind::spelling);
    auto range = std::equal_range(index.spelling.begin(), index.spelling.end(),
                                  std::make_pair(hash_text(key), std::uint32_t{0}),
                                  [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto it = range.first; it != range.second; ++it)
        if (spelling_key(index.word(it->second)) == key) out.add(it->second, kWeights.spelling, MatchKind::spelling);
    // Female forms with their own ending: actress -> actor, waitress -> waiter, headmistress -> headmaster.
    if (q.size() >= kWeights.variant_min_letters && ends_with(q, "ess")) {
        std::string stem(q.substr(0, q.size() - 4));
        out.add(q.substr(0, q.size() - 3), kWeights.variant, MatchKind::variant);
        out.add(stem + "or", kWeights.variant, MatchKind::variant);
        out.add(stem + "er", kWeights.variant, MatchKind::variant);
        if (ends_with(q, "mistress"))
            out.add(std::string(q.substr(0, q.size() - 8)) + "master", kWeights.variant, MatchKind::variant);
    }
    for (const auto& a : kWordForms) {
        if (a.typed != q) continue;
        float quality = is_last ? kWeights.short_form_typing : kWeights.short_form;
        if (a.second.empty())
            out.add(a.first, quality, MatchKind::short_form);
        else
            out.add_pair(index.find_word(a.first), index.find_word(a.second), quality, MatchKind::short_form);
    }
}

// Completions: the word being typed (last) matches generously; an earlier word only when it is 3+ letters
// and not a word of its own ("admin", "tech"). A short prefix keeps its heaviest words only. Returns
// whether there were any.
bool add_completions(const Index& index, Scratch& s, std::string_view q, bool is_last, std::int64_t exact,
                     Expansions& out) {
    if (!is_last && (q.size() < kWeights.earlier_completion_min_letters || exact >= 0)) return false;
    auto [lo, hi] = index.prefix_range(q);
    auto& words = s.completions;
    words.clear();
    for (std::uint32_t id = lo; id < hi; ++id)
        if (static_cast<std::int64_t>(id) != exact) words.push_back(id);
    if (words.size() > kWeights.max_completions) {
        auto heavier = [&index](std::uint32_t a, std::uint32_t b) {
            return index.word_weight[a] != index.word_weight[b] ? index.word_weight[a] > index.word_weight[b] : a < b;
        };
        std::nth_element(words.begin(), words.begin() + kWeights.max_completions, words.end(), heavier);
        words.resize(kWeights.max_completions);
        std::sort(words.begin(), words.end(), heavier);
        std::size_t postings = 0, keep = 0;
        const std::size_t budget = kWeights.completion_postings[std::min<std::size_t>(q.size(), 3)];
        for (; keep < words.size(); ++keep) {
            std::size_t more = index.posting_count(words[keep]);
            if (keep > 0 && postings + more > budget) break;
            postings += more;
        }
        words.resize(keep);
    }
    for (std::uint32_t id : words) {
        float ratio = static_cast<float>(q.size()) / static_cast<float>(index.word(id).size());
        const float quality =
            is_last ? kWeights.completion_base + kWeights.completion_per_typed * ratio
                    : kWeights.earlier_completion_base + kWeights.earlier_completion_per_typed * ratio;
        out.add(id, quality, is_last ? MatchKind::completion : MatchKind::earlier_completion, shown_chars(q.size()));
    }
    return !words.empty();
}

// Typos: one edit from 4 letters, two from 7, keeping one anchor letter or a start that sounds the same.
// While a word is being typed its completions are the likelier intent, so its typos rank a little lower.
void add_typos(const Index& index, std::string_view q, bool is_last, Expansions& out) {
    const int max_d = q.size() >= kWeights.typo_2_edits_min_letters ? 2 : 1;
    const float damp = is_last && !out.empty() ? kWeights.typo_while_typing : 1.0f;
    const float one =
        (q.size() >= kWeights.typo_1_edit_min_letters ? kWeights.typo_1_edit : kWeights.typo_1_edit_short) * damp;
    const EditDistanceMatcher matcher(q);
    const SoundAlike alike = sounds_alike(q);
    const std::uint32_t qmask = letter_mask(q), q0 = static_cast<unsigned char>(q[0]),
                        q1 = static_cast<unsigned char>(q[1]);
    for (std::size_t len = q.size() - static_cast<std::size_t>(max_d);
         len <= q.size() + static_cast<std::size_t>(max_d); ++len) {
        if (len + 1 >= index.length_offset.size()) break;
        for (std::uint32_t k = index.length_offset[len]; k < index.length_offset[len + 1]; ++k) {
            const std::uint32_t id = index.by_length[k], head = index.word_head[id];
            if ((head & 0xFF) != q0 && (head >> 8) != q1 && (head & 0xFF) != alike.first[0] &&
                (head & 0xFF) != alike.first[1] && head != alike.pair)
                continue;
            const std::uint32_t m = index.word_mask[id];
            if (popcount32(qmask & ~m) > max_d || popcount32(m & ~qmask) > max_d) continue;
            int d = matcher.distance(index.word(id), max_d);
            if (d == 1) out.add(id, one, MatchKind::typo);
            if (d == 2 && max_d == 2) out.add(id, kWeights.typo_2_edits * damp, MatchKind::typo_2_edits);
        }
    }
}

// A typo in the word still being typed: compare against prefixes of the same length. Each length's words are
// in alphabetical order, so those sharing the first letter are one run.
void add_prefix_typos(const Index& index, std::string_view q, Expansions& out) {
    const EditDistanceMatcher matcher(q);
    const std::uint32_t qmask = letter_mask(q);
    const std::size_t longest = q.size() + kWeights.prefix_typo_max_extra_letters;
    for (std::size_t len = q.size() + 1; len + 1 < index.length_offset.size() && len <= longest; ++len) {
        auto first = index.by_length.begin() + index.length_offset[len];
        auto last = index.by_length.begin() + index.length_offset[len + 1];
        first = std::partition_point(first, last, [&](std::uint32_t id) { return index.word(id)[0] < q[0]; });
        last = std::partition_point(first, last, [&](std::uint32_t id) { return index.word(id)[0] == q[0]; });
        for (auto it = first; it != last; ++it) {
            std::string_view w = index.word(*it);
            if (popcount32(qmask & ~letter_mask(w.substr(0, q.size()))) > 1) continue;
            if (matcher.distance(w.substr(0, q.size()), 1) == 1)
                out.add(*it, kWeights.prefix_typo, MatchKind::prefix_typo);
        }
    }
}

OMETER_HOT void expand_into(const Index& index, Scratch& s, std::string_view q, bool is_last, bool typos,
                            std::vector<Expansion>& list) {
    Expansions out(index, s, list);
    const std::int64_t exact = index.find_word(q);
    add_forms(index, q, is_last, exact, out);
    const bool completions = add_completions(index, s, q, is_last, exact, out);
    // Typos only for words that are neither in the vocabulary nor, while being typed, a start of one (unless
    // asked: the words of a query that no title holds together may hold a real-word typo).
    if (q.size() < kWeights.typo_min_letters || (!typos && (exact >= 0 || (is_last && completions)))) return;
    // A compound written as one word that the titles write as two: "stockbroker", "dinnerlady".
    const std::size_t part = kWeights.split_min_letters;
    if (q.size() >= 2 * part && !completions)
        for (std::size_t cut = part; cut + part <= q.size(); ++cut)
            out.add_pair(index.find_word(q.substr(0, cut)), index.find_word(q.substr(cut)), kWeights.split,
                         MatchKind::split);
    add_typos(index, q, is_last, out);
    if (is_last && q.size() >= kWeights.prefix_typo_min_letters && !completions) add_prefix_typos(index, q, out);
}

// Two adjacent query words written as one ("police man" -> policeman, "fire f" -> firefighter while typing),
// and two-word phrases with other names ("lollipop lady" -> crossing guard).
void expand_joined(const Index& index, Scratch& s, std::size_t i) {
    Query& q = s.query;
    auto& out = q.joined[i];
    out.clear();
    if (i + 1 >= q.size()) return;
    std::string& joined = s.joined_text;
    joined.assign(q.words[i]);
    joined.append(q.words[i + 1]);
    const bool typing = i + 2 == q.size();
    std::int64_t exact = index.find_word(joined);
    if (exact >= 0) out.push_back({static_cast<std::uint32_t>(exact), kNone, kWeights.joined, 2, 0, MatchKind::joined});
    if (typing) {
        auto [lo, hi] = index.prefix_range(joined);
        for (std::uint32_t id = lo; id < hi && id - lo < kWeights.max_joined_completions; ++id)
            if (static_cast<std::int64_t>(id) != exact)
                out.push_back({id, kNone, kWeights.joined_completion, 2, shown_chars(joined.size()),
                               MatchKind::joined_completion});
    }
    for (const auto& p : kPhraseForms) {
        if (p.typed_first != q.words[i] || p.typed_second != q.words[i + 1]) continue;
        std::int64_t first = index.find_word(p.first), second = p.second.empty() ? -1 : index.find_word(p.second);
        float quality = typing ? kWeights.short_form_typing : kWeights.short_form;
        if (p.second.empty() && first >= 0)
            out.push_back({static_cast<std::uint32_t>(first), kNone, quality, 2, 0, MatchKind::phrase_form});
        else if (first >= 0 && second >= 0)
            out.push_back({static_cast<std::uint32_t>(second), static_cast<std::uint32_t>(first), quality, 2, 0,
                           MatchKind::phrase_form});
    }
}

}  // namespace

OMETER_HOT const std::vector<Expansion>& expand_word(const Index& index, Scratch& s, std::string_view q,
                                                     bool is_last, bool typos) {
    for (auto& c : s.cache)
        if (c.last == is_last && c.typos == typos && c.word == q) {
            c.used = s.search_pass;
            return c.expansions;
        }
    // A search asks for at most two lists per word (its own, then with typos), and the cache holds three
    // per word, so a slot that this search does not use is always found.
    while (s.cache[s.cache_next].used == s.search_pass) s.cache_next = (s.cache_next + 1) % s.cache.size();
    CachedExpansions& slot = s.cache[s.cache_next];
    s.cache_next = (s.cache_next + 1) % s.cache.size();
    slot.used = s.search_pass;
    slot.word.assign(q);
    slot.last = is_last;
    slot.typos = typos;
    expand_into(index, s, q, is_last, typos, slot.expansions);
    return slot.expansions;
}

OMETER_HOT bool expand_query(const Index& index, Scratch& s) {
    advance_pass(s.search_pass, [&s] {
        for (auto& c : s.cache) c.used = 0;
    });
    Query& q = s.query;
    const std::size_t k = q.size();
    q.present = 0;
    for (std::size_t i = 0; i < k; ++i) {
        q.own[i] = &expand_word(index, s, q.words[i], i + 1 == k, false);
        if (!q.own[i]->empty()) q.present |= 1u << i;
    }
    for (std::size_t i = 0; i < k; ++i) {
        expand_joined(index, s, i);
        if (!q.joined[i].empty()) q.present |= 3u << i;
    }
    return q.present != 0;
}

}  // namespace ometer::search_detail
