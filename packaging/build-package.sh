#!/usr/bin/env bash
# Builds the .deb from the default preset (the binaries the tests ran, stripped) and checks it
# the way Debian would:
#   lintian (no errors, no warnings: an override would need its reason in a comment),
#   desktop-file-validate on the desktop file, appstreamcli validate --no-net on the metainfo.
set -euo pipefail
cd "$(dirname "$0")/.."
./dev.sh install                     # what the build needs
./dev.sh install help2man lintian desktop-file-utils appstream
cmake --preset default >/dev/null
cmake --build --preset default --target telnyx-hosted-console telnyx-sandbox packaging_files
(cd build/default && cpack -G DEB >/dev/null)
package=$(ls -t build/default/telnyx-hosted-console_*.deb | head -1)

desktop-file-validate packaging/com.telnyx.HostedMessagingConsole.desktop
appstreamcli validate --no-net --pedantic build/default/packaging/com.telnyx.HostedMessagingConsole.metainfo.xml
lintian --fail-on error,warning --display-info "$package"

installed_kib=$(dpkg-deb -f "$package" Installed-Size)
echo "$package: $(du -k "$package" | cut -f1) KiB, installed size $installed_kib KiB"
