// ometer-first-screen: each widget's first screen as its view-model, for the frame to show as HTML the moment
// it loads, before the wasm widget is ready (tools/dist.mjs puts the output into the frame document).
//
//   ometer-first-screen DATA_DIR     writes {"careerometer/uk": {...}, "skillsometer/uk/30/3": {...}, ...}
//
// One entry per region (and, for the Skillsometer, per quiz form and answer scale): every option that
// changes the first screen's words. The view-models come from the widgets themselves, run headless.
// With each, under "heights/KEY", the height the widget's canvas will have at every frame width from 240 to
// 1600 CSS px (rounded up as the frame reports it; {"text_size": 1.125, "runs": [width, height, ...]}, a
// pair where the height changes): the HTML first screen takes that height, so the page under the widget
// does not move when the canvas takes over. Only at the frame's own text size and font scale 1.
#include <cstdio>
#include <iostream>
#include <string>
#include <string_view>
#include <vector>

#include "widgets/shell/null_shell.hpp"

using namespace ometer::widgets;

namespace {

constexpr int kFromWidth = 240, kToWidth = 1600;  // CSS px
// The frame's own text size, as web/frame/frame.js reads it: frame.css sets 18px on the page's 16. Written as
// the option and into the table as the same text, so frame.js's comparison is exact.
constexpr std::string_view kTextSize = "1.125";

bool add(std::string& out, const std::string& key, const std::string& options, const std::string& data_dir) {
    NullShell shell(options + "text-size=" + std::string(kTextSize) + "\n");
    if (auto r = shell.load_data(data_dir); !r) {
        std::cerr << "ometer-first-screen: " << key << ": " << r.error() << "\n";
        return false;
    }
    shell.frames(1);
    out += (out.size() > 1 ? ",\n" : "\n") + quote(key) + ":" + shell.widget().vm_json();
    // Every width, as [width, height] pairs where the height changes: the height holds from that width to
    // the next pair's (and past the last).
    std::string runs;
    int last = -1;
    for (int width = kFromWidth; width <= kToWidth; ++width) {
        shell.runner().resize(static_cast<float>(width), 800, 1);
        shell.frames(2);
        const int height = static_cast<int>(shell.widget().content_height() + 0.99f);  // as web_main.cpp reports it
        if (height == last) continue;
        last = height;
        runs += (runs.empty() ? "" : ",") + std::to_string(width) + "," + std::to_string(height);
    }
    out += ",\n" + quote("heights/" + key) + ":{\"text_size\":" + std::string(kTextSize) + ",\"runs\":[" + runs + "]}";
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 2) {
        std::cerr << "usage: ometer-first-screen DATA_DIR\n";
        return 2;
    }
    const std::string dir = argv[1];
    std::string out = "{";
    bool ok = true;
    for (const std::string region : {"uk", "us"}) {
        ok = ok && add(out, "careerometer/" + region, "widget=careerometer\nregion=" + region + "\n", dir);
        for (const std::string form : {"30", "60"})
            for (const std::string scale : {"3", "5"})
                ok = ok && add(out, "skillsometer/" + region + "/" + form + "/" + scale,
                               "widget=skillsometer\nregion=" + region + "\nform=" + form + "\nscale=" + scale + "\n", dir);
    }
    if (!ok) return 1;
    std::cout << out << "\n}\n";
    return 0;
}
