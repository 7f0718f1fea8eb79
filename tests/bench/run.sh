#!/usr/bin/env bash
# Runs the list benchmark and the SDK comparison against ONE telnyx-sandbox instance.
#
#   tests/bench/run.sh <build-dir> [records] [-- extra bench_lists options]
#
# Builds nothing: configure a build with -DCONSOLE_BUILD_BENCHMARKS=ON (Release for meaningful
# numbers) and build the bench_lists and telnyx-sandbox targets first. Needs node (the SDK is
# the one installed in tests/conformance/node_modules).
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

bench="$build/tests/bench/bench_lists"
sandbox="${TELNYX_SANDBOX_BIN:-$build/app/telnyx-sandbox}"
for binary in "$bench" "$sandbox"; do
  if [[ ! -x "$binary" ]]; then
    echo "missing $binary: configure with -DCONSOLE_BUILD_BENCHMARKS=ON and build bench_lists telnyx-sandbox" >&2
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

"$sandbox" --port 0 --api-key "$key" --records "$records" >"$workdir/sandbox.out" 2>"$workdir/sandbox.err" &
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
