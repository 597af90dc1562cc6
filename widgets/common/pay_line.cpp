// A job's headline pay in one line; see pay_line.hpp.
#include "widgets/common/pay_line.hpp"

#include <string_view>

#include "core/format.hpp"
#include "core/pay.hpp"

namespace ometer::widgets {

namespace {

constexpr std::string_view kPayMissing = "Pay not published";
constexpr std::string_view kAYear = "a year";
constexpr std::string_view kAnHour = "an hour";
constexpr std::string_view kFullTime = "full-time";
constexpr std::string_view kUsuallyPartTime = "Usually part-time: ";
constexpr std::string_view kAboutHours = "about ";
constexpr std::string_view kHrsAWeek = " a week";
// The usual week is for everyone employed in the job, part-time included: said so, since beside full-time pay
// it would otherwise read as a full-time week.
constexpr std::string_view kAllEmployees = " (all employees)";
constexpr std::string_view kGroupPay = "pay for all ";

std::string s(std::string_view v) { return std::string(v); }

}  // namespace

std::string money_for(PayBasis basis, double value, Region region) {
    return basis == PayBasis::hourly ? money_cents(value, region) : money_rounded(value, region);
}

std::string pay_line(const Bundle& b, const Occupation& occ, UsualWeek shown) {
    const PayHeadline h = headline_pay(b, occ);
    if (!h.value) return s(kPayMissing);
    const bool hourly = h.basis == PayBasis::hourly;
    std::string money = money_for(h.basis, *h.value, b.region) + (h.value_or_more ? "+" : "") + " " + s(hourly ? kAnHour : kAYear);
    const std::string week = h.usual_hours ? hours(*h.usual_hours) + s(kHrsAWeek) + s(kAllEmployees) : "";
    std::string out;
    if (h.part_time && h.usual_hours)
        out = s(kUsuallyPartTime) + money + ", " + s(kAboutHours) + week;
    else
        out = money + (h.basis == PayBasis::full_time_annual ? " " + s(kFullTime) : "") +
              (week.empty() || shown == UsualWeek::part_time_only ? "" : " \xC2\xB7 " + week);
    if (!h.from.own()) out += " (" + s(kGroupPay) + h.from.title + ")";
    if (!h.year.empty()) out += " \xC2\xB7 " + h.year;
    return out;
}

}  // namespace ometer::widgets
