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

int choice_score(AnswerScale scale, int choice) { return scale == AnswerScale::emoji3 ? choice * 2 : choice; }

namespace {

char first_digit(AnswerScale scale) { return scale == AnswerScale::emoji3 ? '0' : '1'; }

}  // namespace

Result<std::vector<int>> parse_choices(const QuizForm& form, AnswerScale scale, std::string_view digits) {
    const std::string expected = scale == AnswerScale::emoji3 ? "0, 1 or 2 (dislike, not sure, love)"
                                                              : "1 to 5 (strongly dislike to strongly like)";
    if (digits.size() != form.item_ids.size())
        return Error{"answers: expected " + std::to_string(form.item_ids.size()) + " digits for the " + form.id +
                     "-item form, got " + std::to_string(digits.size())};
    std::vector<int> choices;
    choices.reserve(digits.size());
    for (std::size_t i = 0; i < digits.size(); ++i) {
        const int choice = digits[i] - first_digit(scale);
        if (choice < 0 || choice >= scale_points(scale)) {
            unsigned char c = static_cast<unsigned char>(digits[i]);
            std::string shown = c >= 0x20 && c < 0x7F ? std::string("'") + digits[i] + "'" : "byte " + std::to_string(c);
            return Error{"answers: position " + std::to_string(i + 1) + " is " + shown + ", expected " + expected};
        }
        choices.push_back(choice);
    }
    return choices;
}

