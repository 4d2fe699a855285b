// SPDX-License-Identifier: GPL-3.0-or-later
// Small helpers shared by the conversation benchmarks: memory from /proc, medians, and running
// one measurement in a fresh child process (so freed heap from an earlier step cannot hide what
// the next one allocates).
#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QList>
#include <QProcess>
#include <QStringList>

#include <algorithm>
#include <cstdio>

namespace sajudesk::bench {

/// A field of /proc/self/status in KiB ("VmRSS", "VmHWM"); -1 when unavailable.
inline qint64 statusKiB(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return -1;
    const QByteArray key = QByteArray(field) + ':';
    const QList<QByteArray> lines = file.readAll().split('\n');
    for (const QByteArray &line : lines) {
        if (line.startsWith(key))
            return line.mid(key.size()).trimmed().split(' ').first().toLongLong();
    }
    return -1;
}

template <typename T>
T median(QList<T> values)
{
    if (values.isEmpty())
        return T();
    std::sort(values.begin(), values.end());
    return values.at(values.size() / 2);
}

/// What a child run reports on its last line: "RESULT <ms> <rss KiB> <peak KiB> <wall ms>".
struct ChildResult
{
    double ms = -1;      ///< measured inside the child, from main() to the end of the step
    qint64 rssKiB = -1;  ///< resident memory at the end, with the loaded data still held
    qint64 peakKiB = -1; ///< VmHWM
    double wallMs = -1;  ///< process start to exit, seen from the parent
};

inline void printResult(double ms)
{
    std::printf("RESULT %.3f %lld %lld\n", ms, statusKiB("VmRSS"), statusKiB("VmHWM"));
    std::fflush(stdout);
}

/// Runs this executable again with `--child <arguments>`.
inline ChildResult runChild(const QStringList &arguments)
{
    QProcess process;
    QElapsedTimer wall;
    wall.start();
    process.start(QCoreApplication::applicationFilePath(), QStringList{QStringLiteral("--child")} + arguments);
    process.waitForFinished(-1);
    ChildResult result;
    result.wallMs = double(wall.nsecsElapsed()) / 1e6;
    const QList<QByteArray> lines = process.readAllStandardOutput().trimmed().split('\n');
    const QList<QByteArray> fields = lines.last().split(' ');
    if (fields.size() == 4 && fields.first() == "RESULT") {
        result.ms = fields.at(1).toDouble();
        result.rssKiB = fields.at(2).toLongLong();
        result.peakKiB = fields.at(3).toLongLong();
    } else {
        std::fprintf(stderr, "child %s failed: %s\n", qPrintable(arguments.join(QLatin1Char(' '))),
                     process.readAllStandardError().constData());
    }
    return result;
}

} // namespace sajudesk::bench
