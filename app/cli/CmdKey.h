// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>

namespace sajudesk::cli {

/// `sajudesk-cli key set|status|remove`: API keys in the OS keychain.
///
///   key set runyour|saju [--force]   reads the key from stdin: typed without echo on a terminal,
///                                    or piped. Never from an argument (refused: it would land in
///                                    shell history and `ps`). --force accepts a RunYour key
///                                    without the runyour-v1- prefix after the warning.
///   key status [--json]              both services: source, masked tail, keychain availability.
///   key remove runyour|saju
///
/// Exit codes: 0 ok; 2 usage or an invalid key; 4 the keychain (Secret Service over D-Bus) could
/// not be reached or refused — like a network failure, a local service was unreachable, and the
/// key was NOT saved or removed. `status` reports an unavailable keychain and still exits 0.
/// SAJUDESK_RUNYOUR_KEY / SAJUDESK_SAJU_KEY override stored keys; status shows them as such.
int runKey(const QStringList &args);

} // namespace sajudesk::cli
