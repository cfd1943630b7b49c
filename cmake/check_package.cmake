# Run with cmake -P by the package.* and readme.snippet CTest tests.
#
#   -DMODE=find_package|add_subdirectory|fetchcontent|readme
#   -DREPO_ROOT=<careertalk source dir>  -DBUILD_TREE=<careertalk build dir>
#   -DWORK_DIR=<scratch dir>  -DCMAKE_CXX_COMPILER=<compiler>  -DGENERATOR=<generator>
#   [-DCONFIG=<build type>]  [-DREADME=<README.md>]  (readme mode)  [-DCXX_FLAGS=<flags>]
#
# find_package:     cmake --install BUILD_TREE to WORK_DIR/find_package/prefix, then
#                   configure/build/run tests/package against it; also check careertalk.pc;
#                   run the compiled facade's consumers when BUILD_TREE built it.
# add_subdirectory: configure/build/run tests/package/add_subdirectory, then install that
#                   build and check careertalk installed nothing (CAREERTALK_INSTALL is OFF
#                   in a subproject).
# default_install:  `cmake -S REPO_ROOT -B b` with no option, then `cmake --install b` with
#                   nothing built: headers, CMake package and careertalk.pc are installed.
# fetchcontent:     configure/build/run tests/package/fetchcontent.
# readme:           extract the snippet between <!-- snippet:begin --> and
#                   <!-- snippet:end --> in README.md, then build and run it
#                   against the source tree via add_subdirectory.
cmake_minimum_required(VERSION 3.21)

foreach(var MODE REPO_ROOT BUILD_TREE WORK_DIR)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_package.cmake: -D${var}=... is required")
    endif()
endforeach()
if(NOT CONFIG)
    set(CONFIG Debug)
endif()

include("${CMAKE_CURRENT_LIST_DIR}/run_checked.cmake")

set(work "${WORK_DIR}/${MODE}")
file(REMOVE_RECURSE "${work}")
file(MAKE_DIRECTORY "${work}")

set(configure_args
    -DCMAKE_BUILD_TYPE=${CONFIG}
    -DCMAKE_CXX_COMPILER=${CMAKE_CXX_COMPILER}
    -DCAREERTALK_SOURCE_DIR=${REPO_ROOT})
if(GENERATOR)
    list(APPEND configure_args -G "${GENERATOR}")
endif()
# The suite's own flags (-fsanitize=... in the asan preset), so the consumers run under them.
if(CXX_FLAGS)
    list(APPEND configure_args "-DCMAKE_CXX_FLAGS=${CXX_FLAGS}" "-DCMAKE_C_FLAGS=${CXX_FLAGS}")
endif()

