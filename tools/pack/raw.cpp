// Loads ../shared/data (see SOURCES.md there) into RawData. Every file is read once; a missing file or
// column is an error naming it, so a changed upstream layout fails the pipeline instead of shipping gaps.
#include "tools/pack/raw.hpp"

#include <algorithm>
#include <cctype>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "tools/pack/table.hpp"

namespace ometer::pack {

namespace {

using json = nlohmann::json;

std::string trim(std::string s) {
    auto not_space = [](unsigned char c) { return !std::isspace(c); };
    s.erase(s.begin(), std::find_if(s.begin(), s.end(), not_space));
    s.erase(std::find_if(s.rbegin(), s.rend(), not_space).base(), s.end());
    return s;
}

bool is_soc2020_code(const std::string& s) {
    return s.size() == 4 && std::all_of(s.begin(), s.end(), [](unsigned char c) { return std::isdigit(c); });
}

#define OMETER_TRY(var, expr)                          \
    auto var##_result = (expr);                        \
    if (!var##_result) return Error{var##_result.error()}; \
    auto& var = var##_result.value()

Result<bool> load_uk_groups(const std::string& dir, RawData& raw) {
    std::string path = dir + "/uk/ons_soc2020_unit_groups.json";
    OMETER_TRY(text, read_file(path));
    json doc = json::parse(text, nullptr, false);
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("unit_groups") || !doc["unit_groups"].is_object())
        return Error{path + ": expected an object with \"unit_groups\""};
    auto str = [](const json& o, const char* key) {
        auto it = o.find(key);
        return it != o.end() && it->is_string() ? it->get<std::string>() : std::string();
    };
    auto strs = [](const json& o, const char* key) {
        std::vector<std::string> out;
        auto it = o.find(key);
        if (it != o.end() && it->is_array())
            for (const auto& v : *it)
                if (v.is_string()) out.push_back(trim(v.get<std::string>()));
        return out;
    };
    for (const auto& [code, g] : doc["unit_groups"].items()) {
        if (!g.is_object()) return Error{path + ": unit_groups." + code + " is not an object"};
        RawUkGroup u;
        u.code = code;
        u.title = trim(str(g, "title"));
        u.description = trim(str(g, "description"));
        u.entry_routes = trim(str(g, "entry_routes"));
        u.tasks = strs(g, "tasks");
        u.related_titles = strs(g, "related_job_titles");
        if (!is_soc2020_code(code) || u.title.empty())
            return Error{path + ": unit group \"" + code + "\" has no valid code or title"};
        raw.uk_groups.push_back(std::move(u));
    }
    std::sort(raw.uk_groups.begin(), raw.uk_groups.end(),
              [](const RawUkGroup& a, const RawUkGroup& b) { return a.code < b.code; });
    return true;
}

Result<bool> load_uk_structure(const std::string& dir, RawData& raw) {
    OMETER_TRY(t, Table::read(dir + "/uk/ons_soc2020_structure.tsv"));
    OMETER_TRY(c, Columns::require(t, {"level", "soc2020_code", "title"}));
    for (std::size_t r = 0; r < t.size(); ++r) {
        auto level = parse_number(t.at(r, c["level"]));
        if (!level) continue;
        raw.uk_structure.push_back({static_cast<int>(*level), t.at(r, c["soc2020_code"]), trim(t.at(r, c["title"]))});
    }
    return true;
}

Result<bool> load_index(const std::string& dir, RawData& raw) {
    {
        OMETER_TRY(t, Table::read(dir + "/uk/ons_soc2020_coding_index_v2020-02.tsv"));
        OMETER_TRY(c, Columns::require(t, {"D", "SOC 2020", "INDEXOCC", "ADD", "IND", "SEE",
                                           "ISCO-08 code based on SOC2020"}));
        for (std::size_t r = 0; r < t.size(); ++r) {
            const std::string& soc = t.at(r, c["SOC 2020"]);
            if (!is_soc2020_code(soc)) continue;  // "see" cross-references carry }}}} instead of a code
            RawIndexEntry e;
            e.soc2020 = soc;
            e.indexocc = trim(t.at(r, c["INDEXOCC"]));
            e.natural = natural_word_order(e.indexocc);
            e.add = trim(t.at(r, c["ADD"]));
            e.ind = trim(t.at(r, c["IND"]));
            e.isco08 = trim(t.at(r, c["ISCO-08 code based on SOC2020"]));
            e.flag = trim(t.at(r, c["D"]));
            if (!e.indexocc.empty()) raw.index2020.push_back(std::move(e));
        }
    }
    {
        OMETER_TRY(t, Table::read(dir + "/uk/ons_soc2020_coding_index_v2024-10_titles.tsv"));
        OMETER_TRY(c, Columns::require(t, {"SOC_2020_ext", "SOC2020_ext_SUG_title", "INDEXOCC_natural_word_order"}));
        for (std::size_t r = 0; r < t.size(); ++r) {
            const std::string& ext = t.at(r, c["SOC_2020_ext"]);
            std::string soc = ext.substr(0, 4);
            if (!is_soc2020_code(soc)) continue;
            RawIndexTitle e{soc, ext, trim(t.at(r, c["SOC2020_ext_SUG_title"])),
                            trim(t.at(r, c["INDEXOCC_natural_word_order"]))};
            if (!e.title.empty()) raw.index2024.push_back(std::move(e));
        }
    }
    {
        OMETER_TRY(t, Table::read(dir + "/uk/ons_soc2020_coding_index_acronyms.tsv"));
        OMETER_TRY(c, Columns::require(t, {"abbreviation", "meaning"}));
        for (std::size_t r = 0; r < t.size(); ++r)
            raw.acronyms[trim(t.at(r, c["abbreviation"]))] = trim(t.at(r, c["meaning"]));
    }
    return true;
}

Result<bool> load_ashe(const std::string& dir, RawData& raw) {
    for (int year : {2022, 2023, 2024}) {
        std::string path = dir + "/uk/ashe_table14_" + std::to_string(year) + "prov_soc2020.tsv";
        OMETER_TRY(t, Table::read(path));
        OMETER_TRY(c, Columns::require(t, {"table", "sheet", "soc2020_code", "code_level_digits", "jobs_thousand",
                                           "median", "mean", "p10", "p25", "p75", "p80", "p90", "median_cv_pct"}));
        RawAsheYear y;
        y.year = year;
        for (std::size_t r = 0; r < t.size(); ++r) {
            const std::string& level = t.at(r, c["code_level_digits"]);
            if (level != "0" && level != "4") continue;
            std::string soc = level == "0" ? "" : t.at(r, c["soc2020_code"]);
            RawAsheRow row;
            row.jobs_thousand = parse_number(t.at(r, c["jobs_thousand"]));
            row.median = parse_number(t.at(r, c["median"]));
            row.mean = parse_number(t.at(r, c["mean"]));
            row.p10 = parse_number(t.at(r, c["p10"]));
            row.p25 = parse_number(t.at(r, c["p25"]));
            row.p75 = parse_number(t.at(r, c["p75"]));
            row.p80 = parse_number(t.at(r, c["p80"]));
            row.p90 = parse_number(t.at(r, c["p90"]));
            row.median_cv = parse_number(t.at(r, c["median_cv_pct"]));
            y.rows[t.at(r, c["table"]) + "|" + t.at(r, c["sheet"]) + "|" + soc] = row;
        }
        if (y.rows.empty()) return Error{path + ": no all-employee or 4-digit rows"};
        raw.ashe.push_back(std::move(y));
    }
    return true;
}

Result<bool> load_aps(const std::string& dir, RawData& raw) {
    OMETER_TRY(t, Table::read(dir + "/uk/ons_aps_employment_soc2020_4digit_by_industry_2021_2024.tsv"));
    OMETER_TRY(c, Columns::require(t, {"year", "soc2020_code"}));
    for (std::size_t r = 0; r < t.size(); ++r) {
        const std::string& soc = t.at(r, c["soc2020_code"]);
        auto year = parse_number(t.at(r, c["year"]));
        if (!is_soc2020_code(soc) || !year) continue;
        double sum = 0;
        bool any = false, suppressed = false;
        // Industry columns are every column after the title; "*" (too few in the sample to publish) and "-"
        // (none) add nothing, and a "*" makes the sum a lower bound.
        for (std::size_t col = 3; col < t.header().size(); ++col) {
            if (auto v = parse_number(t.at(r, col))) {
                sum += *v;
                any = true;
            } else if (trim(t.at(r, col)) == "*") {
                suppressed = true;
            }
        }
        if (!any) continue;
        raw.aps_employment[soc][static_cast<int>(*year)] = sum;
        if (suppressed) raw.aps_partial.insert({soc, static_cast<int>(*year)});
    }
    return true;
}

Result<bool> load_onet(const std::string& dir, RawData& raw) {
    const std::string o = dir + "/onet_29_3/";
    std::unordered_map<std::string, std::size_t> at;
    {
        OMETER_TRY(t, Table::read(o + "Occupation Data.tsv"));
        OMETER_TRY(c, Columns::require(t, {"O*NET-SOC Code", "Title", "Description"}));
        for (std::size_t r = 0; r < t.size(); ++r) {
            RawOnetOccupation occ;
            occ.code = t.at(r, c["O*NET-SOC Code"]);
            occ.title = trim(t.at(r, c["Title"]));
            occ.description = trim(t.at(r, c["Description"]));
            at[occ.code] = raw.onet.size();
            raw.onet.push_back(std::move(occ));
        }
    }
    auto each = [&](const std::string& file, std::initializer_list<std::string_view> cols,
                    auto&& fn) -> Result<bool> {
        OMETER_TRY(t, Table::read(o + file));
        OMETER_TRY(c, Columns::require(t, cols));
        std::size_t code_col = c["O*NET-SOC Code"];
        for (std::size_t r = 0; r < t.size(); ++r) {
            auto it = at.find(t.at(r, code_col));
            if (it != at.end()) fn(raw.onet[it->second], t, c, r);
        }
        return true;
    };
    Result<bool> ok = true;
    std::unordered_map<std::string, std::vector<std::string>> supplemental;
    ok = each("Task Statements.tsv", {"O*NET-SOC Code", "Task", "Task Type"},
              [&](RawOnetOccupation& occ, const Table& t, const Columns& c, std::size_t r) {
                  std::string task = trim(t.at(r, c["Task"]));
                  if (t.at(r, c["Task Type"]) == "Supplemental") supplemental[occ.code].push_back(task);
                  else occ.tasks.push_back(task);
              });
    if (!ok) return ok;
    for (auto& occ : raw.onet)
        for (auto& s : supplemental[occ.code]) occ.tasks.push_back(std::move(s));
    ok = each("Alternate Titles.tsv", {"O*NET-SOC Code", "Alternate Title", "Short Title"},
              [](RawOnetOccupation& occ, const Table& t, const Columns& c, std::size_t r) {
                  occ.alternate_titles.push_back(trim(t.at(r, c["Alternate Title"])));
                  std::string s = trim(t.at(r, c["Short Title"]));
                  if (!s.empty()) occ.alternate_titles.push_back(s);
              });
    if (!ok) return ok;
    ok = each("Sample of Reported Titles.tsv", {"O*NET-SOC Code", "Reported Job Title"},
              [](RawOnetOccupation& occ, const Table& t, const Columns& c, std::size_t r) {
                  occ.reported_titles.push_back(trim(t.at(r, c["Reported Job Title"])));
              });
    if (!ok) return ok;
    ok = each("Interests.tsv", {"O*NET-SOC Code", "Element ID", "Scale ID", "Data Value"},
              [](RawOnetOccupation& occ, const Table& t, const Columns& c, std::size_t r) {
                  const std::string& id = t.at(r, c["Element ID"]);
                  auto v = parse_number(t.at(r, c["Data Value"]));
                  if (!v || id.size() != 7 || id.compare(0, 6, "1.B.1.") != 0) return;
                  char k = id[6];
                  if (t.at(r, c["Scale ID"]) == "OI" && k >= 'a' && k <= 'f') {
                      if (!occ.interests) occ.interests = std::array<double, 6>{};
                      (*occ.interests)[static_cast<std::size_t>(k - 'a')] = *v;
                  } else if (t.at(r, c["Scale ID"]) == "IH" && k >= 'g' && k <= 'i') {
                      int type = static_cast<int>(*v);
                      if (occ.high_point.size() != 3) occ.high_point = "   ";
                      if (type >= 1 && type <= 6) occ.high_point[static_cast<std::size_t>(k - 'g')] = "RIASEC"[type - 1];
                  }
              });
    if (!ok) return ok;
    for (auto& occ : raw.onet) occ.high_point.erase(std::remove(occ.high_point.begin(), occ.high_point.end(), ' '), occ.high_point.end());
    ok = each("Job Zones.tsv", {"O*NET-SOC Code", "Job Zone"},
              [](RawOnetOccupation& occ, const Table& t, const Columns& c, std::size_t r) {
                  if (auto v = parse_number(t.at(r, c["Job Zone"]))) occ.job_zone = static_cast<int>(*v);
              });
    if (!ok) return ok;
    for (auto [file, member] : {std::pair{"Skills.tsv", &RawOnetOccupation::skills},
                                std::pair{"Knowledge.tsv", &RawOnetOccupation::knowledge}}) {
        ok = each(file, {"O*NET-SOC Code", "Element Name", "Scale ID", "Data Value"},
                  [member = member](RawOnetOccupation& occ, const Table& t, const Columns& c, std::size_t r) {
                      if (t.at(r, c["Scale ID"]) != "IM") return;
                      if (auto v = parse_number(t.at(r, c["Data Value"])))
                          (occ.*member).emplace_back(trim(t.at(r, c["Element Name"])), *v);
                  });
        if (!ok) return ok;
    }
    for (auto& occ : raw.onet)
        for (auto* list : {&occ.skills, &occ.knowledge})
            std::stable_sort(list->begin(), list->end(), [](const auto& a, const auto& b) { return a.second > b.second; });
    {
        OMETER_TRY(t, Table::read(dir + "/onet_online/All_Bright_Outlook_Occupations.csv", ','));
        OMETER_TRY(c, Columns::require(t, {"Code", "Categories"}));
        for (std::size_t r = 0; r < t.size(); ++r) {
            std::vector<std::string> cats;
            std::string cell = t.at(r, c["Categories"]);
            std::size_t start = 0;
            while (start <= cell.size()) {
                std::size_t end = cell.find(';', start);
                if (end == std::string::npos) end = cell.size();
                std::string cat = trim(cell.substr(start, end - start));
                if (!cat.empty()) cats.push_back(cat);
                start = end + 1;
            }
            raw.bright_outlook[t.at(r, c["Code"])] = cats;
        }
    }
    return true;
}

Result<bool> load_bls(const std::string& dir, RawData& raw) {
    {
        OMETER_TRY(t, Table::read(dir + "/bls/oews_national_M2024.tsv"));
        OMETER_TRY(c, Columns::require(t, {"OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "A_MEDIAN", "A_PCT10",
                                           "A_PCT25", "A_PCT75", "A_PCT90", "A_MEAN", "H_MEDIAN", "H_PCT10",
                                           "H_PCT90", "MEAN_PRSE", "ANNUAL", "HOURLY"}));
        for (std::size_t r = 0; r < t.size(); ++r) {
            const std::string& group = t.at(r, c["O_GROUP"]);
            if (group != "detailed" && group != "broad" && group != "total") continue;
            RawBlsWage w;
            w.code = t.at(r, c["OCC_CODE"]);
            w.title = trim(t.at(r, c["OCC_TITLE"]));
            w.employment = parse_number(t.at(r, c["TOT_EMP"]));
            w.a_median = parse_number(t.at(r, c["A_MEDIAN"]));
            w.a_p10 = parse_number(t.at(r, c["A_PCT10"]));
            w.a_p25 = parse_number(t.at(r, c["A_PCT25"]));
            w.a_p75 = parse_number(t.at(r, c["A_PCT75"]));
            w.a_p90 = parse_number(t.at(r, c["A_PCT90"]));
            w.a_mean = parse_number(t.at(r, c["A_MEAN"]));
            w.h_median = parse_number(t.at(r, c["H_MEDIAN"]));
            w.h_p10 = parse_number(t.at(r, c["H_PCT10"]));
            w.h_p90 = parse_number(t.at(r, c["H_PCT90"]));
            w.mean_prse = parse_number(t.at(r, c["MEAN_PRSE"]));
            w.annual_only = t.at(r, c["ANNUAL"]) == "TRUE";
            w.hourly_only = t.at(r, c["HOURLY"]) == "TRUE";
            w.median_top_coded = t.at(r, c["A_MEDIAN"]) == "#";
            w.p90_top_coded = t.at(r, c["A_PCT90"]) == "#";
            if (group == "total") raw.bls_all_occupations = w;
            else raw.bls_wages.push_back(std::move(w));
        }
    }
    {
        OMETER_TRY(t, Table::read(dir + "/bls/ep_table_1_2_occupational_projections_2024_34.tsv"));
        const char* code_col = "2024 National Employment Matrix code";
        OMETER_TRY(c, Columns::require(t, {"2024 National Employment Matrix title", code_col, "Occupation type",
                                           "Employment, 2024", "Employment, 2034",
                                           "Employment change, percent, 2024\xE2\x80\x93" "34",
                                           "Occupational openings, 2024\xE2\x80\x93" "34 annual average",
                                           "Typical education needed for entry",
                                           "Work experience in a related occupation", "Typical on-the-job training needed to attain competency in the occupation"}));
        for (std::size_t r = 0; r < t.size(); ++r) {
            if (t.at(r, c["Occupation type"]) != "Line item" && t.at(r, c[code_col]) != "00-0000") continue;
            RawBlsProjection p;
            p.code = t.at(r, c[code_col]);
            p.title = trim(t.at(r, c["2024 National Employment Matrix title"]));
            p.emp_2024 = parse_number(t.at(r, c["Employment, 2024"]));
            p.emp_2034 = parse_number(t.at(r, c["Employment, 2034"]));
            p.change_pct = parse_number(t.at(r, c["Employment change, percent, 2024\xE2\x80\x93" "34"]));
            p.openings = parse_number(t.at(r, c["Occupational openings, 2024\xE2\x80\x93" "34 annual average"]));
            auto text = [&](const char* col) {
                std::string v = trim(t.at(r, c[col]));
                return v == "\xE2\x80\x94" ? std::string() : v;  // em dash: not available
            };
            p.education = text("Typical education needed for entry");
            p.experience = text("Work experience in a related occupation");
            p.training = text("Typical on-the-job training needed to attain competency in the occupation");
            raw.bls_projections.push_back(std::move(p));
        }
    }
    return true;
}

Result<bool> load_crosswalks(const std::string& dir, RawData& raw) {
    const std::string x = dir + "/crosswalks/";
    {
        OMETER_TRY(t, Table::read(x + "uk_soc2020_to_isco08_from_coding_index.tsv"));
        OMETER_TRY(c, Columns::require(t, {"soc2020_code", "isco08_code", "n_index_entries", "share_of_soc2020_entries"}));
        for (std::size_t r = 0; r < t.size(); ++r)
            raw.soc2020_isco08.push_back({t.at(r, c["soc2020_code"]), t.at(r, c["isco08_code"]),
                                          static_cast<int>(parse_number(t.at(r, c["n_index_entries"])).value_or(0)),
                                          parse_number(t.at(r, c["share_of_soc2020_entries"])).value_or(0)});
    }
    {
        OMETER_TRY(t, Table::read(x + "bls_isco08_to_soc2010_crosswalk.tsv"));
        OMETER_TRY(c, Columns::require(t, {"isco08_code", "part", "soc2010_code"}));
        for (std::size_t r = 0; r < t.size(); ++r)
            raw.isco08_soc2010.push_back({t.at(r, c["isco08_code"]), t.at(r, c["soc2010_code"]),
                                          t.at(r, c["part"]) == "*"});
    }
    {
        OMETER_TRY(t, Table::read(x + "onet_soc2010_to_onet_soc2019_crosswalk.tsv"));
        OMETER_TRY(c, Columns::require(t, {"O*NET-SOC 2010 Code", "O*NET-SOC 2019 Code"}));
        for (std::size_t r = 0; r < t.size(); ++r)
            raw.onet2010_to_2019.push_back({t.at(r, c["O*NET-SOC 2010 Code"]), t.at(r, c["O*NET-SOC 2019 Code"])});
    }
    {
        OMETER_TRY(t, Table::read(x + "nesta_esco_onet_crosswalk_Nov2020.csv", ','));
        OMETER_TRY(c, Columns::require(t, {"esco_occupation", "isco_code", "onet_code", "semantic_similarity", "confidence"}));
        for (std::size_t r = 0; r < t.size(); ++r) {
            std::string isco = t.at(r, c["isco_code"]);
            while (!isco.empty() && isco.size() < 4) isco = "0" + isco;
            raw.nesta.push_back({isco, t.at(r, c["onet_code"]), trim(t.at(r, c["esco_occupation"])),
                                 parse_number(t.at(r, c["confidence"])).value_or(0),
                                 parse_number(t.at(r, c["semantic_similarity"])).value_or(0)});
        }
    }
    return true;
}

}  // namespace

const RawAsheRow* RawAsheYear::find(const std::string& table, const std::string& sheet, const std::string& soc) const {
    auto it = rows.find(table + "|" + sheet + "|" + soc);
    return it == rows.end() ? nullptr : &it->second;
}

const RawOnetOccupation* RawData::find_onet(const std::string& code) const {
    auto it = std::lower_bound(onet.begin(), onet.end(), code,
                               [](const RawOnetOccupation& o, const std::string& c) { return o.code < c; });
    return it != onet.end() && it->code == code ? &*it : nullptr;
}

std::string natural_word_order(const std::string& indexocc) {
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= indexocc.size()) {
        std::size_t end = indexocc.find(',', start);
        if (end == std::string::npos) end = indexocc.size();
        std::string p = trim(indexocc.substr(start, end - start));
        if (!p.empty()) parts.push_back(p);
        start = end + 1;
    }
    if (parts.empty()) return {};
    std::string out;
    for (std::size_t i = parts.size(); i-- > 1;) {
        out += parts[i];
        out += ' ';
    }
    out += parts[0];
    // Sentence case: capitalise the first letter, lower-case the head word's capital if it moved.
    if (parts.size() > 1) {
        std::size_t head = out.size() - parts[0].size();
        if (head < out.size() && std::isupper(static_cast<unsigned char>(out[head])) &&
            (parts[0].size() < 2 || !std::isupper(static_cast<unsigned char>(out[head + 1]))))
            out[head] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[head])));
        out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    }
    return out;
}

Result<RawData> load_raw(const std::string& dir) {
    RawData raw;
    for (auto* step : {&load_uk_groups, &load_uk_structure, &load_index, &load_ashe, &load_aps, &load_onet,
                       &load_bls, &load_crosswalks}) {
        auto ok = step(dir, raw);
        if (!ok) return Error{ok.error()};
    }
    std::sort(raw.onet.begin(), raw.onet.end(),
              [](const RawOnetOccupation& a, const RawOnetOccupation& b) { return a.code < b.code; });
    return raw;
}

}  // namespace ometer::pack
