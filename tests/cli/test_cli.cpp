// The `ometer` CLI as a user calls it: output shapes, exit codes and one-line errors on stderr.
#include <doctest/doctest.h>

#include <cstdio>
#include <cstdlib>
#include <sstream>
#include <string>
#include <sys/wait.h>

#include "tests/test_support.hpp"
#include "tools/ometer/args.hpp"

namespace {

struct Run {
    int code = -1;
    std::string out, err;
};

// Runs `ometer ARGS` through the shell with stdout and stderr captured in temp files.
Run run_cli(const std::string& args) {
    char out_path[] = "/tmp/ometer-cli-out-XXXXXX";
    char err_path[] = "/tmp/ometer-cli-err-XXXXXX";
    int fo = mkstemp(out_path), fe = mkstemp(err_path);
    REQUIRE((fo >= 0 && fe >= 0));
    std::string cmd = std::string(OMETER_CLI_PATH) + " " + args + " >" + out_path + " 2>" + err_path;
    int status = std::system(cmd.c_str());
    Run r;
    r.code = WIFEXITED(status) ? WEXITSTATUS(status) : -1;
    r.out = ometer::test::read_text(out_path);
    r.err = ometer::test::read_text(err_path);
    std::remove(out_path);
    std::remove(err_path);
    return r;
}

bool one_line(const std::string& s) { return !s.empty() && s.find('\n') == s.size() - 1; }

// One line with no control bytes before its newline (no terminal escapes reach the terminal).
bool clean_line(const std::string& s) {
    if (!one_line(s)) return false;
    for (std::size_t i = 0; i + 1 < s.size(); ++i)
        if (static_cast<unsigned char>(s[i]) < 0x20 || s[i] == 0x7F) return false;
    return true;
}

bool has(const std::string& text, const std::string& part) { return text.find(part) != std::string::npos; }

}  // namespace

TEST_CASE("show: UK electricians with ASHE pay, hours and interests") {
    Run r = run_cli("show --region uk 5241");
    REQUIRE(r.code == 0);
    CHECK(r.out.find("\"title\": \"Electricians and electrical fitters\"") != std::string::npos);
    CHECK(r.out.find("\"pay_annual\": {") != std::string::npos);
    CHECK(r.out.find("\"hours_weekly\": {") != std::string::npos);
    CHECK(r.out.find("\"interests\": {") != std::string::npos);
    CHECK(r.err.empty());
}

TEST_CASE("show: US electricians with BLS wage and outlook") {
    Run r = run_cli("show --region us 47-2111.00");
    REQUIRE(r.code == 0);
    CHECK(r.out.find("\"title\": \"Electricians\"") != std::string::npos);
    CHECK(r.out.find("\"growth_pct\"") != std::string::npos);
    CHECK(r.out.find("\"currency\": \"USD\"") != std::string::npos);
}

TEST_CASE("search prints a JSON array with code, title, score and matched") {
    Run r = run_cli("search --limit 3 electrician");
    REQUIRE(r.code == 0);
    CHECK(r.out.front() == '[');
    for (const char* key : {"\"code\"", "\"title\"", "\"score\"", "\"matched\""}) CHECK(r.out.find(key) != std::string::npos);
    Run odd = run_cli("search --compact -- \"$(printf '\\001\\377 \\360\\237\\230\\215 nurse')\"");
    CHECK(odd.code == 0);
    CHECK(odd.out.front() == '[');
    Run none = run_cli("search --compact zzzzqqqqxxxx");
    CHECK(none.code == 0);
    CHECK(none.out == "[]\n");
}

// A printed amount ("+0.870588", "-0.060000", "=1.417746") in millionths.
long long micro_amount(const std::string& text) {
    const std::size_t dot = text.find('.');
    const long long v = std::stoll(text.substr(1, dot - 1)) * 1000000 + std::stoll(text.substr(dot + 1, 6));
    return text[0] == '-' ? -v : v;
}

