#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds SajuDesk.app (Release), makes it self-contained with macdeployqt, signs it when a Developer ID is
# given, and packs it into a DMG with hdiutil. Run on macOS from the repository root; see README.md here.
#
#   QT_DIR=~/Qt/6.4.3/macos KEYCHAIN_DIR=/opt/qtkeychain packaging/macos/build-dmg.sh
#   SIGN_ID="Developer ID Application: Name (TEAMID)" ... packaging/macos/build-dmg.sh   # signed
set -euo pipefail

root=$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)
: "${QT_DIR:?set QT_DIR to the Qt 6.4+ macOS kit, e.g. ~/Qt/6.4.3/macos}"
: "${KEYCHAIN_DIR:?set KEYCHAIN_DIR to the install prefix of qtkeychain built with that Qt}"
build=${BUILD_DIR:-$root/build/macos}
version=$(sed -n 's/^ *VERSION \([0-9.]*\)$/\1/p' "$root/CMakeLists.txt" | head -1)
app="$build/bin/SajuDesk.app"

cmake -S "$root" -B "$build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSAJUDESK_BUILD_TESTS=OFF \
    -DCMAKE_PREFIX_PATH="$QT_DIR;$KEYCHAIN_DIR" -DCMAKE_OSX_DEPLOYMENT_TARGET=11.0
cmake --build "$build" --parallel

# The bundle is built as bin/sajudesk.app; ship it under the product name, with the CLI inside.
rm -rf "$app"
cp -R "$build/bin/sajudesk.app" "$app"
cp "$build/bin/sajudesk-cli" "$app/Contents/MacOS/sajudesk-cli"

# Qt's Korean and English catalogues (macdeployqt does not copy translations); LanguageManager looks in
# Contents/Resources/translations.
mkdir -p "$app/Contents/Resources/translations"
for lang in ko en; do
    qm="$QT_DIR/translations/qtbase_$lang.qm"
    if [ -f "$qm" ]; then cp "$qm" "$app/Contents/Resources/translations/"; fi
done

sign_args=()
if [ -n "${SIGN_ID:-}" ]; then
    sign_args=(-codesign="$SIGN_ID" -hardened-runtime -timestamp)
fi
"$QT_DIR/bin/macdeployqt" "$app" -executable="$app/Contents/MacOS/sajudesk-cli" \
    -libpath="$KEYCHAIN_DIR/lib" "${sign_args[@]}"

if [ -n "${SIGN_ID:-}" ]; then
    codesign --verify --deep --strict --verbose=2 "$app"
fi

dmg="$build/SajuDesk-$version.dmg"
rm -f "$dmg"
staging="$build/dmg"
rm -rf "$staging"
mkdir -p "$staging"
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "SajuDesk $version" -srcfolder "$staging" -fs HFS+ -format UDZO -ov "$dmg"
if [ -n "${SIGN_ID:-}" ]; then
    codesign --sign "$SIGN_ID" --timestamp "$dmg"
fi
echo "disk image: $dmg"
if [ -n "${NOTARY_PROFILE:-}" ]; then
    # Profile made once with: xcrun notarytool store-credentials <profile> --apple-id … --team-id …
    xcrun notarytool submit "$dmg" --keychain-profile "$NOTARY_PROFILE" --wait
    xcrun stapler staple "$dmg"
fi
