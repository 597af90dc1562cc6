// Search: prefixes as you type, typos, folding, compounds, spellings, odd input, one result per occupation,
// highlights; and on the shipped bundles, hit@3 on tests/fixtures/search_queries.tsv (and on the development
// query set when ../shared/eval is present).
// Over 400 lines because search is one topic with one test file (STYLE.md); each case is short.
#include <doctest/doctest.h>

#include <sstream>

#include "core/bundle_read.hpp"
#include "core/search.hpp"
#include "core/search/pass_map.hpp"
#include "tests/test_support.hpp"

using namespace ometer;

namespace {

// One occupation with what search reads: its code, title and job count.
void add_occupation(Bundle& bundle, const char* code, const char* title, double jobs) {
    Occupation o;
    o.code = code;
    o.title = title;
    o.jobs = jobs;
    bundle.occupations.push_back(o);
}

struct Fixture {
    Bundle bundle;
    TitleSet titles;
    Fixture() {
        auto add = [&](const char* code, const char* title, double jobs) { add_occupation(bundle, code, title, jobs); };
        add("5241", "Electricians and electrical fitters", 100000);
        add("5315", "Plumbers and heating and ventilating installers", 60000);
        add("2237", "Other registered nursing professionals", 200000);
        add("2236", "Children's nurses", 30000);
        add("2123", "Electrical engineers", 40000);
        add("9225", "Refuse and salvage occupations", 30000);
        bundle.rebuild_lookup();
        auto t = [&](std::uint32_t occ, const char* text, TitleKind kind) { titles.titles.push_back({text, occ, kind}); };
        t(0, "Electrician", TitleKind::index);
        t(1, "Plumber", TitleKind::index);
        t(2, "Nurse", TitleKind::index);
        t(2, "Nurse anaesthetist", TitleKind::index);
        t(3, "Children's nurse", TitleKind::index);
        t(4, "Electrical engineer", TitleKind::index);
        t(5, "Bin man", TitleKind::everyday);
        t(5, "Caf\xC3\xA9 refuse collector", TitleKind::index);
    }
};

std::string top_code(const SearchIndex& idx, const Bundle& b, const std::string& q) {
    auto hits = idx.search(q, 3);
    return hits.empty() ? "" : b.occupations[hits[0].occupation].code;
}

// Two searches gave the same hits, in the same order, with the same scores and highlights.
void check_same_hits(const std::vector<SearchHit>& a, const std::vector<SearchHit>& b) {
    REQUIRE(a.size() == b.size());
    for (std::size_t i = 0; i < a.size(); ++i) {
        CHECK(a[i].occupation == b[i].occupation);
        CHECK(a[i].title == b[i].title);
        CHECK(a[i].score == b[i].score);
        CHECK(a[i].highlights == b[i].highlights);
    }
}

}  // namespace

TEST_CASE("as-you-type prefixes find the job") {
    Fixture f;
    SearchIndex idx(f.bundle, f.titles);
    CHECK(top_code(idx, f.bundle, "e") != "");
    CHECK(top_code(idx, f.bundle, "electr") == "5241");
    CHECK(top_code(idx, f.bundle, "plu") == "5315");
    CHECK(top_code(idx, f.bundle, "electrical eng") == "2123");
}

TEST_CASE("typos, case, punctuation and accents are folded") {
    Fixture f;
    SearchIndex idx(f.bundle, f.titles);
    CHECK(top_code(idx, f.bundle, "plumer") == "5315");
    CHECK(top_code(idx, f.bundle, "ELECTRICIAN!!") == "5241");
    CHECK(top_code(idx, f.bundle, "  bin   MAN ") == "9225");
    CHECK(top_code(idx, f.bundle, "cafe refuse") == "9225");
    CHECK(top_code(idx, f.bundle, "childrens nurse") == "2236");
    CHECK(top_code(idx, f.bundle, "children\xE2\x80\x99s nurse") == "2236");
}

