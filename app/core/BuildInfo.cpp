// SPDX-License-Identifier: GPL-3.0-or-later
#include "core/BuildInfo.h"

#include <QDate>
#include <QLocale>

namespace sajudesk::buildinfo {

QString buildDate()
{
    // __DATE__ is "Mmm dd yyyy" in the C locale, with a space-padded day.
    const QString raw = QString::fromLatin1(__DATE__).simplified();
    const QDate date = QLocale::c().toDate(raw, QStringLiteral("MMM d yyyy"));
    return date.isValid() ? date.toString(Qt::ISODate) : raw;
}

QString versionLine()
{
    return QStringLiteral("%1 %2 (Qt %3, built %4)")
        .arg(QLatin1String(appName), QLatin1String(versionString), QString::fromLatin1(qVersion()), buildDate());
}

} // namespace sajudesk::buildinfo
