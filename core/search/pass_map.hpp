// Marks that count only in the current pass (a search, or one step of it), so a search notes which words,
// titles and occupations it touched without clearing anything between keystrokes.
#pragma once

#include <algorithm>
#include <cstddef>
#include <cstdint>
#include <vector>

namespace ometer::search_detail {

// Starts the next pass of a counter whose value stamps what a pass touched. When the counter wraps to 0
// (once in 4 billion passes) old stamps could look current, so `clear` wipes them and counting restarts at 1.
template <class Clear>
void advance_pass(std::uint32_t& pass, Clear clear) {
    if (++pass == 0) {
        clear();
        pass = 1;
    }
}

// A set of indices [0, n) emptied by next_pass().
class PassSet {
public:
    void resize(std::size_t n) { stamp_.assign(n, 0); }
    void next_pass() {
        advance_pass(pass_, [this] { std::fill(stamp_.begin(), stamp_.end(), 0); });
    }
    bool contains(std::size_t i) const { return stamp_[i] == pass_; }
    void insert(std::size_t i) { stamp_[i] = pass_; }
    std::size_t memory_bytes() const { return stamp_.capacity() * sizeof(std::uint32_t); }

private:
    std::vector<std::uint32_t> stamp_;
    std::uint32_t pass_ = 0;
};

// A value per index [0, n), present only when set in the current pass; next_pass() forgets them all. The
// stamp sits next to its value: the hot loops read both.
template <class Value>
class PassMap {
public:
    void resize(std::size_t n) { entries_.assign(n, Entry{}); }
    void next_pass() {
        advance_pass(pass_, [this] {
            for (Entry& e : entries_) e.pass = 0;
        });
    }
    bool contains(std::size_t i) const { return entries_[i].pass == pass_; }
    Value& set(std::size_t i, const Value& v) {
        entries_[i] = {pass_, v};
        return entries_[i].value;
    }
    Value& operator[](std::size_t i) { return entries_[i].value; }  // meaningful only when contains(i)
    const Value& operator[](std::size_t i) const { return entries_[i].value; }
    std::size_t memory_bytes() const { return entries_.capacity() * sizeof(Entry); }

private:
    struct Entry {
        std::uint32_t pass = 0;
        Value value{};
    };
    std::vector<Entry> entries_;
    std::uint32_t pass_ = 0;
};

}  // namespace ometer::search_detail
