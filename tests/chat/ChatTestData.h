// SPDX-License-Identifier: GPL-3.0-or-later
// Small conversations for the chat tests: a title (or none), text, activity time, pinned.
#pragma once

#include "chat/Conversation.h"
#include "chat/ConversationSummary.h"

#include <QFile>
#include <QTest>

namespace sajudesk::test {

inline QDateTime utc(const char *iso)
{
    return QDateTime::fromString(QString::fromLatin1(iso), Qt::ISODate).toUTC();
}

inline Conversation conversation(const QString &userText, const QDateTime &updatedAt, const QString &answer = {},
                                 const QString &title = {}, bool pinned = false)
{
    Conversation c = Conversation::create(ChatSettings{QStringLiteral("openai/gpt-5.2"), {}, {}, {}, true});
    c.title = title;
    c.pinned = pinned;
    c.createdAt = updatedAt.addSecs(-60);
    c.updatedAt = updatedAt;
    c.messages.append(ChatMessage::create(ChatMessage::Role::User, userText, c.createdAt));
    if (!answer.isEmpty()) {
        ChatMessage reply = ChatMessage::create(ChatMessage::Role::Assistant, answer, updatedAt);
        reply.model = c.settings.model;
        c.messages.append(reply);
    }
    return c;
}

inline ConversationSummary summary(const QString &id, const QDateTime &updatedAt, bool pinned = false,
                                   const QString &title = {})
{
    ConversationSummary s;
    s.id = id;
    s.title = title;
    s.displayTitle = title.isEmpty() ? id : title;
    s.updatedAt = updatedAt;
    s.pinned = pinned;
    s.fileSize = 1;
    s.fileMtimeMs = 1;
    return s;
}

/// Gives a file a distinct modification time, so "changed" never depends on the clock's
/// resolution between two writes in the same millisecond.
inline void touchFile(const QString &path, const QDateTime &time)
{
    QFile file(path);
    if (file.open(QIODevice::ReadWrite))
        file.setFileTime(time, QFileDevice::FileModificationTime);
}

/// The bytes of `path`; empty when it cannot be read.
inline QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

/// Replaces `path` with `bytes` (damaged files and hand-made indexes for the tests).
inline void writeFileBytes(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(bytes);
}

} // namespace sajudesk::test
