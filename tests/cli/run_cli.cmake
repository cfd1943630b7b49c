# Runs the careertalk tool once and compares its exit code, standard output and standard
# error with the golden files of the test.
#
#   cmake -DTOOL=<careertalk> -DDIR=<tests/cli> -DNAME=<test> -DRC=<exit code>
#         -DARGS=<arguments separated by |> [-DSTDOUT_TO=<file>] [-DUPDATE=1] -P run_cli.cmake
#
# The tool runs in DIR, so messages name files as data/x.csv. golden/NAME.out and
# golden/NAME.err hold the expected streams (a missing .out means "expect no output");
# -DUPDATE=1 rewrites them from the actual run (review the diff before committing).
cmake_minimum_required(VERSION 3.21)
string(REPLACE "|" ";" ARGS "${ARGS}")
# CAREERTALK_TOOL_WRAPPER (environment), e.g. "valgrind --error-exitcode=99 ...", runs the
# tool under a checker: cmake/memcheck.sh uses it.
set(run "${TOOL}")
if(NOT "$ENV{CAREERTALK_TOOL_WRAPPER}" STREQUAL "")
    separate_arguments(run UNIX_COMMAND "$ENV{CAREERTALK_TOOL_WRAPPER}")
    list(APPEND run "${TOOL}")
endif()

if(DEFINED STDOUT_TO)
    execute_process(COMMAND ${run} ${ARGS} WORKING_DIRECTORY "${DIR}"
                    OUTPUT_FILE "${STDOUT_TO}" ERROR_VARIABLE err RESULT_VARIABLE rc)
    set(out "")
else()
    execute_process(COMMAND ${run} ${ARGS} WORKING_DIRECTORY "${DIR}"
                    OUTPUT_VARIABLE out ERROR_VARIABLE err RESULT_VARIABLE rc)
endif()

# A calendar's DTSTAMP is the time of the export: masked, so the rest can be compared.
string(REGEX REPLACE "DTSTAMP:[0-9]+T[0-9]+Z" "DTSTAMP:(time of export)" out "${out}")

set(golden_out "${DIR}/golden/${NAME}.out")
set(golden_err "${DIR}/golden/${NAME}.err")
if(UPDATE)
    if(out STREQUAL "")
        file(REMOVE "${golden_out}")
    else()
        file(WRITE "${golden_out}" "${out}")
    endif()
    file(WRITE "${golden_err}" "${err}")
endif()

set(failed "")
if(NOT rc STREQUAL "${RC}")
    string(APPEND failed "exit code ${rc}, expected ${RC}\n")
endif()
set(expected_out "")
if(EXISTS "${golden_out}")
    file(READ "${golden_out}" expected_out)
endif()
if(NOT out STREQUAL expected_out)
    string(APPEND failed "standard output differs from ${golden_out}:\n--- actual\n${out}\n")
endif()
file(READ "${golden_err}" expected_err)
if(NOT err STREQUAL expected_err)
    string(APPEND failed "standard error differs from ${golden_err}:\n--- actual\n${err}\n--- expected\n${expected_err}\n")
endif()
if(failed)
    message(FATAL_ERROR "cli.${NAME}: ${failed}")
endif()
