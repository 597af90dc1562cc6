// Fuzzes occupation search with arbitrary bytes over the fixture bundle and titles. An input is a region
// choice, a result limit, then queries one per line, searched in turn on one index as a student types them
// (the index reuses scratch buffers and caches word expansions between calls).
#include <cstddef>
#include <cstdint>

#include "core/search.hpp"
#include "tests/fuzz/fuzz_support.hpp"

using namespace ometer;

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::Bytes in(data, size);
    const char* region = in.flag() ? "us" : "uk";
    const std::size_t limit = in.byte();  // 0 included: no results wanted
    const Bundle& bundle = fuzz::fixture_bundle(region);
    // Each input searches a fresh index (the fixture's is small), so the caches start empty and a finding
    // reproduces from its input alone.
    const SearchIndex index(bundle, fuzz::fixture_titles(region));
    std::string_view query;
    for (int n = 0; n < 32 && in.line(query); ++n) {
        auto hits = index.search(query, limit);
        if (hits.size() > limit) __builtin_trap();
        for (const auto& h : hits) {
            if (h.occupation >= bundle.occupations.size()) __builtin_trap();
            for (const auto& [begin, end] : h.highlights)
                if (begin > end || end > h.title.size()) __builtin_trap();
        }
    }
    return 0;
}
