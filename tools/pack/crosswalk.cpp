// Builds the UK SOC 2020 -> O*NET-SOC 2019 crosswalk: four kinds of evidence are scored per (unit group,
// occupation), blended, trimmed to the strongest few links per unit group, and then reviewed overrides apply.
// One file because the four kinds of evidence, their blend and the trim are one decision that is reviewed
// together (assets/data/README.md documents it); each kind of evidence is its own section below.
#include "tools/pack/crosswalk.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <unordered_map>
#include <unordered_set>

#include "core/text.hpp"
#include "tools/pack/table.hpp"

namespace ometer::pack {

namespace {

// Blend weights. Title matches are the most specific evidence, the ISCO-08 chains are broad (one ISCO group
// often covers several US occupations) and text similarity mainly separates candidates the others tie on.
constexpr double kChainWeight = 0.20;
constexpr double kNestaWeight = 0.20;
constexpr double kTitleWeight = 0.40;
constexpr double kTextWeight = 0.25;
// Title evidence is shared out over a unit group's matches, plus this much "unmatched" mass, so a group
// whose only match is one weak title does not get a confident 1.0.
constexpr double kTitleFloor = 1.0;
// Occupations without interest data (the "All Other" residuals and military ranks) only win when clearly
// better: the bundle needs an interest profile for every UK job.
constexpr double kNoInterestFactor = 0.5;
constexpr std::size_t kMaxLinks = 5;
constexpr double kKeepFraction = 0.33;  // links scoring under this share of the best link are dropped
constexpr std::size_t kTextCandidates = 8;  // a group without other evidence takes this many closest texts
// US occupations without OEWS employment (military ranks, codes BLS publishes only in aggregates) count as
// this many jobs when the ISCO chain shares an ISCO group out among its US codes.
constexpr double kChainMinJobs = 1000;

using Scores = std::map<std::size_t, double>;  // O*NET index -> evidence value for one unit group

// ---------------------------------------------------------------------------------------------------------
// Words and titles: UK and US spellings, simple plurals and UK/US job words fold to one key through the
// core's spelling table (core/text.hpp, title_word_key), the same table search uses, so "Labourers" meets
// "Laborer" and "Lorry driver" meets "Truck Driver".

void replace_all(std::string& s, const std::string& from, const std::string& to) {
    for (std::size_t at = s.find(from); at != std::string::npos; at = s.find(from, at + to.size()))
        s.replace(at, from.size(), to);
}

std::vector<std::string> words(const std::string& text) { return title_word_keys(text); }

bool is_title_filler(const std::string& w) {
    static const std::unordered_set<std::string> filler = {"and", "of", "the", "in", "for", "a", "an", "to", "or",
                                                          "with", "other", "except", "all"};
    return filler.count(w) > 0;
}

}  // namespace

// See crosswalk.hpp. "CEO (Chief Executive Officer)" keys on "ceo".
std::string title_key(const std::string& title) {
    std::string bare;
    int depth = 0;
    for (char c : title) {
        if (c == '(') ++depth;
        else if (c == ')') depth = std::max(0, depth - 1);
        else if (depth == 0) bare += c;
    }
    std::vector<std::string> ws = words(bare.empty() ? title : bare);
    ws.erase(std::remove_if(ws.begin(), ws.end(), is_title_filler), ws.end());
    std::sort(ws.begin(), ws.end());
    ws.erase(std::unique(ws.begin(), ws.end()), ws.end());
    // A lone short word is usually an abbreviation ("ACG", "DJ"), which means different things on each side.
    if (ws.size() == 1 && ws[0].size() <= 3) return {};
    std::string key;
    for (const auto& w : ws) key += (key.empty() ? "" : " ") + w;
    return key;
}

namespace {

// A title and its parts when it lists several jobs: "Electricians and electrical fitters" -> the whole and
// both halves. Both UK unit group titles and O*NET titles are such lists.
std::vector<std::string> title_parts(const std::string& title) {
    std::vector<std::string> parts{title};
    std::string rest = title;
    replace_all(rest, " and ", ",");
    std::stringstream in(rest);
    std::string part;
    while (std::getline(in, part, ','))
        if (part.find_first_not_of(' ') != std::string::npos && part != title) parts.push_back(part);
    return parts;
}

// ---------------------------------------------------------------------------------------------------------
// Code lookups shared by the chain evidence kinds.

// O*NET-SOC 2010 code -> the O*NET 29.3 occupations it became (an O*NET index each).
std::unordered_map<std::string, std::vector<std::size_t>> onet_2019_targets(const RawData& raw) {
    std::unordered_map<std::string, std::vector<std::size_t>> to;
    std::unordered_map<std::string, std::size_t> at;
    for (std::size_t i = 0; i < raw.onet.size(); ++i) at[raw.onet[i].code] = i;
    for (const auto& v : raw.onet2010_to_2019)
        if (auto it = at.find(v.to); it != at.end()) to[v.from].push_back(it->second);
    for (auto& [from, list] : to) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    // A code the version crosswalk does not list but O*NET 29.3 still has maps to itself.
    for (const auto& [code, i] : at)
        if (!to.count(code)) to[code] = {i};
    return to;
}

// Spreads `mass` evenly over the 2019 occupations an O*NET-SOC 2010 code became.
void spread_2010(const std::unordered_map<std::string, std::vector<std::size_t>>& to, const std::string& code2010,
                 double mass, Scores& out) {
    auto it = to.find(code2010);
    if (it == to.end() || it->second.empty()) return;
    for (std::size_t o : it->second) out[o] += mass / static_cast<double>(it->second.size());
}

// Each unit group's ISCO-08 groups with their share of its index entries.
std::vector<std::vector<std::pair<std::string, double>>> isco_shares(const RawData& raw) {
    std::unordered_map<std::string, std::size_t> group_at;
    for (std::size_t g = 0; g < raw.uk_groups.size(); ++g) group_at[raw.uk_groups[g].code] = g;
    std::vector<std::vector<std::pair<std::string, double>>> shares(raw.uk_groups.size());
    for (const auto& s : raw.soc2020_isco08)
        if (auto it = group_at.find(s.soc2020); it != group_at.end() && s.share > 0)
            shares[it->second].emplace_back(s.isco08, s.share);
    return shares;
}

// ---------------------------------------------------------------------------------------------------------
// Evidence 1: SOC 2020 -> ISCO-08 (index share) -> US SOC 2010 (BLS) -> O*NET-SOC 2010 -> O*NET-SOC 2019.
std::vector<Scores> chain_evidence(const RawData& raw) {
    auto to2019 = onet_2019_targets(raw);
    std::map<std::string, std::vector<std::string>> onet2010_by_soc;  // "29-1141" -> its O*NET-SOC 2010 codes
    for (const auto& v : raw.onet2010_to_2019) onet2010_by_soc[v.from.substr(0, 7)].push_back(v.from);
    for (auto& [soc, list] : onet2010_by_soc) {
        std::sort(list.begin(), list.end());
        list.erase(std::unique(list.begin(), list.end()), list.end());
    }
    // US employment (OEWS) of a SOC 2010 code: of the SOC codes its O*NET occupations have now.
    std::map<std::string, double> jobs;
    for (const auto& w : raw.bls_wages)
        if (w.employment) jobs[w.code] = *w.employment;
    auto employment = [&](const std::string& soc2010) {
        std::set<std::string> socs;
        if (auto it = onet2010_by_soc.find(soc2010); it != onet2010_by_soc.end())
            for (const auto& code : it->second)
                if (auto t = to2019.find(code); t != to2019.end())
                    for (std::size_t o : t->second) socs.insert(raw.onet[o].code.substr(0, 7));
        double sum = 0;
        for (const auto& soc : socs)
            if (auto j = jobs.find(soc); j != jobs.end()) sum += j->second;
        return sum;
    };
    // ISCO-08 -> US SOC 2010 with a mass each, summing to 1 per ISCO group. A code's mass follows the square
    // root of its US employment (at least kChainMinJobs), halved when only part of the ISCO group maps to it:
    // the 3.3 million registered nurses outweigh the 45,000 nurse anaesthetists they share ISCO 2221 with,
    // and an equal split would make the two equally likely; the root keeps smaller occupations in play.
    std::map<std::string, std::vector<std::pair<std::string, double>>> us_by_isco;
    for (const auto& l : raw.isco08_soc2010)
        us_by_isco[l.isco08].emplace_back(l.soc2010, (l.partial ? 0.5 : 1.0) *
                                                         std::sqrt(std::max(kChainMinJobs, employment(l.soc2010))));
    for (auto& [isco, list] : us_by_isco) {
        double sum = 0;
        for (const auto& p : list) sum += p.second;
        for (auto& p : list) p.second /= sum;
    }
    auto shares = isco_shares(raw);
    std::vector<Scores> out(raw.uk_groups.size());
    for (std::size_t g = 0; g < shares.size(); ++g)
        for (const auto& [isco, share] : shares[g]) {
            auto us = us_by_isco.find(isco);
            if (us == us_by_isco.end()) continue;
            for (const auto& [soc, mass] : us->second) {
                auto codes = onet2010_by_soc.find(soc);
                if (codes == onet2010_by_soc.end()) continue;
                for (const auto& code : codes->second)
                    spread_2010(to2019, code, share * mass / static_cast<double>(codes->second.size()), out[g]);
            }
        }
    return out;
}

// Evidence 2: SOC 2020 -> ISCO-08 (index share) -> Nesta's ESCO occupations -> O*NET-SOC 2010 -> 2019.
// ESCO occupations are finer than ISCO groups, so this splits an ISCO group more sharply than the BLS table.
std::vector<Scores> nesta_evidence(const RawData& raw) {
    auto to2019 = onet_2019_targets(raw);
    std::map<std::string, std::vector<std::pair<std::string, double>>> by_isco;  // ISCO -> (O*NET 2010, confidence)
    std::map<std::string, double> total;
    for (const auto& n : raw.nesta) {
        // Nesta's confidence is 0.5, 1 or 2 (highest); a missing one counts below the lowest.
        double c = n.confidence > 0 ? n.confidence : 0.25;
        by_isco[n.isco08].emplace_back(n.onet2010, c);
        total[n.isco08] += c;
    }
    auto shares = isco_shares(raw);
    std::vector<Scores> out(raw.uk_groups.size());
    for (std::size_t g = 0; g < shares.size(); ++g)
        for (const auto& [isco, share] : shares[g]) {
            auto it = by_isco.find(isco);
            if (it == by_isco.end()) continue;
            for (const auto& [code, c] : it->second) spread_2010(to2019, code, share * c / total[isco], out[g]);
        }
    return out;
}

// Evidence 3: exact title matches (after folding). A UK title counts by the share of its uses (index entries,
// related titles, title parts) that belong to this unit group, so a title used across many groups is weak;
// an O*NET title is shared out over the occupations that carry it, so is a title many of them carry. The
// best title per pair is remembered for the evidence text.
struct TitleEvidence {
    std::vector<Scores> score;
    std::vector<std::map<std::size_t, std::pair<double, std::string>>> best;  // strongest matching UK title
};

TitleEvidence title_evidence(const RawData& raw) {
    std::unordered_map<std::string, std::size_t> group_at;
    for (std::size_t g = 0; g < raw.uk_groups.size(); ++g) group_at[raw.uk_groups[g].code] = g;

    // UK side: key -> group -> weighted count, and one display title per (key, group).
    std::unordered_map<std::string, std::map<std::size_t, double>> uk;
    std::map<std::pair<std::string, std::size_t>, std::string> display;
    auto add_uk = [&](const std::string& soc, const std::string& title, double w) {
        auto it = group_at.find(soc);
        std::string key = title_key(title);
        if (it == group_at.end() || key.empty()) return;
        uk[key][it->second] += w;
        display.emplace(std::make_pair(key, it->second), title);
    };
    // A title ONS codes to a unit group only with a qualifier names the job only in that context: on its own
    // it is a more general job, often another group's ("Surveyor" with "quantity surveying" is 2453's, a bare
    // "Survey technician" 3114's). Such titles are no evidence of an exact match: index entries with an ADD
    // or IND qualifier, Volume 1 related titles with one in brackets ("Surveyor (quantity surveying)"), and
    // related titles the index codes bare only to other groups (2453's "Survey technician").
    std::set<std::string> bare_keys;                        // keys of unqualified index entries
    std::set<std::pair<std::string, std::string>> bare_in;  // (key, unit group) of those
    for (const auto& e : raw.index)
        if (e.add.empty() && e.ind.empty()) {
            add_uk(e.soc2020, e.natural, 1.0);
            std::string key = title_key(e.natural);
            bare_keys.insert(key);
            bare_in.insert({key, e.soc2020});
        }
    for (const auto& u : raw.uk_groups) {
        for (const auto& t : u.related_titles) {
            std::string key = title_key(t);
            if (t.find('(') != std::string::npos || (bare_keys.count(key) && !bare_in.count({key, u.code}))) continue;
            add_uk(u.code, t, 2.0);
        }
        for (const auto& t : title_parts(u.title)) add_uk(u.code, t, 2.0);
    }

    // O*NET side: key -> occupation -> best title-kind weight (own title beats reported beats alternate).
    std::unordered_map<std::string, std::map<std::size_t, double>> us;
    auto add_us = [&](std::size_t o, const std::string& title, double w) {
        std::string key = title_key(title);
        if (key.empty()) return;
        double& slot = us[key][o];
        slot = std::max(slot, w);
    };
    for (std::size_t o = 0; o < raw.onet.size(); ++o) {
        const auto& occ = raw.onet[o];
        // O*NET titles are lists too: "Farmers, Ranchers, and Other Agricultural Managers" names farmers.
        for (const auto& t : title_parts(occ.title)) add_us(o, t, t == occ.title ? 1.0 : 0.9);
        for (const auto& t : occ.reported_titles) add_us(o, t, 0.8);
        for (const auto& t : occ.alternate_titles) add_us(o, t, 0.6);
    }

    TitleEvidence out;
    out.score.resize(raw.uk_groups.size());
    out.best.resize(raw.uk_groups.size());
    std::vector<std::string> keys;
    keys.reserve(uk.size());
    for (const auto& kv : uk) keys.push_back(kv.first);
    std::sort(keys.begin(), keys.end());  // fixed summation order
    for (const auto& key : keys) {
        auto hit = us.find(key);
        if (hit == us.end()) continue;
        const auto& groups = uk[key];
        double uk_total = 0;
        for (const auto& [g, w] : groups) uk_total += w;
        // A title several occupations carry is shared out by how firmly each carries it (own title first).
        double us_total = 0;
        for (const auto& [o, kind] : hit->second) us_total += kind;
        for (const auto& [g, w] : groups)
            for (const auto& [o, kind] : hit->second) {
                double v = (w / uk_total) * kind * (kind / us_total);
                out.score[g][o] += v;
                auto& best = out.best[g][o];
                if (v > best.first) best = {v, display[{key, g}]};
            }
    }
    // Share each group's evidence out over its matches, with the floor keeping lone weak matches weak.
    for (auto& s : out.score) {
        double sum = kTitleFloor;
        for (const auto& [o, v] : s) sum += v;
        for (auto& [o, v] : s) v /= sum;
    }
    return out;
}

// Evidence 4: TF-IDF cosine similarity between a unit group and an occupation (see text_similarity).
using SparseVector = std::vector<std::pair<std::size_t, double>>;  // (term id, weight), sorted by term id

bool is_stop_word(const std::string& w) {
    static const std::unordered_set<std::string> stop = {
        "and", "or", "the", "a", "an", "of", "to", "in", "for", "on", "with", "by", "at", "as", "from", "is", "are",
        "be", "this", "that", "such", "other", "etc", "may", "their", "they", "them", "which", "into", "who",
        "these", "those", "it", "its", "all", "also", "use", "using", "used", "including", "ensure", "work",
        "worker", "perform", "performs", "related", "duty", "activity", "n", "e", "c", "s", "not", "elsewhere",
        "classified", "any", "various", "out", "carry", "carries", "undertake", "undertakes", "within"};
    return stop.count(w) > 0;
}

std::vector<std::string> document_terms(const std::string& title, const std::string& body) {
    std::vector<std::string> terms;
    for (int repeat = 0; repeat < 3; ++repeat)  // the title says most about the job
        for (auto& w : words(title))
            if (!is_stop_word(w)) terms.push_back(w);
    for (auto& w : words(body))
        if (!is_stop_word(w) && w.size() > 1) terms.push_back(w);
    return terms;
}

std::vector<SparseVector> tfidf(const std::vector<std::vector<std::string>>& docs) {
    std::unordered_map<std::string, std::size_t> id;
    std::vector<std::map<std::size_t, double>> counts(docs.size());
    std::vector<double> df;
    for (std::size_t d = 0; d < docs.size(); ++d)
        for (const auto& t : docs[d]) {
            auto [it, fresh] = id.emplace(t, id.size());
            if (fresh) df.push_back(0);
            if (counts[d][it->second]++ == 0) df[it->second] += 1;
        }
    std::vector<SparseVector> out(docs.size());
    double n = static_cast<double>(docs.size());
    for (std::size_t d = 0; d < docs.size(); ++d) {
        double norm = 0;
        for (const auto& [t, c] : counts[d]) {
            double w = (1 + std::log(c)) * std::log(n / df[t]);
            out[d].emplace_back(t, w);
            norm += w * w;
        }
        norm = std::sqrt(norm);
        if (norm > 0)
            for (auto& p : out[d]) p.second /= norm;
    }
    return out;
}

double cosine(const SparseVector& a, const SparseVector& b) {
    double dot = 0;
    for (std::size_t i = 0, j = 0; i < a.size() && j < b.size();) {
        if (a[i].first < b[j].first) ++i;
        else if (a[i].first > b[j].first) ++j;
        else dot += a[i++].second * b[j++].second;
    }
    return dot;
}

// Cosine of every (unit group, occupation) pair of documents; UK documents first in `docs`.
std::vector<std::vector<double>> pairwise_cosine(const std::vector<std::vector<std::string>>& docs, std::size_t n_uk) {
    auto vectors = tfidf(docs);
    std::vector<std::vector<double>> sim(n_uk, std::vector<double>(docs.size() - n_uk));
    for (std::size_t g = 0; g < n_uk; ++g)
        for (std::size_t o = 0; o < docs.size() - n_uk; ++o) sim[g][o] = cosine(vectors[g], vectors[n_uk + o]);
    return sim;
}

// Two views, averaged: what the job does (description and tasks) and what it is called (every job title
// on each side as one bag of words, which catches partial title overlaps that exact matching misses).
std::vector<std::vector<double>> text_similarity(const RawData& raw) {
    std::size_t n_uk = raw.uk_groups.size();
    std::vector<std::vector<std::string>> duties, names;
    std::unordered_map<std::string, std::size_t> group_at;
    for (const auto& u : raw.uk_groups) {
        std::string body = u.description;
        for (const auto& t : u.tasks) body += ". " + t;
        for (const auto& t : u.related_titles) body += ". " + t;
        duties.push_back(document_terms(u.title, body));
        group_at[u.code] = names.size();
        std::string titles;
        for (const auto& t : u.related_titles) titles += t + ". ";
        names.push_back(document_terms(u.title, titles));
    }
    auto add_name = [&](const std::string& soc, const std::string& title) {
        if (auto it = group_at.find(soc); it != group_at.end())
            for (auto& w : words(title))
                if (!is_stop_word(w) && w.size() > 1) names[it->second].push_back(w);
    };
    for (const auto& e : raw.index) add_name(e.soc2020, e.natural);
    for (const auto& o : raw.onet) {
        std::string body = o.description;
        for (const auto& t : o.tasks) body += ". " + t;
        duties.push_back(document_terms(o.title, body));
        std::string titles;
        for (const auto& t : o.alternate_titles) titles += t + ". ";
        for (const auto& t : o.reported_titles) titles += t + ". ";
        names.push_back(document_terms(o.title, titles));
    }
    auto by_duties = pairwise_cosine(duties, n_uk);
    auto by_names = pairwise_cosine(names, n_uk);
    for (std::size_t g = 0; g < n_uk; ++g)
        for (std::size_t o = 0; o < raw.onet.size(); ++o) by_duties[g][o] = 0.5 * (by_duties[g][o] + by_names[g][o]);
    return by_duties;
}

// ---------------------------------------------------------------------------------------------------------
// Blending, trimming and overrides.

struct Candidate {
    std::size_t onet = 0;
    double chain = 0, nesta = 0, title = 0, text = 0, score = 0;
};

std::string fixed(double v, int decimals) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

// "isco-chain 0.62; nesta 0.40; titles 0.30 (Electrician); text 0.91": each kind's value for the pair (text
// relative to the group's closest occupation), and the UK title behind the strongest title match.
std::string evidence_text(const Candidate& c, const std::string& best_title) {
    std::string out;
    auto add = [&](const char* name, double v, const std::string& note) {
        if (v < 0.005) return;
        out += (out.empty() ? "" : "; ") + std::string(name) + " " + fixed(v, 2);
        if (!note.empty()) out += " (" + note + ")";
    };
    add("isco-chain", c.chain, "");
    add("nesta", c.nesta, "");
    add("titles", c.title, best_title);
    add("text", c.text, "");
    return out;
}

std::vector<Candidate> rank_candidates(const RawData& raw, std::size_t g, const std::vector<Scores>& chain,
                                       const std::vector<Scores>& nesta, const TitleEvidence& titles,
                                       const std::vector<std::vector<double>>& text) {
    std::map<std::size_t, Candidate> pool;
    for (const auto& [o, v] : chain[g]) pool[o].chain = v;
    for (const auto& [o, v] : nesta[g]) pool[o].nesta = v;
    for (const auto& [o, v] : titles.score[g]) pool[o].title = v;
    // Text similarity orders the candidates the other evidence found; it never brings one in by itself
    // (text alone linked physiotherapists to massage therapists and storage managers to data warehousing).
    // Only a unit group with no other evidence at all takes its closest texts as candidates.
    std::vector<std::size_t> by_text(raw.onet.size());
    for (std::size_t o = 0; o < by_text.size(); ++o) by_text[o] = o;
    std::size_t n_text = std::min(kTextCandidates, by_text.size());
    std::partial_sort(by_text.begin(), by_text.begin() + static_cast<std::ptrdiff_t>(n_text), by_text.end(),
                      [&](std::size_t a, std::size_t b) { return text[g][a] != text[g][b] ? text[g][a] > text[g][b] : a < b; });
    if (pool.empty())
        for (std::size_t i = 0; i < n_text; ++i) pool[by_text[i]];

    // Text counts relative to the group's closest occupation: cosines run lower for groups with terse
    // descriptions, and what matters is which occupation reads most like the group.
    std::vector<Candidate> out;
    double max_text = n_text > 0 ? text[g][by_text[0]] : 0;
    for (auto& [o, c] : pool) {
        c.onet = o;
        c.text = text[g][o];
        if (max_text > 0) c.text /= max_text;
        c.score = kChainWeight * c.chain + kNestaWeight * c.nesta + kTitleWeight * c.title + kTextWeight * c.text;
        if (!raw.onet[o].interests) c.score *= kNoInterestFactor;
        if (c.score > 0) out.push_back(c);
    }
    std::sort(out.begin(), out.end(), [&](const Candidate& a, const Candidate& b) {
        return a.score != b.score ? a.score > b.score : raw.onet[a.onet].code < raw.onet[b.onet].code;
    });
    return out;
}

// Keeps the strongest links; if none of them has interest data, the best candidate that has some joins.
std::vector<Candidate> trim(const RawData& raw, const std::vector<Candidate>& ranked) {
    std::vector<Candidate> kept;
    for (const auto& c : ranked)
        if (kept.size() < kMaxLinks && c.score >= kKeepFraction * ranked.front().score) kept.push_back(c);
    bool any_interests = std::any_of(kept.begin(), kept.end(), [&](const Candidate& c) { return raw.onet[c.onet].interests.has_value(); });
    if (!any_interests)
        for (const auto& c : ranked)
            if (raw.onet[c.onet].interests) {
                if (kept.size() == kMaxLinks) kept.pop_back();
                kept.push_back(c);
                break;
            }
    return kept;
}

// Overrides come last: a forbidden pair leaves (its share goes to the other links), a forced pair gets exactly
// its weight and the other links share what remains. `computed` holds the evidence text of every candidate,
// so a forced pair that the evidence also supported keeps its explanation.
void apply_overrides(const RawData& raw, const std::string& soc, const std::vector<CrosswalkOverride>& overrides,
                     const std::map<std::string, std::string>& computed, std::vector<CrosswalkRow>& rows) {
    std::map<std::string, double> forced;  // O*NET code -> weight; a later row for the same pair wins
    for (const auto& ov : overrides) {
        if (ov.soc2020 != soc) continue;
        rows.erase(std::remove_if(rows.begin(), rows.end(), [&](const CrosswalkRow& r) { return r.onet_code == ov.onet_code; }),
                   rows.end());
        forced.erase(ov.onet_code);
        if (ov.weight > 0 && raw.find_onet(ov.onet_code)) forced[ov.onet_code] = ov.weight;
    }
    while (!rows.empty() && rows.size() + forced.size() > kMaxLinks) rows.pop_back();
    double forced_total = 0, rest_total = 0;
    for (const auto& [code, w] : forced) forced_total += w;
    for (const auto& r : rows) rest_total += r.weight;
    // Forced weights of 1 or more leave no room; with nothing else left the forced pairs share everything.
    if (forced_total >= 1 || rest_total <= 0) rows.clear();
    for (auto& r : rows) r.weight *= (1 - forced_total) / rest_total;
    double scale = rows.empty() && forced_total > 0 ? 1 / forced_total : 1;
    for (const auto& [code, w] : forced) {
        auto it = computed.find(code);
        rows.push_back({soc, code, w * scale, it == computed.end() ? "override" : it->second + "; override"});
    }
    std::stable_sort(rows.begin(), rows.end(), [](const CrosswalkRow& a, const CrosswalkRow& b) {
        return a.weight != b.weight ? a.weight > b.weight : a.onet_code < b.onet_code;
    });
}

std::string trim_cell(std::string s) {
    while (!s.empty() && std::isspace(static_cast<unsigned char>(s.back()))) s.pop_back();
    std::size_t start = 0;
    while (start < s.size() && std::isspace(static_cast<unsigned char>(s[start]))) ++start;
    return s.substr(start);
}

bool is_onet_code(const std::string& s) {
    if (s.size() != 10 || s[2] != '-' || s[7] != '.') return false;
    for (std::size_t i : {0, 1, 3, 4, 5, 6, 8, 9})
        if (!std::isdigit(static_cast<unsigned char>(s[i]))) return false;
    return true;
}

}  // namespace

Result<std::vector<CrosswalkOverride>> read_crosswalk_overrides(const std::string& path) {
    auto text = read_file(path);
    if (!text) return Error{text.error()};
    std::vector<CrosswalkOverride> out;
    std::stringstream in(text.value());
    std::string line;
    for (int line_no = 1; std::getline(in, line); ++line_no) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (trim_cell(line).empty() || trim_cell(line)[0] == '#') continue;
        std::vector<std::string> cells;
        std::stringstream cols(line);
        for (std::string cell; std::getline(cols, cell, '\t');) cells.push_back(trim_cell(cell));
        if (cells.size() >= 1 && cells[0] == "soc2020") continue;  // header
        std::string where = path + ":" + std::to_string(line_no) + ": ";
        if (cells.size() < 4) return Error{where + "expected 4 tab-separated columns (soc2020, onet_code, weight, reason)"};
        CrosswalkOverride ov{cells[0], cells[1], 0, cells[3]};
        bool soc_ok = ov.soc2020.size() == 4 &&
                      std::all_of(ov.soc2020.begin(), ov.soc2020.end(), [](unsigned char c) { return std::isdigit(c); });
        if (!soc_ok) return Error{where + "soc2020 \"" + ov.soc2020 + "\" is not a 4-digit code"};
        if (!is_onet_code(ov.onet_code)) return Error{where + "onet_code \"" + ov.onet_code + "\" is not XX-XXXX.XX"};
        auto w = parse_number(cells[2]);
        if (!w || *w < 0 || *w > 1) return Error{where + "weight \"" + cells[2] + "\" is not a number from 0 to 1"};
        if (ov.reason.empty()) return Error{where + "every override needs a reason"};
        ov.weight = *w;
        out.push_back(std::move(ov));
    }
    return out;
}

