// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ConversationListModel.h"

#include <QTimeZone>

#include <algorithm>

namespace sajudesk {

ConversationListModel::ConversationListModel(QObject *parent)
    : QAbstractListModel(parent)
{}

int ConversationListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_rows.size());
}

QVariant ConversationListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &row = m_rows.at(index.row());
    const ConversationSummary &s = row.summary;
    switch (role) {
    case Qt::DisplayRole:
    case Qt::ToolTipRole:
    case TitleRole:
        return s.displayTitle.isEmpty() ? tr("New conversation") : s.displayTitle;
    case Qt::EditRole:
        return s.displayTitle;
    case IdRole:
        return s.id;
    case StoredTitleRole:
        return s.title;
    case UpdatedAtRole:
        return s.activity();
    case GroupRole:
        return static_cast<int>(row.group);
    case GroupNameRole:
        return groupName(row.group);
    case PinnedRole:
        return s.pinned;
    case ModelRole:
        return s.model;
    case MessageCountRole:
        return s.messageCount;
    case ReadOnlyRole:
        return s.readOnly;
    default:
        break;
    }
    return {};
}

bool ConversationListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || index.row() >= m_rows.size())
        return false;
    const ConversationSummary &s = m_rows.at(index.row()).summary;
    if (s.readOnly)
        return false;
    emit renameRequested(s.id, value.toString());
    return true;
}

Qt::ItemFlags ConversationListModel::flags(const QModelIndex &index) const
{
    Qt::ItemFlags f = QAbstractListModel::flags(index);
    if (index.isValid() && index.row() < m_rows.size() && !m_rows.at(index.row()).summary.readOnly)
        f |= Qt::ItemIsEditable;
    return f;
}

QHash<int, QByteArray> ConversationListModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(IdRole, "conversationId");
    names.insert(TitleRole, "title");
    names.insert(StoredTitleRole, "storedTitle");
    names.insert(UpdatedAtRole, "updatedAt");
    names.insert(GroupRole, "group");
    names.insert(GroupNameRole, "groupName");
    names.insert(PinnedRole, "pinned");
    names.insert(ModelRole, "model");
    names.insert(MessageCountRole, "messageCount");
    names.insert(ReadOnlyRole, "readOnly");
    return names;
}

void ConversationListModel::setClock(Clock clock)
{
    m_clock = std::move(clock);
    refreshGroups();
}

QDateTime ConversationListModel::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

void ConversationListModel::refreshGroups()
{
    const DayStarts days = dayStarts(now());
    for (int i = 0; i < m_rows.size(); ++i) {
        Row &row = m_rows[i];
        const Group group = groupFor(row.activityMs, row.summary.activity().isValid(), row.summary.pinned, days);
        if (group != row.group) {
            row.group = group;
            emit dataChanged(index(i), index(i), {GroupRole, GroupNameRole});
        }
    }
}

ConversationListModel::DayStarts ConversationListModel::dayStarts(const QDateTime &now)
{
    const QDate today = now.date();
    auto start = [&now](QDate day) {
        switch (now.timeSpec()) {
        case Qt::UTC:
            return day.startOfDay(Qt::UTC).toMSecsSinceEpoch();
        case Qt::OffsetFromUTC:
            return day.startOfDay(Qt::OffsetFromUTC, now.offsetFromUtc()).toMSecsSinceEpoch();
        case Qt::TimeZone:
            return day.startOfDay(now.timeZone()).toMSecsSinceEpoch();
        case Qt::LocalTime:
            break;
        }
        return day.startOfDay().toMSecsSinceEpoch();
    };
    return {start(today), start(today.addDays(-1)), start(today.addDays(-6))};
}

ConversationListModel::Group ConversationListModel::groupFor(qint64 activityMs, bool valid, bool pinned,
                                                             const DayStarts &days)
{
    if (pinned)
        return Group::Pinned;
    if (!valid)
        return Group::Older;
    if (activityMs >= days.today) // today, or a clock that was ahead when the file was written
        return Group::Today;
    if (activityMs >= days.yesterday)
        return Group::Yesterday;
    if (activityMs >= days.week)
        return Group::Last7Days;
    return Group::Older;
}

ConversationListModel::Group ConversationListModel::groupFor(const QDateTime &activity, bool pinned,
                                                             const QDateTime &now)
{
    return groupFor(activity.isValid() ? activity.toMSecsSinceEpoch() : 0, activity.isValid(), pinned, dayStarts(now));
}

QString ConversationListModel::groupName(Group group)
{
    switch (group) {
    case Group::Pinned:
        return tr("Pinned");
    case Group::Today:
        return tr("Today");
    case Group::Yesterday:
        return tr("Yesterday");
    case Group::Last7Days:
        return tr("Last 7 days");
    case Group::Older:
        break;
    }
    return tr("Older");
}

