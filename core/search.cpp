// Occupation search; see search.hpp. An inverted index over folded title words: each query word expands
// to vocabulary words (exact, spelling variants and plurals, prefixes, compounds, typos), titles are scored
// by how much of the query and of the title matched, then by title kind and how common the occupation is,
// and the best title per occupation wins. Every buffer a search needs is kept between calls.
#include "core/search.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "core/text.hpp"

namespace ometer {

// The wasm build is optimised for size (-Oz), which leaves even string_view::operator[] and std::min out of
// line; the per-keystroke functions are flattened so their small helpers are inlined where they run.
#if defined(__GNUC__) || defined(__clang__)
#define OMETER_HOT [[gnu::flatten]]
#else
#define OMETER_HOT
#endif

namespace {

using Expansion = SearchIndex::Expansion;

// How much each kind of title is trusted as the name people use for the job.
float kind_weight(TitleKind k) {
    switch (k) {
        case TitleKind::official: return 0.1f;
        case TitleKind::everyday: return 0.06f;
        case TitleKind::index: return 0.04f;
        case TitleKind::related: return 0.04f;
        case TitleKind::onet_reported: return 0.0f;
        case TitleKind::onet_alternate: return 0.0f;   // short names only (the long tail is not shipped)
        case TitleKind::uk_equivalent: return -0.06f;  // right word, but through a many-to-many crosswalk
    }
    return 0.0f;
}

// Match qualities: how sure we are that the title word is the word the student meant.
constexpr float kExact = 1.0f, kSpelling = 0.95f, kJoined = 0.95f, kVariant = 0.93f, kSplit = 0.9f;
constexpr float kAbbreviation = 0.93f, kAbbreviationTyping = 0.8f, kTypo1 = 0.8f, kTypo1Short = 0.75f, kTypo2 = 0.65f,
                kPrefixTypo = 0.6f;
constexpr float kQualifierFactor = 0.95f;    // a word of the "(qualifier)" is context, not the job's name
constexpr float kUnmatchedQualifier = 0.5f;  // an unmatched qualifier word dilutes a match half as much
constexpr float kAllWordsBonus = 0.3f;       // titles containing every query word beat partial matches
constexpr float kPopularityWeight = 0.1f;    // how common the occupation is (log jobs), 0-1 scaled
constexpr float kTitleCountWeight = 0.03f;   // occupations matched by many titles are likelier meant
constexpr float kPartialFloor = 0.45f;       // partial matches below this are noise
constexpr float kHeadNounBonus = 0.05f;      // the query's last word is the title's last word
constexpr float kHeadWordWeight = 1.5f;      // weight of the query's last word against its idf
constexpr float kOfficialBonus = 0.06f;      // the occupation's official title itself matches the query

// Bounds that keep a keystroke fast whatever is typed: a short prefix expands to its likeliest words only,
// and a last word matching very many titles only refines the titles the earlier words found.
constexpr std::size_t kMaxPrefixWords = 48, kRefineOnlyPostings = 3000;
constexpr std::size_t kPrefixPostingBudget[] = {0, 600, 1000, 2500};  // by prefix length, 3 and more alike

// A posting or forward entry: (title or word << kPostingShift) | position | qualifier bit | compound bit.
// A compound entry ("firefighter" added to a title that says "Fire fighter") covers its position and the
// one before.
constexpr unsigned kPositionBits = 5, kQualifierBit = 1u << kPositionBits, kCompoundBit = kQualifierBit << 1,
                   kPostingShift = kPositionBits + 2, kPlaceMask = (1u << kPostingShift) - 1;
constexpr std::size_t kMaxTitleWords = 1u << kPositionBits;

// Words that carry no meaning in a job title: not indexed, and dropped from queries.
bool is_stopword(std::string_view w) {
    static constexpr std::string_view kStop[] = {"a",   "an",  "and", "at", "by", "for", "from", "in",  "into",
                                                 "nec", "nos", "of",  "on", "or", "the", "to",   "with"};
    for (auto s : kStop)
        if (w == s) return true;
    return false;
}

std::uint64_t hash_text(std::string_view s) {  // FNV-1a
    std::uint64_t h = 1469598103934665603ull;
    for (char c : s) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    return h;
}

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

// A small open-addressing hash set of vocabulary words while the index is built: faster than
// std::unordered_map for the hundred thousand lookups of a bundle's titles.
class WordTable {
public:
    explicit WordTable(std::size_t expected) {
        std::size_t capacity = 16;
        while (capacity < expected * 2) capacity *= 2;
        slots_.assign(capacity, 0);
    }
    // The id of `w`, adding it (as id words.size()) when new.
    std::uint32_t insert(std::string_view w, std::vector<std::string_view>& words) {
        std::size_t at = find_slot(w, words);
        if (slots_[at] == 0) {
            words.push_back(w);
            slots_[at] = static_cast<std::uint32_t>(words.size());
            if (words.size() * 2 > slots_.size()) grow(words);
        }
        return slots_[find_slot(w, words)] - 1;
    }
    std::int64_t find(std::string_view w, const std::vector<std::string_view>& words) const {
        std::uint32_t slot = slots_[find_slot(w, words)];
        return slot == 0 ? -1 : static_cast<std::int64_t>(slot) - 1;
    }

private:
    std::size_t find_slot(std::string_view w, const std::vector<std::string_view>& words) const {
        std::size_t mask = slots_.size() - 1, at = static_cast<std::size_t>(hash_text(w)) & mask;
        while (slots_[at] != 0 && words[slots_[at] - 1] != w) at = (at + 1) & mask;
        return at;
    }
    void grow(const std::vector<std::string_view>& words) {
        slots_.assign(slots_.size() * 2, 0);
        for (std::uint32_t id = 0; id < words.size(); ++id) slots_[find_slot(words[id], words)] = id + 1;
    }
    std::vector<std::uint32_t> slots_;  // word id + 1, 0 = empty
};

// Words for how far along someone is in the job, which job titles often leave out.
bool is_stage_word(std::string_view w) {
    static constexpr std::string_view kStage[] = {"apprentice", "graduate", "junior", "qualified",
                                                  "senior",     "student",  "trainee"};
    for (auto s : kStage)
        if (w == s) return true;
    return false;
}

// Short forms and other names people type for words of job titles, including British and American words
// for the same job. Two-word forms need both words in the title.
struct WordForm {
    std::string_view typed, first, second;
};
constexpr WordForm kWordForms[] = {
    {"admin", "administrator", ""},
    {"anaesthetist", "anesthesiologist", ""},
    {"anesthesiologist", "anaesthetist", ""},
    {"asst", "assistant", ""},
    {"binman", "garbage", "collector"},
    {"ceo", "chief", "executive"},
    {"cop", "police", "officer"},
    {"custodian", "caretaker", ""},
    {"dept", "department", ""},
    {"dev", "developer", ""},
    {"doc", "doctor", ""},
    {"doctor", "physician", ""},
    {"dustman", "garbage", "collector"},
    {"elementary", "primary", ""},
    {"eng", "engineer", ""},
    {"exec", "executive", ""},
    {"garbage", "refuse", ""},
    {"gp", "general", "practitioner"},
    {"govt", "government", ""},
    {"headmaster", "principal", ""},
    {"headmistress", "principal", ""},
    {"hr", "human", "resources"},
    {"info", "information", ""},
    {"it", "information", "technology"},
    {"janitor", "caretaker", ""},
    {"joiner", "carpenter", ""},
    {"lab", "laboratory", ""},
    {"lorry", "truck", ""},
    {"mailman", "postman", ""},
    {"mech", "mechanic", ""},
    {"mgr", "manager", ""},
    {"mp", "member", "parliament"},
    {"nursery", "preschool", ""},
    {"ops", "operations", ""},
    {"pa", "personal", "assistant"},
    {"pe", "physical", "education"},
    {"physician", "doctor", ""},
    {"physio", "physiotherapist", ""},
    {"physio", "physical", "therapist"},
    {"physiotherapist", "physical", "therapist"},
    {"postie", "postman", ""},
    {"postie", "mail", "carrier"},
    {"postman", "mail", "carrier"},
    {"postwoman", "mail", "carrier"},
    {"pr", "public", "relations"},
    {"preschool", "nursery", ""},
    {"primary", "elementary", ""},
    {"prof", "professor", ""},
    {"realtor", "estate", "agent"},
    {"rep", "representative", ""},
    {"rubbish", "refuse", ""},
    {"sen", "special", "needs"},
    {"stewardess", "flight", "attendant"},
    {"ta", "teaching", "assistant"},
    {"tech", "technician", ""},
    {"techie", "technician", ""},
    {"trash", "refuse", ""},
    {"truck", "lorry", ""},
    {"tv", "television", ""},
    {"uni", "university", ""},
    {"vet", "veterinary", ""},
    {"vet", "veterinarian", ""},
};
// The same for two typed words.
struct PhraseForm {
    std::string_view typed_first, typed_second, first, second;
};
constexpr PhraseForm kPhraseForms[] = {
    {"air", "hostess", "flight", "attendant"}, {"bin", "man", "garbage", "collector"},
    {"dry", "liner", "drywall", ""},           {"garbage", "man", "refuse", "collector"},
    {"lollipop", "lady", "crossing", "guard"}, {"lollipop", "man", "crossing", "guard"},
    {"mail", "carrier", "postman", ""},        {"physical", "therapist", "physiotherapist", ""},
};

std::uint32_t letter_mask(std::string_view w) {
    std::uint32_t m = 0;
    for (char c : w)
        if (c >= 'a' && c <= 'z') m |= 1u << (c - 'a');
    return m;
}

int popcount32(std::uint32_t v) {
#if defined(__GNUC__) || defined(__clang__)
    return __builtin_popcount(v);  // one instruction in wasm
#else
    int n = 0;
    for (; v; v &= v - 1) ++n;
    return n;
#endif
}

bool ends_with(std::string_view s, std::string_view suffix) {
    return s.size() >= suffix.size() && s.compare(s.size() - suffix.size(), suffix.size(), suffix) == 0;
}

// Word starts that sound alike, for typos in the first letter: "farmacist" / "pharmacist", "kemist" /
// "chemist", "sientist" / "scientist". Returns the other starts (as head bytes, see word_head_) of `q`.
struct SoundAlike {
    std::uint32_t first[2] = {0, 0};  // one-letter starts
    std::uint32_t pair = 0;           // a two-letter start: byte 0 | byte 1 << 8
};
SoundAlike sounds_alike(std::string_view q) {
    SoundAlike s;
    auto pair = [](char a, char b) {
        return static_cast<std::uint32_t>(static_cast<unsigned char>(a)) |
               static_cast<std::uint32_t>(static_cast<unsigned char>(b)) << 8;
    };
    if (q.size() < 2) return s;
    if (q[0] == 'f') s.pair = pair('p', 'h');
    if (q[0] == 'p' && q[1] == 'h') s.first[0] = 'f';
    if (q[0] == 'k') s.first[0] = 'c', s.pair = pair('c', 'h');
    if (q[0] == 'c') s.first[0] = 'k', s.first[1] = 's';
    if (q[0] == 'c' && q[1] == 'h') s.first[0] = 'k';
    if (q[0] == 's') s.first[0] = 'c';
    if (q[0] == 'j') s.first[0] = 'g';
    if (q[0] == 'g') s.first[0] = 'j';
    return s;
}

// How many people do the job: employee jobs, else projected-employment base, else the latest APS series
// point; < 0 when the bundle has none of them.
double popularity(const Occupation& o) {
    if (o.jobs) return *o.jobs;
    if (o.outlook.employment_now) return *o.outlook.employment_now;
    for (const auto& s : o.outlook.series)
        if (s.source_id.compare(0, 3, "aps") == 0 && !s.points.empty()) return s.points.back().value;
    return -1;
}

}  // namespace

SearchIndex::SearchIndex(const Bundle& bundle) : SearchIndex(bundle, TitleSet{}) {}

SearchIndex::SearchIndex(const Bundle& bundle, const TitleSet& titles) : bundle_(&bundle) { build(bundle, titles); }

OMETER_HOT void SearchIndex::build(const Bundle& bundle, const TitleSet& titles) {
    const auto& occs = bundle.occupations;
    // Popularity prior, log-scaled to 0-1 across the bundle. Detailed occupations that share one published
    // figure (O*NET "29-1141.01" and "29-1141.02" both carry the BLS count of 29-1141) split it evenly, so a
    // rare speciality does not inherit the size of its whole family. Unknown sizes get the median.
    std::vector<double> people(occs.size());
    std::map<std::pair<std::string, double>, int> sharing;
    for (std::size_t i = 0; i < occs.size(); ++i) {
        people[i] = popularity(occs[i]);
        if (occs[i].jobs) ++sharing[{occs[i].code.substr(0, occs[i].code.find('.')), *occs[i].jobs}];
    }
    std::vector<double> logs;
    for (std::size_t i = 0; i < occs.size(); ++i) {
        if (occs[i].jobs) people[i] /= sharing[{occs[i].code.substr(0, occs[i].code.find('.')), *occs[i].jobs}];
        if (people[i] >= 0) logs.push_back(std::log1p(people[i]));
    }
    occupation_prior_.assign(occs.size(), 0.5f);
    if (!logs.empty()) {
        std::sort(logs.begin(), logs.end());
        double lo = logs.front(), hi = logs.back(), median = logs[logs.size() / 2];
        for (std::size_t i = 0; i < occs.size(); ++i) {
            double v = people[i] >= 0 ? std::log1p(people[i]) : median;
            occupation_prior_[i] = hi > lo ? static_cast<float>((v - lo) / (hi - lo)) : 0.5f;
        }
    }

    // Pass 1: fold every title into one arena and note its words (position, qualifier or not).
    struct Span {
        std::uint32_t offset;
        std::uint16_t length;
        std::uint8_t position;  // with kQualifierBit for words of the "(qualifier)"
    };
    std::string arena, folded;
    std::vector<Span> spans;
    std::vector<std::uint32_t> first_span;
    std::vector<std::string_view> words;
    std::vector<std::string_view> title_words;
    std::string title_joined;
    std::size_t total = occs.size() + titles.titles.size();
    titles_.reserve(total);
    first_span.reserve(total + 1);
    spans.reserve(total * 3);
    auto add_title = [&](std::string_view text, std::uint32_t occupation, TitleKind kind) {
        Title t;
        t.text = static_cast<std::uint32_t>(title_text_.size());
        t.occupation = occupation;
        t.kind = kind;
        t.prior = kind_weight(kind) + kPopularityWeight * occupation_prior_[occupation];
        title_text_.append(text);
        first_span.push_back(static_cast<std::uint32_t>(spans.size()));
        std::size_t paren = text.find('(');
        std::size_t position = 0;
        for (int part = 0; part < 2; ++part) {
            std::string_view piece =
                part == 0 ? text.substr(0, paren) : (paren == std::string_view::npos ? "" : text.substr(paren));
            fold_into(piece, folded);
            split_words_into(folded, words);
            match_words(words, title_words, title_joined, kMaxTitleWords, false);
            for (std::string_view w : title_words) {
                if (position >= kMaxTitleWords || w.size() > 0xFFFF) continue;
                bool repeat = false;
                for (std::size_t s = first_span.back(); s < spans.size() && !repeat; ++s)
                    repeat = std::string_view(arena.data() + spans[s].offset, spans[s].length) == w;
                if (repeat) continue;
                spans.push_back({static_cast<std::uint32_t>(arena.size()), static_cast<std::uint16_t>(w.size()),
                                 static_cast<std::uint8_t>(position | (part ? kQualifierBit : 0))});
                arena.append(w);
                ++position;
            }
            if (part == 0) t.main_words = static_cast<std::uint8_t>(position);
        }
        t.qualifier_words = static_cast<std::uint8_t>(position - t.main_words);
        titles_.push_back(t);
    };
    for (std::size_t i = 0; i < occs.size(); ++i)
        add_title(occs[i].title, static_cast<std::uint32_t>(i), TitleKind::official);
    for (const auto& t : titles.titles)
        if (t.occupation < occs.size()) add_title(t.text, t.occupation, t.kind);
    first_span.push_back(static_cast<std::uint32_t>(spans.size()));

    // Pass 2: the vocabulary, sorted for prefix lookups, and its postings in title order.
    WordTable ids(spans.size() / 8 + 16);
    std::vector<std::string_view> vocab;
    std::vector<std::uint32_t> span_word(spans.size());
    for (std::size_t s = 0; s < spans.size(); ++s)
        span_word[s] = ids.insert(std::string_view(arena.data() + spans[s].offset, spans[s].length), vocab);
    // Two adjacent title words that the vocabulary also knows as one ("fork lift" / "forklift", "care
    // taker" / "caretaker") get the joined word too, so either spelling finds both kinds of title.
    std::vector<std::uint32_t> token_word, token_first;
    std::vector<std::uint8_t> token_place;
    token_word.reserve(spans.size() + spans.size() / 16);
    token_place.reserve(token_word.capacity());
    token_first.reserve(first_span.size());
    std::string joined;
    for (std::size_t t = 0; t + 1 < first_span.size(); ++t) {
        token_first.push_back(static_cast<std::uint32_t>(token_word.size()));
        for (std::uint32_t sp = first_span[t]; sp < first_span[t + 1]; ++sp) {
            token_word.push_back(span_word[sp]);
            token_place.push_back(spans[sp].position);
            if (sp == first_span[t] ||
                (spans[sp].position & (kQualifierBit - 1)) != (spans[sp - 1].position & (kQualifierBit - 1)) + 1 ||
                ((spans[sp].position ^ spans[sp - 1].position) & kQualifierBit))
                continue;
            joined.assign(arena, spans[sp - 1].offset, spans[sp - 1].length);
            joined.append(arena, spans[sp].offset, spans[sp].length);
            const std::int64_t found = ids.find(joined, vocab);
            if (found < 0) continue;
            const auto id = static_cast<std::uint32_t>(found);
            bool present = false;
            for (std::uint32_t x = token_first.back(); x < token_word.size(); ++x) present = present || token_word[x] == id;
            if (present) continue;
            token_word.push_back(id);
            token_place.push_back(static_cast<std::uint8_t>(spans[sp].position | kCompoundBit));
        }
    }
    token_first.push_back(static_cast<std::uint32_t>(token_word.size()));
    std::vector<std::uint32_t> order(vocab.size()), rank(vocab.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return vocab[a] < vocab[b]; });
    word_offset_.assign(1, 0);
    word_offset_.reserve(vocab.size() + 1);
    for (std::uint32_t r = 0; r < order.size(); ++r) {
        rank[order[r]] = r;
        word_text_.append(vocab[order[r]]);
        word_offset_.push_back(static_cast<std::uint32_t>(word_text_.size()));
    }
    const std::size_t n_words = vocab.size();
    posting_offset_.assign(n_words + 1, 0);
    for (auto& w : token_word) {
        w = rank[w];
        ++posting_offset_[w + 1];
    }
    for (std::size_t i = 0; i < n_words; ++i) posting_offset_[i + 1] += posting_offset_[i];
    postings_.resize(token_word.size());
    std::vector<std::uint32_t> fill(posting_offset_.begin(), posting_offset_.end() - 1);
    for (std::uint32_t t = 0; t < titles_.size(); ++t)
        for (std::uint32_t x = token_first[t]; x < token_first[t + 1]; ++x)
            postings_[fill[token_word[x]]++] = (t << kPostingShift) | token_place[x];