TEST_CASE("the common, exact title ranks first and results are one per occupation") {
    Fixture f;
    SearchIndex idx(f.bundle, f.titles);
    auto hits = idx.search("nurse", 10);
    REQUIRE(hits.size() >= 2);
    CHECK(f.bundle.occupations[hits[0].occupation].code == "2237");
    CHECK(hits[0].title == "Nurse");
    for (std::size_t i = 0; i < hits.size(); ++i)
        for (std::size_t k = i + 1; k < hits.size(); ++k) CHECK(hits[i].occupation != hits[k].occupation);
    for (std::size_t i = 1; i < hits.size(); ++i) CHECK(hits[i - 1].score >= hits[i].score);
}

TEST_CASE("highlights cover the matched part of the shown title") {
    Fixture f;
    SearchIndex idx(f.bundle, f.titles);
    auto hits = idx.search("electr", 1);
    REQUIRE(hits.size() == 1);
    REQUIRE(hits[0].highlights.size() >= 1);
    auto [b, e] = hits[0].highlights[0];
    CHECK(hits[0].title.substr(b, e - b) == "Electr");
    auto cafe = idx.search("cafe", 1);
    REQUIRE(cafe.size() == 1);
    CHECK(cafe[0].title.substr(cafe[0].highlights[0].first, cafe[0].highlights[0].second - cafe[0].highlights[0].first) ==
          "Caf\xC3\xA9");
}

TEST_CASE("a highlight ends with the matched word, never with the punctuation or space after it") {
    Bundle bundle;
    add_occupation(bundle, "5246", "Electrical service and maintenance mechanics and repairers", 50000);
    add_occupation(bundle, "2235", "Registered mental health nurses", 40000);
    bundle.rebuild_lookup();
    TitleSet titles;
    titles.titles.push_back({"Maintenance electrician (office machinery, electrical)", 0, TitleKind::index});
    titles.titles.push_back({"Nurse (mental health)", 1, TitleKind::index});
    SearchIndex idx(bundle, titles);
    auto shown = [](const SearchHit& h) {  // the highlighted spans, "|" between them
        std::string out;
        for (const auto& [b, e] : h.highlights) out += (out.empty() ? "" : "|") + h.title.substr(b, e - b);
        return out;
    };
    auto elec = idx.search("electrician", 1);
    REQUIRE(elec.size() == 1);
    CHECK(shown(elec[0]) == "electrician");
    auto office = idx.search("maintenance electrician office", 1);
    REQUIRE(office.size() == 1);
    CHECK(shown(office[0]) == "Maintenance|electrician|office");
    auto health = idx.search("nurse health", 1);
    REQUIRE(health.size() == 1);
    CHECK(shown(health[0]) == "Nurse|health");
}

TEST_CASE("odd input is harmless") {
    Fixture f;
    SearchIndex idx(f.bundle, f.titles);
    CHECK(idx.search("", 10).empty());
    CHECK(idx.search("   \t\n", 10).empty());
    CHECK(idx.search("\xF0\x9F\x98\x8D\xF0\x9F\x98\x8D", 10).empty());
    CHECK(idx.search("zzzzqqqq", 10).empty());
    CHECK(idx.search("nurse", 0).empty());
    std::string huge(100000, 'a');
    CHECK(idx.search(huge, 10).size() <= 10);
    std::string bytes;
    for (int i = 0; i < 256; ++i) bytes += static_cast<char>(i);
    CHECK(idx.search(bytes, 10).size() <= 10);
    CHECK(top_code(idx, f.bundle, "nurse\xF0\x9F\x98\x8D") == "2237");
    CHECK(top_code(idx, f.bundle, std::string("plumber\0\x01", 9)) == "5315");
    std::string many_words;
    for (int i = 0; i < 50; ++i) many_words += "nurse ";
    CHECK_FALSE(idx.search(many_words, 5).empty());
}

