// The UK SOC 2020 -> O*NET-SOC 2019 crosswalk, built from the evidence in RawData (classification chains
// through ISCO-08 plus title and text similarity) and a small reviewed overrides file.
#pragma once

#include <string>
#include <vector>

#include "core/result.hpp"
#include "tools/pack/raw.hpp"

namespace ometer::pack {

struct CrosswalkRow {
    std::string soc2020;    // "5241"
    std::string onet_code;  // "47-2111.00"
    double weight = 0;      // share of the unit group; a unit group's weights sum to 1
    std::string evidence;   // short, human-readable: "isco-chain 0.62; titles 0.30 (Electrician); override"
};

// One reviewed correction: force (weight > 0) or forbid (weight == 0) a pair.
struct CrosswalkOverride {
    std::string soc2020, onet_code;
    double weight = 0;
    std::string reason;
};

// Reads the overrides TSV (columns soc2020, onet_code, weight, reason; '#' lines are comments).
Result<std::vector<CrosswalkOverride>> read_crosswalk_overrides(const std::string& path);

// Every UK unit group gets its strongest links (at most a handful), strongest first, weights summing to 1.
// Unit groups without any evidence get no rows. Deterministic for the same inputs.
std::vector<CrosswalkRow> build_crosswalk(const RawData& raw, const std::vector<CrosswalkOverride>& overrides);

// The key the crosswalk matches job titles on: the words' spelling keys with the UK/US job words of the
// core's spelling table (core/text.hpp, title_word_key), fillers dropped, sorted, parenthesised parts
// ignored ("Teacher of English" and "English teachers" share one). Empty for a lone word of 3 letters or
// fewer, usually an abbreviation that means different things on each side.
std::string title_key(const std::string& title);

// TSV with header soc2020, onet_code, weight, evidence; weights with 4 decimals; sorted by soc2020 then weight.
std::string crosswalk_to_tsv(const std::vector<CrosswalkRow>& rows);

}  // namespace ometer::pack
