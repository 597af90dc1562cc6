// Clinger's fast path for decimal numbers, and (wasm only) strtod routed through it.
//
// Why: emscripten's libc (musl) computes strtod in long double, a 128-bit float that wasm32 emulates in
// software; reading the UK cards bundle spent about 45 of its 60 ms of JSON parsing there. Bundles only
// hold short decimals (pay to the penny, hours to one place), which the fast path reads exactly.
#include "core/decimal.hpp"

#include <cstdint>

namespace ometer {

namespace {

constexpr double kPow10[] = {1e0,  1e1,  1e2,  1e3,  1e4,  1e5,  1e6,  1e7,  1e8,  1e9,  1e10, 1e11,
                             1e12, 1e13, 1e14, 1e15, 1e16, 1e17, 1e18, 1e19, 1e20, 1e21, 1e22};
constexpr int kMaxPow10 = 22;
constexpr std::uint64_t kMaxExact = std::uint64_t{1} << 53;
constexpr int kMaxDigits = 19;  // a uint64 holds any 19 decimal digits

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\v' || c == '\f' || c == '\r'; }

}  // namespace

double decimal_to_double(const char* text, char** end, StrtodFn fallback) {
    const char* p = text;
    while (is_space(*p)) ++p;
    bool negative = false;
    if (*p == '+' || *p == '-') negative = *p++ == '-';
    // "0x..." is a hex float for strtod: the fallback's business.
    if (p[0] == '0' && (p[1] == 'x' || p[1] == 'X')) return fallback(text, end);

    std::uint64_t w = 0;
    int digits = 0;       // significant digits read into w
    int exponent = 0;     // decimal exponent of w's last digit
    bool any = false;
    for (; is_digit(*p); ++p) {
        any = true;
        if (w == 0 && *p == '0') continue;  // leading zeros
        if (++digits > kMaxDigits) return fallback(text, end);
        w = w * 10 + static_cast<unsigned>(*p - '0');
    }
    if (*p == '.') {
        ++p;
        for (; is_digit(*p); ++p) {
            any = true;
            --exponent;
            if (w == 0 && *p == '0') continue;
            if (++digits > kMaxDigits) return fallback(text, end);
            w = w * 10 + static_cast<unsigned>(*p - '0');
        }
    }
    if (!any) return fallback(text, end);  // no digits: "inf", "nan", "." or not a number
    if (*p == 'e' || *p == 'E') {
        const char* q = p + 1;
        bool exp_negative = false;
        if (*q == '+' || *q == '-') exp_negative = *q++ == '-';
        if (is_digit(*q)) {  // otherwise the 'e' is not part of the number, as strtod reads it
            int e = 0;
            for (; is_digit(*q); ++q) {
                if (e > 10000) return fallback(text, end);
                e = e * 10 + (*q - '0');
            }
            exponent += exp_negative ? -e : e;
            p = q;
        }
    }
    if (w > kMaxExact || exponent > kMaxPow10 || exponent < -kMaxPow10) return fallback(text, end);
    double value = static_cast<double>(w);
    value = exponent >= 0 ? value * kPow10[exponent] : value / kPow10[-exponent];
    if (end) *end = const_cast<char*>(p);
    return negative ? -value : value;
}

}  // namespace ometer

#ifdef __EMSCRIPTEN__
// Linked with -Wl,--wrap=strtod (core/CMakeLists.txt): every strtod call in the wasm, nlohmann's
// included, comes here, and musl's own strtod remains for the cases the fast path leaves.
extern "C" double __real_strtod(const char* text, char** end);
extern "C" double __wrap_strtod(const char* text, char** end) {
    return ometer::decimal_to_double(text, end, __real_strtod);
}
#endif