namespace {

// A second small world for the matching rules: compounds, spellings, gendered and short forms.
struct Words {
    Bundle bundle;
    TitleSet titles;
    Words() {
        auto add = [&](const char* code, const char* title, double jobs) { add_occupation(bundle, code, title, jobs); };
        add("3313", "Fire service officers", 30000);             // 0
        add("4122", "Book-keepers, payroll managers and wages clerks", 150000);
        add("9225", "Refuse and salvage occupations", 40000);
        add("8222", "Fork-lift truck drivers", 50000);
        add("2212", "Specialist medical practitioners", 100000);
        add("3413", "Actors, entertainers and presenters", 40000);  // 5
        add("2221", "Physiotherapists", 50000);
        add("2313", "Secondary education teaching professionals", 250000);
        add("7115", "Vehicle and parts salespersons and advisers", 60000);
        add("8213", "Taxi and cab drivers and chauffeurs", 100000);
        add("2251", "Pharmacists", 50000);                         // 10
        add("6133", "Dental nurses", 50000);
        add("2237", "Other nursing professionals", 300000);
        add("9112", "Forestry workers", 10000);
        add("2421", "Chartered and certified accountants", 150000);  // 14
        add("3574", "Other vocational and industrial trainers", 50000);
        bundle.rebuild_lookup();
        auto t = [&](std::uint32_t occ, const char* text, TitleKind kind) {
            titles.titles.push_back({text, occ, kind});
        };
        t(0, "Firefighter", TitleKind::index);
        t(0, "Fireman", TitleKind::index);
        t(1, "Book keeper", TitleKind::index);
        t(2, "Bin man", TitleKind::index);
        t(3, "Fork lift truck driver", TitleKind::index);
        t(3, "Forklift driver", TitleKind::index);
        t(4, "Paediatrician", TitleKind::index);
        t(4, "Anaesthetist", TitleKind::index);
        t(5, "Actor", TitleKind::index);
        t(5, "Stunt man", TitleKind::index);
        t(6, "Physiotherapist", TitleKind::index);
        t(7, "Teacher (secondary school)", TitleKind::index);
        t(7, "Physical education teacher", TitleKind::index);
        t(7, "Teacher of English", TitleKind::index);
        t(8, "Car salesman", TitleKind::index);
        t(9, "Taxi driver", TitleKind::index);
        t(10, "Pharmacist", TitleKind::index);
        t(11, "Nurse (dental practice)", TitleKind::index);
        t(12, "Nurse", TitleKind::index);
        t(13, "Labourer (forestry)", TitleKind::index);
        t(13, "Diver (forestry)", TitleKind::index);
        t(14, "Accountant", TitleKind::index);
        t(15, "Trainee instructor", TitleKind::index);
    }
};

}  // namespace

TEST_CASE("compounds match whether written as one word or two") {
    Words w;
    SearchIndex idx(w.bundle, w.titles);
    CHECK(top_code(idx, w.bundle, "fire fighter") == "3313");  // query words joined
    CHECK(top_code(idx, w.bundle, "bookkeeper") == "4122");    // title words joined in the index
    CHECK(top_code(idx, w.bundle, "binman") == "9225");
    CHECK(top_code(idx, w.bundle, "forklift") == "8222");
    CHECK(top_code(idx, w.bundle, "forkl") == "8222");         // and as a prefix
    CHECK(top_code(idx, w.bundle, "stuntman") == "3413");      // split into two title words
    CHECK(top_code(idx, w.bundle, "fire f") == "3313");        // joined while the second word is typed
}

