#!/usr/bin/env bash
# Renders resources/icons/app.svg to the hicolor PNG sizes the package installs (run after
# changing the SVG; needs librsvg2-bin). The PNGs are committed, so a build needs no renderer.
set -euo pipefail
cd "$(dirname "$0")"
for size in 16 22 24 32 48 64 128 256; do
  rsvg-convert --width "$size" --height "$size" ../../resources/icons/app.svg \
    --output "telnyx-hosted-console-${size}.png"
done
