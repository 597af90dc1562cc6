// A structure-aware mutator for the JSON readers' fuzzers (include it in exactly one file of a target).
// Byte mutations rarely keep a 3 KB bundle valid while changing its shape, so half the time the input is
// parsed and one node changed as a corrupt or hostile file would: an array item dropped or repeated (a
// [year, value] point with one item), a field removed, a number made extreme, a value of another type,
// or a node copied over another. The other half, and when the input is not JSON, libFuzzer's own byte
// mutations run.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <iterator>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

extern "C" std::size_t LLVMFuzzerMutate(std::uint8_t* data, std::size_t size, std::size_t max_size);

namespace ometer::fuzz {

// Changes one node of `root`: first the kind of change, then a node it applies to, so none is wasted.
inline void mutate_json_node(nlohmann::json& root, std::minstd_rand& rng) {
    using json = nlohmann::json;
    std::vector<json*> all, containers, arrays, numbers, strings;
    std::vector<json*> stack{&root};
    while (!stack.empty()) {
        json* n = stack.back();
        stack.pop_back();
        all.push_back(n);
        if (n->is_structured() && !n->empty()) containers.push_back(n);
        if (n->is_array() && !n->empty()) arrays.push_back(n);
        if (n->is_number()) numbers.push_back(n);
        if (n->is_string()) strings.push_back(n);
        if (n->is_structured())
            for (auto& child : *n) stack.push_back(&child);
    }
    auto pick = [&](std::size_t n) { return static_cast<std::size_t>(rng() % n); };
    auto any_of = [&](std::vector<json*>& nodes) -> json& { return *(nodes.empty() ? all : nodes)[pick((nodes.empty() ? all : nodes).size())]; };
    static const json extremes[] = {0, -1, 1, 7, 0.5, -0.0, 1e308, -1e308, 9.3e18, -9.3e18, 4.9e-324,
                                    2147483648LL, -2147483649LL, 9223372036854775807LL, 18446744073709551615ULL};
    static const json others[] = {nullptr, true, false, "", "x", json::array(), json::object(), 0};
    static const char* texts[] = {"", "\xC3\xA9", "\xF0\x9F\x98\x8D", "a\nb", "uk", "us", "R", "RRRR", "5241"};
    switch (pick(6)) {
        case 0: {  // drop an item or a field
            json& node = any_of(containers);
            if (node.is_array() && !node.empty()) node.erase(pick(node.size()));
            else if (node.is_object() && !node.empty()) node.erase(std::next(node.begin(), static_cast<long>(pick(node.size()))).key());
            break;
        }
        case 1: {  // repeat an item
            json& node = any_of(arrays);
            if (node.is_array() && !node.empty()) node.push_back(json(node[pick(node.size())]));
            break;
        }
        case 2: any_of(numbers) = extremes[pick(std::size(extremes))]; break;
        case 3: any_of(all) = others[pick(std::size(others))]; break;
        case 4: {  // another node copied here (splices structure within the document)
            json copy = any_of(all);
            any_of(all) = std::move(copy);
            break;
        }
        default:  // a string made empty, long or odd
            any_of(strings) = pick(4) == 0 ? std::string(5000, 'e') : std::string(texts[pick(std::size(texts))]);
    }
}

}  // namespace ometer::fuzz

extern "C" std::size_t LLVMFuzzerCustomMutator(std::uint8_t* data, std::size_t size, std::size_t max_size,
                                               unsigned int seed) {
    std::minstd_rand rng(seed);
    if (rng() % 2 == 0) return LLVMFuzzerMutate(data, size, max_size);
    auto doc = nlohmann::json::parse(data, data + size, nullptr, false);
    if (doc.is_discarded()) return LLVMFuzzerMutate(data, size, max_size);
    ometer::fuzz::mutate_json_node(doc, rng);
    // Invalid UTF-8 from earlier byte mutations is replaced rather than thrown about.
    const std::string out = doc.dump(-1, ' ', false, nlohmann::json::error_handler_t::replace);
    if (out.size() > max_size) return LLVMFuzzerMutate(data, size, max_size);
    std::memcpy(data, out.data(), out.size());
    return out.size();
}
