#!/usr/bin/env bash
# Installs the package on a minimal Debian 12 as a new user would, and starts it there:
#   1. packaging/build-package.sh builds the .deb and runs lintian, desktop-file-validate and
#      appstreamcli on it;
#   2. debootstrap --variant=minbase makes a minimal bookworm (once; kept, pristine, under
#      build/package-test/, with apt's downloads, so later runs reuse both);
#   3. a fresh copy of it gets the package with `apt-get install ./package.deb` and nothing
#      else (no Recommends), so a missing dependency shows as a failure below;
#   4. `telnyx-hosted-console --version` must answer there with no display;
#   5. the console starts with --sandbox on an Xvfb display of this machine, and its window must
#      appear with the navigation's icons drawn (packaging/check-window.py reads the screen).
# Needs root (debootstrap, chroot, mounts): CI runs it as root.
set -euo pipefail
cd "$(dirname "$0")/.."
if [ "$(id -u)" -ne 0 ]; then
  echo "test-package.sh: run as root (debootstrap and chroot)" >&2
  exit 1
fi
started=$SECONDS
mirror=${DEBIAN_MIRROR:-http://deb.debian.org/debian}
work=$PWD/build/package-test
mkdir -p "$work/apt-archives"

./dev.sh install debootstrap xvfb x11-utils x11-apps python3
# The minimal system is made while the package is built and checked (it waits on the network,
# the package on the CPU).
base=$work/bookworm-minbase
debootstrap_pid=
if [ ! -e "$base/.complete" ]; then
  rm -rf "$base"
  { debootstrap --variant=minbase --cache-dir="$work/apt-archives" bookworm "$base" "$mirror" \
      >"$work/debootstrap.log" 2>&1 && touch "$base/.complete"; } &
  debootstrap_pid=$!
fi
packaging/build-package.sh
package=$(ls -t build/default/telnyx-hosted-console_*.deb | head -1)
echo "=== package built and checked at $((SECONDS - started)) s: $package"
if [ -n "$debootstrap_pid" ]; then
  wait "$debootstrap_pid" || { tail -20 "$work/debootstrap.log"; exit 1; }
  echo "=== minimal Debian 12 made at $((SECONDS - started)) s"
fi

system=$work/system
display=
console_pid=
xvfb_pid=
cleanup() {
  [ -z "$console_pid" ] || kill "$console_pid" 2>/dev/null || true
  [ -z "$xvfb_pid" ] || kill "$xvfb_pid" 2>/dev/null || true
  for mounted in var/cache/apt/archives tmp/.X11-unix dev/pts dev proc; do
    mountpoint -q "$system/$mounted" 2>/dev/null && umount -l "$system/$mounted"
  done
  return 0
}
trap cleanup EXIT

rm -rf "$system"
cp -a "$base" "$system"
mount -t proc proc "$system/proc"
mount --bind /dev "$system/dev"
mount --bind /dev/pts "$system/dev/pts"
mount --bind "$work/apt-archives" "$system/var/cache/apt/archives"
# The host's X socket folder, shared with the system (it does not exist where no X server has
# run yet; Xvfb starts below).
mkdir -p /tmp/.X11-unix "$system/tmp/.X11-unix"
chmod 1777 /tmp/.X11-unix
mount --bind /tmp/.X11-unix "$system/tmp/.X11-unix"
cp "$package" "$system/tmp/"

install_began=$SECONDS
chroot "$system" apt-get update -qq
chroot "$system" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq \
  --no-install-recommends "/tmp/$(basename "$package")" >"$work/apt-install.log" ||
  { tail -30 "$work/apt-install.log"; exit 1; }
echo "=== installed in $((SECONDS - install_began)) s" \
     "($(chroot "$system" dpkg-query -W -f='${Installed-Size}' telnyx-hosted-console) KiB for the package," \
     "$(du -sxm --exclude=var/cache/apt "$system" | cut -f1) MB for the whole system)"

version=$(chroot "$system" env -u DISPLAY telnyx-hosted-console --version)
echo "$version"
[[ "$version" =~ ^telnyx-hosted-console\ [0-9]+\.[0-9]+\.[0-9]+ ]] ||
  { echo "test-package.sh: --version printed '$version'" >&2; exit 1; }
chroot "$system" man -w telnyx-hosted-console >/dev/null 2>&1 ||
  test -e "$system/usr/share/man/man1/telnyx-hosted-console.1.gz" ||
  { echo "test-package.sh: no man page installed" >&2; exit 1; }

for number in $(seq 90 120); do
  [ -e "/tmp/.X11-unix/X$number" ] || { display=:$number; break; }
done
Xvfb "$display" -screen 0 1400x900x24 -nolisten tcp >"$work/xvfb.log" 2>&1 &
xvfb_pid=$!
for _ in $(seq 100); do
  [ -e "/tmp/.X11-unix/X${display#:}" ] && break
  sleep 0.1
done

start_began=$SECONDS
chroot "$system" env -i HOME=/root PATH=/usr/bin:/bin DISPLAY="$display" LANG=C.UTF-8 \
  QT_QPA_PLATFORM=xcb telnyx-hosted-console --sandbox >"$work/console.log" 2>&1 &
console_pid=$!

# The main window: its title, and the WM_CLASS Qt gives it (not the 1x1 helper windows).
geometry=
for _ in $(seq 300); do
  geometry=$(xwininfo -display "$display" -root -tree 2>/dev/null |
             sed -n 's/.*"Telnyx Hosted Messaging Console": ("telnyx-hosted-console" "telnyx-hosted-console")  \([0-9]*\)x\([0-9]*\)+[-0-9]*+[-0-9]*  +\([-0-9]*\)+\([-0-9]*\).*/\3 \4 \1 \2/p' |
             head -1)
  [ -n "$geometry" ] && break
  kill -0 "$console_pid" 2>/dev/null || { cat "$work/console.log"; exit 1; }
  sleep 0.2
done
[ -n "$geometry" ] || { echo "test-package.sh: no window in 60 s" >&2; cat "$work/console.log"; exit 1; }
echo "=== window mapped $((SECONDS - start_began)) s after the start: x y w h = $geometry"

# Icons are drawn with the first paint; the screen is read until they show (at most 30 s).
for attempt in $(seq 30); do
  xwd -display "$display" -root -silent >"$work/screen.xwd"
  # shellcheck disable=SC2086 # the four numbers of the geometry
  if packaging/check-window.py "$work/screen.xwd" $geometry "$work/window.png"; then
    echo "=== navigation icons drawn; from a minimal system to a running console:" \
         "$((SECONDS - install_began)) s (install and start), test total $((SECONDS - started)) s"
    exit 0
  fi
  [ "$attempt" -lt 30 ] && sleep 1
done
echo "test-package.sh: see $work/window.png and $work/console.log" >&2
exit 1
