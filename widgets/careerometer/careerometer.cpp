// The Careerometer widget: glues CareerometerState to its view and to the page (commands in, events
// out). Commands are short lines ("query electr", "add 5241", "remove 1") from the accessible mirror,
// the page's text input and the embed API.
#include <cmath>

#include "core/bundle_read.hpp"
#include "widgets/careerometer/state.hpp"
#include "widgets/careerometer/state_json.hpp"
#include "widgets/careerometer/strings.hpp"
#include "widgets/careerometer/view.hpp"
#include "widgets/common/json_text.hpp"
#include "widgets/common/command.hpp"
#include "widgets/common/widget.hpp"

namespace ometer::widgets {

namespace {

class Careerometer final : public Widget {
public:
    explicit Careerometer(const Options& options) : options_(options) {}

    std::vector<std::string> data_files() const override {
        std::string r(region_name(options_.region));
        return {r + ".json", r + "-titles.json"};
    }

    Result<bool> load(std::string_view name, std::string_view text) override {
        std::string r(region_name(options_.region));
        if (name == r + ".json") {
            auto b = read_bundle(text, std::string(name));
            if (!b) return fail(b.error());
            if (b->region != options_.region) return fail(std::string(name) + ": region does not match the widget's");
            state_.set_bundle(std::move(b.value()));
            for (const auto& code : options_.occupations)
                if (!state_.add(code)) warnings_.push_back("occupations: unknown code \"" + code + "\" skipped");
            changed_ = true;
            return true;
        }
        if (name == r + "-titles.json") {
            if (!state_.ready()) return Error{"titles arrived before the occupations bundle"};
            auto t = read_titles(text, state_.bundle(), std::string(name));
            if (!t) return fail(t.error());
            state_.set_titles(std::move(t.value()));
            changed_ = true;
            return true;
        }
        return Error{"unexpected data file " + std::string(name)};
    }

    void frame(Host& host, const Theme& theme) override {
        CareerometerView view = draw_careerometer({state_, theme, focus_id_, input_focused_, error_});
        for (const auto& a : view.actions) apply(a, host);
        std::vector<std::pair<std::string, std::array<float, 4>>> targets;
        for (const auto& [id, r] : view.targets)
            targets.push_back({id, {r.x / theme.px, r.y / theme.px, r.z / theme.px, r.w / theme.px}});
        if (targets != targets_) {
            targets_ = std::move(targets);
            changed_ = true;
        }
        content_height_ = view.content_height / theme.px;
        ImVec4 r(view.input_rect.x / theme.px, view.input_rect.y / theme.px, view.input_rect.z / theme.px, view.input_rect.w / theme.px);
        if (r.x != input_rect_.x || r.y != input_rect_.y || r.z != input_rect_.z || r.w != input_rect_.w) {
            input_rect_ = r;
            char buf[160];
            std::snprintf(buf, sizeof buf, "{\"x\":%.1f,\"y\":%.1f,\"w\":%.1f,\"h\":%.1f,\"font\":%.1f,", r.x, r.y, r.z, r.w,
                          theme.fonts.body ? theme.fonts.body->FontSize / theme.px : 18.0);
            host.emit("input", std::string(buf) + "\"hint\":" + json_quote(careerometer_text::kSearchHint) +
                                   ",\"label\":" + json_quote(careerometer_text::kSearchLabel) + "}");
        }
        if (changed_) {
            changed_ = false;
            host.emit("state", careerometer_state_json(state_, warnings_, error_, targets_));
        }
    }

    bool animating() const override { return false; }

    bool key(Key key, Host& host) override {
        switch (key) {
            case Key::down: state_.move_highlight(1); break;
            case Key::up: state_.move_highlight(-1); break;
            case Key::enter:
                if (!state_.dropdown_open() || !state_.choose()) return false;
                host.emit("clear-input", "{}");
                break;
            case Key::escape:
                if (!state_.dropdown_open()) return false;
                state_.close_dropdown();
                break;
            default: return false;
        }
        changed_ = true;
        return true;
    }

