// Skillsometer state as JSON; see state_json.hpp. Match entries mirror `ometer quiz` output fields so the
// widget and the CLI can be compared directly.
#include "widgets/skillsometer/state_json.hpp"

#include <nlohmann/json.hpp>

#include "core/format.hpp"
#include "widgets/common/riasec_text.hpp"
#include "widgets/skillsometer/strings.hpp"

namespace ometer::widgets {

namespace {

using ojson = nlohmann::ordered_json;

ojson riasec(const std::array<double, 6>& v) {
    ojson j = ojson::object();
    for (std::size_t i = 0; i < 6; ++i) j[std::string(1, kRiasecLetters[i])] = v[i];
    return j;
}

ojson profile_json(const SkillsometerState& st) {
    ojson j;
    j["profile"] = riasec(st.profile().raw);
    j["profile_max"] = riasec(st.profile().max);
    j["code"] = st.profile().code;
    j["flat"] = st.profile().flat;
    return j;
}

}  // namespace

std::string skillsometer_state_json(const SkillsometerState& st, const std::vector<std::string>& warnings,
                                    const std::string& error, const std::vector<std::array<float, 4>>& answer_rects) {
    ojson j;
    j["widget"] = "skillsometer";
    j["ready"] = st.ready();
    if (!error.empty()) j["error"] = error;
    if (!warnings.empty()) j["warnings"] = warnings;
    if (!st.ready()) return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
    const Bundle& b = st.bundle();
    j["region"] = std::string(region_name(b.region));
    j["form"] = st.form().id;
    j["scale"] = scale_points(st.scale());
    j["stage"] = st.stage() == QuizStage::welcome ? "welcome" : st.stage() == QuizStage::questions ? "questions" : "results";
    j["total"] = st.total();
    j["answered"] = st.answered();
    j["current"] = st.current();
    if (st.stage() == QuizStage::questions) {
        const QuizItem& item = st.current_item();
        j["statement"] = {{"id", item.id}, {"type", std::string(1, kRiasecLetters[static_cast<std::size_t>(item.type)])}, {"text", item.text}};
        auto choice = st.choice_at(st.current());
        j["choice"] = choice ? ojson(*choice) : ojson(nullptr);
        ojson rects = ojson::array();
        for (const auto& r : answer_rects) rects.push_back({r[0], r[1], r[2], r[3]});
        j["layout"] = {{"answers", rects}};
    }
    if (st.stage() == QuizStage::results) {
        ojson r = profile_json(st);
        r["profile_normalised"] = riasec(st.profile().normalised);
        ojson tops = ojson::array();
        for (char letter : st.profile().code) {
            const RiasecText& rt = kRiasecText[*riasec_from_letter(letter)];
            tops.push_back({{"type", std::string(rt.name)}, {"nickname", std::string(rt.nickname)}, {"description", std::string(rt.description)}});
        }
        r["top_types"] = tops;
        r["near_flat"] = st.profile().near_flat;
        r["fallback"] = st.matches().fallback;
        if (!st.matches().message.empty()) r["message"] = st.matches().message;
        r["max_level"] = st.max_level() ? ojson(*st.max_level()) : ojson(nullptr);
        r["level_count"] = st.level_count();
        ojson levels = ojson::array();  // the filter's choices, "up to" each level; the last means every job
        const LevelScale scale = level_scale(b.region);
        for (int level = scale.first; level <= scale.last; ++level)
            levels.push_back({{"level", level},
                              {"label", std::string(level_label(b.region, level))},
                              {"meaning", std::string(level_meaning(b.region, level))}});
        r["levels"] = levels;
        ojson matches = ojson::array();
        for (std::size_t i = 0; i < st.matches().matches.size(); ++i) {
            const Match& m = st.matches().matches[i];
            const Occupation& occ = b.occupations[m.occupation];
            ojson it;
            it["code"] = occ.code;
            it["title"] = occ.title;
            it["fit"] = m.fit ? ojson(std::string(fit_name(*m.fit))) : ojson(nullptr);
            it["fit_label"] = m.fit ? ojson(std::string(fit_label(*m.fit))) : ojson(nullptr);
            it["score"] = m.correlation;
            it["reason"] = m.reason.text;
            it["pay_annual_median"] = occ.pay_annual.median ? ojson(*occ.pay_annual.median) : ojson(nullptr);
            if (occ.pay_annual.median) it["pay_text"] = money_rounded(*occ.pay_annual.median, b.region);
            else if (occ.pay_weekly.median) it["pay_weekly_text"] = money_rounded(*occ.pay_weekly.median, b.region);
            if (b.region == Region::uk)
                it["hours_weekly_median"] = occ.hours_weekly.median ? ojson(*occ.hours_weekly.median) : ojson(nullptr);
            it["picked"] = st.picked(i);
            it["expanded"] = st.expanded() == i;
            if (st.expanded() == i) {
                it["description"] = occ.description;
                it["tasks"] = occ.tasks;
                it["entry_routes"] = occ.entry_routes.empty() ? occ.education : occ.entry_routes;
            }
            matches.push_back(it);
        }
        r["matches"] = matches;
        r["compare"] = st.compare_codes();
        j["results"] = r;
    }
    ojson sources = ojson::array();
    for (const auto& s : st.quiz().sources) sources.push_back({{"id", s.id}, {"name", s.name}, {"credit", s.credit}});
    for (const auto& s : b.sources) sources.push_back({{"id", s.id}, {"name", s.name}, {"credit", s.credit}});
    j["sources"] = sources;
    return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

std::string skillsometer_complete_json(const SkillsometerState& st) {
    ojson j = profile_json(st);
    j["region"] = std::string(region_name(st.bundle().region));
    ojson codes = ojson::array();
    for (const auto& m : st.matches().matches) codes.push_back(st.bundle().occupations[m.occupation].code);
    j["matches"] = codes;
    return j.dump(-1, ' ', false, ojson::error_handler_t::replace);
}

}  // namespace ometer::widgets
