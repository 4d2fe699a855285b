# The build's timestamp, for reproducible builds (https://reproducible-builds.org/specs/source-date-epoch/):
# SOURCE_DATE_EPOCH from the environment when set, else the commit time of HEAD (git), else a fixed
# fallback. Two builds of one commit therefore embed the same date, whenever and wherever they run.
#
#   include(cmake/SajuDeskBuildEpoch.cmake)
#   sajudesk_build_epoch(<epoch-var> <origin-var> <source-dir>)
#
# As a script it prints "<epoch> <origin>" (used by the tests):
#   cmake -DSOURCE_DIR=<dir> -P cmake/SajuDeskBuildEpoch.cmake

# 2026-11-23T00:00:00Z, the 0.1.0 release date (metainfo and packaging/deb/changelog): builds from a
# source tarball without git and without SOURCE_DATE_EPOCH.
set(SAJUDESK_FALLBACK_EPOCH 1795392000)

function(sajudesk_build_epoch epoch_var origin_var source_dir)
    if(DEFINED ENV{SOURCE_DATE_EPOCH} AND "$ENV{SOURCE_DATE_EPOCH}" MATCHES "^[0-9]+$")
        set(${epoch_var} "$ENV{SOURCE_DATE_EPOCH}" PARENT_SCOPE)
        set(${origin_var} "SOURCE_DATE_EPOCH" PARENT_SCOPE)
        return()
    endif()
    find_program(SAJUDESK_GIT NAMES git)
    if(SAJUDESK_GIT AND EXISTS "${source_dir}/.git")
        execute_process(COMMAND "${SAJUDESK_GIT}" -C "${source_dir}" log -1 --format=%ct HEAD
            RESULT_VARIABLE _rc OUTPUT_VARIABLE _time ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
        if(_rc EQUAL 0 AND _time MATCHES "^[0-9]+$")
            set(${epoch_var} "${_time}" PARENT_SCOPE)
            set(${origin_var} "git" PARENT_SCOPE)
            return()
        endif()
    endif()
    set(${epoch_var} "${SAJUDESK_FALLBACK_EPOCH}" PARENT_SCOPE)
    set(${origin_var} "fallback" PARENT_SCOPE)
endfunction()

# The commit of HEAD (12 hex digits) for About and support reports; empty without git.
function(sajudesk_git_commit out_var source_dir)
    set(${out_var} "" PARENT_SCOPE)
    if(SAJUDESK_GIT AND EXISTS "${source_dir}/.git")
        execute_process(COMMAND "${SAJUDESK_GIT}" -C "${source_dir}" rev-parse --short=12 HEAD
            RESULT_VARIABLE _rc OUTPUT_VARIABLE _commit ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
        if(_rc EQUAL 0 AND _commit MATCHES "^[0-9a-f]+$")
            set(${out_var} "${_commit}" PARENT_SCOPE)
        endif()
    endif()
endfunction()

# The file git rewrites on every commit or checkout of this work tree (worktrees have their own).
function(sajudesk_git_head_log out_var source_dir)
    set(${out_var} "" PARENT_SCOPE)
    if(SAJUDESK_GIT AND EXISTS "${source_dir}/.git")
        execute_process(COMMAND "${SAJUDESK_GIT}" -C "${source_dir}" rev-parse --path-format=absolute --git-path logs/HEAD
            RESULT_VARIABLE _rc OUTPUT_VARIABLE _path ERROR_QUIET OUTPUT_STRIP_TRAILING_WHITESPACE)
        if(_rc EQUAL 0 AND EXISTS "${_path}")
            set(${out_var} "${_path}" PARENT_SCOPE)
        endif()
    endif()
endfunction()

if(CMAKE_SCRIPT_MODE_FILE STREQUAL CMAKE_CURRENT_LIST_FILE)
    sajudesk_build_epoch(_epoch _origin "${SOURCE_DIR}")
    message("${_epoch} ${_origin}")
endif()
