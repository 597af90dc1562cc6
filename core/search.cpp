// Occupation search; see search.hpp. An inverted index over folded title words: each query word expands
// to vocabulary words (exact, plural, prefix, typo), titles are scored by how much of the query and of the
// title matched, then by title kind and how common the occupation is, and the best title per occupation wins.
#include "core/search.hpp"

#include <algorithm>
#include <cmath>
#include <unordered_map>

#include "core/text.hpp"

namespace ometer {

namespace {

// How much each kind of title is trusted as the name people use for the job.
float kind_weight(TitleKind k) {
    switch (k) {
        case TitleKind::official: return 0.06f;
        case TitleKind::everyday: return 0.06f;
        case TitleKind::index: return 0.04f;
        case TitleKind::related: return 0.04f;
        case TitleKind::onet_reported: return 0.02f;
        case TitleKind::onet_alternate: return -0.04f;  // long tail, often American or very specific
        case TitleKind::uk_equivalent: return -0.02f;   // right word, but through a many-to-many crosswalk
    }
    return 0.0f;
}

constexpr float kExact = 1.0f, kPlural = 0.95f, kTypo1 = 0.8f, kTypo2 = 0.65f;
constexpr float kAllWordsBonus = 0.3f;     // titles containing every query word beat partial matches
constexpr float kPopularityWeight = 0.15f;  // how common the occupation is (log jobs), 0-1 scaled
constexpr float kTitleCountWeight = 0.03f; // occupations matched by many titles are likelier meant
constexpr float kPartialFloor = 0.35f;     // partial matches below this are noise
constexpr float kHeadNounBonus = 0.05f;    // the query's last word is the title's last word
constexpr float kOfficialBonus = 0.06f;    // the occupation's official title itself matches the query

int popcount16(std::uint16_t v) {
    int n = 0;
    for (; v; v &= static_cast<std::uint16_t>(v - 1)) ++n;
    return n;
}

}  // namespace

SearchIndex::SearchIndex(const Bundle& bundle) : SearchIndex(bundle, TitleSet{}) {}

SearchIndex::SearchIndex(const Bundle& bundle, const TitleSet& titles) : bundle_(&bundle) {
    // Popularity prior from the number of jobs, log-scaled to 0-1 across the bundle.
    double max_log = 0;
    occupation_prior_.assign(bundle.occupations.size(), 0.0f);
    for (const auto& occ : bundle.occupations) max_log = std::max(max_log, std::log1p(occ.jobs.value_or(0)));
    for (std::size_t i = 0; i < bundle.occupations.size(); ++i)
        if (max_log > 0)
            occupation_prior_[i] = static_cast<float>(std::log1p(bundle.occupations[i].jobs.value_or(0)) / max_log);

    for (std::size_t i = 0; i < bundle.occupations.size(); ++i)
        add_title(bundle.occupations[i].title, static_cast<std::uint32_t>(i), TitleKind::official);
    for (const auto& t : titles.titles)
        if (t.occupation < bundle.occupations.size()) add_title(t.text, t.occupation, t.kind);
    finish();
}

void SearchIndex::add_title(std::string text, std::uint32_t occupation, TitleKind kind) {
    Title t;
    t.text = std::move(text);
    t.occupation = occupation;
    t.kind = kind;
    t.prior = kind_weight(kind) + kPopularityWeight * occupation_prior_[occupation];
    titles_.push_back(std::move(t));
}

void SearchIndex::finish() {
    // Vocabulary and postings, built through a hash map and then sorted for prefix lookups.
    std::unordered_map<std::string, std::uint32_t> ids;
    std::vector<Word> words;
    for (std::uint32_t ti = 0; ti < titles_.size(); ++ti) {
        std::string folded = fold(titles_[ti].text);
        auto ws = split_words(folded);
        titles_[ti].word_count = static_cast<std::uint8_t>(std::min<std::size_t>(ws.size(), 255));
        for (std::size_t pos = 0; pos < ws.size(); ++pos) {
            auto [it, inserted] = ids.emplace(std::string(ws[pos]), static_cast<std::uint32_t>(words.size()));
            if (inserted) words.push_back(Word{std::string(ws[pos]), 0, {}});
            auto& postings = words[it->second].postings;
            std::uint32_t entry = (ti << 4) | static_cast<std::uint32_t>(std::min<std::size_t>(pos, 15));
            if (postings.empty() || (postings.back() >> 4) != ti) postings.push_back(entry);
        }
    }
    const double n = static_cast<double>(std::max<std::size_t>(titles_.size(), 1));
    for (auto& w : words) w.idf = static_cast<float>(std::log(1.0 + n / static_cast<double>(w.postings.size())));
    std::sort(words.begin(), words.end(), [](const Word& a, const Word& b) { return a.text < b.text; });
    words_ = std::move(words);
    for (std::uint32_t i = 0; i < words_.size(); ++i) {
        std::size_t len = words_[i].text.size();
        if (words_by_length_.size() <= len) words_by_length_.resize(len + 1);
        words_by_length_[len].push_back(i);
    }
    scratch_.assign(titles_.size(), Candidate{});
}

std::vector<SearchIndex::Expansion> SearchIndex::expand(std::string_view q, bool is_last) const {
    std::vector<Expansion> out;
    auto find_exact = [&](std::string_view w) -> std::int64_t {
        auto it = std::lower_bound(words_.begin(), words_.end(), w, [](const Word& a, std::string_view b) { return a.text < b; });
        return it != words_.end() && it->text == w ? it - words_.begin() : -1;
    };
    auto add = [&](std::int64_t id, float quality) {
        if (id < 0) return;
        for (auto& e : out)
            if (e.word == static_cast<std::uint32_t>(id)) {
                e.quality = std::max(e.quality, quality);
                return;
            }
        out.push_back({static_cast<std::uint32_t>(id), quality});
    };
    std::int64_t exact = find_exact(q);
    add(exact, kExact);
    // Simple English plurals both ways: nurse/nurses, coach/coaches, nanny/nannies.
    std::string qs(q);
    add(find_exact(qs + "s"), kPlural);
    add(find_exact(qs + "es"), kPlural);
    if (qs.size() > 3 && qs.back() == 's') add(find_exact(qs.substr(0, qs.size() - 1)), kPlural);
    if (qs.size() > 4 && qs.compare(qs.size() - 2, 2, "es") == 0) add(find_exact(qs.substr(0, qs.size() - 2)), kPlural);
    if (qs.size() > 4 && qs.compare(qs.size() - 3, 3, "ies") == 0) add(find_exact(qs.substr(0, qs.size() - 3) + "y"), kPlural);
    if (qs.size() > 2 && qs.back() == 'y') add(find_exact(qs.substr(0, qs.size() - 1) + "ies"), kPlural);

    // Prefixes: the word being typed (last) matches generously; earlier words only when 3+ letters.
    if (is_last || q.size() >= 3) {
        auto it = std::lower_bound(words_.begin(), words_.end(), q, [](const Word& a, std::string_view b) { return a.text < b; });
        for (; it != words_.end() && it->text.compare(0, q.size(), q) == 0; ++it) {
            if (it->text.size() == q.size()) continue;
            float ratio = static_cast<float>(q.size()) / static_cast<float>(it->text.size());
            float quality = is_last ? 0.75f + 0.1f * ratio : 0.5f + 0.2f * ratio;
            add(it - words_.begin(), quality);
        }
    }
    // Typos: one edit from 4 letters, two from 7, only when the word is not itself in the vocabulary. While
    // a word is being typed its prefix completions are the likelier intent, so typos rank a little lower.
    if (exact < 0 && q.size() >= 4) {
        int max_d = q.size() >= 7 ? 2 : 1;
        float damp = is_last && !out.empty() ? 0.85f : 1.0f;
        float one = (q.size() >= 5 ? kTypo1 : 0.75f) * damp;
        for (std::size_t len = q.size() - static_cast<std::size_t>(max_d); len <= q.size() + static_cast<std::size_t>(max_d); ++len) {
            if (len >= words_by_length_.size()) break;
            for (std::uint32_t id : words_by_length_[len]) {
                const std::string& w = words_[id].text;
                if (w[0] != q[0] && (w.size() < 2 || q.size() < 2 || w[1] != q[1])) continue;  // keep one anchor letter
                int d = bounded_edit_distance(q, w, max_d);
                if (d >= 1 && d <= max_d) add(id, d == 1 ? one : kTypo2 * damp);
            }
        }
        // A typo in the word still being typed: compare against prefixes of the same length.
        if (is_last && q.size() >= 5) {
            for (std::size_t len = q.size() + 1; len < words_by_length_.size() && len <= q.size() + 8; ++len)
                for (std::uint32_t id : words_by_length_[len]) {
                    const std::string& w = words_[id].text;
                    if (w[0] != q[0]) continue;
                    if (bounded_edit_distance(q, std::string_view(w).substr(0, q.size()), 1) == 1) add(id, 0.6f);
                }
        }
    }
    return out;
}

std::vector<SearchHit> SearchIndex::search(std::string_view raw_query, std::size_t limit) const {
    std::string folded = fold(utf8_truncate(raw_query, kMaxQueryBytes));
    auto query_words = split_words(folded);
    if (query_words.size() > kMaxQueryWords) query_words.resize(kMaxQueryWords);
    if (query_words.empty() || limit == 0 || titles_.empty()) return {};

    const std::size_t k = query_words.size();
    std::vector<std::vector<Expansion>> expansions(k);
    float idf_total = 0;
    std::vector<float> idf(k, 0);
    for (std::size_t i = 0; i < k; ++i) {
        expansions[i] = expand(query_words[i], i + 1 == k);
        // A query word's weight: the rarest exact/plural match, else the average of what it expands to.
        float best = 0, sum = 0;
        for (const auto& e : expansions[i]) {
            sum += words_[e.word].idf;
            if (e.quality >= kPlural) best = std::max(best, words_[e.word].idf);
        }
        idf[i] = best > 0 ? best : (expansions[i].empty() ? 1.0f : sum / static_cast<float>(expansions[i].size()));
        idf_total += idf[i];
    }

    if (++stamp_ == 0) {  // wrapped: reset stamps once every 4 billion searches
        for (auto& c : scratch_) c.stamp = 0;
        stamp_ = 1;
    }
    touched_.clear();
    for (std::size_t i = 0; i < k; ++i) {
        for (const auto& e : expansions[i]) {
            for (std::uint32_t entry : words_[e.word].postings) {
                std::uint32_t ti = entry >> 4, pos = entry & 15u;
                Candidate& c = scratch_[ti];
                if (c.stamp != stamp_) {
                    c = Candidate{};
                    c.stamp = stamp_;
                    touched_.push_back(ti);
                }
                if (e.quality > c.quality[i]) {
                    c.quality[i] = e.quality;
                    c.position[i] = static_cast<std::uint8_t>(pos);
                }
                c.matched = static_cast<std::uint8_t>(c.matched | (1u << i));
            }
        }
    }

    // Score titles, keep the best per occupation.
    struct Best {
        float score = -1;
        std::uint32_t title = 0;
        std::uint32_t count = 0;
        bool official = false;  // the occupation's own title contains every query word
    };
    std::unordered_map<std::uint32_t, Best> best;
    const std::uint8_t all = static_cast<std::uint8_t>((1u << k) - 1);
    for (std::uint32_t ti : touched_) {
        const Candidate& c = scratch_[ti];
        const Title& t = titles_[ti];
        float coverage = 0;
        for (std::size_t i = 0; i < k; ++i) coverage += idf[i] * c.quality[i];
        coverage /= idf_total;
        if (c.matched != all && coverage < kPartialFloor) continue;
        // How much of the title the query covers: distinct title words hit by each query word's best match.
        std::uint16_t hit_positions = 0;
        for (std::size_t i = 0; i < k; ++i)
            if (c.matched & (1u << i)) hit_positions = static_cast<std::uint16_t>(hit_positions | (1u << c.position[i]));
        float title_fraction = static_cast<float>(popcount16(hit_positions)) / static_cast<float>(std::max<int>(t.word_count, 1));
        float score = coverage * (0.55f + 0.45f * std::min(title_fraction, 1.0f)) + t.prior;
        if (c.matched == all) score += kAllWordsBonus;
        // English job titles end in their head noun: a "speciality doctor" is a doctor, a "doctor maker" is not.
        const std::size_t last = k - 1;
        if ((c.matched & (1u << last)) && c.position[last] + 1 == std::min<int>(t.word_count, 16)) score += kHeadNounBonus;
        Best& b = best[t.occupation];
        ++b.count;
        if (t.kind == TitleKind::official && c.matched == all) b.official = true;
        if (score > b.score || (score == b.score && ti < b.title)) {
            b.score = score;
            b.title = ti;
        }
    }

    std::vector<SearchHit> hits;
    hits.reserve(best.size());
    for (const auto& [occ, b] : best) {
        SearchHit h;
        h.occupation = occ;
        h.score = b.score + kTitleCountWeight * std::min(1.0f, std::log2(1.0f + static_cast<float>(b.count)) / 5.0f) +
                  (b.official ? kOfficialBonus : 0.0f);
        h.kind = titles_[b.title].kind;
        h.title = titles_[b.title].text;
        hits.push_back(std::move(h));
    }
    auto better = [this](const SearchHit& a, const SearchHit& b) {
        if (a.score != b.score) return a.score > b.score;
        return bundle_->occupations[a.occupation].code < bundle_->occupations[b.occupation].code;
    };
    if (hits.size() > limit) {
        std::partial_sort(hits.begin(), hits.begin() + static_cast<std::ptrdiff_t>(limit), hits.end(), better);
        hits.resize(limit);
    } else {
        std::sort(hits.begin(), hits.end(), better);
    }

    // Highlights: spans of the shown title whose folded words were matched by a query word.
    for (auto& h : hits) {
        std::vector<std::uint32_t> offsets;
        std::string ft = fold_with_offsets(h.title, offsets);
        std::size_t start = 0;
        while (start < ft.size()) {
            std::size_t end = ft.find(' ', start);
            if (end == std::string::npos) end = ft.size();
            std::string_view w(ft.data() + start, end - start);
            std::size_t matched_len = 0;
            for (std::size_t i = 0; i < k; ++i) {
                for (const auto& e : expansions[i]) {
                    if (words_[e.word].text != w) continue;
                    bool prefix = w.size() > query_words[i].size() && w.compare(0, query_words[i].size(), query_words[i]) == 0 &&
                                  i + 1 == k && e.quality < kPlural;
                    matched_len = std::max(matched_len, prefix ? query_words[i].size() : w.size());
                }
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
                // Trim trailing spaces or punctuation that a folded break pointed at.
                while (e > b && (h.title[e - 1] == ' ')) --e;
                h.highlights.emplace_back(b, e);
            }
            start = end + 1;
        }
    }
    return hits;
}

}  // namespace ometer
