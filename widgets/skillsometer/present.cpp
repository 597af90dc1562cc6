// The Skillsometer's view-model; see present.hpp. Every word comes from strings.hpp, riasec_text.hpp or the
// core; this file only puts them together for each screen.
#include "widgets/skillsometer/present.hpp"

#include <algorithm>
#include <cmath>

#include "core/format.hpp"
#include "core/pay.hpp"
#include "core/results_code.hpp"
#include "widgets/common/pay_line.hpp"
#include "widgets/common/riasec_text.hpp"
#include "widgets/skillsometer/strings.hpp"

namespace ometer::widgets {

namespace txt = skillsometer_text;

namespace {

std::string s(std::string_view v) { return std::string(v); }

void welcome(const SkillsometerState& st, Region region, SkillsometerVM& vm) {
    vm.welcome_heading = heading("welcome-heading", s(txt::kWelcomeHeading), 3);
    vm.intro = node(Role::text, "intro", s(txt::kIntro[region == Region::uk ? 0 : 1]));
    vm.how_heading = heading("how-heading", s(txt::kHowHeading), 4);
    vm.steps = node(Role::list, "steps");
    for (std::size_t i = 0; i < 3; ++i) vm.steps.add(node(Role::item, "step-" + std::to_string(i), s(txt::kSteps[i])));
    vm.count = node(Role::text, "count", std::to_string(st.total()) + s(txt::kStatements) + " \xC2\xB7 " + s(txt::kAbout) +
                                             std::to_string(std::max<std::size_t>(2, st.total() / 10)) + s(txt::kMinutes));
    vm.no_wrong = node(Role::text, "no-wrong", s(txt::kNoWrongAnswers));
    const std::size_t done = st.answered();
    vm.start = button("start", done ? s(txt::kContinue) + " (" + std::to_string(done) + s(txt::kOf) + std::to_string(st.total()) + " done)"
                                    : s(txt::kStart),
                      "start");
    if (done) vm.start_over = button("restart", s(txt::kStartOver), "restart");
}

void question(const SkillsometerState& st, bool resumed, SkillsometerVM& vm) {
    const std::size_t total = st.total();
    vm.points = scale_points(st.scale());
    vm.fraction = total ? static_cast<float>(st.answered()) / static_cast<float>(total) : 0;
    vm.progress = node(Role::text, "progress", s(txt::kStatement) + std::to_string(st.current() + 1) + s(txt::kOf) + std::to_string(total));
    if (resumed) vm.welcome_back = node(Role::status, "welcome-back", s(txt::kWelcomeBack));
    vm.prompt = node(Role::text, "prompt", s(txt::kPrompt));
    vm.statement = heading("statement", st.current_item().text, 3);
    for (int id : st.form().item_ids)
        if (const QuizItem* item = st.quiz().item(id); item && item->text.size() > vm.longest_statement.size())
            vm.longest_statement = item->text;
    vm.statement.focusable = true;
    vm.answers = node(Role::group, "answers");
    vm.answers.label = s(txt::kPrompt) + " " + st.current_item().text;
    const auto chosen = st.choice_at(st.current());
    for (int i = 0; i < vm.points; ++i) {
        VNode a = button("answer-" + std::to_string(i), s(vm.points == 3 ? (i == 0 ? txt::kDislike : i == 1 ? txt::kUnsure : txt::kLove)
                                                                        : txt::kLikert[i]),
                         "answer " + std::to_string(i));
        a.role = Role::toggle;
        a.on = chosen == i;
        a.keys = std::to_string(i + 1);
        vm.answers.add(std::move(a));
    }
    vm.back = button("back", s(txt::kBack), "back");
    vm.back.keys = "Backspace";
    vm.tip = node(Role::text, "tip", s(vm.points == 5 ? txt::kKeysTip5 : txt::kKeysTip));
    vm.tip.compact = s(vm.points == 5 ? txt::kSwipeTip5 : txt::kSwipeTip);
}

MatchVM match_vm(const SkillsometerState& st, std::size_t i) {
    const Bundle& b = st.bundle();
    const Match& m = st.matches().matches[i];
    const Occupation& occ = b.occupations[m.occupation];
    const std::string id = "match-" + std::to_string(i);
    MatchVM v;
    v.index = i;
    v.picked = st.picked(i);
    v.fit_kind = m.fit;
    v.item = node(Role::item, id);
    v.item.label = occ.title;
    v.title = heading(id + "-title", occ.title, 4);
    v.fit = node(Role::text, id + "-fit", m.fit ? s(fit_label(*m.fit)) : s(txt::kWellKnown));
    if (m.fit) v.fit.desc = s(fit_meaning(*m.fit));
    v.pay = node(Role::text, id + "-pay", pay_line(b, occ));
    v.reason = node(Role::text, id + "-reason", m.reason.text + ".");
    if (auto level = occupation_level(b, occ)) v.level = node(Role::text, id + "-level", s(txt::kLevelWord) + s(level_label(b.region, *level)));
    // A match is a shorter card than the Careerometer's: five tasks at most.
    v.details = job_details_vm(occ, st.expanded() == i,
                               {id, id + "-more", id + "-details", "match " + std::to_string(i), v.title.level + 1, 5});
    v.pick = node(Role::checkbox, id + "-pick", s(txt::kCompareTick));
    v.pick.label = s(txt::kCompareTick) + " " + occ.title;
    v.pick.command = "pick " + std::to_string(i);
    v.pick.on = v.picked;
    if (!v.picked && st.pick_count() >= SkillsometerState::kMaxPicks) {
        v.pick.disabled = true;
        v.pick.desc = s(txt::kCompareFull);
    }
    return v;
}

void results(const SkillsometerState& st, SkillsometerVM& vm) {
    const Bundle& b = st.bundle();
    const Profile& p = st.profile();
    const MatchResult& mr = st.matches();
    vm.normalised = p.normalised;
    for (int t : p.top) vm.standout[static_cast<std::size_t>(t)] = true;

    vm.profile_heading = heading("profile-heading", s(txt::kYourProfile), 3);
    vm.profile_heading.focusable = true;
    std::string chart = s(txt::kChartLabel) + std::to_string(static_cast<int>(p.max[0])) + ": ";
    for (std::size_t t = 0; t < 6; ++t)
        chart += (t ? ", " : "") + s(riasec_name(static_cast<int>(t))) + " " + std::to_string(static_cast<int>(std::lround(p.raw[t])));
    vm.chart = node(Role::image, "chart");
    vm.chart.label = chart + ".";
    if (!p.tiers.empty()) {
        vm.top_heading = heading("top-heading", s(txt::kTopInterests), 4);
        vm.code_line = node(Role::text, "code", code_text(p) + ".");
        for (int t : p.top) {
            AreaVM a;
            a.type = t;
            const RiasecText& rt = kRiasecText[t];
            a.head = parts("area-" + std::to_string(t), {s(rt.name), "\xE2\x80\x93 " + s(rt.nickname)});
            a.desc = node(Role::text, "area-" + std::to_string(t) + "-desc", s(rt.description));
            vm.areas.push_back(std::move(a));
        }
    }
    if (!mr.message.empty()) {
        const bool few = st.level() && mr.matches.size() < MatchOptions{}.limit;
        vm.note_heading = heading("note-heading", s(p.flat ? txt::kFlatHeading : few ? txt::kFewHeading : txt::kNearFlatHeading), 4);
        vm.note = node(Role::text, "note", mr.message);
        vm.note_in_profile = p.flat;
        if (p.flat) vm.try_again = button("try-again", s(txt::kTryAgain), "restart");
    }

    vm.jobs_heading = heading("jobs-heading", s(mr.fallback ? txt::kExploreJobs : txt::kYourJobs), 3);
    vm.study = node(Role::text, "study", s(txt::kStudy));
    vm.levels = node(Role::group, "levels");
    vm.levels.label = s(txt::kStudy);
    VNode any = button("level-any", s(txt::kAnyLevel), "level 0");
    any.role = Role::toggle;
    any.on = !st.level();
    vm.levels.add(std::move(any));
    for (const auto& lc : mr.level_counts) {
        VNode chip = button("level-" + std::to_string(lc.level),
                            s(level_label(b.region, lc.level)) + (mr.fallback ? "" : " (" + std::to_string(lc.matches) + ")"),
                            "level " + std::to_string(lc.level));
        chip.role = Role::toggle;
        chip.on = st.level() == lc.level;
        if (!mr.fallback) chip.label = s(level_label(b.region, lc.level)) + ": " + std::to_string(lc.matches) + " matching jobs";
        vm.levels.add(std::move(chip));
    }
    if (st.level()) {
        vm.include_lower = node(Role::checkbox, "include-lower", s(txt::kIncludeLower));
        vm.include_lower.on = st.include_lower();
        vm.include_lower.command = st.include_lower() ? "lower 0" : "lower 1";
        vm.showing = node(Role::text, "showing", s(st.include_lower() ? txt::kShowingUpTo : txt::kShowingAt) +
                                                     s(level_meaning(b.region, *st.level())));
    } else {
        vm.showing = node(Role::text, "showing", s(txt::kShowingAll));
    }
    if (!mr.fallback) {
        vm.legend = node(Role::disclosure, "legend", s(txt::kLegend));
        vm.legend.command = "legend";
        vm.legend.on = st.legend_open;
        vm.legend.controls = "legend-list";
        if (st.legend_open) {
            vm.legend_list = node(Role::list, "legend-list");
            for (Fit f : {Fit::strong, Fit::good, Fit::partial})
                vm.legend_list.add(parts("legend-" + s(fit_name(f)), {s(fit_label(f)) + ":", s(fit_meaning(f))}));
            vm.legend_list.add(node(Role::item, "legend-end", s(txt::kLegendEnd)));
        }
    }
    const std::size_t picks = st.pick_count();
    if (!mr.matches.empty()) {
        vm.compare_hint = node(Role::text, "compare-hint", s(picks ? txt::kCompareHint : txt::kCompareNone));
        const std::string label = picks == 1 ? "Compare this job" : picks ? "Compare these " + std::to_string(picks) + " jobs" : "Compare";
        vm.compare = button("compare", label, "compare");
        vm.compare.disabled = picks == 0;
        if (!picks) vm.compare.desc = s(txt::kCompareDisabled);
    }
    for (std::size_t i = 0; i < mr.matches.size(); ++i) vm.matches.push_back(match_vm(st, i));
    if (picks && !mr.matches.empty()) {
        vm.compare_end = vm.compare;
        vm.compare_end.id = "compare-end";
    }
    vm.restart = button("restart", s(txt::kRestart), "restart");
}

}  // namespace

SkillsometerVM present_skillsometer(const SkillsometerPresent& in) {
    const SkillsometerState& st = in.state;
    SkillsometerVM vm;
    vm.title = heading("title", s(txt::kTitle), 2);
    vm.subtitle = node(Role::text, "subtitle", s(txt::kSubtitle));
    if (!content_ready(in.error, st.ready(), txt::kLoading, vm.error, vm.loading)) return vm;
    vm.stage = st.stage();
    switch (st.stage()) {
        case QuizStage::welcome:
            welcome(st, in.region, vm);
            vm.entry = entry_vm(in.keep);
            break;
        case QuizStage::questions: question(st, in.resumed, vm); break;
        case QuizStage::results:
            if (st.results_waiting()) {
                vm.loading = node(Role::status, "loading", s(txt::kFindingJobs));
                break;
            }
            results(st, vm);
            if (auto code = encode_quiz_code({st.form().id, st.scale(), st.choices()}, st.quiz().data_version))
                vm.keep = keep_vm(code.value(), keep_text::kQuizNote, in.keep.note);
            break;
    }
    std::string credit = s(txt::kCredit);
    if (st.has_jobs()) {
        const Bundle& b = st.bundle();
        for (const auto& src : b.sources)
            if (src.id == b.source_id_for("pay")) credit += "Pay: " + src.name + ". ";
        if (const Source* interests = b.source_for("interests")) credit += "Job interests: " + interests->name + ". ";
    }
    credit += "Data version " + st.quiz().data_version + ".";
    vm.credit = node(Role::text, "credit", credit);
    return vm;
}

VNode SkillsometerVM::tree() const {
    VNode root = node(Role::group, "skillsometer");
    const auto put = add_if_shown;
    put(root, title);
    put(root, subtitle);
    put(root, error);
    put(root, loading);
    if (!error.text.empty() || !loading.text.empty()) return root;
    VNode screen = node(Role::group, "screen");
    switch (stage) {
        case QuizStage::welcome:
            for (const VNode* n : {&welcome_heading, &intro, &how_heading, &steps, &count, &no_wrong, &start, &start_over})
                put(screen, *n);
            add_to_tree(screen, entry);
            break;
        case QuizStage::questions:
            for (const VNode* n : {&progress, &welcome_back, &prompt, &statement, &answers, &back, &tip}) put(screen, *n);
            break;
        case QuizStage::results: {
            VNode profile = node(Role::region, "profile");
            profile.label = profile_heading.text;
            for (const VNode* n : {&profile_heading, &chart, &top_heading, &code_line}) put(profile, *n);
            for (const auto& a : areas) {
                put(profile, a.head);
                put(profile, a.desc);
            }
            if (note_in_profile)
                for (const VNode* n : {&note_heading, &note, &try_again}) put(profile, *n);
            screen.add(std::move(profile));
            VNode jobs = node(Role::region, "jobs");
            jobs.label = jobs_heading.text;
            for (const VNode* n : {&jobs_heading, &study, &levels, &include_lower, &showing, &legend}) put(jobs, *n);
            if (legend.on) put(jobs, legend_list);
            if (!note_in_profile)
                for (const VNode* n : {&note_heading, &note}) put(jobs, *n);
            for (const VNode* n : {&compare_hint, &compare}) put(jobs, *n);
            VNode list = node(Role::list, "matches");
            for (const auto& m : matches) {
                VNode item = m.item;
                for (const VNode* n : {&m.title, &m.fit, &m.pay, &m.reason, &m.level, &m.details.toggle, &m.pick}) put(item, *n);
                if (m.details.open()) item.add(job_details_group(m.details));
                list.add(std::move(item));
            }
            if (!list.children.empty()) jobs.add(std::move(list));
            screen.add(std::move(jobs));
            add_to_tree(screen, keep);
            put(screen, compare_end);
            put(screen, restart);
            break;
        }
    }
    root.add(std::move(screen));
    put(root, credit);
    return root;
}

}  // namespace ometer::widgets
