// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/BuildInfo.h"

#include <QDateTime>

#ifndef SAJUDESK_BUILD_EPOCH
#error "SAJUDESK_BUILD_EPOCH is set by app/core/CMakeLists.txt"
#endif
#if !defined(SAJUDESK_GIT_COMMIT) || !defined(SAJUDESK_QTKEYCHAIN_VERSION)
#error "SAJUDESK_GIT_COMMIT and SAJUDESK_QTKEYCHAIN_VERSION are set by app/core/CMakeLists.txt"
#endif

namespace sajudesk::buildinfo {

qint64 buildEpoch()
{
    return qint64(SAJUDESK_BUILD_EPOCH);
}

QString buildDate()
{
    return QDateTime::fromSecsSinceEpoch(buildEpoch(), Qt::UTC).date().toString(Qt::ISODate);
}

QString versionLine()
{
    return QStringLiteral("%1 %2 (Qt %3, built %4)")
        .arg(QLatin1String(appName), QLatin1String(versionString), QString::fromLatin1(qVersion()), buildDate());
}

QString gitCommit()
{
    return QStringLiteral(SAJUDESK_GIT_COMMIT);
}

QString qtKeychainVersion()
{
    return QStringLiteral(SAJUDESK_QTKEYCHAIN_VERSION);
}

} // namespace sajudesk::buildinfo
