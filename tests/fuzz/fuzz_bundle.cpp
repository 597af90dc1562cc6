// Fuzzes the occupations bundle reader with arbitrary bytes (full bundles and the cards of split ones). A
// bundle it accepts is then shown as the CLI and the cards show it (JSON reports, headline pay, comparison,
// every formatter), so accepted values must be safe. fuzz_details does the same for details files.
// Differential checks: reading in slices of any size gives the one-shot result or error, and the slices agree
// with one parse of the whole text (an escaped key makes the reader parse it whole).
#include <cstddef>
#include <cstdint>

#include "core/bundle_read.hpp"
#include "tests/fuzz/fuzz_support.hpp"
#include "tests/fuzz/json_mutator.hpp"
#include "tests/fuzz/show_bundle.hpp"

using namespace ometer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    auto bundle = read_bundle(text, "fuzz.json");
    BundleReader slices(text, "fuzz.json");
    while (!slices.step(1 + size % 5)) {
    }
    auto sliced = slices.result();
    if (sliced.ok() != bundle.ok() || sliced.error() != bundle.error()) fuzz::disagree("slices and one shot disagree");
    const std::string escaped = fuzz::escaped_key(text, "occupations");
    if (!escaped.empty()) {
        auto whole = read_bundle(escaped, "fuzz.json");
        if (whole.ok() != bundle.ok()) fuzz::disagree("slices and one parse of the whole text disagree");
        if (whole.ok() && bundle.ok()) {
            if (whole->occupations.size() != bundle->occupations.size()) fuzz::disagree("not the same occupations");
            for (std::size_t i = 0; i < whole->occupations.size(); ++i)
                if (whole->occupations[i].code != bundle->occupations[i].code) fuzz::disagree("not the same codes");
        }
    }
    if (bundle) fuzz::show_bundle(bundle.value());
    return 0;
}
