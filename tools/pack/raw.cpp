// Loads ../shared/data (see SOURCES.md there) into RawData. Every file is read once; a missing file or
// column is an error naming it, so a changed upstream layout fails the pipeline instead of shipping gaps.
// Long because it reads ~20 source files, each with its own layout; each reader is a short function of its own.
#include "tools/pack/raw.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <nlohmann/json.hpp>
#include <unordered_map>

#include "core/text.hpp"
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

// The coding index. Current: Version 13, one file with qualifiers, extended codes and ISCO-08. Previous:
// the February 2020 index (qualifiers, ISCO-08) and the titles ONS added up to October 2024 (an extract
// without qualifiers or ISCO-08 codes).
Result<bool> load_index(const std::string& dir, RawData& raw) {
    if (raw.edition == Edition::current) {
        raw.coding_index = "Version 13 (3 December 2025)";
        OMETER_TRY(t, Table::read(dir + "/uk/ons_soc2020_coding_index_v13_2025-12-03.tsv"));
        OMETER_TRY(c, Columns::require(t, {"SOC_2020", "SOC_2020_ext", "SOC2020_ext_SUG_title", "INDEXOCC", "ADD",
                                           "IND", "ISCO-08 code based on SOC2020"}));
        for (std::size_t r = 0; r < t.size(); ++r) {
            const std::string& soc = t.at(r, c["SOC_2020"]);
            if (!is_soc2020_code(soc)) continue;  // "see" cross-references carry }}}} instead of a code
            RawIndexEntry e{soc,
                            trim(t.at(r, c["SOC_2020_ext"])),
                            trim(t.at(r, c["SOC2020_ext_SUG_title"])),
                            natural_word_order(trim(t.at(r, c["INDEXOCC"]))),
                            trim(t.at(r, c["ADD"])),
                            trim(t.at(r, c["IND"])),
                            trim(t.at(r, c["ISCO-08 code based on SOC2020"]))};
            if (!e.natural.empty()) raw.index.push_back(std::move(e));
        }
    } else {
        raw.coding_index = "February 2020, with titles to October 2024";
        {
            OMETER_TRY(t, Table::read(dir + "/uk/ons_soc2020_coding_index_v2020-02.tsv"));
            OMETER_TRY(c, Columns::require(t, {"SOC 2020", "INDEXOCC", "ADD", "IND", "ISCO-08 code based on SOC2020"}));
            for (std::size_t r = 0; r < t.size(); ++r) {
                const std::string& soc = t.at(r, c["SOC 2020"]);
                if (!is_soc2020_code(soc)) continue;
                RawIndexEntry e{soc, "", "", natural_word_order(trim(t.at(r, c["INDEXOCC"]))), trim(t.at(r, c["ADD"])),
                                trim(t.at(r, c["IND"])), trim(t.at(r, c["ISCO-08 code based on SOC2020"]))};
                if (!e.natural.empty()) raw.index.push_back(std::move(e));
            }
        }
        OMETER_TRY(t, Table::read(dir + "/uk/ons_soc2020_coding_index_v2024-10_titles.tsv"));
        OMETER_TRY(c, Columns::require(t, {"SOC_2020_ext", "SOC2020_ext_SUG_title", "INDEXOCC_natural_word_order"}));
        for (std::size_t r = 0; r < t.size(); ++r) {
            const std::string& ext = t.at(r, c["SOC_2020_ext"]);
            std::string soc = ext.substr(0, 4);
            if (!is_soc2020_code(soc)) continue;
            RawIndexEntry e{soc, ext, trim(t.at(r, c["SOC2020_ext_SUG_title"])),
                            trim(t.at(r, c["INDEXOCC_natural_word_order"])), "", "", ""};
            if (!e.natural.empty()) raw.index.push_back(std::move(e));
        }
    }
    raw.soc2020_isco08 = soc2020_isco08_from_index(raw.index);
    OMETER_TRY(t, Table::read(dir + "/uk/ons_soc2020_coding_index_acronyms.tsv"));
    OMETER_TRY(c, Columns::require(t, {"abbreviation", "meaning"}));
    for (std::size_t r = 0; r < t.size(); ++r) raw.acronyms[trim(t.at(r, c["abbreviation"]))] = trim(t.at(r, c["meaning"]));
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
        std::vector<std::optional<double>> cells;
        for (std::size_t col = 3; col < t.header().size(); ++col) {
            cells.push_back(parse_number(t.at(r, col)));
            if (cells.back()) {
                sum += *cells.back();
                any = true;
            } else if (trim(t.at(r, col)) == "*") {
                suppressed = true;
            }
        }
        if (!any) continue;
        const int y = static_cast<int>(*year);
        raw.aps_cells[soc][y] = std::move(cells);
        raw.aps_employment[soc][y] = sum;
        if (suppressed) raw.aps_partial.insert({soc, y});
    }
    return true;
}

