#!/usr/bin/env bash
# SPDX-License-Identifier: GPL-3.0-or-later
# Streaming benchmark (issues 5 and 6, "Speed"): the same 20,000-chunk chat stream from
# sajudesk-fakeapi, read by `sajudesk-cli chat > /dev/null` and by `curl -N > /dev/null`,
# measured in ONE run with hyperfine (time ratio, target <= 1.2x curl) and /usr/bin/time -v
# (max RSS at 2,000 / 20,000 / 200,000 chunks, target: spread <= 5 MB, i.e. memory is flat).
#
#   tests/bench/bench_stream.sh [BIN_DIR]      (BIN_DIR defaults to build/bin)
# Env: CHUNKS (20000), RUNS (10), MAX_RATIO (1.2), MAX_RSS_SPREAD_KB (5120),
#      BENCH_REPORT_ONLY=1 prints the figures without failing on a missed target.
set -euo pipefail

BIN_DIR=${1:-build/bin}
CLI="$BIN_DIR/sajudesk-cli"
FAKE="$BIN_DIR/sajudesk-fakeapi"
CHUNKS=${CHUNKS:-20000}
RUNS=${RUNS:-10}
MAX_RATIO=${MAX_RATIO:-1.2}
MAX_RSS_SPREAD_KB=${MAX_RSS_SPREAD_KB:-5120}
KEY=runyour-v1-00000000-0000-0000-0000-000000000000-bench
BODY='{"model":"openai/gpt-5.2","messages":[{"role":"user","content":"bench"}],"stream":true,"stream_options":{"include_usage":true}}'

for tool in hyperfine curl /usr/bin/time python3; do
    command -v "$tool" >/dev/null || { echo "bench_stream: $tool is required" >&2; exit 2; }
done
[[ -x $CLI && -x $FAKE ]] || { echo "bench_stream: build sajudesk-cli and sajudesk-fakeapi first ($BIN_DIR)" >&2; exit 2; }

WORK=$(mktemp -d)
FAKE_PID=
stop_fake() {
    if [[ -n $FAKE_PID ]]; then
        kill "$FAKE_PID" 2>/dev/null || true
        wait "$FAKE_PID" 2>/dev/null || true
        FAKE_PID=
    fi
}
trap 'stop_fake; rm -rf "$WORK"' EXIT

# Starts the fake server with N chunks per answer; sets PORT.
start_fake() {
    stop_fake
    "$FAKE" --chat-chunks "$1" >"$WORK/fake.out" 2>"$WORK/fake.err" &
    FAKE_PID=$!
    for _ in $(seq 100); do
        PORT=$(sed -n 's/^port=//p' "$WORK/fake.out")
        [[ -n $PORT ]] && return 0
        sleep 0.05
    done
    echo "bench_stream: sajudesk-fakeapi did not start" >&2
    cat "$WORK/fake.err" >&2
    exit 2
}

export SAJUDESK_RUNYOUR_KEY=$KEY
unset QT_LOGGING_RULES

start_fake "$CHUNKS"
URL="http://127.0.0.1:$PORT/v1"
CURL_CMD="curl -sS -N -X POST -H 'Authorization: Bearer $KEY' -H 'Content-Type: application/json' -H 'Accept: text/event-stream' --data '$BODY' $URL/chat/completions > /dev/null"
CLI_CMD="$CLI chat --runyour-url $URL bench > /dev/null"

# Sanity: both really read the whole stream.
got=$("$CLI" chat --runyour-url "$URL" bench | wc -c)
[[ $got -gt $CHUNKS ]] || { echo "bench_stream: the CLI printed only $got bytes" >&2; exit 1; }

hyperfine --style basic --warmup 2 --runs "$RUNS" --export-json "$WORK/hf.json" \
    -n curl "$CURL_CMD" -n sajudesk-cli "$CLI_CMD"

RATIO=$(python3 - "$WORK/hf.json" <<'PY'
import json, sys
r = {x["command"]: x for x in json.load(open(sys.argv[1]))["results"]}
print("%.3f %.4f %.4f %.4f %.4f" % (r["sajudesk-cli"]["mean"] / r["curl"]["mean"], r["curl"]["mean"],
      r["curl"]["stddev"] or 0, r["sajudesk-cli"]["mean"], r["sajudesk-cli"]["stddev"] or 0))
PY
)
read -r ratio curl_mean curl_sd cli_mean cli_sd <<<"$RATIO"

declare -A RSS
for n in 2000 "$CHUNKS" 200000; do
    start_fake "$n"
    /usr/bin/time -v "$CLI" chat --runyour-url "http://127.0.0.1:$PORT/v1" bench >/dev/null 2>"$WORK/time.$n"
    RSS[$n]=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$WORK/time.$n")
done
stop_fake
min=${RSS[2000]}; max=${RSS[2000]}
for n in "${!RSS[@]}"; do
    (( RSS[$n] < min )) && min=${RSS[$n]}
    (( RSS[$n] > max )) && max=${RSS[$n]}
done
spread=$(( max - min ))

echo
echo "== bench_stream: $CHUNKS chunks, $RUNS runs, one machine, one run =="
printf 'curl -N          : %.1f ms ± %.1f\n' "$(python3 -c "print($curl_mean*1000)")" "$(python3 -c "print($curl_sd*1000)")"
printf 'sajudesk-cli chat: %.1f ms ± %.1f\n' "$(python3 -c "print($cli_mean*1000)")" "$(python3 -c "print($cli_sd*1000)")"
echo "ratio cli/curl   : $ratio (target <= $MAX_RATIO)"
echo "max RSS (KB)     : 2000 chunks ${RSS[2000]}, $CHUNKS chunks ${RSS[$CHUNKS]}, 200000 chunks ${RSS[200000]}; spread $spread KB (target <= $MAX_RSS_SPREAD_KB)"

status=0
python3 -c "import sys; sys.exit(0 if $ratio <= $MAX_RATIO else 1)" || { echo "MISSED: time ratio"; status=1; }
(( spread <= MAX_RSS_SPREAD_KB )) || { echo "MISSED: memory is not flat"; status=1; }
[[ ${BENCH_REPORT_ONLY:-0} == 1 ]] && status=0
exit $status
