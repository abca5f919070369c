cmake_minimum_required(VERSION 3.16)
# Fails when a file under core/ includes a QtGui/QtWidgets/ui header, or
# holds or includes the sandbox (kassa_sandbox lives in sandbox/, outside core).
file(GLOB_RECURSE sources "${CORE_DIR}/*.h" "${CORE_DIR}/*.cpp")
set(forbidden "#include[ \t]*[<\"](QtGui|QtWidgets|QtSvg|QtPrintSupport|QWidget|QPixmap|QImage|QColor|QPainter|QApplication|QGuiApplication|QFont|QIcon|ui/|app/|sandbox/|core/sandbox/)")
if(EXISTS "${CORE_DIR}/sandbox")
    message(FATAL_ERROR "core/sandbox exists: the sandbox belongs to kassa_sandbox (sandbox/)")
endif()
set(violations "")
foreach(source IN LISTS sources)
    file(STRINGS "${source}" lines REGEX "${forbidden}")
    foreach(line IN LISTS lines)
        list(APPEND violations "${source}: ${line}")
    endforeach()
endforeach()
list(LENGTH sources count)
if(count EQUAL 0)
    message(FATAL_ERROR "no sources found under ${CORE_DIR}")
endif()
if(violations)
    list(JOIN violations "\n" text)
    message(FATAL_ERROR "core/ must not depend on the GUI or the sandbox:\n${text}")
endif()
message(STATUS "core layering: ${count} files checked, none includes a GUI or sandbox header")

# Inside core: one folder per concern, and folders include one another one
# way only. `floors` lists them from the bottom up (docs/architecture.md
# draws the same list); a folder may include only folders listed before it.
# A folder missing from the list fails the test, so a new folder is placed
# on purpose. `upward` names the includes that still go up, file by file,
# until they are cut (none may be added).
set(floors
    common money qr http storage catalog sale seqr journal drawer loyalty receipt
    reconciliation payment controlunit printing checkout webshop ordering shopdb terminal)
set(upward
    "controlunit/controlunitservice.cpp>terminal/errortext.h"
    "controlunit/controlunitservice.cpp>terminal/tillhost.h"
    "controlunit/receiptsigner.cpp>terminal/errortext.h"
    "printing/tillprinter.cpp>terminal/tillconfig.h"
    "receipt/receiptsettings.cpp>terminal/tillconfig.h"
    "receipt/receiptbuilder.h>payment/refundplan.h"
    "receipt/receipttext.h>payment/refundplan.h")
file(GLOB folders LIST_DIRECTORIES true RELATIVE "${CORE_DIR}" "${CORE_DIR}/*")
foreach(folder IN LISTS folders)
    if(IS_DIRECTORY "${CORE_DIR}/${folder}" AND NOT folder IN_LIST floors)
        list(APPEND violations "core/${folder} is not on the floors list of check_layering.cmake")
    endif()
endforeach()
set(upward_seen "")
foreach(source IN LISTS sources)
    file(RELATIVE_PATH relative "${CORE_DIR}" "${source}")
    string(REGEX MATCH "^[^/]+" folder "${relative}")
    list(FIND floors "${folder}" rank)
    file(STRINGS "${source}" lines REGEX "#include[ \t]*\"core/")
    foreach(line IN LISTS lines)
        string(REGEX MATCH "core/([^/\"]+)/([^\"]+)" included "${line}")
        set(target "${CMAKE_MATCH_1}")
        set(header "${CMAKE_MATCH_1}/${CMAKE_MATCH_2}")
        if(target STREQUAL folder)
            continue()
        endif()
        list(FIND floors "${target}" target_rank)
        if(target_rank LESS rank AND NOT target_rank EQUAL -1)
            continue()
        endif()
        if("${relative}>${header}" IN_LIST upward)
            list(APPEND upward_seen "${relative}>${header}")
            continue()
        endif()
        list(APPEND violations "core/${relative} (floor ${folder}) includes core/${header}, which is not below it")
    endforeach()
endforeach()
foreach(pair IN LISTS upward)
    if(NOT pair IN_LIST upward_seen)
        list(APPEND violations "${pair} is cut: take it off the upward list of check_layering.cmake")
    endif()
endforeach()
if(violations)
    list(JOIN violations "\n" text)
    message(FATAL_ERROR "core's folders break their floors:\n${text}")
endif()
list(LENGTH floors floor_count)
list(LENGTH upward upward_count)
message(STATUS "core floors: ${floor_count} folders include only those below them (${upward_count} upward includes still listed)")
