#!/bin/sh
# SPDX-License-Identifier: GPL-3.0-or-later
# Runs a command on a private D-Bus session bus inside a throwaway HOME, so keychain tests never
# touch the developer's real keyring (TOOLCHAIN.md §5).
#   with-keyring.sh <command> [args...]               unlocked, password-less gnome-keyring
#   with-keyring.sh --no-secrets <command> [args...]  a bus on which nothing provides
#                                                     org.freedesktop.secrets
# Exit status is the command's. SAJUDESK_KEYRING_WRAPPER tells tests which mode they run in.
set -u

mode=keyring
if [ "${1:-}" = "--no-secrets" ]; then
    mode=no-secrets
    shift
fi
if [ $# -eq 0 ]; then
    echo "usage: $0 [--no-secrets] command [args...]" >&2
    exit 2
fi

root=$(mktemp -d "${TMPDIR:-/tmp}/sajudesk-keyring.XXXXXX") || exit 1
chmod 700 "$root"
cleanup() { rm -rf "$root"; }
trap cleanup EXIT
trap 'exit 130' INT
trap 'exit 143' TERM HUP

mkdir -p "$root/home" "$root/share" "$root/runtime" "$root/config" "$root/cache"
chmod 700 "$root/home" "$root/share" "$root/runtime" "$root/config" "$root/cache"
export HOME="$root/home" XDG_DATA_HOME="$root/share" XDG_RUNTIME_DIR="$root/runtime" \
    XDG_CONFIG_HOME="$root/config" XDG_CACHE_HOME="$root/cache" SAJUDESK_KEYRING_WRAPPER="$mode"
# Without a display nothing may autolaunch a second bus or a graphical prompter.
unset DISPLAY WAYLAND_DISPLAY DBUS_SESSION_BUS_ADDRESS

if [ "$mode" = no-secrets ]; then
    # A session bus without the standard service directories: no keyring can be activated.
    conf="$root/session.conf"
    cat > "$conf" <<CONF
<!DOCTYPE busconfig PUBLIC "-//freedesktop//DTD D-Bus Bus Configuration 1.0//EN"
 "http://www.freedesktop.org/standards/dbus/1.0/busconfig.dtd">
<busconfig>
  <type>session</type>
  <listen>unix:dir=$root/runtime</listen>
  <auth>EXTERNAL</auth>
  <policy context="default">
    <allow send_destination="*" eavesdrop="true"/>
    <allow eavesdrop="true"/>
    <allow own="*"/>
  </policy>
</busconfig>
CONF
    dbus-run-session --config-file="$conf" -- "$@"
    status=$?
else
    # The daemon usually leaves with the bus, but not always (e.g. when the command fails at once):
    # ask the bus which process owns the secrets name and end exactly that one.
    dbus-run-session -- sh -c '
        printf "\n" | gnome-keyring-daemon --unlock --components=secrets >/dev/null
        owner() {
            dbus-send --session --print-reply --dest=org.freedesktop.DBus /org/freedesktop/DBus \
                org.freedesktop.DBus.GetConnectionUnixProcessID string:org.freedesktop.secrets 2>/dev/null |
                awk "/uint32/ { print \$2 }"
        }
        # The forked daemon claims its bus name a moment later; wait (up to ~5 s) so the command
        # does not race it and so we know which process to end afterwards.
        i=0
        while [ -z "$(owner)" ] && [ $i -lt 50 ]; do sleep 0.1; i=$((i + 1)); done
        "$@"
        rc=$?
        pid=$(owner)
        [ -n "$pid" ] && kill "$pid" 2>/dev/null
        exit $rc' sh "$@"
    status=$?
fi
exit $status
