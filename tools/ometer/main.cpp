// `ometer`: the maintainers' and developers' command line over the core: pack the data bundles, show an
// occupation, search, compare, and score the quiz. Exit 0 on success, 1 on a failed lookup, 2 on bad usage.
// Long because it holds every subcommand's usage text and argument checks; the work itself is in the core.
#include <algorithm>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <functional>
#include <iostream>
#include <map>
#include <sstream>

#include "core/bundle_read.hpp"
#include "core/compare.hpp"
#include "core/quiz.hpp"
#include "core/report_json.hpp"
#include "core/results_code.hpp"
#include "core/search.hpp"
#include "tools/ometer/args.hpp"
#include "tools/pack/pack.hpp"

#ifndef OMETER_DEFAULT_DATA_DIR
#define OMETER_DEFAULT_DATA_DIR "assets/data"
#endif

namespace fs = std::filesystem;
using namespace ometer;

namespace {

constexpr int kOk = 0, kFailed = 1, kUsage = 2;

struct Command {
    const char* summary;
    const char* usage;
    std::set<std::string> with_value, flags;
    std::function<int(const cli::Args&)> run;
};

// Messages echo command-line and data-file text: cli::printable shows control bytes escaped, so one line stays
// one line and nothing reaches the terminal as an escape sequence (echoed arguments are also cut short).
constexpr std::size_t kMaxMessageBytes = 2000;

int usage_error(const std::string& cmd, const std::string& message) {
    std::cerr << "ometer " << cmd << ": " << cli::printable(message, kMaxMessageBytes) << " (see: ometer " << cmd << " --help)\n";
    return kUsage;
}

int failed(const std::string& cmd, const std::string& message) {
    std::cerr << "ometer " << cmd << ": " << cli::printable(message, kMaxMessageBytes) << "\n";
    return kFailed;
}

std::string data_dir(const cli::Args& a) {
    if (a.has("--data")) return a.get("--data", "");
    if (const char* env = std::getenv("OMETER_DATA")) return env;
    return OMETER_DEFAULT_DATA_DIR;
}

Result<std::string> slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{"cannot read " + path + " (set --data DIR or OMETER_DATA to the folder with the bundles)"};
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

Result<Region> region_option(const cli::Args& a) {
    std::string r = a.get("--region", "uk");
    auto region = parse_region(r);
    if (!region) return Error{"--region must be uk or us, got \"" + cli::printable(r) + "\""};
    return *region;
}

Result<Bundle> load_bundle(const cli::Args& a, Region region) {
    std::string name = std::string(region_name(region)) + ".json";
    auto text = slurp(data_dir(a) + "/" + name);
    if (!text) return Error{text.error()};
    return read_bundle(text.value(), name);
}

JsonStyle style(const cli::Args& a) { return JsonStyle{a.has("--compact") ? -1 : 2}; }

int cmd_pack(const cli::Args& a) {
    if (!a.positional.empty()) return usage_error("pack", "unexpected argument " + cli::printable(a.positional[0]));
    std::string raw = a.get("--raw", "../shared/data");
    std::string out = a.get("--out", "assets/data");
    std::string curated = a.get("--curated", "assets/curated");
    if (!fs::is_directory(raw)) return failed("pack", "raw data folder not found: " + raw);
    auto files = pack::run_pipeline(raw, curated);
    if (!files) return failed("pack", files.error());
    std::error_code ec;
    fs::create_directories(out, ec);
    if (ec) return failed("pack", "cannot create " + out + ": " + ec.message());
    for (const auto& [name, content] : files.value()) {
        std::string path = out + "/" + name;
        std::ofstream f(path, std::ios::binary);
        f << content;
        if (!f) return failed("pack", "cannot write " + path);
        std::cerr << "wrote " << path << " (" << content.size() << " bytes)\n";
    }
    return kOk;
}

int cmd_show(const cli::Args& a) {
    if (a.positional.size() != 1) return usage_error("show", "expected one occupation CODE");
    auto region = region_option(a);
    if (!region) return usage_error("show", region.error());
    auto b = load_bundle(a, region.value());
    if (!b) return failed("show", b.error());
    const Occupation* occ = b->find(a.positional[0]);
    if (!occ)
        return failed("show", "no " + std::string(region_name(region.value())) + " occupation with code \"" + cli::printable(a.positional[0]) +
                                  "\"" + (region.value() == Region::uk ? " (UK codes are 4-digit SOC 2020, e.g. 5241)"
                                                                      : " (US codes are O*NET-SOC, e.g. 47-2111.00)"));
    std::cout << occupation_json(b.value(), *occ, style(a)) << "\n";
    return kOk;
}

// Rounds parts to millionths so that they add up to the rounded total exactly: each rounded down, then those
// with the largest remainders up by one until the sum is right. Each stays within 0.000001 of its value.
std::vector<long long> micro_parts(const std::vector<double>& parts, double total) {
    std::vector<long long> out(parts.size());
    std::vector<std::pair<double, std::size_t>> remainders;
    long long missing = std::llround(total * 1e6);
    for (std::size_t i = 0; i < parts.size(); ++i) {
        const double v = parts[i] * 1e6;
        out[i] = static_cast<long long>(std::floor(v));
        missing -= out[i];
        remainders.emplace_back(v - std::floor(v), i);
    }
    std::stable_sort(remainders.begin(), remainders.end(),
                     [](const auto& x, const auto& y) { return x.first > y.first; });
    for (std::size_t j = 0; missing > 0 && !out.empty(); j = (j + 1) % out.size(), --missing)
        ++out[remainders[j].second];
    for (std::size_t j = out.size(); missing < 0 && !out.empty(); j = j > 1 ? j - 1 : out.size(), ++missing)
        --out[remainders[j - 1].second];
    return out;
}

std::string micro_text(long long v, char sign) {  // "+0.870588", "-0.060000", "=1.348653"
    char buf[40];
    const long long a = v < 0 ? -v : v;
    std::snprintf(buf, sizeof buf, "%c%lld.%06lld", v < 0 ? '-' : sign, a / 1000000, a % 1000000);
    return buf;
}

std::string fixed3(double v) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.3f", v);
    return buf;
}

