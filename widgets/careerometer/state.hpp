// Careerometer state: what the student has typed and chosen, independent of how it is drawn. Plain C++
// over the core (search and comparison), so every behaviour is unit-testable without a screen.
#pragma once

#include <array>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/compare.hpp"
#include "core/model.hpp"
#include "core/search.hpp"

namespace ometer::widgets {

inline constexpr std::size_t kSlots = 3;
inline constexpr std::size_t kDropdownRows = 8;

class CareerometerState {
public:
    // Data arrive separately (occupations first, then titles); search works on occupation titles alone
    // until the titles bundle is in.
    void set_bundle(Bundle bundle);
    void set_titles(TitleSet titles);
    bool ready() const { return bundle_ != nullptr; }
    const Bundle& bundle() const { return *bundle_; }

    // Search box.
    void set_query(std::string text);  // runs the search; the dropdown opens when there are results
    const std::string& query() const { return query_; }
    const std::vector<SearchHit>& results() const { return results_; }
    bool dropdown_open() const { return dropdown_open_ && !results_.empty(); }
    void close_dropdown() { dropdown_open_ = false; }
    int highlighted() const { return highlighted_; }
    void move_highlight(int delta);    // wraps; -1 = none
    void set_highlight(int index);
    // Adds the highlighted (or given) result to the target slot; false if nothing to add.
    bool choose(int result_index = -1);

    // Cards.
    bool add(const std::string& code);        // into the target slot; false for unknown codes or duplicates
    bool remove(std::size_t slot);
    void replace(std::size_t slot);           // the next choice goes into this slot
    void toggle_details(std::size_t slot);
    const std::array<std::optional<std::size_t>, kSlots>& slots() const { return slots_; }
    std::size_t filled() const;
    std::optional<std::size_t> target_slot() const;  // where the next choice goes; none when full
    bool details_open(std::size_t slot) const { return details_[slot]; }

    // Figures per filled slot and the cross-card comparison (recomputed when cards change).
    const std::array<std::optional<ComparedOccupation>, kSlots>& cards() const { return cards_; }
    const std::optional<Comparison>& comparison() const { return comparison_; }

    // The shared scale of the pay dials, so cards are comparable at a glance: the highest p90 (or
    // median) among cards and the average, rounded up.
    double pay_scale_max() const;

    bool about_open = false;

private:
    void refresh();

    std::unique_ptr<Bundle> bundle_;
    std::unique_ptr<TitleSet> titles_;
    std::unique_ptr<SearchIndex> index_;
    std::string query_;
    std::vector<SearchHit> results_;
    bool dropdown_open_ = false;
    int highlighted_ = -1;
    std::array<std::optional<std::size_t>, kSlots> slots_{};
    std::array<bool, kSlots> details_{};
    std::optional<std::size_t> replacing_;
    std::array<std::optional<ComparedOccupation>, kSlots> cards_{};
    std::optional<Comparison> comparison_;
};

}  // namespace ometer::widgets
