// The UK bundle: every ONS SOC 2020 unit group with ASHE pay and hours, APS employment, and interests,
// skills and Job Zone carried over from O*NET through the crosswalk; plus the UK search titles.
#include <algorithm>
#include <cmath>
#include <map>
#include <set>

#include "core/text.hpp"
#include "tools/pack/pack.hpp"

namespace ometer::pack {

namespace {

// SOC 2020 skill levels by major group; sub-major group 12 (other managers and proprietors) is level 3.
int skill_level(const std::string& code) {
    if (code.compare(0, 2, "12") == 0) return 3;
    switch (code[0]) {
        case '1': case '2': return 4;
        case '3': case '5': return 3;
        case '4': case '6': case '7': case '8': return 2;
        default: return 1;
    }
}

Measure measure_from(const RawAsheRow* row) {
    Measure m;
    if (!row || !row->median) return m;
    m.p10 = row->p10;
    m.p25 = row->p25;
    m.median = row->median;
    m.p75 = row->p75;
    m.p90 = row->p90;
    m.mean = row->mean;
    m.cv = row->median_cv;
    m.reliability = reliability_from_cv(row->median_cv);
    return m;
}

constexpr const char* kAnnual = "Table 14.7a";
constexpr const char* kWeekly = "Table 14.1a";
constexpr const char* kHourly = "Table 14.5a";
constexpr const char* kHours = "Table 14.9a";

void fill_pay(const RawAsheYear& y, const std::string& soc, Occupation& occ) {
    occ.pay_annual = measure_from(y.find(kAnnual, "All", soc));
    occ.pay_annual_ft = measure_from(y.find(kAnnual, "Full-Time", soc));
    occ.pay_weekly = measure_from(y.find(kWeekly, "All", soc));
    occ.pay_weekly_ft = measure_from(y.find(kWeekly, "Full-Time", soc));
    occ.pay_hourly = measure_from(y.find(kHourly, "All", soc));
    occ.hours_weekly = measure_from(y.find(kHours, "All", soc));
    occ.hours_weekly_ft = measure_from(y.find(kHours, "Full-Time", soc));
    // Employee jobs: the weekly-pay table covers all employee jobs (the annual one only those held a year).
    if (const RawAsheRow* r = y.find(kWeekly, "All", soc); r && r->jobs_thousand) occ.jobs = *r->jobs_thousand * 1000.0;
    if (const RawAsheRow* r = y.find(kWeekly, "Full-Time", soc); r && r->jobs_thousand)
        occ.jobs_ft = *r->jobs_thousand * 1000.0;
}

// People in work, self-employed included: the APS sum for `year` (a lower bound when a cell was too small
// to publish).
void fill_people(const RawData& raw, const std::string& soc, int year, Occupation& occ) {
    auto it = raw.aps_employment.find(soc);
    if (it == raw.aps_employment.end()) return;
    auto at = it->second.find(year);
    if (at == it->second.end()) return;
    occ.people = at->second;
    occ.people_lower_bound = raw.aps_partial.count({soc, year}) > 0;
}

// Interests, Job Zone and skills: weighted over the unit group's O*NET links that carry the data.
void fill_from_onet(const RawData& raw, const std::vector<CrosswalkRow>& links, Occupation& occ) {
    std::array<double, 6> scores{};
    double interest_weight = 0, zone_sum = 0, zone_weight = 0;
    std::map<std::string, double> skills, knowledge;
    for (const auto& l : links) {
        const RawOnetOccupation* o = raw.find_onet(l.onet_code);
        if (!o) continue;
        occ.onet.push_back({o->code, o->title, l.weight});
        if (o->interests) {
            for (std::size_t t = 0; t < 6; ++t) scores[t] += l.weight * (*o->interests)[t];
            interest_weight += l.weight;
        }
        if (o->job_zone) {
            zone_sum += l.weight * *o->job_zone;
            zone_weight += l.weight;
        }
        for (const auto& [name, v] : o->skills) skills[name] += l.weight * v;
        for (const auto& [name, v] : o->knowledge) knowledge[name] += l.weight * v;
    }
    if (interest_weight > 0) {
        InterestProfile ip;
        for (std::size_t t = 0; t < 6; ++t) ip.scores[t] = std::round(scores[t] / interest_weight * 100.0) / 100.0;
        // High-point code: the strongest type, then the next two if they reach 3.0 on the 1-7 scale.
        std::vector<int> order = {0, 1, 2, 3, 4, 5};
        std::stable_sort(order.begin(), order.end(), [&](int a, int b) { return ip.scores[a] > ip.scores[b]; });
        for (std::size_t i = 0; i < 3; ++i)
            if (i == 0 || ip.scores[static_cast<std::size_t>(order[i])] >= 3.0) ip.high_point += kRiasecLetters[static_cast<std::size_t>(order[i])];
        occ.interests = ip;
    }
    if (zone_weight > 0) occ.job_zone = static_cast<int>(std::lround(zone_sum / zone_weight));
    auto top = [](const std::map<std::string, double>& m, std::size_t n) {
        std::vector<std::pair<std::string, double>> v(m.begin(), m.end());
        std::stable_sort(v.begin(), v.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        std::vector<std::string> out;
        for (std::size_t i = 0; i < v.size() && i < n; ++i) out.push_back(v[i].first);
        return out;
    };
    occ.skills = top(skills, 6);
    occ.knowledge = top(knowledge, 4);
}

void fill_outlook(const RawData& raw, const std::string& soc, Occupation& occ) {
    if (auto it = raw.aps_employment.find(soc); it != raw.aps_employment.end() && it->second.size() >= 2) {
        Series s{"aps-2021-2024", "People in employment (APS; lower bound, small industry cells not counted)", {}};
        for (const auto& [year, people] : it->second) s.points.push_back({year, people});
        occ.outlook.series.push_back(std::move(s));
    }
    std::string ids;
    for (const auto& y : raw.ashe) ids += (ids.empty() ? "ashe-" : " ashe-") + std::to_string(y.year);
    Series jobs{ids, "Employee jobs (ASHE, provisional)", {}};
    Series pay{ids, "Median annual pay, all employees (ASHE, provisional)", {}};
    for (const auto& y : raw.ashe) {
        if (const RawAsheRow* r = y.find(kWeekly, "All", soc); r && r->jobs_thousand)
            jobs.points.push_back({y.year, *r->jobs_thousand * 1000.0});
        if (const RawAsheRow* r = y.find(kAnnual, "All", soc); r && r->median) pay.points.push_back({y.year, *r->median});
    }
    if (jobs.points.size() >= 2) occ.outlook.series.push_back(std::move(jobs));
    if (pay.points.size() >= 2) occ.outlook.series.push_back(std::move(pay));
}

// Titles: coding index (entries with their qualifiers, sub-unit-group names), ONS related
// titles, everyday words, and the American names of what the unit group does: each strongly linked O*NET
// occupation's own title and its sample of reported titles (the names its workers gave), so "realtor" or
// "attorney" find the UK job. O*NET's alternate titles, a long tail of very specific names, added much to
// the download and little to search, so they are left out. Deduplicated per unit group on the words'
// spelling keys, the form search matches them in ("Electricians" adds nothing to "Electrician", nor "Labourer"
// to "Laborer"), first kind wins (the order above is the order of trust).
std::string search_key(const std::string& title) {
    std::string key;
    for (const auto& w : spelling_keys(title)) key += (key.empty() ? "" : " ") + w;
    return key;
}

void add_titles(const RawData& raw, const Curated& curated, const std::vector<CrosswalkRow>& crosswalk, Bundle& b,
                TitleSet& out) {
    std::map<std::string, std::uint32_t> index_of;
    for (std::uint32_t i = 0; i < b.occupations.size(); ++i) index_of[b.occupations[i].code] = i;
    std::set<std::pair<std::uint32_t, std::string>> seen;
    for (std::uint32_t i = 0; i < b.occupations.size(); ++i) seen.insert({i, search_key(b.occupations[i].title)});
    auto add = [&](const std::string& code, const std::string& title, TitleKind kind) {
        auto it = index_of.find(code);
        if (it == index_of.end() || title.empty()) return;
        std::string key = search_key(title);
        if (key.empty() || !seen.insert({it->second, key}).second) return;
        out.titles.push_back({title, it->second, kind});
    };
    for (const auto& e : raw.index) {
        std::string t = e.natural;
        std::string qual = e.add.empty() ? e.ind : (e.ind.empty() ? e.add : e.add + ", " + e.ind);
        if (!qual.empty()) t += " (" + qual + ")";
        add(e.soc2020, t, TitleKind::index);
    }
    for (const auto& e : raw.index) add(e.soc2020, e.sug_title, TitleKind::index);
    for (const auto& g : raw.uk_groups)
        for (const auto& t : g.related_titles) add(g.code, t, TitleKind::related);
    for (const auto& e : curated.everyday_titles)
        if (e.region == "uk") add(e.code, e.title, TitleKind::everyday);
    // O*NET names through the links that carry a real share of the unit group (at least 20%, the two
    // strongest at most), so a weak link cannot lend wrong names.
    std::map<std::string, std::vector<const CrosswalkRow*>> links;
    for (const auto& row : crosswalk) links[row.soc2020].push_back(&row);
    for (auto& [soc, list] : links) {
        std::stable_sort(list.begin(), list.end(),
                         [](const CrosswalkRow* a, const CrosswalkRow* c) { return a->weight > c->weight; });
        for (std::size_t j = 0; j < list.size() && j < 2 && list[j]->weight >= 0.2; ++j) {
            const RawOnetOccupation* o = raw.find_onet(list[j]->onet_code);
            if (!o) continue;
            add(soc, o->title, TitleKind::onet_reported);
            for (const auto& t : o->reported_titles) add(soc, t, TitleKind::onet_reported);
        }
    }
    std::stable_sort(out.titles.begin(), out.titles.end(),
                     [](const TitleEntry& a, const TitleEntry& c) { return a.occupation < c.occupation; });
}

// Similar jobs. Two unit groups are similar when they map to the same O*NET occupations, or to occupations
// O*NET relates to each other: for unit group g with links o (weight w) and another group h with links r
// (weight v), score(g, h) = sum over o, r of w x v x relatedness(o, r), where relatedness is 1 for the same
// occupation and O*NET's primary tiers otherwise (Primary-Short 1, Primary-Long 0.5; the Supplemental tier
// is too loose to carry across). The strongest few other groups, most similar first, each scoring at least
// kMinRelatedScore and kMinRelatedShare of the strongest (a loose tail of one O*NET relation, such as
// medical appliance technicians to structural metal fabricators, does not fill a list).
constexpr std::size_t kMaxRelated = 6;
constexpr double kMinRelatedScore = 0.05;
constexpr double kMinRelatedShare = 0.15;

double tier_weight(const std::string& tier) {
    if (tier == "Primary-Short") return 1.0;
    if (tier == "Primary-Long") return 0.5;
    return 0.0;
}

std::map<std::string, std::vector<std::string>> related_groups(const RawData& raw,
                                                               const std::map<std::string, std::vector<CrosswalkRow>>& links) {
    std::map<std::string, std::vector<std::pair<std::string, double>>> groups_of;  // O*NET code -> (soc, weight)
    for (const auto& [soc, list] : links)
        for (const auto& l : list) groups_of[l.onet_code].emplace_back(soc, l.weight);
    std::map<std::string, std::vector<std::string>> out;
    for (const auto& [soc, list] : links) {
        std::map<std::string, double> score;
        const std::string& self = soc;  // a structured binding cannot be captured before C++20 (clang 14)
        auto credit = [&](const std::string& onet_code, double weight) {
            auto it = groups_of.find(onet_code);
            if (it == groups_of.end()) return;
            for (const auto& [other, v] : it->second)
                if (other != self) score[other] += weight * v;
        };
        for (const auto& l : list) {
            credit(l.onet_code, l.weight);
            if (const RawOnetOccupation* o = raw.find_onet(l.onet_code))
                for (const auto& r : o->related)
                    if (double t = tier_weight(r.tier); t > 0) credit(r.code, l.weight * t);
        }
        std::vector<std::pair<std::string, double>> ranked(score.begin(), score.end());
        std::stable_sort(ranked.begin(), ranked.end(), [](const auto& a, const auto& b) { return a.second > b.second; });
        for (const auto& [other, v] : ranked)
            if (out[soc].size() < kMaxRelated && v >= kMinRelatedScore && v >= kMinRelatedShare * ranked.front().second)
                out[soc].push_back(other);
    }
    return out;
}

}  // namespace

UkBuild build_uk(const RawData& raw, const Curated& curated) {
    UkBuild out;
    out.crosswalk = build_crosswalk(raw, curated.crosswalk_overrides);
    std::map<std::string, std::vector<CrosswalkRow>> links;
    for (const auto& row : out.crosswalk) links[row.soc2020].push_back(row);
    for (auto& [soc, list] : links)
        std::stable_sort(list.begin(), list.end(), [](const CrosswalkRow& a, const CrosswalkRow& c) { return a.weight > c.weight; });

    Bundle& b = out.bundle;
    b.region = Region::uk;
    b.data_version = kDataVersion;
    b.currency = "GBP";
    const RawAsheYear& latest = raw.ashe.back();
    int aps_year = 0;
    for (const auto& [soc, years] : raw.aps_employment)
        if (!years.empty()) aps_year = std::max(aps_year, years.rbegin()->first);
    const Source onet = sources::onet(raw.onet_release), skills = sources::onet_skills(raw.onet_skills_release);
    const Source cw = sources::crosswalk();
    b.sources = {sources::ons_soc2020(raw.coding_index), sources::ashe(latest.year), sources::aps_people(aps_year),
                 sources::aps(), onet, skills, cw};
    for (const auto& y : raw.ashe)
        if (y.year != latest.year) b.sources.push_back(sources::ashe(y.year));
    const std::string ashe_id = "ashe-" + std::to_string(latest.year);
    const std::string via_onet = onet.id + " " + cw.id, via_skills = skills.id + " " + cw.id;
    b.field_sources = {{"description", "ons-soc2020"}, {"tasks", "ons-soc2020"},       {"entry_routes", "ons-soc2020"},
                       {"skill_level", "ons-soc2020"}, {"titles", "ons-soc2020"},      {"pay", ashe_id},
                       {"hours", ashe_id},             {"jobs", ashe_id},              {"employment", "aps-2021-2024"},
                       {"people", "aps-" + std::to_string(aps_year)},
                       {"interests", via_onet},        {"job_zone", via_onet},         {"related", via_onet},
                       {"skills", via_skills},         {"knowledge", via_skills}};
    b.averages.label = "All employees, UK (ASHE " + std::to_string(latest.year) + ")";
    b.averages.pay_annual = measure_from(latest.find(kAnnual, "All", ""));
    b.averages.pay_weekly = measure_from(latest.find(kWeekly, "All", ""));
    b.averages.hours_weekly = measure_from(latest.find(kHours, "All", ""));
    b.averages.pay_annual_ft = measure_from(latest.find(kAnnual, "Full-Time", ""));
    b.averages.pay_hourly = measure_from(latest.find(kHourly, "All", ""));
    b.averages.hours_weekly_ft = measure_from(latest.find(kHours, "Full-Time", ""));

    for (const auto& g : raw.uk_groups) {
        Occupation occ;
        occ.code = g.code;
        occ.title = g.title;
        occ.description = g.description;
        occ.tasks = g.tasks;
        occ.entry_routes = g.entry_routes;
        occ.skill_level = skill_level(g.code);
        fill_pay(latest, g.code, occ);
        fill_outlook(raw, g.code, occ);
        fill_people(raw, g.code, aps_year, occ);
        if (auto it = links.find(g.code); it != links.end()) fill_from_onet(raw, it->second, occ);
        b.occupations.push_back(std::move(occ));
    }
    const auto related = related_groups(raw, links);
    for (auto& occ : b.occupations)
        if (auto it = related.find(occ.code); it != related.end()) occ.related = it->second;
    b.rebuild_lookup();
    out.titles.region = Region::uk;
    out.titles.data_version = kDataVersion;
    add_titles(raw, curated, out.crosswalk, b, out.titles);
    return out;
}

}  // namespace ometer::pack