    forward_offset_ = std::move(token_first);
    forward_.resize(token_word.size());
    for (std::size_t x = 0; x < token_word.size(); ++x) forward_[x] = (token_word[x] << kPostingShift) | token_place[x];

    const double n = static_cast<double>(std::max<std::size_t>(titles_.size(), 1));
    word_idf_.resize(n_words);
    word_mask_.resize(n_words);
    word_head_.resize(n_words);
    std::size_t max_len = 0;
    for (std::uint32_t i = 0; i < n_words; ++i) {
        double df = posting_offset_[i + 1] - posting_offset_[i];
        word_idf_[i] = static_cast<float>(std::log(1.0 + n / df));
        word_mask_[i] = letter_mask(word(i));
        std::string_view w = word(i);
        word_head_[i] = static_cast<std::uint16_t>(static_cast<unsigned char>(w[0]) |
                                                   (w.size() > 1 ? static_cast<unsigned char>(w[1]) << 8 : 0));
        max_len = std::max(max_len, word(i).size());
    }
    // A word's weight as a completion: the best prior of a title it names (as a main word), plus how often
    // titles use it.
    word_weight_.assign(n_words, -1.0f);
    for (std::uint32_t i = 0; i < n_words; ++i) {
        for (std::uint32_t p = posting_offset_[i]; p < posting_offset_[i + 1]; ++p)
            if (!(postings_[p] & kQualifierBit))
                word_weight_[i] = std::max(word_weight_[i], titles_[postings_[p] >> kPostingShift].prior);
        word_weight_[i] += 0.02f * std::log2(1.0f + static_cast<float>(posting_offset_[i + 1] - posting_offset_[i]));
    }
    length_offset_.assign(max_len + 2, 0);
    for (std::uint32_t i = 0; i < n_words; ++i) ++length_offset_[word(i).size() + 1];
    for (std::size_t l = 0; l + 1 < length_offset_.size(); ++l) length_offset_[l + 1] += length_offset_[l];
    by_length_.resize(n_words);
    fill.assign(length_offset_.begin(), length_offset_.end() - 1);
    for (std::uint32_t i = 0; i < n_words; ++i) by_length_[fill[word(i).size()]++] = i;
    for (std::uint32_t i = 0; i < n_words; ++i) {
        std::string key = spelling_key(word(i));
        if (key != word(i)) spelling_.emplace_back(hash_text(key), i);
    }
    std::sort(spelling_.begin(), spelling_.end());

