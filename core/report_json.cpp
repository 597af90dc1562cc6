// Writes the core's results as JSON (nlohmann ordered_json, so keys keep a readable order).
#include "core/report_json.hpp"

#include <nlohmann/json.hpp>

#include <tuple>

#include "core/json_write.hpp"
#include "core/pay.hpp"
#include "core/text.hpp"

namespace ometer {

namespace {

using json_write::ojson;
using json_write::round_to;

std::string dump(const ojson& j, JsonStyle style) {
    return j.dump(style.indent, ' ', false, ojson::error_handler_t::replace);
}

// A measure with its basis ("full_time" / "all_employees") and period ("year", "week", "hour").
ojson measure(const Measure& m, const char* basis, const char* period) {
    if (!m.present()) return nullptr;
    ojson j;
    j["basis"] = basis;
    j["period"] = period;
    json_write::put_figures(j, m);
    j["reliability"] = std::string(reliability_name(m.reliability));
    return j;
}

ojson riasec_object(const std::array<double, 6>& scores, int decimals) {
    ojson j = ojson::object();
    for (std::size_t t = 0; t < 6; ++t) j[std::string(1, kRiasecLetters[t])] = round_to(scores[t], decimals);
    return j;
}

ojson origin_json(const FiguresFrom& f) {
    ojson j;
    j["origin"] = std::string(figure_origin_name(f.origin));
    if (!f.own()) j["group"] = {{"code", f.code}, {"title", f.title}};
    return j;
}

// A count or other figure; `counts` says what is counted ("employee_jobs", "people_in_work").
ojson figure(const Figure& f, const char* counts = nullptr) {
    ojson j;
    if (f.value) j["value"] = round_to(*f.value, 2);
    else j["value"] = nullptr;
    if (counts) j["counts"] = counts;
    if (f.lower_bound) j["lower_bound"] = true;
    j["source"] = f.source_id;
    j["year"] = f.year;
    j.update(origin_json(f.from));
    if (f.value && f.reliability != Reliability::unknown) j["reliability"] = std::string(reliability_name(f.reliability));
    if (!f.note.empty()) j["note"] = f.note;
    return j;
}

// The pay headline (core/pay.hpp): its basis, value, range, average on the same basis and where it is from.
ojson pay_json(const PayHeadline& h) {
    ojson j;
    j["basis"] = std::string(pay_basis_name(h.basis));
    j["value"] = h.value ? ojson(round_to(*h.value, 2)) : ojson(nullptr);
    if (h.value_or_more) j["or_more"] = true;
    if (h.range)
        j["range"] = {{"low", round_to(h.range->low, 2)},
                      {"high", round_to(h.range->high, 2)},
                      {"low_stat", std::string(stat_name(h.range->low_stat))},
                      {"high_stat", std::string(stat_name(h.range->high_stat))},
                      {"high_or_more", h.range->high_or_more}};
    j["average"] = h.average ? ojson(round_to(*h.average, 2)) : ojson(nullptr);
    j["vs_average"] = h.vs_average ? ojson(round_to(*h.vs_average, 4)) : ojson(nullptr);
    if (h.value_or_more && h.vs_average) j["vs_average_is_lower_bound"] = true;
    j["part_time"] = h.part_time;
    if (h.full_time_share) j["full_time_share"] = round_to(*h.full_time_share, 3);
    if (h.usual_hours) j["usual_hours"] = round_to(*h.usual_hours, 1);
    if (h.value) j["reliability"] = std::string(reliability_name(h.reliability));
    j["source"] = h.source_id;
    j["year"] = h.year;
    j.update(origin_json(h.from));
    return j;
}

ojson type_names(const std::vector<int>& types) {
    ojson j = ojson::array();
    for (int t : types) j.push_back(std::string(riasec_name(t)));
    return j;
}

// A list entry: the occupation's code and title, then the caller's fields.
ojson entry(const Occupation& occ) {
    ojson j;
    j["code"] = occ.code;
    j["title"] = occ.title;
    return j;
}

// The headline figures every list entry carries (search, quiz matches).
void headline(const Bundle& b, const Occupation& occ, ojson& j) {
    j["pay"] = pay_json(headline_pay(b, occ));
    if (b.region == Region::uk) {
        if (occ.skill_level) j["skill_level"] = *occ.skill_level;
    } else {
        if (occ.outlook.growth_pct) j["growth_pct"] = *occ.outlook.growth_pct;
        if (occ.job_zone) j["job_zone"] = *occ.job_zone;
    }
}

}  // namespace

std::string occupation_json(const Bundle& b, const Occupation& occ, JsonStyle style) {
    ojson j;
    j["region"] = std::string(region_name(b.region));
    j["code"] = occ.code;
    j["title"] = occ.title;
    j["description"] = occ.description;
    j["tasks"] = occ.tasks;
    if (!occ.entry_routes.empty()) j["entry_routes"] = occ.entry_routes;
    if (!occ.education.empty()) j["education"] = occ.education;
    if (occ.skill_level) j["skill_level"] = *occ.skill_level;
    if (occ.job_zone) j["job_zone"] = *occ.job_zone;
    if (occ.interests) {
        j["interests"] = riasec_object(occ.interests->scores, 2);
        j["high_point"] = occ.interests->high_point;
    } else {
        j["interests"] = nullptr;
    }
    j["skills"] = occ.skills;
    if (!occ.knowledge.empty()) j["knowledge"] = occ.knowledge;
    j["currency"] = b.currency;
    j["pay"] = pay_json(headline_pay(b, occ));
    const bool uk = b.region == Region::uk;
    const std::tuple<const char*, const Measure*, const char*, const char*> ms[] = {
        {"pay_annual", &occ.pay_annual, "all_employees", "year"},  {"pay_annual_ft", &occ.pay_annual_ft, "full_time", "year"},
        {"pay_weekly", &occ.pay_weekly, "all_employees", "week"},  {"pay_weekly_ft", &occ.pay_weekly_ft, "full_time", "week"},
        {"pay_hourly", &occ.pay_hourly, "all_employees", "hour"},  {"hours_weekly", &occ.hours_weekly, "all_employees", "week"},
        {"hours_weekly_ft", &occ.hours_weekly_ft, "full_time", "week"}};
    for (const auto& [key, m, basis, period] : ms)
        if (m->present() || uk || key == std::string("pay_annual") || key == std::string("pay_hourly"))
            j[key] = measure(*m, basis, period);
    const ComparedOccupation card = compare_one(b, static_cast<std::size_t>(&occ - b.occupations.data()));
    j["jobs"] = figure(card.jobs, "employee_jobs");
    if (uk && occ.jobs_ft) j["jobs_ft"] = round_to(*occ.jobs_ft, 0);
    j["people"] = figure(card.people, "people_in_work");
    ojson outlook = json_write::outlook_figures(occ.outlook);
    if (b.region == Region::us) {
        outlook["bright_outlook"] = occ.outlook.bright_outlook;
        if (!occ.outlook.bright_categories.empty()) outlook["bright_categories"] = occ.outlook.bright_categories;
        outlook.update(origin_json(occ.outlook_from));
    }
    j["outlook"] = outlook;
    j["related"] = occ.related;
    if (!occ.onet.empty()) j["onet"] = json_write::onet_links(occ.onet);
    ojson sources = ojson::object();
    for (const auto& [field, src] : b.field_sources) sources[field] = src;
    j["sources"] = sources;
    j["data_version"] = b.data_version;
    return dump(j, style);
}

std::string search_json(const Bundle& b, const std::vector<SearchHit>& hits, JsonStyle style) {
    ojson arr = ojson::array();
    for (const auto& h : hits) {
        const Occupation& occ = b.occupations[h.occupation];
        ojson j = entry(occ);
        j["score"] = round_to(h.score, 4);
        j["matched"] = utf8_sanitise(h.title);
        j["matched_kind"] = std::string(title_kind_name(h.kind));
        ojson hl = ojson::array();
        for (const auto& [s, e] : h.highlights) hl.push_back(ojson::array({s, e}));
        j["highlights"] = hl;
        headline(b, occ, j);
        arr.push_back(std::move(j));
    }
    return dump(arr, style);
}

std::string comparison_json(const Bundle& b, const Comparison& cmp, JsonStyle style) {
    ojson j;
    j["region"] = std::string(region_name(b.region));
    j["currency"] = b.currency;
    ojson items = ojson::array();
    for (const auto& c : cmp.items) {
        const Occupation& occ = b.occupations[c.occupation];
        ojson it = entry(occ);
        it["pay"] = pay_json(c.pay);
        it["pay_basis"] = std::string(pay_basis_name(c.pay.basis));
        it["pay_vs_average"] = c.pay.vs_average ? ojson(round_to(*c.pay.vs_average, 4)) : ojson(nullptr);
        if (b.region == Region::uk) {
            it["hours_weekly"] = figure(c.hours_weekly);
            it["hours_vs_average"] = c.hours_vs_average ? ojson(round_to(*c.hours_vs_average, 2)) : ojson(nullptr);
        }
        it["jobs"] = figure(c.jobs, "employee_jobs");
        it["people"] = figure(c.people, "people_in_work");
        if (b.region == Region::us) {
            it["projected_change"] = figure(c.projected_change, "people_in_work");
            it["growth_pct"] = figure(c.growth_pct);
            it["openings_per_year"] = figure(c.openings_per_year);
        }
        if (occ.skill_level) it["skill_level"] = *occ.skill_level;
        if (occ.job_zone) it["job_zone"] = *occ.job_zone;
        it["top_interests"] = type_names(c.top_types);
        items.push_back(std::move(it));
    }
    j["occupations"] = items;
    ojson avg_pay = ojson::object();
    for (PayBasis basis : {PayBasis::full_time_annual, PayBasis::all_employees_annual, PayBasis::hourly})
        if (auto v = average_pay(b, basis)) avg_pay[std::string(pay_basis_name(basis))] = round_to(*v, 2);
    j["average"] = {{"label", cmp.average_label}, {"pay", avg_pay}};
    if (b.region == Region::uk) j["average"]["hours_weekly"] = figure(cmp.average_hours_weekly);
    j["shared_interests"] = type_names(cmp.shared_types);
    j["ranked_basis"] = cmp.ranked_basis ? ojson(std::string(pay_basis_name(*cmp.ranked_basis))) : ojson(nullptr);
    if (cmp.highest_paid) j["highest_paid"] = b.occupations[cmp.items[*cmp.highest_paid].occupation].code;
    else j["highest_paid"] = nullptr;
    if (cmp.pay_spread_ratio) j["pay_spread_ratio"] = round_to(*cmp.pay_spread_ratio, 4);
    else j["pay_spread_ratio"] = nullptr;
    j["data_version"] = b.data_version;
    return dump(j, style);
}

std::string quiz_json(const Bundle& b, const QuizOutcome& q, JsonStyle style) {
    const Profile& p = q.profile;
    const MatchResult& result = q.result;
    ojson j;
    j["region"] = std::string(region_name(b.region));
    j["form"] = q.form->id;
    j["scale"] = scale_points(q.scale);
    j["profile"] = riasec_object(p.raw, 2);
    j["profile_max"] = riasec_object(p.max, 2);
    j["profile_normalised"] = riasec_object(p.normalised, 4);
    j["code"] = p.code;
    ojson tiers = ojson::array();
    for (const auto& tier : p.tiers) {
        ojson letters = ojson::array();
        for (int t : tier) letters.push_back(std::string(1, kRiasecLetters[static_cast<std::size_t>(t)]));
        tiers.push_back(letters);
    }
    j["code_tiers"] = tiers;
    j["code_text"] = code_text(p);
    j["flat"] = p.flat;
    j["near_flat"] = p.near_flat;
    j["fallback"] = result.fallback;
    if (!result.message.empty()) j["message"] = result.message;
    ojson levels = ojson::array();
    for (const auto& lc : result.level_counts)
        levels.push_back({{"level", lc.level}, {"label", std::string(level_label(b.region, lc.level))}, {"matches", lc.matches}});
    j["levels"] = levels;
    j["below_floor"] = result.below_floor;
    ojson matches = ojson::array();
    for (const auto& m : result.matches) {
        const Occupation& occ = b.occupations[m.occupation];
        ojson it = entry(occ);
        it["fit"] = m.fit ? ojson(std::string(fit_name(*m.fit))) : ojson(nullptr);
        it["fit_label"] = m.fit ? ojson(std::string(fit_label(*m.fit))) : ojson(nullptr);
        it["score"] = m.fit ? ojson(round_to(m.correlation, 4)) : ojson(nullptr);
        it["riasec"] = occ.interests ? riasec_object(occ.interests->scores, 2) : ojson(nullptr);
        it["high_point"] = occ.interests ? ojson(occ.interests->high_point) : ojson(nullptr);
        it["reason"] = {{"text", m.reason.text}, {"areas", type_names(m.reason.areas)},
                        {"source", std::string(reason_source_name(m.reason.source))}};
        if (auto level = occupation_level(b, occ)) {
            it["level"] = *level;
            it["level_label"] = std::string(level_label(b.region, *level));
        }
        headline(b, occ, it);
        matches.push_back(std::move(it));
    }
    j["matches"] = matches;
    j["data_version"] = b.data_version;
    return dump(j, style);
}

std::string bundle_info_json(const Bundle& b, JsonStyle style) {
    ojson j;
    j["region"] = std::string(region_name(b.region));
    j["schema"] = b.schema;
    j["data_version"] = b.data_version;
    j["currency"] = b.currency;
    j["occupations"] = b.occupations.size();
    ojson sources = ojson::array();
    for (const auto& s : b.sources)
        sources.push_back({{"id", s.id}, {"name", s.name}, {"years", s.years}, {"licence", s.licence}, {"credit", s.credit}, {"url", s.url}});
    j["sources"] = sources;
    return dump(j, style);
}

std::string quiz_info_json(const Quiz& q, JsonStyle style) {
    ojson j;
    j["data_version"] = q.data_version;
    json_write::put_quiz_items_and_forms(j, q);
    ojson sources = ojson::array();
    for (const auto& s : q.sources) sources.push_back({{"id", s.id}, {"name", s.name}, {"licence", s.licence}, {"credit", s.credit}});
    j["sources"] = sources;
    return dump(j, style);
}

std::string error_json(const std::string& message, JsonStyle style) {
    ojson j;
    j["error"] = utf8_sanitise(message);
    return dump(j, style);
}

std::string text_field_json(const std::string& key, const std::string& value, JsonStyle style) {
    ojson j;
    j[key] = utf8_sanitise(value);
    return dump(j, style);
}

std::string results_code_json(const DecodedCode& code, JsonStyle style) {
    ojson j;
    j["kind"] = code.is_quiz ? "quiz" : "compare";
    if (code.is_quiz) {
        j["form"] = code.quiz.form;
        j["scale"] = scale_points(code.quiz.scale);
        j["answers"] = choices_to_digits(code.quiz.scale, code.quiz.choices);
        j["items_version"] = code.items_version;
    } else {
        j["region"] = std::string(region_name(code.compare.region));
        j["codes"] = code.compare.codes;
    }
    j["data_stamp"] = code.data_stamp;
    return dump(j, style);
}

std::string related_json(const Bundle& b, const Occupation& occ, JsonStyle style) {
    ojson arr = ojson::array();
    for (const auto& code : occ.related) {
        const Occupation* other = b.find(code);
        if (!other) continue;
        ojson j = entry(*other);
        headline(b, *other, j);
        arr.push_back(std::move(j));
    }
    return dump(arr, style);
}

}  // namespace ometer
