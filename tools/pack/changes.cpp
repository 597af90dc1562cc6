// The change report (assets/data/CHANGES.md); see changes.hpp. Markdown, fixed number formats, lists in a
// fixed order, so the same raw data always gives the same bytes.
// Long because each section of the report (interests, Job Zones, titles, pay, counts) has its own table.
#include "tools/pack/changes.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

#include "core/text.hpp"

namespace ometer::pack {

namespace {

std::string fixed(double v, int decimals) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string count(std::size_t n) {  // 32145 -> "32,145"
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string money(double v, int decimals) {  // 742310 -> "742,310"; 349.35 -> "349.35"
    const std::string whole = count(static_cast<std::size_t>(std::floor(v + (decimals == 0 ? 0.5 : 0))));
    return decimals == 0 ? whole : whole + fixed(v - std::floor(v), decimals).substr(1);
}

std::string signed_fixed(double v, int decimals) { return (v >= 0 ? "+" : "") + fixed(v, decimals); }

// "- row" lines, at most kReportListCap, then how many more.
void list(std::string& out, const std::vector<std::string>& rows) {
    for (std::size_t i = 0; i < rows.size() && i < kReportListCap; ++i) out += "- " + rows[i] + "\n";
    if (rows.size() > kReportListCap) out += "- ... and " + count(rows.size() - kReportListCap) + " more\n";
    if (!rows.empty()) out += "\n";
}

std::string scores_text(const std::array<double, 6>& s) {
    std::string out;
    for (double v : s) out += (out.empty() ? "" : " ") + fixed(v, 2);
    return out;
}

std::string high_point(const RawOnetOccupation& o) { return o.high_point.empty() ? "-" : o.high_point; }

std::map<std::string, const RawOnetOccupation*> by_code(const RawData& raw) {
    std::map<std::string, const RawOnetOccupation*> out;
    for (const auto& o : raw.onet) out[o.code] = &o;
    return out;
}

std::string joined(const std::set<std::string>& codes) {
    std::string out;
    for (const auto& c : codes) out += (out.empty() ? "" : ", ") + c;
    return out.empty() ? "none" : out;
}

void releases(std::string& out, const RawData& a, const RawData& b) {
    out += "| Source | Before | Now |\n|---|---|---|\n";
    out += "| O*NET: interests, Job Zones, titles, descriptions, tasks, related occupations | " + a.onet_release + " | " +
           b.onet_release + " |\n";
    out += "| O*NET: skills and knowledge | " + a.onet_skills_release + " | " + b.onet_skills_release + " |\n";
    out += "| BLS OEWS: US pay and jobs | May " + std::to_string(a.oews_year) + " | May " + std::to_string(b.oews_year) + " |\n";
    out += "| ONS SOC 2020 coding index: UK search titles, crosswalk ISCO-08 evidence | " + a.coding_index + " | " +
           b.coding_index + " |\n";
    out += "| ASHE, APS, BLS Employment Projections, Bright Outlook, crosswalk tables | same files | same files |\n\n";
}

void interests(std::string& out, const RawData& a, const RawData& b, const UkBuild& uk_a, const UkBuild& uk_b) {
    auto before = by_code(a), now = by_code(b);
    std::set<std::string> added, removed;
    std::size_t in_a = 0, in_b = 0, compared = 0, any = 0, quarter = 0, moved = 0, hp_changed = 0, first_changed = 0;
    struct Move { double delta; std::string row; };
    std::vector<Move> moves;
    std::vector<std::string> hp_rows;
    for (const auto& [code, o] : before) in_a += o->interests.has_value();
    for (const auto& [code, o] : now) {
        if (!o->interests) continue;
        ++in_b;
        auto it = before.find(code);
        if (it == before.end() || !it->second->interests) {
            added.insert(code);
            continue;
        }
        const RawOnetOccupation& p = *it->second;
        ++compared;
        double largest = 0;
        std::size_t at = 0;
        for (std::size_t t = 0; t < 6; ++t) {
            double d = std::fabs((*o->interests)[t] - (*p.interests)[t]);
            if (d > largest + 1e-9) {
                largest = d;
                at = t;
            }
        }
        any += largest >= 0.005;
        quarter += largest >= 0.25 - 1e-9;
        if (largest >= kProfileMoved - 1e-9) {
            ++moved;
            moves.push_back({largest, "`" + code + "` " + o->title + ": " + scores_text(*p.interests) + " -> " +
                                          scores_text(*o->interests) + " (" + std::string(riasec_name(static_cast<int>(at))) +
                                          " " + signed_fixed((*o->interests)[at] - (*p.interests)[at], 2) + "); high point " +
                                          high_point(p) + " -> " + high_point(*o)});
        }
        if (p.high_point != o->high_point) {
            ++hp_changed;
            first_changed += p.high_point.substr(0, 1) != o->high_point.substr(0, 1);
            hp_rows.push_back("`" + code + "` " + o->title + ": " + high_point(p) + " -> " + high_point(*o));
        }
    }
    for (const auto& [code, o] : before)
        if (o->interests && (!now.count(code) || !now.at(code)->interests)) removed.insert(code);
    std::stable_sort(moves.begin(), moves.end(), [](const Move& x, const Move& y) { return x.delta > y.delta; });

    out += "## Interest profiles (O*NET " + a.onet_release + " -> " + b.onet_release + ")\n\n";
    out += "- Occupations with interest data: " + count(in_a) + " before, " + count(in_b) + " now (added: " +
           joined(added) + "; removed: " + joined(removed) + ").\n";
    out += "- Compared: " + count(compared) + ". Any score changed: " + count(any) + "; a score changed by 0.25 or more: " +
           count(quarter) + "; by " + fixed(kProfileMoved, 1) + " or more (a profile that moved, on the 1-7 scale): " +
           count(moved) + ".\n";
    out += "- High-point code (up to three letters) changed: " + count(hp_changed) + "; its first letter changed: " +
           count(first_changed) + ".\n\n";
    if (!moves.empty()) {
        out += "Profiles that moved (scores R I A S E C before -> now, largest change first):\n\n";
        std::vector<std::string> rows;
        for (const auto& m : moves) rows.push_back(m.row);
        list(out, rows);
    }
    if (!hp_rows.empty()) {
        out += "High-point codes that changed:\n\n";
        list(out, hp_rows);
    }
    // UK unit groups carry O*NET profiles through the crosswalk (rebuilt for each release).
    std::map<std::string, const Occupation*> uk_before;
    for (const auto& o : uk_a.bundle.occupations) uk_before[o.code] = &o;
    std::size_t uk_moved = 0;
    std::vector<std::string> uk_hp;
    for (const auto& o : uk_b.bundle.occupations) {
        auto it = uk_before.find(o.code);
        if (it == uk_before.end() || !o.interests || !it->second->interests) continue;
        const InterestProfile& p = *it->second->interests;
        double largest = 0;
        for (std::size_t t = 0; t < 6; ++t) largest = std::max(largest, std::fabs(o.interests->scores[t] - p.scores[t]));
        uk_moved += largest >= kProfileMoved - 1e-9;
        if (p.high_point != o.interests->high_point)
            uk_hp.push_back("`" + o.code + "` " + o.title + ": " + p.high_point + " -> " + o.interests->high_point);
    }
    out += "UK unit groups (profiles averaged over their crosswalk links): a score moved by " + fixed(kProfileMoved, 1) +
           " or more in " + count(uk_moved) + "; high-point code changed in " + count(uk_hp.size()) + ".\n\n";
    list(out, uk_hp);
}

void job_zones(std::string& out, const RawData& a, const RawData& b, const UkBuild& uk_a, const UkBuild& uk_b) {
    auto before = by_code(a);
    std::map<int, std::size_t> n_a, n_b;
    std::map<std::pair<int, int>, std::size_t> moves;
    std::vector<std::string> rows;
    for (const auto& o : a.onet)
        if (o.job_zone && o.interests) ++n_a[*o.job_zone];
    for (const auto& o : b.onet) {
        if (!o.job_zone || !o.interests) continue;
        ++n_b[*o.job_zone];
        auto it = before.find(o.code);
        if (it == before.end() || !it->second->job_zone || *it->second->job_zone == *o.job_zone) continue;
        const int from = *it->second->job_zone, to = *o.job_zone;
        ++moves[{from, to}];
        if (!(from == 1 && to == 2))
            rows.push_back("`" + o.code + "` " + o.title + ": " + std::to_string(from) + " -> " + std::to_string(to));
    }
    out += "## Job Zones\n\n";
    out += "O*NET 30.2 uses four levels: 2 (\"Job Zone 1-2\": little or some preparation), 3, 4 and 5; former Zone 1 "
           "occupations are 2. UK unit groups average their links' zones and round onto the same levels.\n\n";
    out += "| Job Zone | US occupations before | now |\n|---|---:|---:|\n";
    for (int z = 1; z <= 5; ++z) out += "| " + std::to_string(z) + " | " + count(n_a[z]) + " | " + count(n_b[z]) + " |\n";
    std::size_t total = 0;
    std::string moved;
    for (const auto& [ft, n] : moves) {
        total += n;
        moved += (moved.empty() ? "" : ", ") + std::to_string(ft.first) + " -> " + std::to_string(ft.second) + ": " + count(n);
    }
    out += "\nUS occupations whose Job Zone changed: " + count(total) + (moved.empty() ? "" : " (" + moved + ")") + ".";
    out += rows.empty() ? "\n\n" : " Besides 1 -> 2:\n\n";
    list(out, rows);
    std::map<std::string, const Occupation*> uk_before;
    for (const auto& o : uk_a.bundle.occupations) uk_before[o.code] = &o;
    std::vector<std::string> uk_rows;
    for (const auto& o : uk_b.bundle.occupations) {
        auto it = uk_before.find(o.code);
        if (it == uk_before.end() || !o.job_zone || !it->second->job_zone || *o.job_zone == *it->second->job_zone) continue;
        uk_rows.push_back("`" + o.code + "` " + o.title + ": " + std::to_string(*it->second->job_zone) + " -> " +
                          std::to_string(*o.job_zone));
    }
    out += "UK unit groups whose Job Zone changed: " + count(uk_rows.size()) + ".\n\n";
    list(out, uk_rows);
}

// Adds and removals between two sets of (code, title) pairs, compared on folded text.
void title_changes(std::string& out, const std::string& what, const std::set<std::pair<std::string, std::string>>& a,
                   const std::set<std::pair<std::string, std::string>>& b) {
    std::map<std::pair<std::string, std::string>, std::string> fa, fb;  // (code, folded) -> shown
    for (const auto& [code, t] : a) fa.emplace(std::make_pair(code, fold(t)), t);
    for (const auto& [code, t] : b) fb.emplace(std::make_pair(code, fold(t)), t);
    std::vector<std::string> added, removed;
    for (const auto& [k, t] : fb)
        if (!fa.count(k)) added.push_back("`" + k.first + "` " + t);
    for (const auto& [k, t] : fa)
        if (!fb.count(k)) removed.push_back("`" + k.first + "` " + t);
    out += what + ": " + count(fa.size()) + " before, " + count(fb.size()) + " now; added " + count(added.size()) +
           ", removed " + count(removed.size()) + ".\n";
    out += "\n";
    if (!added.empty()) {
        out += "Added:\n\n";
        list(out, added);
    }
    if (!removed.empty()) {
        out += "Removed:\n\n";
        list(out, removed);
    }
}

void titles(std::string& out, const RawData& a, const RawData& b) {
    out += "## Titles\n\n### O*NET\n\n";
    auto before = by_code(a);
    std::vector<std::string> renamed;
    for (const auto& o : b.onet)
        if (auto it = before.find(o.code); it != before.end() && it->second->title != o.title)
            renamed.push_back("`" + o.code + "` " + it->second->title + " -> " + o.title);
    out += "Occupation titles changed: " + count(renamed.size()) + ".\n\n";
    list(out, renamed);
    for (bool alternate : {true, false}) {
        std::set<std::pair<std::string, std::string>> sa, sb;
        for (const auto* raw : {&a, &b})
            for (const auto& o : raw->onet)
                for (const auto& t : alternate ? o.alternate_titles : o.reported_titles)
                    (raw == &a ? sa : sb).insert({o.code, t});
        title_changes(out, alternate ? "Alternate titles (with short titles)" : "Sample of reported titles", sa, sb);
    }
    out += "### ONS coding index\n\n";
    std::set<std::pair<std::string, std::string>> ia, ib;
    std::map<std::string, std::set<std::string>> groups_a, groups_b;  // folded title -> unit groups
    for (const auto& e : a.index) {
        ia.insert({e.soc2020, e.natural});
        groups_a[fold(e.natural)].insert(e.soc2020);
    }
    for (const auto& e : b.index) {
        ib.insert({e.soc2020, e.natural});
        groups_b[fold(e.natural)].insert(e.soc2020);
    }
    title_changes(out, "Index titles (natural word order, per unit group; qualifiers aside)", ia, ib);
    std::vector<std::string> recoded;
    for (const auto& [t, groups] : groups_b)
        if (auto it = groups_a.find(t); it != groups_a.end() && it->second != groups)
            recoded.push_back(t + ": " + joined(it->second) + " -> " + joined(groups));
    out += "Titles in both whose unit groups changed: " + count(recoded.size()) + ".\n\n";
    list(out, recoded);
}

std::string onet_name(const RawData& raw, const std::string& code) {
    const RawOnetOccupation* o = raw.find_onet(code);
    return code + (o ? " " + o->title : "");
}

void crosswalk_changes(std::string& out, const RawData& raw_a, const UkBuild& a, const RawData& raw_b, const UkBuild& b) {
    std::map<std::string, std::map<std::string, double>> la, lb;
    for (const auto& r : a.crosswalk) la[r.soc2020][r.onet_code] = r.weight;
    for (const auto& r : b.crosswalk) lb[r.soc2020][r.onet_code] = r.weight;
    auto strongest = [](const std::map<std::string, double>& links) {
        std::pair<std::string, double> best{"", -1};
        for (const auto& [code, w] : links)
            if (w > best.second + 1e-12) best = {code, w};
        return best;
    };
    std::map<std::string, std::string> title;
    for (const auto& o : b.bundle.occupations) title[o.code] = o.title;
    std::size_t added = 0, removed = 0, groups = 0;
    std::vector<std::string> top;
    for (const auto& [soc, links] : lb) {
        const auto& old = la[soc];
        std::size_t add = 0, rem = 0;
        bool weights = false;
        for (const auto& [code, w] : links) {
            auto it = old.find(code);
            if (it == old.end()) ++add;
            else weights |= std::fabs(it->second - w) >= 0.005;
        }
        for (const auto& [code, w] : old) rem += !links.count(code);
        added += add;
        removed += rem;
        groups += add > 0 || rem > 0 || weights;
        auto s_old = strongest(old), s_new = strongest(links);
        if (s_old.first != s_new.first)
            top.push_back("`" + soc + "` " + title[soc] + ": " + onet_name(raw_a, s_old.first) + " (" + fixed(s_old.second, 2) +
                          ") -> " + onet_name(raw_b, s_new.first) + " (" + fixed(s_new.second, 2) + ")");
    }
    out += "## Crosswalk (UK SOC 2020 -> O*NET)\n\n";
    out += "Both built with today's rules and overrides, from the previous and the current releases.\n\n";
    out += "- Links: " + count(a.crosswalk.size()) + " before, " + count(b.crosswalk.size()) + " now; added " + count(added) +
           ", removed " + count(removed) + ".\n";
    out += "- Unit groups whose links or weights (by 0.005 or more) changed: " + count(groups) + "; whose strongest link changed: " +
           count(top.size()) + ".\n\n";
    list(out, top);
}

std::string origin_of(const Occupation& o, bool pay) {
    const FiguresFrom& f = pay ? o.pay_from : o.outlook_from;
    const bool any = pay ? (o.pay_annual.present() || o.pay_hourly.present() || o.jobs.has_value()) : o.people.has_value();
    if (!any) return "not published";
    return f.own() ? "own" : std::string(figure_origin_name(f.origin)) + " " + f.code;
}

void us_figures(std::string& out, const RawData& ra, const UsBuild& a, const RawData& rb, const UsBuild& b) {
    out += "## US figures: whose they are\n\n";
    out += "BLS publishes pay (OEWS) and projections by 6-digit SOC code. An O*NET occupation's figures are its own, "
           "its whole SOC group's (O*NET's specialties), or an aggregate's that BLS publishes instead of the code "
           "(rule in README.md).\n\n";
    for (bool pay : {true, false}) {
        std::map<std::string, std::size_t> na, nb;
        std::map<std::string, const Occupation*> before;
        for (const auto& o : a.bundle.occupations) {
            before[o.code] = &o;
            const std::string s = origin_of(o, pay);
            ++na[s.substr(0, s.find(' ')) == "not" ? "not published" : s.substr(0, s.find(' '))];
        }
        std::vector<std::string> rows;
        for (const auto& o : b.bundle.occupations) {
            const std::string s = origin_of(o, pay);
            ++nb[s.substr(0, s.find(' ')) == "not" ? "not published" : s.substr(0, s.find(' '))];
            auto it = before.find(o.code);
            if (it != before.end() && origin_of(*it->second, pay) != s)
                rows.push_back("`" + o.code + "` " + o.title + ": " + origin_of(*it->second, pay) + " -> " + s);
        }
        out += pay ? "Pay and jobs (OEWS May " + std::to_string(ra.oews_year) + " -> May " + std::to_string(rb.oews_year) + "):\n\n"
                   : "People and projections (BLS Employment Projections 2024-34, the same file both times):\n\n";
        out += "| Figures | Before | Now |\n|---|---:|---:|\n";
        for (const char* k : {"own", "group", "aggregate", "not published"})
            out += std::string("| ") + k + " | " + count(na[k]) + " | " + count(nb[k]) + " |\n";
        out += "\nOccupations whose source changed: " + count(rows.size()) + ".\n\n";
        list(out, rows);
    }
    out += "Top-coding (OEWS `#`: a wage at or above the release's threshold, kept as \"that much or more\"):\n\n";
    for (const RawData* raw : {&ra, &rb}) {
        std::size_t cells = 0;
        double top_annual = 0, top_hourly = 0;
        std::string at_annual, at_hourly;
        for (const auto& w : raw->bls_wages)
            for (std::size_t k = 0; k < 6; ++k) {
                cells += w.annual[k].top_coded + w.hourly[k].top_coded;
                if (k == 5) continue;  // means are never top-coded; the threshold concerns percentiles
                if (!w.annual[k].top_coded && w.annual[k].value && *w.annual[k].value > top_annual) {
                    top_annual = *w.annual[k].value;
                    at_annual = w.code + " " + std::string(stat_name(static_cast<Stat>(k)));
                }
                if (!w.hourly[k].top_coded && w.hourly[k].value && *w.hourly[k].value > top_hourly) {
                    top_hourly = *w.hourly[k].value;
                    at_hourly = w.code + " " + std::string(stat_name(static_cast<Stat>(k)));
                }
            }
        out += "- May " + std::to_string(raw->oews_year) + ": " + count(cells) + " `#` cells" +
               (raw->oews_top_code ? " (threshold $" + money(raw->oews_top_code->annual, 0) + " a year, $" +
                                         money(raw->oews_top_code->hourly, 2) + " an hour)"
                                   : " (no threshold applies)") +
               "; largest published percentile $" + money(top_annual, 0) + " a year (" + at_annual + "), $" +
               money(top_hourly, 2) + " an hour (" + at_hourly + ").\n";
    }
    out += "\n";
}

void trend_section(std::string& out, const TrendEvidence& t, const TrendEvidence& smaller) {
    out += "## UK trends: do the two surveys agree?\n\n";
    out += "Change in people doing each job, " + std::to_string(t.from_year) + " to " + std::to_string(t.to_year) +
           ", by the Annual Population Survey (summed over the industry cells ONS published in both years) and by ASHE "
           "(employee jobs), for the " + count(t.groups.size()) + " unit groups both surveys publish in both years.\n\n";
    out += "- Agreement across groups: Pearson r = " + fixed(t.pearson, 2) + ", Spearman rho = " + fixed(t.spearman, 2) +
           " (the rule needs r >= " + fixed(kTrendMinAgreement, 1) + ").\n";
    out += "- Changes beyond " + fixed(kTrendMinZ, 0) + " standard errors: APS " + count(t.aps_significant) + ", ASHE " +
           count(t.ashe_significant) + ", both " + count(t.both_significant) + "; of those, the surveys disagree on the "
           "direction in " + count(t.disagree) + ".\n";
    const TrendAssumptions a;
    out += "- With APS's 2024-25 sample instead (about 175,000 people a year, ONS: 1 respondent per " +
           fixed(1 / kApsRespondentsPerPerson2025, 0) + " people): changes beyond " + fixed(kTrendMinZ, 0) +
           " standard errors in both " + count(smaller.both_significant) + ", disagreeing " + count(smaller.disagree) + ".\n";
    out += "- Outcome: " +
           (t.trends_allowed ? "the surveys agree well enough; the rule would show a trend for " + count(t.shown.size()) +
                                   " unit groups (" + joined(std::set<std::string>(t.shown.begin(), t.shown.end())) +
                                   "). The widgets do not show UK trends yet: decide before they do."
                             : std::string("no UK trend is shown.")) +
           "\n\n";
    out += "Sampling-error approximations (README.md, Trends): an APS count of N people rests on N/" +
           fixed(1 / a.aps_respondents_per_person, 0) + " respondents with a design effect of " + fixed(a.aps_design_effect, 1) +
           "; ASHE counts are a " + fixed(a.ashe_sample_fraction * 100, 0) + "% sample of employee jobs.\n";
}

}  // namespace

std::string change_report(const ReleaseBuild& before, const ReleaseBuild& now, const TrendEvidence& trends,
                          const TrendEvidence& trends_smaller_aps_sample) {
    std::string out = "# Data release " + std::string(kDataVersion) + ": what changed\n\n";
    out += "Generated by `ometer pack` (tools/pack/changes.cpp) from the raw data; do not edit. It rebuilds the data "
           "from the previous releases with today's pipeline and compares it with this release, so the differences below "
           "come from the sources, not from code changes. Counts are complete; lists stop after " +
           std::to_string(kReportListCap) + " rows.\n\n";
    releases(out, before.raw, now.raw);
    interests(out, before.raw, now.raw, before.uk, now.uk);
    job_zones(out, before.raw, now.raw, before.uk, now.uk);
    titles(out, before.raw, now.raw);
    crosswalk_changes(out, before.raw, before.uk, now.raw, now.uk);
    us_figures(out, before.raw, before.us, now.raw, now.us);
    trend_section(out, trends, trends_smaller_aps_sample);
    return out;
}

}  // namespace ometer::pack
