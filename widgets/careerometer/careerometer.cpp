// The Careerometer widget: glues CareerometerState, its view-model and its view to the page. Clicks on the
// canvas, keys and the page's commands (the accessible mirror, the DOM text input, the embed API) all
// become one command line ("query electr", "add 5241", "remove 1") applied in one place: apply().
#include <algorithm>
#include <cmath>

#include "core/results_code.hpp"
#include "widgets/careerometer/present.hpp"
#include "widgets/careerometer/state.hpp"
#include "widgets/careerometer/state_json.hpp"
#include "widgets/careerometer/strings.hpp"
#include "widgets/careerometer/view.hpp"
#include "widgets/common/command.hpp"
#include "widgets/common/glue.hpp"
#include "widgets/common/wire.hpp"

namespace ometer::widgets {

namespace {

class Careerometer final : public WidgetGlue {
public:
    explicit Careerometer(const Options& options) : WidgetGlue(options.region), options_(options) {}

    // The cards are all a first visit needs. The coding index's titles (most of the download) come once a
    // student shows they will search (the search box focused, or a query); until then search runs on the
    // occupations' own titles, and a school's page that only shows preset jobs never downloads them.
    std::vector<std::string> data_files() const override { return {region_ + "-cards.json"}; }

    void frame(Host& host, const Theme& theme) override {
        if (changed_ || search_changed_) refresh(host);
        CareerometerView view = draw_careerometer({vm_, theme, focus_id_, input_focused_});
        apply_clicks(view.commands, host);
        if (changed_ || search_changed_) refresh(host);
        after_frame(host, view.placed, view.content_height, theme.px);
        const ImVec4& r = view.input_rect;
        const std::string input = input_json(r.x / theme.px, r.y / theme.px, r.z / theme.px, r.w / theme.px,
                                             theme.fonts.body ? theme.fonts.body->FontSize / theme.px : 18.0f,
                                             theme.narrow(r.z + r.x * 2) ? vm_.search.compact : vm_.search.desc, vm_.search.label);
        if (input != input_) {
            input_ = input;
            host.emit(event::input, input_);
        }
    }

    bool animating() const override { return false; }

    void warm() override {
        if (!state_.ready()) return;
        state_.with_query("e", [&](const CareerometerState& st) {  // a letter most titles have: a full list
            (void)present_careerometer({st, keep_, options_.back, true, error_});
        });
    }

    bool key(Key key, Host& host) override {
        switch (key) {
            case Key::down: return apply("move 1", host);
            case Key::up: return apply("move -1", host);
            case Key::enter: return state_.dropdown_open() && apply("choose", host);
            case Key::escape: return state_.dropdown_open() && apply("close", host);
            default: return false;
        }
    }

    std::string state_json() const override { return careerometer_state_json(state_, warnings_, error_); }
    std::string vm_json() const override { return widgets::vm_json(vm_.tree()); }

private:
    bool reads(DataFile file) const override { return file != DataFile::quiz; }
    std::string_view data_sorry() const override {
        return "Sorry, the job data could not be read, so the Careerometer cannot show figures.";
    }

    Result<bool> take_bundle(Bundle b, const std::string& file) override {
        if (b.region != options_.region) return Error{file + ": region does not match the widget's"};
        state_.set_bundle(std::move(b));
        for (const auto& code : options_.occupations)
            if (!state_.add(code)) warnings_.push_back("occupations: unknown code \"" + code + "\" skipped");
        return true;
    }
    void take_titles(TitleSet titles) override { state_.set_titles(std::move(titles)); }
    Result<bool> take_details(std::string_view text, const std::string& file) override { return state_.set_details(text, file); }
    const Bundle* bundle() const override { return state_.ready() ? &state_.bundle() : nullptr; }

    bool more_work() override {
        if (!state_.indexing()) return true;
        if (!state_.build_index()) return false;
        changed_ = true;  // results now come from every title
        return true;
    }

