# CPack pre-build script: after CPACK_STRIP_FILES, also drop the .comment and .note sections that plain
# `strip` keeps (what dh_strip does; lintian: binary-has-unneeded-section).
find_program(_strip NAMES strip)
file(GLOB_RECURSE _binaries LIST_DIRECTORIES false "${CPACK_TEMPORARY_INSTALL_DIRECTORY}/*/bin/*")
if(_strip)
    foreach(_binary IN LISTS _binaries)
        execute_process(COMMAND "${_strip}" --remove-section=.comment --remove-section=.note "${_binary}"
            RESULT_VARIABLE _rc)
        if(NOT _rc EQUAL 0)
            message(FATAL_ERROR "strip failed on ${_binary}")
        endif()
    endforeach()
endif()
