// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStyledItemDelegate>

namespace sajudesk {

/// Paints one row of the conversation list: a section header (Pinned / Today / Yesterday /
/// Last 7 days / Older) above the first row of each section, the title, and while a search is
/// active the snippet of the first hit with the match highlighted. A QListView has no sections,
/// so the header is part of the row that starts one; the inline title editor is kept out of it.
class ConversationDelegate : public QStyledItemDelegate
{
    Q_OBJECT
public:
    explicit ConversationDelegate(QObject *parent = nullptr);

    void paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    QSize sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const override;
    void updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                              const QModelIndex &index) const override;
    void setEditorData(QWidget *editor, const QModelIndex &index) const override;

    /// True when `index` is the first row of its section (it carries the header).
    static bool startsSection(const QModelIndex &index);

private:
    int headerHeight(const QStyleOptionViewItem &option) const;
    QRect itemRect(const QStyleOptionViewItem &option, const QModelIndex &index) const;
};

} // namespace sajudesk
