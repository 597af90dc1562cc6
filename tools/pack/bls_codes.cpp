// The O*NET -> BLS code rule; see bls_codes.hpp.
#include "tools/pack/bls_codes.hpp"

#include <vector>

#include "core/text.hpp"

namespace ometer::pack {

std::optional<BlsMatch> match_bls_code(const std::string& onet_code, const std::string& onet_title,
                                       const std::map<std::string, std::string>& published,
                                       const std::set<std::string>& onet_socs) {
    const std::string soc = onet_code.substr(0, 7);
    if (auto it = published.find(soc); it != published.end()) {
        const bool own = onet_code.size() == 10 && onet_code.compare(7, 3, ".00") == 0 && fold(onet_title) == fold(it->second);
        if (own) return BlsMatch{soc, {}};
        return BlsMatch{soc, {FigureOrigin::group, soc, it->second}};
    }
    if (soc.size() != 7) return std::nullopt;
    const std::string broad = soc.substr(0, 6) + "0";
    if (auto it = published.find(broad); it != published.end())
        return BlsMatch{broad, {FigureOrigin::aggregate, broad, it->second}};
    std::vector<std::pair<std::string, std::string>> uncarried;
    for (auto it = published.lower_bound(soc.substr(0, 6)); it != published.end() && it->first.compare(0, 6, soc, 0, 6) == 0; ++it)
        if (!onet_socs.count(it->first)) uncarried.push_back(*it);
    if (uncarried.size() != 1) return std::nullopt;
    return BlsMatch{uncarried[0].first, {FigureOrigin::aggregate, uncarried[0].first, uncarried[0].second}};
}

}  // namespace ometer::pack
