# Run with cmake -P by the docs.troubleshooting test: every compile-fail test whose expected
# error is one of the library's designed messages ("careertalk: ...") has that message on the
# troubleshooting page, so the page cannot drift from what the compilers print.
#
#   -DDOC=<docs/troubleshooting.md> -DDIR=<tests/compile_fail>
file(READ "${DOC}" doc)
file(GLOB fails "${DIR}/*.fail.cpp")
set(missing "")
foreach(src IN LISTS fails)
    file(STRINGS "${src}" lines REGEX "^// expected-error: careertalk: ")
    foreach(line IN LISTS lines)
        string(REGEX REPLACE "^// expected-error: " "" re "${line}")
        if(NOT doc MATCHES "${re}")
            get_filename_component(name "${src}" NAME)
            string(APPEND missing "\n  ${name}: ${re}")
        endif()
    endforeach()
endforeach()
if(missing)
    message(FATAL_ERROR "${DOC} lacks the designed messages of:${missing}")
endif()
