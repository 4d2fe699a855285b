// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/Conversation.h"

#include <QJsonArray>
#include <QUuid>

namespace sajudesk {

namespace {

QString stateName(ChatMessage::State state)
{
    switch (state) {
    case ChatMessage::State::Complete:
        return QStringLiteral("complete");
    case ChatMessage::State::Streaming:
        return QStringLiteral("streaming");
    case ChatMessage::State::Incomplete:
        return QStringLiteral("incomplete");
    case ChatMessage::State::Failed:
        return QStringLiteral("failed");
    }
    return QStringLiteral("complete");
}

ChatMessage::State stateFromName(const QString &name)
{
    if (name == QLatin1String("failed"))
        return ChatMessage::State::Failed;
    // A turn that was still streaming when the app stopped is, on disk, an incomplete answer.
    if (name == QLatin1String("incomplete") || name == QLatin1String("streaming"))
        return ChatMessage::State::Incomplete;
    return ChatMessage::State::Complete;
}

QString isoTime(const QDateTime &time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODateWithMs) : QString();
}

QDateTime parseTime(const QJsonValue &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    return time.isValid() ? time.toUTC() : QDateTime();
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
    }
    return QStringLiteral("user");
}

ChatMessage::Role ChatMessage::roleFromName(const QString &name, bool *ok)
{
    if (ok)
        *ok = true;
    if (name == QLatin1String("system"))
        return Role::System;
    if (name == QLatin1String("assistant"))
        return Role::Assistant;
    if (name != QLatin1String("user") && ok)
        *ok = false;
    return Role::User;
}

QJsonObject ChatMessage::toJson() const
{
    QJsonObject json{{QStringLiteral("role"), roleName(role)},
                     {QStringLiteral("content"), content},
                     {QStringLiteral("state"), stateName(state)},
                     {QStringLiteral("time"), isoTime(time)}};
    if (!model.isEmpty())
        json.insert(QStringLiteral("model"), model);
    if (!errorCode.isEmpty())
        json.insert(QStringLiteral("errorCode"), errorCode);
    return json;
}

ChatMessage ChatMessage::fromJson(const QJsonObject &json, bool *ok)
{
    ChatMessage message;
    bool roleOk = false;
    message.role = roleFromName(json.value(QStringLiteral("role")).toString(), &roleOk);
    const QJsonValue content = json.value(QStringLiteral("content"));
    message.content = content.toString();
    message.state = stateFromName(json.value(QStringLiteral("state")).toString());
    message.time = parseTime(json.value(QStringLiteral("time")));
    message.model = json.value(QStringLiteral("model")).toString();
    message.errorCode = json.value(QStringLiteral("errorCode")).toString();
    if (ok)
        *ok = roleOk && (content.isString() || content.isNull() || content.isUndefined());
    return message;
}

Conversation Conversation::create(const QString &model)
{
    Conversation conversation;
    conversation.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    conversation.model = model;
    conversation.createdAt = QDateTime::currentDateTimeUtc();
    conversation.updatedAt = conversation.createdAt;
    return conversation;
}

QString Conversation::suggestedTitle() const
{
    for (const ChatMessage &message : messages) {
        if (message.role != ChatMessage::Role::User)
            continue;
        QString line = message.content.section(QLatin1Char('\n'), 0, 0).simplified();
        constexpr int maxLength = 40;
        if (line.size() > maxLength)
            line = line.left(maxLength - 1).trimmed() + QStringLiteral("…");
        if (!line.isEmpty())
            return line;
    }
    return {};
}

QJsonObject Conversation::toJson() const
{
    QJsonArray list;
    for (const ChatMessage &message : messages)
        list.append(message.toJson());
    QJsonObject json{{QStringLiteral("format"), 1},
                     {QStringLiteral("id"), id},
                     {QStringLiteral("title"), title},
                     {QStringLiteral("model"), model},
                     {QStringLiteral("createdAt"), isoTime(createdAt)},
                     {QStringLiteral("updatedAt"), isoTime(updatedAt)},
                     {QStringLiteral("messages"), list}};
    if (!systemPrompt.isEmpty())
        json.insert(QStringLiteral("systemPrompt"), systemPrompt);
    if (!draft.isEmpty())
        json.insert(QStringLiteral("draft"), draft);
    return json;
}

Conversation Conversation::fromJson(const QJsonObject &json, bool *ok)
{
    Conversation conversation;
    conversation.id = json.value(QStringLiteral("id")).toString();
    conversation.title = json.value(QStringLiteral("title")).toString();
    conversation.model = json.value(QStringLiteral("model")).toString();
    conversation.systemPrompt = json.value(QStringLiteral("systemPrompt")).toString();
    conversation.draft = json.value(QStringLiteral("draft")).toString();
    conversation.createdAt = parseTime(json.value(QStringLiteral("createdAt")));
    conversation.updatedAt = parseTime(json.value(QStringLiteral("updatedAt")));
    const QJsonArray list = json.value(QStringLiteral("messages")).toArray();
    for (const QJsonValue &value : list) {
        bool messageOk = false;
        const ChatMessage message = ChatMessage::fromJson(value.toObject(), &messageOk);
        if (messageOk)
            conversation.messages.append(message);
    }
    if (ok)
        *ok = !conversation.id.isEmpty() && json.value(QStringLiteral("messages")).isArray();
    return conversation;
}

} // namespace sajudesk
