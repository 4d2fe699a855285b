// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

namespace sajudesk {

/// Deleted conversations, kept for a while so Delete can be undone: `<conversations>/trash/`.
///
/// A deleted file is moved there unchanged (one rename, so it is never half-deleted) and named
/// `<deletedAtMs>-<id>.json`: the deletion time is in the name, so the trash needs no manifest,
/// and purging old entries at startup lists names without opening a file.
class ConversationTrash
{
    Q_DECLARE_TR_FUNCTIONS(ConversationTrash)

public:
    struct Item
    {
        QString id;
        QDateTime deletedAt;
        QString fileName; ///< inside the trash folder
    };

    explicit ConversationTrash(const QString &conversationDirectory);

    QString directory() const { return m_directory; }

    /// Moves `<id>.json` of each id to the trash. Returns what was moved (what restore() takes);
    /// failures are described in `errors` (translated) and leave the file where it was.
    QList<Item> moveToTrash(const QStringList &ids, const QDateTime &now, QStringList *errors = nullptr) const;
    /// Puts items back. A conversation whose id was taken meanwhile comes back under a new id.
    /// Returns the ids restored, in the order given.
    QStringList restore(const QList<Item> &items, QStringList *errors = nullptr) const;
    /// Everything in the trash, newest first.
    QList<Item> items() const;
    /// The ids in the trash (an import must not reuse them, or Undo could not put them back).
    QStringList ids() const;
    /// Removes items deleted more than `days` days before `now`; returns how many.
    int purge(const QDateTime &now, int days, QStringList *errors = nullptr) const;

    static Item parseName(const QString &fileName); ///< empty id when not a trash name

private:
    QString m_conversations;
    QString m_directory;
};

} // namespace sajudesk
