# The console's translations, with Debian's qt6-l10n-tools (lupdate, lrelease; no CMake package
# of Qt's LinguistTools is needed). Each language has resources/translations/console_<lang>.ts:
# lrelease turns it into console_<lang>.qm at build time and the .qm files are embedded in a
# library's resources under :/translations, where ConsoleLanguage (app/session) loads them.
# English has only the counted texts ("%n row(s)"): the sources are English already.
#
# `cmake --build --preset default --target lupdate` refreshes every .ts from the sources.

find_program(CONSOLE_LUPDATE lupdate HINTS /usr/lib/qt6/bin REQUIRED)
find_program(CONSOLE_LRELEASE lrelease HINTS /usr/lib/qt6/bin REQUIRED)

# The folders whose texts are shown to the user. The sandbox is left out: what it says is the
# simulated API's answer, English like the real one's.
set(CONSOLE_TRANSLATED_SOURCES app/domain app/api app/storage app/session models ui)

# console_add_translations(<static library> LANGUAGES <lang>...): builds and embeds the .qm
# files of resources/translations and adds the lupdate target.
function(console_add_translations target)
  cmake_parse_arguments(arg "" "" "LANGUAGES" ${ARGN})
  set(ts_dir "${PROJECT_SOURCE_DIR}/resources/translations")
  set(qm_dir "${CMAKE_CURRENT_BINARY_DIR}/translations")
  # No line numbers in the .ts files: a source edit elsewhere then changes no catalogue, and
  # branches that translate in parallel merge cleanly. Texts gone from the sources are dropped.
  set(lupdate_options -locations none -no-obsolete -silent)
  set(qm_files)
  set(lupdate_commands)
  foreach(language IN LISTS arg_LANGUAGES)
    set(ts "${ts_dir}/console_${language}.ts")
    set(qm "${qm_dir}/console_${language}.qm")
    add_custom_command(OUTPUT "${qm}"
      COMMAND "${CONSOLE_LRELEASE}" -silent "${ts}" -qm "${qm}"
      DEPENDS "${ts}"
      COMMENT "Compiling the ${language} translation"
      VERBATIM)
    list(APPEND qm_files "${qm}")
    set(only_counted_texts)
    if(language STREQUAL "en")
      set(only_counted_texts -pluralonly)
    endif()
    list(APPEND lupdate_commands
      COMMAND "${CONSOLE_LUPDATE}" ${CONSOLE_TRANSLATED_SOURCES} ${lupdate_options}
              ${only_counted_texts} -target-language ${language} -ts "${ts}")
  endforeach()
  qt_add_resources(${target} console_translations PREFIX /translations BASE "${qm_dir}"
    FILES ${qm_files})
  add_custom_target(lupdate ${lupdate_commands}
    WORKING_DIRECTORY "${PROJECT_SOURCE_DIR}"
    COMMENT "Refreshing resources/translations/*.ts from the sources"
    VERBATIM)
endfunction()
