// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/Conversation.h"

#include <QList>
#include <QString>

#include <optional>

namespace sajudesk {

/// Conversations on disk: one `<id>.json` per conversation under
/// QStandardPaths::AppDataLocation/conversations (or a directory given for tests), each written
/// atomically (JsonFile, QSaveFile). Nothing the user wrote is ever deleted or overwritten by
/// accident:
///  - a file that cannot be read as a conversation (bad JSON, another shape, wrong types, no id)
///    is moved aside unchanged ("<name>.corrupt-<time>") and reported with its new path;
///  - a file from a newer SajuDesk (`format` above Conversation::CurrentFormat) loads read-only
///    and save() refuses it;
///  - before a file in an older format is rewritten in the current one, save() keeps a copy of
///    it as "<id>.json.format<N>-backup" (JsonFile::keepUpgradeBackup).
/// ConversationAutosaver decides when save() is called.
class ConversationStore
{
public:
    /// Uses `directory`, or the default location when empty.
    explicit ConversationStore(const QString &directory = {});
    virtual ~ConversationStore();

    QString directory() const { return m_directory; }
    QString pathFor(const QString &id) const;

    /// All conversations that can be read, most recently updated first. Every file that cannot
    /// be read is moved aside and described in `problems` (translated, with the new path). Each
    /// newer-format file (loaded read-only) is described in `notices`, or in `problems` when
    /// `notices` is null.
    QList<Conversation> loadAll(QStringList *problems = nullptr, QStringList *notices = nullptr) const;
    /// One conversation. A damaged file is moved aside like in loadAll() and described in
    /// `problem`; a newer-format file loads read-only and is described in `notice`; a missing file
    /// gives nothing and leaves both empty.
    std::optional<Conversation> load(const QString &id, QString *problem = nullptr, QString *notice = nullptr) const;
    /// Virtual so tests can inject failures. Refuses read-only (newer-format) conversations.
    virtual bool save(const Conversation &conversation, QString *error = nullptr) const;
    bool remove(const QString &id, QString *error = nullptr) const;

    /// Ids become file names: only UUID characters, so no id can point outside the directory.
    static bool isValidId(const QString &id);

private:
    std::optional<Conversation> loadPath(const QString &path, QString *problem, QString *notice) const;

    QString m_directory;
};

} // namespace sajudesk
