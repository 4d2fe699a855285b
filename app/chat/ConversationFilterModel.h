// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ConversationSearch.h"

#include <QHash>
#include <QSet>
#include <QSortFilterProxyModel>

namespace sajudesk {

/// The conversation list while a search is active: a proxy over ConversationListModel that shows
/// only the matching conversations, in the list's own order (so the sections still apply), and
/// adds the first hit of each as roles for a delegate to draw the snippet under the title and to
/// scroll the transcript to the match when the row is opened.
///
///   auto *filter = new ConversationFilterModel(this);
///   filter->setSourceModel(library.model());
///   view->setModel(filter);
///   connect(searchBox, &QLineEdit::textChanged, this, [&](const QString &text) {
///       if (auto results = library.search(text)) filter->setResults(*results);
///   });                                          // and again on library.searchReady
///   filter->clearResults();                      // search box emptied: every row again
class ConversationFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    enum Role {
        SnippetRole = Qt::UserRole + 100, ///< one line around the first match; empty for a title-only hit
        SnippetMatchStartRole,            ///< where the match starts in the snippet
        MatchLengthRole,
        HitMessageIdRole,    ///< message to scroll to; empty when the title matched
        HitOffsetRole,       ///< of the match in that message's text (UTF-16 units)
        TitleMatchStartRole, ///< in the title; -1 when the title does not match
        MoreHitsRole,        ///< int: further messages that match beyond the first (at least)
    };
    Q_ENUM(Role)

    explicit ConversationFilterModel(QObject *parent = nullptr);

    void setResults(const ConversationSearch::Results &results);
    void clearResults();
    bool isFiltering() const { return m_filtering; }
    QString query() const { return m_query; }

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;

private:
    bool m_filtering = false;
    QString m_query;
    QSet<QString> m_ids;
    QHash<QString, ConversationSearch::Match> m_matches;
};

} // namespace sajudesk
