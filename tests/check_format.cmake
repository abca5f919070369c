# Fails when clang-format would change a C++ file under app/, core/, sandbox/, ui/ or tests/.
file(GLOB_RECURSE sources
    "${ROOT}/app/*.cpp" "${ROOT}/app/*.h" "${ROOT}/core/*.cpp" "${ROOT}/core/*.h" "${ROOT}/sandbox/*.cpp" "${ROOT}/sandbox/*.h"
    "${ROOT}/ui/*.cpp" "${ROOT}/ui/*.h" "${ROOT}/tests/*.cpp" "${ROOT}/tests/*.h")
execute_process(COMMAND ${CLANG_FORMAT} --dry-run -Werror ${sources}
    RESULT_VARIABLE result ERROR_VARIABLE complaints)
if(NOT result EQUAL 0)
    message(FATAL_ERROR "run clang-format -i on these files:\n${complaints}")
endif()
list(LENGTH sources count)
message(STATUS "${count} files follow .clang-format")
