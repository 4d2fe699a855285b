// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/Conversation.h"

#include <QList>
#include <QString>

namespace sajudesk {

/// Conversations on disk: one `<id>.json` per conversation under
/// QStandardPaths::AppDataLocation/conversations (or a directory given for tests), each written
/// atomically. An unreadable file is moved aside and reported, never deleted or overwritten.
class ConversationStore
{
public:
    /// Uses `directory`, or the default location when empty.
    explicit ConversationStore(const QString &directory = {});

    QString directory() const { return m_directory; }

    /// All readable conversations, most recently updated first. Damaged files are quarantined
    /// and their messages collected in `problems` (translated).
    QList<Conversation> loadAll(QStringList *problems = nullptr) const;
    bool save(const Conversation &conversation, QString *error = nullptr) const;
    bool remove(const QString &id, QString *error = nullptr) const;

private:
    QString pathFor(const QString &id) const;

    QString m_directory;
};

} // namespace sajudesk