if(MODE STREQUAL "find_package")
    set(prefix "${work}/prefix")
    run("${CMAKE_COMMAND}" --install "${BUILD_TREE}" --prefix "${prefix}" --config "${CONFIG}")
    set(source "${REPO_ROOT}/tests/package")
    list(APPEND configure_args "-DCMAKE_PREFIX_PATH=${prefix}")

    set(pc "${prefix}/share/pkgconfig/careertalk.pc")
    if(NOT EXISTS "${pc}")
        message(FATAL_ERROR "missing ${pc}")
    endif()
    find_program(PKG_CONFIG_EXECUTABLE pkg-config)
    if(PKG_CONFIG_EXECUTABLE)
        set(ENV{PKG_CONFIG_PATH} "${prefix}/share/pkgconfig")
        execute_process(COMMAND "${PKG_CONFIG_EXECUTABLE}" --cflags careertalk
                        RESULT_VARIABLE rc OUTPUT_VARIABLE cflags ERROR_VARIABLE err
                        OUTPUT_STRIP_TRAILING_WHITESPACE)
        if(NOT rc EQUAL 0)
            message(FATAL_ERROR "pkg-config --cflags careertalk failed: ${err}")
        endif()
        if(NOT cflags MATCHES "-std=c\\+\\+20" OR NOT cflags MATCHES "-I")
            message(FATAL_ERROR "unexpected pkg-config --cflags careertalk: '${cflags}'")
        endif()
        string(REGEX MATCH "-I([^ ]+)" _ "${cflags}")
        if(NOT EXISTS "${CMAKE_MATCH_1}/careertalk/careertalk.hpp")
            message(FATAL_ERROR "pkg-config include dir '${CMAKE_MATCH_1}' has no careertalk/careertalk.hpp")
        endif()
        message(STATUS "pkg-config --cflags careertalk: ${cflags}")
        # Build and run the consumer with the pkg-config flags alone (no CMake).
        separate_arguments(cflags_list UNIX_COMMAND "${cflags} ${CXX_FLAGS}")
        set(pc_exe "${work}/consumer-pkg-config")
        run("${CMAKE_CXX_COMPILER}" ${cflags_list} "${REPO_ROOT}/tests/package/main.cpp"
            -o "${pc_exe}")
        run("${pc_exe}")
        # The compiled facade through careertalk-compiled.pc (Requires: careertalk).
        if(EXISTS "${prefix}/share/pkgconfig/careertalk-compiled.pc")
            execute_process(COMMAND "${PKG_CONFIG_EXECUTABLE}" --cflags --libs careertalk-compiled
                            RESULT_VARIABLE rc OUTPUT_VARIABLE flags ERROR_VARIABLE err
                            OUTPUT_STRIP_TRAILING_WHITESPACE)
            if(NOT rc EQUAL 0 OR NOT flags MATCHES "-lcareertalk" OR NOT flags MATCHES "-std=c\\+\\+20")
                message(FATAL_ERROR "pkg-config careertalk-compiled: '${flags}' ${err}")
            endif()
            message(STATUS "pkg-config --cflags --libs careertalk-compiled: ${flags}")
            separate_arguments(flags_list UNIX_COMMAND "${flags} ${CXX_FLAGS}")
            string(REGEX MATCH "-L([^ ]+)" _ "${flags}")
            set(libdir "${CMAKE_MATCH_1}")
            set(pc_compiled "${work}/consumer-compiled-pkg-config")
            run("${CMAKE_CXX_COMPILER}" "${REPO_ROOT}/tests/package/compiled.cpp" ${flags_list}
                "-Wl,-rpath,${libdir}" -o "${pc_compiled}")
            run("${pc_compiled}")
        endif()
        # The C interface through careertalk-c.pc, built by the C compiler with no C++ flag.
        if(EXISTS "${prefix}/share/pkgconfig/careertalk-c.pc")
            execute_process(COMMAND "${PKG_CONFIG_EXECUTABLE}" --cflags --libs careertalk-c
                            RESULT_VARIABLE rc OUTPUT_VARIABLE flags ERROR_VARIABLE err
                            OUTPUT_STRIP_TRAILING_WHITESPACE)
            if(NOT rc EQUAL 0 OR NOT flags MATCHES "-lcareertalk_c" OR flags MATCHES "-std=c\\+\\+")
                message(FATAL_ERROR "pkg-config careertalk-c: '${flags}' ${err}")
            endif()
            message(STATUS "pkg-config --cflags --libs careertalk-c: ${flags}")
            separate_arguments(flags_list UNIX_COMMAND "${flags} ${CXX_FLAGS}")
            string(REGEX MATCH "-L([^ ]+)" _ "${flags}")
            set(pc_c "${work}/consumer-c-pkg-config")
            find_program(C_COMPILER NAMES cc gcc clang REQUIRED)
            run("${C_COMPILER}" -std=c99 -Wall -Wextra -Wpedantic -Werror
                "${REPO_ROOT}/tests/package/c_consumer.c" ${flags_list}
                "-Wl,-rpath,${CMAKE_MATCH_1}" -o "${pc_c}")
            run("${pc_c}")
        endif()
    else()
        message(STATUS "pkg-config not installed: skipping the .pc check")
    endif()
elseif(MODE STREQUAL "default_install")
    set(prefix "${work}/prefix")
    run("${CMAKE_COMMAND}" -S "${REPO_ROOT}" -B "${work}/build" ${configure_args})
    run("${CMAKE_COMMAND}" --install "${work}/build" --prefix "${prefix}")
    foreach(f include/careertalk/careertalk.hpp share/cmake/careertalk/careertalkConfig.cmake
              share/pkgconfig/careertalk.pc)
        if(NOT EXISTS "${prefix}/${f}")
            message(FATAL_ERROR "default install: missing ${prefix}/${f}")
        endif()
    endforeach()
    message(STATUS "default configure and install: OK")
    return()
