// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ConversationImport.h"

#include "chat/ConversationStore.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace sajudesk {

namespace {

QString newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

bool looksLikeConversation(const QJsonValue &value)
{
    const QJsonObject o = value.toObject();
    return value.isObject() && o.value(QStringLiteral("id")).isString()
           && o.value(QStringLiteral("messages")).isArray();
}

// A messages-array entry: an object with a string role.
bool looksLikeMessage(const QJsonValue &value)
{
    return value.isObject() && value.toObject().value(QStringLiteral("role")).isString();
}

// `content` as text: a string, or the text of an array of parts ({type: text, text} or plain
// strings). `onlyText` is false when a part is something else (an image, a file).
QString contentText(const QJsonValue &content, bool *onlyText)
{
    *onlyText = true;
    if (content.isString() || content.isNull() || content.isUndefined())
        return content.toString();
    if (!content.isArray()) {
        *onlyText = false;
        return {};
    }
    QStringList texts;
    const QJsonArray parts = content.toArray();
    for (const QJsonValue &part : parts) {
        if (part.isString()) {
            texts.append(part.toString());
            continue;
        }
        const QJsonObject o = part.toObject();
        const QString type = o.value(QStringLiteral("type")).toString();
        if ((type == QLatin1String("text") || type == QLatin1String("input_text")
             || type == QLatin1String("output_text"))
            && o.value(QStringLiteral("text")).isString())
            texts.append(o.value(QStringLiteral("text")).toString());
        else
            *onlyText = false;
    }
    return texts.join(QStringLiteral("\n\n"));
}

} // namespace

bool ConversationImport::isMessageArray(const QJsonArray &array)
{
    if (array.isEmpty())
        return false;
    for (const QJsonValue &value : array) {
        if (!looksLikeMessage(value))
            return false;
    }
    return true;
}

Conversation ConversationImport::fromMessages(const QJsonArray &messages, const QString &model, const QDateTime &now)
{
    Conversation conversation = Conversation::create(ChatSettings{model, {}, {}, {}, true});
    conversation.createdAt = now.toUTC();
    conversation.updatedAt = conversation.createdAt;
    QStringList systemPrompt;
    bool leading = true;
    for (const QJsonValue &value : messages) {
        QJsonObject json = value.toObject();
        const QString role = json.value(QStringLiteral("role")).toString();
        bool onlyText = true;
        const QString text = contentText(json.value(QStringLiteral("content")), &onlyText);
        if (leading && role == QLatin1String("system") && onlyText) {
            systemPrompt.append(text);
            continue;
        }
        leading = false;
        const QJsonValue content = json.value(QStringLiteral("content"));
        const bool known = ChatMessage::roleFromName(role) != ChatMessage::Role::Unknown;
        if (known && content.isArray() && !text.isEmpty()) {
            // Text the transcript can show; the parts (images, files) are kept beside it.
            json.insert(QStringLiteral("contentParts"), content);
            json.insert(QStringLiteral("content"), text);
        }
        ChatMessage message = ChatMessage::fromJson(json);
        if (!message.time.isValid())
            message.time = conversation.createdAt;
        conversation.messages.append(message);
    }
    conversation.settings.systemPrompt = systemPrompt.join(QStringLiteral("\n\n"));
    return conversation;
}

ConversationImport::Result ConversationImport::parse(const QByteArray &bytes, const QString &name,
                                                     const QSet<QString> &takenIds, const QDateTime &now)
{
    Result result;
    QJsonParseError parseError{};
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        result.error = tr("%1 is not a JSON file (%2 at byte %3), so it is not a conversation SajuDesk can import.")
                           .arg(name, parseError.errorString())
                           .arg(parseError.offset);
        return result;
    }

    QList<Conversation> found;
    const QString notConversation =
        tr("%1 is not a conversation. SajuDesk imports its own conversation files (JSON) and lists of chat "
           "messages such as [{\"role\": \"user\", \"content\": \"…\"}].")
            .arg(name);
    if (document.isObject()) {
        const QJsonObject root = document.object();
        if (looksLikeConversation(root)) {
            bool ok = false;
            Conversation conversation = Conversation::fromJson(root, &ok);
            if (!ok) {
                result.error = notConversation;
                return result;
            }
            found.append(conversation);
        } else if (root.value(QStringLiteral("messages")).isArray()
                   && isMessageArray(root.value(QStringLiteral("messages")).toArray())) {
            found.append(fromMessages(root.value(QStringLiteral("messages")).toArray(),
                                      root.value(QStringLiteral("model")).toString(), now));
        } else {
            result.error = notConversation;
            return result;
        }
    } else {
        const QJsonArray array = document.array();
        if (array.isEmpty()) {
            result.error = tr("%1 holds no conversation.").arg(name);
            return result;
        }
        if (isMessageArray(array)) {
            found.append(fromMessages(array, QString(), now));
        } else {
            bool any = false;
            for (int i = 0; i < array.size(); ++i) {
                bool ok = looksLikeConversation(array.at(i));
                Conversation conversation;
                if (ok)
                    conversation = Conversation::fromJson(array.at(i).toObject(), &ok);
                if (!ok) {
                    result.skipped.append(
                        tr("Entry %1 of %2 is not a conversation and was skipped.").arg(i + 1).arg(name));
                    continue;
                }
                any = true;
                found.append(conversation);
            }
            if (!any) {
                result.skipped.clear();
                result.error = notConversation;
                return result;
            }
        }
    }

    QSet<QString> taken = takenIds;
    for (Conversation &conversation : found) {
        if (conversation.readOnly) {
            result.skipped.append(
                tr("“%1” was saved by a newer version of SajuDesk. Update SajuDesk to import it.")
                    .arg(conversation.displayTitle().isEmpty() ? conversation.id : conversation.displayTitle()));
            continue;
        }
        if (!ConversationStore::isValidId(conversation.id) || taken.contains(conversation.id))
            conversation.id = newId();
        taken.insert(conversation.id);
        if (!conversation.createdAt.isValid())
            conversation.createdAt = now.toUTC();
        if (!conversation.updatedAt.isValid())
            conversation.updatedAt = conversation.createdAt;
        result.conversations.append(conversation);
    }
    if (result.conversations.isEmpty() && result.error.isEmpty()) {
        result.error = result.skipped.join(QLatin1Char('\n'));
        result.skipped.clear();
    }
    return result;
}

ConversationImport::Result ConversationImport::readFile(const QString &path, const QSet<QString> &takenIds,
                                                        const QDateTime &now)
{
    Result result;
    const QString shown = QDir::toNativeSeparators(path);
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        result.error = tr("Cannot read %1: %2").arg(shown, file.errorString());
        return result;
    }
    if (file.size() > MaxFileSize) {
        result.error = tr("%1 is too large to be a conversation.").arg(shown);
        return result;
    }
    return parse(file.readAll(), QFileInfo(path).fileName(), takenIds, now);
}

} // namespace sajudesk