Result<bool> load_onet(const std::string& dir, RawData& raw) {
    raw.onet_release = raw.edition == Edition::current ? "30.2" : "29.3";
    raw.onet_skills_release = "29.3";  // 30.2's Skills and Knowledge files are not in the raw data
    const std::string o = dir + "/onet_" + (raw.edition == Edition::current ? "30_2" : "29_3") + "/";
    const std::string skills_dir = dir + "/onet_29_3/";
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
    auto each_in = [&](const std::string& folder, const std::string& file, std::initializer_list<std::string_view> cols,
                       auto&& fn) -> Result<bool> {
        OMETER_TRY(t, Table::read(folder + file));
        OMETER_TRY(c, Columns::require(t, cols));
        std::size_t code_col = c["O*NET-SOC Code"];
        for (std::size_t r = 0; r < t.size(); ++r) {
            auto it = at.find(t.at(r, code_col));
            if (it != at.end()) fn(raw.onet[it->second], t, c, r);
        }
        return true;
    };
    auto each = [&](const std::string& file, std::initializer_list<std::string_view> cols, auto&& fn) {
        return each_in(o, file, cols, fn);
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
                  if (!s.empty() && s != "n/a") occ.alternate_titles.push_back(s);  // the text edition's "none"
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
        ok = each_in(skills_dir, file, {"O*NET-SOC Code", "Element Name", "Scale ID", "Data Value"},
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
    std::unordered_map<std::string, std::pair<int, double>> modal;  // code -> (category, percent)
    ok = each("Education, Training, and Experience.tsv", {"O*NET-SOC Code", "Scale ID", "Category", "Data Value"},
              [&](RawOnetOccupation& occ, const Table& t, const Columns& c, std::size_t r) {
                  if (t.at(r, c["Scale ID"]) != "RL") return;
                  auto category = parse_number(t.at(r, c["Category"]));
                  auto percent = parse_number(t.at(r, c["Data Value"]));
                  if (!category || !percent || *percent <= 0) return;
                  auto [it, fresh] = modal.try_emplace(occ.code, static_cast<int>(*category), *percent);
                  if (!fresh && (*percent > it->second.second ||
                                 (*percent == it->second.second && *category < it->second.first)))
                      it->second = {static_cast<int>(*category), *percent};
              });
    if (!ok) return ok;
    for (auto& occ : raw.onet)
        if (auto it = modal.find(occ.code); it != modal.end()) occ.education_level = it->second.first;
    ok = each("Related Occupations.tsv", {"O*NET-SOC Code", "Related O*NET-SOC Code", "Relatedness Tier", "Index"},
              [](RawOnetOccupation& occ, const Table& t, const Columns& c, std::size_t r) {
                  auto index = parse_number(t.at(r, c["Index"]));
                  occ.related.push_back({t.at(r, c["Related O*NET-SOC Code"]), trim(t.at(r, c["Relatedness Tier"])),
                                         index ? static_cast<int>(*index) : 0});
              });
    if (!ok) return ok;
    // O*NET's own order: Primary-Short, Primary-Long, Supplemental, each by index.
    auto tier_rank = [](const std::string& tier) { return tier == "Primary-Short" ? 0 : tier == "Primary-Long" ? 1 : 2; };
    for (auto& occ : raw.onet)
        std::stable_sort(occ.related.begin(), occ.related.end(), [&](const RawRelated& a, const RawRelated& b) {
            return tier_rank(a.tier) != tier_rank(b.tier) ? tier_rank(a.tier) < tier_rank(b.tier) : a.index < b.index;
        });
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

// OEWS "#" thresholds by release, from BLS's notes for each release. May 2025 has no "#" cell (the pipeline
// counts them and the change report shows the largest published values); a "#" in a release not listed here
// is an error rather than a guess.
std::optional<OewsTopCode> oews_top_code(int year) {
    if (year == 2024) return OewsTopCode{239200, 115.00};
    return std::nullopt;
}

Result<bool> load_oews(const std::string& dir, RawData& raw) {
    raw.oews_year = raw.edition == Edition::current ? 2025 : 2024;
    raw.oews_top_code = oews_top_code(raw.oews_year);
    const std::string path = dir + "/bls/oews_national_M" + std::to_string(raw.oews_year) + ".tsv";
    OMETER_TRY(t, Table::read(path));
    static constexpr std::array<const char*, 6> kAnnual = {"A_PCT10", "A_PCT25", "A_MEDIAN", "A_PCT75", "A_PCT90", "A_MEAN"};
    static constexpr std::array<const char*, 6> kHourly = {"H_PCT10", "H_PCT25", "H_MEDIAN", "H_PCT75", "H_PCT90", "H_MEAN"};
    OMETER_TRY(c, Columns::require(t, {"OCC_CODE", "OCC_TITLE", "O_GROUP", "TOT_EMP", "MEAN_PRSE", "ANNUAL", "HOURLY",
                                       kAnnual[0], kAnnual[1], kAnnual[2], kAnnual[3], kAnnual[4], kAnnual[5],
                                       kHourly[0], kHourly[1], kHourly[2], kHourly[3], kHourly[4], kHourly[5]}));
    for (std::size_t r = 0; r < t.size(); ++r) {
        const std::string& group = t.at(r, c["O_GROUP"]);
        if (group != "detailed" && group != "total") continue;
        RawBlsWage w;
        w.code = t.at(r, c["OCC_CODE"]);
        w.title = trim(t.at(r, c["OCC_TITLE"]));
        w.employment = parse_number(t.at(r, c["TOT_EMP"]));
        w.mean_prse = parse_number(t.at(r, c["MEAN_PRSE"]));
        w.annual_only = t.at(r, c["ANNUAL"]) == "TRUE";
        w.hourly_only = t.at(r, c["HOURLY"]) == "TRUE";
        for (bool annual : {true, false}) {
            const auto& cols = annual ? kAnnual : kHourly;
            auto& cells = annual ? w.annual : w.hourly;
            for (std::size_t k = 0; k < cols.size(); ++k) {
                const std::string& cell = t.at(r, c[cols[k]]);
                std::string where = path + ": row " + std::to_string(r + 2) + " (" + w.code + "), " + cols[k];
                if (trim(cell) == "#") {
                    if (!raw.oews_top_code)
                        return Error{where + ": \"#\" (top-coded) but no top-coding threshold is recorded for May " +
                                     std::to_string(raw.oews_year) + "; add it from BLS's notes (raw.cpp, oews_top_code)"};
                    cells[k] = {annual ? raw.oews_top_code->annual : raw.oews_top_code->hourly, true};
                    continue;
                }
                cells[k].value = parse_number(cell);
                // A published percentile at or above the threshold would mean the threshold is wrong.
                bool percentile = k != 5;
                double cap = raw.oews_top_code ? (annual ? raw.oews_top_code->annual : raw.oews_top_code->hourly) : 0;
                if (percentile && raw.oews_top_code && cells[k].value && *cells[k].value >= cap)
                    return Error{where + ": published value " + cell + " is at or above the recorded top-coding "
                                 "threshold for May " + std::to_string(raw.oews_year)};
            }
        }
        if (group == "total") raw.bls_all_occupations = w;
        else raw.bls_wages.push_back(std::move(w));
    }
    return true;
}

Result<bool> load_bls(const std::string& dir, RawData& raw) {
    if (auto ok = load_oews(dir, raw); !ok) return ok;
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

std::string onet_education_name(int level) {
    static constexpr std::array<const char*, 12> kNames = {
        "Less than a high school diploma", "High school diploma or equivalent", "Post-secondary certificate",
        "Some college courses",            "Associate's degree",                "Bachelor's degree",
        "Post-baccalaureate certificate",  "Master's degree",                   "Post-master's certificate",
        "First professional degree",       "Doctoral degree",                   "Post-doctoral training"};
    return level >= 1 && level <= 12 ? kNames[static_cast<std::size_t>(level - 1)] : "";
}

const RawAsheRow* RawAsheYear::find(const std::string& table, const std::string& sheet, const std::string& soc) const {
    auto it = rows.find(table + "|" + sheet + "|" + soc);
    return it == rows.end() ? nullptr : &it->second;
}

const RawOnetOccupation* RawData::find_onet(const std::string& code) const {
    auto it = std::lower_bound(onet.begin(), onet.end(), code,
                               [](const RawOnetOccupation& o, const std::string& c) { return o.code < c; });
    return it != onet.end() && it->code == code ? &*it : nullptr;
}

std::vector<RawData::SocIsco> soc2020_isco08_from_index(const std::vector<RawIndexEntry>& index) {
    std::map<std::string, std::map<std::string, int>> counts;  // soc -> isco -> entries
    for (const auto& e : index)
        if (!e.isco08.empty()) ++counts[e.soc2020][e.isco08];
    std::vector<RawData::SocIsco> out;
    for (const auto& [soc, by_isco] : counts) {
        int total = 0;
        for (const auto& [isco, n] : by_isco) total += n;
        for (const auto& [isco, n] : by_isco)
            out.push_back({soc, isco, n, static_cast<double>(n) / static_cast<double>(total)});
    }
    return out;
}

std::string natural_word_order(const std::string& indexocc) {
    // "Registrar of births, deaths and marriages": the commas separate a list the head phrase began.
    if (std::size_t comma = indexocc.find(','); comma != std::string::npos &&
                                               indexocc.substr(0, comma).find(" of ") != std::string::npos &&
                                               indexocc.find(" and ", comma) != std::string::npos)
        return indexocc;
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

std::string unit_group_title(const std::string& title, const std::string& structure_title) {
    auto lower = [](std::string s) {
        for (char& ch : s) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        return s;
    };
    // "n.e.c." (not elsewhere classified) lost its last full stop in some titles of both files.
    auto nec = [](std::string s) { return s.size() > 6 && s.compare(s.size() - 6, 6, " n.e.c") == 0 ? s + "." : s; };
    if (structure_title.empty()) return nec(title);
    const std::string a = lower(title), b = lower(structure_title);
    if (a == b || a + "." == b) return nec(structure_title);
    std::map<std::string, std::string_view> spelled;  // lower case -> the structure's spelling, where it has a capital
    const std::vector<std::string_view> official = split_words(structure_title);
    for (std::size_t i = 0; i < official.size(); ++i) {
        const std::string_view w = official[i];
        const auto capital = std::find_if(w.begin() + (i == 0 ? 1 : 0), w.end(),
                                          [](char ch) { return std::isupper(static_cast<unsigned char>(ch)); });
        if (capital != w.end()) spelled.emplace(lower(std::string(w)), w);
    }
    std::string out;
    for (const std::string_view w : split_words(title)) {
        const auto it = spelled.find(lower(std::string(w)));
        out += out.empty() ? "" : " ";
        out += it != spelled.end() ? it->second : w;
    }
    return nec(out);
}

// The unit groups' titles with the structure's capitals (unit_group_title).
Result<bool> restore_group_title_case(const std::string&, RawData& raw) {
    std::map<std::string, std::string> official;
    for (const auto& s : raw.uk_structure)
        if (s.level == 4) official[s.code] = s.title;
    for (auto& g : raw.uk_groups)
        if (auto it = official.find(g.code); it != official.end()) g.title = unit_group_title(g.title, it->second);
    return true;
}

Result<RawData> load_raw(const std::string& dir, Edition edition) {
    RawData raw;
    raw.edition = edition;
    for (auto* step : {&load_uk_groups, &load_uk_structure, &restore_group_title_case, &load_index, &load_ashe,
                       &load_aps, &load_onet, &load_bls, &load_crosswalks}) {
        auto ok = step(dir, raw);
        if (!ok) return Error{ok.error()};
    }
    std::sort(raw.onet.begin(), raw.onet.end(),
              [](const RawOnetOccupation& a, const RawOnetOccupation& b) { return a.code < b.code; });
    return raw;
}

}  // namespace ometer::pack
