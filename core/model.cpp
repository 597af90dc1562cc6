// Small helpers of the data model: enum names, reliability bands, lookups by code.
#include "core/model.hpp"

#include <cctype>
#include <utility>

namespace ometer {

namespace {
bool equals_ignore_case(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i)
        if (std::tolower(static_cast<unsigned char>(a[i])) != std::tolower(static_cast<unsigned char>(b[i])))
            return false;
    return true;
}
}  // namespace

std::string_view region_name(Region r) { return r == Region::uk ? "uk" : "us"; }

std::optional<Region> parse_region(std::string_view text) {
    if (equals_ignore_case(text, "uk")) return Region::uk;
    if (equals_ignore_case(text, "us")) return Region::us;
    return std::nullopt;
}

std::string_view reliability_name(Reliability r) {
    switch (r) {
        case Reliability::precise: return "precise";
        case Reliability::reasonable: return "reasonable";
        case Reliability::acceptable: return "acceptable";
        case Reliability::unreliable: return "unreliable";
        case Reliability::unknown: break;
    }
    return "unknown";
}

std::optional<Reliability> parse_reliability(std::string_view text) {
    for (Reliability r : {Reliability::unknown, Reliability::precise, Reliability::reasonable,
                          Reliability::acceptable, Reliability::unreliable})
        if (reliability_name(r) == text) return r;
    return std::nullopt;
}

Reliability reliability_from_cv(std::optional<double> cv) {
    if (!cv) return Reliability::unknown;
    if (*cv <= 5) return Reliability::precise;
    if (*cv <= 10) return Reliability::reasonable;
    if (*cv <= 20) return Reliability::acceptable;
    return Reliability::unreliable;
}

std::string_view riasec_name(int type) {
    static constexpr std::string_view names[] = {"Realistic", "Investigative", "Artistic",
                                                 "Social",    "Enterprising",  "Conventional"};
    return type >= 0 && type < kRiasecCount ? names[type] : std::string_view{};
}

std::optional<int> riasec_from_letter(char letter) {
    char upper = static_cast<char>(std::toupper(static_cast<unsigned char>(letter)));
    for (int i = 0; i < kRiasecCount; ++i)
        if (kRiasecLetters[static_cast<std::size_t>(i)] == upper) return i;
    return std::nullopt;
}

std::string_view title_kind_name(TitleKind k) {
    switch (k) {
        case TitleKind::official: return "official";
        case TitleKind::index: return "index";
        case TitleKind::related: return "related";
        case TitleKind::everyday: return "everyday";
        case TitleKind::onet_alternate: return "onet_alternate";
        case TitleKind::onet_reported: return "onet_reported";
        case TitleKind::uk_equivalent: return "uk_equivalent";
    }
    return "index";
}

std::optional<TitleKind> parse_title_kind(std::string_view text) {
    for (TitleKind k : {TitleKind::official, TitleKind::index, TitleKind::related, TitleKind::everyday,
                        TitleKind::onet_alternate, TitleKind::onet_reported, TitleKind::uk_equivalent})
        if (title_kind_name(k) == text) return k;
    return std::nullopt;
}

std::string_view stat_name(Stat s) {
    switch (s) {
        case Stat::p10: return "p10";
        case Stat::p25: return "p25";
        case Stat::median: return "median";
        case Stat::p75: return "p75";
        case Stat::p90: return "p90";
        case Stat::mean: break;
    }
    return "mean";
}

std::optional<Stat> parse_stat(std::string_view text) {
    for (Stat s : {Stat::p10, Stat::p25, Stat::median, Stat::p75, Stat::p90, Stat::mean})
        if (stat_name(s) == text) return s;
    return std::nullopt;
}

const std::optional<double>& Measure::get(Stat s) const {
    switch (s) {
        case Stat::p10: return p10;
        case Stat::p25: return p25;
        case Stat::median: return median;
        case Stat::p75: return p75;
        case Stat::p90: return p90;
        case Stat::mean: break;
    }
    return mean;
}

std::optional<double>& Measure::get(Stat s) { return const_cast<std::optional<double>&>(std::as_const(*this).get(s)); }

std::string_view figure_origin_name(FigureOrigin o) {
    switch (o) {
        case FigureOrigin::group: return "group";
        case FigureOrigin::aggregate: return "aggregate";
        case FigureOrigin::own: break;
    }
    return "own";
}

std::optional<FigureOrigin> parse_figure_origin(std::string_view text) {
    for (FigureOrigin o : {FigureOrigin::own, FigureOrigin::group, FigureOrigin::aggregate})
        if (figure_origin_name(o) == text) return o;
    return std::nullopt;
}

const Occupation* Bundle::find(std::string_view code) const {
    auto i = index_of(code);
    return i ? &occupations[*i] : nullptr;
}

std::optional<std::size_t> Bundle::index_of(std::string_view code) const {
    auto it = by_code_.find(std::string(code));
    if (it == by_code_.end()) return std::nullopt;
    return it->second;
}

const Source* Bundle::source_for(std::string_view field) const {
    auto it = field_sources.find(std::string(field));
    if (it == field_sources.end()) return nullptr;
    // A field may name several sources ("onet-30.2 ometer-crosswalk"): the first is the figure's own.
    std::string_view first = it->second;
    first = first.substr(0, first.find(' '));
    for (const auto& s : sources)
        if (s.id == first) return &s;
    return nullptr;
}

std::string Bundle::source_id_for(std::string_view field) const {
    auto it = field_sources.find(std::string(field));
    return it == field_sources.end() ? std::string() : it->second;
}

void Bundle::rebuild_lookup() {
    by_code_.clear();
    by_code_.reserve(occupations.size());
    for (std::size_t i = 0; i < occupations.size(); ++i) by_code_.emplace(occupations[i].code, i);
}

}  // namespace ometer