TEST_CASE("search --explain: the printed parts add up to each printed score") {
    for (const char* args : {"electr", "nurse", "taxi diver", "trainee accountant", "pe teacher", "--limit 3 car s",
                             "--region us electrician", "--region us registered nurse"}) {
        CAPTURE(args);
        Run r = run_cli(std::string("search --explain ") + args);
        REQUIRE(r.code == 0);
        std::istringstream lines(r.out);
        std::string line;
        long long sum = 0;
        int parts = 0, scores = 0;
        while (std::getline(lines, line)) {
            const std::size_t at = line.find_first_not_of(' ');
            if (at == std::string::npos || at != 3 || line.size() < at + 9 || line[at + 2] != '.') continue;
            const std::string amount = line.substr(at, line.find(' ', at) - at);
            if (line[at] == '+' || line[at] == '-') {
                sum += micro_amount(amount);
                ++parts;
            } else if (line[at] == '=') {
                CHECK(sum == micro_amount(amount));
                CHECK(parts >= 7);
                sum = 0;
                parts = 0;
                ++scores;
            }
        }
        CHECK(scores >= 3);
        CHECK(parts == 0);  // every hit ends with its score
    }
}

TEST_CASE("compare and quiz print JSON") {
    Run c = run_cli("compare 5241 5315 2237");
    REQUIRE(c.code == 0);
    CHECK(c.out.find("\"pay_vs_average\"") != std::string::npos);
    Run q = run_cli("quiz --form 30 --answers " + std::string(30, '2').replace(0, 5, "00000"));
    REQUIRE(q.code == 0);
    CHECK(q.out.find("\"profile\"") != std::string::npos);
    CHECK(q.out.find("\"matches\"") != std::string::npos);
}

TEST_CASE("wrong arguments: non-zero exit and a one-line message") {
    struct Case {
        std::string args;
        int code;
    } cases[] = {
        {"show --region uk 0000", 1},
        {"show --region fr 5241", 2},
        {"show", 2},
        {"show 5241 5242", 2},
        {"search", 2},
        {"search --limit 0 nurse", 2},
        {"search --limit lots nurse", 2},
        {"search --colour red nurse", 2},
        {"compare", 2},
        {"compare 1 2 3 4", 2},
        {"compare 5241 9999", 1},
        {"quiz --answers 012", 2},
        {"quiz --form 30 --answers " + std::string(29, '1') + "7", 2},
        {"quiz --scale 4 --answers 0", 2},
        {"quiz --form 12 --answers 0", 2},
        {"quiz --max-level 9 --form 30 --answers " + std::string(30, '1'), 2},
        {"frobnicate", 2},
        {"show --data /nonexistent 5241", 1},
    };
    for (const auto& c : cases) {
        CAPTURE(c.args);
        Run r = run_cli(c.args);
        CHECK(r.code == c.code);
        CHECK(r.out.empty());
        CHECK(one_line(r.err));
    }
}

TEST_CASE("--help for every subcommand") {
    for (const char* cmd : {"pack", "show", "search", "compare", "quiz", "info"}) {
        CAPTURE(cmd);
        Run r = run_cli(std::string(cmd) + " --help");
        CHECK(r.code == 0);
        CHECK(r.out.find("ometer " + std::string(cmd)) != std::string::npos);
    }
    Run top = run_cli("--help");
    CHECK(top.code == 0);
    CHECK(top.out.find("commands:") != std::string::npos);
}

TEST_CASE("code: encode and decode results codes; related: similar jobs; errors exit 1 or 2 with one line") {
    const std::string data = "--data " + ometer::test::source_dir() + "/assets/data ";
    Run quiz = run_cli("code encode " + data + "--form 30 --answers 210210210210210210210210210210 --compact");
    REQUIRE(quiz.code == 0);
    const auto at = quiz.out.find("SK1-");
    REQUIRE(at != std::string::npos);
    const std::string code = quiz.out.substr(at, quiz.out.find('"', at) - at);
    Run back = run_cli("code decode " + code + " --compact");
    CHECK(back.code == 0);
    CHECK(back.out.find("\"answers\":\"210210210210210210210210210210\"") != std::string::npos);
    Run cmp = run_cli("code encode " + data + "--compare 5241,2231 --compact");
    CHECK(cmp.code == 0);
    CHECK(cmp.out.find("\"code\":\"CM1-") != std::string::npos);
    Run unknown = run_cli("code encode " + data + "--compare 5241,0000");
    CHECK(unknown.code == 1);
    CHECK(one_line(unknown.err));
    Run both = run_cli("code encode " + data + "--compare 5241 --answers 1");
    CHECK(both.code == 2);
    CHECK(one_line(both.err));
    Run bad = run_cli("code decode SK1-0000-0000");
    CHECK(bad.code == 1);
    CHECK(bad.err.find("too short") != std::string::npos);
    CHECK(run_cli("code frobnicate").code == 2);
    Run related = run_cli("related " + data + "5241 --compact");
    CHECK(related.code == 0);
    CHECK(related.out.front() == '[');
    CHECK(run_cli("related " + data + "0000").code == 1);
}