    // Rebuilds the view-model (only its search part when nothing else changed: a key typed in the box
    // leaves the cards, the text and the sources as they were) and tells the page what changed.
    void refresh(Host& host) {
        if (changed_ || !state_.ready() || !error_.empty()) vm_ = present_careerometer({state_, keep_, options_.back, input_focused_, error_});
        else present_search(state_, vm_);
        changed_ = search_changed_ = false;
        send_tree(host);
        if (state_.ready() && !titles_requested_ && (input_focused_ || !state_.query().empty())) {
            titles_requested_ = true;
            host.emit(event::need_data, text_json("file", region_ + "-titles.json"));
        }
        if (state_.ready() && state_.wants_details() && !details_requested_) {
            details_requested_ = true;
            host.emit(event::need_data, text_json("file", region_ + "-details.json"));
        }
    }

    // A comparison's results code: shows its jobs, or says plainly why it can't.
    bool open_code(std::string_view text, Host& host) {
        auto decoded = decode_code(text, host);
        if (!decoded) return false;
        auto fail_with = [&](std::string why) { return refuse_code(host, std::move(why)); };
        if (decoded->is_quiz) return fail_with(std::string(keep_text::kNotCompare));
        if (decoded->compare.region != state_.bundle().region) return fail_with(std::string(keep_text::kWrongRegion));
        for (const auto& c : decoded->compare.codes)
            if (!state_.bundle().find(c)) return fail_with(careerometer_text::unknown_in_code(c));
        for (std::size_t s = 0; s < kSlots; ++s) state_.remove(s);
        for (const auto& c : decoded->compare.codes) state_.add(c);
        keep_.note = code_version_note(decoded.value(), state_.bundle().data_version);
        keep_.entry_open = false;
        announce(host, std::string(keep_text::kOpened) + (keep_.note.empty() ? "" : " " + keep_.note));
        focus("card-0-title");
        return true;
    }

    const std::string& keep_code() const override { return vm_.keep.code.text; }
    std::string_view keep_not_yet() const override { return "choose a job first"; }