// `ometer search --explain`: per hit, the parts of its score (SearchExplanation), one line each.
void print_explanations(const Bundle& b, const std::string& query, const std::vector<SearchExplanation>& hits) {
    std::cout << "query \"" << query << "\" (" << region_name(b.region) << "): " << hits.size()
              << (hits.size() == 1 ? " result" : " results, best first")
              << ". Each score is the sum of the parts listed under it.\n";
    for (std::size_t r = 0; r < hits.size(); ++r) {
        const SearchExplanation& x = hits[r];
        std::vector<double> points;
        std::vector<std::string> what;
        auto part = [&](double p, std::string text) {
            points.push_back(p);
            what.push_back(std::move(text));
        };
        for (const auto& w : x.words) {
            std::string text = "  \"" + w.query_word + "\" ";
            if (w.match.empty())
                text += "matches no word of this title";
            else
                text += "-> \"" + w.title_word + "\" (" + w.match + (w.in_qualifier ? ", in the qualifier" : "") +
                        "), quality " + fixed3(w.quality);
            part(w.points, text + ", weight " + fixed3(w.weight));
        }
        part(x.kind_points, "title kind: " + std::string(title_kind_name(x.hit.kind)));
        part(x.popularity_points, "occupation popularity " + fixed3(x.popularity) + " (0-1)");
        part(x.all_words_points, x.all_words ? "the title holds every query word" : "not every query word matched");
        part(x.head_noun_points, std::string("the query's last word ") + (x.head_noun ? "ends" : "does not end") +
                                     " the title");
        part(x.title_count_points, std::to_string(x.titles_matched) + " titles of this occupation matched");
        part(x.official_points, std::string("its official title ") + (x.official ? "holds" : "does not hold") +
                                    " every query word");
        const auto micro = micro_parts(points, x.hit.score);
        const Occupation& occ = b.occupations[x.hit.occupation];
        std::cout << "\n" << r + 1 << ". " << occ.code << " " << occ.title << ": matched \"" << x.hit.title << "\" ("
                  << title_kind_name(x.hit.kind) << " title)\n"
                  << "   query words: coverage " << fixed3(x.coverage) << " x length factor " << fixed3(x.length_factor)
                  << " (the query covers " << fixed3(x.title_fraction) << " of the title), by word:\n";
        for (std::size_t i = 0; i < what.size(); ++i)
            std::cout << "   " << micro_text(micro[i], '+') << "  " << what[i] << "\n";
        std::cout << "   " << micro_text(std::llround(x.hit.score * 1e6), '=') << "  score\n";
    }
}

