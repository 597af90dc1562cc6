// Careerometer state transitions; see state.hpp.
#include "widgets/careerometer/state.hpp"

#include "core/bundle_read.hpp"

#include <algorithm>
#include <cmath>

namespace ometer::widgets {

void CareerometerState::set_bundle(Bundle bundle) {
    index_.reset();
    building_.reset();
    bundle_ = std::make_unique<Bundle>(std::move(bundle));
    index_ = std::make_unique<SearchIndex>(*bundle_);
    all_titles_ = false;
    slots_ = {};
    details_ = {};
    refresh();
    set_query(query_);
}

void CareerometerState::set_titles(TitleSet titles) {
    if (!bundle_) return;
    building_ = std::make_unique<SearchIndexBuilder>(*bundle_, std::move(titles));
}

bool CareerometerState::build_index() {
    if (!building_) return true;
    if (!building_->step()) return false;
    index_ = std::make_unique<SearchIndex>(building_->finish());
    building_.reset();
    all_titles_ = true;
    // A list on screen keeps its rows: re-ranked under a student's finger or pointer, a tap could choose a
    // job they did not mean. Their next keystroke searches every title. A list that is closed or has no
    // rows (a word only the full titles know, such as "sparky") is searched again at once.
    if (dropdown_open()) return true;
    const int highlighted = highlighted_;
    const bool dismissed = dismissed_;
    set_query(query_);  // what the student typed meanwhile, now over every title
    if (highlighted < 0) highlighted_ = -1;
    if (dismissed) close_dropdown();  // closed with Escape: the new results wait until they are asked for
    return true;
}

void CareerometerState::set_query(std::string text) {
    if (text != query_) refusal_ = Refusal::none;
    query_ = std::move(text);
    results_ = index_ ? index_->search(query_, kDropdownRows) : std::vector<SearchHit>{};
    dropdown_open_ = !results_.empty();
    dismissed_ = false;
    highlighted_ = results_.empty() ? -1 : 0;
}

void CareerometerState::move_highlight(int delta) {
    if (results_.empty()) return;
    dropdown_open_ = true;
    dismissed_ = false;
    int n = static_cast<int>(results_.size());
    highlighted_ = highlighted_ < 0 ? (delta > 0 ? 0 : n - 1) : ((highlighted_ + delta) % n + n) % n;
}

void CareerometerState::set_highlight(int index) {
    if (index >= -1 && index < static_cast<int>(results_.size())) highlighted_ = index;
}

bool CareerometerState::choose(int result_index) {
    int i = result_index >= 0 ? result_index : highlighted_;
    if (i < 0 || i >= static_cast<int>(results_.size())) return false;
    const Occupation& occ = bundle_->occupations[results_[static_cast<std::size_t>(i)].occupation];
    refused_title_ = occ.title;
    if (slot_of(occ.code)) {
        refusal_ = Refusal::shown;
        return false;
    }
    if (!first_empty()) {
        refusal_ = Refusal::full;
        return false;
    }
    add(occ.code);
    query_.clear();
    results_.clear();
    dropdown_open_ = false;
    highlighted_ = -1;
    return true;
}

std::size_t CareerometerState::filled() const {
    return static_cast<std::size_t>(std::count_if(slots_.begin(), slots_.end(), [](const auto& s) { return s.has_value(); }));
}

std::optional<std::size_t> CareerometerState::first_empty() const {
    for (std::size_t i = 0; i < kSlots; ++i)
        if (!slots_[i]) return i;
    return std::nullopt;
}

std::optional<std::size_t> CareerometerState::slot_of(const std::string& code) const {
    if (!bundle_) return std::nullopt;
    auto index = bundle_->index_of(code);
    for (std::size_t i = 0; index && i < kSlots; ++i)
        if (slots_[i] == *index) return i;
    return std::nullopt;
}

bool CareerometerState::add(const std::string& code) {
    auto target = first_empty();
    return target && put(*target, code);
}

bool CareerometerState::put(std::size_t slot, const std::string& code) {
    if (!bundle_ || slot >= kSlots) return false;
    auto index = bundle_->index_of(code);
    if (!index || slot_of(code)) return false;  // unknown, or already on a card
    slots_[slot] = *index;
    details_[slot] = false;
    refusal_ = Refusal::none;
    refresh();
    return true;
}

bool CareerometerState::remove(std::size_t slot) {
    if (slot >= kSlots || !slots_[slot]) return false;
    slots_[slot].reset();
    details_[slot] = false;
    refusal_ = Refusal::none;
    refresh();
    return true;
}

void CareerometerState::toggle_details(std::size_t slot) {
    if (slot < kSlots && slots_[slot]) details_[slot] = !details_[slot];
}

bool CareerometerState::wants_details() const {
    for (std::size_t i = 0; i < kSlots; ++i)
        if (slots_[i] && details_[i] && !bundle_->occupations[*slots_[i]].has_details) return true;
    return false;
}

Result<bool> CareerometerState::set_details(std::string_view text, const std::string& name) {
    if (!bundle_) return Error{"details arrived before the occupations bundle"};
    return read_details(text, *bundle_, name);
}

std::vector<std::string> CareerometerState::codes() const {
    std::vector<std::string> out;
    for (const auto& s : slots_)
        if (s) out.push_back(bundle_->occupations[*s].code);
    return out;
}

void CareerometerState::refresh() {
    std::vector<std::string> codes;
    for (std::size_t i = 0; i < kSlots; ++i) {
        cards_[i].reset();
        if (!slots_[i]) continue;
        cards_[i] = compare_one(*bundle_, *slots_[i]);
        codes.push_back(bundle_->occupations[*slots_[i]].code);
    }
    comparison_.reset();
    if (!codes.empty()) {
        auto cmp = compare(*bundle_, codes);
        if (cmp) comparison_ = std::move(cmp.value());
    }
}

}  // namespace ometer::widgets
