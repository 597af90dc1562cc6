// Careerometer state as JSON; see state_json.hpp. Figures are the bundle's values unrounded, so tests can
// check them against the data; the page formats them for people.
#include "widgets/careerometer/state_json.hpp"

#include <nlohmann/json.hpp>

#include "core/format.hpp"
#include "core/text.hpp"
#include "widgets/common/riasec_text.hpp"

namespace ometer::widgets {

namespace {

using ojson = nlohmann::ordered_json;

ojson figure(const Figure& f, Region region, bool is_money, bool cents = false) {
    ojson j;
    j["value"] = f.value ? ojson(*f.value) : ojson(nullptr);
    if (f.value) {
        if (is_money) j["text"] = cents ? money_cents(*f.value, region) : money_rounded(*f.value, region);
        j["reliability"] = std::string(reliability_name(f.reliability));
    }
    if (!f.note.empty()) j["note"] = f.note;
    j["source"] = f.source_id;
    return j;
}

}  // namespace

std::string careerometer_state_json(const CareerometerState& st, const std::vector<std::string>& warnings,
                                    const std::string& error,
                                    const std::vector<std::pair<std::string, std::array<float, 4>>>& targets) {
    ojson j;
    j["widget"] = "careerometer";
    j["ready"] = st.ready();
    if (!error.empty()) j["error"] = error;
    if (!warnings.empty()) j["warnings"] = warnings;
    if (!st.ready()) return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
    const Bundle& b = st.bundle();
    const Region region = b.region;
    j["region"] = std::string(region_name(region));
    j["data_version"] = b.data_version;
    j["query"] = utf8_sanitise(st.query());
    ojson results = ojson::array();
    for (const auto& h : st.results()) {
        const Occupation& occ = b.occupations[h.occupation];
        ojson r;
        r["code"] = occ.code;
        r["title"] = occ.title;
        r["matched"] = utf8_sanitise(h.title);
        ojson hl = ojson::array();
        for (const auto& [s, e] : h.highlights) hl.push_back(ojson::array({s, e}));
        r["highlights"] = hl;
        r["pay_annual"] = occ.pay_annual.median ? ojson(*occ.pay_annual.median) : ojson(nullptr);
        results.push_back(r);
    }
    j["results"] = results;
    j["dropdown_open"] = st.dropdown_open();
    j["highlighted"] = st.highlighted();
    auto target = st.target_slot();
    j["target_slot"] = target ? ojson(*target) : ojson(nullptr);
    ojson cards = ojson::array();
    for (std::size_t i = 0; i < kSlots; ++i) {
        const auto& c = st.cards()[i];
        if (!c) {
            cards.push_back(nullptr);
            continue;
        }
        const Occupation& occ = b.occupations[c->occupation];
        ojson card;
        card["slot"] = i;
        card["code"] = occ.code;
        card["title"] = occ.title;
        card["pay_basis"] = std::string(pay_basis_name(c->pay.basis));
        card["pay_value"] = c->pay.value ? ojson(*c->pay.value) : ojson(nullptr);
        card["jobs"] = figure(c->jobs, region, false);
        card["growth_pct"] = figure(c->growth_pct, region, false);
        if (region == Region::uk) {
            card["hours_weekly"] = figure(c->hours_weekly, region, false);
            card["skill_level"] = occ.skill_level ? ojson(*occ.skill_level) : ojson(nullptr);
        } else {
            card["openings_per_year"] = figure(c->openings_per_year, region, false);
            card["job_zone"] = occ.job_zone ? ojson(*occ.job_zone) : ojson(nullptr);
            card["bright_outlook"] = occ.outlook.bright_outlook;
        }
        const Measure& m = occ.pay_annual.present() ? occ.pay_annual : occ.pay_annual_ft;
        ojson range;
        if (m.p10) range["p10"] = *m.p10;
        if (m.p25) range["p25"] = *m.p25;
        if (m.p75) range["p75"] = *m.p75;
        if (m.p90) range["p90"] = *m.p90;
        card["pay_range"] = range;
        card["pay_vs_average"] = c->pay.vs_average ? ojson(*c->pay.vs_average) : ojson(nullptr);
        if (region == Region::uk) card["hours_vs_average"] = c->hours_vs_average ? ojson(*c->hours_vs_average) : ojson(nullptr);
        ojson types = ojson::array();
        for (int t : c->top_types) types.push_back({{"type", std::string(kRiasecText[t].name)}, {"words", std::string(kRiasecText[t].short_words)}});
        card["top_interests"] = types;
        card["description"] = occ.description;
        card["tasks"] = occ.tasks;
        card["entry_routes"] = occ.entry_routes.empty() ? occ.education : occ.entry_routes;
        card["details_open"] = st.details_open(i);
        bool highest = st.comparison() && st.comparison()->highest_paid && st.filled() >= 2 &&
                       st.comparison()->items[*st.comparison()->highest_paid].occupation == c->occupation;
        card["highest_paid"] = highest;
        cards.push_back(card);
    }
    j["cards"] = cards;
    ojson avg;
    avg["label"] = b.averages.label;
    avg["pay_annual"] = b.averages.pay_annual.median ? ojson(*b.averages.pay_annual.median) : ojson(nullptr);
    if (region == Region::uk) avg["hours_weekly"] = b.averages.hours_weekly.median ? ojson(*b.averages.hours_weekly.median) : ojson(nullptr);
    j["average"] = avg;
    j["about_open"] = st.about_open;
    ojson sources = ojson::array();
    for (const auto& s : b.sources) sources.push_back({{"id", s.id}, {"name", s.name}, {"licence", s.licence}, {"credit", s.credit}});
    j["sources"] = sources;
    ojson where = ojson::object();
    for (const auto& [id, r] : targets) where[id] = ojson::array({r[0], r[1], r[2], r[3]});
    j["targets"] = where;
    return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

}  // namespace ometer::widgets
