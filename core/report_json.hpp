// JSON reports of the core's results, shared by the `ometer` CLI and the headless wasm API so both print
// exactly the same thing: a full occupation record, search hits, a comparison, quiz results.
#pragma once

#include <string>
#include <vector>

#include "core/compare.hpp"
#include "core/model.hpp"
#include "core/quiz.hpp"
#include "core/results_code.hpp"
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
// {"<key>": "<value>"}, e.g. {"code": "SK1-..."}.
std::string text_field_json(const std::string& key, const std::string& value, JsonStyle style = {});
// What a results code holds: {"kind":"quiz","form":"30","scale":3,"answers":"0120..."} or
// {"kind":"compare","region":"uk","codes":[...]}, with the data release it was made with.
std::string results_code_json(const DecodedCode& code, JsonStyle style = {});
// An occupation's similar jobs: [{"code","title","pay",...}].
std::string related_json(const Bundle& bundle, const Occupation& occ, JsonStyle style = {});

}  // namespace ometer
