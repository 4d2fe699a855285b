#!/bin/sh
# Builds the libFuzzer targets with clang in build-fuzz/ and runs each one for N seconds
# (default 600) in parallel, growing tests/fuzz/corpus-work/<target> (git-ignored), then merges
# new interesting inputs back into the committed corpus tests/fuzz/corpus/<target>.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]
#
# Env: CC/CXX (default clang-14/clang++-14), BUILD_DIR (default build-fuzz), NICE (default 10).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
seconds=${1:-600}
[ $# -gt 0 ] && shift
targets=${*:-"fuzz_sse_parser fuzz_runyour_error fuzz_saju_error"}
build=${BUILD_DIR:-$root/build-fuzz}
nice_level=${NICE:-10}

CC=${CC:-clang-14} CXX=${CXX:-clang++-14} cmake -S "$root" -B "$build" -G Ninja \
    -DCMAKE_BUILD_TYPE=RelWithDebInfo -DSAJUDESK_FUZZ=ON -DSAJUDESK_BUILD_TESTS=ON -DSAJUDESK_WERROR=OFF >/dev/null
# shellcheck disable=SC2086
cmake --build "$build" --target $targets -j2

export ASAN_OPTIONS=${ASAN_OPTIONS:-detect_leaks=1:abort_on_error=1}
export UBSAN_OPTIONS=${UBSAN_OPTIONS:-print_stacktrace=1:halt_on_error=1}
pids=""
for t in $targets; do
    work="$here/corpus-work/$t"
    mkdir -p "$work" "$here/artifacts/$t"
    (
        nice -n "$nice_level" "$build/tests/fuzz/$t" "$work" "$here/corpus/$t" \
            -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
            -artifact_prefix="$here/artifacts/$t/" -print_final_stats=1 \
            >"$here/corpus-work/$t.log" 2>&1
        echo "$t finished with status $?"
    ) &
    pids="$pids $!"
done
status=0
for p in $pids; do
    wait "$p" || status=1
done
for t in $targets; do
    tail -n 15 "$here/corpus-work/$t.log"
    # Keep only inputs that add coverage to the committed corpus.
    "$build/tests/fuzz/$t" -merge=1 "$here/corpus/$t" "$here/corpus-work/$t" >/dev/null 2>&1 || status=1
done
exit $status
