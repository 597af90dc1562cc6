// Occupation search over job titles: as-you-type prefixes, typo tolerance, folded case/accents/punctuation,
// UK/US spellings and compounds, ranked so the common job comes first, one result per occupation.
// The implementation is a pipeline in core/search/ (pipeline.hpp lists its stages); ranks come from
// core/search/score.cpp.
#pragma once

#include <cstdint>
#include <memory>
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

// Why a hit has its score (SearchIndex::explain). Each `points` is what its step added to the score, float
// rounding included, so the parts add up exactly (in this order, as doubles) to hit.score: total().
struct SearchExplanation {
    struct Word {                 // one query word against the hit's title
        std::string query_word;   // folded
        std::string title_word;   // the folded title word(s) it matched; empty when none
        std::string match;        // how: exact, spelling, variant, short form, completion, typo, joined... ("")
        double quality = 0;       // 0-1 as scored: 1/255 steps, times 0.95 in a "(qualifier)"
        bool in_qualifier = false;
        double weight = 0;        // its share of the query (rarer words weigh more, the last word more); sum 1
        double points = 0;        // its part of coverage × length_factor
    };
    SearchHit hit;
    std::vector<Word> words;
    double coverage = 0;          // sum of weight × quality: how much of the query the title matched
    double title_fraction = 0;    // how much of the title the query covers (unmatched qualifier words count half)
    double length_factor = 0;     // 0.55 + 0.45 × min(title_fraction, 1)
    double kind_points = 0;       // prior for the kind of title (hit.kind)
    double popularity = 0;        // the occupation's size, 0-1 across the bundle on a log scale
    double popularity_points = 0;
    bool all_words = false;       // the title holds every query word
    double all_words_points = 0;
    bool head_noun = false;       // the query's last word is the title's last main word
    double head_noun_points = 0;
    std::uint32_t titles_matched = 0;  // the occupation's titles that matched
    double title_count_points = 0;
    bool official = false;        // the occupation's official title holds every query word
    double official_points = 0;

    // words' points, kind, popularity, all words, head noun, title count, official: equals hit.score.
    double total() const;
};

namespace search_detail {  // core/search/: the index, and the scratch state a search reuses
struct Index;
struct Scratch;
class IndexBuilder;
}  // namespace search_detail

class SearchIndex {
public:
    // Indexes the occupations' own titles plus `titles`. The bundle must outlive the index.
    SearchIndex(const Bundle& bundle, const TitleSet& titles);
    explicit SearchIndex(const Bundle& bundle);  // occupation titles only
    ~SearchIndex();
    SearchIndex(SearchIndex&&) noexcept;
    SearchIndex& operator=(SearchIndex&&) noexcept;

    // Up to `limit` occupations, best first. Any bytes are accepted; empty or unmatched input gives none.
    // Not thread-safe: reuses scratch buffers between calls, so a keystroke allocates only its results.
    std::vector<SearchHit> search(std::string_view query, std::size_t limit = 10) const;
    // The same hits, each with its score taken apart (`ometer search --explain`).
    std::vector<SearchExplanation> explain(std::string_view query, std::size_t limit = 10) const;

    std::size_t title_count() const;
    std::size_t word_count() const;
    std::size_t memory_bytes() const;  // heap held by the index and its scratch buffers, approximately

private:
    friend class SearchIndexBuilder;
    explicit SearchIndex(std::unique_ptr<const search_detail::Index> index);

    std::unique_ptr<const search_detail::Index> index_;
    std::unique_ptr<search_detail::Scratch> scratch_;  // a const search writes here
};

// Builds a SearchIndex a slice at a time, for a page that must not block while a student waits:
//     SearchIndexBuilder build(bundle, std::move(titles));
//     while (!build.step()) { /* let the page breathe */ }
//     SearchIndex index = build.finish();
// The result is the index SearchIndex(bundle, titles) gives.
class SearchIndexBuilder {
public:
    SearchIndexBuilder(const Bundle& bundle, TitleSet titles);  // the bundle must outlive the index
    ~SearchIndexBuilder();
    SearchIndexBuilder(const SearchIndexBuilder&) = delete;
    SearchIndexBuilder& operator=(const SearchIndexBuilder&) = delete;

    // At most `items` items of one stage of the build (titles folded, words looked up, titles' postings,
    // words' lookups), plus at most one sort: about a millisecond in wasm for 500. True once finish() may be
    // called.
    bool step(std::size_t items = 500);
    SearchIndex finish();

private:
    TitleSet titles_;
    std::unique_ptr<search_detail::IndexBuilder> build_;
};

}  // namespace ometer