    word_stamp_.assign(n_words, 0);
    word_slot_.assign(n_words, 0);
    title_mark_.assign(titles_.size(), {0, 0});
    pair_stamp_.assign(titles_.size(), 0);
    occupation_stamp_.assign(occs.size(), 0);
    occupation_title_.assign(occs.size(), 0);
    occupation_count_.assign(occs.size(), 0);
    occupation_score_.assign(occs.size(), 0);
    occupation_official_.assign(occs.size(), 0);
    cache_.resize(3 * kMaxQueryWords);
}

std::size_t SearchIndex::memory_bytes() const {
    auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
    std::size_t total = bytes(titles_) + title_text_.capacity() + word_text_.capacity() + bytes(word_offset_);
    total += bytes(word_idf_) + bytes(word_weight_) + bytes(word_mask_) + bytes(word_head_);
    total += bytes(posting_offset_) + bytes(postings_) + bytes(forward_offset_) + bytes(forward_);
    total += bytes(by_length_) + bytes(length_offset_) + bytes(spelling_) + bytes(occupation_prior_);
    total += bytes(word_stamp_) + bytes(word_slot_) + bytes(title_mark_) + bytes(pair_stamp_) + bytes(candidates_);
    total += bytes(occupation_stamp_) + bytes(occupation_title_) + bytes(occupation_count_) + bytes(occupation_score_);
    total += bytes(occupation_official_) + bytes(occupations_touched_) + bytes(prefix_words_) + bytes(ranked_);
    for (const auto& c : cache_) total += bytes(c.expansions) + c.word.capacity();
    return total;
}

