# The page and the npm package (web/, docs/web.md): the careertalk tool compiled to WebAssembly
# by emscripten, as an external project of this build (it needs emscripten's toolchain), into
# <build>/web/page and <build>/web/package. CAREERTALK_WEB is ON when emscripten (Debian
# emscripten) and node are found; cmake/quickstart.sh web and test install them.
find_program(CAREERTALK_EM_CONFIG em-config)
find_program(CAREERTALK_NODE node)
set(careertalk_emscripten_toolchain "")
if(CAREERTALK_EM_CONFIG)
    execute_process(COMMAND "${CAREERTALK_EM_CONFIG}" EMSCRIPTEN_ROOT
                    OUTPUT_VARIABLE careertalk_emscripten_root OUTPUT_STRIP_TRAILING_WHITESPACE
                    RESULT_VARIABLE careertalk_em_config_failed)
    set(careertalk_emscripten_toolchain
        "${careertalk_emscripten_root}/cmake/Modules/Platform/Emscripten.cmake")
    if(careertalk_em_config_failed OR NOT EXISTS "${careertalk_emscripten_toolchain}")
        set(careertalk_emscripten_toolchain "")
    endif()
endif()
set(careertalk_web_found OFF)
if(careertalk_emscripten_toolchain AND CAREERTALK_NODE)
    set(careertalk_web_found ON)
endif()
option(CAREERTALK_WEB "Build the page and the npm package with emscripten (docs/web.md)"
       ${careertalk_web_found})
if(NOT CAREERTALK_WEB)
    message(STATUS "careertalk page not built: needs emscripten and node "
                   "(cmake/quickstart.sh web installs them)")
    return()
endif()
if(NOT careertalk_web_found)
    message(FATAL_ERROR "CAREERTALK_WEB needs emscripten (em-config) and node")
endif()

# The header folders of date, Boost and CLI11 linked into one, so that the WebAssembly build
# sees them without the host's C library headers beside them (/usr/include).
set(careertalk_web_deps "${CMAKE_CURRENT_BINARY_DIR}/web-deps")
file(MAKE_DIRECTORY "${careertalk_web_deps}")
find_package(CLI11 CONFIG REQUIRED)  # found by examples/careertalk, whose targets stay there
get_target_property(careertalk_date_include date::date INTERFACE_INCLUDE_DIRECTORIES)
get_target_property(careertalk_cli11_include CLI11::CLI11 INTERFACE_INCLUDE_DIRECTORIES)
foreach(dep IN ITEMS "boost:${Boost_INCLUDE_DIRS}" "date:${careertalk_date_include}"
                     "CLI:${careertalk_cli11_include}")
    string(REPLACE ":" ";" dep "${dep}")
    list(GET dep 0 name)
    list(GET dep 1 dir)
    file(CREATE_LINK "${dir}/${name}" "${careertalk_web_deps}/${name}" SYMBOLIC)
endforeach()

include(ExternalProject)
ExternalProject_Add(careertalk_web
    SOURCE_DIR "${PROJECT_SOURCE_DIR}/web"
    BINARY_DIR "${CMAKE_CURRENT_BINARY_DIR}/web"
    CMAKE_ARGS "-DCMAKE_TOOLCHAIN_FILE=${careertalk_emscripten_toolchain}"
               -DCMAKE_BUILD_TYPE=MinSizeRel "-DCAREERTALK_WEB_DEPS=${careertalk_web_deps}"
    BUILD_ALWAYS ON
    INSTALL_COMMAND "")
set(CAREERTALK_WEB_DIR "${CMAKE_CURRENT_BINARY_DIR}/web")

# Tests (tests/web, node's test runner): the package against the tool; the page in headless
# Chromium (skipped, saying so, without chromium or tests/web's npm packages); the package's
# TypeScript types, compiled with tests/web's typescript.
if(CAREERTALK_BUILD_TESTS)
    set(careertalk_web_env "CAREERTALK=$<TARGET_FILE:careertalk_cli>"
        "CAREERTALK_WEB_DIR=${CAREERTALK_WEB_DIR}" "CAREERTALK_SOURCE=${PROJECT_SOURCE_DIR}")
    set(careertalk_web_tests "${PROJECT_SOURCE_DIR}/tests/web")
    add_test(NAME web.package COMMAND "${CAREERTALK_NODE}" --test "${careertalk_web_tests}/package.test.mjs")
    add_test(NAME web.browser COMMAND "${CAREERTALK_NODE}" --test "${careertalk_web_tests}/browser.test.mjs")
    set_tests_properties(web.package web.browser PROPERTIES ENVIRONMENT "${careertalk_web_env}")
    set_tests_properties(web.browser PROPERTIES SKIP_REGULAR_EXPRESSION "careertalk-web: skipped"
                         TIMEOUT 300)
    set(careertalk_tsc "${careertalk_web_tests}/node_modules/.bin/tsc")
    add_test(NAME web.types
             COMMAND "${CMAKE_COMMAND}" "-DTSC=${careertalk_tsc}"
                     "-DPACKAGE=${CAREERTALK_WEB_DIR}/package"
                     "-DEXAMPLE=${careertalk_web_tests}/types.mts" -P "${careertalk_web_tests}/types.cmake")
    set_tests_properties(web.types PROPERTIES SKIP_REGULAR_EXPRESSION "careertalk-web: skipped")
endif()
