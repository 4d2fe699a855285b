// SPDX-License-Identifier: GPL-3.0-or-later
// Raw-header and error-body builders shared by tst_apierror_http and tst_apierror_transport.
#pragma once

#include "net/ApiErrorParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <ctime>

namespace sajudesk::test {

inline const QDateTime kNow(QDate(2026, 5, 2), QTime(8, 15, 30), Qt::UTC);

/// "Name: value" lines separated by '\n' → raw header pairs.
inline RawHeaderList headersFrom(const QByteArray &text)
{
    RawHeaderList list;
    const QList<QByteArray> lines = text.split('\n');
    for (const QByteArray &line : lines) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            list.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed()});
    }
    return list;
}

inline QByteArray sajuError(const char *code, const char *message, const char *extra = "")
{
    return QByteArray("{\"success\":false,\"error\":{\"code\":\"") + code + "\",\"message\":\"" + message + "\"" + extra
           + "},\"meta\":{\"requestId\":\"req_t1\"}}";
}

inline QByteArray nest(int status, const char *message)
{
    return QByteArray("{\"statusCode\":") + QByteArray::number(status)
           + ",\"timestamp\":\"2026-05-02T08:15:30.120Z\",\"path\":\"/v1/chat/completions\",\"message\":\"" + message
           + "\"}";
}

} // namespace sajudesk::test
