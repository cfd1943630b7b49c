# Run with cmake -P by the test python.install: `cmake --install BUILD --component python` into
# a scratch prefix, imported from there with PYTHONPATH; then into a virtual environment
# (python3 -m venv, as docs/python.md says), imported by the environment's python.
#
#   -DBUILD_DIR=<build tree> -DWORK_DIR=<scratch dir> -DPYTHON=<python3> -DSITE=<dir in prefix>
foreach(var BUILD_DIR WORK_DIR PYTHON SITE)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_python_install.cmake: -D${var}=... is required")
    endif()
endforeach()
include("${CMAKE_CURRENT_LIST_DIR}/run_checked.cmake")
file(REMOVE_RECURSE "${WORK_DIR}")
file(MAKE_DIRECTORY "${WORK_DIR}")
# Prints where the package was imported from, and a rule set's first rule (lines, not ';': run()
# passes its arguments as a list).
set(probe "import careertalk\nprint(careertalk.__file__)\nprint(careertalk.rules('nl')[0].set)")

# The scratch directory is the working directory: the build tree's package is not on the path.
run("${CMAKE_COMMAND}" --install "${BUILD_DIR}" --component python --prefix "${WORK_DIR}/prefix")
run("${CMAKE_COMMAND}" -E env "PYTHONPATH=${WORK_DIR}/prefix/${SITE}" "${PYTHON}" -c "${probe}")
if(NOT out MATCHES "^${WORK_DIR}/prefix/${SITE}/careertalk/__init__.py\nnl\n")
    message(FATAL_ERROR "the installed package gave:\n${out}")
endif()

execute_process(COMMAND "${PYTHON}" -m venv --system-site-packages --without-pip "${WORK_DIR}/venv"
                RESULT_VARIABLE rc OUTPUT_QUIET ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(STATUS "no virtual environment (python3-venv?): ${err}; the prefix install passed")
    return()
endif()
run("${CMAKE_COMMAND}" --install "${BUILD_DIR}" --component python --prefix "${WORK_DIR}/venv")
run("${CMAKE_COMMAND}" -E env --unset=PYTHONPATH "${WORK_DIR}/venv/bin/python" -c "${probe}")
if(NOT out MATCHES "^${WORK_DIR}/venv/${SITE}/careertalk/__init__.py\nnl\n")
    message(FATAL_ERROR "the package installed in the virtual environment gave:\n${out}")
endif()
message(STATUS "installed and imported: ${WORK_DIR}/prefix and ${WORK_DIR}/venv")
