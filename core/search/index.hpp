// The search index as built by index_build.cpp and read by every stage: the titles, the sorted vocabulary
// of their folded words with postings, and each title's words. Private to core/search/.
#pragma once

#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model.hpp"

namespace ometer::search_detail {

// A posting or forward entry: (title or word << kPostingShift) | position | qualifier bit | compound bit.
// The position is the word's place in its title; the qualifier bit marks words of a "(qualifier)"; a
// compound entry ("firefighter" added to a title that says "Fire fighter") covers its position and the one
// before. Position, qualifier and compound bits together are the entry's "place".
constexpr unsigned kPositionBits = 5, kQualifierBit = 1u << kPositionBits, kCompoundBit = kQualifierBit << 1,
                   kPostingShift = kPositionBits + 2, kPlaceMask = (1u << kPostingShift) - 1;
constexpr std::size_t kMaxTitleWords = 1u << kPositionBits;
constexpr std::uint32_t kNone = 0xFFFFFFFFu;

struct Title {
    std::uint32_t text = 0;  // offset into Index::title_arena; length from the next title's offset
    std::uint32_t occupation = 0;
    TitleKind kind = TitleKind::official;
    std::uint8_t main_words = 0;  // indexed words before any "(qualifier)"
    std::uint8_t qualifier_words = 0;
    float prior = 0;  // title-kind weight + occupation popularity (score.cpp)
};

struct Index {
    const Bundle* bundle = nullptr;
    std::vector<Title> titles;
    std::string title_arena;
    // Vocabulary, sorted, with postings ascending by title.
    std::string word_arena;
    std::vector<std::uint32_t> word_offset;
    std::vector<float> word_idf;
    std::vector<float> word_weight;        // how likely a completion is meant: common jobs' title words first
    std::vector<std::uint32_t> word_mask;  // letters a-z present, to rule out typo candidates quickly
    std::vector<std::uint16_t> word_head;  // first two bytes, for the same reason
    std::vector<std::uint32_t> posting_offset;
    std::vector<std::uint32_t> postings;
    std::vector<std::uint32_t> forward_offset;  // per title, its words with their places, as in postings
    std::vector<std::uint32_t> forward;
    std::vector<std::uint32_t> by_length;      // word ids ordered by length (then alphabetically), for typos
    std::vector<std::uint32_t> length_offset;  // start of each length in by_length
    std::vector<std::pair<std::uint64_t, std::uint32_t>> spelling;  // (hash of spelling key, word), sorted
    std::vector<float> occupation_prior;       // popularity, 0-1 (score.cpp)

    std::size_t word_count() const { return word_offset.empty() ? 0 : word_offset.size() - 1; }
    std::string_view word(std::uint32_t id) const {
        return {word_arena.data() + word_offset[id], word_offset[id + 1] - word_offset[id]};
    }
    std::string_view title_text(std::uint32_t t) const {
        std::uint32_t end =
            t + 1 < titles.size() ? titles[t + 1].text : static_cast<std::uint32_t>(title_arena.size());
        return {title_arena.data() + titles[t].text, end - titles[t].text};
    }
    std::uint32_t posting_count(std::uint32_t id) const { return posting_offset[id + 1] - posting_offset[id]; }

    std::uint32_t lower_bound_word(std::string_view w) const {  // first vocabulary word not below `w`
        std::size_t lo = 0, hi = word_count();
        while (lo < hi) {
            std::size_t mid = (lo + hi) / 2;
            if (word(static_cast<std::uint32_t>(mid)) < w)
                lo = mid + 1;
            else
                hi = mid;
        }
        return static_cast<std::uint32_t>(lo);
    }
    std::int64_t find_word(std::string_view w) const {  // -1 when not in the vocabulary
        const std::uint32_t at = lower_bound_word(w);
        return at < word_count() && word(at) == w ? static_cast<std::int64_t>(at) : -1;
    }
    std::pair<std::uint32_t, std::uint32_t> prefix_range(std::string_view prefix) const {  // [first, end)
        const std::size_t lo = lower_bound_word(prefix);
        std::size_t end = lo, top = word_count();
        while (end < top) {  // first word not starting with the prefix
            std::size_t mid = (end + top) / 2;
            if (word(static_cast<std::uint32_t>(mid)).compare(0, prefix.size(), prefix) <= 0)
                end = mid + 1;
            else
                top = mid;
        }
        return {static_cast<std::uint32_t>(lo), static_cast<std::uint32_t>(end)};
    }
    std::size_t memory_bytes() const;
};

// Builds an Index a slice at a time (index_build.cpp): pass 1 folds `budget` titles a step, then one step
// each for the vocabulary (pass 2) and the postings and lookups (passes 3 and 4).
class IndexBuilder {
public:
    IndexBuilder(const Bundle& bundle, const TitleSet& titles);  // both outlive the build; the bundle the index
    ~IndexBuilder();
    bool step(std::size_t budget);  // true once the index is complete
    Index take();                   // once step() has returned true

private:
    struct State;
    std::unique_ptr<State> state_;
};

Index build_index(const Bundle& bundle, const TitleSet& titles);  // all steps at once

inline std::uint64_t hash_text(std::string_view s) {  // FNV-1a
    std::uint64_t h = 1469598103934665603ull;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}

inline std::uint32_t letter_mask(std::string_view w) {
    std::uint32_t m = 0;
    for (char c : w)
        if (c >= 'a' && c <= 'z') m |= 1u << (c - 'a');
    return m;
}

inline int popcount32(std::uint32_t v) {
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_popcount(v);  // one instruction in wasm
#else
    int n = 0;
    for (; v; v &= v - 1) ++n;
    return n;
#endif
}

}  // namespace ometer::search_detail
