#!/bin/sh
# Builds the libFuzzer targets with clang in build-fuzz/ and runs each one for N seconds
# (default 600) in parallel, growing tests/fuzz/corpus-work/<target> (git-ignored), then
# minimises the committed corpus tests/fuzz/corpus/<target>: the hand-written seeds (readable
# names) are always kept, plus the fewest generated inputs (SHA-1 names) that keep all coverage.
# Crashes land in tests/fuzz/corpus-work/artifacts-<target>/. The fuzzers already run under
# `nice`; do not wrap the script in another one or they get almost no CPU on a busy machine.
#
#   tests/fuzz/run-fuzzers.sh [SECONDS] [TARGET...]     (SECONDS=0: only minimise the corpus)
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
[ "$seconds" -gt 0 ] && for t in $targets; do
    work="$here/corpus-work/$t"
    mkdir -p "$work" "$here/corpus-work/artifacts-$t"
    (
        nice -n "$nice_level" "$build/tests/fuzz/$t" "$work" "$here/corpus/$t" \
            -max_total_time="$seconds" -max_len=65536 -timeout=10 -rss_limit_mb=2048 \
            -artifact_prefix="$here/corpus-work/artifacts-$t/" -print_final_stats=1 \
            >"$here/corpus-work/$t.log" 2>&1 && rc=0 || rc=$?
        echo "$t finished with status $rc"
        exit $rc
    ) &
    pids="$pids $!"
done
status=0
for p in $pids; do
    wait "$p" || status=1
done
for t in $targets; do
    [ -f "$here/corpus-work/$t.log" ] && tail -n 15 "$here/corpus-work/$t.log"
    work="$here/corpus-work/$t"
    fresh="$here/corpus-work/minimised-$t"
    mkdir -p "$work"
    rm -rf "$fresh"
    mkdir -p "$fresh"
    for f in "$here/corpus/$t"/*; do
        # Hand-written seeds have readable names; libFuzzer names its finds by SHA-1.
        basename "$f" | grep -Eqx '[0-9a-f]{40}' || cp "$f" "$fresh/"
    done
    # set_cover_merge keeps about half as many files as -merge=1 for the same features.
    if "$build/tests/fuzz/$t" -set_cover_merge=1 "$fresh" "$here/corpus/$t" "$work" >"$here/corpus-work/$t.merge.log" 2>&1; then
        rm -rf "$here/corpus/$t"
        mv "$fresh" "$here/corpus/$t"
        echo "$t: corpus now $(ls "$here/corpus/$t" | wc -l) files"
    else
        echo "$t: merge failed, corpus left unchanged (see corpus-work/$t.merge.log)"
        status=1
    fi
done
exit $status
