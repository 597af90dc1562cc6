// The null shell; see null_shell.hpp.
#include "widgets/shell/null_shell.hpp"

#include <algorithm>
#include <cmath>
#include <fstream>
#include <sstream>
#include <vector>

namespace ometer::widgets {

namespace {

std::vector<unsigned char> read_bytes(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    return std::vector<unsigned char>(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// The area of a triangle inside a rectangle: the triangle clipped to each of the rectangle's four edges in
// turn (Sutherland-Hodgman), then the polygon's area.
double clipped_area(const ImVec2 (&tri)[3], const ImVec4& r) {
    std::vector<ImVec2> poly(tri, tri + 3), next;
    auto clip = [&](auto inside, auto cross) {
        next.clear();
        for (std::size_t i = 0; i < poly.size(); ++i) {
            const ImVec2 a = poly[i], b = poly[(i + 1) % poly.size()];
            if (inside(a)) next.push_back(a);
            if (inside(a) != inside(b)) next.push_back(cross(a, b));
        }
        poly.swap(next);
    };
    auto at_x = [](float x) {
        return [x](ImVec2 a, ImVec2 b) { return ImVec2(x, a.y + (b.y - a.y) * (x - a.x) / (b.x - a.x)); };
    };
    auto at_y = [](float y) {
        return [y](ImVec2 a, ImVec2 b) { return ImVec2(a.x + (b.x - a.x) * (y - a.y) / (b.y - a.y), y); };
    };
    clip([&](ImVec2 p) { return p.x >= r.x; }, at_x(r.x));
    clip([&](ImVec2 p) { return p.x <= r.z; }, at_x(r.z));
    clip([&](ImVec2 p) { return p.y >= r.y; }, at_y(r.y));
    clip([&](ImVec2 p) { return p.y <= r.w; }, at_y(r.w));
    double twice = 0;
    for (std::size_t i = 0; i < poly.size(); ++i) {
        const ImVec2 a = poly[i], b = poly[(i + 1) % poly.size()];
        twice += static_cast<double>(a.x) * b.y - static_cast<double>(b.x) * a.y;
    }
    return std::abs(twice) / 2;
}

// Every triangle's area within its command's clip rectangle and the display, over the display's area.
double fill_of(const ImDrawData& data) {
    const double canvas = static_cast<double>(data.DisplaySize.x) * data.DisplaySize.y;
    if (canvas <= 0) return 0;
    double area = 0;
    for (int l = 0; l < data.CmdListsCount; ++l) {
        const ImDrawList& list = *data.CmdLists[l];
        for (const ImDrawCmd& cmd : list.CmdBuffer) {
            if (cmd.UserCallback) continue;
            const ImVec4 clip(std::max(cmd.ClipRect.x, data.DisplayPos.x), std::max(cmd.ClipRect.y, data.DisplayPos.y),
                              std::min(cmd.ClipRect.z, data.DisplayPos.x + data.DisplaySize.x),
                              std::min(cmd.ClipRect.w, data.DisplayPos.y + data.DisplaySize.y));
            if (clip.z <= clip.x || clip.w <= clip.y) continue;
            for (unsigned int i = 0; i + 2 < cmd.ElemCount; i += 3) {
                const ImDrawIdx* idx = &list.IdxBuffer[static_cast<int>(cmd.IdxOffset + i)];
                const ImVec2 tri[3] = {list.VtxBuffer[static_cast<int>(cmd.VtxOffset + idx[0])].pos,
                                       list.VtxBuffer[static_cast<int>(cmd.VtxOffset + idx[1])].pos,
                                       list.VtxBuffer[static_cast<int>(cmd.VtxOffset + idx[2])].pos};
                area += clipped_area(tri, clip);
            }
        }
    }
    return area / canvas;
}

}  // namespace

NullShell::NullShell(const std::string& options, float css_width, float css_height, float dpr) {
    FontData fonts;
#ifdef OMETER_FONT_DIR
    fonts.regular = read_bytes(std::string(OMETER_FONT_DIR) + "/lato-regular.ttf");
    fonts.bold = read_bytes(std::string(OMETER_FONT_DIR) + "/lato-bold.ttf");
#endif
    if (fonts.empty()) fonts = FontData{};
    runner_ = std::make_unique<Runner>(parse_options(options).options, std::move(fonts));
    runner_->resize(css_width, css_height, dpr);
}

Result<bool> NullShell::load_file(const std::string& name) {
    std::ifstream in(data_dir_ + "/" + name, std::ios::binary);
    if (!in) return Error{"cannot read " + data_dir_ + "/" + name};
    std::ostringstream ss;
    ss << in.rdbuf();
    return widget().load(name, ss.str());
}

Result<bool> NullShell::load_data(const std::string& dir) {
    data_dir_ = dir;
    for (const auto& name : widget().data_files()) {
        auto r = load_file(name);
        if (!r) return r;
    }
    auto done = finish_work();
    runner_->wake();
    return done;
}

Result<bool> NullShell::finish_work() {
    for (;;) {
        auto r = widget().work();
        if (!r || r.value()) return r;
    }
}

double NullShell::last_fill() const {
    const ImDrawData* data = runner_->draw_data();
    return data ? fill_of(*data) : 0;
}

void NullShell::frames(int n) {
    for (int i = 0; i < n; ++i) {
        time_ += 1.0 / 60.0;
        runner_->prepare_fonts();
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        ImGui::GetIO().Fonts->GetTexDataAsAlpha8(&pixels, &w, &h);
        runner_->frame(*this, time_);
        vertices_ = ImGui::GetDrawData() ? ImGui::GetDrawData()->TotalVtxCount : 0;
        // Files the widget asked for (details when a job is opened, the Skillsometer's job cards) arrive as
        // the page would fetch them, and get a frame of their own.
        bool arrived = false;
        while (!wanted_.empty() && !data_dir_.empty()) {
            const std::string name = wanted_.back();
            wanted_.pop_back();
            if (auto r = load_file(name); !r) events.emplace_back("load-error", r.error());
            else if (auto w = finish_work(); !w) events.emplace_back("load-error", w.error());
            runner_->wake();
            arrived = true;
        }
        if (arrived) ++n;
    }
}

void NullShell::click(float x, float y) {
    runner_->pointer(PointerEvent::move, PointerKind::mouse, x, y, 0);
    frames(1);
    runner_->pointer(PointerEvent::down, PointerKind::mouse, x, y, 0);
    frames(1);
    runner_->pointer(PointerEvent::up, PointerKind::mouse, x, y, 0);
    frames(2);
}

void NullShell::tap(float x, float y) {
    runner_->pointer(PointerEvent::down, PointerKind::touch, x, y, 0);
    runner_->pointer(PointerEvent::up, PointerKind::touch, x, y, 0);
    frames(4);
}

void NullShell::key(Key k) {
    runner_->key(k, *this);
    frames(1);
}

Result<bool> NullShell::command(const std::string& line) {
    auto r = widget().command(line, *this);
    runner_->wake();
    frames(1);
    return r;
}

void NullShell::emit(std::string_view type, std::string_view json) {
    events.emplace_back(std::string(type), std::string(json));
    if (type == event::need_data) {
        // {"file":"uk-details.json"}
        const std::string j(json);
        const auto a = j.find(":\""), b = j.rfind('"');
        if (a != std::string::npos && b > a + 2) wanted_.push_back(j.substr(a + 2, b - a - 2));
    }
}

std::string NullShell::last_event(const std::string& type) const {
    for (auto it = events.rbegin(); it != events.rend(); ++it)
        if (it->first == type) return it->second;
    return {};
}

}  // namespace ometer::widgets