    Result<bool> command(std::string_view line, Host& host) override {
        const Command cmd = split_command(line);
        const std::string_view verb = cmd.verb, arg = cmd.arg;
        auto slot_arg = [&]() -> std::optional<std::size_t> {
            auto i = parse_int(arg);
            if (!i || *i < 0 || *i >= static_cast<int>(kSlots)) return std::nullopt;
            return static_cast<std::size_t>(*i);
        };
        if (verb == "query") {
            state_.set_query(std::string(arg));
        } else if (verb == "choose") {
            auto i = parse_int(arg);
            if (!i || !state_.choose(*i)) return Error{"choose: no result " + std::string(arg)};
            host.emit("clear-input", "{}");
        } else if (verb == "add") {
            if (!state_.add(std::string(arg))) return Error{"add: cannot add \"" + std::string(arg) + "\" (unknown, already shown, or all three cards full)"};
        } else if (verb == "remove") {
            auto s = slot_arg();
            if (!s || !state_.remove(*s)) return Error{"remove: no card in slot " + std::string(arg)};
        } else if (verb == "details") {
            auto s = slot_arg();
            if (!s || !state_.slots()[*s]) return Error{"details: no card in slot " + std::string(arg)};
            state_.toggle_details(*s);
        } else if (verb == "compare") {  // replace all cards: "compare 5241,5315"
            std::vector<std::string> codes;
            std::size_t start = 0;
            while (start <= arg.size()) {
                std::size_t comma = arg.find(',', start);
                if (comma == std::string_view::npos) comma = arg.size();
                if (comma > start && codes.size() < kSlots) codes.emplace_back(arg.substr(start, comma - start));
                start = comma + 1;
            }
            if (codes.empty()) return Error{"compare: give one to three codes"};
            for (const auto& c : codes)
                if (!state_.ready() || !state_.bundle().find(c)) return Error{"compare: unknown code \"" + c + "\""};
            for (std::size_t s = 0; s < kSlots; ++s) state_.remove(s);
            for (const auto& c : codes) state_.add(c);
        } else if (verb == "about") {
            state_.about_open = !state_.about_open;
        } else if (verb == "focus") {
            focus_id_ = std::string(arg);
            return true;  // drawing only; no state change to announce
        } else if (verb == "input-focus") {
            input_focused_ = arg == "1";
            if (!input_focused_) state_.close_dropdown();
            else if (!state_.results().empty()) state_.set_query(state_.query());
        } else if (verb == "key") {
            static const std::pair<std::string_view, Key> keys[] = {{"up", Key::up}, {"down", Key::down}, {"enter", Key::enter}, {"escape", Key::escape}};
            for (const auto& [name, k] : keys)
                if (arg == name) return this->key(k, host);
            return Error{"key: unknown key " + std::string(arg)};
        } else {
            return Error{"unknown command \"" + std::string(verb) + "\""};
        }
        changed_ = true;
        return true;
    }

    std::string state_json() const override { return careerometer_state_json(state_, warnings_, error_, targets_); }
    float content_height() const override { return content_height_; }

private:
    Error fail(const std::string& message) {
        error_ = "Sorry, the job data could not be read, so the Careerometer cannot show figures. (" + message + ")";
        changed_ = true;
        return Error{message};
    }

    void apply(const CareerometerAction& a, Host& host) {
        switch (a.type) {
            case CareerometerAction::choose:
                if (state_.choose(a.index)) host.emit("clear-input", "{}");
                break;
            case CareerometerAction::highlight: state_.set_highlight(a.index); break;
            case CareerometerAction::remove: state_.remove(static_cast<std::size_t>(a.index)); break;
            case CareerometerAction::toggle_details: state_.toggle_details(static_cast<std::size_t>(a.index)); break;
            case CareerometerAction::focus_search: host.emit("focus-input", "{}"); break;
            case CareerometerAction::toggle_about: state_.about_open = !state_.about_open; break;
        }
        changed_ = true;
    }

    Options options_;
    CareerometerState state_;
    std::vector<std::string> warnings_;
    std::string error_;
    std::string focus_id_;
    bool input_focused_ = false;
    bool changed_ = true;
    float content_height_ = 400;
    ImVec4 input_rect_{-1, -1, -1, -1};
    std::vector<std::pair<std::string, std::array<float, 4>>> targets_;
};

}  // namespace

std::unique_ptr<Widget> make_careerometer(const Options& options) { return std::make_unique<Careerometer>(options); }

}  // namespace ometer::widgets
