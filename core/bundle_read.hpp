// Reading the shipped JSON bundles (occupations, search titles, quiz) into the core's structs.
// Malformed, truncated, wrong-typed or wrong-version input returns an error naming the field and where.
#pragma once

#include <cstddef>
#include <memory>
#include <string>
#include <string_view>

#include "core/model.hpp"
#include "core/quiz.hpp"
#include "core/result.hpp"

namespace ometer {

// `name` labels errors, e.g. "uk.json". Each reader checks "schema" and "kind" first.
// A full bundle, or the "cards" part of a split one (then `has_details` is false until read_details).
Result<Bundle> read_bundle(std::string_view json_text, const std::string& name = "bundle");
// Adds a split bundle's details file (descriptions, tasks, entry routes, similar jobs) to its cards. On an
// error the bundle is unchanged.
Result<bool> read_details(std::string_view json_text, Bundle& bundle, const std::string& name = "details");
Result<TitleSet> read_titles(std::string_view json_text, const Bundle& bundle, const std::string& name = "titles");
Result<Quiz> read_quiz(std::string_view json_text, const std::string& name = "quiz");

// Reading a bundle or a titles file a slice at a time, for a page that must not block while a student waits:
//     BundleReader read(text, "uk-cards.json");
//     while (!read.step()) { /* let the page breathe */ }
//     Result<Bundle> bundle = read.result();
// The first step finds where each occupation (or each code's titles) begins and ends in the text and reads
// everything around them; each later step parses a few more, one at a time. The result, and any error, is
// exactly the one-shot reader's (which is built on these): a problem found along the way is reported only
// after the whole text has been checked as one parse would check it, so a syntax error anywhere still comes
// first. The text must outlive the reader.
class BundleReader {
public:
    explicit BundleReader(std::string_view json_text, std::string name = "bundle");
    ~BundleReader();
    BundleReader(const BundleReader&) = delete;
    BundleReader& operator=(const BundleReader&) = delete;

    // Up to `occupations` more occupations (the first step also reads the rest of the file); true once
    // result() may be called, which is at once after an error.
    bool step(std::size_t occupations = 8);
    Result<Bundle> result();  // once, after step() returned true

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

// The same for a titles file: each step reads up to `codes` codes' titles.
class TitlesReader {
public:
    TitlesReader(std::string_view json_text, const Bundle& bundle, std::string name = "titles");
    ~TitlesReader();
    TitlesReader(const TitlesReader&) = delete;
    TitlesReader& operator=(const TitlesReader&) = delete;

    bool step(std::size_t codes = 16);
    Result<TitleSet> result();  // once, after step() returned true

private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace ometer
