// SearchWeights: every number that decides how search results rank, and the bounds that keep a keystroke
// fast. How they combine into a score: core/search/score.cpp; per hit: `ometer search --explain QUERY`.
#pragma once

#include <cstddef>

#include "core/model.hpp"

namespace ometer::search_detail {

// Each member says what it trades off, then what depends on it: which queries of the repository set
// (tests/fixtures/search_queries.tsv, both regions) lose (-) or gain (+) their job in the top three when the
// member alone is moved to the value in brackets, as whole queries or while typed ("typing": the queries'
// prefixes of 3+ characters, 2,912 per region, net change). "Nothing": no query moved either way. Measured
// on the shipped bundles when the struct was introduced; worth measuring again after the data changes.
struct SearchWeights {
    // --- Match quality, 0-1: how sure we are that a title word is the word the student meant (expand.cpp) ---
    float exact = 1.0f;  // the reference the others are measured against
    float spelling = 0.95f;  // same spelling key (text.hpp): UK/US spelling, plural, gendered compound
                             // ("pediatrician", "firemen"); below exact so the typed form wins a tie.
                             // [0.85] typing -3: "solicitor", "custom" (customs officer). [1.0] nothing
    float joined = 0.95f;    // two query words that a title writes as one ("fire fighter" -> firefighter).
                             // [1.0] us "care taker" -, typing +2. [0.85] typing +2: "bank man", "store man"
    float variant = 0.93f;   // a female form with its own ending ("actress" -> actor). [0.8, 1.0] nothing
    float split = 0.9f;      // one query word that titles write as two ("stuntman" -> stunt + man).
                             // [0.8, 1.0] nothing
    float short_form = 0.93f;        // another name from words.hpp ("physio" -> physiotherapist).
                                     // [1.0] us "lab technician" +, typing +4. [0.8] typing +1
    float short_form_typing = 0.8f;  // the same for the word still being typed, whose completions may be
                                     // meant instead. [0.93] typing +4: "eng", "children's doc". [0.7] nothing
    float typo_1_edit = 0.8f;        // one edit away, from 5 letters. [0.7] typing +1: "secer". [0.9] nothing
    float typo_1_edit_short = 0.75f; // one edit away in a 4-letter word, where an edit changes more.
                                     // [0.65, 0.8] nothing
    float typo_2_edits = 0.65f;      // two edits away, from 7 letters. [0.5, 0.8] nothing
    float typo_while_typing = 0.85f; // typos of the word being typed, times this: its completions come first.
                                     // [0.7, 1.0] nothing
    float prefix_typo = 0.6f;  // the word being typed is one edit from the start of a longer word.
                               // [0.45] typing -5: "electris", "carpan", "libar". [0.75] typing +1
    float completion_base = 0.75f;     // a completion of the word being typed: base + per_typed x typed /
    float completion_per_typed = 0.1f; // length, so the completion closest to what is typed leads ("electr").
                                       // base [0.65] typing -20, [0.85] -20: "soc", "trave"; per_typed [0]
                                       // typing -16, [0.2] -14
    float earlier_completion_base = 0.5f;       // a completion of an earlier word that is not a word of its
    float earlier_completion_per_typed = 0.2f;  // own: weaker, the student moved on without finishing it.
                                                // [0.3-0.75, 0-0.4] nothing
    float joined_completion = 0.85f;  // two query words typed as one title word still being typed ("fire f").
                                      // [1.0] typing -13: "care t", "bank m", "road s". [0.7] typing -3
    float qualifier_factor = 0.95f;   // a match in a title's "(qualifier)" is context, not the job's name.
                                      // [1.0] typing +4 ("kinderg" +, "market", "park" -). [0.85] typing +1

    // --- Word lengths: when a rule applies (expand.cpp, accumulate.cpp) ---
    std::size_t typo_min_letters = 4;          // shorter words get no typos, nor a retry with typos.
                                               // [5] typing -6: "veti" (vetinary nurse), "H.G.V. d". [3] nothing
    std::size_t typo_1_edit_min_letters = 5;   // from here a one-edit typo has typo_1_edit, below it
                                               // typo_1_edit_short. [4, 6] nothing
    std::size_t typo_2_edits_min_letters = 7;  // from here two edits are allowed. [8] typing -3: "psycolo",
                                               // "libaria". [6] typing +1
    std::size_t prefix_typo_min_letters = 5;   // from here the word being typed may have a typo in what is
                                               // typed so far. [6] typing -22: "plumm", "carpa", "buisn".
                                               // [4] typing +7: "sece", "liba", "nurc" (secertary...)
    std::size_t prefix_typo_max_extra_letters = 8;  // ... against words up to this much longer.
                                                    // [4] typing -4: "psyco", "resep". [12] nothing
    std::size_t split_min_letters = 3;         // each part of a compound split in two ("stunt" + "man").
                                               // [2] typing +1. [4] nothing
    std::size_t variant_min_letters = 6;       // female forms in -ess from this length ("actress").
                                               // [5, 7] nothing
    std::size_t earlier_completion_min_letters = 3;  // an earlier word completes from this length.
                                                     // [2, 4] nothing
    std::size_t refine_max_letters = 2;        // a last word this short only refines the earlier words'
                                               // titles. [1] typing -21: "hotel ma", "site ma". [3] nothing