TEST_CASE("UK and US spellings, plurals, gendered and short forms") {
    Words w;
    SearchIndex idx(w.bundle, w.titles);
    CHECK(top_code(idx, w.bundle, "pediatrician") == "2212");
    CHECK(top_code(idx, w.bundle, "anesthesiologist") == "2212");
    CHECK(top_code(idx, w.bundle, "firewoman") == "3313");
    CHECK(top_code(idx, w.bundle, "firemen") == "3313");
    CHECK(top_code(idx, w.bundle, "actress") == "3413");
    CHECK(top_code(idx, w.bundle, "physio") == "2221");
    CHECK(top_code(idx, w.bundle, "PE teacher") == "2313");
    CHECK(top_code(idx, w.bundle, "G.P.").empty());            // joined to "gp"; nothing here is a GP
    CHECK(top_code(idx, w.bundle, "teacher of english") == "2313");  // filler words dropped
    CHECK(top_code(idx, w.bundle, "farmacist") == "2251");     // a first letter that sounds the same
}

TEST_CASE("ranking: qualifiers are context, the last word refines, a real-word typo is retried") {
    Words w;
    SearchIndex idx(w.bundle, w.titles);
    CHECK(top_code(idx, w.bundle, "nurse") == "2237");         // plain "Nurse" beats "Nurse (dental practice)"
    CHECK(top_code(idx, w.bundle, "dental nurse") == "6133");  // the qualifier's words still match
    auto car = idx.search("car s", 3);
    REQUIRE_FALSE(car.empty());
    CHECK(w.bundle.occupations[car[0].occupation].code == "7115");
    REQUIRE_FALSE(car[0].highlights.empty());
    const auto [from, to] = car[0].highlights.back();
    CHECK(car[0].title.substr(from, to - from) == "s");
    CHECK(top_code(idx, w.bundle, "taxi diver") == "8213");    // "diver" is a word, but no title has both
    CHECK(top_code(idx, w.bundle, "trainee accountant") == "2421");  // how far along is not the job
}

TEST_CASE("results do not depend on what was searched before") {
    Words w;
    SearchIndex warm(w.bundle, w.titles);
    const char* typed[] = {"f",           "fi",         "fir",        "fire",  "fire ",        "fire f", "fire fi",
                           "firefighter", "book keeper", "taxi diver", "pe teacher", "nurse", "dental nurse", "zzzz",
                           "",            "physio",     "car s",      "car sa", "forkl"};
    for (int round = 0; round < 3; ++round)
        for (const char* q : typed) {
            SearchIndex fresh(w.bundle, w.titles);
            check_same_hits(warm.search(q, 5), fresh.search(q, 5));
        }
}

namespace {

struct Shipped {
    Bundle bundle;
    TitleSet titles;
    explicit Shipped(const std::string& region) {
        const std::string dir = test::source_dir() + "/assets/data/";
        auto b = read_bundle(test::read_text(dir + region + ".json"), region + ".json");
        REQUIRE_MESSAGE(b.ok(), b.error());
        bundle = std::move(b.value());
        auto t = read_titles(test::read_text(dir + region + "-titles.json"), bundle);
        REQUIRE_MESSAGE(t.ok(), t.error());
        titles = std::move(t.value());
    }
};

std::vector<std::string> split(const std::string& s, char sep) {
    std::vector<std::string> out;
    std::stringstream ss(s);
    std::string part;
    while (std::getline(ss, part, sep)) out.push_back(part);
    return out;
}

}  // namespace

TEST_CASE("shipped bundles: everyday searches") {
    Shipped uk("uk");
    SearchIndex idx(uk.bundle, uk.titles);
    MESSAGE("uk index: " << idx.title_count() << " titles, " << idx.word_count() << " words, "
                         << idx.memory_bytes() / 1024 << " KiB");
    CHECK(top_code(idx, uk.bundle, "electr") == "5241");
    CHECK(top_code(idx, uk.bundle, "plumber") == "5315");
    auto nurse = idx.search("nurse", 3);
    REQUIRE(nurse.size() == 3);
    for (const auto& h : nurse) CHECK(uk.bundle.occupations[h.occupation].code.substr(0, 3) == "223");
}