std::string choices_to_digits(AnswerScale scale, const std::vector<int>& choices) {
    std::string digits;
    for (int c : choices) digits += static_cast<char>(first_digit(scale) + c);
    return digits;
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

std::vector<int> high_point_types(const InterestProfile& interests) {
    std::vector<int> out;
    for (char letter : interests.high_point)
        if (auto t = riasec_from_letter(letter)) out.push_back(*t);
    return out;
}

Result<Profile> score_choices(const Quiz& quiz, const QuizForm& form, AnswerScale scale, const std::vector<int>& choices) {
    if (choices.size() != form.item_ids.size())
        return Error{"answers: expected " + std::to_string(form.item_ids.size()) + " answers, got " +
                     std::to_string(choices.size())};
    Profile p;
    for (std::size_t i = 0; i < form.item_ids.size(); ++i) {
        const QuizItem* item = quiz.item(form.item_ids[i]);
        if (!item) return Error{"quiz form " + form.id + ": item " + std::to_string(form.item_ids[i]) + " is not defined"};
        if (choices[i] < 0 || choices[i] >= scale_points(scale))
            return Error{"answers: statement " + std::to_string(i + 1) + " has no answer on the " +
                         std::to_string(scale_points(scale)) + "-point scale"};
        auto t = static_cast<std::size_t>(item->type);
        p.raw[t] += choice_score(scale, choices[i]);
        p.max[t] += 4;
    }
    for (std::size_t t = 0; t < 6; ++t) p.normalised[t] = p.max[t] > 0 ? p.raw[t] / p.max[t] : 0;
    auto [lo, hi] = std::minmax_element(p.normalised.begin(), p.normalised.end());
    p.flat = *hi - *lo < 1e-9;
    p.near_flat = !p.flat && *hi - *lo <= 0.1 + 1e-9;
    // Standout areas: above "not sure" and above the student's own average, in tiers of equal scores; a tier
    // starting within the first three places is kept whole.
    const double mean = std::accumulate(p.normalised.begin(), p.normalised.end(), 0.0) / 6;
    const double bar = std::max(kStandoutAbove, mean);
    for (int t : top_types(p.normalised, 6)) {
        const double s = p.normalised[static_cast<std::size_t>(t)];
        if (s <= bar + 1e-9) break;
        if (!p.tiers.empty() && std::fabs(p.normalised[static_cast<std::size_t>(p.tiers.back().front())] - s) < 1e-9) {
            p.tiers.back().push_back(t);
        } else {
            if (p.top.size() >= kCodeLetters) break;
            p.tiers.push_back({t});
        }
        p.top.push_back(t);
        p.code += kRiasecLetters[static_cast<std::size_t>(t)];
    }
    return p;
}

namespace {

std::string join_names(const std::vector<int>& types, const char* last_joiner) {
    std::string out;
    for (std::size_t i = 0; i < types.size(); ++i) {
        if (i > 0) out += i + 1 == types.size() ? last_joiner : ", ";
        out += riasec_name(types[i]);
    }
    return out;
}

}  // namespace

std::string code_text(const Profile& p, bool names) {
    // The first tier is the student's top: a tie there is "A and S, equally"; later ties are a choice
    // between equals: "then A or E".
    auto name = [&](int t) { return names ? std::string(riasec_name(t)) : std::string(1, kRiasecLetters[static_cast<std::size_t>(t)]); };
    std::string out;
    for (std::size_t i = 0; i < p.tiers.size(); ++i) {
        const auto& tier = p.tiers[i];
        if (i > 0) out += ", then ";
        const char* last = i == 0 ? " and " : " or ";
        for (std::size_t k = 0; k < tier.size(); ++k) {
            if (k > 0) out += k + 1 == tier.size() ? last : ", ";
            out += name(tier[k]);
        }
        if (i == 0 && tier.size() > 1) out += ", equally";
    }
    return out;
}

std::string_view fit_name(Fit fit) {
    switch (fit) {
        case Fit::strong: return "strong";
        case Fit::good: return "good";
        case Fit::partial: break;
    }
    return "partial";
}

std::string_view fit_label(Fit fit) {
    switch (fit) {
        case Fit::strong: return "Strong match";
        case Fit::good: return "Good match";
        case Fit::partial: break;
    }
    return "Partial match";
}

std::string_view fit_meaning(Fit fit) {
    switch (fit) {
        case Fit::strong: return "People in this job enjoy nearly the same mix of activities you chose.";
        case Fit::good: return "People in this job enjoy much the same activities as you.";
        case Fit::partial: break;
    }
    return "This job shares some of your interests, but not all of them.";
}

std::optional<Fit> fit_from_correlation(double r) {
    if (r >= kStrongFit) return Fit::strong;
    if (r >= kGoodFit) return Fit::good;
    if (r >= kMatchFloor) return Fit::partial;
    return std::nullopt;
}

std::string_view reason_source_name(ReasonSource s) {
    switch (s) {
        case ReasonSource::pattern: return "pattern";
        case ReasonSource::closest: return "closest";
        case ReasonSource::well_known: return "well_known";
        case ReasonSource::shared_areas: break;
    }
    return "shared_areas";
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

LevelScale level_scale(Region region) { return region == Region::uk ? LevelScale{1, 4} : LevelScale{2, 5}; }

std::string_view level_label(Region region, int level) {
    static constexpr std::string_view uk[] = {"GCSEs", "GCSEs + training", "A levels or apprenticeship", "Degree"};
    static constexpr std::string_view us[] = {"High school or less", "Trade school or associate's", "Bachelor's degree",
                                              "Graduate degree"};
    const LevelScale s = level_scale(region);
    if (level < s.first || level > s.last) return {};
    return (region == Region::uk ? uk : us)[level - s.first];
}

std::string_view level_meaning(Region region, int level) {
    // UK: SOC 2020 skill levels (1: what compulsory education gives; 2: that plus longer work-related
    // training; 3: post-16 college, A levels or an apprenticeship, below degree; 4: a degree or equivalent
    // experience). US: O*NET Job Zones, four-level framework.
    static constexpr std::string_view uk[] = {
        "Jobs you can usually start after GCSEs, learning on the job.",
        "Jobs that usually need GCSEs plus a spell of training at work.",
        "Jobs that usually need college, A levels, T levels or an apprenticeship.",
        "Jobs that usually need a degree, a degree apprenticeship or similar experience."};
    static constexpr std::string_view us[] = {
        "Jobs that need little or some preparation: usually a high school diploma (O*NET Job Zone 1-2).",
        "Jobs that usually need vocational training, related experience or an associate's degree (Job Zone 3).",
        "Jobs that usually need a bachelor's degree (Job Zone 4).",
        "Jobs that usually need a graduate degree, such as a master's, a doctorate or a law degree (Job Zone 5)."};
    const LevelScale s = level_scale(region);
    if (level < s.first || level > s.last) return {};
    return (region == Region::uk ? uk : us)[level - s.first];
}

std::optional<int> occupation_level(const Bundle& bundle, const Occupation& occ) {
    if (bundle.region == Region::uk) return occ.skill_level;
    if (!occ.job_zone) return std::nullopt;
    return std::max(*occ.job_zone, level_scale(Region::us).first);  // Job Zones 1 and 2 are one level in O*NET 30
}

namespace {

bool level_allowed(const Bundle& bundle, const Occupation& occ, const MatchOptions& options) {
    if (!options.level) return true;
    auto level = occupation_level(bundle, occ);
    if (!level) return false;  // an unknown level cannot be said to be at the chosen one
    return options.include_lower ? *level <= *options.level : *level == *options.level;
}

// The number of jobs that is the occupation's own: a wider group's count says nothing about this job.
double own_jobs(const Occupation& occ) {
    if (!occ.pay_from.own()) return 0;
    return occ.people.value_or(occ.jobs.value_or(0));
}

// All-same answers: nothing to correlate with, so one well-known job from each interest area: the one with
// the most people of its own among jobs whose O*NET high point leads with that area.
MatchResult well_known_jobs(const Bundle& bundle, const MatchOptions& options) {
    MatchResult out;
    out.fallback = true;
    out.message =
        "You gave every kind of activity the same answer, so we can't tell yet what you enjoy most. Here is a "
        "well-known job from each of the six interest areas to start exploring. Try the quiz again and use "
        "love and dislike where you can.";
    std::array<std::optional<std::size_t>, 6> best;
    for (std::size_t i = 0; i < bundle.occupations.size(); ++i) {
        const auto& occ = bundle.occupations[i];
        if (!occ.interests || !level_allowed(bundle, occ, options) || own_jobs(occ) <= 0) continue;
        auto areas = high_point_types(*occ.interests);
        if (areas.empty()) continue;
        auto& slot = best[static_cast<std::size_t>(areas.front())];
        if (!slot || own_jobs(occ) > own_jobs(bundle.occupations[*slot])) slot = i;
    }
    for (int t = 0; t < kRiasecCount && out.matches.size() < options.limit; ++t) {
        if (!best[static_cast<std::size_t>(t)]) continue;
        Match m;
        m.occupation = *best[static_cast<std::size_t>(t)];
        m.reason = {"A well-known " + std::string(riasec_name(t)) + " job", {t}, ReasonSource::well_known};
        out.matches.push_back(std::move(m));
    }
    return out;
}

Reason reason_for(const Profile& profile, const Occupation& occ, Fit fit, bool level_chosen) {
    const auto job = high_point_types(*occ.interests);
    std::vector<int> shared;
    for (int t : profile.top)
        if (std::find(job.begin(), job.end(), t) != job.end()) shared.push_back(t);
    if (!shared.empty())
        return {std::string(shared.size() == 1 ? "Shares your top interest: " : "Shares your top interests: ") +
                    join_names(shared, " and "),
                shared, ReasonSource::shared_areas};
    if (fit != Fit::partial) return {"Its overall mix of interests is like yours", {}, ReasonSource::pattern};
    return {level_chosen ? "One of the closest matches at this level" : "One of the closest matches to your answers", {},
            ReasonSource::closest};
}

}  // namespace

MatchResult match_occupations(const Bundle& bundle, const Profile& profile, const MatchOptions& options) {
    if (profile.flat) return well_known_jobs(bundle, options);
    MatchResult out;
    const LevelScale levels = level_scale(bundle.region);
    for (int l = levels.first; l <= levels.last; ++l) out.level_counts.push_back({l, 0});
    std::vector<Match> all;
    for (std::size_t i = 0; i < bundle.occupations.size(); ++i) {
        const auto& occ = bundle.occupations[i];
        if (!occ.interests) continue;
        auto r = pearson(profile.normalised, occ.interests->scores);
        if (!r) continue;
        auto fit = fit_from_correlation(*r);
        const bool allowed = level_allowed(bundle, occ, options);
        if (!fit) {
            if (allowed) ++out.below_floor;
            continue;
        }
        if (auto level = occupation_level(bundle, occ); level && *level >= levels.first && *level <= levels.last)
            ++out.level_counts[static_cast<std::size_t>(*level - levels.first)].matches;
        if (!allowed) continue;
        Match m;
        m.occupation = i;
        m.correlation = *r;
        m.fit = fit;
        all.push_back(std::move(m));
    }
    std::sort(all.begin(), all.end(), [&](const Match& a, const Match& b) {
        if (a.correlation != b.correlation) return a.correlation > b.correlation;
        double ja = own_jobs(bundle.occupations[a.occupation]), jb = own_jobs(bundle.occupations[b.occupation]);
        if (ja != jb) return ja > jb;
        return bundle.occupations[a.occupation].code < bundle.occupations[b.occupation].code;
    });
    if (all.size() > options.limit) all.resize(options.limit);
    for (auto& m : all) m.reason = reason_for(profile, bundle.occupations[m.occupation], *m.fit, options.level.has_value());
    out.matches = std::move(all);

    if (profile.near_flat)
        out.message =
            "Your answers were very similar for all six interest areas, so these matches are only a rough guide. "
            "Answering with love and dislike more often gives a sharper list.";
    else if (profile.top.empty())
        out.message =
            "None of the six areas stood out: you didn't pick \"love it\" more than \"not sure\" for any of them. "
            "These jobs are closest to the pattern of your answers, so treat them as a rough guide.";
    if (out.matches.size() < options.limit && options.level) {
        std::string few = out.matches.empty()
                              ? "No jobs at this level match your interests closely enough to show."
                              : out.matches.size() == 1
                                  ? std::string("Only 1 job at this level matches your interests closely enough to show.")
                                  : "Only " + std::to_string(out.matches.size()) +
                                        " jobs at this level match your interests closely enough to show.";
        // Point to the nearest other levels that have matches.
        std::vector<LevelCount> others;
        for (const auto& lc : out.level_counts)
            if (lc.level != *options.level && lc.matches > 0) others.push_back(lc);
        std::stable_sort(others.begin(), others.end(), [&](const LevelCount& a, const LevelCount& b) {
            return std::abs(a.level - *options.level) < std::abs(b.level - *options.level);
        });
        if (others.size() > 2) others.resize(2);
        std::string next;
        for (std::size_t i = 0; i < others.size(); ++i) {
            if (i > 0) next += " or ";
            next += std::string(level_label(bundle.region, others[i].level)) + " (" + std::to_string(others[i].matches) +
                    (others[i].matches == 1 ? " job)" : " jobs)");
        }
        if (!next.empty()) few += " Try " + next + ".";
        out.message = out.message.empty() ? few : out.message + " " + few;
    }
    return out;
}

Result<QuizOutcome> run_quiz(const Quiz& quiz, const Bundle& bundle, const QuizRequest& request) {
    QuizOutcome out;
    out.form = quiz.form(request.form);
    if (!out.form) return Error{"quiz: no form \"" + request.form + "\" (use " + std::string(kFullForm) + " or " +
                                std::string(kQuickForm) + ")"};
    out.scale = request.scale;
    if (request.match.level) {
        const LevelScale levels = level_scale(bundle.region);
        if (*request.match.level < levels.first || *request.match.level > levels.last)
            return Error{"quiz: level must be from " + std::to_string(levels.first) + " to " + std::to_string(levels.last) +
                         " for the " + std::string(region_name(bundle.region)) + " data"};
    }
    auto profile = score_choices(quiz, *out.form, request.scale, request.choices);
    if (!profile) return Error{profile.error()};
    out.profile = std::move(profile.value());
    out.result = match_occupations(bundle, out.profile, request.match);
    return out;
}

}  // namespace ometer
