// The drawing vocabulary both widgets' views use, on ImGui's draw lists, one header per concept: text
// (draw_text.hpp), boxes, icons and buttons (draw_shapes.hpp), charts (draw_charts.hpp), faces
// (draw_faces.hpp). Positions are in device pixels.
#pragma once

#include "widgets/common/draw_charts.hpp"
#include "widgets/common/draw_faces.hpp"
#include "widgets/common/draw_shapes.hpp"
#include "widgets/common/draw_text.hpp"
