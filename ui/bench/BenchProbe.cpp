// SPDX-License-Identifier: GPL-3.0-or-later
#include "BenchProbe.h"

#include <QElapsedTimer>
#include <QFile>

#include <cstdio>
#include <cstdlib>

namespace sajudesk::bench {

namespace {
QElapsedTimer &startClock()
{
    static QElapsedTimer clock;
    return clock;
}
} // namespace

void startTiming()
{
    startClock().start();
}

double msSinceStart()
{
    return startClock().isValid() ? double(startClock().nsecsElapsed()) / 1e6 : -1.0;
}

long residentKiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return -1;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmRSS:"))
            return line.mid(6).trimmed().split(' ').value(0).toLong();
    }
    return -1;
}

void printAndExit(const QByteArray &line, int exitCode)
{
    std::fwrite(line.constData(), 1, size_t(line.size()), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
    std::fflush(stderr);
    std::_Exit(exitCode);
}

} // namespace sajudesk::bench