std::vector<CrosswalkRow> build_crosswalk(const RawData& raw, const std::vector<CrosswalkOverride>& overrides) {
    auto chain = chain_evidence(raw);
    auto nesta = nesta_evidence(raw);
    auto titles = title_evidence(raw);
    auto text = text_similarity(raw);

    std::vector<CrosswalkRow> out;
    for (std::size_t g = 0; g < raw.uk_groups.size(); ++g) {
        const std::string& soc = raw.uk_groups[g].code;
        auto ranked = rank_candidates(raw, g, chain, nesta, titles, text);
        auto evidence = [&](const Candidate& c) {
            auto best = titles.best[g].find(c.onet);
            return evidence_text(c, best == titles.best[g].end() ? "" : best->second.second);
        };
        std::vector<CrosswalkRow> rows;
        if (!ranked.empty()) {
            auto kept = trim(raw, ranked);
            double sum = 0;
            for (const auto& c : kept) sum += c.score;
            for (const auto& c : kept) rows.push_back({soc, raw.onet[c.onet].code, c.score / sum, evidence(c)});
        }
        bool overridden = std::any_of(overrides.begin(), overrides.end(),
                                      [&](const CrosswalkOverride& ov) { return ov.soc2020 == soc; });
        if (overridden) {
            std::map<std::string, std::string> computed;
            for (const auto& c : ranked) computed[raw.onet[c.onet].code] = evidence(c);
            apply_overrides(raw, soc, overrides, computed, rows);
        }
        out.insert(out.end(), rows.begin(), rows.end());
    }
    return out;
}

std::string crosswalk_to_tsv(const std::vector<CrosswalkRow>& rows) {
    std::vector<const CrosswalkRow*> sorted;
    for (const auto& r : rows) sorted.push_back(&r);
    std::stable_sort(sorted.begin(), sorted.end(), [](const CrosswalkRow* a, const CrosswalkRow* b) {
        if (a->soc2020 != b->soc2020) return a->soc2020 < b->soc2020;
        if (a->weight != b->weight) return a->weight > b->weight;
        return a->onet_code < b->onet_code;
    });
    std::string out = "soc2020\tonet_code\tweight\tevidence\n";
    for (const auto* r : sorted) out += r->soc2020 + "\t" + r->onet_code + "\t" + fixed(r->weight, 4) + "\t" + r->evidence + "\n";
    return out;
}

}  // namespace ometer::pack
