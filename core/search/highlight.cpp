// Stage 6, highlight: the ranked occupations as hits, each with the byte ranges of its shown title that the
// query matched (every vocabulary word a query word expanded to, with how much of it to show).
#include <algorithm>
#include <cctype>

#include "core/search/pipeline.hpp"
#include "core/text.hpp"

namespace ometer::search_detail {

namespace {

// Marks the vocabulary words to highlight in s.words, each with how many characters to show (0 = all).
void mark_expanded_words(Scratch& s) {
    s.words.next_pass();
    auto mark = [&s](std::uint32_t w, std::uint32_t shown) {
        if (!s.words.contains(w))
            s.words.set(w, shown);
        else if (s.words[w] != 0)
            s.words[w] = shown == 0 ? 0 : std::max(s.words[w], shown);
    };
    const Query& q = s.query;
    for (std::size_t i = 0; i < q.size(); ++i)
        for (const std::vector<Expansion>* list : {q.own[i], static_cast<const std::vector<Expansion>*>(&q.joined[i])})
            for (const auto& e : *list) {
                mark(e.word, e.shown);
                if (e.with != kNone) mark(e.with, 0);
            }
}

// An ASCII space or punctuation mark: never the last byte of a highlighted word.
bool ends_span_badly(unsigned char c) { return c < 0x80 && !std::isalnum(c); }

// Spans of the shown title whose folded words were matched by a query word.
void highlight_title(const Index& index, Scratch& s, SearchHit& h) {
    const std::string_view typing = s.query.words.back();
    std::vector<std::uint32_t>& offsets = s.highlight_offsets;
    std::string ft = fold_with_offsets(h.title, offsets);
    std::size_t start = 0;
    while (start < ft.size()) {
        std::size_t end = ft.find(' ', start);
        if (end == std::string::npos) end = ft.size();
        std::string_view w(ft.data() + start, end - start);
        std::size_t matched_len = 0;
        std::int64_t id = index.find_word(w);
        if (id >= 0 && s.words.contains(static_cast<std::size_t>(id))) {
            std::uint32_t shown = s.words[static_cast<std::size_t>(id)];
            matched_len = shown ? std::min<std::size_t>(shown, w.size()) : w.size();
        } else if (w.size() > typing.size() && w.compare(0, typing.size(), typing) == 0) {
            matched_len = typing.size();  // a completion the last word refined with
        }
        if (matched_len > 0) {
            std::uint32_t b = offsets[start];
            std::size_t last = start + matched_len;  // first folded byte after the match
            std::uint32_t e = static_cast<std::uint32_t>(h.title.size());
            for (std::size_t j = last; j < offsets.size(); ++j)
                if (offsets[j] > offsets[last - 1]) {
                    e = offsets[j];
                    break;
                }
            // A folded break points past what folding dropped: "electrician (office" folds to "electrician
            // office", so the span would end after " (". It ends with the word.
            while (e > b && ends_span_badly(static_cast<unsigned char>(h.title[e - 1]))) --e;
            h.highlights.emplace_back(b, e);
        }
        start = end + 1;
    }
}

}  // namespace

OMETER_HOT std::vector<SearchHit> highlight_hits(const Index& index, Scratch& s, std::size_t n) {
    mark_expanded_words(s);
    std::vector<SearchHit> hits(n);
    for (std::size_t r = 0; r < n; ++r) {
        SearchHit& h = hits[r];
        const std::uint32_t o = s.ranked[r].second, t = s.occupations[o].title;
        h.occupation = o;
        h.score = s.ranked[r].first;
        h.kind = index.titles[t].kind;
        h.title.assign(index.title_text(t));
        highlight_title(index, s, h);
    }
    return hits;
}

}  // namespace ometer::search_detail
