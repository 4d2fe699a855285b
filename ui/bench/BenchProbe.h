// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>

namespace sajudesk::bench {

/// Milliseconds since the process entered main() (startTiming() must run first).
void startTiming();
double msSinceStart();

/// Resident set size of this process in KiB (VmRSS), or -1.
long residentKiB();

/// Writes `line` plus a newline to stdout and ends the process at once, without running
/// destructors, QSettings or conversation saves: a benchmark run leaves nothing behind, and the
/// app and its baseline pay the same (zero) shutdown cost.
[[noreturn]] void printAndExit(const QByteArray &line, int exitCode = 0);

} // namespace sajudesk::bench
