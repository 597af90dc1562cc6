// Stage 3, accumulate: the titles holding the query words' expansions become candidates, each keeping its
// best match per query word (quality and place in the title); then the fallbacks for a query whose words
// no title holds together.
#include <algorithm>
#include <cmath>

#include "core/search/pipeline.hpp"
#include "core/search/weights.hpp"
#include "core/search/words.hpp"

namespace ometer::search_detail {

namespace {

std::uint8_t quality_byte(float quality) {
    return static_cast<std::uint8_t>(std::lround(std::min(quality, 1.0f) * 255.0f));
}

// Notes a match of query word `query_word` (and the `covers - 1` after it) at `place` in candidate `c`.
void note_match(Candidate& c, std::size_t query_word, std::size_t covers, std::uint8_t quality, std::uint8_t place) {
    for (std::size_t j = query_word; j < query_word + covers && j < kMaxQueryWords; ++j) {
        if (quality > c.quality[j]) {
            c.quality[j] = quality;
            c.position[j] = place;
        }
        c.matched = static_cast<std::uint8_t>(c.matched | (1u << j));
    }
}

// The titles holding expansion `e` (and its second word, if it has one). `add_titles`: titles not yet
// candidates become ones; otherwise only the candidates already found are updated.
OMETER_HOT void add_postings(const Index& index, Scratch& s, const Expansion& e, std::size_t query_word,
                             bool add_titles) {
    const std::uint8_t q8 = quality_byte(e.quality);
    const auto q8_qualifier =
        static_cast<std::uint8_t>(std::lround(std::min(e.quality, 1.0f) * kWeights.qualifier_factor * 255.0f));
    if (e.with != kNone) {
        s.pair_titles.next_pass();
        for (std::uint32_t p = index.posting_offset[e.with]; p < index.posting_offset[e.with + 1]; ++p)
            s.pair_titles.insert(index.postings[p] >> kPostingShift);
    }
    const std::uint32_t end = index.posting_offset[e.word + 1];
    for (std::uint32_t p = index.posting_offset[e.word]; p < end; ++p) {
        const std::uint32_t entry = index.postings[p], t = entry >> kPostingShift;
        if (e.with != kNone && !s.pair_titles.contains(t)) continue;
        if (!s.candidate_of.contains(t)) {
            if (!add_titles) continue;
            s.candidate_of.set(t, static_cast<std::uint32_t>(s.candidates.size()));
            s.candidates.push_back(Candidate{});
            s.candidates.back().title = t;
        }
        const auto place = static_cast<std::uint8_t>(entry & kPlaceMask);
        note_match(s.candidates[s.candidate_of[t]], query_word, e.covers, (entry & kQualifierBit) ? q8_qualifier : q8,
                   place);
    }
}

// The last word, when it would match very many titles (a letter or two typed, or a word like "manager"),
// only refines the titles the earlier words found: each one's words are checked against its expansions
// and against every completion of the prefix, so "car s" still reaches "Car salesman".
OMETER_HOT void refine(const Index& index, Scratch& s, const std::vector<Expansion>& expansions,
                       std::string_view prefix, std::size_t query_word) {
    s.words.next_pass();
    for (std::uint32_t x = 0; x < expansions.size(); ++x) {
        const Expansion& e = expansions[x];
        if (e.with != kNone)
            add_postings(index, s, e, query_word, false);
        else if (e.shown == 0)
            s.words.set(e.word, x);
    }
    const auto [lo, hi] = index.prefix_range(prefix);
    const float plen = static_cast<float>(prefix.size());
    for (Candidate& c : s.candidates) {
        for (std::uint32_t f = index.forward_offset[c.title]; f < index.forward_offset[c.title + 1]; ++f) {
            const std::uint32_t w = index.forward[f] >> kPostingShift;
            float quality = 0;
            if (s.words.contains(w))
                quality = expansions[s.words[w]].quality;
            else if (w >= lo && w < hi)
                quality = kWeights.completion_base +
                          kWeights.completion_per_typed * plen / static_cast<float>(index.word(w).size());
            else
                continue;
            const auto place = static_cast<std::uint8_t>(index.forward[f] & kPlaceMask);
            if (place & kQualifierBit) quality *= kWeights.qualifier_factor;
            note_match(c, query_word, 1, quality_byte(quality), place);
        }
    }
}

bool any_whole_match(const Scratch& s) {
    for (const Candidate& c : s.candidates)
        if ((c.matched & s.query.present) == s.query.present) return true;
    return false;
}

// Every query word's expansions, in order. A last word still being typed (not a word of its own yet) or a
// very common one refines; if no title then holds every word, the earlier words found the wrong titles and
// it searches afresh.
OMETER_HOT void accumulate_all(const Index& index, Scratch& s) {
    const Query& q = s.query;
    const std::size_t k = q.size();
    s.candidate_of.next_pass();
    s.candidates.clear();
    for (std::size_t i = 0; i < k; ++i) {
        if (i + 1 == k && k > 1 && !s.candidates.empty()) {
            std::size_t postings = 0;
            for (const auto& e : *q.own[i]) postings += index.posting_count(e.word);
            const bool short_or_partial =
                index.find_word(q.words[i]) < 0 || q.words[i].size() <= kWeights.refine_max_letters;
            if (short_or_partial || postings > kWeights.refine_only_postings) {
                refine(index, s, *q.own[i], q.words[i], i);
                if (any_whole_match(s) || postings > kWeights.refine_only_postings) continue;
            }
        }
        for (const auto& e : *q.own[i]) add_postings(index, s, e, i, true);
        for (const auto& e : q.joined[i]) add_postings(index, s, e, i, true);
    }
}

}  // namespace

// When no title holds every word, a word saying how far along the job is ("trainee accountant") is dropped:
// the job is the rest. Failing that, one of the words may be a real word typed for another ("taxi diver"),
// so the words of the vocabulary also look for typos, and the titles are gathered again.
OMETER_HOT void accumulate_query(const Index& index, Scratch& s) {
    accumulate_all(index, s);
    Query& q = s.query;
    const std::size_t k = q.size();
    if (k < 2 || any_whole_match(s)) return;
    for (std::size_t i = 0; i < k; ++i)
        if (is_stage_word(q.words[i]) && (q.present & ~(1u << i))) {
            q.present &= ~(1u << i);
            q.idf_total -= q.idf[i];
            q.idf[i] = 0;
        }
    if (any_whole_match(s)) return;
    bool retry = false;
    for (std::size_t i = 0; i < k; ++i)
        if (q.words[i].size() >= kWeights.typo_min_letters && index.find_word(q.words[i]) >= 0) {
            q.own[i] = &expand_word(index, s, q.words[i], i + 1 == k, true);
            retry = true;
        }
    if (retry) accumulate_all(index, s);
}

}  // namespace ometer::search_detail
