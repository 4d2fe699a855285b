// SPDX-License-Identifier: GPL-3.0-or-later
#include "sajuapi/SajuApiJson.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>

namespace sajudesk {

namespace {

ApiError inputError(const QString &endpoint, const char *code, const QString &message, const QString &field)
{
    return ApiError::local(ApiError::Service::Saju, endpoint, code, message, field);
}

/// Converts an /api/saju stem or branch ({kr|hangul, cn, …}) to the fortune input shape.
QJsonObject normalisePart(const QJsonObject &in)
{
    QJsonObject out = in;
    if (!out.contains(QLatin1String("hangul")) && in.contains(QLatin1String("kr")))
        out.insert(QStringLiteral("hangul"), in.value(QLatin1String("kr")));
    if (!out.contains(QLatin1String("hanja")) && in.contains(QLatin1String("cn")))
        out.insert(QStringLiteral("hanja"), in.value(QLatin1String("cn")));
    out.remove(QStringLiteral("kr"));
    out.remove(QStringLiteral("cn"));
    return out;
}

} // namespace

namespace SajuApiJson {

QStringList knownModels()
{
    return {QStringLiteral("haiku"), QStringLiteral("sonnet"), QStringLiteral("gpt4o")};
}

QDate seoulDate(const QDateTime &utc)
{
    return utc.toUTC().addSecs(9 * 3600).date();
}

QDate seoulToday()
{
    return seoulDate(QDateTime::currentDateTimeUtc());
}

ApiError validate(const FortuneParams &params, const QString &endpoint)
{
    if (!knownModels().contains(params.model))
        return inputError(endpoint, "invalid_model",
                          QCoreApplication::translate("SajuApi", "Unknown fortune model \"%1\". Use haiku, sonnet "
                                                                 "or gpt4o.")
                              .arg(params.model.left(100)),
                          QStringLiteral("model"));
    const QString name = params.userName.trimmed();
    if (name.isEmpty())
        return inputError(endpoint, ApiErrorCode::InvalidInput,
                          QCoreApplication::translate("SajuApi", "Enter a name for the fortune."),
                          QStringLiteral("userName"));
    if (name.size() > MaxUserNameChars)
        return inputError(endpoint, ApiErrorCode::InvalidInput,
                          QCoreApplication::translate("SajuApi", "The name is too long (at most %1 characters).")
                              .arg(MaxUserNameChars),
                          QStringLiteral("userName"));
    const QJsonObject pillars = params.saju.value(QLatin1String("pillars")).toObject();
    for (const char *p : {"year", "month", "day"}) {
        if (!pillars.value(QLatin1String(p)).isObject())
            return inputError(endpoint, ApiErrorCode::InvalidInput,
                              QCoreApplication::translate("SajuApi", "The four pillars are incomplete; calculate "
                                                                     "them from a birth date first."),
                              QStringLiteral("saju.pillars.") + QLatin1String(p));
    }
    if (!params.date.isNull() && !params.date.isValid())
        return inputError(endpoint, "invalid_date",
                          QCoreApplication::translate("SajuApi", "The fortune date is not a valid date."),
                          QStringLiteral("date"));
    return {};
}

QByteArray buildFortuneBody(const FortuneParams &params)
{
    QJsonObject body;
    body.insert(QStringLiteral("saju"), params.saju);
    body.insert(QStringLiteral("userName"), params.userName.trimmed());
    body.insert(QStringLiteral("model"), params.model);
    const QDate date = params.date.isValid() ? params.date : seoulToday();
    body.insert(QStringLiteral("date"), date.toString(Qt::ISODate));
    if (params.fortuneOnly)
        body.insert(QStringLiteral("type"), QStringLiteral("fortune_only"));
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<FortuneResult> parseFortuneResponse(const QByteArray &body, QString *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    if (!doc.isObject()) {
        if (error)
            *error = QStringLiteral("fortune reply is not a JSON object");
        return std::nullopt;
    }
    const QJsonObject root = doc.object();
    const bool bare = !root.value(QLatin1String("data")).isObject();
    const QJsonObject data = bare ? root : root.value(QLatin1String("data")).toObject();
    FortuneResult r;
    // A bare reply is the data object itself, beside which the envelope keys may still appear.
    r.mergeData(data, bare ? QSet<QString>{QStringLiteral("success"), QStringLiteral("meta")} : QSet<QString>{});
    if (r.sections().isEmpty()) {
        if (error)
            *error = QStringLiteral("fortune reply has no character, tendency or fortune section");
        return std::nullopt;
    }
    r.meta = FortuneMeta::fromJson(root.value(QLatin1String("meta")).toObject());
    r.complete = true;
    return r;
}

QByteArray buildSajuCalcBody(const SajuCalcParams &params)
{
    QJsonObject body{{QStringLiteral("year"), params.year},
                     {QStringLiteral("month"), params.month},
                     {QStringLiteral("day"), params.day},
                     {QStringLiteral("gender"), params.gender}};
    if (params.hour >= 0)
        body.insert(QStringLiteral("hour"), params.hour);
    if (!params.calendarType.isEmpty())
        body.insert(QStringLiteral("calendarType"), params.calendarType);
    return QJsonDocument(body).toJson(QJsonDocument::Compact);
}

std::optional<QJsonObject> parseSajuCalcResponse(const QByteArray &body, QString *error)
{
    const QJsonDocument doc = QJsonDocument::fromJson(body);
    QJsonObject root = doc.object();
    if (root.value(QLatin1String("data")).isObject() && !root.contains(QLatin1String("pillars")))
        root = root.value(QLatin1String("data")).toObject();
    const QJsonObject pillars = root.value(QLatin1String("pillars")).toObject();
    if (!doc.isObject() || pillars.isEmpty()) {
        if (error)
            *error = QStringLiteral("saju reply has no \"pillars\" object");
        return std::nullopt;
    }
    QJsonObject outPillars;
    for (const char *name : {"year", "month", "day", "hour"}) {
        const QJsonValue v = pillars.value(QLatin1String(name));
        if (!v.isObject()) {
            if (qstrcmp(name, "hour") == 0) {
                outPillars.insert(QStringLiteral("hour"), QJsonValue::Null);
                continue;
            }
            if (error)
                *error = QStringLiteral("saju reply lacks the %1 pillar").arg(QLatin1String(name));
            return std::nullopt;
        }
        QJsonObject p = v.toObject();
        p.insert(QStringLiteral("stem"), normalisePart(p.value(QLatin1String("stem")).toObject()));
        p.insert(QStringLiteral("branch"), normalisePart(p.value(QLatin1String("branch")).toObject()));
        outPillars.insert(QLatin1String(name), p);
    }
    QJsonObject out = root;
    out.insert(QStringLiteral("pillars"), outPillars);
    return out;
}

} // namespace SajuApiJson

} // namespace sajudesk
