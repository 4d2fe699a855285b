#!/usr/bin/env bash
# Re-renders the committed PNGs from the SVG sources (needs rsvg-convert from librsvg2-bin).
# The build never runs this: it uses the committed PNGs.
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")"
mkdir -p png
for size in 16 24 32 48 64 128 256; do
    src=sajudesk.svg
    [[ -f "sajudesk-$size.svg" ]] && src="sajudesk-$size.svg"
    rsvg-convert --width "$size" --height "$size" "$src" --output "png/sajudesk-$size.png"
done
