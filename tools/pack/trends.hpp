// The evidence behind showing (or not showing) a UK employment trend per unit group, recomputed from the raw
// data every release: do the two surveys that count people in each job (APS, a household survey, and ASHE, a
// 1% sample of employee jobs from PAYE records) agree on which jobs grew, and which changes pass both
// surveys' sampling error? Written into the change report; the rule is in assets/data/README.md ("Trends").
#pragma once

#include <string>
#include <vector>

#include "tools/pack/raw.hpp"

namespace ometer::pack {

// The rule: a UK trend is shown only if the surveys agree across unit groups (Pearson r of their changes at
// least kTrendMinAgreement) and then only for groups whose change passes both surveys' sampling error
// (|z| > kTrendMinZ in each) in the same direction.
inline constexpr double kTrendMinAgreement = 0.6;
inline constexpr double kTrendMinZ = 2.0;

// Sampling-error approximations (no published standard errors exist for these cells; see the README):
//   APS: a count of N people rests on about N x respondents_per_person respondents, with a design effect for
//        the clustered household sample; the standard error of log(N) is sqrt(deff / respondents).
//   ASHE: a 1% simple random sample of employee jobs, so J jobs rest on J x 1% sampled jobs.
struct TrendAssumptions {
    double aps_respondents_per_person = 1.0 / 200;  // ~320,000 respondents a year (ONS APS QMI) in ~64 million people
    double aps_design_effect = 1.5;
    double ashe_sample_fraction = 0.01;
};

// APS's achieved sample in its October 2024 to September 2025 dataset, about 175,000 people (ONS APS QMI,
// revised February 2026), in about 69 million: the change report's sensitivity check.
inline constexpr double kApsRespondentsPerPerson2025 = 1.0 / 400;

struct TrendGroup {
    std::string soc;
    double aps_from = 0, aps_to = 0;    // people, summed over the industry cells published in both years
    double ashe_from = 0, ashe_to = 0;  // employee jobs
    double aps_change_pct = 0, ashe_change_pct = 0;
    double aps_z = 0, ashe_z = 0;       // log change over its standard error
};

struct TrendEvidence {
    int from_year = 0, to_year = 0;
    std::vector<TrendGroup> groups;  // unit groups with both surveys in both years, by code
    double pearson = 0, spearman = 0;
    std::size_t aps_significant = 0, ashe_significant = 0, both_significant = 0, disagree = 0;
    bool trends_allowed = false;     // pearson >= kTrendMinAgreement
    std::vector<std::string> shown;  // the groups the rule would show a trend for (none unless allowed)
};

// Compares the first and the latest ASHE year (which the APS file must also have).
TrendEvidence trend_evidence(const RawData& raw, const TrendAssumptions& assumptions = {});

// Pearson's r, and Spearman's rho (Pearson's r of ranks, ties given their mean rank). 0 for fewer than two
// points or no variation.
double pearson_r(const std::vector<double>& x, const std::vector<double>& y);
double spearman_rho(const std::vector<double>& x, const std::vector<double>& y);

}  // namespace ometer::pack
