#!/usr/bin/env bash
# Runs the list benchmark and the bulk RCS capability benchmark, each with its SDK comparison,
# against ONE telnyx-sandbox instance.
#
#   tests/bench/run.sh <build-dir> [records] [-- extra bench_lists options]
#
# BENCH_PARTS picks the parts (default "lists capabilities"); e.g. BENCH_PARTS=capabilities.
# BENCH_CAPS_ARGS adds bench_capabilities options (e.g. "--sweep").
#
# Builds nothing: configure a build with -DCONSOLE_BUILD_BENCHMARKS=ON (Release for meaningful
# numbers) and build the bench_lists, bench_capabilities and telnyx-sandbox targets first. Needs
# node (the SDK is the one installed in tests/conformance/node_modules).
set -euo pipefail

here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
build="${1:?usage: run.sh <build-dir> [records] [-- bench_lists options]}"
shift
records=100000
if [[ $# -gt 0 && "$1" != "--" ]]; then
  records="$1"
  shift
fi
[[ "${1:-}" == "--" ]] && shift

parts="${BENCH_PARTS:-lists capabilities}"
want() { [[ " $parts " == *" $1 "* ]]; }
bench="$build/tests/bench/bench_lists"
caps_bench="$build/tests/bench/bench_capabilities"
sandbox="${TELNYX_SANDBOX_BIN:-$build/app/telnyx-sandbox}"
needed=("$sandbox")
want lists && needed+=("$bench")
want capabilities && needed+=("$caps_bench")
for binary in "${needed[@]}"; do
  if [[ ! -x "$binary" ]]; then
    echo "missing $binary: configure with -DCONSOLE_BUILD_BENCHMARKS=ON and build bench_lists bench_capabilities telnyx-sandbox" >&2
    exit 2
  fi
done
command -v node >/dev/null || { echo "node is needed for the SDK side" >&2; exit 2; }

key="KEYBENCH0123456789"
workdir="$(mktemp -d)"
sandbox_pid=""
cleanup() {
  if [[ -n "$sandbox_pid" ]]; then
    kill "$sandbox_pid" 2>/dev/null || true
    wait "$sandbox_pid" 2>/dev/null || true
  fi
  rm -rf "$workdir"
}
trap cleanup EXIT

# The token the benchmarks' /_sandbox requests send (benchsupport.h, sdk_*.mjs).
control_token="bench-control-token"
export TELNYX_SANDBOX_CONTROL_TOKEN="$control_token"
"$sandbox" --port 0 --api-key "$key" --records "$records" --control-token "$control_token" >"$workdir/sandbox.out" 2>"$workdir/sandbox.err" &
sandbox_pid=$!
url=""
for _ in $(seq 1 1200); do
  if line="$(head -n 1 "$workdir/sandbox.out" 2>/dev/null)" && [[ "$line" == listening\ on\ * ]]; then
    url="${line#listening on }"
    break
  fi
  kill -0 "$sandbox_pid" 2>/dev/null || { cat "$workdir/sandbox.err" >&2; exit 1; }
  sleep 0.1
done
[[ -n "$url" ]] || { echo "the sandbox did not start" >&2; exit 1; }
echo "== sandbox: $url, $records records (pid $sandbox_pid)"

if want lists; then
echo "== console (bench_lists)"
"$bench" --url "$url" --key "$key" "$@" | tee "$workdir/console.txt"
echo "== official SDK (tests/bench/sdk_load.mjs)"
TELNYX_SANDBOX_URL="$url" TELNYX_SANDBOX_KEY="$key" node "$here/sdk_load.mjs" | tee "$workdir/sdk.txt"

console_json="$(sed -n 's/^BENCH_JSON //p' "$workdir/console.txt")"
sdk_json="$(sed -n 's/^SDK_JSON //p' "$workdir/sdk.txt")"
echo "== summary"
CONSOLE_JSON="$console_json" SDK_JSON="$sdk_json" node -e '
  const c = JSON.parse(process.env.CONSOLE_JSON);
  const s = JSON.parse(process.env.SDK_JSON);
  const f = (ms) => `${(ms / 1000).toFixed(2)} s`;
  console.log(`rows: console ${c.rows}, SDK ${s.items}`);
  console.log(`all rows loaded: console ${f(c.all_rows_ms)} (${c.requests} requests, page size ${c.page_size}, ${c.pages_in_flight} in flight), SDK ${f(s.all_items_ms)} (${s.requests} requests, page_size ${s.page_size}, one at a time)`);
  console.log(`server floor (raw GETs, ${c.pages_in_flight} in flight, bodies unparsed): ${f(c.server_floor_ms)}`);
  console.log(`first rows: console ${c.first_rows_browse_ms.toFixed(0)} ms browsing (100-row page), ${c.first_rows_ms.toFixed(0)} ms in the full load; SDK first item ${s.first_item_ms.toFixed(0)} ms`);
  console.log(`peak RSS: console ${(c.peak_rss_kib / 1024).toFixed(0)} MiB (rows + proxy + CSV), SDK ${(s.peak_rss_kib / 1024).toFixed(0)} MiB`);
  console.log(`client CPU for the load: console ${f(c.load_cpu_ms)}, SDK ${f(s.load_cpu_ms)} (ratio ${(s.load_cpu_ms / c.load_cpu_ms).toFixed(2)})`);
  console.log(`ratio SDK time / console time: ${(s.all_items_ms / c.all_rows_ms).toFixed(2)}`);
'
fi

if want capabilities; then
echo "== console (bench_capabilities)"
# shellcheck disable=SC2086 # BENCH_CAPS_ARGS is a list of options
"$caps_bench" --url "$url" --key "$key" ${BENCH_CAPS_ARGS:-} | tee "$workdir/console_caps.txt"
echo "== official SDK (tests/bench/sdk_capabilities.mjs)"
TELNYX_SANDBOX_URL="$url" TELNYX_SANDBOX_KEY="$key" node "$here/sdk_capabilities.mjs" | tee "$workdir/sdk_caps.txt"

caps_json="$(sed -n 's/^BENCH_CAPS_JSON //p' "$workdir/console_caps.txt")"
sdk_caps_json="$(sed -n 's/^SDK_CAPS_JSON //p' "$workdir/sdk_caps.txt")"
echo "== capabilities summary"
CAPS_JSON="$caps_json" SDK_CAPS_JSON="$sdk_caps_json" node -e '
  const c = JSON.parse(process.env.CAPS_JSON);
  const s = JSON.parse(process.env.SDK_CAPS_JSON);
  const f = (ms) => `${(ms / 1000).toFixed(2)} s`;
  const seq = s.sequential;
  const par = s.concurrent;
  console.log(`numbers: ${c.numbers} distinct (${c.expected_capable} capable); answers: console ${c.answers} (${c.capable} capable), SDK ${seq.answers} / ${par.answers}`);
  console.log(`all results: console ${f(c.all_results_ms)} (${c.requests} requests, peak ${c.peak_in_flight} in flight), SDK sequential ${f(seq.all_results_ms)} (${seq.requests} requests), SDK ${par.workers} concurrent ${f(par.all_results_ms)} (${par.requests} requests, peak ${par.peak_in_flight})`);
  console.log(`first batch of results: console ${c.first_results_ms.toFixed(1)} ms (check() itself ${c.check_call_ms.toFixed(1)} ms), SDK sequential ${seq.first_results_ms.toFixed(1)} ms, SDK concurrent ${par.first_results_ms.toFixed(1)} ms`);
  console.log(`second run (session cache): ${c.cached_answers} answers from the cache, ${c.cached_requests} requests (sandbox counted ${c.cached_server_requests}), ${c.cached_all_results_ms.toFixed(1)} ms`);
  console.log(`server floor (same batches raw, answers unread): ${f(c.server_floor_ms)} with ${c.concurrency} in flight, ${f(c.server_floor_serial_ms)} one at a time`);
  console.log(`client CPU: console ${f(c.cpu_ms)}, SDK sequential ${f(seq.cpu_ms)}, SDK concurrent ${f(par.cpu_ms)}`);
  console.log(`ratio SDK time / console time: sequential ${(seq.all_results_ms / c.all_results_ms).toFixed(2)}, concurrent ${(par.all_results_ms / c.all_results_ms).toFixed(2)}`);
'
fi
