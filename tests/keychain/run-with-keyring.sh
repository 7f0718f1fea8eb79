#!/bin/sh
# Runs one command (a keychain test) against a real but throwaway Secret Service:
# a private D-Bus session bus with gnome-keyring-daemon's secrets component, unlocked with a
# throwaway password, in a throwaway HOME and XDG_RUNTIME_DIR that are removed afterwards.
# Works as root and without a desktop session (CI).
#   tests/keychain/run-with-keyring.sh <test binary> [arguments...]
set -eu

if [ $# -lt 1 ]; then
    echo "usage: $0 <command> [arguments...]" >&2
    exit 2
fi
for tool in dbus-run-session dbus-send gnome-keyring-daemon; do
    if ! command -v "$tool" >/dev/null 2>&1; then
        echo "$0: $tool is missing; install the Debian packages dbus and gnome-keyring" \
             "(./dev.sh test does)" >&2
        exit 1
    fi
done

scratch=$(mktemp -d "${TMPDIR:-/tmp}/console-keyring.XXXXXX")
chmod 700 "$scratch"
trap 'rm -rf "$scratch"' EXIT
trap 'exit 130' INT TERM
mkdir -m 700 "$scratch/home" "$scratch/runtime"

# Nothing of the caller's session may leak in: the test must talk to this keyring only.
export HOME="$scratch/home"
export XDG_RUNTIME_DIR="$scratch/runtime"
export XDG_CONFIG_HOME="$HOME/.config" XDG_DATA_HOME="$HOME/.local/share"
export XDG_CACHE_HOME="$HOME/.cache"
unset DBUS_SESSION_BUS_ADDRESS GNOME_KEYRING_CONTROL SSH_AUTH_SOCK DISPLAY WAYLAND_DISPLAY
# Tells the test it may write to this keyring (it refuses to touch a real user's keyring).
export CONSOLE_THROWAWAY_KEYRING=1

# Inside the private bus: start and unlock the daemon (the first unlock creates the "login"
# keyring, the default collection), wait until it owns org.freedesktop.secrets, run the
# command, stop the daemon by its pid, and pass on the command's exit status.
# shellcheck disable=SC2016
status=0
dbus-run-session -- sh -c '
    set -u
    daemon_env=$(printf "%s" throwaway | gnome-keyring-daemon --unlock --components=secrets) || {
        echo "run-with-keyring: gnome-keyring-daemon did not start" >&2
        exit 1
    }
    # Older daemons print GNOME_KEYRING_CONTROL=...; export whatever it printed.
    for assignment in $daemon_env; do
        case "$assignment" in
            *=*) export "$assignment" ;;
        esac
    done
    daemon_pid=
    tries=0
    while [ -z "$daemon_pid" ] && [ $tries -lt 100 ]; do
        daemon_pid=$(dbus-send --session --print-reply=literal --dest=org.freedesktop.DBus \
            /org/freedesktop/DBus org.freedesktop.DBus.GetConnectionUnixProcessID \
            string:org.freedesktop.secrets 2>/dev/null | awk "{ print \$2 }") || daemon_pid=
        [ -n "$daemon_pid" ] || { tries=$((tries + 1)); sleep 0.1; }
    done
    if [ -z "$daemon_pid" ]; then
        echo "run-with-keyring: no Secret Service appeared on the session bus" >&2
        exit 1
    fi
    status=0
    "$@" || status=$?
    kill "$daemon_pid" 2>/dev/null || true
    exit $status
' run-with-keyring "$@" || status=$?
exit $status