std::uint32_t SearchIndex::lower_bound_word(std::string_view w) const {
    std::size_t lo = 0, hi = word_count();
    while (lo < hi) {
        std::size_t mid = (lo + hi) / 2;
        if (word(static_cast<std::uint32_t>(mid)) < w)
            lo = mid + 1;
        else
            hi = mid;
    }
    return static_cast<std::uint32_t>(lo);
}

std::int64_t SearchIndex::find_word(std::string_view w) const {
    const std::uint32_t at = lower_bound_word(w);
    return at < word_count() && word(at) == w ? static_cast<std::int64_t>(at) : -1;
}

std::pair<std::uint32_t, std::uint32_t> SearchIndex::prefix_range(std::string_view prefix) const {
    const std::size_t lo = lower_bound_word(prefix);
    std::size_t end = lo, top = word_count();
    while (end < top) {  // first word not starting with the prefix
        std::size_t mid = (end + top) / 2;
        if (word(static_cast<std::uint32_t>(mid)).compare(0, prefix.size(), prefix) <= 0)
            end = mid + 1;
        else
            top = mid;
    }
    return {static_cast<std::uint32_t>(lo), static_cast<std::uint32_t>(end)};
}

const std::vector<Expansion>& SearchIndex::expand(std::string_view q, bool is_last, bool typos) const {
    for (auto& c : cache_)
        if (c.last == is_last && c.typos == typos && c.word == q) {
            c.used = call_;
            return c.expansions;
        }
    // A search asks for at most two lists per word (its own, then with typos), and the cache holds three
    // per word, so a slot that this search does not use is always found.
    while (cache_[cache_next_].used == call_) cache_next_ = (cache_next_ + 1) % cache_.size();
    CachedExpansions& slot = cache_[cache_next_];
    cache_next_ = (cache_next_ + 1) % cache_.size();
    slot.used = call_;
    slot.word.assign(q);
    slot.last = is_last;
    slot.typos = typos;
    expand_into(q, is_last, typos, slot.expansions);
    return slot.expansions;
}

