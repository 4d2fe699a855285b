# Desktop integration install rules (.desktop, AppStream metainfo, hicolor icons, Debian docs) and the .deb
# built by CPack:
#   export DEB_BUILD_MAINT_OPTIONS=hardening=+all     # Debian's hardening flags (needs dpkg-dev)
#   CXXFLAGS="$(dpkg-buildflags --get CXXFLAGS) $(dpkg-buildflags --get CPPFLAGS)" \
#   LDFLAGS="$(dpkg-buildflags --get LDFLAGS)" \
#     cmake -S . -B build/deb -G Ninja -DCMAKE_BUILD_TYPE=Release -DSAJUDESK_BUILD_TESTS=OFF
#   cmake --build build/deb --target package      # -> build/deb/sajudesk_<version>-1_<arch>.deb
# Included once, at the end of the top-level CMakeLists.txt (the executables install themselves to bin).

include(GNUInstallDirs)

set(SAJUDESK_APP_ID "io.github.sajudesk.sajudesk")
set(SAJUDESK_ICON_SIZES 16 24 32 48 64 128 256)
set(_sajudesk_res "${PROJECT_SOURCE_DIR}/resources")
set(_sajudesk_deb "${PROJECT_SOURCE_DIR}/packaging/deb")

include("${CMAKE_CURRENT_LIST_DIR}/SajuDeskPlatforms.cmake")

# Everything below is for Linux (freedesktop files, man pages, the .deb); packaging/windows/ and
# packaging/macos/ describe the other systems.
if(NOT UNIX OR APPLE)
    return()
endif()

# Component "desktop" lets tests install just these files and check them as a tree.
install(FILES "${_sajudesk_res}/desktop/${SAJUDESK_APP_ID}.desktop"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/applications" COMPONENT desktop)
install(FILES "${_sajudesk_res}/desktop/${SAJUDESK_APP_ID}.metainfo.xml"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/metainfo" COMPONENT desktop)
foreach(_size IN LISTS SAJUDESK_ICON_SIZES)
    install(FILES "${_sajudesk_res}/icons/png/sajudesk-${_size}.png"
        DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/${_size}x${_size}/apps"
        RENAME sajudesk.png COMPONENT desktop)
endforeach()
install(FILES "${_sajudesk_res}/icons/sajudesk.svg"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/icons/hicolor/scalable/apps" COMPONENT desktop)

# Debian policy wants gzip -9n compressed changelog and man pages (gzip is Essential on Debian).
set(_sajudesk_gz_dir "${PROJECT_BINARY_DIR}/packaging")
file(MAKE_DIRECTORY "${_sajudesk_gz_dir}")
foreach(_pair "changelog;changelog.Debian.gz" "sajudesk.1;sajudesk.1.gz" "sajudesk-cli.1;sajudesk-cli.1.gz")
    list(GET _pair 0 _in)
    list(GET _pair 1 _out)
    execute_process(COMMAND gzip -9n -c "${_sajudesk_deb}/${_in}"
        OUTPUT_FILE "${_sajudesk_gz_dir}/${_out}" RESULT_VARIABLE _gz_result)
    if(NOT _gz_result EQUAL 0)
        message(FATAL_ERROR "gzip failed on packaging/deb/${_in}")
    endif()
    set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_sajudesk_deb}/${_in}")
endforeach()
install(FILES "${_sajudesk_deb}/copyright" "${_sajudesk_gz_dir}/changelog.Debian.gz"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/doc/sajudesk" COMPONENT desktop)
install(FILES "${_sajudesk_deb}/lintian-overrides"
    DESTINATION "${CMAKE_INSTALL_DATADIR}/lintian/overrides" RENAME sajudesk COMPONENT desktop)
install(FILES "${_sajudesk_gz_dir}/sajudesk.1.gz" "${_sajudesk_gz_dir}/sajudesk-cli.1.gz"
    DESTINATION "${CMAKE_INSTALL_MANDIR}/man1" COMPONENT desktop)

if(SAJUDESK_BUILD_TESTS AND NOT TARGET tst_packaging_icons)
    # tests/CMakeLists.txt may not list the packaging area yet; add it here so it always runs.
    add_subdirectory("${PROJECT_SOURCE_DIR}/tests/packaging" "${PROJECT_BINARY_DIR}/tests/packaging")
endif()

if(NOT PROJECT_IS_TOP_LEVEL)
    return()
endif()

set(SAJUDESK_DEB_MAINTAINER "SajuDesk maintainers <maintainers@sajudesk.app>"
    CACHE STRING "Maintainer field of the .deb (name <email>)")

set(CPACK_GENERATOR "DEB")
set(CPACK_PACKAGE_NAME "sajudesk")
set(CPACK_PACKAGE_VENDOR "SajuDesk")
set(CPACK_PACKAGE_VERSION "${PROJECT_VERSION}")
set(CPACK_PACKAGE_DESCRIPTION_SUMMARY "four pillars (saju), daily fortune and AI chat")
# Debian wants the extended description in lines under 80 characters.
set(CPACK_PACKAGE_DESCRIPTION
    "SajuDesk works out the four pillars (saju) of a birth date and time offline,
fetches a daily fortune from the Saju API and chats with large language models
through the RunYour AI gateway. API keys are kept in the system keychain.
The user interface is in Korean and English, and the package also ships the
command-line tool sajudesk-cli. A demo mode works without any API key.")
set(CPACK_PACKAGE_CONTACT "${SAJUDESK_DEB_MAINTAINER}")
set(CPACK_STRIP_FILES ON)
set(CPACK_PRE_BUILD_SCRIPTS "${CMAKE_CURRENT_LIST_DIR}/StripForDeb.cmake")
set(CPACK_DEBIAN_FILE_NAME DEB-DEFAULT)
# Debian revision 1 of upstream ${PROJECT_VERSION}; packaging/deb/changelog carries the same version.
set(CPACK_DEBIAN_PACKAGE_RELEASE 1)
set(CPACK_DEBIAN_PACKAGE_MAINTAINER "${SAJUDESK_DEB_MAINTAINER}")
set(CPACK_DEBIAN_PACKAGE_SECTION "utils")
set(CPACK_DEBIAN_PACKAGE_PRIORITY "optional")
# Library dependencies come from dpkg-shlibdeps (dpkg-dev); the rest is loaded at run time.
set(CPACK_DEBIAN_PACKAGE_SHLIBDEPS ON)
# qt6-translations-l10n: Qt's own dialogs, buttons and the CLI's "Usage:"/"Options:" in Korean.
set(CPACK_DEBIAN_PACKAGE_DEPENDS "hicolor-icon-theme, qt6-translations-l10n")
set(CPACK_DEBIAN_PACKAGE_RECOMMENDS "gnome-keyring | kwalletmanager, fonts-noto-cjk | fonts-nanum")
# postrm only prints, on purge, where each user's files and keychain entries remain: never deletes them.
set(CPACK_DEBIAN_PACKAGE_CONTROL_EXTRA "${_sajudesk_deb}/postrm")
set(CPACK_DEBIAN_PACKAGE_CONTROL_STRICT_PERMISSION ON)

include(CPack)
