// Reading the raw delimited files of ../shared/data: TSV (tabs, no quoting) and CSV (RFC 4180 quoting),
// with columns looked up by header name so a reordered or renamed column fails loudly.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "core/result.hpp"

namespace ometer::pack {

class Table {
public:
    // Reads a whole file. `delimiter` is '\t' or ','; ',' enables double-quote handling.
    static Result<Table> read(const std::string& path, char delimiter = '\t');
    static Result<Table> parse(std::string_view text, char delimiter, const std::string& name);

    const std::string& name() const { return name_; }
    std::size_t size() const { return rows_.size(); }
    const std::vector<std::string>& header() const { return header_; }

    // Column index by exact header text; an error names the file and the missing column.
    Result<std::size_t> column(std::string_view header) const;
    bool has_column(std::string_view header) const;

    const std::string& at(std::size_t row, std::size_t col) const;  // "" past the end of a short row
    const std::vector<std::string>& row(std::size_t row) const { return rows_[row]; }

private:
    std::string name_;
    std::vector<std::string> header_;
    std::unordered_map<std::string, std::size_t> by_header_;
    std::vector<std::vector<std::string>> rows_;
};

// Resolves several columns at once: `cols.get("Title")` after `cols.require(table, {...})` succeeded.
class Columns {
public:
    static Result<Columns> require(const Table& table, std::initializer_list<std::string_view> names);
    std::size_t operator[](std::string_view name) const;

private:
    std::unordered_map<std::string, std::size_t> index_;
};

// A published number, or nothing for ONS/BLS "not available" markers (x, .., :, *, **, #, —, blank).
std::optional<double> parse_number(std::string_view cell);

// Reads a whole file into a string; errors name the path.
Result<std::string> read_file(const std::string& path);

}  // namespace ometer::pack
