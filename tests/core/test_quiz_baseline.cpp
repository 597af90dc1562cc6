// Quiz results stay as recorded: for every persona of tests/quiz_baseline.hpp (one and two loved areas, the
// rest "not sure" or "dislike", both forms and scales, both regions, each UK study level), the Holland code,
// the matches in order with their fit and score, and a hash of the whole report (reasons, levels, messages)
// equal tests/fixtures/quiz_baseline.tsv.
#include <doctest/doctest.h>

#include <map>
#include <sstream>

#include "core/bundle_read.hpp"
#include "tests/quiz_baseline.hpp"
#include "tests/test_support.hpp"

using namespace ometer;

TEST_CASE("quiz results match the recorded baseline, persona by persona") {
    const std::string root = test::source_dir();
    std::stringstream lines(test::read_text(root + "/tests/fixtures/quiz_baseline.tsv"));
    std::string line;
    REQUIRE(std::getline(lines, line));
    REQUIRE(line.rfind("# inputs\t", 0) == 0);
    {
        std::stringstream inputs(line.substr(9));
        std::string entry;
        while (std::getline(inputs, entry, '\t')) {
            const auto eq = entry.find('=');
            const std::string path = entry.substr(0, eq);
            if (test::text_hash(test::read_text(root + "/" + path)) != entry.substr(eq + 1))
                FAIL(path << " has changed since tests/fixtures/quiz_baseline.tsv was recorded. If the data changed and the "
                             "quiz did not, record it again (see tests/fixtures/record_quiz_baseline.cpp) and check that "
                             "its differences follow the data.");
        }
    }
    std::map<std::string, std::string> recorded;
    while (std::getline(lines, line))
        if (!line.empty()) recorded[line.substr(0, line.find('\t'))] = line;

    auto quiz = read_quiz(test::read_text(root + "/assets/data/quiz.json"), "quiz.json");
    REQUIRE_MESSAGE(quiz.ok(), quiz.error());
    std::size_t compared = 0, differing = 0;
    for (const std::string region : {"uk", "us"}) {
        auto bundle = read_bundle(test::read_text(root + "/assets/data/" + region + ".json"), region + ".json");
        REQUIRE_MESSAGE(bundle.ok(), bundle.error());
        for (const auto& p : test::quiz_personas(quiz.value())) {
            if (p.region != region) continue;
            const std::string now = test::quiz_line(bundle.value(), p, run_quiz(quiz.value(), bundle.value(), p.request));
            const auto it = recorded.find(p.key);
            ++compared;
            if (it == recorded.end() || it->second != now) {
                if (++differing <= 10) {
                    CAPTURE(p.key);
                    CHECK(now == (it == recorded.end() ? std::string("(not recorded)") : it->second));
                }
            }
        }
    }
    MESSAGE(compared << " personas compared, " << differing << " differ");
    CHECK(differing == 0);
    CHECK(compared == recorded.size());
    CHECK(compared > 300);
}
