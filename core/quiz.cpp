// Quiz scoring and occupation matching; see quiz.hpp for the rules.
#include "core/quiz.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ometer {

const QuizForm* Quiz::form(std::string_view id) const {
    for (const auto& f : forms)
        if (f.id == id) return &f;
    return nullptr;
}

const QuizItem* Quiz::item(int id) const {
    for (const auto& i : items)
        if (i.id == id) return &i;
    return nullptr;
}

std::optional<AnswerScale> parse_scale(std::string_view text) {
    if (text == "3") return AnswerScale::emoji3;
    if (text == "5") return AnswerScale::likert5;
    return std::nullopt;
}

int scale_points(AnswerScale scale) { return scale == AnswerScale::emoji3 ? 3 : 5; }

std::optional<int> item_score(AnswerScale scale, char digit) {
    if (scale == AnswerScale::emoji3) {
        if (digit >= '0' && digit <= '2') return (digit - '0') * 2;
    } else if (digit >= '1' && digit <= '5') {
        return digit - '1';
    }
    return std::nullopt;
}

Result<std::vector<int>> parse_answers(const QuizForm& form, AnswerScale scale, std::string_view digits) {
    const std::string expected = scale == AnswerScale::emoji3 ? "0, 1 or 2 (dislike, not sure, love)"
                                                              : "1 to 5 (strongly dislike to strongly like)";
    if (digits.size() != form.item_ids.size())
        return Error{"answers: expected " + std::to_string(form.item_ids.size()) + " digits for the " + form.id +
                     "-item form, got " + std::to_string(digits.size())};
    std::vector<int> scores;
    scores.reserve(digits.size());
    for (std::size_t i = 0; i < digits.size(); ++i) {
        auto s = item_score(scale, digits[i]);
        if (!s) {
            unsigned char c = static_cast<unsigned char>(digits[i]);
            std::string shown = c >= 0x20 && c < 0x7F ? std::string("'") + digits[i] + "'" : "byte " + std::to_string(c);
            return Error{"answers: position " + std::to_string(i + 1) + " is " + shown + ", expected " + expected};
        }
        scores.push_back(*s);
    }
    return scores;
}

std::vector<int> top_types(const std::array<double, 6>& scores, std::size_t n) {
    std::vector<int> order(6);
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](int a, int b) {
        return scores[static_cast<std::size_t>(a)] > scores[static_cast<std::size_t>(b)];
    });
    order.resize(std::min<std::size_t>(n, 6));
    return order;
}

Result<Profile> score_answers(const Quiz& quiz, const QuizForm& form, const std::vector<int>& item_scores) {
    if (item_scores.size() != form.item_ids.size())
        return Error{"answers: expected " + std::to_string(form.item_ids.size()) + " item scores, got " +
                     std::to_string(item_scores.size())};
    Profile p;
    for (std::size_t i = 0; i < form.item_ids.size(); ++i) {
        const QuizItem* item = quiz.item(form.item_ids[i]);
        if (!item) return Error{"quiz form " + form.id + ": item " + std::to_string(form.item_ids[i]) + " is not defined"};
        int s = item_scores[i];
        if (s < 0 || s > 4) return Error{"answers: item score at position " + std::to_string(i + 1) + " is outside 0-4"};
        auto t = static_cast<std::size_t>(item->type);
        p.raw[t] += s;
        p.max[t] += 4;
    }
    for (std::size_t t = 0; t < 6; ++t) p.normalised[t] = p.max[t] > 0 ? p.raw[t] / p.max[t] : 0;
    auto [lo, hi] = std::minmax_element(p.normalised.begin(), p.normalised.end());
    p.flat = *hi - *lo < 1e-9;
    p.near_flat = !p.flat && *hi - *lo <= 0.1 + 1e-9;
    if (!p.flat)
        for (int t : top_types(p.normalised, 3))
            if (p.normalised[static_cast<std::size_t>(t)] > 0) p.code += kRiasecLetters[static_cast<std::size_t>(t)];
    return p;
}

std::string_view fit_name(Fit fit) {
    switch (fit) {
        case Fit::best: return "Best";
        case Fit::great: return "Great";
        case Fit::good: return "Good";
        case Fit::fair: break;
    }
    return "Fair";
}

Fit fit_from_correlation(double r) {
    if (r >= 0.80) return Fit::best;
    if (r >= 0.60) return Fit::great;
    if (r >= 0.40) return Fit::good;
    return Fit::fair;
}

std::optional<double> pearson(const std::array<double, 6>& a, const std::array<double, 6>& b) {
    double ma = 0, mb = 0;
    for (std::size_t i = 0; i < 6; ++i) {
        ma += a[i];
        mb += b[i];
    }
    ma /= 6;
    mb /= 6;
    double sab = 0, saa = 0, sbb = 0;
    for (std::size_t i = 0; i < 6; ++i) {
        sab += (a[i] - ma) * (b[i] - mb);
        saa += (a[i] - ma) * (a[i] - ma);
        sbb += (b[i] - mb) * (b[i] - mb);
    }
    if (saa < 1e-12 || sbb < 1e-12) return std::nullopt;
    return sab / std::sqrt(saa * sbb);
}