TEST_CASE("printable escapes control characters, hidden characters and invalid UTF-8, and cuts long input") {
    using ometer::cli::printable;
    CHECK(printable("electrician") == "electrician");
    CHECK(printable("caf\xC3\xA9 \xF0\x9F\x98\x8D") == "caf\xC3\xA9 \xF0\x9F\x98\x8D");  // letters and emoji kept
    CHECK(printable("\x1B[2J\x1B]0;owned\x07") == "\\x1b[2J\\x1b]0;owned\\x07");
    CHECK(printable("a\nb\tc\rd") == "a\\nb\\tc\\x0dd");
    CHECK(printable(std::string("nul\0byte", 8)) == "nul\\x00byte");
    CHECK(printable("\x7F") == "\\x7f");
    CHECK(printable("\xC2\x9B" "31m") == "\\u{009b}31m");                 // C1 control (8-bit CSI)
    CHECK(printable("abc\xE2\x80\xAE" "fdp.exe") == "abc\\u{202e}fdp.exe");  // right-to-left override
    CHECK(printable("\xFF\xFE") == "\\xff\\xfe");
    CHECK(printable("\xC0\xAF") == "\\xc0\\xaf");                          // overlong '/'
    CHECK(printable("\xED\xA0\x80") == "\\xed\\xa0\\x80");                  // a surrogate
    CHECK(printable("\xE2\x82") == "\\xe2\\x82");                          // truncated sequence
    CHECK(printable(std::string(200, 'a')) == std::string(80, 'a') + "...");
    CHECK(printable(std::string(79, 'a') + "\xC3\xA9") == std::string(79, 'a') + "...");  // cut on a character boundary
    CHECK(printable(std::string(80, 'a')) == std::string(80, 'a'));
    const std::string once = printable("x\x1B\xFFy\n");
    CHECK(printable(once) == once);  // escaping twice changes nothing, so messages can be passed through again
}

TEST_CASE("errors echo user input escaped, on one line, cut short") {
    Run escape = run_cli("\"$(printf 'x\\033[31mred\\nline')\"");
    CHECK(escape.code == 2);
    CHECK(clean_line(escape.err));
    CHECK(has(escape.err, "unknown command \"x\\x1b[31mred\\nline\""));

    Run bytes = run_cli("show \"$(printf '\\377\\376\\033')\"");
    CHECK(bytes.code == 1);
    CHECK(clean_line(bytes.err));
    CHECK(has(bytes.err, "code \"\\xff\\xfe\\x1b\""));

    Run longer = run_cli("show " + std::string(5000, '9'));
    CHECK(longer.code == 1);
    CHECK(clean_line(longer.err));
    CHECK(longer.err.size() < 300);
    CHECK(has(longer.err, std::string(80, '9') + "...\""));

    Run option = run_cli("search --limit \"$(printf '1\\033')\" nurse");
    CHECK(option.code == 2);
    CHECK(has(option.err, "got \"1\\x1b\""));
    Run unknown = run_cli("search \"--x$(printf '\\342\\200\\256')\" nurse");
    CHECK(unknown.code == 2);
    CHECK(has(unknown.err, "unknown option --x\\u{202e}"));
    Run region = run_cli("show --region \"$(printf 'u\\nk')\" 5241");
    CHECK(region.code == 2);
    CHECK(clean_line(region.err));

    // Through the core's own message (compare names the unknown code).
    Run core = run_cli("compare 5241 \"$(printf '52\\r\\033[1A')\"");
    CHECK(core.code == 1);
    CHECK(clean_line(core.err));
    CHECK(has(core.err, "\\x0d\\x1b[1A"));
}