int cmd_search(const cli::Args& a) {
    if (a.positional.empty()) return usage_error("search", "expected a QUERY");
    auto region = region_option(a);
    if (!region) return usage_error("search", region.error());
    auto limit = cli::parse_int_option(a, "--limit", 10, 1, 100);
    if (!limit) return usage_error("search", limit.error());
    auto b = load_bundle(a, region.value());
    if (!b) return failed("search", b.error());
    std::string name = std::string(region_name(region.value())) + "-titles.json";
    auto text = slurp(data_dir(a) + "/" + name);
    if (!text) return failed("search", text.error());
    auto titles = read_titles(text.value(), b.value(), name);
    if (!titles) return failed("search", titles.error());
    SearchIndex index(b.value(), titles.value());
    std::string query;
    for (const auto& p : a.positional) query += (query.empty() ? "" : " ") + p;
    if (a.has("--explain")) {
        print_explanations(b.value(), query, index.explain(query, static_cast<std::size_t>(limit.value())));
        return kOk;
    }
    std::cout << search_json(b.value(), index.search(query, static_cast<std::size_t>(limit.value())), style(a)) << "\n";
    return kOk;
}

int cmd_compare(const cli::Args& a) {
    auto region = region_option(a);
    if (!region) return usage_error("compare", region.error());
    if (a.positional.empty() || a.positional.size() > kMaxCompared) return usage_error("compare", "expected one to three CODEs");
    auto b = load_bundle(a, region.value());
    if (!b) return failed("compare", b.error());
    auto cmp = compare(b.value(), a.positional);
    if (!cmp) return failed("compare", cmp.error().substr(std::string("compare: ").size()));
    std::cout << comparison_json(b.value(), cmp.value(), style(a)) << "\n";
    return kOk;
}

int cmd_quiz(const cli::Args& a) {
    if (!a.positional.empty()) return usage_error("quiz", "unexpected argument " + cli::printable(a.positional[0]));
    auto region = region_option(a);
    if (!region) return usage_error("quiz", region.error());
    QuizRequest request;
    auto scale = parse_scale(a.get("--scale", "3"));
    if (!scale) return usage_error("quiz", "--scale must be 3 or 5");
    request.scale = *scale;
    request.form = a.get("--form", std::string(kFullForm));
    if (request.form != kFullForm && request.form != kQuickForm) return usage_error("quiz", "--form must be 60 or 30");
    if (!a.has("--answers")) return usage_error("quiz", "--answers DIGITS is required");
    auto limit = cli::parse_int_option(a, "--limit", 10, 1, 100);
    if (!limit) return usage_error("quiz", limit.error());
    request.match.limit = static_cast<std::size_t>(limit.value());
    if (a.has("--max-level") && a.has("--level")) return usage_error("quiz", "give --level or --max-level, not both");
    const LevelScale levels = level_scale(region.value());
    for (const char* flag : {"--level", "--max-level"}) {
        if (!a.has(flag)) continue;
        auto level = cli::parse_int_option(a, flag, levels.last, levels.first, levels.last);
        if (!level) return usage_error("quiz", level.error());
        request.match.level = static_cast<int>(level.value());
        request.match.include_lower = std::string(flag) == "--max-level";
    }
    auto quiz_text = slurp(data_dir(a) + "/quiz.json");
    if (!quiz_text) return failed("quiz", quiz_text.error());
    auto quiz = read_quiz(quiz_text.value(), "quiz.json");
    if (!quiz) return failed("quiz", quiz.error());
    const QuizForm* form = quiz->form(request.form);
    if (!form) return failed("quiz", "quiz.json has no form " + request.form);
    auto choices = parse_choices(*form, request.scale, a.get("--answers", ""));
    if (!choices) return usage_error("quiz", choices.error());
    request.choices = std::move(choices.value());
    auto b = load_bundle(a, region.value());
    if (!b) return failed("quiz", b.error());
    auto outcome = run_quiz(quiz.value(), b.value(), request);
    if (!outcome) return failed("quiz", outcome.error());
    std::cout << quiz_json(b.value(), outcome.value(), style(a)) << "\n";
    return kOk;
}

Result<std::vector<std::string>> split_codes(const std::string& list) {
    std::vector<std::string> out;
    std::size_t start = 0;
    while (start <= list.size()) {
        std::size_t comma = list.find(',', start);
        if (comma == std::string::npos) comma = list.size();
        if (comma > start) out.push_back(list.substr(start, comma - start));
        start = comma + 1;
    }
    if (out.empty() || out.size() > kMaxCompared) return Error{"--compare takes one to three codes separated by commas"};
    return out;
}