namespace {

std::string join_types(const std::vector<int>& types) {
    std::string out;
    for (std::size_t i = 0; i < types.size(); ++i) {
        if (i > 0) out += i + 1 == types.size() ? " and " : ", ";
        out += riasec_name(types[i]);
    }
    return out;
}

bool level_allowed(const Bundle& bundle, const Occupation& occ, const MatchOptions& options) {
    if (!options.max_level) return true;
    const std::optional<int>& level = bundle.region == Region::uk ? occ.skill_level : occ.job_zone;
    return !level || *level <= *options.max_level;
}

// Flat profile: no preference to correlate with, so offer the most common job of each type in turn
// (Realistic first), skipping repeats, until the list is full. Deterministic and varied.
MatchResult fallback_matches(const Bundle& bundle, const MatchOptions& options) {
    MatchResult out;
    out.fallback = true;
    out.message =
        "You gave every kind of activity the same answer, so we can't tell yet what you enjoy most. "
        "Here are common jobs from all six interest areas to start exploring. Try the quiz again and use "
        "love and dislike where you can.";
    std::vector<std::vector<std::size_t>> by_type(6);
    for (std::size_t i = 0; i < bundle.occupations.size(); ++i) {
        const auto& occ = bundle.occupations[i];
        if (!occ.interests || !level_allowed(bundle, occ, options)) continue;
        by_type[static_cast<std::size_t>(top_types(occ.interests->scores, 1)[0])].push_back(i);
    }
    for (auto& list : by_type)
        std::stable_sort(list.begin(), list.end(), [&](std::size_t a, std::size_t b) {
            return bundle.occupations[a].jobs.value_or(0) > bundle.occupations[b].jobs.value_or(0);
        });
    std::vector<std::size_t> next(6, 0);
    bool added = true;
    while (out.matches.size() < options.limit && added) {
        added = false;
        for (std::size_t t = 0; t < 6 && out.matches.size() < options.limit; ++t) {
            if (next[t] >= by_type[t].size()) continue;
            Match m;
            m.occupation = by_type[t][next[t]++];
            m.fit = Fit::fair;
            m.reason = "A common " + std::string(riasec_name(static_cast<int>(t))) + " job";
            out.matches.push_back(std::move(m));
            added = true;
        }
    }
    return out;
}

}  // namespace

MatchResult match_occupations(const Bundle& bundle, const Profile& profile, const MatchOptions& options) {
    if (profile.flat) return fallback_matches(bundle, options);
    MatchResult out;
    if (profile.near_flat)
        out.message =
            "Your answers were very similar for all six interest areas, so these matches are only a rough "
            "guide. Answering with love and dislike more often gives a sharper list.";
    std::vector<int> student_top;
    for (char letter : profile.code)
        if (auto t = riasec_from_letter(letter)) student_top.push_back(*t);
    for (std::size_t i = 0; i < bundle.occupations.size(); ++i) {
        const auto& occ = bundle.occupations[i];
        if (!occ.interests || !level_allowed(bundle, occ, options)) continue;
        auto r = pearson(profile.normalised, occ.interests->scores);
        if (!r) continue;
        Match m;
        m.occupation = i;
        m.correlation = *r;
        m.fit = fit_from_correlation(*r);
        auto job_top = top_types(occ.interests->scores, 3);
        for (int t : student_top)
            if (std::find(job_top.begin(), job_top.end(), t) != job_top.end()) m.shared_types.push_back(t);
        out.matches.push_back(std::move(m));
    }
    std::sort(out.matches.begin(), out.matches.end(), [&](const Match& a, const Match& b) {
        if (a.correlation != b.correlation) return a.correlation > b.correlation;
        double ja = bundle.occupations[a.occupation].jobs.value_or(0);
        double jb = bundle.occupations[b.occupation].jobs.value_or(0);
        if (ja != jb) return ja > jb;
        return bundle.occupations[a.occupation].code < bundle.occupations[b.occupation].code;
    });
    if (out.matches.size() > options.limit) out.matches.resize(options.limit);
    for (auto& m : out.matches) {
        if (!m.shared_types.empty()) {
            m.reason = std::string(m.shared_types.size() == 1 ? "Shares your top interest: " : "Shares your top interests: ") +
                       join_types(m.shared_types);
        } else {
            const auto& occ = bundle.occupations[m.occupation];
            m.reason = "Its pattern of interests is like yours, led by " +
                       std::string(riasec_name(top_types(occ.interests->scores, 1)[0]));
        }
    }
    if (out.matches.empty() && options.max_level)
        out.message = "No jobs with interest data match that qualification level. Try a higher level.";
    return out;
}

}  // namespace ometer
