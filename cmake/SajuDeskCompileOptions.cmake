# Strictness shared by every SajuDesk target: call sajudesk_strict(<target>) on each one.

set(SAJUDESK_QT_STRICT_DEFINES
    QT_NO_CAST_FROM_ASCII
    QT_NO_CAST_TO_ASCII
    QT_NO_URL_CAST_FROM_STRING
    QT_STRICT_ITERATORS
    QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
    QT_NO_FOREACH
    QT_DISABLE_DEPRECATED_BEFORE=0x060400)

if(SAJUDESK_SANITIZE)
    # Applied globally so static libraries and tests agree on the runtime.
    add_compile_options(-fsanitize=address,undefined -fno-omit-frame-pointer -fno-sanitize-recover=undefined)
    add_link_options(-fsanitize=address,undefined)
endif()

function(sajudesk_strict target)
    target_compile_definitions(${target} PRIVATE ${SAJUDESK_QT_STRICT_DEFINES})
    target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wnon-virtual-dtor -Wformat=2)
    if(SAJUDESK_WERROR)
        target_compile_options(${target} PRIVATE -Werror)
    endif()
endfunction()

# Adds a subdirectory only once its CMakeLists.txt exists, so subsystems can land one by one.
macro(sajudesk_add_subdirs)
    foreach(_sub ${ARGN})
        if(EXISTS "${CMAKE_CURRENT_SOURCE_DIR}/${_sub}/CMakeLists.txt")
            add_subdirectory(${_sub})
        endif()
    endforeach()
endmacro()
