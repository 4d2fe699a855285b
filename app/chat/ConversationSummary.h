// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/Conversation.h"

#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace sajudesk {

/// What the conversation list needs about one conversation, without its messages: one entry of
/// the index file (conversations/cache/index.bin). `fileSize` and `fileMtimeMs` are the file's
/// as last read or written; a file whose size or time differs is read again.
struct ConversationSummary
{
    QString id;
    QString title;        ///< as stored: empty when the user never named it
    QString displayTitle; ///< title, else the first line of the first user message
    QDateTime createdAt;
    QDateTime updatedAt; ///< last activity; the list is sorted by it
    QString model;
    bool pinned = false;
    bool readOnly = false; ///< written by a newer SajuDesk
    int messageCount = 0;
    qint64 fileSize = -1;
    qint64 fileMtimeMs = -1;

    /// updatedAt, else createdAt, else the file time: the moment the list sorts by.
    QDateTime activity() const;
    bool sameFile(qint64 size, qint64 mtimeMs) const { return fileSize == size && fileMtimeMs == mtimeMs; }

    static ConversationSummary fromConversation(const Conversation &conversation);
    QJsonObject toJson() const;
    /// `ok` false when the entry is unusable (no valid id); the index is then rebuilt.
    static ConversationSummary fromJson(const QJsonObject &json, bool *ok = nullptr);

    bool operator==(const ConversationSummary &other) const;
    bool operator!=(const ConversationSummary &other) const { return !(*this == other); }
};

} // namespace sajudesk
