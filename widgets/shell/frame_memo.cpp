// The last drawn frame, compared field by field; see frame_memo.hpp.
#include "widgets/shell/frame_memo.hpp"

#include <cstring>

namespace ometer::widgets {

namespace {

bool same_vec2(ImVec2 a, ImVec2 b) { return a.x == b.x && a.y == b.y; }

template <class T>
bool same_bytes(const ImVector<T>& now, const ImVector<T>& kept) {
    return now.Size == kept.Size && (kept.Size == 0 || std::memcmp(now.Data, kept.Data, static_cast<std::size_t>(kept.Size) * sizeof(T)) == 0);
}

}  // namespace

FrameMemo::Header FrameMemo::header_of(const ImDrawData& data, int fb_width, int fb_height, ImU32 background) {
    return {data.DisplayPos, data.DisplaySize, data.FramebufferScale, fb_width, fb_height, background};
}

bool FrameMemo::same_list(const ImDrawList& list, const List& kept) {
    if (!same_bytes(list.VtxBuffer, kept.vertices) || !same_bytes(list.IdxBuffer, kept.indices) ||
        static_cast<std::size_t>(list.CmdBuffer.Size) != kept.commands.size())
        return false;
    for (int i = 0; i < list.CmdBuffer.Size; ++i) {
        const ImDrawCmd& c = list.CmdBuffer[i];
        const Command& k = kept.commands[static_cast<std::size_t>(i)];
        if (c.ClipRect.x != k.clip.x || c.ClipRect.y != k.clip.y || c.ClipRect.z != k.clip.z || c.ClipRect.w != k.clip.w ||
            c.GetTexID() != k.texture || c.VtxOffset != k.vtx_offset || c.IdxOffset != k.idx_offset ||
            c.ElemCount != k.elem_count || (c.UserCallback != nullptr) != k.callback)
            return false;
    }
    return true;
}

bool FrameMemo::same_as_last(const ImDrawData& data, int fb_width, int fb_height, ImU32 background) const {
    const Header h = header_of(data, fb_width, fb_height, background);
    bool same = valid_ && same_vec2(h.display_pos, header_.display_pos) && same_vec2(h.display_size, header_.display_size) &&
                same_vec2(h.scale, header_.scale) && h.fb_width == header_.fb_width && h.fb_height == header_.fb_height &&
                h.background == header_.background && static_cast<std::size_t>(data.CmdListsCount) == lists_.size();
    for (int n = 0; same && n < data.CmdListsCount; ++n) same = same_list(*data.CmdLists[n], lists_[static_cast<std::size_t>(n)]);
    return same;
}

void FrameMemo::keep(ImDrawData& data, int fb_width, int fb_height, ImU32 background) {
    valid_ = true;
    header_ = header_of(data, fb_width, fb_height, background);
    lists_.resize(static_cast<std::size_t>(data.CmdListsCount));
    for (int n = 0; n < data.CmdListsCount; ++n) {
        ImDrawList& list = *data.CmdLists[n];
        List& kept = lists_[static_cast<std::size_t>(n)];
        kept.vertices.swap(list.VtxBuffer);
        kept.indices.swap(list.IdxBuffer);
        kept.commands.clear();
        for (const ImDrawCmd& c : list.CmdBuffer)
            kept.commands.push_back({c.ClipRect, c.GetTexID(), c.VtxOffset, c.IdxOffset, c.ElemCount, c.UserCallback != nullptr});
    }
}

}  // namespace ometer::widgets