OMETER_HOT void SearchIndex::expand_into(std::string_view q, bool is_last, bool typos,
                                         std::vector<Expansion>& out) const {
    out.clear();
    if (++word_stamp_value_ == 0) {
        std::fill(word_stamp_.begin(), word_stamp_.end(), 0);
        word_stamp_value_ = 1;
    }
    auto add = [&](std::int64_t id, float quality, std::uint8_t shown = 0) {
        if (id < 0) return;
        auto w = static_cast<std::uint32_t>(id);
        if (word_stamp_[w] == word_stamp_value_) {
            Expansion& e = out[word_slot_[w]];
            if (quality > e.quality) {
                e.quality = quality;
                e.shown = shown;
            }
            return;
        }
        word_stamp_[w] = word_stamp_value_;
        word_slot_[w] = static_cast<std::uint32_t>(out.size());
        out.push_back({w, kNone, quality, 1, shown});
    };
    auto add_pair = [&](std::int64_t first, std::int64_t head, float quality) {
        if (first >= 0 && head >= 0 && first != head)
            out.push_back({static_cast<std::uint32_t>(head), static_cast<std::uint32_t>(first), quality, 1, 0});
    };

    const std::int64_t exact = find_word(q);
    add(exact, kExact);
    // Spelling variants, plurals and gendered compounds share a spelling key (see text.hpp).
    std::string key = spelling_key(q);
    if (key != q) add(find_word(key), kSpelling);
    auto range = std::equal_range(spelling_.begin(), spelling_.end(), std::make_pair(hash_text(key), std::uint32_t{0}),
                                  [](const auto& a, const auto& b) { return a.first < b.first; });
    for (auto it = range.first; it != range.second; ++it)
        if (spelling_key(word(it->second)) == key) add(it->second, kSpelling);
    // Female forms with their own ending: actress -> actor, waitress -> waiter, headmistress -> headmaster.
    if (q.size() >= 6 && ends_with(q, "ess")) {
        std::string stem(q.substr(0, q.size() - 4));
        add(find_word(q.substr(0, q.size() - 3)), kVariant);
        add(find_word(stem + "or"), kVariant);
        add(find_word(stem + "er"), kVariant);
        if (ends_with(q, "mistress")) add(find_word(std::string(q.substr(0, q.size() - 8)) + "master"), kVariant);
    }
    for (const auto& a : kWordForms) {
        if (a.typed != q) continue;
        float quality = is_last ? kAbbreviationTyping : kAbbreviation;
        if (a.second.empty())
            add(find_word(a.first), quality);
        else
            add_pair(find_word(a.first), find_word(a.second), quality);
    }

    // Prefixes: the word being typed (last) matches generously; an earlier word only when it is 3+ letters
    // and not a word of its own ("admin", "tech").
    bool completions = false;
    if (is_last || (q.size() >= 3 && exact < 0)) {
        auto [lo, hi] = prefix_range(q);
        prefix_words_.clear();
        for (std::uint32_t id = lo; id < hi; ++id)
            if (static_cast<std::int64_t>(id) != exact) prefix_words_.push_back(id);
        if (prefix_words_.size() > kMaxPrefixWords) {
            auto heavier = [this](std::uint32_t a, std::uint32_t b) {
                return word_weight_[a] != word_weight_[b] ? word_weight_[a] > word_weight_[b] : a < b;
            };
            std::nth_element(prefix_words_.begin(), prefix_words_.begin() + kMaxPrefixWords, prefix_words_.end(),
                             heavier);
            prefix_words_.resize(kMaxPrefixWords);
            std::sort(prefix_words_.begin(), prefix_words_.end(), heavier);
            std::size_t postings = 0, keep = 0;
            const std::size_t budget = kPrefixPostingBudget[std::min<std::size_t>(q.size(), 3)];
            for (; keep < prefix_words_.size(); ++keep) {
                std::size_t more = posting_offset_[prefix_words_[keep] + 1] - posting_offset_[prefix_words_[keep]];
                if (keep > 0 && postings + more > budget) break;
                postings += more;
            }
            prefix_words_.resize(keep);
        }
        for (std::uint32_t id : prefix_words_) {
            completions = true;
            float ratio = static_cast<float>(q.size()) / static_cast<float>(word(id).size());
            add(id, is_last ? 0.75f + 0.1f * ratio : 0.5f + 0.2f * ratio,
                static_cast<std::uint8_t>(std::min<std::size_t>(q.size(), 255)));
        }
    }
    // Typos only for words that are neither in the vocabulary nor, while being typed, a start of one (unless
    // asked: the words of a query that no title holds together may hold a real-word typo).
    if (q.size() < 4 || (!typos && (exact >= 0 || (is_last && completions)))) return;

    // A compound written as one word that the titles write as two: "stockbroker", "dinnerlady".
    if (q.size() >= 6 && !completions)
        for (std::size_t cut = 3; cut + 3 <= q.size(); ++cut)
            add_pair(find_word(q.substr(0, cut)), find_word(q.substr(cut)), kSplit);

    // Typos: one edit from 4 letters, two from 7, only when the word is not itself in the vocabulary. While
    // a word is being typed its prefix completions are the likelier intent, so typos rank a little lower.
    const int max_d = q.size() >= 7 ? 2 : 1;
    const float damp = is_last && !out.empty() ? 0.85f : 1.0f;
    const float one = (q.size() >= 5 ? kTypo1 : kTypo1Short) * damp;
    const EditDistanceMatcher matcher(q);
    const SoundAlike alike = sounds_alike(q);
    const std::uint32_t qmask = letter_mask(q), q0 = static_cast<unsigned char>(q[0]),
                        q1 = static_cast<unsigned char>(q[1]);
    for (std::size_t len = q.size() - static_cast<std::size_t>(max_d);
         len <= q.size() + static_cast<std::size_t>(max_d); ++len) {
        if (len + 1 >= length_offset_.size()) break;
        for (std::uint32_t k = length_offset_[len]; k < length_offset_[len + 1]; ++k) {
            const std::uint32_t id = by_length_[k], head = word_head_[id];
            if ((head & 0xFF) != q0 && (head >> 8) != q1 && (head & 0xFF) != alike.first[0] &&
                (head & 0xFF) != alike.first[1] && head != alike.pair)
                continue;  // keep one anchor letter, or a start that sounds the same
            const std::uint32_t m = word_mask_[id];
            if (popcount32(qmask & ~m) > max_d || popcount32(m & ~qmask) > max_d) continue;
            int d = matcher.distance(word(id), max_d);
            if (d >= 1 && d <= max_d) add(id, d == 1 ? one : kTypo2 * damp);
        }
    }
    // A typo in the word still being typed: compare against prefixes of the same length. Each length's
    // words are in alphabetical order, so those sharing the first letter are one run.
    if (is_last && q.size() >= 5 && !completions) {
        for (std::size_t len = q.size() + 1; len + 1 < length_offset_.size() && len <= q.size() + 8; ++len) {
            auto first = by_length_.begin() + length_offset_[len], last = by_length_.begin() + length_offset_[len + 1];
            first = std::partition_point(first, last, [&](std::uint32_t id) { return word(id)[0] < q[0]; });
            last = std::partition_point(first, last, [&](std::uint32_t id) { return word(id)[0] == q[0]; });
            for (auto it = first; it != last; ++it) {
                std::string_view w = word(*it);
                if (popcount32(qmask & ~letter_mask(w.substr(0, q.size()))) > 1) continue;
                if (matcher.distance(w.substr(0, q.size()), 1) == 1) add(*it, kPrefixTypo);
            }
        }
    }
}

