// The fast decimal reader against a correctly rounding strtod: the same bits and the same end, for every
// kind of number text, and the fallback taken exactly where the fast path cannot be exact.
#include <doctest/doctest.h>

#include <cstdint>
#include <cstdlib>
#include <cstring>
#include <random>
#include <string>
#include <vector>

#include "core/decimal.hpp"

using namespace ometer;

namespace {

// The reference: in the wasm build strtod itself is routed through the fast path, so compare with musl's.
#ifdef __EMSCRIPTEN__
extern "C" double __real_strtod(const char* text, char** end);
double reference(const char* text, char** end) { return __real_strtod(text, end); }
#else
double reference(const char* text, char** end) { return std::strtod(text, end); }
#endif

int fallbacks = 0;
double counting_fallback(const char* text, char** end) {
    ++fallbacks;
    return reference(text, end);
}

std::uint64_t bits(double d) {
    std::uint64_t b;
    std::memcpy(&b, &d, sizeof b);
    return b;
}

void check_same(const std::string& text) {
    char* end_ref = nullptr;
    char* end_fast = nullptr;
    const double want = reference(text.c_str(), &end_ref);
    const double got = decimal_to_double(text.c_str(), &end_fast, counting_fallback);
    INFO("text: \"" << text << "\"");
    CHECK(bits(got) == bits(want));
    CHECK(end_fast - text.c_str() == end_ref - text.c_str());
}

}  // namespace

TEST_CASE("numbers as bundles write them read exactly, without the fallback") {
    fallbacks = 0;
    for (const char* t : {"0", "-0", "1", "37.5", "22.16", "0.1", "0.3", "31602", "1e7", "2e9", "-100", "6.97",
                          "1.51", "0.00001", "1234567.89", "9007199254740992", "123456789012345e-10", "5e-22"})
        check_same(t);
    CHECK(fallbacks == 0);
}

TEST_CASE("strtod's edges: where the number ends, and text that is not one") {
    for (const char* t : {"12.5abc", "1e", "1e+", "1e-x", "1.e3", ".5", "5.", "  \t42", "+7", "-.25e1", "007",
                          "0.000", "1E2", "1e0022", "1,5"})
        check_same(t);
    fallbacks = 0;
    for (const char* t : {"", ".", "-", "e5", "inf", "-Infinity", "nan", "0x1p3", "0X1A"}) check_same(t);
    CHECK(fallbacks == 9);
}

TEST_CASE("the fallback reads what the fast path cannot do exactly") {
    fallbacks = 0;
    for (const char* t : {"1.7976931348623157e308", "4.9e-324", "1e23", "1e-23", "9007199254740993",
                          "12345678901234567890123", "0.12345678901234567890", "2.2250738585072014e-308",
                          "1e100000", "8.5e-5000"})
        check_same(t);
    CHECK(fallbacks == 10);
}

TEST_CASE("random decimals: the same bits as a correctly rounding strtod") {
    std::mt19937_64 rng(20261127);
    std::uniform_int_distribution<int> digits(1, 21), point(0, 21), exp(-30, 30), coin(0, 3);
    for (int i = 0; i < 200000; ++i) {
        std::string t;
        if (coin(rng) == 0) t += '-';
        const int n = digits(rng), dot = point(rng);
        for (int k = 0; k < n; ++k) {
            if (k == dot) t += '.';
            t += static_cast<char>('0' + rng() % 10);
        }
        if (coin(rng) == 1) t += "e" + std::to_string(exp(rng));
        char* end_ref = nullptr;
        char* end_fast = nullptr;
        const double want = reference(t.c_str(), &end_ref);
        const double got = decimal_to_double(t.c_str(), &end_fast, reference);
        if (bits(got) != bits(want) || end_fast != end_ref) {
            FAIL_CHECK("differs on \"" << t << "\"");
            break;
        }
    }
}
