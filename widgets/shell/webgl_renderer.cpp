// The web shell's WebGL2 renderer for ImGui draw data; see webgl_renderer.hpp.
#include "widgets/shell/webgl_renderer.hpp"

#include <GLES3/gl3.h>

#include <cstddef>
#include <cstdint>
#include <optional>

namespace ometer::widgets {

namespace {

// Attribute locations are fixed in the shader, so nothing is looked up before the first draw.
constexpr const char* kVertexShader = R"(#version 300 es
layout(location = 0) in vec2 position;
layout(location = 1) in vec2 uv;
layout(location = 2) in vec4 colour;
uniform mat4 projection;
out vec2 frag_uv;
out vec4 frag_colour;
void main() {
    frag_uv = uv;
    frag_colour = colour;
    gl_Position = projection * vec4(position, 0.0, 1.0);
})";

constexpr const char* kFragmentShader = R"(#version 300 es
precision mediump float;
uniform sampler2D atlas;
in vec2 frag_uv;
in vec4 frag_colour;
layout(location = 0) out vec4 out_colour;
void main() {
    out_colour = vec4(frag_colour.rgb, frag_colour.a * texture(atlas, frag_uv).r);  // the atlas is coverage only
})";

unsigned compile(GLenum type, const char* source) {
    const GLuint shader = glCreateShader(type);
    glShaderSource(shader, 1, &source, nullptr);
    glCompileShader(shader);  // status read later, with the program's
    return shader;
}

float channel(ImU32 c, int shift) { return static_cast<float>((c >> shift) & 0xFF) / 255.0f; }

}  // namespace

void WebGLRenderer::create() {
    last_.forget();  // a new context's canvas shows nothing yet
    vertex_shader_ = compile(GL_VERTEX_SHADER, kVertexShader);
    fragment_shader_ = compile(GL_FRAGMENT_SHADER, kFragmentShader);
    program_ = glCreateProgram();
    glAttachShader(program_, vertex_shader_);
    glAttachShader(program_, fragment_shader_);
    glLinkProgram(program_);
    checked_ = linked_ = false;
    projection_ = -1;

    glGenVertexArrays(1, &vao_);
    glGenBuffers(1, &vbo_);
    glGenBuffers(1, &ibo_);
    glBindVertexArray(vao_);
    glBindBuffer(GL_ARRAY_BUFFER, vbo_);
    glBindBuffer(GL_ELEMENT_ARRAY_BUFFER, ibo_);
    glEnableVertexAttribArray(0);
    glEnableVertexAttribArray(1);
    glEnableVertexAttribArray(2);
    const auto stride = static_cast<GLsizei>(sizeof(ImDrawVert));
    glVertexAttribPointer(0, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, pos)));
    glVertexAttribPointer(1, 2, GL_FLOAT, GL_FALSE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, uv)));
    glVertexAttribPointer(2, 4, GL_UNSIGNED_BYTE, GL_TRUE, stride, reinterpret_cast<void*>(offsetof(ImDrawVert, col)));
    vbo_size_ = ibo_size_ = 0;

    // The only state ImGui needs, set once: nothing else draws on this context.
    glEnable(GL_BLEND);
    glBlendEquation(GL_FUNC_ADD);
    glBlendFuncSeparate(GL_SRC_ALPHA, GL_ONE_MINUS_SRC_ALPHA, GL_ONE, GL_ONE_MINUS_SRC_ALPHA);
    glDisable(GL_CULL_FACE);
    glDisable(GL_DEPTH_TEST);
    glDisable(GL_STENCIL_TEST);
    glEnable(GL_SCISSOR_TEST);
    glActiveTexture(GL_TEXTURE0);
    // The font atlas comes from ometer_prepare (upload_fonts), once the pixel ratio is known.
}

void WebGLRenderer::upload_fonts() {
    ImGuiIO& io = ImGui::GetIO();
    unsigned char* pixels = nullptr;
    int width = 0, height = 0;
    // One byte a pixel (the glyphs' coverage; ImGui's atlas is white): a quarter of the RGBA upload, and no
    // conversion pass over the atlas.
    io.Fonts->GetTexDataAsAlpha8(&pixels, &width, &height);
    last_.forget();  // the same draw data now samples other glyph pixels (a new texture may reuse the id)
    if (font_texture_) glDeleteTextures(1, &font_texture_);
    glGenTextures(1, &font_texture_);
    glBindTexture(GL_TEXTURE_2D, font_texture_);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
    glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
    glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
    glTexImage2D(GL_TEXTURE_2D, 0, GL_R8, width, height, 0, GL_RED, GL_UNSIGNED_BYTE, pixels);
    io.Fonts->SetTexID(reinterpret_cast<ImTextureID>(static_cast<std::intptr_t>(font_texture_)));
}

bool WebGLRenderer::check_program() {
    checked_ = true;
    GLint ok = 0;
    glGetProgramiv(program_, GL_LINK_STATUS, &ok);
    linked_ = ok == GL_TRUE;
    if (!linked_) {
        char log[512] = {};
        glGetProgramInfoLog(program_, sizeof log, nullptr, log);
        error_ = std::string("WebGL2 could not link the widget's shaders: ") + log;
        return false;
    }
    projection_ = glGetUniformLocation(program_, "projection");
    glUseProgram(program_);
    glUniform1i(glGetUniformLocation(program_, "atlas"), 0);
    glDeleteShader(vertex_shader_);
    glDeleteShader(fragment_shader_);
    vertex_shader_ = fragment_shader_ = 0;
    return true;
}

