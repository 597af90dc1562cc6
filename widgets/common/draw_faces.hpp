// The answer faces: friendly emoji drawn with shapes (crisp at any size, no emoji font needed).
#pragma once

#include <imgui.h>

namespace ometer::widgets {

enum class Face { dislike, unsure, love };
// A face of `radius` at `centre`; `wobble` is the phase (0-1) of a slight sideways sway; 0 keeps it still.
void emoji_face(ImDrawList* dl, ImVec2 centre, float radius, Face face, float wobble);

}  // namespace ometer::widgets
