// Stages 4 and 5, score and rank: where a search result's rank comes from. Every number is a member of
// SearchWeights (core/search/weights.hpp, which says what each trades off); `ometer search --explain QUERY`
// prints each part of each hit's score, and SearchIndex::explain gives them as numbers.
//
//   title score      = coverage x (length_base + length_per_fraction x min(title fraction, 1))
//                      + kind_<the title's kind> + popularity x the occupation's size (0-1, log scale)
//                      + all_words if the title holds every query word
//                      + head_noun if the query's last word is the title's last main word
//     coverage       = sum over query words of weight x match quality (qualities from expand.cpp; weights
//                      add up to 1: rarer words weigh more, the last word head_word times more)
//     title fraction = title words the query matched / title words, an unmatched "(qualifier)" word
//                      counting unmatched_qualifier; a title missing a query word needs partial_floor coverage
//   occupation score = its best title's score
//                      + title_count x min(1, log2(1 + its titles matched) / title_count_saturation)
//                      + official if its official title holds every query word
//   rank             = by occupation score, then by code
#include <algorithm>
#include <cmath>
#include <map>

#include "core/search/pipeline.hpp"
#include "core/search/weights.hpp"

namespace ometer::search_detail {

namespace {

// How many people do the job: employee jobs, else projected-employment base, else the latest APS series
// point; < 0 when the bundle has none of them.
double popularity(const Occupation& o) {
    if (o.jobs) return *o.jobs;
    if (o.outlook.employment_now) return *o.outlook.employment_now;
    for (const auto& s : o.outlook.series)
        if (s.source_id.compare(0, 3, "aps") == 0 && !s.points.empty()) return s.points.back().value;
    return -1;
}

// The query's last word that matches anything: usually the job's head noun.
std::size_t last_present_word(const Query& q) {
    std::size_t head = q.size() - 1;
    while (head > 0 && !(q.present & (1u << head))) --head;
    return head;
}

struct TitleScore {
    float score = 0;
    bool all = false;  // the title holds every query word
};

// A candidate title's score, or false when it misses a query word and covers too little of the query. With
// `why`, also the parts of the score as each step added them (see SearchExplanation).
bool score_title(const Index& index, const Query& q, std::size_t head_word, const Candidate& c, TitleScore& out,
                 SearchExplanation* why) {
    const Title& t = index.titles[c.title];
    const std::size_t k = q.size();
    const float denominator = 255.0f * q.idf_total;
    float coverage = 0;
    for (std::size_t i = 0; i < k; ++i) coverage += q.idf[i] * static_cast<float>(c.quality[i]);
    coverage /= denominator;
    out.all = (c.matched & q.present) == q.present;
    if (!out.all && coverage < kWeights.partial_floor) return false;
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
         kWeights.unmatched_qualifier * static_cast<float>(std::max(t.qualifier_words - qualifier_hits, 0)));
    const float length = kWeights.length_base + kWeights.length_per_fraction * std::min(fraction, 1.0f);
    const float covered = coverage * length;
    const float with_prior = covered + t.prior;
    const float with_all = out.all ? with_prior + kWeights.all_words : with_prior;
    // English job titles end in their head noun: a "speciality doctor" is a doctor, a "doctor maker" is not.
    const bool head_noun =
        (c.matched & (1u << head_word)) && (c.position[head_word] & ~kCompoundBit) + 1u == t.main_words;
    out.score = head_noun ? with_all + kWeights.head_noun : with_all;
    if (!why) return true;

    // Each part is what its step added, as a double (the difference of two floats is exact in a double), so
    // the parts add up to the score exactly. Coverage × length is split by query word the same way.
    why->words.resize(k);
    float sum = 0, upto = 0;
    for (std::size_t i = 0; i < k; ++i) {
        sum += q.idf[i] * static_cast<float>(c.quality[i]);
        const float next = sum / denominator * length;
        why->words[i].points = static_cast<double>(next) - static_cast<double>(upto);
        why->words[i].weight = static_cast<double>(q.idf[i]) / static_cast<double>(q.idf_total);
        why->words[i].quality = c.quality[i] / 255.0;
        upto = next;
    }
    why->coverage = coverage;
    why->title_fraction = fraction;
    why->length_factor = length;
    why->kind_points = kind_weight(t.kind);
    why->popularity = index.occupation_prior[t.occupation];
    why->popularity_points = static_cast<double>(with_prior) - static_cast<double>(covered) - why->kind_points;
    why->all_words = out.all;
    why->all_words_points = static_cast<double>(with_all) - static_cast<double>(with_prior);
    why->head_noun = head_noun;
    why->head_noun_points = static_cast<double>(out.score) - static_cast<double>(with_all);
    return true;
}

float occupation_score(const OccupationBest& best, SearchExplanation* why) {
    const float counted =
        best.score + kWeights.title_count * std::min(1.0f, std::log2(1.0f + static_cast<float>(best.titles)) /
                                                               kWeights.title_count_saturation);
    const float score = counted + (best.official ? kWeights.official : 0.0f);
    if (why) {
        why->titles_matched = best.titles;
        why->title_count_points = static_cast<double>(counted) - static_cast<double>(best.score);
        why->official = best.official;
        why->official_points = static_cast<double>(score) - static_cast<double>(counted);
    }
    return score;
}

}  // namespace

// Whose published count an occupation carries: a wider group's (its pay_from says so: US figures of a
// broad group or an OEWS aggregate), else the family of detailed O*NET codes under one BLS code.
std::string count_owner(const Occupation& o) {
    if (o.pay_from.origin != FigureOrigin::own && !o.pay_from.code.empty()) return o.pay_from.code;
    return o.code.substr(0, o.code.find('.'));
}

