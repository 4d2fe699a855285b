// SPDX-License-Identifier: GPL-3.0-or-later
// TranscriptView: text selection, the clipboard, and the places tests and menus point at.
#include "chat/ConversationModel.h"
#include "chat/TranscriptView.h"

#include <QAbstractTextDocumentLayout>
#include <QApplication>
#include <QClipboard>
#include <QDesktopServices>
#include <QHelpEvent>
#include <QKeyEvent>
#include <QMenu>
#include <QMimeData>
#include <QScrollBar>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>
#include <QToolButton>
#include <QToolTip>
#include <QUrl>

namespace sajudesk {

bool TranscriptView::SelectionPoint::operator<(const SelectionPoint &o) const
{
    if (row != o.row)
        return row < o.row;
    if (block != o.block)
        return block < o.block;
    return position < o.position;
}

TranscriptView::SelectionPoint TranscriptView::selectionPointAt(const QPoint &point)
{
    placeVisible();
    if (m_placed.empty())
        return {};
    const Placed *placed = placedAt(point);
    if (!placed)
        placed = point.y() < m_placed.front().y ? &m_placed.front() : &m_placed.back();
    MessageLayout *layout = m_layouts.at(static_cast<size_t>(placed->row)).get();
    const QPoint local = point - QPoint(columnLeft(), placed->y);
    if (layout->isSelectable(placed->block))
        return {placed->row, placed->block, layout->positionAt(placed->block, local)};
    // Headers, footers, status lines: snap to the nearest text of the same message.
    for (int b = placed->block + 1; b < layout->blockCount(); ++b) {
        if (layout->isSelectable(b))
            return {placed->row, b, 0};
    }
    for (int b = placed->block - 1; b >= 0; --b) {
        if (layout->isSelectable(b))
            return {placed->row, b, layout->document(b)->characterCount() - 1};
    }
    return {};
}

bool TranscriptView::hasSelection() const
{
    return m_selectionAnchor.isValid() && m_selectionEnd.isValid()
           && (m_selectionAnchor < m_selectionEnd || m_selectionEnd < m_selectionAnchor);
}

void TranscriptView::clearSelection()
{
    if (!m_selectionAnchor.isValid() && !m_selectionEnd.isValid())
        return;
    m_selectionAnchor = {};
    m_selectionEnd = {};
    viewport()->update();
}

QString TranscriptView::selectedText()
{
    if (!hasSelection())
        return {};
    const SelectionPoint a = std::min(m_selectionAnchor, m_selectionEnd);
    const SelectionPoint z = std::max(m_selectionAnchor, m_selectionEnd);
    QStringList parts;
    for (int r = a.row; r <= z.row && r < static_cast<int>(m_layouts.size()); ++r) {
        MessageLayout *layout = ensureLayout(r);
        for (int b = 0; b < layout->blockCount(); ++b) {
            if ((r == a.row && b < a.block) || (r == z.row && b > z.block) || !layout->isSelectable(b))
                continue;
            const int end = layout->document(b)->characterCount() - 1;
            const int s = r == a.row && b == a.block ? std::clamp(a.position, 0, end) : 0;
            const int e = r == z.row && b == z.block ? std::clamp(z.position, 0, end) : end;
            if (s < e)
                parts << layout->selectedText(b, s, e);
        }
    }
    return parts.join(QStringLiteral("\n\n"));
}

void TranscriptView::copySelection()
{
    if (!hasSelection())
        return;
    const SelectionPoint a = std::min(m_selectionAnchor, m_selectionEnd);
    const SelectionPoint z = std::max(m_selectionAnchor, m_selectionEnd);
    // Rich text as well, so a paste into a rich editor keeps links and emphasis.
    QTextDocument html;
    QTextCursor out(&html);
    bool firstPiece = true;
    for (int r = a.row; r <= z.row && r < static_cast<int>(m_layouts.size()); ++r) {
        MessageLayout *layout = ensureLayout(r);
        for (int b = 0; b < layout->blockCount(); ++b) {
            if ((r == a.row && b < a.block) || (r == z.row && b > z.block) || !layout->isSelectable(b))
                continue;
            QTextDocument *doc = layout->document(b);
            const int end = doc->characterCount() - 1;
            const int s = r == a.row && b == a.block ? std::clamp(a.position, 0, end) : 0;
            const int e = r == z.row && b == z.block ? std::clamp(z.position, 0, end) : end;
            if (s >= e)
                continue;
            if (!firstPiece)
                out.insertBlock();
            firstPiece = false;
            QTextCursor piece(doc);
            piece.setPosition(s);
            piece.setPosition(e, QTextCursor::KeepAnchor);
            out.insertFragment(piece.selection());
        }
    }
    auto *mime = new QMimeData;
    mime->setText(selectedText());
    mime->setHtml(html.toHtml());
    QApplication::clipboard()->setMimeData(mime);
}

QString TranscriptView::plainText()
{
    QStringList parts;
    for (int r = 0; m_model && r < m_model->rowCount(); ++r)
        parts << ensureLayout(r)->describe();
    return parts.join(QStringLiteral("\n\n"));
}

void TranscriptView::copyMessage(int row, bool markdown)
{
    if (!m_model || row < 0 || row >= m_model->rowCount())
        return;
    const QString source = m_model->index(row).data(ConversationModel::ContentRole).toString();
    auto *mime = new QMimeData;
    if (markdown) {
        mime->setText(source);
        mime->setData(QStringLiteral("text/markdown"), source.toUtf8());
    } else {
        mime->setText(ensureLayout(row)->plainText());
    }
    QApplication::clipboard()->setMimeData(mime);
}

void TranscriptView::copyCode(int row, int block)
{
    if (MessageLayout *layout = layoutOf(row))
        QApplication::clipboard()->setText(layout->codeOf(block));
}

void TranscriptView::selectWordAt(const QPoint &point)
{
    const Placed *placed = placedAt(point);
    if (!placed)
        return;
    MessageLayout *layout = m_layouts.at(static_cast<size_t>(placed->row)).get();
    if (!layout->isSelectable(placed->block))
        return;
    const int position = layout->positionAt(placed->block, point - QPoint(columnLeft(), placed->y));
    QTextCursor cursor(layout->document(placed->block));
    cursor.setPosition(std::max(0, position));
    cursor.select(QTextCursor::WordUnderCursor);
    m_selectionAnchor = {placed->row, placed->block, cursor.selectionStart()};
    m_selectionEnd = {placed->row, placed->block, cursor.selectionEnd()};
    viewport()->update();
}

QRect TranscriptView::codeCopyButtonRect(int row, int codeIndex, bool bottom)
{
    MessageLayout *layout = layoutOf(row);
    if (!layout || codeIndex < 0 || codeIndex >= layout->codeBlocks().size())
        return {};
    const int block = layout->codeBlocks().at(codeIndex);
    if (layout->layoutBlock(block) != 0)
        setRowHeight(row, layout->height());
    m_anchorRow = row;
    m_anchorBlock = block;
    m_anchorOffset = bottom ? std::max(0, layout->blockHeight(block) - viewport()->height() + 8) : 0;
    setFollow(false);
    invalidatePlacement();
    placeVisible();
    for (const Placed &p : m_placed) {
        if (p.row == row && p.block == block)
            return layout->codeCopyRect(block, bottom).translated(columnLeft(), p.y);
    }
    return {};
}

QRect TranscriptView::reasoningToggleRect(int row)
{
    MessageLayout *layout = layoutOf(row);
    if (!layout)
        return {};
    placeVisible();
    for (int b = 0; b < layout->blockCount(); ++b) {
        if (layout->blockKind(b) != MessageLayout::BlockKind::ReasoningToggle)
            continue;
        for (const Placed &p : m_placed) {
            if (p.row == row && p.block == b)
                return layout->innerRect(b).translated(columnLeft(), p.y);
        }
        m_anchorRow = row;
        m_anchorBlock = b;
        m_anchorOffset = 0;
        setFollow(false);
        invalidatePlacement();
        placeVisible();
        for (const Placed &p : m_placed) {
            if (p.row == row && p.block == b)
                return layout->innerRect(b).translated(columnLeft(), p.y);
        }
    }
    return {};
}

QPoint TranscriptView::textPoint(int row, int textPosition)
{
    MessageLayout *layout = layoutOf(row);
    if (!layout)
        return {};
    int block = -1;
    for (int b = 0; b < layout->blockCount() && block < 0; ++b) {
        if (layout->blockKind(b) == MessageLayout::BlockKind::Text)
            block = b;
    }
    if (block < 0)
        return {};
    placeVisible();
    const Placed *placed = nullptr;
    for (const Placed &p : m_placed) {
        if (p.row == row && p.block == block)
            placed = &p;
    }
    if (!placed || placed->y < 0 || placed->y + placed->height > viewport()->height()) {
        m_anchorRow = row;
        m_anchorBlock = block;
        m_anchorOffset = 0;
        setFollow(false);
        invalidatePlacement();
        placeVisible();
        for (const Placed &p : m_placed) {
            if (p.row == row && p.block == block)
                placed = &p;
        }
    }
    if (!placed)
        return {};
    QTextDocument *doc = layout->document(block);
    textPosition = std::clamp(textPosition, 0, doc->characterCount() - 1);
    const QTextBlock textBlock = doc->findBlock(textPosition);
    const QTextLine line = textBlock.layout()->lineForTextPosition(textPosition - textBlock.position());
    const QRectF box = doc->documentLayout()->blockBoundingRect(textBlock);
    const qreal x = line.isValid() ? line.cursorToX(textPosition - textBlock.position()) : 0;
    const qreal y = box.top() + (line.isValid() ? line.y() + line.height() / 2 : 0);
    const QPoint origin = layout->documentOrigin(block);
    return QPoint(columnLeft() + origin.x() + static_cast<int>(x) + 1, placed->y + origin.y() + static_cast<int>(y));
}

} // namespace sajudesk
