#!/bin/bash
# SPDX-License-Identifier: GPL-3.0-or-later
# End-to-end run of the real `sajudesk` under Xvfb against `sajudesk-fakeapi`, driven with xdotool
# the way a user would (keyboard only), in Korean and in English. Each step leaves a screenshot:
#   01-chat     a chat answer
#   02-fortune  a daily fortune
#   03-429      the Saju API's 429 with its Retry-After countdown
#   04-401      RunYour AI refusing the key (Problems panel)
#   05-support  Copy for Support (Ctrl+Alt+C); the clipboard is checked with xclip when installed
# The screenshots are for a person to look at; the script fails only when a step cannot be driven
# (no window, a process that dies, a clipboard without the report).
#
# Usage: tests/e2e/run-e2e.sh [--build DIR] [--out DIR] [--languages "ko en"] [--update-docs]
#   --update-docs  also writes docs/screenshots/main-ko.png and main-en.png (the chat step).
# Exit status: 0 all steps ran, 1 a step failed, 77 a required tool is missing (ctest: skipped).
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
source_dir=$(cd "$here/../.." && pwd)
build="$source_dir/build/debug"
out=""
languages="ko en"
update_docs=0
while [ $# -gt 0 ]; do
    case "$1" in
    --build) build=$2; shift 2 ;;
    --out) out=$2; shift 2 ;;
    --languages) languages=$2; shift 2 ;;
    --update-docs) update_docs=1; shift ;;
    --inside) inside=1; shift ;;
    -h | --help) sed -n '3,16p' "$0"; exit 0 ;;
    *) echo "run-e2e.sh: unknown argument $1" >&2; exit 2 ;;
    esac
done
build=$(cd "$build" && pwd)
out=${out:-$build/e2e}
mkdir -p "$out"
out=$(cd "$out" && pwd)

for tool in Xvfb xvfb-run xdotool import; do
    if ! command -v "$tool" >/dev/null; then
        echo "SKIP: $tool is not installed (packaging/debian-packages.txt lists it)"
        exit 77
    fi
done
for bin in sajudesk sajudesk-fakeapi; do
    [ -x "$build/bin/$bin" ] || { echo "run-e2e.sh: $build/bin/$bin is missing; build it first" >&2; exit 1; }
done

# Everything below runs on a private X server of the screenshots' size.
if [ -z "${inside:-}" ]; then
    args=(--inside --build "$build" --out "$out" --languages "$languages")
    [ "$update_docs" = 1 ] && args+=(--update-docs)
    exec xvfb-run -a -s "-screen 0 1280x800x24" "$0" "${args[@]}"
fi

runyour_key=runyour-v1-11111111-2222-4333-8444-555555555555-e2ekey
wrong_key=runyour-v1-99999999-2222-4333-8444-555555555555-revoked
saju_key=bs_test_e2e_0123456789abcdef
failures=0
pids=()

cleanup() {
    for pid in "${pids[@]}"; do
        kill "$pid" 2>/dev/null || true
    done
}
trap cleanup EXIT

step() { echo "== $*"; }
fail() {
    echo "FAIL: $*" >&2
    failures=$((failures + 1))
}
shot() { # name
    sleep 0.5
    import -window root "$out/$1.png"
    echo "   screenshot $out/$1.png"
}

start_fakeapi() { # options… ; sets $port
    local log
    log=$(mktemp)
    "$build/bin/sajudesk-fakeapi" "$@" >"$log" 2>&1 &
    pids+=("$!")
    fake_pid=$!
    for _ in $(seq 50); do
        port=$(sed -n 's/^port=//p' "$log")
        [ -n "$port" ] && return 0
        sleep 0.1
    done
    fail "sajudesk-fakeapi did not start: $(cat "$log")"
    return 1
}

start_app() { # language runyour-key ; sets $app_pid $window
    local home
    home=$(mktemp -d)
    env -u XDG_DATA_HOME -u XDG_CONFIG_HOME HOME="$home" QT_QPA_PLATFORM=xcb \
        DBUS_SESSION_BUS_ADDRESS=unix:path=/nonexistent \
        SAJUDESK_RUNYOUR_KEY="$2" SAJUDESK_SAJU_KEY="$saju_key" \
        "$build/bin/sajudesk" --runyour-url "http://127.0.0.1:$port/v1" --saju-url "http://127.0.0.1:$port" \
        --language "$1" --window-size 1280x800 --verbose >"$out/app-$1-$3.log" 2>&1 &
    app_pid=$!
    pids+=("$app_pid")
    window=$(timeout 20 xdotool search --sync --onlyvisible --class sajudesk | head -n 1) || true
    if [ -z "$window" ]; then
        fail "no sajudesk window ($1)"
        return 1
    fi
    xdotool windowmove "$window" 0 0 windowactivate --sync "$window" 2>/dev/null ||
        xdotool windowfocus --sync "$window"
    sleep 2 # the model list and the keys load after the first frame
}

