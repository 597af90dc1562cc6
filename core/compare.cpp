// Builds the comparison model; see compare.hpp.
#include "core/compare.hpp"

#include <algorithm>

#include "core/quiz.hpp"

namespace ometer {

namespace {

std::string years_of(const Bundle& b, const std::string& field) {
    const Source* s = b.source_for(field);
    return s ? s->years : std::string();
}

Figure figure(const Bundle& b, std::optional<double> v, const std::string& field, const char* missing_note) {
    Figure f;
    f.value = v;
    f.source_id = b.source_id_for(field);
    f.year = years_of(b, field);
    if (!v) f.note = missing_note;
    return f;
}

// The value on `basis` for ranking, with whether it is a lower bound.
std::optional<double> pay_on(const Occupation& occ, const PayHeadline& h, PayBasis basis) {
    if (h.basis == basis) return h.value;
    if (basis == PayBasis::hourly) return occ.pay_hourly.median;
    return std::nullopt;
}

void rank_pay(const Bundle& b, Comparison& cmp) {
    std::vector<const PayHeadline*> published;
    for (const auto& c : cmp.items)
        if (c.pay.value) published.push_back(&c.pay);
    if (published.size() < 2) return;
    const PayBasis first = published.front()->basis;
    const bool same = std::all_of(published.begin(), published.end(), [&](const PayHeadline* h) { return h->basis == first; });
    const bool all_hourly = std::all_of(cmp.items.begin(), cmp.items.end(), [&](const ComparedOccupation& c) {
        return b.occupations[c.occupation].pay_hourly.present();
    });
    if (same) cmp.ranked_basis = first;
    else if (all_hourly) cmp.ranked_basis = PayBasis::hourly;
    else return;
    std::optional<double> lo, hi;
    bool hi_or_more = false;
    std::size_t ranked = 0;
    for (std::size_t i = 0; i < cmp.items.size(); ++i) {
        const auto& c = cmp.items[i];
        auto v = pay_on(b.occupations[c.occupation], c.pay, *cmp.ranked_basis);
        if (!v) continue;
        ++ranked;
        if (!hi || *v > *hi) {
            hi = v;
            cmp.highest_paid = i;
            hi_or_more = c.pay.value_or_more && c.pay.basis == *cmp.ranked_basis;
        }
        if (!lo || *v < *lo) lo = v;
    }
    if (ranked < 2) {
        cmp.highest_paid.reset();
        return;
    }
    // Two top-coded cards cannot be told apart; a spread to a top-coded one would be a lower bound too.
    if (hi_or_more) cmp.highest_paid.reset();
    if (!hi_or_more && lo && *lo > 0) cmp.pay_spread_ratio = *hi / *lo;
}

}  // namespace

ComparedOccupation compare_one(const Bundle& b, std::size_t index) {
    const Occupation& occ = b.occupations[index];
    ComparedOccupation c;
    c.occupation = index;
    const bool uk = b.region == Region::uk;
    const char* suppressed = uk ? "not published: too few survey responses to be reliable" : "not published by BLS";
    c.pay = headline_pay(b, occ);
    c.jobs = figure(b, occ.jobs, "jobs", suppressed);
    c.jobs.from = occ.pay_from;
    c.people = figure(b, occ.people, "people", uk ? "not published: too few survey responses" : "no BLS projection");
    c.people.lower_bound = occ.people_lower_bound;
    c.people.from = occ.outlook_from;
    if (uk) {
        c.hours_weekly = figure(b, occ.hours_weekly.median, "hours", suppressed);
        c.hours_weekly.reliability = occ.hours_weekly.reliability;
        if (c.hours_weekly.value && b.averages.hours_weekly.median)
            c.hours_vs_average = *c.hours_weekly.value - *b.averages.hours_weekly.median;
    } else {
        std::optional<double> change;
        if (occ.outlook.employment_now && occ.outlook.employment_projected)
            change = *occ.outlook.employment_projected - *occ.outlook.employment_now;
        c.projected_change = figure(b, change, "outlook", "no BLS projection");
        c.growth_pct = figure(b, occ.outlook.growth_pct, "outlook", "no BLS projection");
        c.openings_per_year = figure(b, occ.outlook.openings_per_year, "outlook", "no BLS projection");
        for (Figure* f : {&c.projected_change, &c.growth_pct, &c.openings_per_year}) f->from = occ.outlook_from;
    }
    if (occ.interests) c.top_types = top_types(occ.interests->scores, 3);
    return c;
}

Result<Comparison> compare(const Bundle& b, const std::vector<std::string>& codes) {
    if (codes.empty()) return Error{"compare: give one to three occupation codes"};
    if (codes.size() > kMaxCompared)
        return Error{"compare: at most " + std::to_string(kMaxCompared) + " occupations, got " + std::to_string(codes.size())};
    Comparison cmp;
    cmp.region = b.region;
    for (std::size_t i = 0; i < codes.size(); ++i) {
        auto index = b.index_of(codes[i]);
        if (!index) return Error{"compare: unknown " + std::string(region_name(b.region)) + " occupation code \"" + codes[i] + "\""};
        for (std::size_t k = 0; k < i; ++k)
            if (codes[k] == codes[i]) return Error{"compare: \"" + codes[i] + "\" is listed twice"};
        cmp.items.push_back(compare_one(b, *index));
    }
    cmp.average_label = b.averages.label;
    cmp.average_hours_weekly = figure(b, b.averages.hours_weekly.median, "hours", "not published");

    // Interests every card shares, in the first card's order.
    for (int t : cmp.items[0].top_types)
        if (std::all_of(cmp.items.begin(), cmp.items.end(), [t](const ComparedOccupation& c) {
                return std::find(c.top_types.begin(), c.top_types.end(), t) != c.top_types.end();
            }))
            cmp.shared_types.push_back(t);
    rank_pay(b, cmp);
    return cmp;
}

}  // namespace ometer
