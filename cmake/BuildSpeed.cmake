# What makes a fresh build fast on a small machine (measured in README "Performance"). Each
# piece is used only where the toolchain has it; nothing changes what is built.

# ccache, when it is installed and no launcher was chosen: rebuilds of unchanged files are free.
find_program(CONSOLE_CCACHE ccache)
if(CONSOLE_CCACHE AND NOT CMAKE_CXX_COMPILER_LAUNCHER)
  set(CMAKE_CXX_COMPILER_LAUNCHER "${CONSOLE_CCACHE}")
endif()

# Linking is a large share of a fresh build (one executable per test, each with the static
# libraries and their debug info): lld links a test about three times faster than GNU ld.
include(CheckLinkerFlag)
check_linker_flag(CXX "-fuse-ld=lld" CONSOLE_HAS_LLD)
if(CONSOLE_HAS_LLD)
  add_link_options(-fuse-ld=lld)
else()
  message(STATUS "lld not found: linking with the default linker (slower)")
endif()

# Precompiled Qt headers for the libraries with many files: the headers are read once per
# library instead of once per file. Each file still includes what it uses: the sanitizer
# build (asan preset) has no precompiled headers, so a missing include fails there.
option(CONSOLE_PRECOMPILED_HEADERS "Precompile the Qt headers of the larger libraries" ON)
function(console_precompile target)
  if(CONSOLE_PRECOMPILED_HEADERS)
    target_precompile_headers(${target} PRIVATE ${ARGN})
  endif()
endfunction()
