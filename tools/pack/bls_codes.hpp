// Which BLS code carries an O*NET occupation's figures (OEWS pay and jobs, Employment Projections), and
// whether those figures are the occupation's own, its whole 6-digit group's, or an aggregate's that BLS
// publishes instead of the occupation's code. The rule is documented in assets/data/README.md.
#pragma once

#include <map>
#include <optional>
#include <set>
#include <string>

#include "core/model.hpp"

namespace ometer::pack {

struct BlsMatch {
    std::string code;  // the BLS code whose figures to use
    FiguresFrom from;  // own (code and title empty), group or aggregate (with the BLS code and title)
};

// `published`: every code BLS publishes figures for (OEWS detailed rows, or EP line items) -> its title.
// `onet_socs`: the 6-digit SOC codes O*NET has occupations under (the first 7 characters of every O*NET-SOC
// code, with or without interest data).
//   - The occupation's 6-digit code is published: a ".00" occupation whose title is BLS's title for the code
//     has its own figures (BLS's group is that occupation; every such pair in O*NET 30.2 and OEWS May 2025
//     has the same title); any other occupation under the code (O*NET's specialties, .01-.11) carries the
//     whole group's figures.
//   - It is not: BLS publishes the occupations of some SOC broad groups (the code's first five digits,
//     XX-XXX0) only together. The aggregate is the broad group's code itself when BLS publishes it as an
//     occupation (31-1120 for 31-1121 and 31-1122), else the one published code of the broad group that no
//     O*NET occupation carries (21-1018 for 21-1011 and 21-1014). No such code, or more than one: nothing.
std::optional<BlsMatch> match_bls_code(const std::string& onet_code, const std::string& onet_title,
                                       const std::map<std::string, std::string>& published,
                                       const std::set<std::string>& onet_socs);

}  // namespace ometer::pack