OMETER_HOT void SearchIndex::accumulate(const Expansion& e, std::size_t query_word, bool add_titles) const {
    const auto q8 = static_cast<std::uint8_t>(std::lround(std::min(e.quality, 1.0f) * 255.0f));
    const auto q8_qualifier =
        static_cast<std::uint8_t>(std::lround(std::min(e.quality, 1.0f) * kQualifierFactor * 255.0f));
    if (e.with != kNone) {
        if (++pair_stamp_value_ == 0) {
            std::fill(pair_stamp_.begin(), pair_stamp_.end(), 0);
            pair_stamp_value_ = 1;
        }
        for (std::uint32_t p = posting_offset_[e.with]; p < posting_offset_[e.with + 1]; ++p)
            pair_stamp_[postings_[p] >> kPostingShift] = pair_stamp_value_;
    }
    const std::uint32_t end = posting_offset_[e.word + 1];
    for (std::uint32_t p = posting_offset_[e.word]; p < end; ++p) {
        const std::uint32_t entry = postings_[p], t = entry >> kPostingShift;
        if (e.with != kNone && pair_stamp_[t] != pair_stamp_value_) continue;
        auto& mark = title_mark_[t];
        if (mark.first != stamp_) {
            if (!add_titles) continue;
            mark = {stamp_, static_cast<std::uint32_t>(candidates_.size())};
            candidates_.push_back(Candidate{});
            candidates_.back().title = t;
        }
        Candidate& c = candidates_[mark.second];
        const auto position = static_cast<std::uint8_t>(entry & kPlaceMask);
        const std::uint8_t q = (entry & kQualifierBit) ? q8_qualifier : q8;
        for (std::size_t j = query_word; j < query_word + e.covers && j < kMaxQueryWords; ++j) {
            if (q > c.quality[j]) {
                c.quality[j] = q;
                c.position[j] = position;
            }
            c.matched = static_cast<std::uint8_t>(c.matched | (1u << j));
        }
    }
}

void SearchIndex::accumulate_all(const std::vector<Expansion>* const* own, std::size_t k, std::uint32_t present) const {
    if (++stamp_ == 0) {  // wrapped: reset stamps once every 4 billion searches
        std::fill(title_mark_.begin(), title_mark_.end(), std::make_pair(0u, 0u));
        std::fill(occupation_stamp_.begin(), occupation_stamp_.end(), 0);
        stamp_ = 1;
    }
    candidates_.clear();
    for (std::size_t i = 0; i < k; ++i) {
        if (i + 1 == k && k > 1 && !candidates_.empty()) {
            std::size_t postings = 0;
            for (const auto& e : *own[i]) postings += posting_offset_[e.word + 1] - posting_offset_[e.word];
            // A last word still being typed (not a word of its own yet) or a very common one refines; if no
            // title then holds every word, the earlier words found the wrong titles and it searches afresh.
            if (find_word(query_words_[i]) < 0 || query_words_[i].size() <= 2 || postings > kRefineOnlyPostings) {
                refine(*own[i], query_words_[i], i);
                bool any = false;
                for (const Candidate& c : candidates_) any = any || (c.matched & present) == present;
                if (any || postings > kRefineOnlyPostings) continue;
            }
        }
        for (const auto& e : *own[i]) accumulate(e, i, true);
        for (const auto& e : joined_[i]) accumulate(e, i, true);
    }
}