stop_app() {
    xdotool key --clearmodifiers ctrl+q || true
    for _ in $(seq 30); do
        kill -0 "$app_pid" 2>/dev/null || break
        sleep 0.2
    done
    kill "$app_pid" 2>/dev/null || true
    wait "$app_pid" 2>/dev/null || true
}

key() { xdotool key --clearmodifiers --delay 60 "$@"; }
# The app's --verbose log shows each answer ("<- POST … status 429 …"): proof the step reached the server.
expect_log() { # log pattern what
    if grep -Eq "$2" "$1"; then
        echo "   ok: $3"
    else
        fail "$3: no '$2' in $1"
    fi
}
type_text() { xdotool type --clearmodifiers --delay 20 "$1"; }

for lang in $languages; do
    if [ "$lang" = ko ]; then
        prompt="일간이 뭔가요? 짧게 설명해 주세요."
        name="이서준"
    else
        prompt="What is the day master? Please keep it short."
        name="Alex Kim"
    fi

    step "$lang: chat, fortune, 429"
    # One Saju API request per minute: the fortune gets through, the next request gets a 429.
    start_fakeapi --saju-rate-limit 1 || continue
    if start_app "$lang" "$runyour_key" main; then
        key ctrl+n
        type_text "$prompt"
        key Return
        sleep 4
        shot "01-chat-$lang"
        expect_log "$out/app-$lang-main.log" "chat/completions status 200" "chat answer"

        # Saju tab by keyboard: Ctrl+2, Ctrl+L (chat model), then Tab along the path the keyboard test
        # checks: fortune model, reload, tab bar, form, profiles, name.
        # The fake server counts Saju requests per clock minute: fortune and 429 must share one.
        while [ "$(date +%-S)" -gt 35 ]; do sleep 1; done
        key ctrl+2
        sleep 1
        key ctrl+l Tab Tab Tab Tab Tab Tab
        type_text "$name"
        key Tab Tab Tab # gender, calendar, date
        type_text "1992-08-26"
        key Tab # time
        type_text "0540"
        key alt+g
        sleep 5
        shot "02-fortune-$lang"
        expect_log "$out/app-$lang-main.log" "fortune[^ ]* status 200" "fortune"

        # Another request (fortune only) within the minute: 429, the app counts down to its retry.
        key alt+o alt+g
        sleep 3
        shot "03-429-$lang"
        expect_log "$out/app-$lang-main.log" "status 429" "429 with a countdown"
        stop_app
    fi
    kill "$fake_pid" 2>/dev/null || true

    step "$lang: 401 and Copy for Support"
    start_fakeapi --runyour-key "$runyour_key" || continue
    if start_app "$lang" "$wrong_key" wrongkey; then
        key ctrl+n
        type_text "$prompt"
        key Return
        sleep 3
        shot "04-401-$lang"
        expect_log "$out/app-$lang-wrongkey.log" "status 401" "401"
        if command -v xclip >/dev/null; then
            printf 'before' | xclip -selection clipboard
        fi
        key ctrl+alt+c
        sleep 1
        shot "05-support-$lang"
        if command -v xclip >/dev/null; then
            report=$(timeout 5 xclip -o -selection clipboard || true)
            if grep -q "401" <<<"$report" && ! grep -q "$wrong_key" <<<"$report"; then
                echo "   clipboard: support report with HTTP 401 and without the key"
            else
                fail "clipboard does not hold the support report ($lang): ${report:0:200}"
            fi
        else
            echo "   clipboard not checked: xclip is not installed"
        fi
        stop_app
    fi
    kill "$fake_pid" 2>/dev/null || true

    if [ "$update_docs" = 1 ] && [ -f "$out/01-chat-$lang.png" ]; then
        mkdir -p "$source_dir/docs/screenshots"
        convert "$out/01-chat-$lang.png" -strip -define png:compression-level=9 \
            "$source_dir/docs/screenshots/main-$lang.png"
        echo "   updated docs/screenshots/main-$lang.png"
    fi
done

echo "screenshots in $out"
[ "$failures" = 0 ] || exit 1