bool WebGLRenderer::render(ImDrawData& data, int fb_width, int fb_height, ImU32 background) {
    if (!checked_ && !check_program()) return false;
    if (!linked_) return false;
    if (last_.same_as_last(data, fb_width, fb_height, background)) return true;  // the canvas shows it already
    ++presented_;
    glViewport(0, 0, fb_width, fb_height);
    glScissor(0, 0, fb_width, fb_height);
    glClearColor(channel(background, IM_COL32_R_SHIFT), channel(background, IM_COL32_G_SHIFT),
                 channel(background, IM_COL32_B_SHIFT), 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    if (fb_width > 0 && fb_height > 0) draw_lists(data, fb_height);
    last_.keep(data, fb_width, fb_height, background);
    return true;
}

// Uploads each list's vertices and indices and draws its commands, each clipped to its rectangle.
void WebGLRenderer::draw_lists(const ImDrawData& data, int fb_height) {
    // Display rectangle (ImGui's coordinates, in device pixels here) to clip space, y down.
    const float l = data.DisplayPos.x, r = data.DisplayPos.x + data.DisplaySize.x;
    const float t = data.DisplayPos.y, b = data.DisplayPos.y + data.DisplaySize.y;
    const float projection[16] = {2.0f / (r - l), 0, 0, 0, 0, 2.0f / (t - b), 0, 0, 0, 0, -1, 0,
                                  (r + l) / (l - r), (t + b) / (b - t), 0, 1};
    glUniformMatrix4fv(projection_, 1, GL_FALSE, projection);
    glBindVertexArray(vao_);
    const ImVec2 scale = data.FramebufferScale;
    std::optional<ImTextureID> bound;  // a command's texture is bound only when it differs (ImGui's are all the atlas)
    for (int n = 0; n < data.CmdListsCount; ++n) {
        const ImDrawList* list = data.CmdLists[n];
        const auto vtx_bytes = static_cast<long long>(list->VtxBuffer.Size) * static_cast<long long>(sizeof(ImDrawVert));
        const auto idx_bytes = static_cast<long long>(list->IdxBuffer.Size) * static_cast<long long>(sizeof(ImDrawIdx));
        if (vtx_bytes > vbo_size_) {  // grow to fit (never shrink: frames alike need alike sizes)
            vbo_size_ = vtx_bytes;
            glBufferData(GL_ARRAY_BUFFER, static_cast<GLsizeiptr>(vbo_size_), nullptr, GL_STREAM_DRAW);
        }
        if (idx_bytes > ibo_size_) {
            ibo_size_ = idx_bytes;
            glBufferData(GL_ELEMENT_ARRAY_BUFFER, static_cast<GLsizeiptr>(ibo_size_), nullptr, GL_STREAM_DRAW);
        }
        glBufferSubData(GL_ARRAY_BUFFER, 0, static_cast<GLsizeiptr>(vtx_bytes), list->VtxBuffer.Data);
        glBufferSubData(GL_ELEMENT_ARRAY_BUFFER, 0, static_cast<GLsizeiptr>(idx_bytes), list->IdxBuffer.Data);
        for (const ImDrawCmd& cmd : list->CmdBuffer) {
            if (cmd.UserCallback) {  // the widgets add none; ImGui's own reset request needs nothing here
                if (cmd.UserCallback != ImDrawCallback_ResetRenderState) cmd.UserCallback(list, &cmd);
                continue;
            }
            const float x0 = (cmd.ClipRect.x - data.DisplayPos.x) * scale.x, y0 = (cmd.ClipRect.y - data.DisplayPos.y) * scale.y;
            const float x1 = (cmd.ClipRect.z - data.DisplayPos.x) * scale.x, y1 = (cmd.ClipRect.w - data.DisplayPos.y) * scale.y;
            if (x1 <= x0 || y1 <= y0) continue;
            glScissor(static_cast<GLint>(x0), static_cast<GLint>(static_cast<float>(fb_height) - y1), static_cast<GLsizei>(x1 - x0),
                      static_cast<GLsizei>(y1 - y0));
            if (bound != cmd.GetTexID()) {
                bound = cmd.GetTexID();
                glBindTexture(GL_TEXTURE_2D, static_cast<GLuint>(reinterpret_cast<std::intptr_t>(*bound)));
            }
            glDrawElements(GL_TRIANGLES, static_cast<GLsizei>(cmd.ElemCount),
                           sizeof(ImDrawIdx) == 2 ? GL_UNSIGNED_SHORT : GL_UNSIGNED_INT,
                           reinterpret_cast<void*>(static_cast<std::uintptr_t>(cmd.IdxOffset) * sizeof(ImDrawIdx)));
        }
    }
}

void WebGLRenderer::forget() {
    last_.forget();
    program_ = vertex_shader_ = fragment_shader_ = 0;
    vao_ = vbo_ = ibo_ = font_texture_ = 0;
    checked_ = linked_ = false;
    projection_ = -1;
    vbo_size_ = ibo_size_ = 0;
}

}  // namespace ometer::widgets
