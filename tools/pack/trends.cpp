// UK trend evidence: APS against ASHE changes per unit group; see trends.hpp.
#include "tools/pack/trends.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace ometer::pack {

double pearson_r(const std::vector<double>& x, const std::vector<double>& y) {
    const std::size_t n = std::min(x.size(), y.size());
    if (n < 2) return 0;
    const double mx = std::accumulate(x.begin(), x.begin() + static_cast<std::ptrdiff_t>(n), 0.0) / static_cast<double>(n);
    const double my = std::accumulate(y.begin(), y.begin() + static_cast<std::ptrdiff_t>(n), 0.0) / static_cast<double>(n);
    double sxy = 0, sxx = 0, syy = 0;
    for (std::size_t i = 0; i < n; ++i) {
        sxy += (x[i] - mx) * (y[i] - my);
        sxx += (x[i] - mx) * (x[i] - mx);
        syy += (y[i] - my) * (y[i] - my);
    }
    return sxx > 0 && syy > 0 ? sxy / std::sqrt(sxx * syy) : 0;
}

namespace {

std::vector<double> ranks(const std::vector<double>& v) {
    std::vector<std::size_t> order(v.size());
    std::iota(order.begin(), order.end(), 0);
    std::stable_sort(order.begin(), order.end(), [&](std::size_t a, std::size_t b) { return v[a] < v[b]; });
    std::vector<double> out(v.size());
    for (std::size_t i = 0; i < order.size();) {
        std::size_t j = i;
        while (j + 1 < order.size() && v[order[j + 1]] == v[order[i]]) ++j;
        const double mean_rank = (static_cast<double>(i) + static_cast<double>(j)) / 2.0;
        for (std::size_t k = i; k <= j; ++k) out[order[k]] = mean_rank;
        i = j + 1;
    }
    return out;
}

// log(to / from) over its standard error, for counts resting on `from_n` and `to_n` sampled units with a
// design effect.
double log_change_z(double from, double to, double from_n, double to_n, double deff) {
    return std::log(to / from) / std::sqrt(deff / from_n + deff / to_n);
}

}  // namespace

double spearman_rho(const std::vector<double>& x, const std::vector<double>& y) { return pearson_r(ranks(x), ranks(y)); }

TrendEvidence trend_evidence(const RawData& raw, const TrendAssumptions& a) {
    TrendEvidence out;
    if (raw.ashe.size() < 2) return out;
    const RawAsheYear& first = raw.ashe.front();
    const RawAsheYear& last = raw.ashe.back();
    out.from_year = first.year;
    out.to_year = last.year;
    for (const auto& [soc, years] : raw.aps_cells) {
        auto y0 = years.find(out.from_year), y1 = years.find(out.to_year);
        if (y0 == years.end() || y1 == years.end()) continue;
        // A consistent basis: only the industry cells ONS published in both years.
        TrendGroup g;
        g.soc = soc;
        for (std::size_t i = 0; i < y0->second.size() && i < y1->second.size(); ++i)
            if (y0->second[i] && y1->second[i]) {
                g.aps_from += *y0->second[i];
                g.aps_to += *y1->second[i];
            }
        const RawAsheRow* j0 = first.find("Table 14.1a", "All", soc);
        const RawAsheRow* j1 = last.find("Table 14.1a", "All", soc);
        if (g.aps_from <= 0 || g.aps_to <= 0 || !j0 || !j1 || !j0->jobs_thousand || !j1->jobs_thousand ||
            *j0->jobs_thousand <= 0 || *j1->jobs_thousand <= 0)
            continue;
        g.ashe_from = *j0->jobs_thousand * 1000.0;
        g.ashe_to = *j1->jobs_thousand * 1000.0;
        g.aps_change_pct = (g.aps_to - g.aps_from) / g.aps_from * 100.0;
        g.ashe_change_pct = (g.ashe_to - g.ashe_from) / g.ashe_from * 100.0;
        g.aps_z = log_change_z(g.aps_from, g.aps_to, g.aps_from * a.aps_respondents_per_person,
                               g.aps_to * a.aps_respondents_per_person, a.aps_design_effect);
        g.ashe_z = log_change_z(g.ashe_from, g.ashe_to, g.ashe_from * a.ashe_sample_fraction,
                                g.ashe_to * a.ashe_sample_fraction, 1.0);
        out.groups.push_back(g);
    }
    std::vector<double> aps, ashe;
    for (const auto& g : out.groups) {
        aps.push_back(g.aps_change_pct);
        ashe.push_back(g.ashe_change_pct);
    }
    out.pearson = pearson_r(aps, ashe);
    out.spearman = spearman_rho(aps, ashe);
    out.trends_allowed = out.groups.size() >= 2 && out.pearson >= kTrendMinAgreement;
    for (const auto& g : out.groups) {
        const bool aps_sig = std::fabs(g.aps_z) > kTrendMinZ, ashe_sig = std::fabs(g.ashe_z) > kTrendMinZ;
        out.aps_significant += aps_sig;
        out.ashe_significant += ashe_sig;
        if (!aps_sig || !ashe_sig) continue;
        ++out.both_significant;
        if ((g.aps_z > 0) != (g.ashe_z > 0)) ++out.disagree;
        else if (out.trends_allowed) out.shown.push_back(g.soc);
    }
    return out;
}

}  // namespace ometer::pack
