#!/usr/bin/env bash
# One entry point for developers and CI (see README):
#   packaging/sajudesk.sh run        install missing Debian packages, build (Release), launch the app
#   packaging/sajudesk.sh test       install, build (Debug, -Werror), run the whole test suite
#                                    (not benchmarks, e2e, or the double build: those have their own commands)
#   packaging/sajudesk.sh reproducible  build HEAD twice from two clones and compare the programs (~10 min)
#   packaging/sajudesk.sh sanitize   install, build with ASan+UBSan, run unit, integration and GUI tests
#   packaging/sajudesk.sh format     fail if any C++ file differs from .clang-format
#   packaging/sajudesk.sh e2e        install, build (Debug), run the app under Xvfb with xdotool (tests/e2e);
#                                    --update-docs also refreshes docs/screenshots/main-{ko,en}.png
# Extra arguments after `run` go to the app (e.g. --demo).
set -euo pipefail

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
JOBS="${SAJUDESK_JOBS:-$(nproc)}"

log() { printf '\033[1m==> %s\033[0m\n' "$*" >&2; }

install_deps() {
    local missing=()
    local pkg
    while read -r pkg; do
        [[ -z "$pkg" || "$pkg" == \#* ]] && continue
        if ! dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q 'install ok installed'; then
            missing+=("$pkg")
        fi
    done < <(sed 's/#.*//; s/[[:space:]]*$//' "$ROOT/packaging/debian-packages.txt")
    if ((${#missing[@]} == 0)); then
        return
    fi
    log "Installing Debian packages: ${missing[*]}"
    local sudo=()
    if [[ $(id -u) -ne 0 ]]; then
        command -v sudo >/dev/null || { echo "Need root or sudo to install: ${missing[*]}" >&2; exit 1; }
        sudo=(sudo)
    fi
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get update -qq
    "${sudo[@]}" env DEBIAN_FRONTEND=noninteractive apt-get install -y -qq --no-install-recommends "${missing[@]}"
}

configure_and_build() { # <build dir> <cmake args...>
    local dir="$1"
    shift
    log "Configuring $dir"
    cmake -S "$ROOT" -B "$dir" -G Ninja "$@" >/dev/null
    log "Building $dir"
    cmake --build "$dir" --parallel "$JOBS"
}

run_tests() { # <build dir> [ctest args...]
    local dir="$1"
    shift
    log "Testing $dir"
    ctest --test-dir "$dir" --output-on-failure --parallel "$JOBS" --label-exclude 'bench|e2e|reproducible' "$@"
}

cmd="${1:-}"
[[ $# -gt 0 ]] && shift
case "$cmd" in
run)
    install_deps
    configure_and_build "$ROOT/build/release" -DCMAKE_BUILD_TYPE=Release -DSAJUDESK_BUILD_TESTS=OFF
    if [[ -z "${DISPLAY:-}" && -z "${WAYLAND_DISPLAY:-}" ]]; then
        log "No display found: starting on a virtual X screen (xvfb-run)"
        exec xvfb-run -a "$ROOT/build/release/bin/sajudesk" "$@"
    fi
    exec "$ROOT/build/release/bin/sajudesk" "$@"
    ;;
test)
    install_deps
    configure_and_build "$ROOT/build/debug" -DCMAKE_BUILD_TYPE=Debug -DSAJUDESK_WERROR=ON
    run_tests "$ROOT/build/debug" "$@"
    ;;
reproducible)
    install_deps
    log "Building HEAD twice and comparing (packaging/check-reproducible.sh)"
    "$ROOT/packaging/check-reproducible.sh" "$@"
    ;;
sanitize)
    install_deps
    configure_and_build "$ROOT/build/asan" -DCMAKE_BUILD_TYPE=Debug -DSAJUDESK_WERROR=ON -DSAJUDESK_SANITIZE=ON
    export ASAN_OPTIONS="detect_leaks=1:abort_on_error=1:strict_string_checks=1:detect_stack_use_after_return=1"
    export LSAN_OPTIONS="suppressions=$ROOT/tests/sanitizers/lsan.supp:print_suppressions=0"
    export UBSAN_OPTIONS="print_stacktrace=1:halt_on_error=1:suppressions=$ROOT/tests/sanitizers/ubsan.supp"
    run_tests "$ROOT/build/asan" --label-regex 'unit|integration|gui' "$@"
    ;;
e2e)
    install_deps
    configure_and_build "$ROOT/build/debug" -DCMAKE_BUILD_TYPE=Debug -DSAJUDESK_WERROR=ON
    "$ROOT/tests/e2e/run-e2e.sh" --build "$ROOT/build/debug" "$@"
    ;;
format)
    install_deps
    log "Checking clang-format"
    cd "$ROOT"
    mapfile -t files < <(git ls-files '*.cpp' '*.h' '*.h.in')
    clang-format --dry-run --Werror "${files[@]}"
    log "Format OK (${#files[@]} files)"
    ;;
*)
    sed -n '2,9p' "${BASH_SOURCE[0]}" | sed 's/^# \{0,1\}//' >&2
    exit 2
    ;;
esac
