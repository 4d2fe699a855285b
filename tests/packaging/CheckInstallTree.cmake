# Installs the "desktop" component under TREE/usr and checks what a desktop environment would look up:
# every file in place, the installed .desktop valid, and AppStream's validate-tree (which also checks that
# the metainfo's launchable finds the installed .desktop file).
#   cmake -DBUILD_DIR=<build> -DTREE=<dir> -DAPP_ID=<id> "-DSIZES=16;24;..." -P CheckInstallTree.cmake
foreach(_tool desktop-file-validate appstreamcli)
    find_program(_path_${_tool} "${_tool}")
    if(NOT _path_${_tool})
        message(FATAL_ERROR "${_tool} not found. Install desktop-file-utils and appstream "
            "(listed in packaging/debian-packages.txt; 'packaging/sajudesk.sh test' installs them).")
    endif()
endforeach()

file(REMOVE_RECURSE "${TREE}")
execute_process(COMMAND "${CMAKE_COMMAND}" --install "${BUILD_DIR}" --component desktop --prefix "${TREE}/usr"
    RESULT_VARIABLE _rc OUTPUT_QUIET)
if(NOT _rc EQUAL 0)
    message(FATAL_ERROR "cmake --install --component desktop failed (exit ${_rc})")
endif()

set(_share "${TREE}/usr/share")
set(_expected
    "applications/${APP_ID}.desktop"
    "metainfo/${APP_ID}.metainfo.xml"
    "icons/hicolor/scalable/apps/sajudesk.svg"
    "doc/sajudesk/copyright"
    "lintian/overrides/sajudesk"
    "doc/sajudesk/changelog.Debian.gz"
    "man/man1/sajudesk.1.gz"
    "man/man1/sajudesk-cli.1.gz")
foreach(_size IN LISTS SIZES)
    list(APPEND _expected "icons/hicolor/${_size}x${_size}/apps/sajudesk.png")
endforeach()
set(_missing "")
foreach(_file IN LISTS _expected)
    if(NOT EXISTS "${_share}/${_file}")
        list(APPEND _missing "${_file}")
    endif()
endforeach()
if(_missing)
    message(FATAL_ERROR "Not installed under ${_share}: ${_missing}")
endif()

execute_process(COMMAND "${_path_desktop-file-validate}" "${_share}/applications/${APP_ID}.desktop"
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
if(NOT _rc EQUAL 0 OR _out MATCHES "(error|warning):")
    message(FATAL_ERROR "installed .desktop file:\n${_out}")
endif()
execute_process(COMMAND "${_path_appstreamcli}" validate-tree --no-net --explain "${TREE}"
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _out)
message("appstreamcli validate-tree:\n${_out}")
if(NOT _rc EQUAL 0 OR _out MATCHES "(^|\n) *[EWI]: ")
    message(FATAL_ERROR "appstreamcli validate-tree found problems in ${TREE}")
endif()