// ometer code encode (--form F --scale S --answers DIGITS | --region R --compare CODES), ometer code decode CODE
int cmd_code(const cli::Args& a) {
    if (a.positional.empty()) return usage_error("code", "expected encode or decode");
    const std::string verb = a.positional[0];
    if (verb == "decode") {
        if (a.positional.size() != 2) return usage_error("code", "decode takes one CODE");
        auto d = decode_results_code(a.positional[1]);
        if (!d) return failed("code", d.error());
        std::cout << results_code_json(d.value(), style(a)) << "\n";
        return kOk;
    }
    if (verb != "encode") return usage_error("code", "expected encode or decode, got " + verb);
    if (a.positional.size() != 1) return usage_error("code", "unexpected argument " + a.positional[1]);
    auto region = region_option(a);
    if (!region) return usage_error("code", region.error());
    if (a.has("--compare") == a.has("--answers")) return usage_error("code", "give --answers (a quiz) or --compare (jobs), not both");
    auto b = load_bundle(a, region.value());
    if (!b) return failed("code", b.error());
    Result<std::string> code = Error{""};
    if (a.has("--compare")) {
        auto codes = split_codes(a.get("--compare", ""));
        if (!codes) return usage_error("code", codes.error());
        for (const auto& c : codes.value())
            if (!b->find(c)) return failed("code", "no " + std::string(region_name(region.value())) + " occupation with code \"" + c + "\"");
        code = encode_compare_code({region.value(), codes.value()}, b->data_version);
    } else {
        QuizCode q;
        q.form = a.get("--form", std::string(kQuickForm));
        if (q.form != kFullForm && q.form != kQuickForm) return usage_error("code", "--form must be 60 or 30");
        auto scale = parse_scale(a.get("--scale", "3"));
        if (!scale) return usage_error("code", "--scale must be 3 or 5");
        q.scale = *scale;
        auto quiz_text = slurp(data_dir(a) + "/quiz.json");
        if (!quiz_text) return failed("code", quiz_text.error());
        auto quiz = read_quiz(quiz_text.value(), "quiz.json");
        if (!quiz) return failed("code", quiz.error());
        auto choices = parse_choices(*quiz->form(q.form), q.scale, a.get("--answers", ""));
        if (!choices) return usage_error("code", choices.error());
        q.choices = std::move(choices.value());
        code = encode_quiz_code(q, b->data_version);
    }
    if (!code) return failed("code", code.error());
    std::cout << text_field_json("code", code.value(), style(a)) << "\n";
    return kOk;
}

int cmd_related(const cli::Args& a) {
    if (a.positional.size() != 1) return usage_error("related", "expected one occupation CODE");
    auto region = region_option(a);
    if (!region) return usage_error("related", region.error());
    auto b = load_bundle(a, region.value());
    if (!b) return failed("related", b.error());
    const Occupation* occ = b->find(a.positional[0]);
    if (!occ) return failed("related", "no " + std::string(region_name(region.value())) + " occupation with code \"" + a.positional[0] + "\"");
    std::cout << related_json(b.value(), *occ, style(a)) << "\n";
    return kOk;
}

int cmd_info(const cli::Args& a) {
    if (!a.positional.empty()) return usage_error("info", "unexpected argument " + cli::printable(a.positional[0]));
    auto region = region_option(a);
    if (!region) return usage_error("info", region.error());
    auto b = load_bundle(a, region.value());
    if (!b) return failed("info", b.error());
    std::cout << bundle_info_json(b.value(), style(a)) << "\n";
    return kOk;
}

