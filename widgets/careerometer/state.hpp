// Careerometer state: what the student has typed and chosen, independent of how it is drawn. Plain C++
// over the core (search and comparison), so every behaviour is unit-testable without a screen.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <tuple>
#include <vector>

#include "core/compare.hpp"
#include "core/model.hpp"
#include "core/search.hpp"

namespace ometer::widgets {

inline constexpr std::size_t kSlots = kMaxCompared;
inline constexpr std::size_t kDropdownRows = 8;

class CareerometerState {
public:
    // Data arrive separately (the cards bundle first, then titles, then details when a student opens a
    // job); search works on occupation titles alone until the index of all titles is built, a slice per
    // build_index() call.
    void set_bundle(Bundle bundle);
    void set_titles(TitleSet titles);
    bool build_index();  // one slice; true when there is nothing left to build
    bool indexing() const { return building_ != nullptr; }
    bool all_titles() const { return all_titles_; }  // search runs over every title, not only the jobs' own
    Result<bool> set_details(std::string_view text, const std::string& name);
    bool ready() const { return bundle_ != nullptr; }
    const Bundle& bundle() const { return *bundle_; }
    // True when an open card is waiting for the details file.
    bool wants_details() const;

    // Search box.
    void set_query(std::string text);  // runs the search; the drop-down opens when there are results
    // Searches for `text`, hands the state with those results to `use`, then puts the search back as it was.
    template <class Use>
    void with_query(std::string text, Use&& use) {
        auto saved = std::tuple(query_, results_, dropdown_open_, dismissed_, highlighted_, refusal_);
        set_query(std::move(text));
        use(static_cast<const CareerometerState&>(*this));
        std::tie(query_, results_, dropdown_open_, dismissed_, highlighted_, refusal_) = std::move(saved);
    }
    const std::string& query() const { return query_; }
    const std::vector<SearchHit>& results() const { return results_; }
    bool dropdown_open() const { return dropdown_open_ && !results_.empty(); }
    void close_dropdown() {  // Escape, or leaving the search box
        dropdown_open_ = false;
        dismissed_ = true;
    }
    int highlighted() const { return highlighted_; }
    void move_highlight(int delta);    // wraps; -1 = none
    void set_highlight(int index);
    // Adds the highlighted (or given) result to the first empty card. False when there is nothing to add
    // or the cards are full; refusal() then says why.
    bool choose(int result_index = -1);

    // Cards.
    bool add(const std::string& code);               // into the first empty card
    bool put(std::size_t slot, const std::string& code);  // replaces that card's job
    bool remove(std::size_t slot);
    void toggle_details(std::size_t slot);
    const std::array<std::optional<std::size_t>, kSlots>& slots() const { return slots_; }
    std::size_t filled() const;
    std::optional<std::size_t> first_empty() const;
    std::optional<std::size_t> slot_of(const std::string& code) const;
    bool details_open(std::size_t slot) const { return details_[slot]; }
    // Why the last choice was refused, until the next change: the cards are full, or the job is shown.
    enum class Refusal { none, full, shown };
    Refusal refusal() const { return refusal_; }
    const std::string& refused_title() const { return refused_title_; }

    // Figures per filled slot and the cross-card comparison (recomputed when cards change).
    const std::array<std::optional<ComparedOccupation>, kSlots>& cards() const { return cards_; }
    const std::optional<Comparison>& comparison() const { return comparison_; }
    std::vector<std::string> codes() const;  // the cards' codes, in slot order

    bool about_open = false;

private:
    void refresh();

    std::unique_ptr<Bundle> bundle_;
    std::unique_ptr<SearchIndex> index_;
    std::unique_ptr<SearchIndexBuilder> building_;  // the index of all titles, until it is complete
    std::string query_;
    std::vector<SearchHit> results_;
    bool dropdown_open_ = false;
    bool all_titles_ = false;
    bool dismissed_ = false;  // the student closed the drop-down; the titles arriving do not reopen it
    int highlighted_ = -1;
    std::array<std::optional<std::size_t>, kSlots> slots_{};
    std::array<bool, kSlots> details_{};
    Refusal refusal_ = Refusal::none;
    std::string refused_title_;
    std::array<std::optional<ComparedOccupation>, kSlots> cards_{};
    std::optional<Comparison> comparison_;
};

}  // namespace ometer::widgets