TEST_CASE("an index built a slice at a time searches exactly as one built at once") {
    for (const std::string region : {"uk", "us"}) {
        Shipped data(region);
        SearchIndex whole(data.bundle, data.titles);
        SearchIndexBuilder build(data.bundle, data.titles);
        int steps = 1;
        while (!build.step(1000)) ++steps;
        SearchIndex sliced = build.finish();
        // No stage is done in one go: folding the titles, looking their words up (at least one word each),
        // listing each title's words and its postings each take a step per thousand titles; each vocabulary
        // word's lookups and its spelling key a step per thousand words.
        const auto per_thousand = [](std::size_t n) { return static_cast<int>(n / 1000); };
        CHECK(steps >= 4 * per_thousand(data.bundle.occupations.size() + data.titles.titles.size()) +
                           2 * per_thousand(whole.word_count()));
        CHECK(sliced.title_count() == whole.title_count());
        CHECK(sliced.word_count() == whole.word_count());
        for (const char* q : {"e", "el", "electrician", "nurse", "softwear develpr", "care taker", "fork lift", "zz",
                              "teacher (primary)", "chef de partie", "aeroplane pilot", "lab tech"}) {
            check_same_hits(whole.search(q, 10), sliced.search(q, 10));
        }
    }
}

namespace {

// hit@3 over a query file (query, uk codes, us 7-character codes, kind): an acceptable code among the first
// three distinct occupations. Prints each miss with what came first, so a regression names its queries.
struct HitRate {
    int n = 0, uk = 0, us = 0;
};

HitRate measure_hit3(const std::string& text, const Shipped& uk, const SearchIndex& uk_idx, const Shipped& us,
                     const SearchIndex& us_idx) {
    HitRate r;
    std::stringstream lines(text);
    std::string line;
    std::getline(lines, line);  // header: query, uk, us, kind
    auto hit = [](const SearchIndex& idx, const Bundle& b, const std::string& q, const std::string& accepted,
                  std::size_t len, std::string& got) {
        bool found = false;
        for (const auto& h : idx.search(q, 3)) {
            got += (got.empty() ? "" : ", ") + b.occupations[h.occupation].code.substr(0, len) + " " + h.title;
            for (const auto& code : split(accepted, ','))
                if (b.occupations[h.occupation].code.substr(0, len) == code) found = true;
        }
        return found;
    };
    while (std::getline(lines, line)) {
        auto cols = split(line, '\t');
        if (cols.size() < 3) continue;
        ++r.n;
        std::string got_uk, got_us;
        bool u = hit(uk_idx, uk.bundle, cols[0], cols[1], 4, got_uk);
        bool s = hit(us_idx, us.bundle, cols[0], cols[2], 7, got_us);
        if (!u) MESSAGE("uk miss: \"" << cols[0] << "\" want " << cols[1] << ", got " << got_uk);
        if (!s) MESSAGE("us miss: \"" << cols[0] << "\" want " << cols[2] << ", got " << got_us);
        r.uk += u;
        r.us += s;
    }
    return r;
}

}  // namespace

TEST_CASE("shipped bundles: hit@3 on the development query set") {
    const std::string path = test::source_dir() + "/../shared/eval/search_dev.tsv";
    if (!test::file_exists(path)) {
        MESSAGE("skipped: " << path << " not present (maintainers' machines only)");
        return;
    }
    Shipped uk("uk"), us("us");
    SearchIndex uk_idx(uk.bundle, uk.titles), us_idx(us.bundle, us.titles);
    HitRate r = measure_hit3(test::read_text(path), uk, uk_idx, us, us_idx);
    REQUIRE(r.n > 0);
    MESSAGE("hit@3 uk " << r.uk << "/" << r.n << ", us " << r.us << "/" << r.n);
    CHECK(static_cast<double>(r.uk) / r.n >= 0.95);
    CHECK(static_cast<double>(r.us) / r.n >= 0.90);
}

