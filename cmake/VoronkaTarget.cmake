# Compile settings every Voronka target shares: strict Qt string handling and warnings.
function(voronka_target_defaults target)
    target_compile_definitions(${target} PRIVATE
        QT_NO_CAST_FROM_ASCII
        QT_NO_CAST_TO_ASCII
        QT_NO_URL_CAST_FROM_STRING
        QT_NO_CAST_FROM_BYTEARRAY
        QT_DISABLE_DEPRECATED_BEFORE=0x060400
        VORONKA_VERSION="${PROJECT_VERSION}")
    if(MSVC)
        target_compile_options(${target} PRIVATE /W4 /utf-8 $<$<BOOL:${WARNINGS_AS_ERRORS}>:/WX>)
    else()
        target_compile_options(${target} PRIVATE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
            $<$<BOOL:${WARNINGS_AS_ERRORS}>:-Werror>)
    endif()
endfunction()

# Fails the configure step when a headless target (everything outside ui/) links Qt Gui or Widgets; the link checks
# in tests/ catch what slips in through a source file.
function(voronka_headless target)
    get_target_property(links ${target} LINK_LIBRARIES)
    foreach(lib IN LISTS links)
        if(lib MATCHES "Widgets|Gui|voronka_ui")
            message(FATAL_ERROR "${target} must stay headless: it links ${lib}")
        endif()
    endforeach()
    set_property(GLOBAL APPEND PROPERTY VORONKA_HEADLESS_TARGETS ${target})
endfunction()
