// Every source dataset with the credit line its licence requires (see ../shared/data/SOURCES.md).
// These travel inside each bundle and are shown in the widgets' about panels and the README.
#include "tools/pack/pack.hpp"

namespace ometer::pack::sources {

namespace {
constexpr const char* kOgl = "Open Government Licence v3.0";
constexpr const char* kOglCredit =
    "Contains public sector information licensed under the Open Government Licence v3.0. Source: Office for "
    "National Statistics.";
// O*NET's attribution names the release used.
std::string onet_credit(const std::string& release) {
    return "This product incorporates information from the O*NET " + release +
           " Database by the U.S. Department of Labor, Employment and Training Administration (USDOL/ETA). Used under "
           "the CC BY 4.0 license. O*NET\xC2\xAE is a trademark of USDOL/ETA. Our data has been modified (combined, "
           "summarised and mapped to UK occupations); USDOL/ETA has not approved, endorsed, or tested these "
           "modifications.";
}

// O*NET database releases the pipeline knows, with their month.
std::string onet_release_date(const std::string& release) {
    if (release == "30.2") return "February 2026";
    if (release == "29.3") return "May 2025";
    return "";
}

}  // namespace

Source ons_soc2020(const std::string& coding_index) {
    return {"ons-soc2020", "ONS Standard Occupational Classification 2020 (Volume 1 descriptions, Volume 2 coding index)",
            "2020; coding index " + coding_index, kOgl, kOglCredit,
            "https://www.ons.gov.uk/methodology/classificationsandstandards/standardoccupationalclassificationsoc/soc2020"};
}

Source ashe(int year) {
    std::string y = std::to_string(year);
    return {"ashe-" + y, "ONS Annual Survey of Hours and Earnings (ASHE) " + y + " provisional, Table 14 (SOC 2020)", y, kOgl,
            kOglCredit,
            "https://www.ons.gov.uk/employmentandlabourmarket/peopleinwork/earningsandworkinghours/datasets/"
            "occupation4digitsoc2010ashetable14"};
}

Source aps() {
    return {"aps-2021-2024",
            "ONS Annual Population Survey: employment by 4-digit SOC 2020 and industry, UK, 2021 to 2024", "2021-2024",
            kOgl, kOglCredit, "https://www.ons.gov.uk/employmentandlabourmarket/peopleinwork/employmentandemployeetypes"};
}

Source aps_people(int year) {
    std::string y = std::to_string(year);
    return {"aps-" + y,
            "ONS Annual Population Survey " + y + ": people in employment by 4-digit SOC 2020 (sum of industry cells), UK",
            y, kOgl, kOglCredit, "https://www.ons.gov.uk/employmentandlabourmarket/peopleinwork/employmentandemployeetypes"};
}

Source onet(const std::string& release) {
    const std::string date = onet_release_date(release);
    const std::string year = date.size() >= 4 ? date.substr(date.size() - 4) : "";
    return {"onet-" + release, "O*NET " + release + " Database" + (date.empty() ? "" : " (" + date + ")"), year, "CC BY 4.0",
            onet_credit(release), "https://www.onetcenter.org/database.html"};
}

Source onet_skills(const std::string& release) {
    Source s = onet(release);
    s.name += ": skills and knowledge, which the newer release's files used here do not include";
    return s;
}

Source onet_bright_outlook() {
    return {"onet-bright-outlook", "O*NET OnLine Bright Outlook occupations", "2024-2025", "CC BY 4.0",
            "Bright Outlook occupations from O*NET OnLine by the U.S. Department of Labor, Employment and Training "
            "Administration (USDOL/ETA), used under the CC BY 4.0 license. O*NET\xC2\xAE is a trademark of USDOL/ETA.",
            "https://www.onetonline.org/find/bright"};
}

Source onet_interest_profiler() {
    return {"onet-interest-profiler", "O*NET Interest Profiler Short Form items (USDOL/ETA)", "2015; wording updated",
            "CC BY 4.0",
            "Quiz statements from the O*NET Interest Profiler Short Form by the U.S. Department of Labor, Employment "
            "and Training Administration (USDOL/ETA), used under the CC BY 4.0 license. O*NET\xC2\xAE is a "
            "trademark of USDOL/ETA. USDOL/ETA has not approved, endorsed, or tested this quiz.",
            "https://www.onetcenter.org/IP.html"};
}

Source bls_oews(int year) {
    const std::string y = std::to_string(year);
    return {"bls-oews-" + y, "U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics, May " + y, y,
            "Public domain (U.S. government work)",
            "Source: U.S. Bureau of Labor Statistics, Occupational Employment and Wage Statistics (May " + y + ").",
            "https://www.bls.gov/oes/"};
}

Source bls_projections() {
    return {"bls-ep-2024-34", "U.S. Bureau of Labor Statistics, Employment Projections 2024-34", "2024-2034",
            "Public domain (U.S. government work)",
            "Source: U.S. Bureau of Labor Statistics, Employment Projections program (2024-34).",
            "https://www.bls.gov/emp/"};
}

Source crosswalk() {
    return {"ometer-crosswalk",
            "UK SOC 2020 to O*NET-SOC crosswalk built by this project from ONS coding-index ISCO-08 codes, the BLS "
            "ISCO-08/SOC 2010 crosswalk, O*NET taxonomy crosswalks, the Nesta ESCO-O*NET crosswalk and title matching",
            "2026", "CC BY 4.0 (derived work)",
            "UK interest profiles, skills and Job Zones are estimated by mapping SOC 2020 unit groups to O*NET "
            "occupations. Crosswalk inputs: ONS (OGL v3.0); BLS (public domain); O*NET (CC BY 4.0); Nesta Mapping "
            "Career Causeways (MIT, \xC2\xA9 2021 Nesta) with ESCO (\xC2\xA9 European Union, CC BY 4.0); ISCO-08 "
            "(\xC2\xA9 International Labour Organization).",
            ""};
}

}  // namespace ometer::pack::sources
