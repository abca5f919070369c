cmake_minimum_required(VERSION 3.16)
# Runs kassa_codesize on fixture/tricky.cpp.txt (copied as tricky.cpp, so it is
# read as a .cpp file) and compares its verdict with fixture/expected.txt; then
# once more with limits the fixture keeps, where it must pass.
file(MAKE_DIRECTORY "${WORK}")
configure_file("${FIXTURE}" "${WORK}/tricky.cpp" COPYONLY)
execute_process(COMMAND "${CODESIZE}" --root "${WORK}" --file-limit 300
                        --allow tricky.cpp:paint --allow tricky.cpp:gone tricky.cpp
    RESULT_VARIABLE result OUTPUT_VARIABLE output)
file(READ "${EXPECTED}" expected)
if(NOT result EQUAL 1)
    message(FATAL_ERROR "codesize should fail on the fixture (exit ${result}):\n${output}")
endif()
if(NOT output STREQUAL expected)
    message(FATAL_ERROR "codesize said:\n${output}\nexpected:\n${expected}")
endif()
execute_process(COMMAND "${CODESIZE}" --root "${WORK}" --function-limit 62 --file-limit 1000 tricky.cpp
    RESULT_VARIABLE result OUTPUT_VARIABLE output)
if(NOT result EQUAL 0 OR NOT output MATCHES "0 offence")
    message(FATAL_ERROR "codesize should pass the fixture under looser limits (exit ${result}):\n${output}")
endif()
message(STATUS "codesize flags exactly the fixture's long functions")
