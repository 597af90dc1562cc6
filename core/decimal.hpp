// Reading decimal numbers fast and exactly: the path every number in a data bundle takes in the wasm build.
#pragma once

namespace ometer {

using StrtodFn = double (*)(const char*, char**);

// strtod with Clinger's fast path: a decimal with at most 19 significant digits whose value is
// w * 10^e with w <= 2^53 and |e| <= 22 is w and 10^|e| (both exact doubles) combined by one IEEE
// multiplication or division, which rounds correctly, so the result is bit for bit what a correct
// strtod gives. Anything else (more digits, large exponents, hex, inf, nan, no number) goes to
// `fallback` untouched. Same contract as strtod: leading white space, sign, *end after the number.
double decimal_to_double(const char* text, char** end, StrtodFn fallback);

}  // namespace ometer
