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
constexpr std::string_view kGroupPay = "pay for all ";

std::string s(std::string_view v) { return std::string(v); }

}  // namespace

std::string pay_line(const Bundle& b, const Occupation& occ) {
    const PayHeadline h = headline_pay(b, occ);
    if (!h.value) return s(kPayMissing);
    const bool hourly = h.basis == PayBasis::hourly;
    std::string money = (hourly ? money_cents(*h.value, b.region) : money_rounded(*h.value, b.region)) + (h.value_or_more ? "+" : "") +
                        " " + s(hourly ? kAnHour : kAYear);
    std::string out;
    if (h.part_time && h.usual_hours)
        out = s(kUsuallyPartTime) + money + ", " + s(kAboutHours) + hours(*h.usual_hours) + s(kHrsAWeek);
    else if (h.basis == PayBasis::full_time_annual)
        out = money + " " + s(kFullTime) + (h.usual_hours ? " \xC2\xB7 " + hours(*h.usual_hours) + s(kHrsAWeek) : "");
    else
        out = money + (h.usual_hours ? " \xC2\xB7 " + hours(*h.usual_hours) + s(kHrsAWeek) : "");
    if (!h.from.own()) out += " (" + s(kGroupPay) + h.from.title + ")";
    return out;
}

}  // namespace ometer::widgets
