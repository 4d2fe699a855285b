# Reproducible-build checks that need no second build (label unit):
#  1. no compiler timestamp macro (__DATE__, __TIME__, __TIMESTAMP__) in the sources of app/ and ui/;
#  2. the build epoch comes from SOURCE_DATE_EPOCH, else the commit time of HEAD, else the fallback.
#   cmake -DSOURCE_DIR=<repo> -DSCRATCH=<empty dir> -P CheckBuildTimestamps.cmake
set(_epoch_script "${SOURCE_DIR}/cmake/SajuDeskBuildEpoch.cmake")

file(GLOB_RECURSE _sources "${SOURCE_DIR}/app/*.cpp" "${SOURCE_DIR}/app/*.h" "${SOURCE_DIR}/app/*.in"
    "${SOURCE_DIR}/ui/*.cpp" "${SOURCE_DIR}/ui/*.h")
set(_macros "__DATE__" "__TIME__" "__TIMESTAMP__")
foreach(_file IN LISTS _sources)
    file(READ "${_file}" _text)
    foreach(_macro IN LISTS _macros)
        string(FIND "${_text}" "${_macro}" _at)
        if(NOT _at EQUAL -1)
            message(SEND_ERROR "${_file} uses ${_macro}: builds of one commit would differ")
        endif()
    endforeach()
endforeach()
list(LENGTH _sources _count)
if(_count LESS 20)
    message(FATAL_ERROR "only ${_count} sources found under ${SOURCE_DIR}")
endif()

function(run_epoch dir env out_var)
    execute_process(COMMAND "${CMAKE_COMMAND}" -E env --unset=SOURCE_DATE_EPOCH ${env}
        "${CMAKE_COMMAND}" "-DSOURCE_DIR=${dir}" -P "${_epoch_script}"
        RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
    if(NOT _rc EQUAL 0)
        message(FATAL_ERROR "epoch script failed: ${_err}")
    endif()
    string(STRIP "${_out}${_err}" _line)
    set(${out_var} "${_line}" PARENT_SCOPE)
endfunction()

run_epoch("${SOURCE_DIR}" "SOURCE_DATE_EPOCH=1234567890" _given)
if(NOT _given STREQUAL "1234567890 SOURCE_DATE_EPOCH")
    message(SEND_ERROR "SOURCE_DATE_EPOCH not honoured: '${_given}'")
endif()

find_program(_git git)
if(_git AND EXISTS "${SOURCE_DIR}/.git")
    execute_process(COMMAND "${_git}" -C "${SOURCE_DIR}" log -1 --format=%ct HEAD
        OUTPUT_VARIABLE _commit_time OUTPUT_STRIP_TRAILING_WHITESPACE)
    run_epoch("${SOURCE_DIR}" "" _from_git)
    if(NOT _from_git STREQUAL "${_commit_time} git")
        message(SEND_ERROR "expected the commit time ${_commit_time} of HEAD, got '${_from_git}'")
    endif()
else()
    message(STATUS "not a git checkout: the commit-time case is not checked")
endif()

file(MAKE_DIRECTORY "${SCRATCH}")
run_epoch("${SCRATCH}" "" _fallback)
if(NOT _fallback MATCHES "^[0-9]+ fallback$")
    message(SEND_ERROR "expected the fixed fallback outside git, got '${_fallback}'")
endif()
run_epoch("${SOURCE_DIR}" "SOURCE_DATE_EPOCH=not-a-number" _bad)
if(_bad MATCHES "SOURCE_DATE_EPOCH")
    message(SEND_ERROR "a malformed SOURCE_DATE_EPOCH was used: '${_bad}'")
endif()
message(STATUS "checked ${_count} sources; epochs: '${_given}', '${_fallback}'")