elseif(MODE STREQUAL "add_subdirectory" OR MODE STREQUAL "fetchcontent")
    set(source "${REPO_ROOT}/tests/package/${MODE}")
elseif(MODE STREQUAL "readme")
    if(NOT README)
        set(README "${REPO_ROOT}/README.md")
    endif()
    # Take the text between the first <!-- snippet:begin --> and the next
    # <!-- snippet:end -->; it must be one ```cpp fenced block.
    file(READ "${README}" readme)
    string(FIND "${readme}" "<!-- snippet:begin -->" begin)
    if(begin EQUAL -1)
        message(FATAL_ERROR "README: no <!-- snippet:begin --> marker in ${README}")
    endif()
    string(SUBSTRING "${readme}" ${begin} -1 readme)
    string(FIND "${readme}" "<!-- snippet:end -->" end)
    if(end EQUAL -1)
        message(FATAL_ERROR "README: no <!-- snippet:end --> after <!-- snippet:begin -->")
    endif()
    string(SUBSTRING "${readme}" 0 ${end} block)
    string(REPLACE "\r" "" block "${block}")
    if(NOT block MATCHES "^<!-- snippet:begin -->[ \t\n]*```[ \t]*(cpp|c\\+\\+)[ \t]*\n(.*)\n[ \t]*```[ \t\n]*$")
        message(FATAL_ERROR "README: expected <!-- snippet:begin -->, ```cpp, code, ```, <!-- snippet:end -->")
    endif()
    set(code "${CMAKE_MATCH_2}\n")
    set(source "${work}/src")
    file(WRITE "${source}/snippet.cpp" "${code}")
    file(WRITE "${source}/CMakeLists.txt" [=[
cmake_minimum_required(VERSION 3.21)
project(careertalk_readme_snippet LANGUAGES CXX)
add_subdirectory("${CAREERTALK_SOURCE_DIR}" careertalk)
add_executable(consumer snippet.cpp)
target_link_libraries(consumer PRIVATE careertalk::careertalk)
]=])
    message(STATUS "README snippet written to ${source}/snippet.cpp")
else()
    message(FATAL_ERROR "unknown MODE '${MODE}'")
endif()

set(build "${work}/build")
run("${CMAKE_COMMAND}" -S "${source}" -B "${build}" ${configure_args})
run("${CMAKE_COMMAND}" --build "${build}" --config "${CONFIG}" --parallel 2)

find_program(consumer_exe NAMES consumer PATHS "${build}" "${build}/${CONFIG}" NO_DEFAULT_PATH)
if(NOT consumer_exe)
    message(FATAL_ERROR "built consumer executable not found under ${build}")
endif()
execute_process(COMMAND "${consumer_exe}" RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE out)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "consumer (${MODE}) exited with ${rc}\n${out}")
endif()
message(STATUS "consumer (${MODE}) ran OK\n${out}")

# An installed package built with CAREERTALK_BUILD_COMPILED: its consumers link the static and
# the shared facade and run.
if(MODE STREQUAL "find_package")
    file(STRINGS "${BUILD_TREE}/CMakeCache.txt" compiled REGEX "^CAREERTALK_BUILD_COMPILED:BOOL=ON$")
    if(compiled)
        foreach(exe consumer_compiled consumer_compiled_shared consumer_c)
            find_program(${exe}_path NAMES ${exe} PATHS "${build}" "${build}/${CONFIG}"
                         NO_DEFAULT_PATH)
            if(NOT ${exe}_path)
                message(FATAL_ERROR "${exe} not built: the installed package has no facade")
            endif()
            run("${${exe}_path}")
        endforeach()
    endif()
endif()

if(MODE STREQUAL "add_subdirectory")
    set(prefix "${work}/prefix")
    run("${CMAKE_COMMAND}" --install "${build}" --prefix "${prefix}" --config "${CONFIG}")
    file(GLOB_RECURSE installed RELATIVE "${prefix}" "${prefix}/*")
    if(installed)
        message(FATAL_ERROR "careertalk as a subproject installed files: ${installed}")
    endif()
    message(STATUS "careertalk as a subproject installed nothing")
endif()
