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

double jsonNumber(const QJsonObject &o, const char *key)
{
    const QJsonValue v = o.value(QLatin1String(key));
    if (v.isDouble())
        return v.toDouble();
    if (v.isString()) {
        bool ok = false;
        const double d = v.toString().toDouble(&ok);
        return ok ? d : -1;
    }
    return -1;
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

QStringList FortuneResult::sections() const
{
    QStringList out;
    if (!character.isEmpty())
        out << QStringLiteral("character");
    if (!tendency.isEmpty())
        out << QStringLiteral("tendency");
    if (!fortune.isEmpty())
        out << QStringLiteral("fortune");
    return out;
}

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

QString sectionName(const QString &key)
{
    if (key == QLatin1String("character"))
        return key;
    if (key == QLatin1String("tendency") || key == QLatin1String("investmentTendency"))
        return QStringLiteral("tendency");
    if (key == QLatin1String("fortune") || key == QLatin1String("todayFortune"))
        return QStringLiteral("fortune");
    return {};
}

FortuneMeta parseMeta(const QJsonObject &meta)
{
    FortuneMeta m;
    m.raw = meta;
    m.requestId = meta.value(QLatin1String("requestId")).toString();
    m.model = meta.value(QLatin1String("model")).toString();
    m.cached = meta.value(QLatin1String("cached")).toBool(false);
    m.cost = jsonNumber(meta, "cost");
    if (m.cost < 0)
        m.cost = jsonNumber(meta, "costPerCall");
    m.latencyMs = jsonNumber(meta, "latency");
    return m;
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
    const QJsonObject data =
        root.value(QLatin1String("data")).isObject() ? root.value(QLatin1String("data")).toObject() : root;
    FortuneResult r;
    r.data = data;
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        const QString name = sectionName(it.key());
        if (name.isEmpty() || !it.value().isObject())
            continue;
        QJsonObject &target = name == QLatin1String("character")  ? r.character
                              : name == QLatin1String("tendency") ? r.tendency
                                                                  : r.fortune;
        // The v0 key wins over its v1 alias when a server sends both.
        if (target.isEmpty() || it.key() == name)
            target = it.value().toObject();
    }
    if (r.sections().isEmpty()) {
        if (error)
            *error = QStringLiteral("fortune reply has no character, tendency or fortune section");
        return std::nullopt;
    }
    r.meta = parseMeta(root.value(QLatin1String("meta")).toObject());
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

void FortuneStreamAssembler::mergeSection(const QString &name, const QJsonObject &obj, QList<Step> &out)
{
    QJsonObject &target = name == QLatin1String("character")  ? m_result.character
                          : name == QLatin1String("tendency") ? m_result.tendency
                                                              : m_result.fortune;
    // Later events for the same section add to it (a v1 `partial` may carry a fragment).
    for (auto it = obj.constBegin(); it != obj.constEnd(); ++it)
        target.insert(it.key(), it.value());
    m_result.data.insert(name, target);
    m_delivered = true;
    Step s;
    s.type = Step::Type::Section;
    s.section = name;
    s.object = target;
    out.append(s);
}

void FortuneStreamAssembler::takeSectionsFrom(const QJsonObject &obj, QList<Step> &out)
{
    for (auto it = obj.constBegin(); it != obj.constEnd(); ++it) {
        const QString name = SajuApiJson::sectionName(it.key());
        if (!name.isEmpty() && it.value().isObject())
            mergeSection(name, it.value().toObject(), out);
    }
    if (obj.value(QLatin1String("data")).isObject())
        takeSectionsFrom(obj.value(QLatin1String("data")).toObject(), out);
}

QList<FortuneStreamAssembler::Step> FortuneStreamAssembler::add(const QString &eventName, const QString &data)
{
    QList<Step> out;
    const QString trimmed = data.trimmed();
    auto complete = [this, &out](const QJsonObject &payload) {
        if (m_result.complete)
            return;
        const QJsonObject meta =
            payload.value(QLatin1String("meta")).isObject() ? payload.value(QLatin1String("meta")).toObject() : payload;
        const FortuneMeta parsed = SajuApiJson::parseMeta(meta);
        if (!parsed.requestId.isEmpty())
            m_result.meta.requestId = parsed.requestId;
        if (!parsed.model.isEmpty())
            m_result.meta.model = parsed.model;
        m_result.meta.cached = parsed.cached || m_result.meta.cached;
        if (parsed.cost >= 0)
            m_result.meta.cost = parsed.cost;
        if (parsed.latencyMs >= 0)
            m_result.meta.latencyMs = parsed.latencyMs;
        for (auto it = meta.constBegin(); it != meta.constEnd(); ++it)
            m_result.meta.raw.insert(it.key(), it.value());
        m_result.complete = true;
        Step s;
        s.type = Step::Type::Complete;
        out.append(s);
    };
    auto error = [&out](const QJsonObject &payload) {
        Step s;
        s.type = Step::Type::Error;
        s.object = payload;
        out.append(s);
    };

    if (trimmed == QLatin1String("[DONE]")) {
        complete(QJsonObject());
        return out;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8());
    const QJsonObject obj = doc.object();
    const QString name = eventName.trimmed();

    if (name == QLatin1String("error")) {
        error(doc.isObject() ? obj : QJsonObject{{QStringLiteral("message"), trimmed.left(500)}});
        return out;
    }
    if (!doc.isObject()) {
        if (!trimmed.isEmpty()) {
            Step s;
            s.type = Step::Type::Malformed;
            s.text = trimmed.left(200);
            out.append(s);
        }
        return out;
    }
    const QString section = SajuApiJson::sectionName(name);
    if (!section.isEmpty()) {
        mergeSection(section, obj, out);
        return out;
    }
    if (name == QLatin1String("complete")) {
        takeSectionsFrom(obj, out);
        complete(obj);
        return out;
    }
    if (name == QLatin1String("start") || name == QLatin1String("ping"))
        return out;
    if (name == QLatin1String("partial")) {
        takeSectionsFrom(obj, out);
        return out;
    }

    // Anonymous events: format B, or v1 objects typed in the payload.
    if (obj.value(QLatin1String("success")) == QJsonValue(false) || obj.value(QLatin1String("error")).isObject()
        || (obj.contains(QLatin1String("code")) && obj.contains(QLatin1String("message")))) {
        error(obj);
        return out;
    }
    const QString type = obj.value(QLatin1String("type")).toString();
    if (type == QLatin1String("error")) {
        error(obj);
        return out;
    }
    if (obj.value(QLatin1String("chunk")).isString()) {
        const QString text = obj.value(QLatin1String("chunk")).toString();
        if (!text.isEmpty()) {
            m_result.narrative += text;
            m_delivered = true;
            Step s;
            s.type = Step::Type::Narrative;
            s.text = text;
            out.append(s);
        }
    }
    takeSectionsFrom(obj, out);
    if (obj.value(QLatin1String("done")).toBool(false) || type == QLatin1String("complete")
        || type == QLatin1String("done"))
        complete(obj);
    return out;
}

} // namespace sajudesk
