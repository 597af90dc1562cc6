// ometer-first-screen: each widget's first screen as its view-model, for the frame to show as HTML the moment
// it loads, before the wasm widget is ready (tools/dist.mjs puts the output into the frame document).
//
//   ometer-first-screen DATA_DIR     writes {"careerometer/uk": {...}, "skillsometer/uk/30/3": {...}, ...}
//
// One entry per region (and, for the Skillsometer, per quiz form and answer scale): every option that
// changes the first screen's words. The view-models come from the widgets themselves, run headless.
#include <cstdio>
#include <iostream>
#include <string>
#include <vector>

#include "widgets/shell/null_shell.hpp"

using namespace ometer::widgets;

namespace {

bool add(std::string& out, const std::string& key, const std::string& options, const std::string& data_dir) {
    NullShell shell(options);
    if (auto r = shell.load_data(data_dir); !r) {
        std::cerr << "ometer-first-screen: " << key << ": " << r.error() << "\n";
        return false;
    }
    shell.frames(1);
    out += (out.size() > 1 ? ",\n" : "\n") + quote(key) + ":" + shell.widget().vm_json();
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
