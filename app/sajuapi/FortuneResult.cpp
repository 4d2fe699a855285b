// SPDX-License-Identifier: GPL-3.0-or-later
#include "sajuapi/FortuneResult.h"

namespace sajudesk {

namespace {

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

QJsonObject *sectionSlot(FortuneResult &r, const QString &name)
{
    if (name == QLatin1String("character"))
        return &r.character;
    if (name == QLatin1String("tendency"))
        return &r.tendency;
    if (name == QLatin1String("fortune"))
        return &r.fortune;
    return nullptr;
}

bool holdsSections(const QJsonObject &o)
{
    for (auto it = o.constBegin(); it != o.constEnd(); ++it) {
        if (it.value().isObject() && !FortuneResult::sectionName(it.key()).isEmpty())
            return true;
    }
    return false;
}

} // namespace

FortuneMeta FortuneMeta::fromJson(const QJsonObject &meta)
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

bool operator==(const FortuneMeta &a, const FortuneMeta &b)
{
    return a.requestId == b.requestId && a.model == b.model && a.cached == b.cached && a.cost == b.cost
           && a.latencyMs == b.latencyMs && a.raw == b.raw;
}

QStringList FortuneResult::sectionNames()
{
    return {QStringLiteral("character"), QStringLiteral("tendency"), QStringLiteral("fortune")};
}

QString FortuneResult::sectionName(const QString &key)
{
    if (key == QLatin1String("character"))
        return key;
    if (key == QLatin1String("tendency") || key == QLatin1String("investmentTendency"))
        return QStringLiteral("tendency");
    if (key == QLatin1String("fortune") || key == QLatin1String("todayFortune"))
        return QStringLiteral("fortune");
    return {};
}

QStringList FortuneResult::sections() const
{
    QStringList out;
    for (const QString &name : sectionNames()) {
        if (!section(name).isEmpty())
            out << name;
    }
    return out;
}

QJsonObject FortuneResult::section(const QString &name) const
{
    if (name == QLatin1String("character"))
        return character;
    if (name == QLatin1String("tendency"))
        return tendency;
    if (name == QLatin1String("fortune"))
        return fortune;
    return {};
}

bool FortuneResult::hasContent() const
{
    return !sections().isEmpty() || !extras.isEmpty() || !narrative.isEmpty();
}

QJsonObject FortuneResult::data() const
{
    QJsonObject out = extras;
    for (const QString &name : sections())
        out.insert(name, section(name));
    return out;
}

QStringList FortuneResult::mergeData(const QJsonObject &data, const QSet<QString> &ignore)
{
    QStringList touched;
    auto touch = [&touched](const QString &name) {
        if (!touched.contains(name))
            touched << name;
    };
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        const QString &key = it.key();
        if (ignore.contains(key))
            continue;
        const QString name = sectionName(key);
        if (name.isEmpty() || !it.value().isObject()) {
            extras.insert(key, it.value());
            continue;
        }
        const QJsonObject obj = it.value().toObject();
        if (holdsSections(obj)) {
            for (const QString &inner : mergeData(obj))
                touch(inner);
            continue;
        }
        // An alias beside its v0 key is kept aside rather than mixed into the section.
        if (key != name && data.value(name).isObject()) {
            extras.insert(key, obj);
            continue;
        }
        QJsonObject *target = sectionSlot(*this, name);
        for (auto f = obj.constBegin(); f != obj.constEnd(); ++f)
            target->insert(f.key(), f.value());
        touch(name);
    }
    return touched;
}

QJsonObject FortuneResult::toJson() const
{
    QJsonObject out{
        {QStringLiteral("data"), data()}, {QStringLiteral("meta"), meta.raw}, {QStringLiteral("complete"), complete}};
    if (!narrative.isEmpty())
        out.insert(QStringLiteral("narrative"), narrative);
    return out;
}

std::optional<FortuneResult> FortuneResult::fromJson(const QJsonObject &json)
{
    const QJsonValue data = json.value(QLatin1String("data"));
    const QJsonValue meta = json.value(QLatin1String("meta"));
    const QJsonValue narrative = json.value(QLatin1String("narrative"));
    if (!data.isObject() || !(meta.isObject() || meta.isUndefined())
        || !(narrative.isString() || narrative.isUndefined()))
        return std::nullopt;
    FortuneResult r;
    r.mergeData(data.toObject());
    r.meta = FortuneMeta::fromJson(meta.toObject());
    r.narrative = narrative.toString();
    r.complete = json.value(QLatin1String("complete")).toBool(false);
    return r;
}

bool operator==(const FortuneResult &a, const FortuneResult &b)
{
    return a.character == b.character && a.tendency == b.tendency && a.fortune == b.fortune && a.extras == b.extras
           && a.narrative == b.narrative && a.meta == b.meta && a.complete == b.complete;
}

} // namespace sajudesk
