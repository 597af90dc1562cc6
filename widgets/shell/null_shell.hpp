// The null shell: runs a widget's frames with no GPU (ImGui geometry is built, never drawn), for tests.
// Also the place to drive a widget as a user would: clicks, taps, keys, commands.
#pragma once

#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "core/result.hpp"
#include "widgets/shell/runner.hpp"

namespace ometer::widgets {

class NullShell final : public Host {
public:
    // `options` as "key=value" lines; fonts come from the build's Lato subset when present.
    explicit NullShell(const std::string& options, float css_width = 1024, float css_height = 800, float dpr = 1);

    Runner& runner() { return *runner_; }
    Widget& widget() { return runner_->widget(); }

    // Loads every data file the widget asks for from `dir` (e.g. assets/data); files it asks for later
    // ("need-data") are loaded from there after the frame that asked.
    Result<bool> load_data(const std::string& dir);

    void frames(int n = 1);
    void click(float x, float y);   // CSS px
    void tap(float x, float y);     // touch
    void key(Key k);
    Result<bool> command(const std::string& line);

    // Host.
    void emit(std::string_view type, std::string_view json) override;
    double now() const override { return time_; }
    bool mirror_waits() override { return mirror_waiting; }

    bool mirror_waiting = false;  // as the page's is while a student types

    std::vector<std::pair<std::string, std::string>> events;
    std::string last_event(const std::string& type) const;
    int last_vertex_count() const { return vertices_; }
    // How many times over the last frame's triangles cover the canvas (their areas summed, each clipped to
    // its command's clip rectangle, over the canvas area): what a GPU fills and blends per frame. Worked out
    // when asked, not every frame.
    double last_fill() const;

private:
    Result<bool> load_file(const std::string& name);
    // All the work loaded files leave (reading them, the search index), which the page does in slices.
    Result<bool> finish_work();

    std::unique_ptr<Runner> runner_;
    std::string data_dir_;
    std::vector<std::string> wanted_;
    double time_ = 0;
    int vertices_ = 0;
};

}  // namespace ometer::widgets
