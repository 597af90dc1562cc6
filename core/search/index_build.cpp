// Building the search index: every title folded into words, the sorted vocabulary with its postings and
// per-title word lists, and what the stages look up quickly (idf, completion weights, words by length).
#include <algorithm>
#include <cmath>
#include <optional>

#include "core/search/pipeline.hpp"
#include "core/search/weights.hpp"
#include "core/text.hpp"

namespace ometer::search_detail {

namespace {

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


// Pass 1 output: every title's words in one arena, each with its place in the title.
struct FoldedTitles {
    struct Span {
        std::uint32_t offset;
        std::uint16_t length;
        std::uint8_t position;  // with kQualifierBit for words of the "(qualifier)"
    };
    std::string arena;
    std::vector<Span> spans;
    std::vector<std::uint32_t> first_span;  // per title, and one past the last
    std::string_view text(const Span& s) const { return {arena.data() + s.offset, s.length}; }
};

// Pass 2 output: per title, its words (ids in first-seen order) with their places, compounds included.
struct Tokens {
    std::vector<std::string_view> vocab;  // by id
    std::vector<std::uint32_t> word, first;
    std::vector<std::uint8_t> place;
};

// Pass 1: folds titles into one arena and notes their words (position, qualifier or not), one title at a
// time so a build can stop between any two. Adds each title to the index.
class TitleFolder {
public:
    TitleFolder(Index& index, std::size_t total) : index_(index) {
        index.titles.reserve(total);
        folded.first_span.reserve(total + 1);
        folded.spans.reserve(total * 3);
    }

    OMETER_HOT void add(std::string_view text, std::uint32_t occupation, TitleKind kind) {
        auto& spans = folded.spans;
        auto& first_span = folded.first_span;
        Title t;
        t.text = static_cast<std::uint32_t>(index_.title_arena.size());
        t.occupation = occupation;
        t.kind = kind;
        t.prior = title_prior(kind, index_.occupation_prior[occupation]);
        index_.title_arena.append(text);
        first_span.push_back(static_cast<std::uint32_t>(spans.size()));
        std::size_t paren = text.find('(');
        std::size_t position = 0;
        for (int part = 0; part < 2; ++part) {
            std::string_view piece =
                part == 0 ? text.substr(0, paren) : (paren == std::string_view::npos ? "" : text.substr(paren));
            fold_into(piece, folded_text_);
            split_words_into(folded_text_, words_);
            match_words(words_, title_words_, title_joined_, kMaxTitleWords, false);
            for (std::string_view w : title_words_) {
                if (position >= kMaxTitleWords || w.size() > 0xFFFF) continue;
                bool repeat = false;
                for (std::size_t s = first_span.back(); s < spans.size() && !repeat; ++s)
                    repeat = folded.text(spans[s]) == w;
                if (repeat) continue;
                spans.push_back({static_cast<std::uint32_t>(folded.arena.size()), static_cast<std::uint16_t>(w.size()),
                                 static_cast<std::uint8_t>(position | (part ? kQualifierBit : 0))});
                folded.arena.append(w);
                ++position;
            }
            if (part == 0) t.main_words = static_cast<std::uint8_t>(position);
        }
        t.qualifier_words = static_cast<std::uint8_t>(position - t.main_words);
        index_.titles.push_back(t);
    }

    void done() { folded.first_span.push_back(static_cast<std::uint32_t>(folded.spans.size())); }

    FoldedTitles folded;

private:
    Index& index_;
    std::string folded_text_, title_joined_;
    std::vector<std::string_view> words_, title_words_;
};

// Pass 2: the vocabulary and each title's words, a step at a time (the spans' words, then the titles). Two
// adjacent title words that the vocabulary also knows as one ("fork lift" / "forklift", "care taker" /
// "caretaker") get the joined word too, so either spelling finds both kinds of title.
class Tokenizer {
public:
    explicit Tokenizer(const FoldedTitles& f) : f_(f), ids_(f.spans.size() / 8 + 16), span_word_(f.spans.size()) {
        tokens.word.reserve(f.spans.size() + f.spans.size() / 16);
        tokens.place.reserve(tokens.word.capacity());
        tokens.first.reserve(f.first_span.size());
    }

