// SearchIndex::explain: a search run as usual, then each hit's score taken apart by the scoring stage
// (score.cpp), with what each query word matched in the hit's title and how.
#include <cmath>

#include "core/search/pipeline.hpp"
#include "core/search/weights.hpp"

namespace ometer::search_detail {

std::string_view match_kind_name(MatchKind kind) {
    switch (kind) {
        case MatchKind::exact: return "exact";
        case MatchKind::spelling: return "spelling";
        case MatchKind::variant: return "female form";
        case MatchKind::short_form: return "short form";
        case MatchKind::completion: return "completion";
        case MatchKind::earlier_completion: return "completion (earlier word)";
        case MatchKind::split: return "split compound";
        case MatchKind::typo: return "typo";
        case MatchKind::typo_2_edits: return "typo (2 edits)";
        case MatchKind::prefix_typo: return "typo in a prefix";
        case MatchKind::joined: return "joined words";
        case MatchKind::joined_completion: return "joined words, completion";
        case MatchKind::phrase_form: return "phrase form";
        case MatchKind::refined_completion: return "completion (refined)";
    }
    return "";
}

namespace {

// The match that set query word i's best quality in candidate `c`: the title word at that place, and which
// of the word's expansions (its own, or joined with a neighbour) reaches it with that quality. None of them
// does when the last word refined the candidates with a completion of its prefix.
void describe_word(const Index& index, const Query& q, const Candidate& c, std::size_t i,
                   SearchExplanation::Word& out) {
    out.query_word = std::string(q.words[i]);
    if (!(c.matched & (1u << i))) return;
    const std::uint8_t place = c.position[i];
    out.in_qualifier = place & kQualifierBit;
    std::uint32_t word = kNone;
    for (std::uint32_t f = index.forward_offset[c.title]; f < index.forward_offset[c.title + 1]; ++f)
        if ((index.forward[f] & kPlaceMask) == place) word = index.forward[f] >> kPostingShift;
    if (word == kNone) return;
    out.title_word = std::string(index.word(word));
    auto reaches = [&](const Expansion& e) {
        const float factor = out.in_qualifier ? kWeights.qualifier_factor : 1.0f;
        return e.word == word && std::lround(std::min(e.quality, 1.0f) * factor * 255.0f) == c.quality[i];
    };
    const std::vector<Expansion>* lists[] = {q.own[i], &q.joined[i], i > 0 ? &q.joined[i - 1] : nullptr};
    for (const auto* list : lists) {
        if (!list) continue;
        for (const Expansion& e : *list)
            if (reaches(e)) {
                if (e.with != kNone) out.title_word = std::string(index.word(e.with)) + " " + out.title_word;
                out.match = std::string(match_kind_name(e.kind));
                return;
            }
    }
    out.match = std::string(match_kind_name(MatchKind::refined_completion));
}

}  // namespace

}  // namespace ometer::search_detail

namespace ometer {

std::vector<SearchExplanation> SearchIndex::explain(std::string_view query, std::size_t limit) const {
    namespace sd = search_detail;
    const sd::Index& index = *index_;
    sd::Scratch& s = *scratch_;
    std::vector<SearchExplanation> out;
    for (SearchHit& hit : sd::run_pipeline(index, s, query, limit)) {
        SearchExplanation x;
        const sd::OccupationBest& best = s.occupations[hit.occupation];
        const sd::Candidate& c = s.candidates[s.candidate_of[best.title]];
        sd::explain_title_score(index, s.query, c, x);
        sd::explain_occupation_score(best, x);
        for (std::size_t i = 0; i < x.words.size(); ++i) sd::describe_word(index, s.query, c, i, x.words[i]);
        x.hit = std::move(hit);
        out.push_back(std::move(x));
    }
    return out;
}

}  // namespace ometer
