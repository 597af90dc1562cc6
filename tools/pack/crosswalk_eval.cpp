// crosswalk_eval: builds the UK SOC 2020 -> O*NET crosswalk from the raw data and scores it against reviewed
// pairs (a hit when one of a unit group's top 3 links starts with an acceptable code), listing the misses.
//
//   crosswalk_eval RAW_DIR PAIRS_TSV [OVERRIDES] [--review N] [--show SOC]... [--tsv OUT]
//
// PAIRS_TSV has a header and rows "soc2020 <tab> code[,code...]" (codes are O*NET prefixes, e.g. 29-1141).
// --review N prints the top 3 of N unit groups spread evenly over the codes, for judging by hand; --show SOC
// prints all links of one unit group; --tsv OUT writes the crosswalk as the pipeline would.
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <fstream>
#include <map>
#include <sstream>
#include <string>
#include <vector>

#include "tools/pack/crosswalk.hpp"
#include "tools/pack/table.hpp"

using namespace ometer::pack;

namespace {

struct Pair {
    std::string soc2020;
    std::vector<std::string> acceptable;
};

std::vector<Pair> read_pairs(const std::string& text) {
    std::vector<Pair> out;
    std::stringstream in(text);
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (!line.empty() && line.back() == '\r') line.pop_back();
        if (header || line.empty() || line[0] == '#') {
            header = false;
            continue;
        }
        std::size_t tab = line.find('\t');
        if (tab == std::string::npos) continue;
        Pair p{line.substr(0, tab), {}};
        std::stringstream codes(line.substr(tab + 1));
        for (std::string c; std::getline(codes, c, ',');)
            if (!c.empty()) p.acceptable.push_back(c);
        out.push_back(std::move(p));
    }
    return out;
}

std::string label(const RawData& raw, const std::string& onet_code) {
    const RawOnetOccupation* o = raw.find_onet(onet_code);
    return onet_code + " " + (o ? o->title : "?") + (o && !o->interests ? " [no interests]" : "");
}

