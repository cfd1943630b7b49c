# Fails when examples/rule-catalogue.md is not what `careertalk rules --format markdown`
# prints (the file may add a preamble before it). Run with -DTOOL=<careertalk> -DDOC=<file> -DOUT=<tmp>.
execute_process(COMMAND "${TOOL}" rules --format markdown -o "${OUT}" RESULT_VARIABLE rc)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "careertalk rules exited with ${rc}")
endif()
file(READ "${DOC}" doc)
file(READ "${OUT}" generated)
string(FIND "${doc}" "${generated}" at)
if(at EQUAL -1)
    message(FATAL_ERROR "${DOC} is out of date: regenerate it with `careertalk rules --format markdown`")
endif()
