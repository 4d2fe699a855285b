// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ConversationSummary.h"

#include "chat/ConversationStore.h"

namespace sajudesk {

namespace {
// Times as milliseconds since the epoch: the index is read at every start, and parsing 2,000
// ISO strings costs more than the rest of it.
QJsonValue writeMs(const QDateTime &time)
{
    return time.isValid() ? QJsonValue(double(time.toMSecsSinceEpoch())) : QJsonValue();
}

QDateTime readMs(const QJsonValue &value)
{
    return value.isDouble() ? QDateTime::fromMSecsSinceEpoch(qint64(value.toDouble()), Qt::UTC) : QDateTime();
}
} // namespace

QDateTime ConversationSummary::activity() const
{
    if (updatedAt.isValid())
        return updatedAt;
    if (createdAt.isValid())
        return createdAt;
    return fileMtimeMs >= 0 ? QDateTime::fromMSecsSinceEpoch(fileMtimeMs, Qt::UTC) : QDateTime();
}

ConversationSummary ConversationSummary::fromConversation(const Conversation &conversation)
{
    ConversationSummary summary;
    summary.id = conversation.id;
    summary.title = conversation.title;
    summary.displayTitle = conversation.displayTitle();
    summary.createdAt = conversation.createdAt;
    summary.updatedAt = conversation.updatedAt;
    summary.model = conversation.settings.model;
    summary.pinned = conversation.pinned;
    summary.readOnly = conversation.readOnly;
    summary.messageCount = static_cast<int>(conversation.messages.size());
    return summary;
}

QJsonObject ConversationSummary::toJson() const
{
    QJsonObject json{{QStringLiteral("id"), id},
                     {QStringLiteral("displayTitle"), displayTitle},
                     {QStringLiteral("updatedAt"), writeMs(updatedAt)},
                     {QStringLiteral("messages"), messageCount},
                     {QStringLiteral("size"), fileSize},
                     {QStringLiteral("mtime"), fileMtimeMs}};
    if (!title.isEmpty())
        json.insert(QStringLiteral("title"), title);
    if (createdAt.isValid())
        json.insert(QStringLiteral("createdAt"), writeMs(createdAt));
    if (!model.isEmpty())
        json.insert(QStringLiteral("model"), model);
    if (pinned)
        json.insert(QStringLiteral("pinned"), true);
    if (readOnly)
        json.insert(QStringLiteral("readOnly"), true);
    return json;
}

ConversationSummary ConversationSummary::fromJson(const QJsonObject &json, bool *ok)
{
    ConversationSummary summary;
    summary.id = json.value(QStringLiteral("id")).toString();
    summary.title = json.value(QStringLiteral("title")).toString();
    summary.displayTitle = json.value(QStringLiteral("displayTitle")).toString();
    summary.createdAt = readMs(json.value(QStringLiteral("createdAt")));
    summary.updatedAt = readMs(json.value(QStringLiteral("updatedAt")));
    summary.model = json.value(QStringLiteral("model")).toString();
    summary.pinned = json.value(QStringLiteral("pinned")).toBool();
    summary.readOnly = json.value(QStringLiteral("readOnly")).toBool();
    summary.messageCount = json.value(QStringLiteral("messages")).toInt();
    summary.fileSize = static_cast<qint64>(json.value(QStringLiteral("size")).toDouble(-1));
    summary.fileMtimeMs = static_cast<qint64>(json.value(QStringLiteral("mtime")).toDouble(-1));
    if (ok)
        *ok = ConversationStore::isValidId(summary.id) && summary.fileSize >= 0;
    return summary;
}

bool ConversationSummary::operator==(const ConversationSummary &other) const
{
    return id == other.id && title == other.title && displayTitle == other.displayTitle && createdAt == other.createdAt
           && updatedAt == other.updatedAt && model == other.model && pinned == other.pinned
           && readOnly == other.readOnly && messageCount == other.messageCount && fileSize == other.fileSize
           && fileMtimeMs == other.fileMtimeMs;
}

} // namespace sajudesk
