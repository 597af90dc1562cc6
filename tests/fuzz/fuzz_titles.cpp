// Fuzzes the search-titles reader with arbitrary bytes against the small fixture bundles (UK and US); titles
// it accepts are indexed and searched, so any title text must index safely.
#include <cstddef>
#include <cstdint>

#include "core/search.hpp"
#include "tests/fuzz/fuzz_support.hpp"
#include "tests/fuzz/json_mutator.hpp"

using namespace ometer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    std::string_view text(reinterpret_cast<const char*>(data), size);
    for (const char* region : {"uk", "us"}) {
        const Bundle& bundle = fuzz::fixture_bundle(region);
        auto titles = read_titles(text, bundle, "fuzz-titles.json");
        if (!titles) continue;
        SearchIndex index(bundle, titles.value());
        for (const char* query : {"e", "nurse", "electrical eng", "taxi diver", "police man"}) index.search(query, 5);
    }
    return 0;
}
