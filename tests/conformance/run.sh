#!/usr/bin/env bash
# Runs the telnyx npm SDK conformance check against a fresh telnyx-sandbox.
# Usage: run.sh <path-to-telnyx-sandbox> [--realistic]
#   --realistic runs the same checks against the sandbox's realistic mode (app/sandbox/README.md).
# Env: CONFORMANCE_RECORDING_OUT=<file> also writes the recording scenario's request log.
set -euo pipefail

if [[ $# -lt 1 ]]; then
  echo "usage: $0 <path-to-telnyx-sandbox>" >&2
  exit 2
fi
sandbox_bin=$(realpath "$1")
shift
mode_args=()
for argument in "$@"; do
  case "$argument" in
    --realistic) mode_args+=(--realistic) ;;
    *) echo "run.sh: unknown option $argument" >&2; exit 2 ;;
  esac
done
cd "$(dirname "${BASH_SOURCE[0]}")"

if [[ ! -d node_modules/telnyx ]]; then
  npm ci --no-audit --no-fund --loglevel=error >/dev/null
fi

# Fixed seed and size: the recording scenario relies on the seeded data.
api_key="conformance-key-$$"
workdir=$(mktemp -d)
sandbox_pid=""
cleanup() {
  if [[ -n "$sandbox_pid" ]]; then
    kill "$sandbox_pid" 2>/dev/null || true
    wait "$sandbox_pid" 2>/dev/null || true
  fi
  rm -rf "$workdir"
}
trap cleanup EXIT

"$sandbox_bin" --port 0 --api-key "$api_key" --records 25 --seed 7 --log-bodies "${mode_args[@]}" >"$workdir/stdout" 2>"$workdir/stderr" &
sandbox_pid=$!

# The first stdout line is "listening on http://127.0.0.1:PORT/v2", the second
# "control token: T" (the X-Sandbox-Token of the /_sandbox requests).
first_line=""
for _ in $(seq 1 300); do
  if [[ $(wc -l <"$workdir/stdout") -ge 2 ]]; then
    first_line=$(head -n 1 "$workdir/stdout")
    break
  fi
  kill -0 "$sandbox_pid" 2>/dev/null || break
  sleep 0.1
done
base_url=$(sed -n 's|^listening on \(http://[^ ]*\)$|\1|p' <<<"$first_line")
if [[ -z "$base_url" ]]; then
  echo "not ok - sandbox starts: first line was '$first_line'"
  sed 's/^/# sandbox stderr: /' "$workdir/stderr" || true
  echo "0 passed, 1 failed"
  exit 1
fi

status=0
control_token=$(sed -n 's|^control token: \(.*\)$|\1|p' "$workdir/stdout")
TELNYX_SANDBOX_URL="$base_url" TELNYX_SANDBOX_KEY="$api_key" \
  TELNYX_SANDBOX_CONTROL_TOKEN="$control_token" node conformance.mjs || status=$?
exit "$status"
