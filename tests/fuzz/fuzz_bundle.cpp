// Fuzzes the occupations bundle reader with arbitrary bytes (full bundles and the cards of split ones). A
// bundle it accepts is then shown as the CLI and the cards show it (JSON reports, headline pay, comparison,
// every formatter), so accepted values must be safe. fuzz_details does the same for details files.
#include <cstddef>
#include <cstdint>

#include "core/bundle_read.hpp"
#include "tests/fuzz/json_mutator.hpp"
#include "tests/fuzz/show_bundle.hpp"

using namespace ometer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    auto bundle = read_bundle(std::string_view(reinterpret_cast<const char*>(data), size), "fuzz.json");
    if (bundle) fuzz::show_bundle(bundle.value());
    return 0;
}
