#!/usr/bin/env bash
# Formatting and lint, with the repo's .clang-format and .clang-tidy (CONTRIBUTING.md):
#   tests/lint.sh install   clang-format and clang-tidy, version 14 (Debian 12's; the tree's
#                           format is what clang-format 14 writes, and 16 agrees today)
#   tests/lint.sh format    clang-format --dry-run -Werror on every tracked .cpp and .h
#   tests/lint.sh tidy [all]
#                           clang-tidy, every finding an error, on the .cpp files the last
#                           commit changed (a changed .h stands for its .cpp); `all`: every one.
#                           Needs build/default/compile_commands.json (./dev.sh test makes it).
# .ci/run runs install and format before the README's test line and tidy after it.
#
# Why tidy looks at the last commit's files only (measured 2026-12-04 on the 2-core machine,
# two other builds running): the whole tree, 178 files with the tests, took 24 min 20 s of CPU
# (24 min 53 s wall; some 12 min on 2 idle cores), for a tree that was clean when each file was
# last changed; a commit of 8 files took 52 s. format: 317 files in 4 s. A change to .clang-tidy
# or to a header many files include wants `tests/lint.sh tidy all` once by hand.
set -euo pipefail
cd "$(dirname "$0")/.."

lint_packages=(clang-format-14 clang-tidy-14)
build_dir=build/default

stage_install() {
  ./dev.sh install "${lint_packages[@]}"
}

stage_format() {
  local files
  mapfile -t files < <(git ls-files '*.cpp' '*.h')
  clang-format-14 --dry-run -Werror "${files[@]}"
  echo "clang-format: ${#files[@]} files as .clang-format writes them"
}

# The .cpp files of the compile database that the last commit changed, or all of them.
tidy_files() {
  local scope=$1 changed=()
  if [ "$scope" = all ] || ! git rev-parse -q --verify HEAD~1 >/dev/null; then
    mapfile -t changed < <(git ls-files '*.cpp' '*.h')
  else
    mapfile -t changed < <(git diff --name-only --diff-filter=d HEAD~1 HEAD -- '*.cpp' '*.h')
  fi
  for file in "${changed[@]}"; do
    [[ $file == *.h && -f ${file%.h}.cpp ]] && file=${file%.h}.cpp
    echo "$file"
  done | sort -u | python3 -c '
import json, os, sys
compiled = {os.path.realpath(entry["file"]) for entry in json.load(open(sys.argv[1]))}
for line in sys.stdin:
    if os.path.realpath(line.strip()) in compiled:
        print(line.strip())
' "$build_dir/compile_commands.json"
}

stage_tidy() {
  local scope=${1:-changed} files
  [ "$scope" = all ] || [ "$scope" = changed ] || scope=changed
  if [ ! -f "$build_dir/compile_commands.json" ]; then
    echo "tests/lint.sh tidy: no $build_dir/compile_commands.json; run ./dev.sh test first" >&2
    return 1
  fi
  mapfile -t files < <(tidy_files "$scope")
  if [ ${#files[@]} -eq 0 ]; then
    echo "clang-tidy: the last commit changed no compiled C++ file"
    return 0
  fi
  echo "clang-tidy: ${#files[@]} files ($scope)"
  # The build's precompiled headers are GCC's, which clang cannot read: clang-tidy gets the
  # same commands without them (each file includes what it uses).
  local tidy_db="$build_dir/tidy"
  mkdir -p "$tidy_db"
  python3 -c '
import json, re, sys
entries = json.load(open(sys.argv[1]))
for entry in entries:
    entry["command"] = re.sub(r" -Winvalid-pch| -include \S*cmake_pch\.hxx", "", entry["command"])
json.dump(entries, open(sys.argv[2], "w"))
' "$build_dir/compile_commands.json" "$tidy_db/compile_commands.json"
  printf '%s\n' "${files[@]}" |
    xargs -P "$(nproc)" -n 4 clang-tidy-14 -p "$tidy_db" --quiet --warnings-as-errors='*' 2>&1 |
    { grep -v -E '^[0-9]+ warnings? generated\.$' || true; } # the count of what was filtered
  echo "clang-tidy: no finding"
}

stage=${1:-}
case "$stage" in
  install | format) "stage_$stage" ;;
  tidy) stage_tidy "${2:-changed}" ;;
  *)
    echo "usage: $0 install|format|tidy [all]" >&2
    exit 2
    ;;
esac
