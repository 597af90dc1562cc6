// Careerometer state transitions; see state.hpp.
#include "widgets/careerometer/state.hpp"

#include <algorithm>
#include <cmath>

namespace ometer::widgets {

void CareerometerState::set_bundle(Bundle bundle) {
    index_.reset();
    titles_.reset();
    bundle_ = std::make_unique<Bundle>(std::move(bundle));
    index_ = std::make_unique<SearchIndex>(*bundle_);
    slots_ = {};
    details_ = {};
    refresh();
    set_query(query_);
}

void CareerometerState::set_titles(TitleSet titles) {
    if (!bundle_) return;
    titles_ = std::make_unique<TitleSet>(std::move(titles));
    index_ = std::make_unique<SearchIndex>(*bundle_, *titles_);
    set_query(query_);
}

void CareerometerState::set_query(std::string text) {
    query_ = std::move(text);
    results_ = index_ ? index_->search(query_, kDropdownRows) : std::vector<SearchHit>{};
    dropdown_open_ = !results_.empty();
    highlighted_ = results_.empty() ? -1 : 0;
}

void CareerometerState::move_highlight(int delta) {
    if (results_.empty()) return;
    dropdown_open_ = true;
    int n = static_cast<int>(results_.size());
    highlighted_ = highlighted_ < 0 ? (delta > 0 ? 0 : n - 1) : ((highlighted_ + delta) % n + n) % n;
}

void CareerometerState::set_highlight(int index) {
    if (index >= -1 && index < static_cast<int>(results_.size())) highlighted_ = index;
}

bool CareerometerState::choose(int result_index) {
    int i = result_index >= 0 ? result_index : highlighted_;
    if (i < 0 || i >= static_cast<int>(results_.size())) return false;
    const std::string code = bundle_->occupations[results_[static_cast<std::size_t>(i)].occupation].code;
    if (!add(code)) return false;
    query_.clear();
    results_.clear();
    dropdown_open_ = false;
    highlighted_ = -1;
    return true;
}

std::size_t CareerometerState::filled() const {
    return static_cast<std::size_t>(std::count_if(slots_.begin(), slots_.end(), [](const auto& s) { return s.has_value(); }));
}

std::optional<std::size_t> CareerometerState::target_slot() const {
    if (replacing_) return replacing_;
    for (std::size_t i = 0; i < kSlots; ++i)
        if (!slots_[i]) return i;
    return std::nullopt;
}

bool CareerometerState::add(const std::string& code) {
    if (!bundle_) return false;
    const Occupation* occ = bundle_->find(code);
    if (!occ) return false;
    std::size_t index = static_cast<std::size_t>(occ - bundle_->occupations.data());
    for (std::size_t i = 0; i < kSlots; ++i)
        if (slots_[i] == index && replacing_ != i) return false;  // already on a card
    auto target = target_slot();
    if (!target) return false;
    slots_[*target] = index;
    details_[*target] = false;
    replacing_.reset();
    refresh();
    return true;
}

bool CareerometerState::remove(std::size_t slot) {
    if (slot >= kSlots || !slots_[slot]) return false;
    slots_[slot].reset();
    details_[slot] = false;
    if (replacing_ == slot) replacing_.reset();
    refresh();
    return true;
}

void CareerometerState::replace(std::size_t slot) {
    if (slot < kSlots && slots_[slot]) replacing_ = slot;
}

void CareerometerState::toggle_details(std::size_t slot) {
    if (slot < kSlots && slots_[slot]) details_[slot] = !details_[slot];
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

double CareerometerState::pay_scale_max() const {
    double top = 1;
    for (const auto& c : cards_) {
        if (!c || !c->pay.value) continue;
        if (c->pay.average) top = std::max(top, *c->pay.average * 1.6);
        top = std::max(top, c->pay.range ? c->pay.range->high : *c->pay.value);
    }
    double step = top > 100000 ? 20000 : 10000;
    return std::ceil(top / step) * step;
}

}  // namespace ometer::widgets
