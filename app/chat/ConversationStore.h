// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/Conversation.h"

#include <QList>
#include <QString>

#include <optional>

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
    /// One conversation. A damaged file is quarantined like in loadAll() and described in
    /// `problem`; a missing file gives nothing and leaves `problem` empty.
    std::optional<Conversation> load(const QString &id, QString *problem = nullptr) const;
    bool save(const Conversation &conversation, QString *error = nullptr) const;
    bool remove(const QString &id, QString *error = nullptr) const;

    /// `<directory>/<id>.json`; callers check isValidId() first.
    QString pathFor(const QString &id) const;
    /// Ids become file names: only UUID characters, so no id can point outside the directory.
    static bool isValidId(const QString &id);

private:
    std::optional<Conversation> loadPath(const QString &path, QString *problem) const;

    QString m_directory;
};

} // namespace sajudesk
