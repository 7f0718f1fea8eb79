# One INTERFACE target carries the compile settings every target of the project shares.
add_library(console_settings INTERFACE)
target_compile_features(console_settings INTERFACE cxx_std_20)
target_compile_options(console_settings INTERFACE -Wall -Wextra -Wpedantic -Wshadow
                       -Wnon-virtual-dtor -Wcast-align -Woverloaded-virtual)
if(CONSOLE_WARNINGS_AS_ERRORS)
  target_compile_options(console_settings INTERFACE -Werror)
endif()
target_compile_definitions(console_settings INTERFACE
  QT_NO_CAST_FROM_ASCII
  QT_NO_CAST_TO_ASCII
  QT_NO_CAST_FROM_BYTEARRAY
  QT_NO_URL_CAST_FROM_STRING
  QT_NO_NARROWING_CONVERSIONS_IN_CONNECT
  QT_NO_FOREACH
  QT_USE_QSTRINGBUILDER
  QT_STRICT_ITERATORS
  CONSOLE_VERSION="${PROJECT_VERSION}")

if(CONSOLE_FUZZERS)
  if(NOT CMAKE_CXX_COMPILER_ID STREQUAL "Clang")
    message(FATAL_ERROR "CONSOLE_FUZZERS needs clang (libFuzzer): use the asan preset")
  endif()
  # Coverage hooks in every object, so one build serves the fuzzers (linked with
  # -fsanitize=fuzzer) and the sanitizer test run (the ASan runtime stubs the hooks).
  add_compile_options(-fsanitize=fuzzer-no-link)
endif()
