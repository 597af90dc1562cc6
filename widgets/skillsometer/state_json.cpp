// Skillsometer facts as JSON; see state_json.hpp.
#include "widgets/skillsometer/state_json.hpp"

#include <nlohmann/json.hpp>

namespace ometer::widgets {

namespace {

using ojson = nlohmann::json;  // the one instantiation the bundle reader uses too: keys come out sorted

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
    j["code_text"] = code_text(st.profile());
    j["flat"] = st.profile().flat;
    return j;
}

std::string dump(const ojson& j) { return j.dump(-1, ' ', false, ojson::error_handler_t::replace); }

}  // namespace

std::string skillsometer_state_json(const SkillsometerState& st, Region region, const std::vector<std::string>& warnings,
                                    const std::string& error) {
    ojson j;
    j["widget"] = "skillsometer";
    j["ready"] = st.ready();
    if (!error.empty()) j["error"] = error;
    if (!warnings.empty()) j["warnings"] = warnings;
    if (!st.ready()) return dump(j);
    j["region"] = std::string(region_name(region));
    j["jobs_loaded"] = st.has_jobs();
    j["form"] = st.form().id;
    j["scale"] = scale_points(st.scale());
    j["stage"] = st.stage() == QuizStage::welcome ? "welcome" : st.stage() == QuizStage::questions ? "questions" : "results";
    j["total"] = st.total();
    j["answered"] = st.answered();
    j["current"] = st.current();
    j["answers"] = st.save();
    if (st.stage() == QuizStage::questions) {
        const QuizItem& item = st.current_item();
        j["statement"] = {{"id", item.id}, {"type", std::string(1, kRiasecLetters[static_cast<std::size_t>(item.type)])}, {"text", item.text}};
        auto choice = st.choice_at(st.current());
        j["choice"] = choice ? ojson(*choice) : ojson(nullptr);
    }
    if (st.stage() == QuizStage::results && st.has_jobs()) {
        const Bundle& b = st.bundle();
        ojson r = profile_json(st);
        r["profile_normalised"] = riasec(st.profile().normalised);
        r["near_flat"] = st.profile().near_flat;
        r["fallback"] = st.matches().fallback;
        if (!st.matches().message.empty()) r["message"] = st.matches().message;
        r["level"] = st.level() ? ojson(*st.level()) : ojson(nullptr);
        r["include_lower"] = st.include_lower();
        ojson levels = ojson::array();
        for (const auto& lc : st.matches().level_counts) levels.push_back({{"level", lc.level}, {"matches", lc.matches}});
        r["levels"] = levels;
        ojson matches = ojson::array();
        for (std::size_t i = 0; i < st.matches().matches.size(); ++i) {
            const Match& m = st.matches().matches[i];
            const Occupation& occ = b.occupations[m.occupation];
            ojson it;
            it["code"] = occ.code;
            it["title"] = occ.title;
            it["fit"] = m.fit ? ojson(std::string(fit_name(*m.fit))) : ojson(nullptr);
            it["score"] = m.fit ? ojson(m.correlation) : ojson(nullptr);
            it["reason"] = {{"text", m.reason.text}, {"source", std::string(reason_source_name(m.reason.source))}};
            it["picked"] = st.picked(i);
            it["expanded"] = st.expanded() == i;
            matches.push_back(it);
        }
        r["matches"] = matches;
        r["compare"] = st.compare_codes();
        j["results"] = r;
    }
    return dump(j);
}

std::string skillsometer_complete_json(const SkillsometerState& st) {
    ojson j = profile_json(st);
    j["region"] = std::string(region_name(st.bundle().region));
    ojson codes = ojson::array();
    for (const auto& m : st.matches().matches) codes.push_back(st.bundle().occupations[m.occupation].code);
    j["matches"] = codes;
    return dump(j);
}

}  // namespace ometer::widgets
