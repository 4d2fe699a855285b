// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ConversationFilterModel.h"

#include "chat/ConversationListModel.h"

namespace sajudesk {

ConversationFilterModel::ConversationFilterModel(QObject *parent)
    : QSortFilterProxyModel(parent)
{}

void ConversationFilterModel::setResults(const ConversationSearch::Results &results)
{
    m_filtering = true;
    m_query = results.query;
    m_ids = QSet<QString>(results.matchingIds.cbegin(), results.matchingIds.cend());
    m_matches.clear();
    for (const ConversationSearch::Match &match : results.matches)
        m_matches.insert(match.conversationId, match);
    invalidateFilter();
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, 0));
}

void ConversationFilterModel::clearResults()
{
    m_filtering = false;
    m_query.clear();
    m_ids.clear();
    m_matches.clear();
    invalidateFilter();
}

bool ConversationFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (!m_filtering)
        return true;
    const QModelIndex source = sourceModel()->index(sourceRow, 0, sourceParent);
    return m_ids.contains(source.data(ConversationListModel::IdRole).toString());
}

QVariant ConversationFilterModel::data(const QModelIndex &index, int role) const
{
    if (role < SnippetRole || role > MoreHitsRole)
        return QSortFilterProxyModel::data(index, role);
    const auto it = m_matches.constFind(index.data(ConversationListModel::IdRole).toString());
    if (it == m_matches.constEnd() || it->hits.isEmpty())
        return role == TitleMatchStartRole ? QVariant(-1) : QVariant();
    // The message hit to show: the first one in a message, else the title's.
    const ConversationSearch::Hit *shown = &it->hits.first();
    for (const ConversationSearch::Hit &hit : it->hits) {
        if (hit.messageIndex >= 0) {
            shown = &hit;
            break;
        }
    }
    const bool titleOnly = shown->messageIndex < 0;
    switch (role) {
    case SnippetRole:
        return titleOnly ? QString() : shown->snippet;
    case SnippetMatchStartRole:
        return titleOnly ? -1 : shown->snippetOffset;
    case MatchLengthRole:
        return shown->length;
    case HitMessageIdRole:
        return shown->messageId;
    case HitOffsetRole:
        return titleOnly ? -1 : shown->offset;
    case TitleMatchStartRole:
        return it->titleMatches() ? it->hits.first().offset : -1;
    case MoreHitsRole: {
        const int messageHits = static_cast<int>(it->hits.size()) - (it->titleMatches() ? 1 : 0);
        return qMax(0, messageHits - 1) + (it->moreHits ? 1 : 0);
    }
    default:
        break;
    }
    return {};
}

QHash<int, QByteArray> ConversationFilterModel::roleNames() const
{
    QHash<int, QByteArray> names = QSortFilterProxyModel::roleNames();
    names.insert(SnippetRole, "snippet");
    names.insert(SnippetMatchStartRole, "snippetMatchStart");
    names.insert(MatchLengthRole, "matchLength");
    names.insert(HitMessageIdRole, "hitMessageId");
    names.insert(HitOffsetRole, "hitOffset");
    names.insert(TitleMatchStartRole, "titleMatchStart");
    names.insert(MoreHitsRole, "moreHits");
    return names;
}

} // namespace sajudesk
