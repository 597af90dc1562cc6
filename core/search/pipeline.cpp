// SearchIndex: the index and its scratch state, and a search as its stages in order (pipeline.hpp).
#include "core/search/pipeline.hpp"

namespace ometer {

namespace sd = search_detail;

SearchIndex::SearchIndex(const Bundle& bundle) : SearchIndex(bundle, TitleSet{}) {}

SearchIndex::SearchIndex(const Bundle& bundle, const TitleSet& titles)
    : index_(std::make_unique<const sd::Index>(sd::build_index(bundle, titles))),
      scratch_(std::make_unique<sd::Scratch>(*index_)) {}

SearchIndex::SearchIndex(std::unique_ptr<const sd::Index> index)
    : index_(std::move(index)), scratch_(std::make_unique<sd::Scratch>(*index_)) {}

SearchIndex::~SearchIndex() = default;
SearchIndex::SearchIndex(SearchIndex&&) noexcept = default;
SearchIndex& SearchIndex::operator=(SearchIndex&&) noexcept = default;

SearchIndexBuilder::SearchIndexBuilder(const Bundle& bundle, TitleSet titles)
    : titles_(std::move(titles)), build_(std::make_unique<sd::IndexBuilder>(bundle, titles_)) {}
SearchIndexBuilder::~SearchIndexBuilder() = default;

bool SearchIndexBuilder::step(std::size_t items) { return build_->step(items); }

SearchIndex SearchIndexBuilder::finish() {
    while (!build_->step(static_cast<std::size_t>(-1))) {
    }
    return SearchIndex(std::make_unique<const sd::Index>(build_->take()));
}

std::vector<SearchHit> SearchIndex::search(std::string_view query, std::size_t limit) const {
    return sd::run_pipeline(*index_, *scratch_, query, limit);
}

std::size_t SearchIndex::title_count() const { return index_->titles.size(); }
std::size_t SearchIndex::word_count() const { return index_->word_count(); }
std::size_t SearchIndex::memory_bytes() const { return index_->memory_bytes() + scratch_->memory_bytes(); }

}  // namespace ometer

namespace ometer::search_detail {

Scratch::Scratch(const Index& index) {
    words.resize(index.word_count());
    candidate_of.resize(index.titles.size());
    pair_titles.resize(index.titles.size());
    occupations.resize(index.bundle->occupations.size());
    cache.resize(3 * kMaxQueryWords);
}

std::size_t Scratch::memory_bytes() const {
    auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
    std::size_t total = words.memory_bytes() + candidate_of.memory_bytes() + pair_titles.memory_bytes();
    total += occupations.memory_bytes() + bytes(candidates) + bytes(occupations_touched) + bytes(completions);
    total += bytes(ranked) + bytes(highlight_offsets);
    for (const auto& c : cache) total += bytes(c.expansions) + c.word.capacity();
    return total;
}

OMETER_HOT std::vector<SearchHit> run_pipeline(const Index& index, Scratch& s, std::string_view raw_query,
                                              std::size_t limit) {
    if (limit == 0 || index.titles.empty()) return {};
    if (!fold_query(raw_query, s.query)) return {};
    if (!expand_query(index, s)) return {};
    weigh_query_words(index, s.query);
    accumulate_query(index, s);
    score_candidates(index, s);
    const std::size_t n = rank_occupations(index, s, limit);
    return highlight_hits(index, s, n);
}

}  // namespace ometer::search_detail
