#!/usr/bin/env bash
# Every benchmark of issue #14 in one go, ending with ONE summary table (markdown):
#
#   tests/bench/run.sh <build-dir> [records] [-- extra bench_lists options]
#
# Parts (BENCH_PARTS, default "lists capabilities startup watcher"):
#   lists         the toll-free list: full loads of 10 000 and <records> (default 100 000) rows
#                 by the console (bench_lists) and by the official SDK's auto-paging iterator
#                 (sdk_load.mjs), at each latency; at <records> rows and the first latency also
#                 client CPU, RSS per row, filter, typing, sort and CSV export, with the stall probe;
#                 the 10 000-row load also with the list page's own page size and pages in flight
#   capabilities  the 10 000-number bulk RCS capability check (bench_capabilities) against the
#                 SDK (sdk_capabilities.mjs), at each latency
#   startup       first window and first painted rows of the console (--sandbox; the rows of
#                 the Today page's status table) against a bare QMainWindow + QTableView
#                 (bench_bare_window), started in turn, median of BENCH_STARTUP_RUNS (7) starts
#                 each, under a private Xvfb (bench_startup + the probe library)
#   watcher       the TFV status watcher's requests per interval, from tests/bench/bench_watcher
#                 when that binary is built: its "BENCH_WATCHER_JSON {...}" line, with
#                 open_requests and requests_per_interval (optional: page_size, default 1000,
#                 or goal_requests, the bound; default one list pass, open_requests/page_size
#                 rounded up); "not measured" otherwise
# BENCH_LATENCIES (default "0 80"): the sandbox's --latency for each run; one sandbox per latency
# and list size. BENCH_CAPS_ARGS adds bench_capabilities options, BENCH_WATCHER_ARGS
# bench_watcher options. A part that fails shows "failed" in its rows; the others still run.
#
# Each program prints one machine-readable line (BENCH_JSON, SDK_JSON, BENCH_CAPS_JSON,
# SDK_CAPS_JSON, BENCH_STARTUP_JSON, BENCH_WATCHER_JSON); run.sh collects them with a tag and
# summary.mjs turns them into the table. BENCH_RESULTS=FILE keeps that collection.
#
# Builds nothing: configure with -DCMAKE_BUILD_TYPE=Release -DCONSOLE_BUILD_BENCHMARKS=ON and
# build bench_lists bench_capabilities bench_startup bench_bare_window telnyx-sandbox
# telnyx-hosted-console. Needs node (the SDK installed in tests/conformance/node_modules:
# `cd tests/conformance && npm ci`) and, for the start-up part, Xvfb: the Debian package xvfb,
# which run.sh installs through `./dev.sh install xvfb` when it is missing. About 5 minutes on
# the 2-core machine at 100 000 records.
set -uo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
build="${1:?usage: run.sh <build-dir> [records] [-- bench_lists options]}"
shift
records=100000
if [[ $# -gt 0 && "$1" != "--" ]]; then
  records="$1"
  shift
fi
[[ "${1:-}" == "--" ]] && shift
small=10000
((records < small)) && small="$records"

parts="${BENCH_PARTS:-lists capabilities startup watcher}"
latencies="${BENCH_LATENCIES:-0 80}"
want() { [[ " $parts " == *" $1 "* ]]; }
bench="$build/tests/bench/bench_lists"
caps_bench="$build/tests/bench/bench_capabilities"
startup_bench="$build/tests/bench/bench_startup"
bare_window="$build/tests/bench/bench_bare_window"
watcher_bench="$build/tests/bench/bench_watcher"
console="${TELNYX_CONSOLE_BIN:-$build/telnyx-hosted-console}"
sandbox="${TELNYX_SANDBOX_BIN:-$build/app/telnyx-sandbox}"
needed=()
{ want lists || want capabilities; } && needed+=("$sandbox")
want lists && needed+=("$bench")
want capabilities && needed+=("$caps_bench")
want startup && needed+=("$startup_bench" "$bare_window" "$console")
for binary in "${needed[@]}"; do
  if [[ ! -x "$binary" ]]; then
    echo "missing $binary: configure with -DCONSOLE_BUILD_BENCHMARKS=ON and build bench_lists bench_capabilities bench_startup bench_bare_window telnyx-sandbox telnyx-hosted-console" >&2
    exit 2
  fi
done
command -v node >/dev/null || { echo "node is needed for the SDK side and the summary" >&2; exit 2; }
if { want lists || want capabilities; } && [[ ! -d "$here/../conformance/node_modules/telnyx" ]]; then
  echo "the SDK is missing: cd tests/conformance && npm ci" >&2
  exit 2
fi

key="KEYBENCH0123456789"
workdir="$(mktemp -d)"
results="${BENCH_RESULTS:-$workdir/results.txt}"
: >"$results"
sandbox_pid=""
xvfb_pid=""
stop_sandbox() {
  if [[ -n "$sandbox_pid" ]]; then
    kill "$sandbox_pid" 2>/dev/null || true
    wait "$sandbox_pid" 2>/dev/null || true
    sandbox_pid=""
  fi
}
cleanup() {
  stop_sandbox
  if [[ -n "$xvfb_pid" ]]; then
    kill "$xvfb_pid" 2>/dev/null || true
    wait "$xvfb_pid" 2>/dev/null || true
  fi
  rm -rf "$workdir"
}
trap cleanup EXIT

# The token the benchmarks' /_sandbox requests send (benchsupport.h, sdk_*.mjs).
control_token="bench-control-token"
export TELNYX_SANDBOX_CONTROL_TOKEN="$control_token"

# start_sandbox RECORDS LATENCY: sets $url and $sandbox_pid, or fails.
url=""
# warm_sandbox RECORDS: reads the toll-free list once, 4 pages at a time, before anything is
# timed. The sandbox serialises a record the first time it serves it and keeps the bytes (as a
# real server's caches would be warm); without this the first client timed, the console, would
# pay for that and the SDK after it would not.
warm_sandbox() {
  local pages=$((($1 + 999) / 1000))
  seq 1 "$pages" | xargs -P 4 -I{} curl -s -o /dev/null -H "Authorization: Bearer $key" \
    "$url/messaging_tollfree/verification/requests?page={}&page_size=1000" || true
}

start_sandbox() {
  url=""
  "$sandbox" --port 0 --api-key "$key" --records "$1" --latency "$2" \
    --control-token "$control_token" >"$workdir/sandbox.out" 2>"$workdir/sandbox.err" &
  sandbox_pid=$!
  for _ in $(seq 1 1200); do
    if line="$(head -n 1 "$workdir/sandbox.out" 2>/dev/null)" && [[ "$line" == listening\ on\ * ]]; then
      url="${line#listening on }"
      echo "== sandbox: $url, $1 records, latency $2 ms (pid $sandbox_pid)"
      warm_sandbox "$1"
      return 0
    fi
    if ! kill -0 "$sandbox_pid" 2>/dev/null; then
      cat "$workdir/sandbox.err" >&2
      sandbox_pid=""
      break
    fi
    sleep 0.1
  done
  echo "== the sandbox ($1 records, latency $2 ms) did not start" >&2
  stop_sandbox
  return 1
}

# collect TAG PREFIX FILE: keeps the last "PREFIX {json}" line of FILE as "TAG {json}".
collect() {
  local json
  json="$(sed -n "s/^$2 //p" "$3" | tail -n 1)"
  if [[ -n "$json" ]]; then
    echo "$1 $json" >>"$results"
  else
    echo "== $1: no $2 line (failed)" >&2
  fi
}

# run_logged FILE COMMAND...: runs the command, shows and keeps its output; never fails.
run_logged() {
  local file="$1"
  shift
  "$@" 2>&1 | tee "$file"
  local status="${PIPESTATUS[0]}"
  [[ "$status" -eq 0 ]] || echo "== exit status $status: $*" >&2
  return 0
}

sizes=("$small")
[[ "$records" != "$small" ]] && sizes+=("$records")
first_latency="${latencies%% *}"
if want lists || want capabilities; then
  for latency in $latencies; do
    for size in "${sizes[@]}"; do
      # The capability check needs no list: it runs on the small sandbox alone.
      want lists || [[ "$size" == "$small" ]] || continue
      start_sandbox "$size" "$latency" || continue
      if want lists; then
        mode=(--load-only)
        [[ "$size" == "$records" && "$latency" == "$first_latency" ]] && mode=()
        echo "== console (bench_lists${mode[*]:+ ${mode[*]}}): $size rows, latency $latency ms"
        run_logged "$workdir/console.txt" "$bench" --url "$url" --key "$key" \
          --latency "$latency" "${mode[@]}" "$@"
        collect "lists.console.$size.$latency" BENCH_JSON "$workdir/console.txt"
        if [[ "$size" == "$small" ]]; then
          # "Load all" on the list page keeps the model's own page size and pages in flight.
          echo "== console (bench_lists --load-only) with the list page's settings: $size rows, latency $latency ms"
          run_logged "$workdir/console_page.txt" "$bench" --url "$url" --key "$key" \
            --latency "$latency" --load-only --page-size 0 --prefetch 0
          collect "lists.console_page.$size.$latency" BENCH_JSON "$workdir/console_page.txt"
        fi
        echo "== official SDK (tests/bench/sdk_load.mjs): $size rows, latency $latency ms"
        run_logged "$workdir/sdk.txt" env TELNYX_SANDBOX_URL="$url" TELNYX_SANDBOX_KEY="$key" \
          node "$here/sdk_load.mjs"
        collect "lists.sdk.$size.$latency" SDK_JSON "$workdir/sdk.txt"
      fi
      if want capabilities && [[ "$size" == "$small" ]]; then
        echo "== console (bench_capabilities): latency $latency ms"
        # shellcheck disable=SC2086 # BENCH_CAPS_ARGS is a list of options
        run_logged "$workdir/caps.txt" "$caps_bench" --url "$url" --key "$key" \
          --latency "$latency" ${BENCH_CAPS_ARGS:-}
        collect "caps.console.$latency" BENCH_CAPS_JSON "$workdir/caps.txt"
        echo "== official SDK (tests/bench/sdk_capabilities.mjs): latency $latency ms"
        run_logged "$workdir/sdk_caps.txt" env TELNYX_SANDBOX_URL="$url" \
          TELNYX_SANDBOX_KEY="$key" node "$here/sdk_capabilities.mjs"
        collect "caps.sdk.$latency" SDK_CAPS_JSON "$workdir/sdk_caps.txt"
      fi
      stop_sandbox
    done
  done
fi

if want startup; then
  # A private X server: no window manager, nothing else drawing. BENCH_USE_DISPLAY=1 uses
  # $DISPLAY instead.
  display="${DISPLAY:-}"
  if [[ "${BENCH_USE_DISPLAY:-0}" != 1 ]]; then
    display=""
    if ! command -v Xvfb >/dev/null; then
      echo "== Xvfb is missing: installing the Debian package xvfb (./dev.sh install xvfb)"
      "$repo/dev.sh" install xvfb || true
    fi
    if command -v Xvfb >/dev/null; then
      Xvfb -displayfd 3 -screen 0 1920x1080x24 -nolisten tcp 3>"$workdir/xvfb.display" \
        >"$workdir/xvfb.log" 2>&1 &
      xvfb_pid=$!
      for _ in $(seq 1 100); do
        [[ -s "$workdir/xvfb.display" ]] && break
        kill -0 "$xvfb_pid" 2>/dev/null || break
        sleep 0.1
      done
      [[ -s "$workdir/xvfb.display" ]] && display=":$(head -n 1 "$workdir/xvfb.display")"
    fi
  fi
  if [[ -z "$display" ]]; then
    echo "== start-up: no X display (Xvfb missing or not starting): failed" >&2
  else
    runs="${BENCH_STARTUP_RUNS:-7}"
    echo "== start-up on DISPLAY=$display: the console on its built-in sandbox, in turn with a bare QMainWindow + QTableView (bench_bare_window)"
    run_logged "$workdir/startup.txt" env DISPLAY="$display" QT_QPA_PLATFORM=xcb \
      "$startup_bench" --runs "$runs" --baseline "$bare_window" --baseline-label bare \
      --baseline-rows-view bareTable --label console --rows-view todayStatusTable -- \
      "$console" --sandbox
    grep '^BENCH_STARTUP_JSON {"[^}]*"label":"bare"' "$workdir/startup.txt" >"$workdir/startup_bare.txt"
    grep '^BENCH_STARTUP_JSON {"[^}]*"label":"console"' "$workdir/startup.txt" >"$workdir/startup_console.txt"
    collect startup.bare BENCH_STARTUP_JSON "$workdir/startup_bare.txt"
    collect startup.console BENCH_STARTUP_JSON "$workdir/startup_console.txt"
  fi
fi

if want watcher; then
  if [[ -x "$watcher_bench" ]]; then
    echo "== watcher (bench_watcher)"
    # shellcheck disable=SC2086 # BENCH_WATCHER_ARGS is a list of options
    run_logged "$workdir/watcher.txt" "$watcher_bench" --records "$records" ${BENCH_WATCHER_ARGS:-}
    collect watcher BENCH_WATCHER_JSON "$workdir/watcher.txt"
  else
    echo "== watcher: $watcher_bench is not built: not measured"
  fi
fi

echo "== summary ($(date -u +%Y-%m-%dT%H:%MZ), $(nproc) cores, $records records, latencies $latencies ms)"
node "$here/summary.mjs" "$results" "$small" "$records" "$latencies" "$parts"
