// Occupation search over job titles: as-you-type prefixes, typo tolerance, folded case/accents/punctuation,
// UK/US spellings and compounds, ranked so the common job comes first, one result per occupation.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/model.hpp"

namespace ometer {

inline constexpr std::size_t kMaxQueryBytes = 100;  // longer input is cut (on a character boundary)
inline constexpr std::size_t kMaxQueryWords = 8;    // further words are ignored

struct SearchHit {
    std::size_t occupation = 0;  // index into Bundle::occupations
    std::string title;           // the title that matched (may differ from the occupation's title)
    TitleKind kind = TitleKind::official;
    double score = 0;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> highlights;  // [begin, end) byte ranges in `title`
};

class SearchIndex {
public:
    // Indexes the occupations' own titles plus `titles`. The bundle must outlive the index.
    SearchIndex(const Bundle& bundle, const TitleSet& titles);
    explicit SearchIndex(const Bundle& bundle);  // occupation titles only

    // Up to `limit` occupations, best first. Any bytes are accepted; empty or unmatched input gives none.
    // Not thread-safe: reuses scratch buffers between calls, so a keystroke allocates only its results.
    std::vector<SearchHit> search(std::string_view query, std::size_t limit = 10) const;

    std::size_t title_count() const { return titles_.size(); }
    std::size_t word_count() const { return word_offset_.empty() ? 0 : word_offset_.size() - 1; }
    std::size_t memory_bytes() const;  // heap held by the index and its scratch buffers, approximately

    // One way a query word matches the vocabulary. Public only so the implementation's helpers can name it.
    struct Expansion {
        std::uint32_t word = 0;
        std::uint32_t with = kNone;  // a second word the title must also hold ("stockbroker" -> stock + broker)
        float quality = 0;
        std::uint8_t covers = 1;  // query words satisfied, from this one on (2 bits: "police man" -> policeman)
        std::uint8_t shown = 0;   // characters of the title word to highlight, 0 = all of it
    };
    static constexpr std::uint32_t kNone = 0xFFFFFFFFu;

private:
    struct Title {
        std::uint32_t text = 0;  // offset into title_text_; length from the next title's offset
        std::uint32_t occupation = 0;
        TitleKind kind = TitleKind::official;
        std::uint8_t main_words = 0;  // indexed words before any "(qualifier)"
        std::uint8_t qualifier_words = 0;
        float prior = 0;  // title-kind weight + occupation popularity
    };
    struct Candidate {  // scratch: one title touched by the current query
        std::uint32_t title = 0;
        std::uint8_t matched = 0;                    // bit per query word
        std::uint8_t quality[kMaxQueryWords] = {};   // best match per query word, 0-255
        std::uint8_t position[kMaxQueryWords] = {};  // title word position of that best match
    };
    struct CachedExpansions {
        std::string word;
        bool last = false, typos = false;
        std::uint32_t used = 0;  // the search that last used it: not evicted while that search runs
        std::vector<Expansion> expansions;
    };

    void build(const Bundle& bundle, const TitleSet& titles);
    std::string_view word(std::uint32_t id) const {
        return {word_text_.data() + word_offset_[id], word_offset_[id + 1] - word_offset_[id]};
    }
    std::string_view title_text(std::uint32_t t) const {
        std::uint32_t end =
            t + 1 < titles_.size() ? titles_[t + 1].text : static_cast<std::uint32_t>(title_text_.size());
        return {title_text_.data() + titles_[t].text, end - titles_[t].text};
    }
    std::uint32_t lower_bound_word(std::string_view w) const;  // first vocabulary word not below `w`
    std::int64_t find_word(std::string_view w) const;
    std::pair<std::uint32_t, std::uint32_t> prefix_range(std::string_view prefix) const;
    // `typos`: also look for typos of a word that is in the vocabulary ("taxi diver" meant "driver").
    const std::vector<Expansion>& expand(std::string_view query_word, bool is_last, bool typos = false) const;
    void expand_into(std::string_view q, bool is_last, bool typos, std::vector<Expansion>& out) const;
    void accumulate_all(const std::vector<Expansion>* const* own, std::size_t k, std::uint32_t present) const;
    void accumulate(const Expansion& e, std::size_t query_word, bool add_titles) const;
    void refine(const std::vector<Expansion>& expansions, std::string_view prefix, std::size_t query_word) const;

    const Bundle* bundle_ = nullptr;
    std::vector<Title> titles_;
    std::string title_text_;
    // Vocabulary, sorted, with postings: title and the word's place in it (position, and whether it is in
    // the "(qualifier)" or joins two title words; the layout is in search.cpp), ascending by title.
    std::string word_text_;
    std::vector<std::uint32_t> word_offset_;
    std::vector<float> word_idf_;
    std::vector<float> word_weight_;        // how likely a completion is meant: common jobs' title words first
    std::vector<std::uint32_t> word_mask_;  // letters a-z present, to rule out typo candidates quickly
    std::vector<std::uint16_t> word_head_;  // first two bytes, for the same reason
    std::vector<std::uint32_t> posting_offset_;
    std::vector<std::uint32_t> postings_;
    std::vector<std::uint32_t> forward_offset_;  // per title, its words with their places, as in postings
    std::vector<std::uint32_t> forward_;
    std::vector<std::uint32_t> by_length_;      // word ids ordered by length (then alphabetically), for typos
    std::vector<std::uint32_t> length_offset_;  // start of each length in by_length_
    std::vector<std::pair<std::uint64_t, std::uint32_t>> spelling_;  // (hash of spelling key, word), sorted
    std::vector<float> occupation_prior_;

    // Scratch, reused by every search.
    mutable std::string folded_;
    mutable std::vector<std::string_view> query_words_;
    mutable std::vector<std::string_view> matched_words_;
    mutable std::string query_joined_;
    mutable std::string joined_text_;
    mutable std::vector<Expansion> joined_[kMaxQueryWords];
    mutable std::vector<CachedExpansions> cache_;
    mutable std::size_t cache_next_ = 0;
    mutable std::vector<std::uint32_t> word_stamp_, word_slot_;
    mutable std::vector<std::pair<std::uint32_t, std::uint32_t>> title_mark_;  // (search stamp, candidate slot)
    mutable std::vector<std::uint32_t> pair_stamp_;
    mutable std::vector<Candidate> candidates_;
    mutable std::vector<std::uint32_t> occupation_stamp_, occupation_title_, occupation_count_;
    mutable std::vector<float> occupation_score_;
    mutable std::vector<std::uint8_t> occupation_official_;
    mutable std::vector<std::uint32_t> occupations_touched_, prefix_words_;
    mutable std::vector<std::pair<float, std::uint32_t>> ranked_;
    mutable std::vector<std::uint32_t> highlight_offsets_;
    mutable std::uint32_t stamp_ = 0, word_stamp_value_ = 0, pair_stamp_value_ = 0, call_ = 0;
};

}  // namespace ometer
