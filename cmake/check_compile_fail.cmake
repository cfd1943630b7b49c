# Run with cmake -P. Checks that one compile-fail test really fails to compile.
#
#   -DBINARY_DIR=<build tree> -DTARGET=<object library> -DSOURCE=<the .fail.cpp>
#   [-DCONFIG=<config>]
#
# Passes only if building TARGET fails AND, when SOURCE contains a line
#   // expected-error: <regex>
# the compiler output matches <regex> (CMake regex syntax; several such lines
# must all match).
foreach(var BINARY_DIR TARGET SOURCE)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_compile_fail.cmake: -D${var}=... is required")
    endif()
endforeach()

set(config_args)
if(CONFIG)
    set(config_args --config "${CONFIG}")
endif()

execute_process(
    COMMAND "${CMAKE_COMMAND}" --build "${BINARY_DIR}" --target "${TARGET}" ${config_args}
    RESULT_VARIABLE result
    OUTPUT_VARIABLE output
    ERROR_VARIABLE output)

if(result EQUAL 0)
    message(FATAL_ERROR "${SOURCE} compiled, but it must NOT compile.\n${output}")
endif()

file(STRINGS "${SOURCE}" expectations REGEX "^[ \t]*//[ \t]*expected-error:")
foreach(line IN LISTS expectations)
    string(REGEX REPLACE "^[ \t]*//[ \t]*expected-error:[ \t]*" "" regex "${line}")
    string(STRIP "${regex}" regex)
    if(regex STREQUAL "")
        continue()
    endif()
    if(NOT output MATCHES "${regex}")
        message(FATAL_ERROR
            "${SOURCE} failed to compile as expected, but the compiler output does not "
            "match the expected-error regex '${regex}'.\nCompiler output:\n${output}")
    endif()
    message(STATUS "matched expected-error: ${regex}")
endforeach()

message(STATUS "${SOURCE} failed to compile, as expected.")
