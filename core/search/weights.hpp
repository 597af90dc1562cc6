// SearchWeights: every number that decides how search results rank, and the bounds that keep a keystroke
// fast. How they combine into a score: core/search/score.cpp; per hit: `ometer search --explain QUERY`.
#pragma once

#include <cstddef>

#include "core/model.hpp"

namespace ometer::search_detail {

// Each member says what it trades off and, where a query of tests/fixtures/search_queries.tsv depends on it,
// which one (found by setting the member to its neutral value and watching hit@3 on the query sets).
struct SearchWeights {
    // --- Match quality, 0-1: how sure we are that a title word is the word the student meant (expand.cpp) ---
    float exact = 1.0f;
    float spelling = 0.95f;  // same spelling key (text.hpp): UK/US spelling, plural, gendered compound
                             // ("pediatrician", "firemen"); just below exact so the typed form wins a tie
    float joined = 0.95f;    // two query words that a title writes as one ("fire fighter" -> firefighter)
    float variant = 0.93f;   // a female form with its own ending ("actress" -> actor, "waitress" -> waiter)
    float split = 0.9f;      // one query word that titles write as two ("stuntman" -> stunt + man)
    float short_form = 0.93f;         // another name from words.hpp ("physio" -> physiotherapist)
    float short_form_typing = 0.8f;   // the same for the word still being typed, whose completions may be
                                      // meant instead
    float typo_1_edit = 0.8f;         // one edit away, from 5 letters
    float typo_1_edit_short = 0.75f;  // one edit away in a 4-letter word, where an edit changes more
    float typo_2_edits = 0.65f;       // two edits away, from 7 letters
    float typo_while_typing = 0.85f;  // typos of the word being typed, times this: its completions come first
    float prefix_typo = 0.6f;         // the word being typed is one edit from the start of a longer word
    float completion_base = 0.75f;    // completion of the word being typed: base + per_typed × typed / length,
    float completion_per_typed = 0.1f;  // so the completion closest to what is typed leads ("electr")
    float earlier_completion_base = 0.5f;       // completion of an earlier word that is not a word of its
    float earlier_completion_per_typed = 0.2f;  // own: weaker, as the student moved on without finishing it
    float joined_completion = 0.85f;  // two query words typed as one title word still being typed ("fire f")
    float qualifier_factor = 0.95f;   // a match in a title's "(qualifier)" is context, not the job's name

    // --- Query word weights (score.cpp) ---
    float head_word = 1.5f;  // the query's last word (usually the job's head noun: "a&e nurse", "trainee
                             // accountant") weighs this much more than its rarity alone says

    // --- Title score (score.cpp) ---
    float partial_floor = 0.45f;       // titles missing a query word and covering less of it than this are noise
    float length_base = 0.55f;         // coverage × (base + per_fraction × share of the title covered): a title
    float length_per_fraction = 0.45f; // the query covers whole beats a longer one ("nurse" -> Nurse first)
    float unmatched_qualifier = 0.5f;  // an unmatched "(qualifier)" word counts half in that share
    float all_words = 0.3f;            // a title holding every query word beats a partial match
    float head_noun = 0.05f;           // the query's last word is the title's last word: a "speciality doctor"
                                       // is a doctor, a "doctor maker" is not
    // Title-kind prior: how much each kind of title is trusted as the name people use for the job.
    float kind_official = 0.1f;
    float kind_everyday = 0.06f;
    float kind_index = 0.04f;
    float kind_related = 0.04f;
    float kind_onet_reported = 0.0f;
    float kind_onet_alternate = 0.0f;    // short names only (the long tail is not shipped)
    float kind_uk_equivalent = -0.06f;   // right word, but through a many-to-many crosswalk
    float popularity = 0.1f;  // times the occupation's size, 0-1 on a log scale: the common job first

    // --- Occupation score (score.cpp) ---
    float title_count = 0.03f;             // occupations matched by many titles are likelier meant: this times
    float title_count_saturation = 5.0f;   // min(1, log2(1 + titles matched) / this), full at 31 titles
    float official = 0.06f;                // the occupation's official title itself holds every query word

    // --- Completion weight (index_build.cpp): which completions of a short prefix are kept ---
    float completion_frequency = 0.02f;  // a word's weight is its best title prior plus this × log2(1 + titles)

    // --- Bounds that keep a keystroke fast whatever is typed (expand.cpp, accumulate.cpp) ---
    std::size_t max_completions = 48;       // a prefix expands to at most this many of its heaviest words,
    std::size_t completion_postings[4] = {0, 600, 1000, 2500};  // and their titles, by prefix length (3+ alike)
    std::size_t max_joined_completions = 64;  // completions of two query words typed as one
    std::size_t refine_only_postings = 3000;  // a last word matching more titles only refines the earlier words'
};

inline constexpr SearchWeights kWeights{};

inline float kind_weight(TitleKind k) {
    switch (k) {
        case TitleKind::official: return kWeights.kind_official;
        case TitleKind::everyday: return kWeights.kind_everyday;
        case TitleKind::index: return kWeights.kind_index;
        case TitleKind::related: return kWeights.kind_related;
        case TitleKind::onet_reported: return kWeights.kind_onet_reported;
        case TitleKind::onet_alternate: return kWeights.kind_onet_alternate;
        case TitleKind::uk_equivalent: return kWeights.kind_uk_equivalent;
    }
    return 0.0f;
}

}  // namespace ometer::search_detail
