// The pay headline rule; see pay.hpp.
#include "core/pay.hpp"

#include <algorithm>
#include <utility>

namespace ometer {

std::string_view pay_basis_name(PayBasis b) {
    switch (b) {
        case PayBasis::all_employees_annual: return "all_employees_annual";
        case PayBasis::hourly: return "hourly";
        case PayBasis::full_time_annual: break;
    }
    return "full_time_annual";
}

namespace {

const Measure& measure_for(const Occupation& occ, PayBasis basis) {
    switch (basis) {
        case PayBasis::all_employees_annual: return occ.pay_annual;
        case PayBasis::hourly: return occ.pay_hourly;
        case PayBasis::full_time_annual: break;
    }
    return occ.pay_annual_ft;
}

// The middle half (p25-p75) where published, else most people (p10-p90), else none.
std::optional<PayRange> range_of(const Measure& m) {
    for (auto [lo, hi] : {std::pair{Stat::p25, Stat::p75}, std::pair{Stat::p10, Stat::p90}}) {
        if (!m.get(lo) || !m.get(hi)) continue;
        PayRange r;
        r.low = *m.get(lo);
        r.high = *m.get(hi);
        r.low_stat = lo;
        r.high_stat = hi;
        r.low_or_more = m.is_top_coded(lo);
        r.high_or_more = m.is_top_coded(hi);
        return r;
    }
    return std::nullopt;
}

// Which basis a job leads with; see pay.hpp for the part-time rule.
PayBasis choose_basis(const Bundle& b, const Occupation& occ, bool part_time) {
    if (b.region == Region::us) return occ.pay_annual.present() ? PayBasis::all_employees_annual : PayBasis::hourly;
    if (part_time) return PayBasis::hourly;
    if (occ.pay_annual_ft.present()) return PayBasis::full_time_annual;
    if (occ.pay_hourly.present()) return PayBasis::hourly;
    if (occ.pay_annual.present()) return PayBasis::all_employees_annual;
    return PayBasis::full_time_annual;  // nothing published: the basis it would have had
}

}  // namespace

std::optional<double> average_pay(const Bundle& b, PayBasis basis) {
    const Measure& m = basis == PayBasis::full_time_annual       ? b.averages.pay_annual_ft
                       : basis == PayBasis::all_employees_annual ? b.averages.pay_annual
                                                                 : b.averages.pay_hourly;
    return m.median;
}

PayHeadline headline_pay(const Bundle& b, const Occupation& occ) {
    PayHeadline h;
    h.from = occ.pay_from;
    if (const Source* s = b.source_for("pay")) {
        h.source_id = s->id;
        h.year = s->years;
    }
    if (b.region == Region::uk) {
        if (occ.jobs && occ.jobs_ft && *occ.jobs > 0) h.full_time_share = std::min(1.0, *occ.jobs_ft / *occ.jobs);
        h.usual_hours = occ.hours_weekly.median;
        h.part_time = h.full_time_share ? *h.full_time_share < kPartTimeShare
                                        : occ.hours_weekly.median && *occ.hours_weekly.median <= kPartTimeHours;
    }
    h.basis = choose_basis(b, occ, h.part_time);
    const Measure& m = measure_for(occ, h.basis);
    if (!m.present()) return h;
    h.value = m.median;
    h.value_or_more = m.is_top_coded(Stat::median);
    h.reliability = m.reliability;
    h.range = range_of(m);
    h.average = average_pay(b, h.basis);
    if (h.average && *h.average > 0) h.vs_average = *h.value / *h.average;
    return h;
}

}  // namespace ometer
