// Shared by the libFuzzer targets: the fixture files they load once at start-up, and a byte reader that
// splits a fuzz input into the choices and text a target needs.
#pragma once

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>
#include <utility>

#include "core/bundle_read.hpp"
#include "tests/test_support.hpp"

namespace ometer::fuzz {

// A fixture that cannot be read is a setup error, not a finding: stop with a message instead of fuzzing nothing.
[[noreturn]] inline void setup_failed(const std::string& what) {
    std::fprintf(stderr, "fuzz: %s\n", what.c_str());
    std::exit(2);
}

// Reads a file of the source tree, e.g. "tests/fixtures/expected/uk.json".
inline std::string fixture(const std::string& relative) {
    std::string path = test::source_dir() + "/" + relative;
    if (!test::file_exists(path)) setup_failed("fixture " + path + " not found (set OMETER_SOURCE_DIR to the repository)");
    return test::read_text(path);
}

inline Bundle read_fixture_bundle(const std::string& name) {
    auto b = read_bundle(fixture("tests/fixtures/expected/" + name), name);
    if (!b) setup_failed(b.error());
    return std::move(b.value());
}

// The small fixture bundles the pipeline makes from tests/fixtures/raw (10 UK and 12 US occupations),
// read once. `region` is "uk" or "us".
inline const Bundle& fixture_bundle(std::string_view region) {
    static const Bundle uk = read_fixture_bundle("uk.json"), us = read_fixture_bundle("us.json");
    return region == "uk" ? uk : us;
}

// The cards part of the split fixture bundles (what the widgets load first), for the details reader.
inline const Bundle& fixture_cards(std::string_view region) {
    static const Bundle uk = read_fixture_bundle("uk-cards.json"), us = read_fixture_bundle("us-cards.json");
    return region == "uk" ? uk : us;
}

inline const TitleSet& fixture_titles(std::string_view region) {
    auto load = [](const char* name, const Bundle& bundle) {
        auto t = read_titles(fixture(std::string("tests/fixtures/expected/") + name), bundle, name);
        if (!t) setup_failed(t.error());
        return std::move(t.value());
    };
    static const TitleSet uk = load("uk-titles.json", fixture_bundle("uk")), us = load("us-titles.json", fixture_bundle("us"));
    return region == "uk" ? uk : us;
}

// The shipped quiz (60 statements, two forms; 5 KB).
inline const Quiz& shipped_quiz() {
    static const Quiz quiz = [] {
        auto q = read_quiz(fixture("assets/data/quiz.json"), "quiz.json");
        if (!q) setup_failed(q.error());
        return std::move(q.value());
    }();
    return quiz;
}

// Takes choices from the front of a fuzz input; the rest is text. Past the end it reads zeros, so every
// input, however short, is a valid one.
class Bytes {
public:
    Bytes(const std::uint8_t* data, std::size_t size) : text_(reinterpret_cast<const char*>(data), size) {}

    std::uint8_t byte() {
        if (text_.empty()) return 0;
        auto b = static_cast<std::uint8_t>(text_.front());
        text_.remove_prefix(1);
        return b;
    }
    bool flag() { return (byte() & 1) != 0; }
    std::string_view rest() const { return text_; }

    // The next line (without its '\n'), or nothing once the input is used up.
    bool line(std::string_view& out) {
        if (text_.empty()) return false;
        std::size_t nl = text_.find('\n');
        out = text_.substr(0, nl);
        text_.remove_prefix(nl == std::string_view::npos ? text_.size() : nl + 1);
        return true;
    }

private:
    std::string_view text_;
};

// A finding of the differential checks: the two readings of one input disagree.
[[noreturn]] inline void disagree(const char* what) {
    std::fprintf(stderr, "fuzz: %s\n", what);
    std::abort();
}

// The text with its first `"key"` spelt with an escape (`"ke\u0079"`, the same key to a JSON parser), which
// the readers in slices cannot split, so they parse it whole; empty when the key is not in the text.
inline std::string escaped_key(std::string_view text, std::string_view key) {
    const std::string quoted = "\"" + std::string(key) + "\"";
    const std::size_t at = text.find(quoted);
    if (at == std::string_view::npos || key.empty()) return {};
    char escape[8];
    std::snprintf(escape, sizeof escape, "\\u%04x", static_cast<unsigned char>(key.back()));
    std::string out(text.substr(0, at + key.size()));
    return out.append(escape).append(text.substr(at + quoted.size() - 1));
}

}  // namespace ometer::fuzz
