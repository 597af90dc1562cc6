// Delimited-file reader for the raw data; see table.hpp.
#include "tools/pack/table.hpp"

#include <cerrno>
#include <cstdlib>
#include <fstream>
#include <sstream>

namespace ometer::pack {

namespace {

// Splits one logical record starting at `pos`; handles quotes only for CSV.
std::vector<std::string> next_record(std::string_view text, std::size_t& pos, char delim) {
    std::vector<std::string> fields;
    std::string field;
    bool quoted = false;
    const bool csv = delim == ',';
    while (pos < text.size()) {
        char c = text[pos++];
        if (csv && quoted) {
            if (c == '"') {
                if (pos < text.size() && text[pos] == '"') {
                    field += '"';
                    ++pos;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
            continue;
        }
        if (csv && c == '"' && field.empty()) {
            quoted = true;
        } else if (c == delim) {
            fields.push_back(std::move(field));
            field.clear();
        } else if (c == '\n') {
            break;
        } else if (c != '\r') {
            field += c;
        }
    }
    fields.push_back(std::move(field));
    return fields;
}

}  // namespace

Result<std::string> read_file(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return Error{"cannot open " + path};
    std::ostringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

Result<Table> Table::read(const std::string& path, char delimiter) {
    auto text = read_file(path);
    if (!text) return Error{text.error()};
    return parse(text.value(), delimiter, path);
}

Result<Table> Table::parse(std::string_view text, char delimiter, const std::string& name) {
    Table t;
    t.name_ = name;
    std::size_t pos = 0;
    if (text.substr(0, 3) == "\xEF\xBB\xBF") pos = 3;  // UTF-8 byte order mark
    if (pos >= text.size()) return Error{name + ": empty file, expected a header row"};
    t.header_ = next_record(text, pos, delimiter);
    for (std::size_t i = 0; i < t.header_.size(); ++i) t.by_header_.emplace(t.header_[i], i);
    while (pos < text.size()) {
        auto rec = next_record(text, pos, delimiter);
        if (rec.size() == 1 && rec[0].empty()) continue;  // blank line
        t.rows_.push_back(std::move(rec));
    }
    return t;
}

Result<std::size_t> Table::column(std::string_view header) const {
    auto it = by_header_.find(std::string(header));
    if (it == by_header_.end()) return Error{name_ + ": missing column \"" + std::string(header) + "\""};
    return it->second;
}

bool Table::has_column(std::string_view header) const { return by_header_.count(std::string(header)) > 0; }

const std::string& Table::at(std::size_t row, std::size_t col) const {
    static const std::string empty;
    const auto& r = rows_[row];
    return col < r.size() ? r[col] : empty;
}

Result<Columns> Columns::require(const Table& table, std::initializer_list<std::string_view> names) {
    Columns c;
    for (auto n : names) {
        auto idx = table.column(n);
        if (!idx) return Error{idx.error()};
        c.index_.emplace(std::string(n), idx.value());
    }
    return c;
}

std::size_t Columns::operator[](std::string_view name) const { return index_.at(std::string(name)); }

std::optional<double> parse_number(std::string_view cell) {
    while (!cell.empty() && (cell.front() == ' ')) cell.remove_prefix(1);
    while (!cell.empty() && (cell.back() == ' ')) cell.remove_suffix(1);
    if (cell.empty()) return std::nullopt;
    std::string s;
    s.reserve(cell.size());
    for (char c : cell)
        if (c != ',') s += c;  // thousands separators
    char* end = nullptr;
    errno = 0;
    double v = std::strtod(s.c_str(), &end);
    if (end == s.c_str() || *end != '\0' || errno == ERANGE) return std::nullopt;
    return v;
}

}  // namespace ometer::pack
