// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"

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

/// `meta` of a successful reply; numbers are -1 when absent.
struct FortuneMeta
{
    QString requestId;
    QString model;
    bool cached = false;
    double cost = -1;
    double latencyMs = -1;
    QJsonObject raw;
};

/// A daily fortune, from the JSON endpoint or assembled from a stream. Each section keeps the
/// server's object as-is (unknown fields included); `data` is the whole `data` object.
struct FortuneResult
{
    QJsonObject character;
    QJsonObject tendency; ///< `tendency`, or v1 `investmentTendency`
    QJsonObject fortune;  ///< `fortune`, or v1 `todayFortune`
    QJsonObject data;
    FortuneMeta meta;
    QString narrative; ///< stream format B text chunks, joined
    bool complete = false;

    /// Sections present, in display order ("character", "tendency", "fortune").
    QStringList sections() const;
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

/// {success,data,meta} (or a bare data object) → result; nullopt when not a JSON object.
std::optional<FortuneResult> parseFortuneResponse(const QByteArray &body, QString *error = nullptr);
FortuneMeta parseMeta(const QJsonObject &meta);

/// Canonical section name for a key/event name ("investmentTendency" → "tendency",
/// "todayFortune" → "fortune"); empty when it is not a section.
QString sectionName(const QString &key);

QByteArray buildSajuCalcBody(const SajuCalcParams &params);
/// /api/saju reply, bare or wrapped, normalised to the fortune input shape: per pillar
/// stem/branch {hangul, hanja (from `cn`), …other fields kept}; `hour` null when absent.
std::optional<QJsonObject> parseSajuCalcResponse(const QByteArray &body, QString *error = nullptr);

} // namespace SajuApiJson

/// Interprets the events of /api/daily-fortune-stream in any of the documented formats
/// (A: named character/tendency/fortune/complete/error events; B: anonymous {"chunk"} …
/// {"done":true,…}; v1: start/partial/complete then [DONE]). Pure; feed events in order.
class FortuneStreamAssembler
{
public:
    struct Step
    {
        enum class Type {
            None,      ///< nothing to report (keep-alive, start, unknown event)
            Section,   ///< `section` received/updated: `object`
            Narrative, ///< text chunk in `text`
            Complete,  ///< stream finished normally
            Error,     ///< error payload in `object`
            Malformed, ///< unparsable data; ignored but counted
        };
        Type type = Type::None;
        QString section;
        QJsonObject object;
        QString text;
    };

    /// Returns what the event means; a single event may yield several steps (e.g. format B
    /// `done` carrying sections, then Complete).
    QList<Step> add(const QString &eventName, const QString &data);

    const FortuneResult &result() const { return m_result; }
    bool isComplete() const { return m_result.complete; }
    bool deliveredContent() const { return m_delivered; }

private:
    void mergeSection(const QString &name, const QJsonObject &obj, QList<Step> &out);
    void takeSectionsFrom(const QJsonObject &obj, QList<Step> &out);

    FortuneResult m_result;
    bool m_delivered = false;
};

} // namespace sajudesk
