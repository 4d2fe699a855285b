#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Builds the commit at HEAD twice, from two clones in differently named folders made at different times,
# and compares every program byte for byte (as built, and stripped as in the .deb).
#
#   packaging/check-reproducible.sh [WORK_DIR]     (default: build/reproducible; removed and re-created)
#
# Environment: SOURCE_DATE_EPOCH is unset for the builds unless KEEP_SOURCE_DATE_EPOCH=1, so the date
# comes from the commit (cmake/SajuDeskBuildEpoch.cmake); REPRO_CMAKE_ARGS adds configure options.
# No ccache: each object file is compiled twice. Takes two Release builds (about 10 min on 2 cores).
# Exit status: 0 identical, 1 a difference (listed), 2 a build failed.
set -euo pipefail

src=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
work=${1:-$src/build/reproducible}
commit=$(git -C "$src" rev-parse HEAD)
if [ -n "$(git -C "$src" status --porcelain --untracked-files=no)" ]; then
    echo "note: uncommitted changes are not part of the check (building $commit)"
fi
rm -rf "$work"
mkdir -p "$work"
if [ "${KEEP_SOURCE_DATE_EPOCH:-0}" != 1 ]; then
    unset SOURCE_DATE_EPOCH
fi
export CCACHE_DISABLE=1
read -r -a extra_args <<< "${REPRO_CMAKE_ARGS:-}"

build() { # $1 = folder name
    local tree="$work/$1"
    git clone --quiet --no-checkout --no-hardlinks "$src" "$tree"
    git -C "$tree" checkout --quiet --detach "$commit"
    cmake -S "$tree" -B "$tree/build" -G Ninja -DCMAKE_BUILD_TYPE=Release -DSAJUDESK_BUILD_TESTS=OFF \
        "${extra_args[@]}" > "$work/$1-configure.log" 2>&1 || { cat "$work/$1-configure.log"; exit 2; }
    cmake --build "$tree/build" --parallel "${JOBS:-2}" > "$work/$1-build.log" 2>&1 ||
        { tail -50 "$work/$1-build.log"; exit 2; }
    grep -m1 "Build timestamp" "$work/$1-configure.log" || true
}

start=$(date +%s)
build first-tree
sleep 2 # the second checkout gets other modification times
build second-tree-with-a-longer-name
echo "built twice in $(( $(date +%s) - start )) s"

status=0
compared=0
for a in "$work"/first-tree/build/bin/*; do
    name=$(basename "$a")
    b="$work/second-tree-with-a-longer-name/build/bin/$name"
    compared=$((compared + 1))
    if cmp -s "$a" "$b"; then
        echo "identical: $name $(sha256sum < "$a" | cut -c1-16)"
    else
        echo "DIFFERENT: $name"
        cmp -l "$a" "$b" | head -5 || true
        status=1
    fi
    strip --remove-section=.comment --remove-section=.note -o "$work/$name.a.stripped" "$a"
    strip --remove-section=.comment --remove-section=.note -o "$work/$name.b.stripped" "$b"
    if ! cmp -s "$work/$name.a.stripped" "$work/$name.b.stripped"; then
        echo "DIFFERENT after strip: $name"
        status=1
    fi
done
if [ "$compared" -lt 2 ]; then
    echo "no programs found in $work/first-tree/build/bin"
    exit 2
fi
exit "$status"