// The last word, when it would match very many titles (a letter or two typed, or a word like "manager"),
// only refines the titles the earlier words found: each one's words are checked against its expansions
// and against every completion of the prefix, so "car s" still reaches "Car salesman".
OMETER_HOT void SearchIndex::refine(const std::vector<Expansion>& expansions, std::string_view prefix,
                                    std::size_t query_word) const {
    if (++word_stamp_value_ == 0) {
        std::fill(word_stamp_.begin(), word_stamp_.end(), 0);
        word_stamp_value_ = 1;
    }
    for (std::uint32_t x = 0; x < expansions.size(); ++x) {
        const Expansion& e = expansions[x];
        if (e.with != kNone)
            accumulate(e, query_word, false);
        else if (e.shown == 0) {
            word_stamp_[e.word] = word_stamp_value_;
            word_slot_[e.word] = x;
        }
    }
    const auto [lo, hi] = prefix_range(prefix);
    const float plen = static_cast<float>(prefix.size());
    for (Candidate& c : candidates_) {
        for (std::uint32_t f = forward_offset_[c.title]; f < forward_offset_[c.title + 1]; ++f) {
            const std::uint32_t w = forward_[f] >> kPostingShift;
            float quality = 0;
            if (word_stamp_[w] == word_stamp_value_)
                quality = expansions[word_slot_[w]].quality;
            else if (w >= lo && w < hi)
                quality = 0.75f + 0.1f * plen / static_cast<float>(word_offset_[w + 1] - word_offset_[w]);
            else
                continue;
            const auto position = static_cast<std::uint8_t>(forward_[f] & kPlaceMask);
            if (position & kQualifierBit) quality *= kQualifierFactor;
            const auto q8 = static_cast<std::uint8_t>(std::lround(std::min(quality, 1.0f) * 255.0f));
            if (q8 > c.quality[query_word]) {
                c.quality[query_word] = q8;
                c.position[query_word] = position;
            }
            c.matched = static_cast<std::uint8_t>(c.matched | (1u << query_word));
        }
    }
}

