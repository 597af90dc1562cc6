// The readers of an occupations bundle's parts (header, region, sources, measures, one occupation, the
// details fields), shared by the bundle, details, titles and quiz readers. Internal to the core.
#pragma once

#include <string>
#include <vector>

#include "core/json_read.hpp"
#include "core/model.hpp"

namespace ometer::json_read {

// "schema" (this build's version), "kind" (must be `kind`) and "data_version".
bool read_header(Reader& r, const json& doc, const char* kind, int& schema, std::string& data_version);
bool read_region(Reader& r, const json& doc, Region& region);
bool read_sources(Reader& r, const json& doc, std::vector<Source>& out);
// A measure's figures; `range` bounds every figure (money or hours). Absent means not published.
bool read_measure(Reader& r, const json& obj, const Path& path, const char* key, Measure& m, Range range);
// The fields a split bundle keeps in its details file; a full bundle has them inline.
bool read_details_fields(Reader& r, const json& o, const Path& p, Occupation& occ, bool required);
// One item of "occupations", at `p` (e.g. occupations[3]).
bool read_occupation(Reader& r, const json& o, const Path& p, BundlePart part, Occupation& occ);

}  // namespace ometer::json_read
