// The recorded search baseline (tests/fixtures/search_baseline.tsv): which texts are searched, and the line
// format shared by its recorder (tests/fixtures/record_search_baseline.cpp) and its test.
#pragma once

#include <cstdint>
#include <cstdio>
#include <map>
#include <set>
#include <sstream>
#include <string>
#include <vector>

#include "core/search.hpp"

namespace ometer::test {

inline constexpr std::size_t kBaselineLimit = 10;

// One query as a student types it: every prefix, one character (UTF-8 sequence) at a time.
inline std::vector<std::string> typed_prefixes(const std::string& query) {
    std::vector<std::string> out;
    for (std::size_t i = 1; i <= query.size(); ++i)
        if (i == query.size() || (static_cast<unsigned char>(query[i]) & 0xC0) != 0x80)
            out.push_back(query.substr(0, i));
    return out;
}

// The first column of a query file (header skipped).
inline std::vector<std::string> query_column(const std::string& tsv) {
    std::vector<std::string> out;
    std::stringstream lines(tsv);
    std::string line;
    std::getline(lines, line);
    while (std::getline(lines, line))
        if (!line.empty()) out.push_back(line.substr(0, line.find('\t')));
    return out;
}

// FNV-1a, as 16 hex digits.
inline std::string text_hash(const std::string& text) {
    std::uint64_t h = 1469598103934665603ull;
    for (char c : text) h = (h ^ static_cast<unsigned char>(c)) * 1099511628211ull;
    char buf[24];
    std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
    return buf;
}

// Texts typed only in the development set are stored by hash, so the set's queries stay out of the repo.
inline std::string dev_key(const std::string& text) { return "dev:" + text_hash(text); }

// The files a recording is made from (paths from the repository root), whose hashes it keeps: when one
// changes, the recording is out of date. The development set is the only one that may be absent.
inline const std::vector<std::string>& baseline_inputs() {
    static const std::vector<std::string> files = {
        "assets/data/uk.json", "assets/data/uk-titles.json",        "assets/data/us.json",
        "assets/data/us-titles.json", "tests/fixtures/search_queries.tsv", "../shared/eval/search_dev.tsv"};
    return files;
}

// What the baseline file calls a typed text: itself if the repository's query set types it, else its hash.
struct TypedText {
    std::string text, key;
};

// Every prefix of every query, repository set first, in typing order; texts seen before are skipped.
inline std::vector<TypedText> baseline_texts(const std::vector<std::string>& repo,
                                             const std::vector<std::string>& dev) {
    std::set<std::string> in_repo, seen;
    for (const auto& q : repo)
        for (auto& p : typed_prefixes(q)) in_repo.insert(p);
    std::vector<TypedText> out;
    for (const auto* set : {&repo, &dev})
        for (const auto& q : *set)
            for (auto& p : typed_prefixes(q))
                if (seen.insert(p).second) out.push_back({p, in_repo.count(p) ? p : dev_key(p)});
    return out;
}

// A hit as "code title# score b-e,b-e"; `title_ids` numbers the matched titles as they are first seen.
inline std::string format_hit(const Bundle& bundle, const SearchHit& h, std::map<std::string, int>& title_ids) {
    auto it = title_ids.emplace(h.title, static_cast<int>(title_ids.size())).first;
    char score[32];
    std::snprintf(score, sizeof score, "%.9g", h.score);
    std::string out = bundle.occupations[h.occupation].code + " " + std::to_string(it->second) + " " + score + " ";
    for (std::size_t i = 0; i < h.highlights.size(); ++i)
        out += (i ? "," : "") + std::to_string(h.highlights[i].first) + "-" + std::to_string(h.highlights[i].second);
    return out;
}

}  // namespace ometer::test
