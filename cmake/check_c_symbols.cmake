# Run with cmake -P by the test c.exported_symbols: the shared C library exports exactly the
# functions careertalk/c/careertalk.h declares (CAREERTALK_C_API ... name(), nothing else.
#
#   -DHEADER=<careertalk/c/careertalk.h>  -DLIBRARY=<libcareertalk_c.so>  -DNM=<nm>
foreach(var HEADER LIBRARY NM)
    if(NOT DEFINED ${var})
        message(FATAL_ERROR "check_c_symbols.cmake: -D${var}=... is required")
    endif()
endforeach()

file(READ "${HEADER}" text)
string(REGEX MATCHALL "\nCAREERTALK_C_API[^;(#]*[ *]([a-z_0-9]+)\\(" decls "${text}")
set(declared "")
foreach(d IN LISTS decls)
    string(REGEX REPLACE ".*[ *]([a-z_0-9]+)\\($" "\\1" name "${d}")
    list(APPEND declared "${name}")
endforeach()
list(SORT declared)

execute_process(COMMAND "${NM}" -D --defined-only "${LIBRARY}"
                RESULT_VARIABLE rc OUTPUT_VARIABLE out ERROR_VARIABLE err)
if(NOT rc EQUAL 0)
    message(FATAL_ERROR "${NM} -D --defined-only ${LIBRARY} failed: ${err}")
endif()
string(REPLACE "\n" ";" lines "${out}")
set(exported "")
foreach(line IN LISTS lines)
    # "<address> <type> <name>[@@VERSION]"; the version node itself (type A) is no function.
    if(line MATCHES "^[0-9a-fA-F]* *([A-Za-z]) ([^@ ]+)")
        set(type "${CMAKE_MATCH_1}")
        set(name "${CMAKE_MATCH_2}")
        if(NOT (type STREQUAL "A" AND name MATCHES "^CAREERTALK_C_[0-9]+$"))
            list(APPEND exported "${name}")
        endif()
    endif()
endforeach()
list(SORT exported)

list(LENGTH declared n)
if(n LESS 10)
    message(FATAL_ERROR "only ${n} declarations parsed from ${HEADER}: ${declared}")
endif()
if(NOT declared STREQUAL exported)
    set(extra ${exported})
    list(REMOVE_ITEM extra ${declared})
    set(missing ${declared})
    list(REMOVE_ITEM missing ${exported})
    message(FATAL_ERROR "exported symbols differ from the header's declarations\n"
                        "exported, not declared: ${extra}\ndeclared, not exported: ${missing}")
endif()
message(STATUS "${n} functions declared and exported: ${declared}")
