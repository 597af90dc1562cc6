// Text folding for search and matching: case, accents, punctuation and whitespace folded to a canonical
// lower-case ASCII-ish form, plus UTF-8 safety helpers and a bounded edit distance.
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

// As fold(), also filling `source_offsets` with, for each output byte, the byte offset in `text` of the
// character it came from (used to highlight matched words in the original title).
std::string fold_with_offsets(std::string_view text, std::vector<std::uint32_t>& source_offsets);

// Splits folded text on spaces.
std::vector<std::string_view> split_words(std::string_view folded);

// The longest prefix of `text` that is at most `max_bytes` long and ends on a UTF-8 character boundary.
std::string_view utf8_truncate(std::string_view text, std::size_t max_bytes);

// Replaces invalid UTF-8 sequences and control characters with U+FFFD / spaces, so the text is safe to
// put in JSON or on screen.
std::string utf8_sanitise(std::string_view text);

// Optimal-string-alignment distance (Levenshtein plus adjacent transposition), or max_distance + 1 as
// soon as the distance is known to exceed max_distance.
int bounded_edit_distance(std::string_view a, std::string_view b, int max_distance);

}  // namespace ometer
