// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/FourPillars.h"

#include <QJsonObject>
#include <QString>
#include <QVector>

// Optional cross-check of the local pillars against the Saju API's POST /api/saju
// (api-contract §2.7). The vendor documents no time-zone, DST, longitude or 子-hour rule and
// takes whole hours only, so differences (mostly the hour, sometimes the day near midnight or
// the month near a jie) are expected and reported, never used to "correct" the local result.
//   QJsonObject body = sajuApiCheckRequest(local, QStringLiteral("female"));
//   ... post body, get reply ...
//   SajuApiComparison c = compareWithSajuApi(local, replyObject);
//   if (!c.matches()) log(c.summary());
namespace sajudesk::saju {

/// Body for POST /api/saju: {year, month, day, hour (civil hour; omitted when unknown), gender,
/// calendarType: "solar"}. Lunar input is sent as its solar civil date (the API's lunar handling
/// is undocumented).
QJsonObject sajuApiCheckRequest(const FourPillars &local, const QString &gender);

struct PillarMismatch
{
    QString pillar; ///< "year", "month", "day" or "hour"
    QString local;  ///< Hanja, "-" for none
    QString remote; ///< Hanja, "-" for none, "?" when unreadable
};

struct SajuApiComparison
{
    bool parsed = false; ///< the response had readable pillars
    QString error;       ///< why not, when !parsed
    QVector<PillarMismatch> mismatches;

    bool matches() const { return parsed && mismatches.isEmpty(); }
    /// One line for logs and the support report: "same pillars" / "hour: local 丁卯, API 丙寅; …".
    QString summary() const;
};

/// Compares a /api/saju response with the local pillars. Accepts the bare SajuResult, the
/// {success, data: {...}} wrapper, or an object with `saju`; per stem/branch it reads `hanja`,
/// then `cn`, then `index`, then `hangul`/`kr`.
SajuApiComparison compareWithSajuApi(const FourPillars &local, const QJsonObject &response);

} // namespace sajudesk::saju
