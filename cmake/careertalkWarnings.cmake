# careertalk_warnings(<target>)
#
# Turns on the project's warning set for one of careertalk's OWN targets
# (tests, examples, benchmarks). Never applied to the careertalk INTERFACE
# target, so consumers never inherit our warning flags.
include_guard(GLOBAL)

function(careertalk_warnings target)
    if(CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic)
        if(CAREERTALK_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE -Werror)
        endif()
    elseif(MSVC)
        target_compile_options(${target} PRIVATE /W4 /permissive-)
        if(CAREERTALK_WARNINGS_AS_ERRORS)
            target_compile_options(${target} PRIVATE /WX)
        endif()
    endif()
endfunction()