// Popularity, log-scaled to 0-1 across the bundle. Occupations that carry one published figure
// ("29-1141.01" and "29-1141.02" both carry the BLS count of 29-1141; every occupation in an OEWS
// aggregate carries the aggregate's) split it evenly, so a rare speciality does not inherit the size of
// its whole family. Unknown sizes get the median.
std::vector<float> occupation_priors(const Bundle& bundle) {
    const auto& occs = bundle.occupations;
    std::vector<double> people(occs.size());
    std::map<std::pair<std::string, double>, int> sharing;
    for (std::size_t i = 0; i < occs.size(); ++i) {
        people[i] = popularity(occs[i]);
        if (occs[i].jobs) ++sharing[{count_owner(occs[i]), *occs[i].jobs}];
    }
    std::vector<double> logs;
    for (std::size_t i = 0; i < occs.size(); ++i) {
        if (occs[i].jobs) people[i] /= sharing[{count_owner(occs[i]), *occs[i].jobs}];
        if (people[i] >= 0) logs.push_back(std::log1p(people[i]));
    }
    std::vector<float> prior(occs.size(), 0.5f);
    if (!logs.empty()) {
        std::sort(logs.begin(), logs.end());
        double lo = logs.front(), hi = logs.back(), median = logs[logs.size() / 2];
        for (std::size_t i = 0; i < occs.size(); ++i) {
            double v = people[i] >= 0 ? std::log1p(people[i]) : median;
            prior[i] = hi > lo ? static_cast<float>((v - lo) / (hi - lo)) : 0.5f;
        }
    }
    return prior;
}

float title_prior(TitleKind kind, float occupation_prior) {
    return kind_weight(kind) + kWeights.popularity * occupation_prior;
}

// A query word's weight: the rarest exact or near-exact match, else the average of what it expands to. The
// last word typed is usually the job's head noun ("a&e nurse", "trainee accountant"), so it weighs more
// than a rare modifier when no title holds every word.
OMETER_HOT void weigh_query_words(const Index& index, Query& q) {
    const std::size_t k = q.size();
    std::fill(std::begin(q.idf), std::end(q.idf), 0.0f);
    q.idf_total = 0;
    for (std::size_t i = 0; i < k; ++i) {
        if (!(q.present & (1u << i))) continue;
        float best = 0, sum = 0;
        int count = 0;
        auto consider = [&](const Expansion& e) {
            sum += index.word_idf[e.word];
            ++count;
            if (e.quality >= kWeights.spelling) best = std::max(best, index.word_idf[e.word]);
        };
        for (const auto& e : *q.own[i]) consider(e);
        for (const auto& e : q.joined[i]) consider(e);
        if (i > 0)
            for (const auto& e : q.joined[i - 1]) consider(e);
        q.idf[i] = best > 0 ? best : (count ? sum / static_cast<float>(count) : 1.0f);
    }
    q.idf[last_present_word(q)] *= kWeights.head_word;
    for (std::size_t i = 0; i < k; ++i) q.idf_total += q.idf[i];
}

// Scores every candidate title and keeps the best per occupation (the lower title number on a tie).
OMETER_HOT void score_candidates(const Index& index, Scratch& s) {
    const std::size_t head_word = last_present_word(s.query);
    s.occupations.next_pass();
    s.occupations_touched.clear();
    for (const Candidate& c : s.candidates) {
        TitleScore title;
        if (!score_title(index, s.query, head_word, c, title, nullptr)) continue;
        const Title& t = index.titles[c.title];
        const std::uint32_t o = t.occupation;
        if (!s.occupations.contains(o)) {
            s.occupations.set(o, OccupationBest{});
            s.occupations_touched.push_back(o);
        }
        OccupationBest& best = s.occupations[o];
        ++best.titles;
        if (t.kind == TitleKind::official && title.all) best.official = true;
        if (title.score > best.score || (title.score == best.score && c.title < best.title)) {
            best.score = title.score;
            best.title = c.title;
        }
    }
}

// The occupations by score, then code; sorts only the first `limit`. Returns how many there are.
OMETER_HOT std::size_t rank_occupations(const Index& index, Scratch& s, std::size_t limit) {
    s.ranked.clear();
    for (std::uint32_t o : s.occupations_touched) s.ranked.emplace_back(occupation_score(s.occupations[o], nullptr), o);
    const auto& occs = index.bundle->occupations;
    auto better = [&occs](const std::pair<float, std::uint32_t>& a, const std::pair<float, std::uint32_t>& b) {
        if (a.first != b.first) return a.first > b.first;
        return occs[a.second].code < occs[b.second].code;
    };
    const std::size_t n = std::min(limit, s.ranked.size());
    std::partial_sort(s.ranked.begin(), s.ranked.begin() + static_cast<std::ptrdiff_t>(n), s.ranked.end(), better);
    return n;
}

void explain_title_score(const Index& index, const Query& query, const Candidate& c, SearchExplanation& out) {
    TitleScore title;
    score_title(index, query, last_present_word(query), c, title, &out);
}

void explain_occupation_score(const OccupationBest& best, SearchExplanation& out) { occupation_score(best, &out); }

}  // namespace ometer::search_detail

namespace ometer {

double SearchExplanation::total() const {
    double sum = 0;
    for (const Word& w : words) sum += w.points;
    return sum + kind_points + popularity_points + all_words_points + head_noun_points + title_count_points +
           official_points;
}

}  // namespace ometer