ConversationListModel::Key ConversationListModel::keyOf(const ConversationSummary &summary)
{
    const QDateTime activity = summary.activity();
    return {summary.pinned, activity.isValid() ? activity.toMSecsSinceEpoch() : 0, summary.id};
}

bool ConversationListModel::keyLess(const Key &a, const Key &b)
{
    if (a.pinned != b.pinned)
        return a.pinned;
    if (a.activityMs != b.activityMs)
        return a.activityMs > b.activityMs;
    return a.id < b.id;
}

bool ConversationListModel::lessThan(const ConversationSummary &a, const ConversationSummary &b)
{
    return keyLess(keyOf(a), keyOf(b));
}

ConversationListModel::Row ConversationListModel::makeRow(const ConversationSummary &summary,
                                                          const DayStarts &days) const
{
    Row row;
    row.summary = summary;
    const QDateTime activity = summary.activity();
    row.activityMs = activity.isValid() ? activity.toMSecsSinceEpoch() : 0;
    row.group = groupFor(row.activityMs, activity.isValid(), summary.pinned, days);
    return row;
}

int ConversationListModel::lowerBound(const Key &key, int begin, int end) const
{
    const auto it = std::lower_bound(m_rows.cbegin() + begin, m_rows.cbegin() + end, key,
                                     [](const Row &row, const Key &k) { return keyLess(keyOf(row), k); });
    return static_cast<int>(it - m_rows.cbegin());
}

void ConversationListModel::reset(const QList<ConversationSummary> &summaries)
{
    beginResetModel();
    m_rows.clear();
    m_keys.clear();
    const DayStarts days = dayStarts(now());
    for (const ConversationSummary &summary : summaries) {
        if (summary.id.isEmpty() || m_keys.contains(summary.id))
            continue;
        m_rows.append(makeRow(summary, days));
        m_keys.insert(summary.id, keyOf(m_rows.last()));
    }
    std::sort(m_rows.begin(), m_rows.end(), [](const Row &a, const Row &b) { return keyLess(keyOf(a), keyOf(b)); });
    endResetModel();
}

void ConversationListModel::upsert(const ConversationSummary &summary)
{
    if (summary.id.isEmpty())
        return;
    Row row = makeRow(summary, dayStarts(now()));
    const Key key = keyOf(row);
    const int count = static_cast<int>(m_rows.size());
    const int from = rowOf(summary.id);
    if (from < 0) {
        const int at = lowerBound(key, 0, count);
        beginInsertRows(QModelIndex(), at, at);
        m_rows.insert(at, std::move(row));
        m_keys.insert(summary.id, key);
        endInsertRows();
        return;
    }
    // The row's new place among the others (as if it were taken out first).
    int to = from;
    if (from > 0 && keyLess(key, keyOf(m_rows.at(from - 1))))
        to = lowerBound(key, 0, from);
    else if (from + 1 < count && keyLess(keyOf(m_rows.at(from + 1)), key))
        to = lowerBound(key, from + 1, count) - 1;
    m_keys.insert(summary.id, key);
    if (to != from) {
        beginMoveRows(QModelIndex(), from, from, QModelIndex(), to > from ? to + 1 : to);
        m_rows.move(from, to);
        endMoveRows();
    }
    m_rows[to] = std::move(row);
    emit dataChanged(index(to), index(to));
}

bool ConversationListModel::remove(const QString &id)
{
    const int row = rowOf(id);
    if (row < 0)
        return false;
    beginRemoveRows(QModelIndex(), row, row);
    m_rows.removeAt(row);
    m_keys.remove(id);
    endRemoveRows();
    return true;
}

int ConversationListModel::rowOf(const QString &id) const
{
    const auto it = m_keys.constFind(id);
    if (it == m_keys.constEnd())
        return -1;
    const int row = lowerBound(*it, 0, static_cast<int>(m_rows.size()));
    return row < m_rows.size() && m_rows.at(row).summary.id == id ? row : -1;
}

ConversationSummary ConversationListModel::summaryAt(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).summary : ConversationSummary();
}

ConversationSummary ConversationListModel::summary(const QString &id) const
{
    return summaryAt(rowOf(id));
}

QList<ConversationSummary> ConversationListModel::summaries() const
{
    QList<ConversationSummary> list;
    list.reserve(m_rows.size());
    for (const Row &row : m_rows)
        list.append(row.summary);
    return list;
}

QStringList ConversationListModel::ids() const
{
    QStringList list;
    list.reserve(m_rows.size());
    for (const Row &row : m_rows)
        list.append(row.summary.id);
    return list;
}

} // namespace sajudesk
