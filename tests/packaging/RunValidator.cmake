# Runs one validator; fails on a non-zero exit or on any output matching FAIL_REGEX.
#   cmake -DTOOL=<program> -DDEB=<Debian package> "-DARGS=<a;b>" [-DFAIL_REGEX=<regex>] -P RunValidator.cmake
find_program(_tool "${TOOL}")
if(NOT _tool)
    message(FATAL_ERROR "${TOOL} not found. Install the Debian package '${DEB}' "
        "(listed in packaging/debian-packages.txt; 'packaging/sajudesk.sh test' installs it).")
endif()
execute_process(COMMAND "${_tool}" ${ARGS} RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
set(_all "${_out}${_err}")
message("${TOOL} ${ARGS}\n${_all}")
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "${TOOL} failed (exit ${_rc})")
endif()
if(DEFINED FAIL_REGEX AND NOT FAIL_REGEX STREQUAL "" AND _all MATCHES "${FAIL_REGEX}")
    message(FATAL_ERROR "${TOOL} reported a problem (matched '${FAIL_REGEX}')")
endif()
