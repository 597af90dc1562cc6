// Text folding for search and matching: case, accents, punctuation and whitespace folded to a canonical
// lower-case ASCII-ish form, UK/US spelling keys, UTF-8 safety helpers and a bounded edit distance.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace ometer {

// Folds `text` for matching: lower case, Latin accents removed (é->e, ß->ss), apostrophes dropped
// ("children's" -> "childrens"), '&' -> "and", every other punctuation, symbol, emoji or control character
// -> a single space, runs of spaces collapsed, trimmed. Invalid UTF-8 bytes are skipped. Letters outside
// Latin scripts are kept as they are. Never fails, whatever the bytes.
std::string fold(std::string_view text);

// As fold(), writing into `out` (cleared first) so a caller that folds often can reuse its buffer.
void fold_into(std::string_view text, std::string& out);

// As fold(), also filling `source_offsets` with, for each output byte, the byte offset in `text` of the
// character it came from (used to highlight matched words in the original title).
std::string fold_with_offsets(std::string_view text, std::vector<std::uint32_t>& source_offsets);

// Splits folded text on spaces.
std::vector<std::string_view> split_words(std::string_view folded);
void split_words_into(std::string_view folded, std::vector<std::string_view>& out);  // reuses `out`

// A spelling key for one folded word: UK and US spellings, simple plurals and gendered compounds share a
// key ("labourers" and "laborer", "paediatric" and "pediatric", "counsellor" and "counselor", "tyre" and
// "tire", "firemen" and "firewoman", "draughtsman" and "draftsman"). Keys are only compared with each
// other, never shown. The one spelling table (text.cpp) serves search and the data pipeline alike.
std::string spelling_key(std::string_view word);

// spelling_key() of every word of `text`, in order (after fold() and split_words()).
std::vector<std::string> spelling_keys(std::string_view text);

// The key that matches UK job titles with American ones: spelling_key(), then the table's US words for the
// same job ("lorry" -> "truck", "operative" -> "operator", "draughtsman" -> "drafter"). The pipeline's
// crosswalk and US title matching use it; search does not (see text.cpp).
std::string title_word_key(std::string_view word);

// title_word_key() of every word of `text`, in order (after fold() and split_words()).
std::vector<std::string> title_word_keys(std::string_view text);

// The longest prefix of `text` that is at most `max_bytes` long and ends on a UTF-8 character boundary.
std::string_view utf8_truncate(std::string_view text, std::size_t max_bytes);

// Replaces invalid UTF-8 sequences and control characters with U+FFFD / spaces, so the text is safe to
// put in JSON or on screen.
std::string utf8_sanitise(std::string_view text);

// Optimal-string-alignment distance (Levenshtein plus adjacent transposition), or max_distance + 1 as
// soon as the distance is known to exceed max_distance.
int bounded_edit_distance(std::string_view a, std::string_view b, int max_distance);

// The same distance from one word to many others: the word's bit masks are prepared once, then each
// comparison costs a handful of operations per letter (Hyyro's bit-parallel optimal string alignment, for
// words up to 64 bytes; longer ones fall back to bounded_edit_distance).
class EditDistanceMatcher {
public:
    explicit EditDistanceMatcher(std::string_view word);
    int distance(std::string_view other, int max_distance) const;  // == bounded_edit_distance(word, other, max)

private:
    std::string word_;
    std::uint64_t masks_[256] = {};  // bit i set where word_[i] is that byte
};

}  // namespace ometer