OMETER_HOT std::vector<SearchHit> SearchIndex::search(std::string_view raw_query, std::size_t limit) const {
    if (limit == 0 || titles_.empty()) return {};
    if (++call_ == 0) {
        for (auto& c : cache_) c.used = 0;
        call_ = 1;
    }
    // Query words: folded, then as match_words() says.
    fold_into(utf8_truncate(raw_query, kMaxQueryBytes), folded_);
    split_words_into(folded_, query_words_);
    match_words(query_words_, matched_words_, query_joined_, kMaxQueryWords, true);
    query_words_.swap(matched_words_);
    const std::size_t k = query_words_.size();
    if (k == 0) return {};

    // Expansions per word, plus two adjacent words written as one ("police man" -> policeman).
    const std::vector<Expansion>* own[kMaxQueryWords] = {};
    std::uint32_t present = 0;
    for (std::size_t i = 0; i < k; ++i) {
        own[i] = &expand(query_words_[i], i + 1 == k);
        if (!own[i]->empty()) present |= 1u << i;
    }
    for (std::size_t i = 0; i < k; ++i) {
        joined_[i].clear();
        if (i + 1 >= k) continue;
        std::string& joined = joined_text_;
        joined.assign(query_words_[i]);
        joined.append(query_words_[i + 1]);
        const bool typing = i + 2 == k;
        std::int64_t exact = find_word(joined);
        if (exact >= 0) joined_[i].push_back({static_cast<std::uint32_t>(exact), kNone, kJoined, 2, 0});
        if (typing) {
            auto [lo, hi] = prefix_range(joined);
            for (std::uint32_t id = lo; id < hi && id - lo < 64; ++id)
                if (static_cast<std::int64_t>(id) != exact)
                    joined_[i].push_back(
                        {id, kNone, 0.85f, 2, static_cast<std::uint8_t>(std::min<std::size_t>(joined.size(), 255))});
        }
        for (const auto& p : kPhraseForms) {
            if (p.typed_first != query_words_[i] || p.typed_second != query_words_[i + 1]) continue;
            std::int64_t first = find_word(p.first), second = p.second.empty() ? -1 : find_word(p.second);
            float quality = typing ? kAbbreviationTyping : kAbbreviation;
            if (p.second.empty() && first >= 0)
                joined_[i].push_back({static_cast<std::uint32_t>(first), kNone, quality, 2, 0});
            else if (first >= 0 && second >= 0)
                joined_[i].push_back(
                    {static_cast<std::uint32_t>(second), static_cast<std::uint32_t>(first), quality, 2, 0});
        }
        if (!joined_[i].empty()) present |= 3u << i;
    }
    if (present == 0) return {};

    // A query word's weight: the rarest exact or near-exact match, else the average of what it expands to.
    float idf[kMaxQueryWords] = {}, idf_total = 0;
    for (std::size_t i = 0; i < k; ++i) {
        if (!(present & (1u << i))) continue;
        float best = 0, sum = 0;
        int count = 0;
        auto consider = [&](const Expansion& e) {
            sum += word_idf_[e.word];
            ++count;
            if (e.quality >= kSpelling) best = std::max(best, word_idf_[e.word]);
        };
        for (const auto& e : *own[i]) consider(e);
        for (const auto& e : joined_[i]) consider(e);
        if (i > 0)
            for (const auto& e : joined_[i - 1]) consider(e);
        idf[i] = best > 0 ? best : (count ? sum / static_cast<float>(count) : 1.0f);
    }
    // The last word typed is usually the job's head noun ("a&e nurse", "trainee accountant"), so it weighs
    // more than a rare modifier when no title holds every word.
    {
        std::size_t head = k - 1;
        while (head > 0 && !(present & (1u << head))) --head;
        idf[head] *= kHeadWordWeight;
        for (std::size_t i = 0; i < k; ++i) idf_total += idf[i];
    }

    accumulate_all(own, k, present);
    // No title holds every word. A word saying how far along the job is ("trainee accountant") is dropped:
    // the job is the rest. Failing that, one of the words may be a real word typed for another ("taxi
    // diver"), so the words of the vocabulary also look for typos, and the search runs again.
    if (k > 1) {
        auto any_whole = [&] {
            for (const Candidate& c : candidates_)
                if ((c.matched & present) == present) return true;
            return false;
        };
        bool any = any_whole();
        for (std::size_t i = 0; i < k && !any; ++i)
            if (is_stage_word(query_words_[i]) && (present & ~(1u << i))) {
                present &= ~(1u << i);
                idf_total -= idf[i];
                idf[i] = 0;
            }
        any = any || any_whole();
        bool retry = false;
        for (std::size_t i = 0; i < k && !any; ++i)
            if (query_words_[i].size() >= 4 && find_word(query_words_[i]) >= 0) {
                own[i] = &expand(query_words_[i], i + 1 == k, true);
                retry = true;
            }
        if (retry) accumulate_all(own, k, present);
    }

    // Score titles, keep the best per occupation.
    std::size_t head_word = k - 1;
    while (head_word > 0 && !(present & (1u << head_word))) --head_word;
    occupations_touched_.clear();
    for (const Candidate& c : candidates_) {
        const Title& t = titles_[c.title];
        float coverage = 0;
        for (std::size_t i = 0; i < k; ++i) coverage += idf[i] * static_cast<float>(c.quality[i]);
        coverage /= 255.0f * idf_total;
        const bool all = (c.matched & present) == present;
        if (!all && coverage < kPartialFloor) continue;
        // How much of the title the query covers: distinct title words hit by each query word's best match.
        // Unmatched qualifier words count for less: "Nurse (dental practice)" is nearly a whole match for
        // "nurse", but the plain "Nurse" is the likelier meaning.
        std::uint32_t main_mask = 0, qualifier_mask = 0;
        for (std::size_t i = 0; i < k; ++i) {
            if (!(c.matched & (1u << i))) continue;
            std::uint32_t bit = 1u << (c.position[i] & (kQualifierBit - 1));
            if (c.position[i] & kCompoundBit) bit |= bit >> 1;
            if (c.position[i] & kQualifierBit)
                qualifier_mask |= bit;
            else
                main_mask |= bit;
        }
        const int qualifier_hits = popcount32(qualifier_mask);
        const float fraction =
            static_cast<float>(popcount32(main_mask) + qualifier_hits) /
            (static_cast<float>(std::max<int>(t.main_words, 1) + qualifier_hits) +
             kUnmatchedQualifier * static_cast<float>(std::max(t.qualifier_words - qualifier_hits, 0)));
        float score = coverage * (0.55f + 0.45f * std::min(fraction, 1.0f)) + t.prior;
        if (all) score += kAllWordsBonus;
        // English job titles end in their head noun: a "speciality doctor" is a doctor, a "doctor maker" is not.
        if ((c.matched & (1u << head_word)) && (c.position[head_word] & ~kCompoundBit) + 1u == t.main_words)
            score += kHeadNounBonus;
        const std::uint32_t o = t.occupation;
        if (occupation_stamp_[o] != stamp_) {
            occupation_stamp_[o] = stamp_;
            occupation_score_[o] = -1;
            occupation_count_[o] = 0;
            occupation_official_[o] = 0;
            occupations_touched_.push_back(o);
        }
        ++occupation_count_[o];
        if (t.kind == TitleKind::official && all) occupation_official_[o] = 1;
        if (score > occupation_score_[o] || (score == occupation_score_[o] && c.title < occupation_title_[o])) {
            occupation_score_[o] = score;
            occupation_title_[o] = c.title;
        }
    }

    ranked_.clear();
    for (std::uint32_t o : occupations_touched_) {
        float s =
            occupation_score_[o] +
            kTitleCountWeight * std::min(1.0f, std::log2(1.0f + static_cast<float>(occupation_count_[o])) / 5.0f) +
            (occupation_official_[o] ? kOfficialBonus : 0.0f);
        ranked_.emplace_back(s, o);
    }
    auto better = [this](const std::pair<float, std::uint32_t>& a, const std::pair<float, std::uint32_t>& b) {
        if (a.first != b.first) return a.first > b.first;
        return bundle_->occupations[a.second].code < bundle_->occupations[b.second].code;
    };
    const std::size_t n = std::min(limit, ranked_.size());
    std::partial_sort(ranked_.begin(), ranked_.begin() + static_cast<std::ptrdiff_t>(n), ranked_.end(), better);

    // Words to highlight: every vocabulary word a query word expanded to, with how much of it to show.
    if (++word_stamp_value_ == 0) {
        std::fill(word_stamp_.begin(), word_stamp_.end(), 0);
        word_stamp_value_ = 1;
    }
    auto mark = [&](std::uint32_t w, std::uint32_t shown) {
        if (word_stamp_[w] != word_stamp_value_) {
            word_stamp_[w] = word_stamp_value_;
            word_slot_[w] = shown;
        } else if (word_slot_[w] != 0) {
            word_slot_[w] = shown == 0 ? 0 : std::max(word_slot_[w], shown);
        }
    };
    for (std::size_t i = 0; i < k; ++i)
        for (const std::vector<Expansion>* list : {own[i], static_cast<const std::vector<Expansion>*>(&joined_[i])})
            for (const auto& e : *list) {
                mark(e.word, e.shown);
                if (e.with != kNone) mark(e.with, 0);
            }
    const std::string_view typing = query_words_[k - 1];

    std::vector<SearchHit> hits(n);
    std::vector<std::uint32_t>& offsets = highlight_offsets_;
    for (std::size_t r = 0; r < n; ++r) {
        SearchHit& h = hits[r];
        const std::uint32_t o = ranked_[r].second, ti = occupation_title_[o];
        h.occupation = o;
        h.score = ranked_[r].first;
        h.kind = titles_[ti].kind;
        h.title.assign(title_text(ti));
        // Highlights: spans of the shown title whose folded words were matched by a query word.
        std::string ft = fold_with_offsets(h.title, offsets);
        std::size_t start = 0;
        while (start < ft.size()) {
            std::size_t end = ft.find(' ', start);
            if (end == std::string::npos) end = ft.size();
            std::string_view w(ft.data() + start, end - start);
            std::size_t matched_len = 0;
            std::int64_t id = find_word(w);
            if (id >= 0 && word_stamp_[static_cast<std::size_t>(id)] == word_stamp_value_) {
                std::uint32_t shown = word_slot_[static_cast<std::size_t>(id)];
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
                while (e > b && h.title[e - 1] == ' ') --e;  // a folded break may point at a space
                h.highlights.emplace_back(b, e);
            }
            start = end + 1;
        }
    }
    return hits;
}

}  // namespace ometer
