// Reading the shipped JSON bundles (occupations, search titles, quiz) into the core's structs.
// Malformed, truncated, wrong-typed or wrong-version input returns an error naming the field and where.
#pragma once

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

}  // namespace ometer
