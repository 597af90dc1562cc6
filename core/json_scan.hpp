// Finds where a JSON document's top-level members and a container's items begin and end without parsing
// them (string- and escape-aware), so a reader can parse a large array or object one piece at a time.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace ometer {

// [begin, end) byte offsets into the scanned text.
struct TextSpan {
    std::size_t begin = 0, end = 0;
    std::string_view of(std::string_view text) const { return text.substr(begin, end - begin); }
};

struct ScannedMember {
    std::string_view key;  // as written between the quotes (escapes not decoded)
    TextSpan member;       // from the key's opening quote to the value's end
    TextSpan value;
};

// The members of the top-level object, in order. nullopt when the text is not shaped like one object
// (the caller then parses the whole text, whose parser says what is wrong).
std::optional<std::vector<ScannedMember>> scan_object_members(std::string_view text, TextSpan object);
std::optional<std::vector<ScannedMember>> scan_top_members(std::string_view text);
// The items of the array at `array` (which starts with '['), each span one item's text.
std::optional<std::vector<TextSpan>> scan_array_items(std::string_view text, TextSpan array);

// The value of the one top-level member named `key` when it opens with `open` ('[' or '{'); nullopt when
// the text cannot be read in slices (not one object, the key twice, any key with escapes, another type):
// the caller then parses it whole.
std::optional<TextSpan> sliceable_member(std::string_view text, std::string_view key, char open);
// The text with `value` replaced by `empty` ("[]" or "{}"): the rest of a document, to parse at once.
std::string without_value(std::string_view text, TextSpan value, std::string_view empty);

}  // namespace ometer
