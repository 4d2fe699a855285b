#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Benchmarks of issue 15 in one run: start-up, idle memory, streaming (CLI vs curl, pane vs CLI),
# opening a long conversation, search, the pillar engine and `pillars --json`, each against its
# baseline measured in the same run (an empty QMainWindow built in this tree, curl -N, the CLI).
# Prints one table and writes BUILD_DIR/bench-results.json; exits 1 when a target is missed.
#
#   tests/bench/run.sh BUILD_DIR        (a Release build: cmake -B build/release -DCMAKE_BUILD_TYPE=Release)
# Env: BENCH_SCALE=0.5 (fewer runs), BENCH_ONLY=startup,memory,stream,pane,history,search,engine,pillars,
#      BENCH_REPORT_ONLY=1 (exit 0 on a miss). Needs what packaging/debian-packages.txt installs.
# Everything runs in a temporary HOME on a private D-Bus session with an unlocked gnome-keyring,
# on its own Xvfb screen; the generated data (a 2,000-message conversation, 1,000 conversations of
# 50 messages) lives there and is removed at the end.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
build=${1:-}
if [[ -z $build || ! -d $build ]]; then
    echo "usage: $0 BUILD_DIR   (a Release build directory)" >&2
    exit 2
fi
build=$(cd "$build" && pwd)
for exe in bin/sajudesk bin/sajudesk-cli bin/sajudesk-fakeapi bin/bench_empty_window tests/saju/bench_saju; do
    [[ -x $build/$exe ]] || { echo "run.sh: $build/$exe is missing: build the whole tree first" >&2; exit 2; }
done
for tool in python3 curl xvfb-run dbus-run-session gnome-keyring-daemon; do
    command -v "$tool" >/dev/null || { echo "run.sh: $tool is required (packaging/debian-packages.txt)" >&2; exit 2; }
done
if ! grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$build/CMakeCache.txt" 2>/dev/null; then
    echo "run.sh: warning: $build is not a Release build; its figures are not comparable with the targets" >&2
fi

# with-keyring.sh makes the temporary HOME (and removes it), the bus and the keyring; xvfb-run the screen.
exec "$here/../keys/with-keyring.sh" \
    xvfb-run -a -s "-screen 0 1280x800x24 -nolisten tcp" python3 "$here/bench.py" "$build"
