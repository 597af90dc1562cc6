// Fuzzes the search-titles reader with arbitrary bytes against the small fixture bundles (UK and US); titles
// it accepts are indexed and searched, so any title text must index safely. Differential checks: reading in
// slices of any size gives the one-shot result or error, and the slices agree with one pass over the whole
// text (an escaped key makes the reader take it whole).
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
        TitlesReader slices(text, bundle, "fuzz-titles.json");
        while (!slices.step(1 + size % 3)) {
        }
        auto sliced = slices.result();
        if (sliced.ok() != titles.ok() || sliced.error() != titles.error()) fuzz::disagree("slices and one shot disagree");
        if (sliced.ok() && sliced->titles.size() != titles->titles.size()) fuzz::disagree("not the same titles");
        const std::string escaped = fuzz::escaped_key(text, "titles");
        if (!escaped.empty()) {
            auto whole = read_titles(escaped, bundle, "fuzz-titles.json");
            if (whole.ok() != titles.ok()) fuzz::disagree("slices and one pass over the whole text disagree");
            if (whole.ok() && titles.ok()) {
                if (whole->titles.size() != titles->titles.size()) fuzz::disagree("not the same titles");
                for (std::size_t i = 0; i < whole->titles.size(); ++i)
                    if (whole->titles[i].text != titles->titles[i].text || whole->titles[i].occupation != titles->titles[i].occupation)
                        fuzz::disagree("not the same titles");
            }
        }
        if (!titles) continue;
        SearchIndex index(bundle, titles.value());
        for (const char* query : {"e", "nurse", "electrical eng", "taxi diver", "police man"}) index.search(query, 5);
    }
    return 0;
}