    // Up to `budget` words looked up, or titles listed; true once `tokens` is complete.
    OMETER_HOT bool step(std::size_t budget) {
        const auto& spans = f_.spans;
        if (next_span_ < spans.size()) {
            const std::size_t stop = std::min(spans.size(), next_span_ + budget);
            for (; next_span_ < stop; ++next_span_) span_word_[next_span_] = ids_.insert(f_.text(spans[next_span_]), tokens.vocab);
            return false;
        }
        const std::size_t titles = f_.first_span.size() - 1;
        const std::size_t stop = std::min(titles, next_title_ + budget);
        for (; next_title_ < stop; ++next_title_) add_title(next_title_);
        if (next_title_ < titles) return false;
        tokens.first.push_back(static_cast<std::uint32_t>(tokens.word.size()));
        return true;
    }

    Tokens tokens;

private:
    void add_title(std::size_t t) {
        const auto& spans = f_.spans;
        const auto& first_span = f_.first_span;
        Tokens& k = tokens;
        k.first.push_back(static_cast<std::uint32_t>(k.word.size()));
        for (std::uint32_t sp = first_span[t]; sp < first_span[t + 1]; ++sp) {
            k.word.push_back(span_word_[sp]);
            k.place.push_back(spans[sp].position);
            if (sp == first_span[t] ||
                (spans[sp].position & (kQualifierBit - 1)) != (spans[sp - 1].position & (kQualifierBit - 1)) + 1 ||
                ((spans[sp].position ^ spans[sp - 1].position) & kQualifierBit))
                continue;
            joined_.assign(f_.text(spans[sp - 1]));
            joined_.append(f_.text(spans[sp]));
            const std::int64_t found = ids_.find(joined_, k.vocab);
            if (found < 0) continue;
            const auto id = static_cast<std::uint32_t>(found);
            bool present = false;
            for (std::uint32_t x = k.first.back(); x < k.word.size(); ++x) present = present || k.word[x] == id;
            if (present) continue;
            k.word.push_back(id);
            k.place.push_back(static_cast<std::uint8_t>(spans[sp].position | kCompoundBit));
        }
    }