    // --- Query word weights (score.cpp) ---
    float head_word = 1.5f;  // the query's last word (usually the job's head noun: "a&e nurse", "trainee
                             // accountant") weighs this much more than its rarity alone says.
                             // [1.0] us "road sweeper" -, typing -3. [2.0] nothing

    // --- Title score (score.cpp) ---
    float partial_floor = 0.45f;       // titles missing a query word and covering less of it than this are
                                       // noise. [0.6] us "road sweeper", "hairdresser/barber" -, typing -24.
                                       // [0] typing -1
    float length_base = 0.55f;         // coverage x (base + per_fraction x share of the title covered): a
    float length_per_fraction = 0.45f; // title the query covers whole beats a longer one; the two add up to 1.
                                       // per_fraction [0] 13 whole queries - ("architect", "postie",
                                       // "weather forecaster"), 3 +, typing -86; [0.7] typing -24.
                                       // base [0.3] typing -9; [1.0] typing -10
    float unmatched_qualifier = 0.5f;  // an unmatched "(qualifier)" word counts this much in that share:
                                       // "Nurse (dental practice)" is nearly a whole match for "nurse".
                                       // [1.0] uk "weather forecaster" -, typing -3. [0] typing -19
    float all_words = 0.3f;            // a title holding every query word beats a partial match.
                                       // [0, 0.15] nothing (coverage and the floor already decide these sets)
    float head_noun = 0.05f;           // the query's last word is the title's last word: a "speciality doctor"
                                       // is a doctor, a "doctor maker" is not. [0.1] typing -33 ("occupa").
                                       // [0] typing +25 ("electr" us +, "care" us -)
    // Title-kind prior: how much each kind of title is trusted as the name people use for the job.
    float kind_official = 0.1f;         // [0] typing -12. [0.2] us "kindergarten teacher" -, typing +25
    float kind_everyday = 0.06f;        // [0] typing +1. [0.12] typing +2 ("stew")
    float kind_index = 0.04f;           // [0] typing -23 ("psych", "car"). [0.08] typing -3
    float kind_related = 0.04f;         // [0, 0.08] nothing
    float kind_onet_reported = 0.0f;    // [+0.04] us "lecturer", "children's doctor" -, "lab technician" +.
                                        // [-0.04] one development-set query -
    float kind_onet_alternate = 0.0f;   // short names only (the long tail is not shipped). [-0.04] us "data
                                        // analyst", "lecturer", "site manager", "children's doctor" -, "lab
                                        // technician" +. [+0.04] typing -19, one development-set query -
    float kind_uk_equivalent = -0.06f;  // right word, but through a many-to-many crosswalk.
                                        // [0] us "lecturer", "influencer" -, "lab technician" +.
                                        // [-0.12] us "care taker" -
    float popularity = 0.1f;  // times the occupation's size, 0-1 on a log scale: the common job first.
                              // [0] us "civil servant", "children's doctor", uk "store manager" -, us "paper
                              // boy" +, typing -8. [0.2] uk "stewardess", us "children's doctor" -, typing +11

    // --- Occupation score (score.cpp) ---
    float title_count = 0.03f;            // occupations matched by many titles are likelier meant: this times
    float title_count_saturation = 5.0f;  // min(1, log2(1 + titles matched) / this), full at 31 titles.
                                          // count [0] uk "stewardess", us "MP", "children's doctor" -, typing
                                          // -36; [0.06] us "lecturer" -, typing +38. saturation [2.5] 2 -,
                                          // typing +8; [10] us "children's doctor" -, typing -13
    float official = 0.06f;  // the occupation's official title itself holds every query word.
                             // [0] us "counsellor", uk "engineer", "enginear" -, typing -106.
                             // [0.12] typing 28 -, 28 +

    // --- Completion weight (index_build.cpp): which completions of a short prefix are kept ---
    float completion_frequency = 0.02f;  // a word's weight is its best title prior plus this x log2(1 + titles
                                         // using it). [0] typing +1. [0.05] nothing

    // --- Bounds that keep a keystroke fast whatever is typed (expand.cpp, accumulate.cpp) ---
    std::size_t max_completions = 48;  // a prefix expands to at most this many of its heaviest words,
    std::size_t completion_postings[4] = {0, 600, 1000, 2500};  // and their titles, by prefix length (3+ alike).
                                       // [16 words] typing +1; [1000 words, or no title limit] typing +1 or 0
    std::size_t max_joined_completions = 64;  // completions of two query words typed as one. [8, 1000] nothing
    std::size_t refine_only_postings = 3000;  // a last word matching more titles only refines the earlier
                                              // words' titles. [500] us "solicitor's clerk" +. [no limit] nothing
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
