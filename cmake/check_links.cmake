# Run with cmake -P by the docs.links test: every repository path that the README, the docs,
# the headers and the tool's sources name (docs/..., examples/..., tests/..., cmake/...,
# include/...) exists, and every docs/*.md#anchor they cite is an anchor of that page (an
# <a id="..."></a> or a heading whose GitHub slug it is). No output of the library may send a
# reader to a file that is not in the repository.
#
#   -DREPO_ROOT=<careertalk source dir>
file(GLOB_RECURSE sources RELATIVE "${REPO_ROOT}"
     "${REPO_ROOT}/README.md" "${REPO_ROOT}/CHANGELOG.md" "${REPO_ROOT}/docs/*.md"
     "${REPO_ROOT}/include/*.hpp" "${REPO_ROOT}/include/*.h" "${REPO_ROOT}/src/*.cpp"
     "${REPO_ROOT}/examples/*.cpp" "${REPO_ROOT}/examples/*.hpp" "${REPO_ROOT}/examples/*.md")
# Not the packages npm installs for the peers (benchmarks/peers/bench.sh), nor build trees.
list(FILTER sources EXCLUDE REGEX "(^|/)(node_modules|build)/")
set(path_re "(docs|examples|tests|cmake|benchmarks|include|src)/[A-Za-z0-9_./-]+\\.(md|cpp|hpp|h|csv|cmake|sh|mjs|json|toml)(#[a-z0-9_-]+)?")
set(problems "")
foreach(src IN LISTS sources)
    file(READ "${REPO_ROOT}/${src}" text)
    string(REGEX MATCHALL "${path_re}" refs "${text}")
    list(REMOVE_DUPLICATES refs)
    foreach(ref IN LISTS refs)
        string(REGEX REPLACE "#.*$" "" path "${ref}")
        if(path MATCHES "/NAME\\.")  # a pattern in prose (tests/compile_fail/NAME.fail.cpp)
            continue()
        endif()
        if(NOT EXISTS "${REPO_ROOT}/${path}")
            string(APPEND problems "\n  ${src}: ${ref}: no such file")
            continue()
        endif()
        if(ref MATCHES "#([a-z0-9_-]+)$")
            set(anchor "${CMAKE_MATCH_1}")
            file(READ "${REPO_ROOT}/${path}" page)
            set(found FALSE)
            if(page MATCHES "<a id=\"${anchor}\"></a>")
                set(found TRUE)
            else()
                string(REGEX MATCHALL "\n#+ [^\n]*" headings "\n${page}")
                foreach(h IN LISTS headings)
                    string(REGEX REPLACE "^\n#+ " "" h "${h}")
                    string(TOLOWER "${h}" slug)
                    string(REGEX REPLACE "[^a-z0-9 _-]" "" slug "${slug}")
                    string(REPLACE " " "-" slug "${slug}")
                    if(slug STREQUAL anchor)
                        set(found TRUE)
                    endif()
                endforeach()
            endif()
            if(NOT found)
                string(APPEND problems "\n  ${src}: ${ref}: no such anchor")
            endif()
        endif()
    endforeach()
endforeach()
if(problems)
    message(FATAL_ERROR "links to absent files or anchors:${problems}")
endif()
