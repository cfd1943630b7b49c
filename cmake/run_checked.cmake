# run(COMMAND...): runs a command for the cmake -P checks (check_package.cmake,
# check_readme_snippet.cmake); stops with its output when it fails, else sets `out` to its
# standard output in the caller's scope.
function(run)
    execute_process(COMMAND ${ARGN} RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
    if(NOT rc EQUAL 0)
        string(REPLACE ";" " " cmd "${ARGN}")
        message(FATAL_ERROR "command failed (${rc}): ${cmd}\n${out}${err}")
    endif()
    message(STATUS "ok: ${ARGV0} ${ARGV1} ${ARGV2}")
    set(out "${out}" PARENT_SCOPE)
endfunction()
