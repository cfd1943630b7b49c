# Test web.types: compiles types.mts against the built package's index.d.mts with tsc --strict.
# -DTSC=... -DPACKAGE=<web build>/package -DEXAMPLE=types.mts
if(NOT EXISTS "${TSC}")
    message("careertalk-web: skipped: no typescript (run npm ci in tests/web)")
    return()
endif()
get_filename_component(dir "${PACKAGE}/../types-check" ABSOLUTE)
file(MAKE_DIRECTORY "${dir}")
configure_file("${EXAMPLE}" "${dir}/types.mts" COPYONLY)
execute_process(COMMAND "${TSC}" --noEmit --strict --target es2022 --module nodenext
                        --moduleResolution nodenext --lib es2022,dom "${dir}/types.mts"
                RESULT_VARIABLE failed)
if(failed)
    message(FATAL_ERROR "tsc found errors in the package's types (above)")
endif()
