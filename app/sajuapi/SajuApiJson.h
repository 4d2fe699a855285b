// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"
#include "sajuapi/FortuneResult.h"

#include <QByteArray>
#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QString>
#include <QStringList>

#include <optional>

namespace sajudesk {

/// What a daily fortune request sends (§2.5).
struct FortuneParams
{
    QJsonObject saju; ///< the engine's `saju` object: {pillars:{year,month,day,hour|null}, dayMaster?}
    QString userName;
    QString model = QStringLiteral("haiku"); ///< haiku | sonnet | gpt4o
    QDate date;                              ///< invalid → today in Asia/Seoul
    bool fortuneOnly = false;                ///< sends type:"fortune_only"
};

/// Input of POST /api/saju (§2.7).
struct SajuCalcParams
{
    int year = 0;
    int month = 0;
    int day = 0;
    int hour = -1;                           ///< -1: unknown, omitted
    QString gender = QStringLiteral("male"); ///< male | female
    QString calendarType = QStringLiteral("solar");
};

/// Pure request building and response parsing for the Saju API (§2 of the API contract).
namespace SajuApiJson {

inline constexpr char DefaultBaseUrl[] = "https://api.sajuapi.dev";
inline constexpr int MaxUserNameChars = 100;

QStringList knownModels(); ///< haiku, sonnet, gpt4o

/// Calendar date in Asia/Seoul for the instant `utc`. Korea has kept UTC+9 without DST since
/// 1988, so a fixed offset is exact for every date the app sends and needs no tz database.
QDate seoulDate(const QDateTime &utc);
/// seoulDate() of now.
QDate seoulToday();

/// Local checks before any request (kind Input): known model, non-empty name of sane length,
/// saju with pillars.year/month/day objects, valid date. Default ApiError when fine.
ApiError validate(const FortuneParams &params, const QString &endpoint);

/// Body for both fortune endpoints; `date` always sent (YYYY-MM-DD, Seoul today if unset).
QByteArray buildFortuneBody(const FortuneParams &params);

/// {success,data,meta} (or a bare data object) → result (other `data` keys in extras);
/// nullopt when it is not a JSON object or holds no section.
std::optional<FortuneResult> parseFortuneResponse(const QByteArray &body, QString *error = nullptr);

QByteArray buildSajuCalcBody(const SajuCalcParams &params);
/// /api/saju reply, bare or wrapped, normalised to the fortune input shape: per pillar
/// stem/branch {hangul, hanja (from `cn`), …other fields kept}; `hour` null when absent.
std::optional<QJsonObject> parseSajuCalcResponse(const QByteArray &body, QString *error = nullptr);

} // namespace SajuApiJson

} // namespace sajudesk