    const FoldedTitles& f_;
    WordTable ids_;
    std::vector<std::uint32_t> span_word_;
    std::size_t next_span_ = 0, next_title_ = 0;
    std::string joined_;
};

// Pass 3, first part: the vocabulary sorted for prefix lookups (one sort), each title's words renumbered to
// it, and room for the postings.
void sort_vocabulary(Tokens& k, Index& index, std::vector<std::uint32_t>& fill) {
    const auto& vocab = k.vocab;
    std::vector<std::uint32_t> order(vocab.size()), rank(vocab.size());
    for (std::uint32_t i = 0; i < order.size(); ++i) order[i] = i;
    std::sort(order.begin(), order.end(), [&](std::uint32_t a, std::uint32_t b) { return vocab[a] < vocab[b]; });
    index.word_offset.assign(1, 0);
    index.word_offset.reserve(vocab.size() + 1);
    for (std::uint32_t r = 0; r < order.size(); ++r) {
        rank[order[r]] = r;
        index.word_arena.append(vocab[order[r]]);
        index.word_offset.push_back(static_cast<std::uint32_t>(index.word_arena.size()));
    }
    const std::size_t n_words = vocab.size();
    index.posting_offset.assign(n_words + 1, 0);
    for (auto& w : k.word) {
        w = rank[w];
        ++index.posting_offset[w + 1];
    }
    for (std::size_t i = 0; i < n_words; ++i) index.posting_offset[i + 1] += index.posting_offset[i];
    index.postings.resize(k.word.size());
    index.forward.resize(k.word.size());
    fill.assign(index.posting_offset.begin(), index.posting_offset.end() - 1);
}

// Pass 3, per title: its postings (in title order) and its words.
OMETER_HOT void add_postings(const Tokens& k, Index& index, std::vector<std::uint32_t>& fill, std::uint32_t t) {
    for (std::uint32_t x = k.first[t]; x < k.first[t + 1]; ++x) {
        index.postings[fill[k.word[x]]++] = (t << kPostingShift) | k.place[x];
        index.forward[x] = (k.word[x] << kPostingShift) | k.place[x];
    }
}

// Pass 4, per vocabulary word: idf, letters, first two bytes, and its weight as a completion (the best prior
// of a title it names as a main word, plus how often titles use it).
OMETER_HOT void add_word_lookups(Index& index, std::uint32_t i) {
    const double n = static_cast<double>(std::max<std::size_t>(index.titles.size(), 1));
    double df = index.posting_count(i);
    index.word_idf[i] = static_cast<float>(std::log(1.0 + n / df));
    std::string_view w = index.word(i);
    index.word_mask[i] = letter_mask(w);
    index.word_head[i] = static_cast<std::uint16_t>(static_cast<unsigned char>(w[0]) |
                                                    (w.size() > 1 ? static_cast<unsigned char>(w[1]) << 8 : 0));
    float& weight = index.word_weight[i];
    for (std::uint32_t p = index.posting_offset[i]; p < index.posting_offset[i + 1]; ++p)
        if (!(index.postings[p] & kQualifierBit))
            weight = std::max(weight, index.titles[index.postings[p] >> kPostingShift].prior);
    weight += kWeights.completion_frequency * std::log2(1.0f + static_cast<float>(index.posting_count(i)));
}

// Pass 4, once every word's lookups are there: words by length.
void build_by_length(Index& index) {
    const auto n_words = static_cast<std::uint32_t>(index.word_count());
    std::size_t max_len = 0;
    for (std::uint32_t i = 0; i < n_words; ++i) max_len = std::max(max_len, index.word(i).size());
    auto& length_offset = index.length_offset;
    length_offset.assign(max_len + 2, 0);
    for (std::uint32_t i = 0; i < n_words; ++i) ++length_offset[index.word(i).size() + 1];
    for (std::size_t l = 0; l + 1 < length_offset.size(); ++l) length_offset[l + 1] += length_offset[l];
    index.by_length.resize(n_words);
    std::vector<std::uint32_t> fill(length_offset.begin(), length_offset.end() - 1);
    for (std::uint32_t i = 0; i < n_words; ++i) index.by_length[fill[index.word(i).size()]++] = i;
}

}  // namespace

// The build's state between steps: the occupations' own titles come first, then the bundle's titles. Each
// step does at most `budget` items of one stage (titles folded, words looked up, titles' postings, words'
// lookups or spelling keys), plus at most one sort, so a step's time stays near what its budget says.
struct IndexBuilder::State {
    State(const Bundle& b, const TitleSet& t) : bundle(b), titles(t) {
        index.bundle = &bundle;
        index.occupation_prior = occupation_priors(bundle);
        folder.emplace(index, bundle.occupations.size() + titles.titles.size());
    }
    enum class Stage { fold, tokenize, postings, lookups, spelling, complete };

