// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ConversationSummary.h"

#include <QAbstractListModel>
#include <QDateTime>
#include <QHash>
#include <QList>

#include <functional>

namespace sajudesk {

/// The conversation list, one row per conversation, always in display order: pinned first, then
/// by last activity (newest first). Built from the index, so it never holds messages.
///
/// Updating one conversation (new activity, rename, pin) moves only that row (beginMoveRows), so
/// a QListView keeps its selection and scroll position. Each row carries its section (Pinned /
/// Today / Yesterday / Last 7 days / Older), computed against an injectable clock so tests and
/// a midnight timer (refreshGroups) control "now". Editing the title through the view (F2,
/// double-click) does not write anything: it emits renameRequested for ConversationLibrary.
class ConversationListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role {
        IdRole = Qt::UserRole + 1,
        TitleRole,       ///< what to show: the title, else the first line, else "New conversation"
        StoredTitleRole, ///< the title the user gave; empty when none
        UpdatedAtRole,   ///< QDateTime of last activity (UTC)
        GroupRole,       ///< int (Group)
        GroupNameRole,   ///< translated section title
        PinnedRole,
        ModelRole,
        MessageCountRole,
        ReadOnlyRole,
    };
    Q_ENUM(Role)

    enum class Group { Pinned, Today, Yesterday, Last7Days, Older };
    Q_ENUM(Group)

    using Clock = std::function<QDateTime()>;

    explicit ConversationListModel(QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = QModelIndex()) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QHash<int, QByteArray> roleNames() const override;

    /// "now" for the sections; the default is the system clock in local time. The sections follow
    /// the calendar of the clock's time spec (local time, UTC, an offset or a zone).
    void setClock(Clock clock);
    QDateTime now() const;
    /// Recomputes every row's section (after midnight); emits dataChanged only for rows that moved
    /// to another section. Order never changes with the clock.
    void refreshGroups();
    static Group groupFor(const QDateTime &activity, bool pinned, const QDateTime &now);
    /// Where today, yesterday and the last seven days begin on `now`'s calendar (DST-safe: the
    /// first moment of each day). Grouping 1,000 rows against these compares numbers instead of
    /// converting each time to a date (2 M instructions at start-up).
    struct DayStarts
    {
        qint64 today = 0;
        qint64 yesterday = 0;
        qint64 week = 0; ///< six days before today
    };
    static DayStarts dayStarts(const QDateTime &now);
    static Group groupFor(qint64 activityMs, bool valid, bool pinned, const DayStarts &days);
    static QString groupName(Group group);

    /// Replaces every row (a model reset).
    void reset(const QList<ConversationSummary> &summaries);
    /// Inserts a new conversation at its place, or updates one and moves only its row.
    void upsert(const ConversationSummary &summary);
    bool remove(const QString &id);

    int rowOf(const QString &id) const; ///< -1 when absent
    bool contains(const QString &id) const { return m_keys.contains(id); }
    ConversationSummary summaryAt(int row) const;
    ConversationSummary summary(const QString &id) const; ///< empty id when absent
    QList<ConversationSummary> summaries() const;
    QStringList ids() const;

    /// The display order: pinned first, newer activity first, then id (a total order).
    static bool lessThan(const ConversationSummary &a, const ConversationSummary &b);

signals:
    /// The user edited a title in a view (F2, double-click); ConversationLibrary renames.
    void renameRequested(const QString &id, const QString &title);

private:
    struct Row
    {
        ConversationSummary summary;
        qint64 activityMs = 0;
        Group group = Group::Older;
    };
    struct Key
    {
        bool pinned = false;
        qint64 activityMs = 0;
        QString id;
    };

    static Key keyOf(const ConversationSummary &summary);
    static bool keyLess(const Key &a, const Key &b);
    static Key keyOf(const Row &row) { return {row.summary.pinned, row.activityMs, row.summary.id}; }
    Row makeRow(const ConversationSummary &summary, const DayStarts &days) const;
    int lowerBound(const Key &key, int begin, int end) const;

    QList<Row> m_rows;
    QHash<QString, Key> m_keys; ///< id -> sort key, to find a row by binary search
    Clock m_clock;
};

} // namespace sajudesk
