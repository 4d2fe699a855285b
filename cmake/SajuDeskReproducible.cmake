# Reproducible builds: two builds of one commit give byte-identical binaries (checked by
# packaging/check-reproducible.sh, ctest label "reproducible"). Included before any target is defined.

include("${CMAKE_CURRENT_LIST_DIR}/SajuDeskBuildEpoch.cmake")
sajudesk_build_epoch(SAJUDESK_BUILD_EPOCH SAJUDESK_BUILD_EPOCH_ORIGIN "${PROJECT_SOURCE_DIR}")
message(STATUS "Build timestamp: ${SAJUDESK_BUILD_EPOCH} (from ${SAJUDESK_BUILD_EPOCH_ORIGIN})")
# The commit is as reproducible as its time: both come from HEAD (a source tarball has neither).
sajudesk_git_commit(SAJUDESK_GIT_COMMIT "${PROJECT_SOURCE_DIR}")

# Release builds follow the commits: a new HEAD re-runs CMake, so the date moves with it. Debug builds
# keep the date of their last configure, so that a commit does not relink every test.
if(SAJUDESK_BUILD_EPOCH_ORIGIN STREQUAL "git" AND NOT CMAKE_BUILD_TYPE STREQUAL "Debug")
    sajudesk_git_head_log(_sajudesk_head_log "${PROJECT_SOURCE_DIR}")
    if(_sajudesk_head_log)
        set_property(DIRECTORY APPEND PROPERTY CMAKE_CONFIGURE_DEPENDS "${_sajudesk_head_log}")
    endif()
endif()

# rcc stores each embedded file's modification time unless SOURCE_DATE_EPOCH is set, and a checkout or a
# regenerated .qm file has a new one: every custom command (rcc, lrelease) runs with the build's epoch.
# (Honoured by the Makefile and Ninja generators; see packaging/windows/README.md for Visual Studio.)
set_property(GLOBAL PROPERTY RULE_LAUNCH_CUSTOM "\"${CMAKE_COMMAND}\" -E env SOURCE_DATE_EPOCH=${SAJUDESK_BUILD_EPOCH}")

# The source and build folders never reach optimised binaries (debug info, __FILE__). Debug builds keep
# absolute paths so that debuggers find the sources.
if(NOT CMAKE_BUILD_TYPE STREQUAL "Debug" AND CMAKE_CXX_COMPILER_ID MATCHES "GNU|Clang")
    add_compile_options("-ffile-prefix-map=${PROJECT_SOURCE_DIR}/=" "-ffile-prefix-map=${PROJECT_BINARY_DIR}/=")
endif()