void print_top(const RawData& raw, const std::vector<const CrosswalkRow*>& rows, std::size_t n) {
    for (std::size_t i = 0; i < rows.size() && i < n; ++i)
        std::printf("    %.3f  %s   {%s}\n", rows[i]->weight, label(raw, rows[i]->onet_code).c_str(), rows[i]->evidence.c_str());
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args;
    std::size_t review = 0;
    std::string tsv_out;
    std::vector<std::string> show;
    for (int i = 1; i < argc; ++i) {
        std::string a = argv[i];
        if (a == "--review" && i + 1 < argc) review = static_cast<std::size_t>(std::atoi(argv[++i]));
        else if (a == "--tsv" && i + 1 < argc) tsv_out = argv[++i];
        else if (a == "--show" && i + 1 < argc) show.push_back(argv[++i]);
        else args.push_back(a);
    }
    if (args.size() < 2 || args.size() > 3) {
        std::fprintf(stderr, "usage: crosswalk_eval RAW_DIR PAIRS_TSV [OVERRIDES] [--review N] [--show SOC]... [--tsv OUT]\n");
        return 2;
    }
    auto t0 = std::chrono::steady_clock::now();
    auto raw = load_raw(args[0]);
    if (!raw) {
        std::fprintf(stderr, "error: %s\n", raw.error().c_str());
        return 1;
    }
    std::vector<CrosswalkOverride> overrides;
    if (args.size() == 3) {
        auto ov = read_crosswalk_overrides(args[2]);
        if (!ov) {
            std::fprintf(stderr, "error: %s\n", ov.error().c_str());
            return 1;
        }
        overrides = ov.value();
        for (const auto& o : overrides)
            if (!raw->find_onet(o.onet_code))
                std::fprintf(stderr, "warning: override %s -> %s: no such O*NET 29.3 occupation\n", o.soc2020.c_str(),
                             o.onet_code.c_str());
    }
    auto pairs_text = read_file(args[1]);
    if (!pairs_text) {
        std::fprintf(stderr, "error: %s\n", pairs_text.error().c_str());
        return 1;
    }
    auto t1 = std::chrono::steady_clock::now();
    auto rows = build_crosswalk(raw.value(), overrides);
    auto t2 = std::chrono::steady_clock::now();

    std::map<std::string, std::vector<const CrosswalkRow*>> by_group;
    for (const auto& r : rows) by_group[r.soc2020].push_back(&r);
    for (auto& [soc, list] : by_group)
        std::stable_sort(list.begin(), list.end(), [](const CrosswalkRow* a, const CrosswalkRow* b) {
            return a->weight != b->weight ? a->weight > b->weight : a->onet_code < b->onet_code;
        });
    std::map<std::string, std::string> uk_title;
    for (const auto& u : raw->uk_groups) uk_title[u.code] = u.title;

    auto pairs = read_pairs(pairs_text.value());
    // Besides the top-3 hit rate: how often the strongest link alone is acceptable, and what share of all
    // top-3 links are (a lower bound when the acceptable lists are not exhaustive).
    std::size_t hits = 0, top1_hits = 0, links = 0, good_links = 0;
    std::vector<const Pair*> misses;
    for (const auto& p : pairs) {
        bool hit = false;
        const auto& list = by_group[p.soc2020];
        for (std::size_t i = 0; i < list.size() && i < 3; ++i) {
            bool ok = std::any_of(p.acceptable.begin(), p.acceptable.end(), [&](const std::string& a) {
                return list[i]->onet_code.compare(0, a.size(), a) == 0;
            });
            ++links;
            if (ok) ++good_links;
            if (ok && i == 0) ++top1_hits;
            hit = hit || ok;
        }
        if (hit) ++hits;
        else misses.push_back(&p);
    }

    std::size_t with_links = 0, with_interests = 0;
    for (const auto& u : raw->uk_groups) {
        auto it = by_group.find(u.code);
        if (it == by_group.end()) continue;
        ++with_links;
        if (std::any_of(it->second.begin(), it->second.end(), [&](const CrosswalkRow* r) {
                const RawOnetOccupation* o = raw->find_onet(r->onet_code);
                return o && o->interests;
            }))
            ++with_interests;
    }

    if (review > 0) {
        std::printf("Review sample (%zu unit groups):\n", review);
        std::size_t n = raw->uk_groups.size();
        for (std::size_t i = 0; i < review && i < n; ++i) {
            const auto& u = raw->uk_groups[i * n / review];
            std::printf("  %s %s\n", u.code.c_str(), u.title.c_str());
            print_top(raw.value(), by_group[u.code], 3);
        }
    }
    for (const auto& soc : show) {
        std::printf("  %s %s\n", soc.c_str(), uk_title[soc].c_str());
        print_top(raw.value(), by_group[soc], 5);
    }
    if (!misses.empty()) std::printf("Misses:\n");
    for (const auto* p : misses) {
        std::string want;
        for (const auto& a : p->acceptable) want += (want.empty() ? "" : ",") + a;
        std::printf("  %s %s (want %s)\n", p->soc2020.c_str(), uk_title[p->soc2020].c_str(), want.c_str());
        print_top(raw.value(), by_group[p->soc2020], 5);
    }
    if (!tsv_out.empty()) std::ofstream(tsv_out, std::ios::binary) << crosswalk_to_tsv(rows);

    auto ms = [](auto a, auto b) { return std::chrono::duration<double, std::milli>(b - a).count(); };
    auto pct = [](std::size_t a, std::size_t b) { return b == 0 ? 0.0 : 100.0 * static_cast<double>(a) / static_cast<double>(b); };
    std::printf("agreement (top 3): %zu/%zu (%.1f%%); top 1: %zu/%zu (%.1f%%); acceptable top-3 links: %zu/%zu (%.1f%%)\n",
                hits, pairs.size(), pct(hits, pairs.size()), top1_hits, pairs.size(), pct(top1_hits, pairs.size()),
                good_links, links, pct(good_links, links));
    std::printf("unit groups with links: %zu/%zu; with an interest-bearing link: %zu (%.1f%%)\n", with_links,
                raw->uk_groups.size(), with_interests, pct(with_interests, raw->uk_groups.size()));
    std::printf("rows: %zu; overrides: %zu; load %.0f ms, build %.0f ms\n", rows.size(), overrides.size(), ms(t0, t1), ms(t1, t2));
    return 0;
}
