# Run with cmake -P by the tests c.readme_snippet, java.readme_snippet, csharp.readme_snippet
# and python.readme_snippet: extracts the README's snippet between <!-- NAME:begin --> and
# <!-- NAME:end --> (one fenced block), builds it and runs it; its output must match EXPECT.
#
#   -DREADME=<README.md> -DNAME=<marker name> -DWORK_DIR=<scratch dir> -DEXPECT=<regex>
#   C:    -DLANG=c -DC_COMPILER=<cc> -DINCLUDE=<include dir> -DLIBRARY=<libcareertalk_c.so>
#         [-DC_FLAGS=<flags>]
#   Java: -DLANG=java -DJAVAC=<javac> -DJAVA=<java> -DCLASSPATH=<jna.jar> -DSOURCES=<binding>
#         -DLIBDIR=<directory of libcareertalk_c.so>
#   Python: -DLANG=python -DPYTHON=<python3> -DPYTHONPATH=<directory of the careertalk package>
#   C#:   -DLANG=csharp -DMCS=<mcs> -DMONO=<mono> -DSOURCES=<binding>
#         -DLIBDIR=<directory of libcareertalk_c.so>
foreach(var README NAME WORK_DIR EXPECT LANG)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_readme_snippet.cmake: -D${var}=... is required")
    endif()
endforeach()

include("${CMAKE_CURRENT_LIST_DIR}/run_checked.cmake")

file(READ "${README}" readme)
string(FIND "${readme}" "<!-- ${NAME}:begin -->" begin)
string(FIND "${readme}" "<!-- ${NAME}:end -->" end)
if(begin EQUAL -1 OR end LESS begin)
    message(FATAL_ERROR "README: no <!-- ${NAME}:begin --> ... <!-- ${NAME}:end -->")
endif()
math(EXPR length "${end} - ${begin}")
string(SUBSTRING "${readme}" ${begin} ${length} block)
string(REPLACE "\r" "" block "${block}")
if(NOT block MATCHES "^<!-- ${NAME}:begin -->[ \t\n]*```[ \t]*${LANG}[ \t]*\n(.*)\n[ \t]*```[ \t\n]*$")
    message(FATAL_ERROR "README: expected <!-- ${NAME}:begin -->, ```${LANG}, code, ```")
endif()
set(code "${CMAKE_MATCH_1}\n")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")

if(LANG STREQUAL "c")
    file(WRITE "${WORK_DIR}/snippet.c" "${code}")
    get_filename_component(libdir "${LIBRARY}" DIRECTORY)
    separate_arguments(c_flags UNIX_COMMAND "${C_FLAGS}")  # the suite's (sanitizers)
    run("${C_COMPILER}" -std=c99 -Wall -Wextra -Wpedantic -Werror ${c_flags} "-I${INCLUDE}"
        "${WORK_DIR}/snippet.c" "${LIBRARY}" "-Wl,-rpath,${libdir}" -o "${WORK_DIR}/snippet")
    run("${WORK_DIR}/snippet")
elseif(LANG STREQUAL "java")
    if(NOT code MATCHES "public class ([A-Za-z0-9_]+)")
        message(FATAL_ERROR "README: the Java snippet declares no public class")
    endif()
    file(WRITE "${WORK_DIR}/${CMAKE_MATCH_1}.java" "${code}")
    run("${JAVAC}" -d "${WORK_DIR}" -cp "${CLASSPATH}" ${SOURCES} "${WORK_DIR}/${CMAKE_MATCH_1}.java")
    run("${JAVA}" -cp "${CLASSPATH}:${WORK_DIR}" "-Djna.library.path=${LIBDIR}" "${CMAKE_MATCH_1}")
elseif(LANG STREQUAL "csharp")
    file(WRITE "${WORK_DIR}/Snippet.cs" "${code}")
    run("${MCS}" -warnaserror "-out:${WORK_DIR}/Snippet.exe" ${SOURCES} "${WORK_DIR}/Snippet.cs")
    run("${CMAKE_COMMAND}" -E env "LD_LIBRARY_PATH=${LIBDIR}" "${MONO}" "${WORK_DIR}/Snippet.exe")
elseif(LANG STREQUAL "python")
    file(WRITE "${WORK_DIR}/snippet.py" "${code}")
    run("${CMAKE_COMMAND}" -E env "PYTHONPATH=${PYTHONPATH}" "${PYTHON}" "${WORK_DIR}/snippet.py")
else()
    message(FATAL_ERROR "unknown LANG '${LANG}'")
endif()
if(NOT out MATCHES "${EXPECT}")
    message(FATAL_ERROR "the README's ${LANG} snippet printed:\n${out}\nnot matching: ${EXPECT}")
endif()
message(STATUS "the README's ${LANG} snippet ran:\n${out}")
