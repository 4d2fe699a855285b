// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ChatMessage.h"

#include "chat/JsonTime.h"

#include <QJsonArray>
#include <QUuid>

namespace sajudesk {

namespace {

// Every key this version reads; anything else in a message object is kept in `extra`.
const QStringList &knownKeys()
{
    static const QStringList keys{
        QStringLiteral("id"),          QStringLiteral("role"),         QStringLiteral("content"),
        QStringLiteral("state"),       QStringLiteral("time"),         QStringLiteral("model"),
        QStringLiteral("errorCode"),   QStringLiteral("finishReason"), QStringLiteral("reasoning"),
        QStringLiteral("reasoningMs"), QStringLiteral("firstTokenMs"), QStringLiteral("durationMs"),
        QStringLiteral("usage"),       QStringLiteral("versions"),     QStringLiteral("versionIndex")};
    return keys;
}

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

qint64 readMs(const QJsonValue &value)
{
    return value.isDouble() && value.toDouble() >= 0 ? static_cast<qint64>(value.toDouble()) : -1;
}

} // namespace

QString ChatMessage::roleName(Role role)
{
    switch (role) {
    case Role::System:
        return QStringLiteral("system");
    case Role::User:
        return QStringLiteral("user");
    case Role::Assistant:
        return QStringLiteral("assistant");
    case Role::Unknown:
        break;
    }
    return QString();
}

ChatMessage::Role ChatMessage::roleFromName(const QString &name)
{
    if (name == QLatin1String("system"))
        return Role::System;
    if (name == QLatin1String("user"))
        return Role::User;
    if (name == QLatin1String("assistant"))
        return Role::Assistant;
    return Role::Unknown;
}

QString ChatMessage::stateName(State state)
{
    switch (state) {
    case State::Complete:
        return QStringLiteral("complete");
    case State::Streaming:
        return QStringLiteral("streaming");
    case State::Stopped:
        return QStringLiteral("stopped");
    case State::Interrupted:
        return QStringLiteral("interrupted");
    case State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("complete");
}

ChatMessage::State ChatMessage::stateFromName(const QString &name)
{
    if (name == QLatin1String("failed"))
        return State::Failed;
    if (name == QLatin1String("stopped"))
        return State::Stopped;
    // A turn still streaming when the app ended (a crash, kill -9) is, once read back, an
    // interrupted answer; "incomplete" is how format 1 spelled both.
    if (name == QLatin1String("interrupted") || name == QLatin1String("streaming")
        || name == QLatin1String("incomplete"))
        return State::Interrupted;
    return State::Complete;
}

ChatMessage ChatMessage::create(Role role, const QString &content, const QDateTime &now)
{
    ChatMessage message;
    message.id = newId();
    message.role = role;
    message.content = content;
    message.time = now.toUTC();
    return message;
}

bool ChatMessage::canContinue() const
{
    return role == Role::Assistant && !content.isEmpty()
           && (state == State::Stopped || state == State::Interrupted
               || (state == State::Complete && finishReason == QLatin1String("length")));
}

bool ChatMessage::selectVersion(int index)
{
    if (index < 0 || index >= versionCount() || index == versionIndex)
        return false;
    QList<QJsonObject> all = otherVersions;
    ChatMessage current = *this;
    current.otherVersions.clear();
    all.insert(versionIndex, current.toJson());
    ChatMessage chosen = fromJson(all.takeAt(index));
    chosen.id = id; // one message, several versions: the id stays
    chosen.otherVersions = all;
    chosen.versionIndex = index;
    *this = chosen;
    return true;
}

void ChatMessage::startNewVersion(const QDateTime &now)
{
    // Jump to the last version first, so the new answer is appended after every earlier one.
    selectVersion(versionCount() - 1);
    ChatMessage current = *this;
    current.otherVersions.clear();
    current.versionIndex = 0;
    QList<QJsonObject> all = otherVersions;
    all.append(current.toJson());
    ChatMessage fresh = create(Role::Assistant, QString(), now);
    fresh.id = id;
    fresh.state = State::Streaming;
    fresh.otherVersions = all;
    fresh.versionIndex = static_cast<int>(all.size());
    *this = fresh;
}

QJsonObject ChatMessage::toJson() const
{
    if (!raw.isEmpty())
        return raw; // not understood: written back exactly as it was read
    QJsonObject json = extra;
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("role"), roleName(role));
    json.insert(QStringLiteral("content"), content);
    json.insert(QStringLiteral("state"), stateName(state));
    json.insert(QStringLiteral("time"), JsonTime::write(time));
    if (!model.isEmpty())
        json.insert(QStringLiteral("model"), model);
    if (!errorCode.isEmpty())
        json.insert(QStringLiteral("errorCode"), errorCode);
    if (!finishReason.isEmpty())
        json.insert(QStringLiteral("finishReason"), finishReason);
    if (!reasoning.isEmpty())
        json.insert(QStringLiteral("reasoning"), reasoning);
    if (reasoningMs >= 0)
        json.insert(QStringLiteral("reasoningMs"), reasoningMs);
    if (firstTokenMs >= 0)
        json.insert(QStringLiteral("firstTokenMs"), firstTokenMs);
    if (durationMs >= 0)
        json.insert(QStringLiteral("durationMs"), durationMs);
    if (usage.isValid()) {
        QJsonObject u;
        if (usage.promptTokens >= 0)
            u.insert(QStringLiteral("promptTokens"), usage.promptTokens);
        if (usage.completionTokens >= 0)
            u.insert(QStringLiteral("completionTokens"), usage.completionTokens);
        json.insert(QStringLiteral("usage"), u);
    }
    if (!otherVersions.isEmpty()) {
        QJsonArray versions;
        for (const QJsonObject &version : otherVersions)
            versions.append(version);
        json.insert(QStringLiteral("versions"), versions);
        json.insert(QStringLiteral("versionIndex"), versionIndex);
    }
    return json;
}

ChatMessage ChatMessage::fromJson(const QJsonObject &json)
{
    ChatMessage message;
    const QJsonValue content = json.value(QStringLiteral("content"));
    message.role = roleFromName(json.value(QStringLiteral("role")).toString());
    const bool contentOk = content.isString() || content.isNull() || content.isUndefined();
    if (message.role == Role::Unknown || !contentOk) {
        // Kept whole, shown as a placeholder, saved back unchanged.
        message.raw = json;
        message.id = json.value(QStringLiteral("id")).toString();
        if (message.id.isEmpty())
            message.id = newId(); // in memory only: `raw` is what is written
        message.time = JsonTime::read(json.value(QStringLiteral("time")));
        return message;
    }
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!knownKeys().contains(it.key()))
            message.extra.insert(it.key(), it.value());
    }
    message.id = json.value(QStringLiteral("id")).toString();
    if (message.id.isEmpty())
        message.id = newId();
    message.content = content.toString();
    message.state = stateFromName(json.value(QStringLiteral("state")).toString());
    message.time = JsonTime::read(json.value(QStringLiteral("time")));
    message.model = json.value(QStringLiteral("model")).toString();
    message.errorCode = json.value(QStringLiteral("errorCode")).toString();
    message.finishReason = json.value(QStringLiteral("finishReason")).toString();
    message.reasoning = json.value(QStringLiteral("reasoning")).toString();
    message.reasoningMs = readMs(json.value(QStringLiteral("reasoningMs")));
    message.firstTokenMs = readMs(json.value(QStringLiteral("firstTokenMs")));
    message.durationMs = readMs(json.value(QStringLiteral("durationMs")));
    const QJsonObject usage = json.value(QStringLiteral("usage")).toObject();
    message.usage.promptTokens = usage.value(QStringLiteral("promptTokens")).toInt(-1);
    message.usage.completionTokens = usage.value(QStringLiteral("completionTokens")).toInt(-1);
    const QJsonArray versions = json.value(QStringLiteral("versions")).toArray();
    for (const QJsonValue &version : versions) {
        if (version.isObject())
            message.otherVersions.append(version.toObject());
    }
    message.versionIndex =
        qBound(0, json.value(QStringLiteral("versionIndex")).toInt(0), static_cast<int>(message.otherVersions.size()));
    return message;
}

} // namespace sajudesk
