// Careerometer facts as JSON, for tests and the embedding page: what is searched and shown, with the
// figures as numbers (the words the student reads are in the view-model). See state_json.hpp.
#include "widgets/careerometer/state_json.hpp"

#include <nlohmann/json.hpp>

#include "core/text.hpp"

namespace ometer::widgets {

namespace {

using ojson = nlohmann::json;  // the one instantiation the bundle reader uses too: keys come out sorted

ojson opt(const std::optional<double>& v) { return v ? ojson(*v) : ojson(nullptr); }

ojson figure(const Figure& f) {
    ojson j;
    j["value"] = opt(f.value);
    if (f.lower_bound) j["lower_bound"] = true;
    j["origin"] = std::string(figure_origin_name(f.from.origin));
    return j;
}

}  // namespace

std::string careerometer_state_json(const CareerometerState& st, const std::vector<std::string>& warnings,
                                    const std::string& error) {
    ojson j;
    j["widget"] = "careerometer";
    j["ready"] = st.ready();
    if (!error.empty()) j["error"] = error;
    if (!warnings.empty()) j["warnings"] = warnings;
    if (!st.ready()) return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
    const Bundle& b = st.bundle();
    j["region"] = std::string(region_name(b.region));
    j["data_version"] = b.data_version;
    j["query"] = utf8_sanitise(st.query());
    ojson results = ojson::array();
    for (const auto& h : st.results()) {
        const Occupation& occ = b.occupations[h.occupation];
        results.push_back({{"code", occ.code}, {"title", occ.title}, {"matched", utf8_sanitise(h.title)}});
    }
    j["results"] = results;
    j["search_titles"] = st.all_titles() ? "all" : st.indexing() ? "indexing" : "occupations";
    j["dropdown_open"] = st.dropdown_open();
    j["highlighted"] = st.highlighted();
    j["codes"] = st.codes();
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
        const PayHeadline& p = c->pay;
        card["pay"] = {{"basis", std::string(pay_basis_name(p.basis))}, {"value", opt(p.value)},   {"or_more", p.value_or_more},
                       {"part_time", p.part_time},                    {"average", opt(p.average)}, {"vs_average", opt(p.vs_average)},
                       {"usual_hours", opt(p.usual_hours)},           {"year", p.year},
                       {"origin", std::string(figure_origin_name(p.from.origin))}};
        if (b.region == Region::uk) card["hours_weekly"] = figure(c->hours_weekly);
        card["jobs"] = figure(c->jobs);
        card["people"] = figure(c->people);
        if (b.region == Region::us) card["projected_change"] = figure(c->projected_change);
        card["details_open"] = st.details_open(i);
        card["has_details"] = occ.has_details;
        card["related"] = occ.related;
        cards.push_back(card);
    }
    j["cards"] = cards;
    const auto& cmp = st.comparison();
    j["highest_paid"] = cmp && cmp->highest_paid ? ojson(b.occupations[cmp->items[*cmp->highest_paid].occupation].code) : ojson(nullptr);
    j["about_open"] = st.about_open;
    j["refusal"] = st.refusal() == CareerometerState::Refusal::full ? "full" : st.refusal() == CareerometerState::Refusal::shown ? "shown" : "";
    return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

}  // namespace ometer::widgets