const std::map<std::string, Command>& commands() {
    static const std::set<std::string> common_values = {"--region", "--data"};
    auto values = [](std::set<std::string> extra) {
        extra.insert(common_values.begin(), common_values.end());
        return extra;
    };
    static const std::map<std::string, Command> table = {
        {"pack",
         {"build the data bundles from the raw sources",
          "ometer pack [--raw DIR] [--out DIR] [--curated DIR]\n"
          "  Reads the raw data (default ../shared/data) and the reviewed inputs (default assets/curated),\n"
          "  writes uk.json, uk-titles.json, us.json, us-titles.json, quiz.json and\n"
          "  crosswalk_soc2020_onet.tsv to DIR (default assets/data).",
          {"--raw", "--out", "--curated"}, {}, cmd_pack}},
        {"show",
         {"print one occupation's full record as JSON",
          "ometer show [--region uk|us] [--data DIR] [--compact] CODE\n"
          "  CODE is a SOC 2020 unit group (uk, e.g. 5241) or an O*NET-SOC code (us, e.g. 47-2111.00).",
          values({}), {"--compact"}, cmd_show}},
        {"search",
         {"search job titles; prints a JSON array of matches",
          "ometer search [--region uk|us] [--limit N] [--data DIR] [--compact] [--explain] QUERY...\n"
          "  Each match has code, title, score, matched (the title that matched) and headline pay.\n"
          "  --explain prints text instead: per match, the title that matched and one line per part of its\n"
          "  score, then \"=score\". Parts: each query word's share of coverage x length factor (the title word\n"
          "  it matched, how, its match quality 0-1 and its weight in the query), the title-kind prior, the\n"
          "  occupation's popularity, every word matched, the last word ending the title, titles matched,\n"
          "  the official title matched. Parts are rounded to 6 decimals so that they add up to the score\n"
          "  exactly. The formula and its weights: core/search/score.cpp.",
          values({"--limit"}), {"--compact", "--explain"}, cmd_search}},
        {"compare",
         {"compare one to three occupations side by side (JSON)",
          "ometer compare [--region uk|us] [--data DIR] [--compact] CODE [CODE [CODE]]",
          values({}), {"--compact"}, cmd_compare}},
        {"quiz",
         {"score interest-quiz answers and list matching jobs (JSON)",
          "ometer quiz [--region uk|us] [--scale 3|5] [--form 60|30] --answers DIGITS [--limit N]\n"
          "            [--level L | --max-level L]\n"
          "  DIGITS: one digit per statement in form order; scale 3: 0 dislike, 1 not sure, 2 love;\n"
          "  scale 5: 1 strongly dislike .. 5 strongly like. --level keeps jobs at one study level,\n"
          "  --max-level at that level or below: UK SOC skill levels 1-4, US O*NET Job Zones 2-5\n"
          "  (2 is \"Job Zone 1-2\"). Each match has its fit band, the correlation (score) and a reason.",
          values({"--scale", "--form", "--answers", "--limit", "--max-level", "--level"}), {"--compact"}, cmd_quiz}},
        {"code",
         {"make or read a results code (JSON)",
          "ometer code encode [--region uk|us] [--form 60|30] [--scale 3|5] --answers DIGITS\n"
          "ometer code encode [--region uk|us] --compare CODE[,CODE[,CODE]]\n"
          "ometer code decode CODE\n"
          "  A results code rebuilds a quiz's results (form, scale, answers) or a comparison (region and up to\n"
          "  three job codes) in any copy of the widgets. It holds nothing else: no names, no dates.",
          values({"--form", "--scale", "--answers", "--compare"}), {"--compact"}, cmd_code}},
        {"related",
         {"list the jobs similar to an occupation (JSON)",
          "ometer related [--region uk|us] [--data DIR] [--compact] CODE\n"
          "  Similar jobs come from O*NET's Related Occupations (UK: mapped through the crosswalk).",
          values({}), {"--compact"}, cmd_related}},
        {"info",
         {"print a bundle's version, size and sources (JSON)",
          "ometer info [--region uk|us] [--data DIR] [--compact]", values({}), {"--compact"}, cmd_info}},
    };
    return table;
}

void print_overview() {
    std::cout << "ometer: careers data for the Careerometer and Skillsometer widgets\n\n"
                 "usage: ometer <command> [options]\n\ncommands:\n";
    for (const auto& [name, c] : commands()) std::printf("  %-8s %s\n", name.c_str(), c.summary);
    std::cout << "\nRun `ometer <command> --help` for a command's options.\n";
}

}  // namespace

int main(int argc, char** argv) {
    std::vector<std::string> args(argv + 1, argv + argc);
    if (args.empty() || args[0] == "--help" || args[0] == "-h" || args[0] == "help") {
        print_overview();
        return args.empty() ? kUsage : kOk;
    }
    auto it = commands().find(args[0]);
    if (it == commands().end()) {
        std::cerr << "ometer: unknown command \"" << cli::printable(args[0]) << "\" (see: ometer --help)\n";
        return kUsage;
    }
    const Command& cmd = it->second;
    std::vector<std::string> rest(args.begin() + 1, args.end());
    for (const auto& r : rest)
        if (r == "--help" || r == "-h") {
            std::cout << cmd.usage << "\n";
            return kOk;
        }
    auto parsed = cli::parse_args(rest, cmd.with_value, cmd.flags);
    if (!parsed) return usage_error(it->first, parsed.error());
    return cmd.run(parsed.value());
}
