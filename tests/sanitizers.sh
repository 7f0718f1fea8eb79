#!/usr/bin/env bash
# Fuzzing and sanitizers (README "Sanitizers and fuzzing"). One clang build, the asan preset:
# ASan + UBSan everywhere, libFuzzer coverage in the libraries. Then
#   fuzz  each tests/fuzz harness for FUZZ_SECONDS (20) from a scratch copy of its seed corpus
#   test  the unit, integration and model tests under the sanitizers
#   tests/sanitizers.sh                      install, build, fuzz, test
#   tests/sanitizers.sh install|build|fuzz|test   one stage (.ci/run times them one by one)
set -euo pipefail
cd "$(dirname "$0")/.."

clang_packages=(clang-14 libclang-rt-14-dev llvm-14) # llvm-14: the symbolizer for reports
fuzz_seconds=${FUZZ_SECONDS:-20}
build_dir=build/asan

# As in the asan test preset: any leak or undefined behaviour fails, with a stack.
export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1:detect_stack_use_after_return=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-halt_on_error=1:print_stacktrace=1}
export LSAN_OPTIONS=${LSAN_OPTIONS:-suppressions=$PWD/tests/lsan.supp:print_suppressions=0}
export ASAN_SYMBOLIZER_PATH=${ASAN_SYMBOLIZER_PATH:-/usr/bin/llvm-symbolizer-14}

stage_install() {
  ./dev.sh install # the project's own packages (Qt, ...), as for ./dev.sh test
  ./dev.sh install "${clang_packages[@]}"
}

harnesses() {
  for source in tests/fuzz/fuzz_*.cpp; do basename "$source" .cpp; done
}

# Only what the fuzz and test stages run: not the console, its widgets or the GUI tests.
stage_build() {
  local targets=(telnyx-sandbox)
  targets+=($(harnesses))
  for source in tests/unit/tst_*.cpp tests/integration/tst_*.cpp tests/models/tst_*.cpp; do
    targets+=("$(basename "$source" .cpp)")
  done
  cmake --preset asan >/dev/null
  cmake --build --preset asan --target "${targets[@]}"
}

stage_fuzz() {
  local scratch failed=()
  scratch=$(mktemp -d)
  trap 'rm -rf "$scratch"' RETURN
  for harness in $(harnesses); do
    local name=${harness#fuzz_}
    # A scratch copy: libFuzzer adds what it finds to the corpus directory it is given.
    mkdir -p "$scratch/$name"
    cp tests/fuzz/corpus/"$name"/* "$scratch/$name/" 2>/dev/null || true
    local log=$scratch/$name.log
    if "$build_dir/tests/fuzz/$harness" -max_total_time="$fuzz_seconds" -timeout=10 \
      -artifact_prefix="$scratch/$name-" "$scratch/$name" >"$log" 2>&1; then
      echo "$harness: $(grep -o 'Done [0-9]* runs in [0-9]* second(s)' "$log")"
    else
      failed+=("$harness")
      echo "$harness: FAILED" >&2
      tail -n 60 "$log" >&2
      # Keep the crashing input where a developer (or CI's artifacts) can find it.
      mkdir -p "$build_dir/fuzz-crashes"
      cp "$scratch/$name"-* "$build_dir/fuzz-crashes/" 2>/dev/null || true
    fi
  done
  if [ ${#failed[@]} -gt 0 ]; then
    echo "Fuzzers that failed: ${failed[*]} (inputs in $build_dir/fuzz-crashes)" >&2
    return 1
  fi
}

stage_test() {
  # tst_recording needs the Node SDK's recordings (the conformance.sdk fixtures): left out
  # rather than running the SDK against the sandbox a second time.
  ctest --preset asan -L '^(unit|integration|models)$' -E '^integration\.tst_recording'
}

stages=("$@")
[ ${#stages[@]} -gt 0 ] || stages=(install build fuzz test)
for stage in "${stages[@]}"; do
  case "$stage" in
    install | build | fuzz | test) "stage_$stage" ;;
    *)
      echo "usage: $0 [install|build|fuzz|test]..." >&2
      exit 2
      ;;
  esac
done
