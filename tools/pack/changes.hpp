// The change report written next to the bundles (assets/data/CHANGES.md): what moved between the releases
// the data was built from before and the ones it is built from now, and the UK trend evidence recomputed.
// Generated and deterministic, like the bundles; a maintainer reviews it with every data release.
#pragma once

#include <string>

#include "tools/pack/pack.hpp"
#include "tools/pack/trends.hpp"

namespace ometer::pack {

// A profile "moved" when one of its six scores changed by at least this much (O*NET's 1-7 scale).
inline constexpr double kProfileMoved = 0.5;
// Lists in the report stop after this many rows (the counts are always complete).
inline constexpr std::size_t kReportListCap = 30;

struct ReleaseBuild {
    const RawData& raw;
    const UkBuild& uk;
    const UsBuild& us;
};

std::string change_report(const ReleaseBuild& before, const ReleaseBuild& now, const TrendEvidence& trends,
                          const TrendEvidence& trends_smaller_aps_sample);

}  // namespace ometer::pack
