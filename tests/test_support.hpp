// Helpers shared by the test files: locating the repo, reading files, and the full raw data (optional).
#pragma once

#include <cstdlib>
#include <fstream>
#include <sstream>
#include <string>

namespace ometer::test {

// The repository root: OMETER_SOURCE_DIR if set, else the path the test was built from.
inline std::string source_dir() {
    const char* env = std::getenv("OMETER_SOURCE_DIR");
    return env ? env : OMETER_TEST_SOURCE_DIR;
}

inline std::string read_text(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

inline bool file_exists(const std::string& path) { return static_cast<bool>(std::ifstream(path)); }

// ../shared/data next to the repo, present on maintainers' machines only.
inline std::string raw_data_dir() {
    const char* env = std::getenv("OMETER_RAW_DATA");
    return env ? env : source_dir() + "/../shared/data";
}
inline bool have_raw_data() { return file_exists(raw_data_dir() + "/SOURCES.md"); }

}  // namespace ometer::test
