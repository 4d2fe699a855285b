// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/Conversation.h"

#include "chat/JsonTime.h"

#include <QJsonArray>
#include <QUuid>

namespace sajudesk {

namespace {

const QStringList &knownKeys()
{
    static const QStringList keys{
        QStringLiteral("format"),      QStringLiteral("id"),        QStringLiteral("title"),
        QStringLiteral("pinned"),      QStringLiteral("model"),     QStringLiteral("systemPrompt"),
        QStringLiteral("temperature"), QStringLiteral("maxTokens"), QStringLiteral("stream"),
        QStringLiteral("draft"),       QStringLiteral("createdAt"), QStringLiteral("updatedAt"),
        QStringLiteral("messages")};
    return keys;
}

// A known key present with another JSON type means the file is not what we think it is.
bool typeOk(const QJsonObject &json, const char *key, QJsonValue::Type type)
{
    const QJsonValue value = json.value(QLatin1String(key));
    return value.isUndefined() || value.isNull() || value.type() == type;
}

} // namespace

bool ChatSettings::operator==(const ChatSettings &other) const
{
    return model == other.model && systemPrompt == other.systemPrompt && temperature == other.temperature
           && maxTokens == other.maxTokens && stream == other.stream;
}

Conversation Conversation::create(const ChatSettings &settings)
{
    Conversation conversation;
    conversation.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    conversation.settings = settings;
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

QString Conversation::displayTitle() const
{
    return title.isEmpty() ? suggestedTitle() : title;
}

int Conversation::indexOfMessage(const QString &messageId) const
{
    for (int i = 0; i < messages.size(); ++i) {
        if (messages.at(i).id == messageId)
            return i;
    }
    return -1;
}

QJsonObject Conversation::toJson() const
{
    QJsonArray list;
    for (const ChatMessage &message : messages)
        list.append(message.toJson());
    QJsonObject json = extra;
    json.insert(QStringLiteral("format"), readOnly ? format : CurrentFormat);
    json.insert(QStringLiteral("id"), id);
    json.insert(QStringLiteral("title"), title);
    json.insert(QStringLiteral("model"), settings.model);
    json.insert(QStringLiteral("createdAt"), JsonTime::write(createdAt));
    json.insert(QStringLiteral("updatedAt"), JsonTime::write(updatedAt));
    json.insert(QStringLiteral("messages"), list);
    json.insert(QStringLiteral("stream"), settings.stream);
    if (pinned)
        json.insert(QStringLiteral("pinned"), true);
    if (!settings.systemPrompt.isEmpty())
        json.insert(QStringLiteral("systemPrompt"), settings.systemPrompt);
    if (settings.temperature)
        json.insert(QStringLiteral("temperature"), *settings.temperature);
    if (settings.maxTokens)
        json.insert(QStringLiteral("maxTokens"), *settings.maxTokens);
    if (!draft.isEmpty())
        json.insert(QStringLiteral("draft"), draft);
    return json;
}

Conversation Conversation::fromJson(const QJsonObject &json, bool *ok)
{
    Conversation conversation;
    bool valid = json.value(QStringLiteral("id")).isString() && json.value(QStringLiteral("messages")).isArray()
                 && typeOk(json, "format", QJsonValue::Double) && typeOk(json, "title", QJsonValue::String)
                 && typeOk(json, "model", QJsonValue::String) && typeOk(json, "systemPrompt", QJsonValue::String)
                 && typeOk(json, "draft", QJsonValue::String) && typeOk(json, "pinned", QJsonValue::Bool)
                 && typeOk(json, "stream", QJsonValue::Bool) && typeOk(json, "temperature", QJsonValue::Double)
                 && typeOk(json, "maxTokens", QJsonValue::Double) && typeOk(json, "createdAt", QJsonValue::String)
                 && typeOk(json, "updatedAt", QJsonValue::String);
    for (auto it = json.begin(); it != json.end(); ++it) {
        if (!knownKeys().contains(it.key()))
            conversation.extra.insert(it.key(), it.value());
    }
    conversation.format = json.value(QStringLiteral("format")).toInt(1);
    conversation.readOnly = conversation.format > CurrentFormat;
    conversation.id = json.value(QStringLiteral("id")).toString();
    conversation.title = json.value(QStringLiteral("title")).toString();
    conversation.pinned = json.value(QStringLiteral("pinned")).toBool(false);
    conversation.settings.model = json.value(QStringLiteral("model")).toString();
    conversation.settings.systemPrompt = json.value(QStringLiteral("systemPrompt")).toString();
    conversation.settings.stream = json.value(QStringLiteral("stream")).toBool(true);
    if (json.value(QStringLiteral("temperature")).isDouble())
        conversation.settings.temperature = json.value(QStringLiteral("temperature")).toDouble();
    if (json.value(QStringLiteral("maxTokens")).isDouble())
        conversation.settings.maxTokens = json.value(QStringLiteral("maxTokens")).toInt();
    conversation.draft = json.value(QStringLiteral("draft")).toString();
    conversation.createdAt = JsonTime::read(json.value(QStringLiteral("createdAt")));
    conversation.updatedAt = JsonTime::read(json.value(QStringLiteral("updatedAt")));
    const QJsonArray list = json.value(QStringLiteral("messages")).toArray();
    for (const QJsonValue &value : list) {
        // A message entry that is not even an object is damage, not a newer message kind: the
        // whole file is then moved aside intact by the store rather than partly rewritten.
        if (!value.isObject()) {
            valid = false;
            break;
        }
        conversation.messages.append(ChatMessage::fromJson(value.toObject()));
    }
    valid = valid && !conversation.id.isEmpty();
    if (ok)
        *ok = valid;
    return conversation;
}

} // namespace sajudesk
