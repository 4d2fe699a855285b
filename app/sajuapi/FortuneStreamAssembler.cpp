// SPDX-License-Identifier: GPL-3.0-or-later
#include "sajuapi/FortuneStreamAssembler.h"

#include <QJsonDocument>

namespace sajudesk {

namespace {

constexpr const char *metaKeys[] = {"cached", "cost", "costPerCall", "requestId", "model", "latency"};

/// Keys of an anonymous / `done` / `complete` payload that steer the stream or carry `meta`
/// fields, so they are not fortune content.
const QSet<QString> &controlKeys()
{
    static const QSet<QString> keys{
        QStringLiteral("done"),    QStringLiteral("chunk"),       QStringLiteral("type"),      QStringLiteral("meta"),
        QStringLiteral("success"), QStringLiteral("data"),        QStringLiteral("error"),     QStringLiteral("cached"),
        QStringLiteral("cost"),    QStringLiteral("costPerCall"), QStringLiteral("requestId"), QStringLiteral("model"),
        QStringLiteral("latency"),
    };
    return keys;
}

bool isControlEvent(const QJsonObject &obj)
{
    return obj.contains(QLatin1String("chunk")) || obj.contains(QLatin1String("done"))
           || obj.contains(QLatin1String("type"));
}

} // namespace

void FortuneStreamAssembler::takeData(const QJsonObject &obj, QList<Step> &out)
{
    const int extrasBefore = int(m_result.extras.size());
    const QStringList touched = m_result.mergeData(obj, controlKeys());
    if (obj.value(QLatin1String("data")).isObject())
        takeData(obj.value(QLatin1String("data")).toObject(), out);
    if (!touched.isEmpty() || m_result.extras.size() != extrasBefore)
        m_delivered = true;
    for (const QString &name : touched) {
        Step s;
        s.type = Step::Type::Section;
        s.section = name;
        s.object = m_result.section(name);
        out.append(s);
    }
}

void FortuneStreamAssembler::complete(const QJsonObject &meta, QList<Step> &out)
{
    if (m_result.complete)
        return;
    QJsonObject raw = m_result.meta.raw;
    for (auto it = meta.constBegin(); it != meta.constEnd(); ++it)
        raw.insert(it.key(), it.value());
    m_result.meta = FortuneMeta::fromJson(raw);
    m_result.complete = true;
    Step s;
    s.type = Step::Type::Complete;
    out.append(s);
}

void FortuneStreamAssembler::appendText(const QString &text, QList<Step> &out)
{
    if (text.isEmpty())
        return;
    m_result.narrative += text;
    m_delivered = true;
    Step s;
    s.type = Step::Type::Narrative;
    s.text = text;
    out.append(s);
}

QList<FortuneStreamAssembler::Step> FortuneStreamAssembler::add(const QString &eventName, const QString &data)
{
    QList<Step> out;
    const QString trimmed = data.trimmed();
    auto error = [&out](const QJsonObject &payload) {
        Step s;
        s.type = Step::Type::Error;
        s.object = payload;
        out.append(s);
    };

    if (trimmed == QLatin1String("[DONE]")) {
        complete(QJsonObject(), out);
        return out;
    }
    const QJsonDocument doc = QJsonDocument::fromJson(trimmed.toUtf8());
    QJsonObject obj = doc.object();
    const QString name = eventName.trimmed();

    if (name == QLatin1String("error")) {
        error(doc.isObject() ? obj : QJsonObject{{QStringLiteral("message"), trimmed.left(500)}});
        return out;
    }
    if (!doc.isObject()) {
        if (!trimmed.isEmpty()) {
            ++m_malformed;
            Step s;
            s.type = Step::Type::Malformed;
            s.text = trimmed.left(200);
            out.append(s);
        }
        return out;
    }
    const QString section = FortuneResult::sectionName(name);
    if (!section.isEmpty()) {
        takeData(QJsonObject{{section, obj}}, out);
        return out;
    }
    if (name == QLatin1String("complete")) {
        // Format A sends the meta fields themselves; v1 sends {data, meta}.
        if (obj.value(QLatin1String("data")).isObject())
            takeData(obj.value(QLatin1String("data")).toObject(), out);
        QJsonObject meta = obj.value(QLatin1String("meta")).toObject();
        if (!obj.value(QLatin1String("meta")).isObject()) {
            meta = obj;
            meta.remove(QStringLiteral("data"));
        }
        complete(meta, out);
        return out;
    }
    if (name == QLatin1String("start") || name == QLatin1String("ping"))
        return out;
    // Enterprise-style names (api-contract §2.9 [S15]): `done` ends the stream like format B's
    // {"done":true}; `delta` carries a text piece.
    if (name == QLatin1String("done"))
        obj.insert(QStringLiteral("done"), true);
    if (name == QLatin1String("delta")) {
        for (const char *key : {"chunk", "text", "delta", "content"}) {
            if (obj.value(QLatin1String(key)).isString()) {
                appendText(obj.value(QLatin1String(key)).toString(), out);
                break;
            }
        }
        return out;
    }
    if (name == QLatin1String("partial")) {
        takeData(obj, out);
        return out;
    }
    // A named event this version does not know: its payload is kept as an extra field.
    if (!name.isEmpty() && name != QLatin1String("message") && !isControlEvent(obj)) {
        if (!obj.isEmpty()) {
            QJsonObject merged = m_result.extras.value(name).toObject();
            for (auto it = obj.constBegin(); it != obj.constEnd(); ++it)
                merged.insert(it.key(), it.value());
            m_result.extras.insert(name, merged);
            m_delivered = true;
        }
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
    if (obj.value(QLatin1String("chunk")).isString())
        appendText(obj.value(QLatin1String("chunk")).toString(), out);
    takeData(obj, out);
    if (obj.value(QLatin1String("done")).toBool(false) || type == QLatin1String("complete")
        || type == QLatin1String("done")) {
        // Unknown keys beside `done` went to extras; only the documented meta fields are meta.
        QJsonObject meta = obj.value(QLatin1String("meta")).toObject();
        for (const char *key : metaKeys) {
            if (obj.contains(QLatin1String(key)))
                meta.insert(QLatin1String(key), obj.value(QLatin1String(key)));
        }
        complete(meta, out);
    }
    return out;
}

} // namespace sajudesk
