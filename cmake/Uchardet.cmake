# uchardet ships a pkg-config file on Debian 12 but no CMake package; wrap it in an imported target.
find_path(UCHARDET_INCLUDE_DIR uchardet/uchardet.h REQUIRED)
find_library(UCHARDET_LIBRARY uchardet REQUIRED)
if(NOT TARGET Uchardet::Uchardet)
    add_library(Uchardet::Uchardet UNKNOWN IMPORTED)
    set_target_properties(Uchardet::Uchardet PROPERTIES
        IMPORTED_LOCATION "${UCHARDET_LIBRARY}"
        INTERFACE_INCLUDE_DIRECTORIES "${UCHARDET_INCLUDE_DIR}")
endif()
