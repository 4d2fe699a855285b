// SPDX-License-Identifier: GPL-3.0-or-later
// Retry-After values (RFC 9110 §10.2.3): delta-seconds or an HTTP-date.
#include "net/ApiErrorParser.h"

#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace sajudesk::ApiErrorParser {

qint64 parseRetryAfter(const QByteArray &value, const QDateTime &nowUtc)
{
    const QByteArray v = value.trimmed();
    if (v.isEmpty() || v.size() > 64)
        return -1;
    // delta-seconds (RFC 9110 §10.2.3). Fractions are not in the RFC but some servers send
    // them and OpenAI's SDK accepts them (float()), so do we.
    // QNetworkReply joins repeated headers with ", " ("5, 5"); for delta-seconds the first
    // value counts. (An HTTP-date has its own comma after the weekday, so only digits qualify.)
    static const QRegularExpression seconds(QStringLiteral("^([0-9]+(\\.[0-9]+)?)(\\s*,.*)?$"));
    const QString text = QString::fromLatin1(v);
    if (const QRegularExpressionMatch m = seconds.match(text); m.hasMatch()) {
        bool ok = false;
        const double s = m.captured(1).toDouble(&ok);
        if (!ok || !std::isfinite(s))
            return MaxRetryAfterMs;
        if (s * 1000.0 >= double(MaxRetryAfterMs))
            return MaxRetryAfterMs;
        return qint64(std::ceil(s * 1000.0));
    }
    // HTTP-date: IMF-fixdate, plus the obsolete RFC 850 and asctime forms the RFC says
    // recipients must accept. The weekday is redundant and dropped (Qt would reject a date whose
    // weekday disagrees, e.g. a two-digit year read as 19xx); "GMT"/"UTC" is the only zone
    // allowed. Parsed with the C locale: month names are English.
    QString date = text.simplified();
    const qsizetype comma = date.indexOf(QLatin1Char(','));
    if (comma >= 0)
        date = date.mid(comma + 1).trimmed(); // "Sun, 06 Nov 1994 …" / "Sunday, 06-Nov-94 …"
    else
        date = date.section(QLatin1Char(' '), 1); // asctime "Sun Nov 6 08:49:37 1994"
    if (date.endsWith(QLatin1String(" GMT")) || date.endsWith(QLatin1String(" UTC")))
        date.chop(4);
    // Date and time are parsed apart: QLocale::toDateTime reads local time, which rejects a
    // wall-clock time that falls in the machine's DST gap although the value is UTC.
    static const QRegularExpression timeOfDay(QStringLiteral("\\b(\\d{1,2}):(\\d{2}):(\\d{2})\\b"));
    const QRegularExpressionMatch tm = timeOfDay.match(date);
    if (!tm.hasMatch())
        return -1;
    const QTime time(tm.captured(1).toInt(), tm.captured(2).toInt(), tm.captured(3).toInt());
    if (!time.isValid())
        return -1;
    const QString datePart = (date.left(tm.capturedStart()) + date.mid(tm.capturedEnd())).simplified();
    static const char *const formats[] = {
        "dd MMM yyyy", // IMF-fixdate
        "dd-MMM-yy",   // RFC 850
        "MMM d yyyy",  // asctime
    };
    const QLocale c = QLocale::c();
    for (const char *format : formats) {
        QDate day = c.toDate(datePart, QLatin1String(format));
        if (!day.isValid())
            continue;
        if (QByteArrayView(format).contains("-yy") && day.year() < 1970) // RFC 850 two-digit years 00..69 are 20xx
            day = day.addYears(100);
        if (!nowUtc.isValid())
            return -1;
        const QDateTime when(day, time, Qt::UTC);
        const qint64 ms = nowUtc.msecsTo(when);
        return ms <= 0 ? 0 : std::min(ms, MaxRetryAfterMs);
    }
    return -1;
}

} // namespace sajudesk::ApiErrorParser