TEST_CASE("shipped bundles: hit@3 on the repository query set") {
    // tests/fixtures/search_queries.tsv: realistic queries with codes judged from the SOC 2020 structure and
    // O*NET titles, across exact titles, everyday and UK words, typos, prefixes, case and US terms.
    Shipped uk("uk"), us("us");
    SearchIndex uk_idx(uk.bundle, uk.titles), us_idx(us.bundle, us.titles);
    const std::string queries = test::read_text(test::source_dir() + "/tests/fixtures/search_queries.tsv");
    HitRate r = measure_hit3(queries, uk, uk_idx, us, us_idx);
    REQUIRE(r.n >= 200);
    MESSAGE("hit@3 uk " << r.uk << "/" << r.n << ", us " << r.us << "/" << r.n);
    CHECK(static_cast<double>(r.uk) / r.n >= 0.95);
    CHECK(static_cast<double>(r.us) / r.n >= 0.90);
}

TEST_CASE("explain: the same hits, and the parts add up to each score exactly") {
    Words w;
    SearchIndex idx(w.bundle, w.titles);
    for (const char* q : {"nurse", "dental nurse", "fire f", "firefighter", "taxi diver", "trainee accountant",
                          "pe teacher", "car s", "stuntman", "farmacist", "actress", "physio", "zzzz"}) {
        CAPTURE(q);
        const auto hits = idx.search(q, 5);
        const auto explained = idx.explain(q, 5);
        REQUIRE(explained.size() == hits.size());
        for (std::size_t i = 0; i < hits.size(); ++i) {
            const SearchExplanation& x = explained[i];
            CHECK(x.hit.occupation == hits[i].occupation);
            CHECK(x.hit.title == hits[i].title);
            CHECK(x.hit.score == hits[i].score);
            CHECK(x.hit.highlights == hits[i].highlights);
            CHECK(x.total() == x.hit.score);  // exactly: each part is what its step added
            double weights = 0, covered = 0;
            for (const auto& word : x.words) {
                weights += word.weight;
                covered += word.points;
                if (word.quality > 0) CHECK_FALSE(word.match.empty());
            }
            CHECK(weights == doctest::Approx(1.0));
            CHECK(covered == doctest::Approx(x.coverage * x.length_factor).epsilon(1e-6));
        }
    }
    auto nurse = idx.explain("practice nurse", 1);
    REQUIRE(nurse.size() == 1);
    CHECK(nurse[0].hit.title == "Nurse (dental practice)");
    REQUIRE(nurse[0].words.size() == 2);
    CHECK(nurse[0].words[0].title_word == "practice");
    CHECK(nurse[0].words[0].in_qualifier);
    CHECK(nurse[0].words[0].quality == doctest::Approx(0.95).epsilon(0.01));
    CHECK(nurse[0].words[1].match == "exact");
    CHECK(nurse[0].head_noun);
    CHECK(nurse[0].all_words);
    auto typo = idx.explain("taxi diver", 1);
    REQUIRE(typo.size() == 1);
    CHECK(typo[0].words[1].title_word == "driver");
    CHECK(typo[0].words[1].match == "typo");
    auto pair = idx.explain("stuntman", 1);
    REQUIRE(pair.size() == 1);
    CHECK(pair[0].words[0].title_word == "stunt man");
    CHECK(pair[0].words[0].match == "split compound");
}

TEST_CASE("pass marks: forgotten by the next pass, and cleared once when the counter wraps") {
    search_detail::PassMap<int> marks;
    marks.resize(4);
    marks.next_pass();
    marks.set(2, 7);
    CHECK(marks.contains(2));
    CHECK(marks[2] == 7);
    CHECK_FALSE(marks.contains(1));
    marks.next_pass();
    CHECK_FALSE(marks.contains(2));
    std::uint32_t pass = 0xFFFFFFFEu;
    int cleared = 0;
    search_detail::advance_pass(pass, [&] { ++cleared; });
    CHECK(pass == 0xFFFFFFFFu);
    CHECK(cleared == 0);
    search_detail::advance_pass(pass, [&] { ++cleared; });
    CHECK(pass == 1);  // 0 is what a fresh stamp holds, so it is skipped
    CHECK(cleared == 1);
}
