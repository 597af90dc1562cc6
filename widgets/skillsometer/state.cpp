// Skillsometer state transitions; see state.hpp.
#include "widgets/skillsometer/state.hpp"

#include <algorithm>

namespace ometer::widgets {

void SkillsometerState::set_bundle(Bundle bundle) {
    bundle_ = std::make_unique<Bundle>(std::move(bundle));
    if (stage_ == QuizStage::results) score();
}

void SkillsometerState::set_quiz(Quiz quiz) {
    quiz_ = std::make_unique<Quiz>(std::move(quiz));
    form_ = quiz_->form(form_id_);
    if (!form_ && !quiz_->forms.empty()) form_ = &quiz_->forms.front();
    choices_.assign(form_ ? form_->item_ids.size() : 0, -1);
    current_ = 0;
    stage_ = QuizStage::welcome;
}

void SkillsometerState::start() {
    if (!ready()) return;
    stage_ = QuizStage::questions;
    current_ = std::min(current_, total() - 1);
}

bool SkillsometerState::answer(int choice) {
    if (stage_ != QuizStage::questions || choice < 0 || choice >= scale_points(scale_)) return false;
    choices_[current_] = choice;
    if (current_ + 1 < total()) {
        ++current_;
    } else {
        score();
        stage_ = QuizStage::results;
    }
    return true;
}

bool SkillsometerState::back() {
    if (stage_ == QuizStage::results) {
        stage_ = QuizStage::questions;
        current_ = total() - 1;
        return true;
    }
    if (stage_ != QuizStage::questions) return false;
    if (current_ == 0) {
        stage_ = QuizStage::welcome;
        return true;
    }
    --current_;
    return true;
}

void SkillsometerState::restart() {
    std::fill(choices_.begin(), choices_.end(), -1);
    current_ = 0;
    stage_ = QuizStage::welcome;
    max_level_.reset();
    expanded_.reset();
    profile_ = Profile{};
    matches_ = MatchResult{};
    picked_.clear();
}

std::size_t SkillsometerState::answered() const {
    return static_cast<std::size_t>(std::count_if(choices_.begin(), choices_.end(), [](int c) { return c >= 0; }));
}

const QuizItem& SkillsometerState::current_item() const { return *quiz_->item(form_->item_ids[current_]); }

std::optional<int> SkillsometerState::choice_at(std::size_t index) const {
    if (index >= choices_.size() || choices_[index] < 0) return std::nullopt;
    return choices_[index];
}

void SkillsometerState::score() {
    if (!ready() || answered() != total()) return;
    QuizRequest request;
    request.form = form_->id;
    request.scale = scale_;
    request.choices = choices_;
    request.match.level = max_level_;
    request.match.include_lower = true;
    auto outcome = run_quiz(*quiz_, *bundle_, request);
    if (!outcome) return;
    profile_ = outcome->profile;
    matches_ = outcome->result;
    expanded_.reset();
    picked_.clear();
    for (std::size_t i = 0; i < matches_.matches.size() && i < kMaxPicks; ++i) picked_.push_back(i);
}

void SkillsometerState::set_max_level(std::optional<int> level) {
    // The top level filters nothing out, so it is stored as "any": one state, one highlighted chip.
    if (level && *level >= level_count()) level.reset();
    max_level_ = level;
    if (stage_ == QuizStage::results) score();
}

int SkillsometerState::level_count() const { return level_scale(bundle_ ? bundle_->region : Region::uk).last; }

void SkillsometerState::toggle_expanded(std::size_t match) {
    if (match >= matches_.matches.size()) return;
    expanded_ = expanded_ == match ? std::nullopt : std::optional<std::size_t>(match);
}

bool SkillsometerState::toggle_pick(std::size_t match) {
    if (match >= matches_.matches.size()) return false;
    auto at = std::find(picked_.begin(), picked_.end(), match);
    if (at != picked_.end()) {
        picked_.erase(at);
        return true;
    }
    if (picked_.size() >= kMaxPicks) return false;
    picked_.insert(std::upper_bound(picked_.begin(), picked_.end(), match), match);
    return true;
}

bool SkillsometerState::picked(std::size_t match) const {
    return std::find(picked_.begin(), picked_.end(), match) != picked_.end();
}

std::vector<std::string> SkillsometerState::compare_codes() const {
    std::vector<std::string> codes;
    for (std::size_t i : picked_) codes.push_back(bundle_->occupations[matches_.matches[i].occupation].code);
    return codes;
}

std::string SkillsometerState::save() const {
    std::string digits;
    for (int c : choices_) digits += c < 0 ? '-' : static_cast<char>('0' + c);
    return "v1|" + (form_ ? form_->id : form_id_) + "|" + std::to_string(scale_points(scale_)) + "|" +
           std::to_string(current_) + "|" + std::to_string(static_cast<int>(stage_)) + "|" + digits;
}

bool SkillsometerState::restore(const std::string& saved) {
    if (!ready()) return false;
    std::vector<std::string> parts;
    std::size_t start = 0;
    while (start <= saved.size()) {
        std::size_t bar = saved.find('|', start);
        if (bar == std::string::npos) bar = saved.size();
        parts.push_back(saved.substr(start, bar - start));
        start = bar + 1;
    }
    if (parts.size() != 6 || parts[0] != "v1" || parts[1] != form_->id || parts[2] != std::to_string(scale_points(scale_)) ||
        parts[5].size() != total())
        return false;
    std::vector<int> choices;
    for (char d : parts[5]) {
        if (d == '-') choices.push_back(-1);
        else if (d >= '0' && d < '0' + scale_points(scale_)) choices.push_back(d - '0');
        else return false;
    }
    std::size_t current = 0;
    int stage = 0;
    for (char d : parts[3]) {
        if (d < '0' || d > '9') return false;
        current = current * 10 + static_cast<std::size_t>(d - '0');
    }
    if (parts[4].size() != 1 || parts[4][0] < '0' || parts[4][0] > '2') return false;
    stage = parts[4][0] - '0';
    if (current >= total()) return false;
    choices_ = choices;
    current_ = current;
    stage_ = static_cast<QuizStage>(stage);
    if (stage_ == QuizStage::results) {
        if (answered() != total()) stage_ = QuizStage::questions;
        else score();
    }
    return true;
}

}  // namespace ometer::widgets
