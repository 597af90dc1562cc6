// Fuzzes both widgets through the null shell as a hostile page would drive them: arbitrary embed options,
// then page commands, keys, clicks and swipes, a frame after each. An input is: its first line, the options
// with ';' for newlines ("widget=skillsometer;form=60"); then one action per line: "!K" a key (K's byte picks
// it), "@XY" a click at (X, Y) scaled to the canvas, "~D" a swipe by D, anything else a page command.
#include <cstddef>
#include <cstdint>
#include <string>

#include "tests/fuzz/fuzz_support.hpp"
#include "widgets/shell/null_shell.hpp"

using namespace ometer;
using namespace ometer::widgets;

namespace {

constexpr float kWidth = 800, kHeight = 700;
constexpr int kKeys = static_cast<int>(Key::digit5) + 1;

float scaled(std::string_view s, std::size_t i, float span) {
    return i < s.size() ? static_cast<float>(static_cast<std::uint8_t>(s[i])) / 255.0f * span : span / 2;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    fuzz::Bytes in(data, size);
    std::string_view first;
    in.line(first);
    std::string options(first);
    for (char& c : options)
        if (c == ';') c = '\n';
    // A fresh widget per input, so a finding reproduces from its input alone; the small fixture bundles
    // keep loading cheap.
    NullShell shell(options, kWidth, kHeight);
    if (!shell.load_data(test::source_dir() + "/tests/fixtures/expected")) fuzz::setup_failed("fixture data did not load");
    shell.frames(1);
    std::string_view action;
    for (int n = 0; n < 64 && in.line(action); ++n) {
        if (action.size() >= 1 && action[0] == '!') {
            int k = action.size() > 1 ? static_cast<std::uint8_t>(action[1]) % kKeys : 0;
            shell.key(static_cast<Key>(k));
        } else if (action.size() >= 1 && action[0] == '@') {
            shell.click(scaled(action, 1, kWidth), scaled(action, 2, kHeight));
        } else if (action.size() >= 1 && action[0] == '~') {
            shell.widget().swipe(scaled(action, 1, 2 * kWidth) - kWidth, shell);
            shell.frames(1);
        } else {
            shell.command(std::string(action));
        }
    }
    shell.widget().state_json();
    return 0;
}
