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

namespace search_detail {  // core/search/: the index, and the scratch state a search reuses
struct Index;
struct Scratch;
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

    std::size_t title_count() const;
    std::size_t word_count() const;
    std::size_t memory_bytes() const;  // heap held by the index and its scratch buffers, approximately

private:
    std::unique_ptr<const search_detail::Index> index_;
    std::unique_ptr<search_detail::Scratch> scratch_;  // a const search writes here
};

}  // namespace ometer
