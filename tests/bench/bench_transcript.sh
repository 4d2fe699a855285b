#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Transcript benchmark (issue 17, "Speed"), all figures from one run, ratios against baselines
# measured in the same run:
#   open     a 2,000-message conversation (≈2 MB of Markdown, code and a table in every tenth
#            message) is opened and its end shown: open_ms < 500; jumping to the top and back in
#            ten steps each: no frame over 50 ms (the median run's worst frame)
#   stream   the same 20,000-chunk stream from sajudesk-fakeapi (coalesced framing, 100 events per
#            ms, as tests/bench/run.sh gates the CLI) into the pane (bench_transcript: send → answer
#            finished) and through `sajudesk-cli chat > /dev/null` (hyperfine, whole process):
#            pane ≤ 1.5× CLI; the last 1,000 chunks ≤ 1.2× the first 1,000; chunk arrival →
#            painted, median ≤ 50 ms. The same chunks all ready at once: pane ÷ CLI reported.
#
#   tests/bench/bench_transcript.sh [BUILD_DIR]   (a Release build; runs under xvfb-run without a DISPLAY)
# Env: RUNS (5), CHUNKS (20000), BENCH_REPORT_ONLY=1 prints the figures without failing on a miss.
set -euo pipefail

BUILD=${1:-build/release}
BENCH="$BUILD/tests/bench/bench_transcript"
CLI="$BUILD/bin/sajudesk-cli"
FAKE="$BUILD/bin/sajudesk-fakeapi"
RUNS=${RUNS:-5}
CHUNKS=${CHUNKS:-20000}
KEY=runyour-v1-00000000-0000-0000-0000-000000000000-bench

for tool in hyperfine python3 xvfb-run; do
    command -v "$tool" >/dev/null || { echo "bench_transcript: $tool is required" >&2; exit 2; }
done
for exe in "$BENCH" "$CLI" "$FAKE"; do
    [[ -x $exe ]] || { echo "bench_transcript: $exe is missing; build the tree first" >&2; exit 2; }
done
grep -q '^CMAKE_BUILD_TYPE:STRING=Release$' "$BUILD/CMakeCache.txt" 2>/dev/null \
    || echo "bench_transcript: warning: $BUILD is not a Release build; its figures are not comparable" >&2

WORK=$(mktemp -d)
FAKE_PIDS=()
cleanup() {
    for pid in "${FAKE_PIDS[@]}"; do
        kill "$pid" 2>/dev/null || true
        wait "$pid" 2>/dev/null || true
    done
    rm -rf "$WORK"
}
trap cleanup EXIT
export HOME="$WORK/home" XDG_RUNTIME_DIR="$WORK/run" SAJUDESK_RUNYOUR_KEY=$KEY
mkdir -p "$HOME" "$XDG_RUNTIME_DIR" && chmod 700 "$XDG_RUNTIME_DIR"
unset QT_LOGGING_RULES

run_gui() {
    if [[ -n ${DISPLAY:-} ]]; then "$@"; else xvfb-run -a -s "-screen 0 1280x800x24" "$@"; fi
}

# start_fake VAR NAME ARGS…: starts a fake server and sets VAR to its URL. Not in a $(…) subshell,
# which would keep the server's pid from FAKE_PIDS and so from cleanup.
start_fake() {
    local var=$1 name=$2 port=
    shift 2
    "$FAKE" --chat-chunks "$CHUNKS" --stream-framing coalesced "$@" >"$WORK/$name.out" 2>"$WORK/$name.err" &
    FAKE_PIDS+=($!)
    for _ in $(seq 100); do
        port=$(sed -n 's/^port=//p' "$WORK/$name.out")
        [[ -n $port ]] && break
        sleep 0.05
    done
    [[ -n $port ]] || { echo "bench_transcript: sajudesk-fakeapi did not start" >&2; cat "$WORK/$name.err" >&2; exit 2; }
    printf -v "$var" '%s' "http://127.0.0.1:$port/v1"
}
start_fake URL paced --event-delay 1 --events-per-delay 100
start_fake BURST_URL burst

echo "bench_transcript: $RUNS runs each, $CHUNKS chunks, load $(cut -d' ' -f1-3 /proc/loadavg)" >&2
hyperfine --runs "$RUNS" --warmup 1 --export-json "$WORK/cli.json" --style none \
    "$CLI --runyour-url $URL chat bench > /dev/null" >/dev/null
