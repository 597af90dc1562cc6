// Skillsometer state transitions; see state.hpp.
#include "widgets/skillsometer/state.hpp"

#include <algorithm>

#include "core/bundle_read.hpp"

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

Result<bool> SkillsometerState::set_details(std::string_view text, const std::string& name) {
    if (!bundle_) return Error{"details arrived before the occupations bundle"};
    return read_details(text, *bundle_, name);
}

bool SkillsometerState::wants_details() const {
    return bundle_ && stage_ == QuizStage::results && expanded_ && *expanded_ < outcome_.result.matches.size() &&
           !bundle_->occupations[outcome_.result.matches[*expanded_].occupation].has_details;
}

bool SkillsometerState::start() {
    if (!ready() || stage_ != QuizStage::welcome) return false;
    stage_ = QuizStage::questions;
    auto first_open = std::find(choices_.begin(), choices_.end(), -1);
    current_ = first_open == choices_.end() ? total() - 1 : static_cast<std::size_t>(first_open - choices_.begin());
    return true;
}

bool SkillsometerState::answer(int choice) {
    if (stage_ != QuizStage::questions || choice < 0 || choice >= scale_points(scale_)) return false;
    choices_[current_] = choice;
    if (current_ + 1 < total()) {
        ++current_;
    } else if (answered() == total()) {
        score();
        stage_ = QuizStage::results;
    } else {  // an earlier statement was skipped by going back and forth: go to it
        current_ = static_cast<std::size_t>(std::find(choices_.begin(), choices_.end(), -1) - choices_.begin());
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
    level_.reset();
    include_lower_ = false;
    expanded_.reset();
    legend_open = false;
    outcome_ = QuizOutcome{};
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
    if (!ready() || !bundle_ || answered() != total()) return;
    QuizRequest request;
    request.form = form_->id;
    request.scale = scale_;
    request.choices = choices_;
    request.match.level = level_;
    request.match.include_lower = include_lower_;
    auto outcome = run_quiz(*quiz_, *bundle_, request);
    if (!outcome) return;
    outcome_ = std::move(outcome.value());
    expanded_.reset();
    picked_.clear();
    for (std::size_t i = 0; i < outcome_.result.matches.size() && i < kMaxPicks; ++i) picked_.push_back(i);
}

void SkillsometerState::set_level(std::optional<int> level) {
    const LevelScale s = level_scale(bundle_ ? bundle_->region : Region::uk);
    if (level && (*level < s.first || *level > s.last)) return;
    level_ = level;
    if (stage_ == QuizStage::results) score();
}

void SkillsometerState::set_include_lower(bool on) {
    include_lower_ = on;
    if (stage_ == QuizStage::results && level_) score();
}

void SkillsometerState::toggle_expanded(std::size_t match) {
    if (match >= outcome_.result.matches.size()) return;
    expanded_ = expanded_ == match ? std::nullopt : std::optional<std::size_t>(match);
}

bool SkillsometerState::toggle_pick(std::size_t match) {
    if (match >= outcome_.result.matches.size()) return false;
    auto at = std::find(picked_.begin(), picked_.end(), match);
    if (at != picked_.end()) {
        picked_.erase(at);
        return true;
    }
    if (picked_.size() >= kMaxPicks) return false;
    picked_.insert(std::upper_bound(picked_.begin(), picked_.end(), match), match);
    return true;
}

bool SkillsometerState::picked(std::size_t match) const { return std::find(picked_.begin(), picked_.end(), match) != picked_.end(); }

std::vector<std::string> SkillsometerState::compare_codes() const {
    std::vector<std::string> codes;
    for (std::size_t i : picked_) codes.push_back(bundle_->occupations[outcome_.result.matches[i].occupation].code);
    return codes;
}

std::string SkillsometerState::save() const {
    std::string digits;
    for (int c : choices_) digits += c < 0 ? '-' : static_cast<char>('0' + c);
    return "v1|" + (form_ ? form_->id : form_id_) + "|" + std::to_string(scale_points(scale_)) + "|" + std::to_string(current_) +
           "|" + std::to_string(static_cast<int>(stage_)) + "|" + digits;
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
        parts[5].size() != total() || parts[3].empty() || parts[3].size() > 4)
        return false;
    std::vector<int> choices;
    for (char d : parts[5]) {
        if (d == '-') choices.push_back(-1);
        else if (d >= '0' && d < '0' + scale_points(scale_)) choices.push_back(d - '0');
        else return false;
    }
    std::size_t current = 0;
    for (char d : parts[3]) {
        if (d < '0' || d > '9') return false;
        current = current * 10 + static_cast<std::size_t>(d - '0');
    }
    if (parts[4].size() != 1 || parts[4][0] < '0' || parts[4][0] > '2' || current >= total()) return false;
    choices_ = choices;
    current_ = current;
    stage_ = static_cast<QuizStage>(parts[4][0] - '0');
    if (stage_ == QuizStage::results) {
        if (answered() != total()) stage_ = QuizStage::questions;
        else score();
    }
    return true;
}

bool SkillsometerState::load_answers(const std::string& form, AnswerScale scale, const std::vector<int>& choices) {
    if (!ready()) return false;
    const QuizForm* f = quiz_->form(form);
    if (!f || choices.size() != f->item_ids.size()) return false;
    for (int c : choices)
        if (c < 0 || c >= scale_points(scale)) return false;
    form_ = f;
    form_id_ = form;
    scale_ = scale;
    choices_ = choices;
    current_ = total() - 1;
    level_.reset();
    include_lower_ = false;
    score();
    stage_ = QuizStage::results;
    return true;
}

}  // namespace ometer::widgets