    // The widget's verbs (the keep verbs are the glue's). Returns false, through `refuse`, for unknown verbs
    // or bad arguments; nothing changes then.
    bool act(std::string_view verb, std::string_view arg, Host& host, const Refuse& refuse) override {
        auto slot_arg = [&](std::string_view a) -> std::optional<std::size_t> {
            auto i = parse_int(a);
            if (!i || *i < 0 || *i >= static_cast<int>(kSlots)) return std::nullopt;
            return static_cast<std::size_t>(*i);
        };
        if (verb == "focus") {  // drawing only: which control the canvas rings
            focus_id_ = std::string(arg);
            return true;
        }
        if (verb == "back-to-quiz") {
            if (!options_.back) return refuse("back-to-quiz: this Careerometer was not opened from a quiz");
            host.emit(event::navigate, text_json("to", "back"));
            return true;
        }
        if (verb == "input-focus") {
            input_focused_ = arg == "1";
            if (!input_focused_) state_.close_dropdown();
            else if (!state_.results().empty()) state_.set_query(state_.query());
            changed_ = true;
            return true;
        }
        if (!state_.ready()) return refuse(std::string(verb) + ": the job data is still loading");
        if (verb == "query" || verb == "move" || verb == "highlight" || verb == "close") {
            if (!act_on_search(verb, arg, host, refuse)) return false;
            search_changed_ = true;  // only the search part of the view-model changes (present_search)
            return true;
        }
        if (verb == "choose") {
            auto i = arg.empty() ? std::optional<int>(-1) : parse_int(arg);
            if (!i || *i < -1 || *i >= static_cast<int>(state_.results().size())) return refuse("choose: no result " + std::string(arg));
            const std::vector<std::string> before = state_.codes();
            if (!state_.choose(*i)) {
                changed_ = true;
                if (state_.refusal() == CareerometerState::Refusal::none) return refuse("choose: no result to choose");
                const std::string why = state_.refusal() == CareerometerState::Refusal::full
                                            ? careerometer_text::refused_full(state_.refused_title())
                                            : careerometer_text::refused_shown(state_.refused_title());
                announce(host, why);
                return refuse(why);
            }
            host.emit(event::clear_input, "{}");
            for (std::size_t s = 0; s < kSlots; ++s) {
                if (!state_.slots()[s]) continue;
                const Occupation& occ = state_.bundle().occupations[*state_.slots()[s]];
                if (std::find(before.begin(), before.end(), occ.code) == before.end())
                    announce(host, careerometer_text::added(occ.title, s, state_.filled()));
            }
        } else if (verb == "add" || verb == "put") {
            std::string code(arg);
            std::optional<std::size_t> slot;
            if (verb == "put") {
                const Command rest = split_command(arg);
                slot = slot_arg(rest.verb);
                code = std::string(rest.arg);
                if (!slot) return refuse("put: expected a card slot 0-2 and a code");
            }
            const Occupation* occ = state_.bundle().find(code);
            if (!occ) return refuse(std::string(verb) + ": unknown code \"" + code + "\"");
            if (state_.slot_of(code)) return refuse(std::string(verb) + ": " + occ->title + " is already on a card");
            if (!slot) slot = state_.first_empty();
            if (!slot) return refuse("add: all three cards are full; remove one or replace one (put SLOT CODE)");
            state_.put(*slot, code);
            announce(host, careerometer_text::added(occ->title, *slot, state_.filled()));
            focus("card-" + std::to_string(*slot) + "-title");
        } else if (verb == "remove") {
            auto s = slot_arg(arg);
            if (!s || !state_.slots()[*s]) return refuse("remove: no card in slot " + std::string(arg));
            const std::string title = state_.bundle().occupations[*state_.slots()[*s]].title;
            state_.remove(*s);
            announce(host, careerometer_text::removed(title, state_.filled()));
            focus("slot-" + std::to_string(*s) + "-add");  // the empty card that took its place
        } else if (verb == "details") {
            auto s = slot_arg(arg);
            if (!s || !state_.slots()[*s]) return refuse("details: no card in slot " + std::string(arg));
            state_.toggle_details(*s);
        } else if (verb == "compare") {  // replaces all cards: "compare 5241,5315"
            std::vector<std::string> codes;
            std::size_t start = 0;
            while (start <= arg.size()) {
                std::size_t comma = arg.find(',', start);
                if (comma == std::string_view::npos) comma = arg.size();
                if (comma > start && codes.size() < kSlots) codes.emplace_back(arg.substr(start, comma - start));
                start = comma + 1;
            }
            if (codes.empty()) return refuse("compare: give one to three codes");
            for (const auto& c : codes)
                if (!state_.bundle().find(c)) return refuse("compare: unknown code \"" + c + "\"");
            for (std::size_t s = 0; s < kSlots; ++s) state_.remove(s);
            std::string titles;
            for (const auto& c : codes)
                if (state_.add(c)) titles += (titles.empty() ? "" : ", ") + state_.bundle().find(c)->title;
            announce(host, careerometer_text::comparing(titles));
            focus("card-0-title");
        } else if (verb == "about") {
            state_.about_open = !state_.about_open;
        } else if (verb == "code") {
            if (!open_code(arg, host)) return refuse(keep_.error);
        } else if (verb == "focus-search") {
            host.emit(event::focus, text_json("id", "search"));
        } else {
            return refuse("unknown command \"" + std::string(verb) + "\"");
        }
        changed_ = true;
        return true;
    }

    // The verbs of the search box and its drop-down: typing, moving through the rows, closing it.
    bool act_on_search(std::string_view verb, std::string_view arg, Host& host, const Refuse& refuse) {
        if (verb == "query") {
            state_.set_query(std::string(arg));
            const auto& results = state_.results();
            if (!state_.query().empty())
                announce(host, results.empty() ? std::string(careerometer_text::kNoMatches)
                                               : careerometer_text::matching(results.size(), results[0].title));
        } else if (verb == "move") {
            auto d = parse_int(arg);
            if (!d || state_.results().empty()) return refuse("move: no results to move through");
            state_.move_highlight(*d);
        } else if (verb == "highlight") {
            auto i = parse_int(arg);
            if (!i || *i < -1 || *i >= static_cast<int>(state_.results().size())) return refuse("highlight: no result " + std::string(arg));
            state_.set_highlight(*i);
        } else {
            state_.close_dropdown();
        }
        return true;
    }

    Options options_;
    CareerometerState state_;
    CareerometerVM vm_;
    std::string focus_id_;
    std::string input_;  // the last "input" event: where the search box is drawn
    bool input_focused_ = false;
    bool search_changed_ = false;  // only the search part of the view-model is out of date (changed_: all of it)
    bool titles_requested_ = false;
    bool details_requested_ = false;
};

}  // namespace

std::unique_ptr<Widget> make_careerometer(const Options& options) { return std::make_unique<Careerometer>(options); }

}  // namespace ometer::widgets
