// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ConversationDelegate.h"

#include "UiFonts.h"
#include "chat/ConversationFilterModel.h"
#include "chat/ConversationListModel.h"

#include <QApplication>
#include <QLineEdit>
#include <QPainter>

namespace sajudesk {

namespace {

constexpr int padding = 4;

// Draws `text` elided into `rect`, with [start, start + length) on a highlight background.
void drawHighlighted(QPainter *painter, const QRect &rect, const QFont &font, const QString &text, int start,
                     int length, const QPalette &palette, bool selected)
{
    const QFontMetrics metrics(font);
    const QString shown = metrics.elidedText(text, Qt::ElideRight, rect.width());
    painter->setFont(font);
    painter->setPen(palette.color(selected ? QPalette::HighlightedText : QPalette::Text));
    if (start >= 0 && length > 0 && start < shown.size()) {
        const int end = std::min<int>(static_cast<int>(shown.size()), start + length);
        const int x0 = metrics.horizontalAdvance(shown.left(start));
        const int x1 = metrics.horizontalAdvance(shown.left(end));
        QColor mark(255, 214, 0, selected ? 110 : 150); // a marker pen, readable on both themes
        painter->fillRect(QRect(rect.left() + x0, rect.top(), x1 - x0, rect.height()), mark);
        const QFont bold = fonts::bold(font);
        painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, shown.left(start));
        painter->setFont(bold);
        painter->drawText(rect.adjusted(x0, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, shown.mid(start, end - start));
        painter->setFont(font);
        const int x2 = x0 + QFontMetrics(bold).horizontalAdvance(shown.mid(start, end - start));
        painter->drawText(rect.adjusted(x2, 0, 0, 0), Qt::AlignLeft | Qt::AlignVCenter, shown.mid(end));
        return;
    }
    painter->drawText(rect, Qt::AlignLeft | Qt::AlignVCenter, shown);
}

} // namespace

ConversationDelegate::ConversationDelegate(QObject *parent)
    : QStyledItemDelegate(parent)
{}

bool ConversationDelegate::startsSection(const QModelIndex &index)
{
    if (index.row() == 0)
        return true;
    const QModelIndex previous = index.sibling(index.row() - 1, 0);
    return previous.data(ConversationListModel::GroupRole) != index.data(ConversationListModel::GroupRole);
}

int ConversationDelegate::headerHeight(const QStyleOptionViewItem &option) const
{
    return option.fontMetrics.height() + 2 * padding;
}

QRect ConversationDelegate::itemRect(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QRect rect = option.rect;
    if (startsSection(index))
        rect.setTop(rect.top() + headerHeight(option));
    return rect;
}

QSize ConversationDelegate::sizeHint(const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    const int line = option.fontMetrics.height();
    int height = line + 2 * padding;
    if (!index.data(ConversationFilterModel::SnippetRole).toString().isEmpty())
        height += line;
    if (startsSection(index))
        height += headerHeight(option);
    return {option.rect.width() > 0 ? option.rect.width() : 150, height};
}

void ConversationDelegate::paint(QPainter *painter, const QStyleOptionViewItem &option, const QModelIndex &index) const
{
    QStyleOptionViewItem opt = option;
    initStyleOption(&opt, index);
    painter->save();
    if (startsSection(index)) {
        QRect header = option.rect;
        header.setHeight(headerHeight(option));
        painter->setFont(fonts::smallBold(option.font));
        painter->setPen(option.palette.color(QPalette::PlaceholderText));
        painter->drawText(header.adjusted(padding, 0, -padding, 0), Qt::AlignLeft | Qt::AlignBottom,
                          index.data(ConversationListModel::GroupNameRole).toString());
    }
    const QRect item = itemRect(option, index);
    opt.rect = item;
    opt.text.clear();
    const QWidget *widget = option.widget;
    QStyle *style = widget ? widget->style() : QApplication::style();
    style->drawPrimitive(QStyle::PE_PanelItemViewItem, &opt, painter, widget);

    const bool selected = option.state & QStyle::State_Selected;
    const int line = option.fontMetrics.height();
    const QRect titleRect(item.left() + 2 * padding, item.top() + padding, item.width() - 4 * padding, line);
    const int matchLength = index.data(ConversationFilterModel::MatchLengthRole).toInt();
    const QVariant titleStart = index.data(ConversationFilterModel::TitleMatchStartRole);
    drawHighlighted(painter, titleRect, option.font, index.data(ConversationListModel::TitleRole).toString(),
                    titleStart.isValid() ? titleStart.toInt() : -1, matchLength, option.palette, selected);
    const QString snippet = index.data(ConversationFilterModel::SnippetRole).toString();
    if (!snippet.isEmpty()) {
        drawHighlighted(painter, titleRect.translated(0, line), fonts::small(option.font), snippet,
                        index.data(ConversationFilterModel::SnippetMatchStartRole).toInt(), matchLength, option.palette,
                        selected);
    }
    painter->restore();
}

void ConversationDelegate::updateEditorGeometry(QWidget *editor, const QStyleOptionViewItem &option,
                                                const QModelIndex &index) const
{
    const QRect item = itemRect(option, index);
    editor->setGeometry(item.left(), item.top(), item.width(), option.fontMetrics.height() + 2 * padding);
}

void ConversationDelegate::setEditorData(QWidget *editor, const QModelIndex &index) const
{
    // The title as shown (a derived one too), so F2 then Enter keeps it.
    if (auto *line = qobject_cast<QLineEdit *>(editor)) {
        line->setText(index.data(ConversationListModel::TitleRole).toString());
        line->selectAll();
        return;
    }
    QStyledItemDelegate::setEditorData(editor, index);
}

} // namespace sajudesk
