// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDateTime>
#include <QJsonValue>
#include <QString>

namespace sajudesk::JsonTime {

/// UTC ISO 8601 with milliseconds, as every SajuDesk file stores times; empty for an invalid time.
inline QString write(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

/// The inverse of write(); an invalid QDateTime for anything else.
inline QDateTime read(const QJsonValue &value)
{
    const QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
}

} // namespace sajudesk::JsonTime