    const Bundle& bundle;
    const TitleSet& titles;
    Index index;
    std::optional<TitleFolder> folder;
    std::optional<Tokenizer> tokenizer;    // its vocabulary views the folded arena: keep both until pass 3 ends
    std::vector<std::uint32_t> fill;       // pass 3: where each word's next posting goes
    Stage stage = Stage::fold;
    std::size_t next = 0;                  // the stage's next title or word
};

IndexBuilder::IndexBuilder(const Bundle& bundle, const TitleSet& titles)
    : state_(std::make_unique<State>(bundle, titles)) {}
IndexBuilder::~IndexBuilder() = default;

bool IndexBuilder::step(std::size_t budget) {
    State& s = *state_;
    using Stage = State::Stage;
    budget = std::max<std::size_t>(budget, 1);
    const auto stop_at = [&](std::size_t total) { return total - s.next <= budget ? total : s.next + budget; };
    switch (s.stage) {
        case Stage::fold: {  // pass 1
            const auto& occs = s.bundle.occupations;
            const std::size_t total = occs.size() + s.titles.titles.size();
            for (const std::size_t stop = stop_at(total); s.next < stop; ++s.next) {
                if (s.next < occs.size()) {
                    s.folder->add(occs[s.next].title, static_cast<std::uint32_t>(s.next), TitleKind::official);
                } else {
                    const TitleEntry& t = s.titles.titles[s.next - occs.size()];
                    if (t.occupation < occs.size()) s.folder->add(t.text, t.occupation, t.kind);
                }
            }
            if (s.next == total) {
                s.folder->done();
                s.tokenizer.emplace(s.folder->folded);
                s.stage = Stage::tokenize;
            }
            return false;
        }
        case Stage::tokenize:  // pass 2
            if (s.tokenizer->step(budget)) {
                sort_vocabulary(s.tokenizer->tokens, s.index, s.fill);
                s.stage = Stage::postings;
                s.next = 0;
            }
            return false;
        case Stage::postings: {  // pass 3
            Tokens& k = s.tokenizer->tokens;
            const std::size_t total = s.index.titles.size();
            for (const std::size_t stop = stop_at(total); s.next < stop; ++s.next)
                add_postings(k, s.index, s.fill, static_cast<std::uint32_t>(s.next));
            if (s.next < total) return false;
            s.index.forward_offset = std::move(k.first);
            s.tokenizer.reset();
            s.folder.reset();
            s.fill = {};
            const std::size_t n_words = s.index.word_count();
            s.index.word_idf.resize(n_words);
            s.index.word_mask.resize(n_words);
            s.index.word_head.resize(n_words);
            s.index.word_weight.assign(n_words, -1.0f);
            s.stage = Stage::lookups;
            s.next = 0;
            return false;
        }
        case Stage::lookups: {  // pass 4
            const std::size_t total = s.index.word_count();
            for (const std::size_t stop = stop_at(total); s.next < stop; ++s.next)
                add_word_lookups(s.index, static_cast<std::uint32_t>(s.next));
            if (s.next < total) return false;
            build_by_length(s.index);
            s.stage = Stage::spelling;
            s.next = 0;
            return false;
        }
        case Stage::spelling: {  // pass 4: words whose spelling key differs, for UK/US spellings
            const std::size_t total = s.index.word_count();
            for (const std::size_t stop = stop_at(total); s.next < stop; ++s.next) {
                const auto i = static_cast<std::uint32_t>(s.next);
                std::string key = spelling_key(s.index.word(i));
                if (key != s.index.word(i)) s.index.spelling.emplace_back(hash_text(key), i);
            }
            if (s.next < total) return false;
            std::sort(s.index.spelling.begin(), s.index.spelling.end());
            s.stage = Stage::complete;
            return true;
        }
        case Stage::complete: return true;
    }
    return true;
}

Index IndexBuilder::take() { return std::move(state_->index); }

Index build_index(const Bundle& bundle, const TitleSet& titles) {
    IndexBuilder builder(bundle, titles);
    while (!builder.step(static_cast<std::size_t>(-1))) {
    }
    return builder.take();
}

std::size_t Index::memory_bytes() const {
    auto bytes = [](const auto& v) { return v.capacity() * sizeof(v[0]); };
    std::size_t total = bytes(titles) + title_arena.capacity() + word_arena.capacity() + bytes(word_offset);
    total += bytes(word_idf) + bytes(word_weight) + bytes(word_mask) + bytes(word_head);
    total += bytes(posting_offset) + bytes(postings) + bytes(forward_offset) + bytes(forward);
    total += bytes(by_length) + bytes(length_offset) + bytes(spelling) + bytes(occupation_prior);
    return total;
}

}  // namespace ometer::search_detail
