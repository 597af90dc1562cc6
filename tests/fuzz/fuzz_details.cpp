// Fuzzes the details reader of split bundles (descriptions, tasks, entry routes, similar jobs, read when a
// student opens a job) with arbitrary bytes, onto a copy of the fixture's UK or US cards. Cards it accepts
// details for are then shown as the CLI and the cards show them.
#include <cstddef>
#include <cstdint>

#include "core/bundle_read.hpp"
#include "tests/fuzz/fuzz_support.hpp"
#include "tests/fuzz/json_mutator.hpp"
#include "tests/fuzz/show_bundle.hpp"

using namespace ometer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    const std::string_view text(reinterpret_cast<const char*>(data), size);
    // The region from the text, so one parse a try: a details file names it, and a mismatch is an error.
    Bundle cards = fuzz::fixture_cards(text.find("\"us\"") != std::string_view::npos ? "us" : "uk");
    if (read_details(text, cards, "fuzz-details.json")) fuzz::show_bundle(cards);
    return 0;
}
