// JSON reports of the core's results, shared by the `ometer` CLI and the headless wasm API so both print
// exactly the same thing: a full occupation record, search hits, a comparison, quiz results.
#pragma once

#include <string>
#include <vector>

#include "core/compare.hpp"
#include "core/model.hpp"
#include "core/quiz.hpp"
#include "core/search.hpp"

namespace ometer {

struct JsonStyle {
    int indent = 2;  // -1: compact, one line
};

std::string occupation_json(const Bundle& bundle, const Occupation& occ, JsonStyle style = {});
std::string search_json(const Bundle& bundle, const std::vector<SearchHit>& hits, JsonStyle style = {});
std::string comparison_json(const Bundle& bundle, const Comparison& cmp, JsonStyle style = {});
std::string quiz_json(const Bundle& bundle, const QuizOutcome& outcome, JsonStyle style = {});
std::string bundle_info_json(const Bundle& bundle, JsonStyle style = {});
std::string quiz_info_json(const Quiz& quiz, JsonStyle style = {});
std::string error_json(const std::string& message, JsonStyle style = {});

}  // namespace ometer
