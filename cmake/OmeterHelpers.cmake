# Build helpers: third-party headers for native and wasm, warnings, and one helper per kind of target.
include_guard(GLOBAL)

# nlohmann/json and doctest are header-only Debian packages. Natively find_package finds them; under the
# emscripten toolchain find_package is sysroot-restricted and -I/usr/include would pull glibc headers, so
# we expose just those two header folders through a build-dir folder of symlinks.
function(ometer_third_party)
  add_library(ometer_third_party INTERFACE)
  if(EMSCRIPTEN)
    set(shim "${CMAKE_BINARY_DIR}/third_party_include")
    file(MAKE_DIRECTORY "${shim}")
    foreach(dir nlohmann doctest)
      if(NOT EXISTS "/usr/include/${dir}")
        message(FATAL_ERROR "/usr/include/${dir} is missing: run ./run setup (installs nlohmann-json3-dev, doctest-dev)")
      endif()
      file(CREATE_LINK "/usr/include/${dir}" "${shim}/${dir}" SYMBOLIC)
    endforeach()
    target_include_directories(ometer_third_party SYSTEM INTERFACE "${shim}")
  else()
    find_package(nlohmann_json 3.11 REQUIRED)
    find_package(doctest REQUIRED)
    target_link_libraries(ometer_third_party INTERFACE nlohmann_json::nlohmann_json doctest::doctest)
  endif()
  # Implicit conversions off: every read from JSON names its type.
  target_compile_definitions(ometer_third_party INTERFACE JSON_USE_IMPLICIT_CONVERSIONS=0)
  if(EMSCRIPTEN)
    # The wasm products are built without exceptions; nlohmann/json then aborts instead of throwing, which
    # never happens because every access is type-checked first (core/json_read.hpp).
    target_compile_definitions(ometer_third_party INTERFACE JSON_NOEXCEPTION)
  endif()
endfunction()

function(ometer_warnings target)
  target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wconversion -Wno-sign-conversion)
endfunction()

# Product code in wasm is built without exception support (smaller, and nlohmann/json is used without
# throwing); test targets opt back in because doctest reports failed REQUIREs by throwing.
# ometer_wasm_product(<target> [NO_RTTI]): NO_RTTI for code that uses neither typeid nor dynamic_cast, so no
# class names or type_info vtables are linked (embind, in tools/wasm, needs RTTI).
function(ometer_wasm_product target)
  cmake_parse_arguments(W "NO_RTTI" "" "" ${ARGN})
  if(EMSCRIPTEN)
    # Release-style: no asserts (ImGui's carry many message strings), no C++ exception machinery.
    # emcc turns the compiler's inliner off at -Oz (-fno-inline-functions); back on, the module is smaller
    # (small wrappers vanish into their callers) and has fewer functions for the browser to compile lazily
    # on the main thread at their first call. Measured: 1341 -> 1111 functions, -6.5 KB brotli,
    # Careerometer CPU to ready -11% (164 -> 145 ms, 7 runs each side by side).
    target_compile_options(${target} PRIVATE ${OMETER_WASM_OPT} -fno-exceptions -finline-functions)
    if(W_NO_RTTI)
      target_compile_options(${target} PRIVATE -fno-rtti)
    endif()
    target_compile_definitions(${target} PRIVATE NDEBUG)
    target_link_options(${target} PRIVATE ${OMETER_WASM_OPT})
  endif()
endfunction()

# ometer_add_test(<name> SOURCES ... [LIBS ...]): one doctest executable registered with ctest.
function(ometer_add_test name)
  cmake_parse_arguments(T "" "" "SOURCES;LIBS" ${ARGN})
  add_executable(${name} ${T_SOURCES})
  target_link_libraries(${name} PRIVATE ometer_doctest_main ${T_LIBS})
  # Compiled in, because wasm tests under node do not see ctest's environment.
  target_compile_definitions(${name} PRIVATE OMETER_TEST_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
  ometer_warnings(${name})
  if(EMSCRIPTEN)
    target_compile_options(${name} PRIVATE -fexceptions -O1)
    target_link_options(${name} PRIVATE -fexceptions -O1 -sALLOW_MEMORY_GROWTH=1 -sWASM_ASYNC_COMPILATION=0
                        -sNODERAWFS=1 -sEXIT_RUNTIME=1)
  endif()
  add_test(NAME ${name} COMMAND ${name} --no-version)
  set_tests_properties(${name} PROPERTIES ENVIRONMENT "OMETER_SOURCE_DIR=${CMAKE_SOURCE_DIR}")
endfunction()

# ometer_add_fuzzer(<name> [LIBS ...]): a libFuzzer target from tests/fuzz/<name>.cpp (fuzz preset: clang,
# everything compiled with -fsanitize=fuzzer-no-link,address,undefined; the target links the fuzzer's main).
function(ometer_add_fuzzer name)
  cmake_parse_arguments(F "" "" "LIBS" ${ARGN})
  add_executable(${name} ${name}.cpp)
  target_link_libraries(${name} PRIVATE ${F_LIBS})
  target_include_directories(${name} PRIVATE "${CMAKE_SOURCE_DIR}")
  target_compile_definitions(${name} PRIVATE OMETER_TEST_SOURCE_DIR="${CMAKE_SOURCE_DIR}")
  target_link_options(${name} PRIVATE -fsanitize=fuzzer)
  ometer_warnings(${name})
endfunction()
