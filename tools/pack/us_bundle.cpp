// The US bundle: every O*NET occupation with interest data, with BLS OEWS wages and BLS 2024-34
// projections (flagged where they are a wider group's), the O*NET Bright Outlook flag and O*NET's related
// occupations; plus the US search titles (O*NET reported and short alternate titles, and UK titles of the
// unit groups that map to each occupation).
#include <algorithm>
#include <map>
#include <set>

#include "core/text.hpp"
#include "tools/pack/bls_codes.hpp"
#include "tools/pack/pack.hpp"

namespace ometer::pack {

namespace {

// An OEWS distribution, every figure as published: a "#" cell is kept as the release's threshold and
// marked top-coded ("this much or more"), whichever figure it is; "*" (not available) stays absent.
Measure wage_measure(const std::array<RawWageCell, 6>& cells, std::optional<double> mean_prse) {
    Measure m;
    for (std::size_t k = 0; k < cells.size(); ++k) {
        const Stat stat = static_cast<Stat>(k);
        m.get(stat) = cells[k].value;
        if (cells[k].top_coded) m.set_top_coded(stat);
    }
    if (!m.median) return Measure{};
    // OEWS publishes a relative standard error for the mean only; use it as the reliability guide.
    m.cv = mean_prse;
    m.reliability = reliability_from_cv(mean_prse);
    return m;
}

Measure annual_wage(const RawBlsWage& w) { return wage_measure(w.annual, w.mean_prse); }

// BLS publishes only annual pay for some jobs (teachers): no hourly figure then.
Measure hourly_wage(const RawBlsWage& w) { return w.annual_only ? Measure{} : wage_measure(w.hourly, w.mean_prse); }

std::vector<std::string> top_names(const std::vector<std::pair<std::string, double>>& list, std::size_t n) {
    std::vector<std::string> out;
    for (std::size_t i = 0; i < list.size() && i < n; ++i) out.push_back(list[i].first);
    return out;
}

std::string entry_text(const RawBlsProjection& p) {
    std::string out;
    if (!p.education.empty()) out += "Typical education needed to start: " + p.education + ".";
    if (!p.experience.empty() && p.experience != "None") out += " Work experience in a related job: " + p.experience + ".";
    if (!p.training.empty() && p.training != "None") out += " Training once hired: " + p.training + ".";
    return out;
}

// Spelling keys of a title's words, for comparing UK and O*NET titles ("Labourer" meets "Laborers").
std::set<std::string> title_keys(const std::string& title) {
    std::set<std::string> keys;
    const std::string folded = fold(title);
    for (auto w : split_words(folded))
        if (w.size() > 2 && w != "and" && w != "the" && w != "for") keys.insert(title_word_key(w));
    return keys;
}

// UK titles for US occupations, so UK words ("carer", "head teacher") work in the US region: a unit group's
// unqualified coding-index titles (entries without qualifiers) and everyday words, each
// given to the one O*NET occupation among the group's links that it names best: link weight, raised by the
// share of the title's words found in that occupation's own titles ("Personal carer" goes to Personal Care
// Aides, not to Home Health Aides, the group's strongest link). A title naming none of them names the group
// as a whole ("Carer", "Shopkeeper"): it goes to the group's main links when the strongest carries at least
// a quarter of the group; groups without a clear main link give such titles to nobody, as they would lend
// wrong names.
std::map<std::string, std::vector<std::string>> uk_equivalents(const RawData& raw, const Curated& curated,
                                                               const std::vector<CrosswalkRow>& crosswalk) {
    std::map<std::string, std::vector<const CrosswalkRow*>> links;  // soc2020 -> links, strongest first
    for (const auto& row : crosswalk)
        if (row.weight >= 0.1) links[row.soc2020].push_back(&row);
    for (auto& [soc, list] : links)
        std::stable_sort(list.begin(), list.end(),
                         [](const CrosswalkRow* a, const CrosswalkRow* c) { return a->weight > c->weight; });
    std::map<std::string, std::set<std::string>> onet_words;  // O*NET code -> keys of all its titles' words
    auto words_of = [&](const std::string& code) -> const std::set<std::string>& {
        auto [it, inserted] = onet_words.try_emplace(code);
        if (inserted)
            if (const RawOnetOccupation* o = raw.find_onet(code)) {
                it->second = title_keys(o->title);
                for (const auto* list : {&o->reported_titles, &o->alternate_titles})
                    for (const auto& t : *list) {
                        auto k = title_keys(t);
                        it->second.insert(k.begin(), k.end());
                    }
            }
        return it->second;
    };
    std::map<std::string, std::vector<std::string>> out;
    auto give = [&](const std::string& soc, const std::string& title) {
        auto it = links.find(soc);
        if (it == links.end()) return;
        const auto keys = title_keys(title);
        const CrosswalkRow* best = nullptr;
        double best_score = 0, best_overlap = 0;
        for (const CrosswalkRow* row : it->second) {
            const auto& words = words_of(row->onet_code);
            std::size_t shared = 0;
            for (const auto& k : keys) shared += words.count(k);
            double overlap = keys.empty() ? 0.0 : static_cast<double>(shared) / static_cast<double>(keys.size());
            double score = row->weight * (1.0 + 2.0 * overlap);
            if (score > best_score) {
                best = row;
                best_score = score;
                best_overlap = overlap;
            }
        }
        if (!best) return;
        if (best_overlap > 0) {
            out[best->onet_code].push_back(title);
            return;
        }
        // A title naming none of the links names the group itself: it goes to the links that carry most of
        // the group (up to three, each at least half the strongest), so the search's popularity ranking
        // can choose among them, and to none when the group has no clear main link.
        const double strongest = it->second.front()->weight;
        if (strongest < 0.25) return;
        std::size_t given = 0;
        for (const CrosswalkRow* row : it->second)
            if (given < 3 && row->weight >= 0.5 * strongest) {
                out[row->onet_code].push_back(title);
                ++given;
            }
    };
    for (const auto& e : raw.index)
        if (e.add.empty() && e.ind.empty()) give(e.soc2020, e.natural);
    for (const auto& e : curated.everyday_titles)
        if (e.region == "uk") give(e.code, e.title);
    return out;
}

// O*NET alternate titles worth their download: short names (one or two words, no bracketed expansion) are
// what people type; the long tail ("Automotive Manufacturing Model Maker") matches through its short forms.
bool short_alternate(const std::string& title) {
    return title.find('(') == std::string::npos && split_words(fold(title)).size() <= 2;
}

}  // namespace

UsFigureSources us_figure_sources(const RawData& raw) {
    UsFigureSources out;
    std::set<std::string> onet_socs;
    for (const auto& o : raw.onet) onet_socs.insert(o.code.substr(0, 7));
    std::map<std::string, std::string> oews_titles, ep_titles;
    for (const auto& w : raw.bls_wages) {
        out.wages[w.code] = &w;
        oews_titles[w.code] = w.title;
    }
    for (const auto& p : raw.bls_projections) {
        out.projections[p.code] = &p;
        ep_titles[p.code] = p.title;
    }
    for (const auto& o : raw.onet) {
        if (!o.interests) continue;
        if (auto m = match_bls_code(o.code, o.title, oews_titles, onet_socs)) out.pay[o.code] = *m;
        if (auto m = match_bls_code(o.code, o.title, ep_titles, onet_socs)) out.outlook[o.code] = *m;
    }
    return out;
}

UsBuild build_us(const RawData& raw, const Curated& curated, const std::vector<CrosswalkRow>& crosswalk) {
    UsBuild out;
    Bundle& b = out.bundle;
    b.region = Region::us;
    b.data_version = kDataVersion;
    b.currency = "USD";
    const Source onet = sources::onet(raw.onet_release), skills = sources::onet_skills(raw.onet_skills_release);
    const Source oews = sources::bls_oews(raw.oews_year), ep = sources::bls_projections();
    b.sources = {onet, skills, oews, ep, sources::onet_bright_outlook()};
    b.field_sources = {{"description", onet.id},    {"tasks", onet.id},      {"interests", onet.id},
                       {"job_zone", onet.id},       {"titles", onet.id},     {"related", onet.id},
                       {"skills", skills.id},       {"knowledge", skills.id}, {"pay", oews.id},
                       {"jobs", oews.id},           {"outlook", ep.id},      {"people", ep.id},
                       {"education", ep.id + " " + onet.id},        {"bright_outlook", "onet-bright-outlook"}};
    b.averages.label = "All occupations, US (BLS OEWS May " + std::to_string(raw.oews_year) + ")";
    if (raw.bls_all_occupations) {
        b.averages.pay_annual = annual_wage(*raw.bls_all_occupations);
        b.averages.pay_hourly = hourly_wage(*raw.bls_all_occupations);
    }

    const UsFigureSources figures = us_figure_sources(raw);
    std::set<std::string> in_bundle;
    for (const auto& o : raw.onet)
        if (o.interests) in_bundle.insert(o.code);

    for (const auto& o : raw.onet) {
        if (!o.interests) continue;  // the quiz and the interest chart need them
        Occupation occ;
        occ.code = o.code;
        occ.title = o.title;
        occ.description = o.description;
        occ.tasks.assign(o.tasks.begin(), o.tasks.begin() + static_cast<std::ptrdiff_t>(std::min<std::size_t>(o.tasks.size(), 8)));
        occ.job_zone = o.job_zone;
        InterestProfile ip;
        ip.scores = *o.interests;
        ip.high_point = o.high_point;
        occ.interests = ip;
        occ.skills = top_names(o.skills, 6);
        occ.knowledge = top_names(o.knowledge, 4);
        if (auto m = figures.pay.find(o.code); m != figures.pay.end()) {
            const RawBlsWage& w = *figures.wages.at(m->second.code);
            occ.pay_annual = annual_wage(w);
            occ.pay_hourly = hourly_wage(w);
            occ.jobs = w.employment;
            occ.pay_from = m->second.from;
        }
        if (auto m = figures.outlook.find(o.code); m != figures.outlook.end()) {
            const RawBlsProjection& p = *figures.projections.at(m->second.code);
            occ.outlook.growth_pct = p.change_pct;
            if (p.openings) occ.outlook.openings_per_year = *p.openings * 1000.0;
            if (p.emp_2024) occ.outlook.employment_now = *p.emp_2024 * 1000.0;
            occ.people = occ.outlook.employment_now;
            if (p.emp_2034) occ.outlook.employment_projected = *p.emp_2034 * 1000.0;
            occ.outlook_from = m->second.from;
            if (m->second.from.own()) {
                occ.education = p.education;
                occ.entry_routes = entry_text(p);
            }
        }
        // Entry requirements belong to the occupation, not to a wider group BLS projects it with (a
        // psychiatric nurse specialty needs more than a registered nurse): O*NET's own survey answer then.
        if (occ.education.empty() && o.education_level) {
            occ.education = onet_education_name(*o.education_level);
            occ.entry_routes = "Education most people in this job say it needs (O*NET " + raw.onet_release +
                               "): " + occ.education + ".";
        }
        if (auto it = raw.bright_outlook.find(o.code); it != raw.bright_outlook.end()) {
            occ.outlook.bright_outlook = true;
            occ.outlook.bright_categories = it->second;
        }
        // Similar jobs: O*NET's related occupations in its order (the two primary tiers), those in this bundle.
        for (const auto& r : o.related)
            if (r.tier != "Supplemental" && in_bundle.count(r.code) && r.code != o.code &&
                std::find(occ.related.begin(), occ.related.end(), r.code) == occ.related.end())
                occ.related.push_back(r.code);
        b.occupations.push_back(std::move(occ));
    }
    b.rebuild_lookup();

    out.titles.region = Region::us;
    out.titles.data_version = kDataVersion;
    const auto uk_titles = uk_equivalents(raw, curated, crosswalk);
    std::set<std::pair<std::uint32_t, std::string>> seen;
    for (std::uint32_t i = 0; i < b.occupations.size(); ++i) {
        const Occupation& occ = b.occupations[i];
        seen.insert({i, fold(occ.title)});
        const RawOnetOccupation* o = raw.find_onet(occ.code);
        auto add = [&](const std::string& t, TitleKind kind) {
            std::string key = fold(t);
            if (!key.empty() && seen.insert({i, key}).second) out.titles.titles.push_back({t, i, kind});
        };
        for (const auto& e : curated.everyday_titles)
            if (e.region == "us" && e.code == occ.code) add(e.title, TitleKind::everyday);
        for (const auto& t : o->reported_titles) add(t, TitleKind::onet_reported);
        for (const auto& t : o->alternate_titles)
            if (short_alternate(t)) add(t, TitleKind::onet_alternate);
        if (auto it = uk_titles.find(occ.code); it != uk_titles.end())
            for (const auto& t : it->second) add(t, TitleKind::uk_equivalent);
    }
    return out;
}

}  // namespace ometer::pack
