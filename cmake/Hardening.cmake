# Compiler and linker hardening (CONSOLE_HARDENING, on in the default preset, whose binaries
# the package ships). Each flag is used only when the compiler or linker accepts it, so another
# toolchain builds without it instead of failing; what was left out is said at configure time.
include(CheckCXXCompilerFlag)
include(CheckLinkerFlag)
include(CheckPIESupported)

# Position-independent executables (-fPIE for the objects, -pie at link), so ASLR moves the
# program too, not only its libraries.
check_pie_supported(OUTPUT_VARIABLE pie_message LANGUAGES CXX)
if(CMAKE_CXX_LINK_PIE_SUPPORTED)
  set(CMAKE_POSITION_INDEPENDENT_CODE ON)
else()
  message(WARNING "Hardening: no position-independent executables here: ${pie_message}")
endif()

# Bounds checks in the glibc functions whose buffer size is known at compile time. It needs
# the optimiser (glibc warns without it, and the warning is an error here), so Debug goes
# without. -U first: some compilers define it already, and a redefinition warns.
check_cxx_compiler_flag(-D_FORTIFY_SOURCE=2 CONSOLE_HAS_FORTIFY_SOURCE)
if(CONSOLE_HAS_FORTIFY_SOURCE)
  add_compile_options("$<$<NOT:$<CONFIG:Debug>>:-U_FORTIFY_SOURCE;-D_FORTIFY_SOURCE=2>")
else()
  message(WARNING "Hardening: the compiler does not take -D_FORTIFY_SOURCE=2")
endif()

# A canary in every function with a local array or whose locals' addresses are taken.
check_cxx_compiler_flag(-fstack-protector-strong CONSOLE_HAS_STACK_PROTECTOR_STRONG)
if(CONSOLE_HAS_STACK_PROTECTOR_STRONG)
  add_compile_options(-fstack-protector-strong)
else()
  message(WARNING "Hardening: the compiler does not take -fstack-protector-strong")
endif()

# Relocations resolved at start and their table made read-only (full RELRO, BIND_NOW).
check_linker_flag(CXX "LINKER:-z,relro,-z,now" CONSOLE_HAS_FULL_RELRO)
if(CONSOLE_HAS_FULL_RELRO)
  add_link_options("LINKER:-z,relro,-z,now")
else()
  message(WARNING "Hardening: the linker does not take -z relro -z now")
endif()
