# Compiles packaging/windows/sajudesk.nsi with makensis (Debian package nsis) against a stand-in stage
# folder: proves the installer script is valid NSIS with both languages, without a Windows build.
#   cmake -DSOURCE_DIR=<repo> -DWORK=<scratch dir> -DVERSION=<x.y.z> -P CheckNsisInstaller.cmake
find_program(_makensis makensis)
if(NOT _makensis)
    message(FATAL_ERROR "makensis not found. Install the Debian package 'nsis' (packaging/debian-packages.txt).")
endif()
file(REMOVE_RECURSE "${WORK}")
file(MAKE_DIRECTORY "${WORK}/stage/translations" "${WORK}/stage/platforms")
foreach(_file sajudesk.exe sajudesk-cli.exe qt6keychain.dll Qt6Core.dll translations/qt_ko.qm platforms/qwindows.dll)
    file(WRITE "${WORK}/stage/${_file}" "stand-in for ${_file}\n")
endforeach()
execute_process(COMMAND "${_makensis}" -V2 -WX "-DSTAGE_DIR=${WORK}/stage" "-DVERSION=${VERSION}"
        "-DOUT_FILE=${WORK}/SajuDesk-${VERSION}-setup.exe" sajudesk.nsi
    WORKING_DIRECTORY "${SOURCE_DIR}/packaging/windows"
    RESULT_VARIABLE _rc OUTPUT_VARIABLE _out ERROR_VARIABLE _err)
message("${_out}${_err}")
if(NOT _rc EQUAL 0 OR NOT EXISTS "${WORK}/SajuDesk-${VERSION}-setup.exe")
    message(FATAL_ERROR "makensis failed (exit ${_rc})")
endif()
