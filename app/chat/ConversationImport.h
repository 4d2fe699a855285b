// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/Conversation.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

namespace sajudesk {

/// Reads conversations from a file someone hands to Import. Pure: the caller saves them.
///
/// Accepted shapes:
/// * SajuDesk's own JSON: one conversation object, or an array of them (what ConversationExport
///   writes, and what a conversation file holds);
/// * an OpenAI / ChatGPT-style messages array, `[{"role": …, "content": …}, …]`, or an object
///   with such a `messages` array (a chat request body, optionally with `model`). `content` may be
///   a string or an array of parts; the text parts become the message text and the original
///   array is kept (key `contentParts`). Leading system messages become the system prompt; a
///   message with a role SajuDesk does not know is kept whole and shown as a placeholder.
///
/// Imports never overwrite anything: a conversation whose id is taken (by an existing or trashed
/// conversation, or by an earlier one in the same file) or is not a safe file name gets a new id.
class ConversationImport
{
    Q_DECLARE_TR_FUNCTIONS(ConversationImport)

public:
    struct Result
    {
        QList<Conversation> conversations;
        /// Why nothing could be imported (translated); empty on success.
        QString error;
        /// Entries that were skipped while others were imported (translated).
        QStringList skipped;
        bool ok() const { return error.isEmpty(); }
    };

    /// `name` is only used in messages (the file name). `takenIds` are ids in use; `now` dates
    /// conversations that carry no time.
    static Result parse(const QByteArray &bytes, const QString &name, const QSet<QString> &takenIds,
                        const QDateTime &now);
    /// Reads `path` and parses it; a missing, unreadable or huge file is an error.
    static Result readFile(const QString &path, const QSet<QString> &takenIds, const QDateTime &now);

    static constexpr qint64 MaxFileSize = 64 * 1024 * 1024;

private:
    static bool isMessageArray(const QJsonArray &array);
    static Conversation fromMessages(const QJsonArray &messages, const QString &model, const QDateTime &now);
};

} // namespace sajudesk
