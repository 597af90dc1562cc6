// Occupation search over job titles: as-you-type prefixes, typo tolerance, folded case/accents/punctuation,
// ranked so the common job comes first, one result per occupation with the title that matched.
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
    // Not thread-safe: reuses scratch buffers between calls so a keystroke allocates little.
    std::vector<SearchHit> search(std::string_view query, std::size_t limit = 10) const;

    std::size_t title_count() const { return titles_.size(); }
    std::size_t word_count() const { return words_.size(); }

private:
    struct Word {
        std::string text;
        float idf = 0;
        std::vector<std::uint32_t> postings;  // (title << 4) | min(position, 15), ascending
    };
    struct Title {
        std::string text;
        std::uint32_t occupation = 0;
        TitleKind kind = TitleKind::official;
        std::uint8_t word_count = 0;
        float prior = 0;  // title-kind weight + occupation popularity
    };
    struct Candidate {  // scratch, per title
        std::uint32_t stamp = 0;
        std::uint8_t matched = 0;                  // bit per query word
        float quality[kMaxQueryWords] = {};        // best match quality per query word
        std::uint8_t position[kMaxQueryWords] = {};  // title word position of that best match
    };
    struct Expansion {
        std::uint32_t word = 0;
        float quality = 0;
    };

    void add_title(std::string text, std::uint32_t occupation, TitleKind kind);
    void finish();
    std::vector<Expansion> expand(std::string_view query_word, bool is_last) const;

    const Bundle* bundle_ = nullptr;
    std::vector<Title> titles_;
    std::vector<Word> words_;                                // sorted by text
    std::vector<std::vector<std::uint32_t>> words_by_length_;  // word indices, for typo matching
    std::vector<float> occupation_prior_;

    mutable std::vector<Candidate> scratch_;
    mutable std::vector<std::uint32_t> touched_;
    mutable std::uint32_t stamp_ = 0;
};

}  // namespace ometer
