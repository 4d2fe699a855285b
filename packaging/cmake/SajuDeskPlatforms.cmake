# What makes the executables installable programs on Windows and macOS (packaging/windows/,
# packaging/macos/): icon and version resources, the .app bundle's Info.plist and icon. Nothing here
# changes a Linux build. Included by SajuDeskPackaging.cmake, after both executables are defined.

set(_sajudesk_icons "${PROJECT_SOURCE_DIR}/resources/icons")

if(WIN32)
    # sajudesk is a WIN32 (GUI) executable; sajudesk-cli stays a console program.
    set(SAJUDESK_ICO_FILE "${_sajudesk_icons}/sajudesk.ico")
    foreach(_target sajudesk sajudesk-cli)
        if(_target STREQUAL "sajudesk")
            set(SAJUDESK_RC_DESCRIPTION "SajuDesk")
        else()
            set(SAJUDESK_RC_DESCRIPTION "SajuDesk command line")
        endif()
        configure_file("${PROJECT_SOURCE_DIR}/packaging/windows/sajudesk.rc.in"
            "${PROJECT_BINARY_DIR}/packaging/${_target}.rc" @ONLY)
        target_sources(${_target} PRIVATE "${PROJECT_BINARY_DIR}/packaging/${_target}.rc")
    endforeach()
endif()

if(APPLE)
    set(_sajudesk_icns "${_sajudesk_icons}/sajudesk.icns")
    set_source_files_properties("${_sajudesk_icns}" TARGET_DIRECTORY sajudesk
        PROPERTIES MACOSX_PACKAGE_LOCATION Resources)
    target_sources(sajudesk PRIVATE "${_sajudesk_icns}")
    set_target_properties(sajudesk PROPERTIES
        MACOSX_BUNDLE TRUE
        MACOSX_BUNDLE_INFO_PLIST "${PROJECT_SOURCE_DIR}/packaging/macos/Info.plist.in"
        MACOSX_BUNDLE_GUI_IDENTIFIER "${SAJUDESK_APP_ID}"
        MACOSX_BUNDLE_BUNDLE_NAME "SajuDesk"
        MACOSX_BUNDLE_BUNDLE_VERSION "${PROJECT_VERSION}"
        MACOSX_BUNDLE_SHORT_VERSION_STRING "${PROJECT_VERSION}"
        MACOSX_BUNDLE_ICON_FILE "sajudesk.icns"
        MACOSX_BUNDLE_COPYRIGHT "SajuDesk contributors, GPL-3.0-or-later")
endif()
