// Stage 1, fold: text to the words to match, the same rules for titles and queries. Case, accents and
// punctuation are folded by core/text; here single letters are joined and filler words dropped.
#include "core/search/pipeline.hpp"
#include "core/search/words.hpp"
#include "core/text.hpp"

namespace ometer::search_detail {

// The words to match of folded text, the same for titles and queries: runs of single letters joined
// ("G.P." -> "gp", "h g v" -> "hgv"), a letter "and" a letter joined ("A&E" -> "ae", "B&B" -> "bb"), and
// filler words dropped (from a query, unless they are all it has). `out` views the words' text or
// `joined`, which holds the joined letters (it never needs more bytes than there are words, so reserving
// that keeps the views valid).
void match_words(const std::vector<std::string_view>& words, std::vector<std::string_view>& out, std::string& joined,
                 std::size_t max_words, bool keep_lone_filler) {
    out.clear();
    joined.clear();
    joined.reserve(words.size());
    for (std::size_t i = 0; i < words.size() && out.size() < max_words; ++i) {
        std::string_view w = words[i];
        const std::size_t start = joined.size();
        if (w.size() == 1 && i + 2 < words.size() && words[i + 1] == "and" && words[i + 2].size() == 1) {
            (joined += w) += words[i + 2];
            i += 2;
        } else if (w.size() == 1 && i + 1 < words.size() && words[i + 1].size() == 1) {
            for (; i < words.size() && words[i].size() == 1; ++i) joined += words[i];
            --i;
        } else {
            if (!is_stopword(w) || (keep_lone_filler && words.size() == 1)) out.push_back(w);
            continue;
        }
        out.emplace_back(joined.data() + start, joined.size() - start);
    }
}

// Query words: folded, then as match_words() says.
bool fold_query(std::string_view raw, Query& query) {
    fold_into(utf8_truncate(raw, kMaxQueryBytes), query.folded);
    split_words_into(query.folded, query.split);
    match_words(query.split, query.words, query.joined_letters, kMaxQueryWords, true);
    return !query.words.empty();
}

}  // namespace ometer::search_detail