hyperfine --runs "$RUNS" --warmup 1 --export-json "$WORK/cli-burst.json" --style none \
    "$CLI --runyour-url $BURST_URL chat bench > /dev/null" >/dev/null
# The CLI figure includes starting the process; this is how much of it that is.
hyperfine --runs "$RUNS" --warmup 1 --export-json "$WORK/cli-start.json" --style none "$CLI --version > /dev/null" >/dev/null
# Pane runs alternate with nothing else; each prints one JSON line.
for _ in $(seq "$RUNS"); do
    run_gui "$BENCH" --stream "$URL" 2>/dev/null | tail -1 >>"$WORK/stream.jsonl"
    run_gui "$BENCH" --stream "$BURST_URL" 2>/dev/null | tail -1 >>"$WORK/burst.jsonl"
    run_gui "$BENCH" --open 2>/dev/null | tail -1 >>"$WORK/open.jsonl"
done

python3 - "$WORK" "${BENCH_REPORT_ONLY:-0}" <<'EOF'
import json, statistics, sys
work, report_only = sys.argv[1], sys.argv[2] == "1"
cli = json.load(open(work + "/cli.json"))["results"][0]
cli_ms = statistics.median(cli["times"]) * 1000
cli_burst_ms = statistics.median(json.load(open(work + "/cli-burst.json"))["results"][0]["times"]) * 1000
burst = [json.loads(l) for l in open(work + "/burst.jsonl") if l.strip()]
cli_start_ms = statistics.median(json.load(open(work + "/cli-start.json"))["results"][0]["times"]) * 1000
stream = [json.loads(l) for l in open(work + "/stream.jsonl") if l.strip()]
opened = [json.loads(l) for l in open(work + "/open.jsonl") if l.strip()]
med = lambda rows, key: statistics.median(r[key] for r in rows)
pane_ms = med(stream, "stream_ms")
first, last = med(stream, "first_1000_ms"), med(stream, "last_1000_ms")
checks = [
    ("open 2,000 messages, end shown (ms)", med(opened, "open_ms"), "< 500", med(opened, "open_ms") < 500),
    ("worst frame, top and back (ms)", med(opened, "scroll_max_frame_ms"), "<= 50", med(opened, "scroll_max_frame_ms") <= 50),
    ("worst frame, 100 x Page Up (ms)", med(opened, "page_max_frame_ms"), "(report)", True),
    ("reading the file (ms)", med(opened, "load_ms"), "(report)", True),
    ("20,000 chunks: pane (ms)", pane_ms, "(report)", True),
    ("20,000 chunks: sajudesk-cli > /dev/null (ms)", cli_ms, "(report)", True),
    ("pane / CLI", pane_ms / cli_ms, "<= 1.5", pane_ms / cli_ms <= 1.5),
    ("pane / (CLI - its start-up)", pane_ms / max(1.0, cli_ms - cli_start_ms), "(report)", True),
    ("all at once: pane (ms)", med(burst, "stream_ms"), "(report)", True),
    ("all at once: sajudesk-cli (ms)", cli_burst_ms, "(report)", True),
    ("all at once: pane / CLI", med(burst, "stream_ms") / cli_burst_ms, "(report)", True),
    ("pane CPU during the stream (ms)", med(stream, "stream_cpu_ms"), "(report)", True),
    ("last 1,000 / first 1,000 chunks", last / first if first > 0 else 0, "<= 1.2", first > 0 and last / first <= 1.2),
    ("chunk arrival -> visible, median (ms)", med(stream, "chunk_to_visible_ms_median"), "<= 50",
     med(stream, "chunk_to_visible_ms_median") <= 50),
]
failed = False
for name, value, target, ok in checks:
    print("%-46s %10.2f  %-9s %s" % (name, value, target, "ok" if ok else "MISSED"))
    failed = failed or not ok
print("markdown bytes %d, rows laid out after open + scrolling %d of %d, paints while streaming %s" % (
    opened[0]["markdown_bytes"], opened[0]["laid_out_rows"], opened[0]["rows"], [r["paints"] for r in stream]))
sys.exit(1 if failed and not report_only else 0)
EOF
