// One search's working state and the stages that fill it, in the order SearchIndex::search runs them:
// fold -> expand -> accumulate -> score -> rank -> highlight. Private to core/search/.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "core/search.hpp"
#include "core/search/index.hpp"
#include "core/search/pass_map.hpp"

// The wasm build is optimised for size (-Oz), which leaves even string_view::operator[] and std::min out of
// line; the per-keystroke functions are flattened so their small helpers are inlined where they run.
#if defined(__GNUC__) || defined(__clang__)
#define OMETER_HOT [[gnu::flatten]]
#else
#define OMETER_HOT
#endif

namespace ometer::search_detail {

// How a query word reached a vocabulary word (expand.cpp); only explain() reads it.
enum class MatchKind : std::uint8_t {
    exact, spelling, variant, short_form, completion, earlier_completion, split, typo, typo_2_edits, prefix_typo,
    joined, joined_completion, phrase_form, refined_completion
};
std::string_view match_kind_name(MatchKind kind);  // explain.cpp

// One way a query word matches the vocabulary.
struct Expansion {
    std::uint32_t word = 0;
    std::uint32_t with = kNone;  // a second word the title must also hold ("stockbroker" -> stock + broker)
    float quality = 0;
    std::uint8_t covers = 1;  // query words satisfied, from this one on (2 bits: "police man" -> policeman)
    std::uint8_t shown = 0;   // characters of the title word to highlight, 0 = all of it
    MatchKind kind = MatchKind::exact;
};

// The query as the stages see it.
struct Query {
    std::string folded;
    std::vector<std::string_view> split;  // folded words, before fold_query's matching rules
    std::string joined_letters;           // letters joined by the matching rules ("h g v" -> "hgv")
    std::vector<std::string_view> words;  // the words to match, at most kMaxQueryWords
    const std::vector<Expansion>* own[kMaxQueryWords] = {};  // each word's expansions (cached by expand.cpp)
    std::vector<Expansion> joined[kMaxQueryWords];  // word i with word i + 1 written as one ("police man")
    std::uint32_t present = 0;                      // bit per word that matches anything
    float idf[kMaxQueryWords] = {};                 // each word's weight (score.cpp); 0 when not present
    float idf_total = 0;
    std::size_t size() const { return words.size(); }
};

struct Candidate {  // one title touched by the current query
    std::uint32_t title = 0;
    std::uint8_t matched = 0;                    // bit per query word
    std::uint8_t quality[kMaxQueryWords] = {};   // best match per query word, 0-255
    std::uint8_t position[kMaxQueryWords] = {};  // title word place (index.hpp) of that best match
};

struct CachedExpansions {
    std::string word;
    bool last = false, typos = false;
    std::uint32_t used = 0;  // the search that last used it: not evicted while that search runs
    std::vector<Expansion> expansions;
};

struct OccupationBest {  // an occupation's best title so far in this search
    float score = -1;
    std::uint32_t title = 0;
    std::uint32_t titles = 0;  // its titles scored (above the partial-match floor)
    bool official = false;     // its official title holds every query word
};

// Everything a search writes, kept between searches so a keystroke allocates only its results.
struct Scratch {
    explicit Scratch(const Index& index);
    Query query;
    // expand
    std::vector<CachedExpansions> cache;
    std::size_t cache_next = 0;
    std::uint32_t search_pass = 0;  // stamps cache entries a search uses
    PassMap<std::uint32_t> words;   // vocabulary word -> a slot: its expansion, or characters to highlight
    std::vector<std::uint32_t> completions;
    std::string joined_text;
    // accumulate
    std::vector<Candidate> candidates;
    PassMap<std::uint32_t> candidate_of;  // title -> its slot in candidates
    PassSet pair_titles;                  // titles holding an expansion's second word
    // score and rank
    PassMap<OccupationBest> occupations;
    std::vector<std::uint32_t> occupations_touched;
    std::vector<std::pair<float, std::uint32_t>> ranked;  // (score, occupation)
    // highlight
    std::vector<std::uint32_t> highlight_offsets;

    std::size_t memory_bytes() const;
};

// The stages, in order. Each reads the index and what the earlier stages left in the scratch.
void match_words(const std::vector<std::string_view>& words, std::vector<std::string_view>& out, std::string& joined,
                 std::size_t max_words, bool keep_lone_filler);                       // fold.cpp (titles too)
bool fold_query(std::string_view raw, Query& query);                                 // fold.cpp: false if no words
bool expand_query(const Index& index, Scratch& s);                                   // expand.cpp: false if no match
const std::vector<Expansion>& expand_word(const Index& index, Scratch& s, std::string_view word, bool is_last,
                                          bool typos);                               // expand.cpp
void weigh_query_words(const Index& index, Query& query);                            // score.cpp
void accumulate_query(const Index& index, Scratch& s);                               // accumulate.cpp
void score_candidates(const Index& index, Scratch& s);                               // score.cpp
std::size_t rank_occupations(const Index& index, Scratch& s, std::size_t limit);     // score.cpp
std::vector<SearchHit> highlight_hits(const Index& index, Scratch& s, std::size_t n);  // highlight.cpp

// All of them: SearchIndex::search, and explain() before it takes the scores apart.
std::vector<SearchHit> run_pipeline(const Index& index, Scratch& s, std::string_view raw_query, std::size_t limit);

// The ranking ingredients the index is built with (score.cpp).
std::vector<float> occupation_priors(const Bundle& bundle);
float title_prior(TitleKind kind, float occupation_prior);
// The parts of a candidate title's and its occupation's score, for explain() (score.cpp).
void explain_title_score(const Index& index, const Query& query, const Candidate& c, SearchExplanation& out);
void explain_occupation_score(const OccupationBest& best, SearchExplanation& out);

}  // namespace ometer::search_detail
