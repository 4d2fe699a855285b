// SPDX-License-Identifier: GPL-3.0-or-later
// TranscriptView: pointer, keyboard, selection, clipboard, context menu and the floating widgets
// (hover toolbar, "jump to latest").
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

const TranscriptView::Placed *TranscriptView::placedAt(const QPoint &point)
{
    placeVisible();
    for (const Placed &p : m_placed) {
        if (point.y() >= p.y && point.y() < p.y + p.height)
            return &p;
    }
    return nullptr;
}

MessageLayout::PaintState TranscriptView::paintState(int row) const
{
    MessageLayout::PaintState s;
    s.focused = hasFocus() && row == m_currentRow;
    s.hovered = row == m_hoverRow;
    if (row == m_hoverRow) {
        s.hoveredBlock = m_hoverHit.block;
        s.hoveredKind = m_hoverHit.kind;
    }
    if (hasSelection()) {
        const SelectionPoint a = std::min(m_selectionAnchor, m_selectionEnd);
        const SelectionPoint z = std::max(m_selectionAnchor, m_selectionEnd);
        if (row >= a.row && row <= z.row) {
            s.selectionBlockFirst = row == a.row ? a.block : 0;
            s.selectionStart = row == a.row ? a.position : 0;
            s.selectionBlockLast = row == z.row ? z.block : INT_MAX / 2;
            s.selectionEnd = row == z.row ? z.position : INT_MAX / 2;
        }
    }
    return s;
}

// ---- floating widgets ---------------------------------------------------------------------

void TranscriptView::placeToolbar()
{
    int row = m_hoverRow >= 0 ? m_hoverRow : (hasFocus() ? m_currentRow : -1);
    if (m_actions->hasFocusInside())
        row = m_actions->row();
    const Placed *header = nullptr;
    const Placed *firstOfRow = nullptr;
    for (const Placed &p : m_placed) {
        if (p.row != row)
            continue;
        if (!firstOfRow)
            firstOfRow = &p;
        if (p.block == 0)
            header = &p;
    }
    if (row < 0 || !firstOfRow || !m_model) {
        if (!m_actions->hasFocusInside())
            m_actions->hide();
        return;
    }
    if (row != m_actions->row() || !m_actions->isVisible()) {
        const QModelIndex index = m_model->index(row);
        m_actions->setRow(row, index.data(ConversationModel::VersionIndexRole).toInt(),
                          index.data(ConversationModel::VersionCountRole).toInt());
    }
    const QSize size = m_actions->sizeHint();
    MessageLayout *layout = m_layouts.at(static_cast<size_t>(row)).get();
    QRect rect = layout->toolbarRect(size.width(), size.height()).translated(columnLeft(), 0);
    // A long message whose header scrolled away keeps its toolbar at the top of the view.
    const int top = header ? header->y + rect.top() : 2;
    rect.moveTop(std::max(2, top));
    m_actions->setGeometry(rect);
    m_actions->show();
    m_actions->raise();
}

void TranscriptView::updateJumpButton()
{
    const bool show = !m_follow && !m_heights.empty();
    if (show) {
        const int unseen = newMessagesBelow();
        m_jumpButton->setText(unseen > 0 ? tr("%n new message(s) — jump to latest", "", unseen) : tr("Jump to latest"));
        m_jumpButton->setToolTip(tr("Scroll to the end and follow new text (End)"));
        m_jumpButton->adjustSize();
        const QSize size = m_jumpButton->sizeHint();
        m_jumpButton->setGeometry((viewport()->width() - size.width()) / 2, viewport()->height() - size.height() - 12,
                                  size.width(), size.height());
        m_jumpButton->raise();
    }
    m_jumpButton->setVisible(show);
}

void TranscriptView::updateHover(const QPoint &point)
{
    const Placed *placed = placedAt(point);
    const int row = placed ? placed->row : -1;
    MessageLayout::Hit hit;
    if (placed)
        hit = m_layouts.at(static_cast<size_t>(row))->hitTest(placed->block, point - QPoint(columnLeft(), placed->y));
    const bool changed = row != m_hoverRow || hit.kind != m_hoverHit.kind || hit.block != m_hoverHit.block;
    m_hoverRow = row;
    m_hoverHit = hit;
    switch (hit.kind) {
    case MessageLayout::Hit::Kind::Link:
    case MessageLayout::Hit::Kind::CodeCopy:
    case MessageLayout::Hit::Kind::CodeScrollBar:
    case MessageLayout::Hit::Kind::ReasoningToggle:
        viewport()->setCursor(Qt::PointingHandCursor);
        break;
    case MessageLayout::Hit::Kind::Text:
        viewport()->setCursor(Qt::IBeamCursor);
        break;
    default:
        viewport()->setCursor(Qt::ArrowCursor);
    }
    if (changed) {
        placeToolbar();
        viewport()->update();
    }
}

// ---- selection and clipboard --------------------------------------------------------------

// ---- actions ------------------------------------------------------------------------------

void TranscriptView::setCurrentRow(int row)
{
    const int rows = static_cast<int>(m_heights.size());
    row = rows == 0 ? -1 : std::clamp(row, 0, rows - 1);
    if (row == m_currentRow)
        return;
    m_currentRow = row;
    placeToolbar();
    viewport()->update();
}

void TranscriptView::triggerAction(MessageAction action, int row)
{
    if (row < 0 || !m_actions->isAvailable(action, row))
        return;
    switch (action) {
    case MessageAction::Copy:
        copyMessage(row, false);
        return;
    case MessageAction::CopyMarkdown:
        copyMessage(row, true);
        return;
    default:
        emit actionTriggered(action, row);
    }
}

void TranscriptView::openContextMenu(int row, const QPoint &globalPos, const MessageLayout::Hit &hit)
{
    QMenu menu(this);
    menu.setObjectName(QStringLiteral("messageContextMenu"));
    if (hasSelection()) {
        QAction *copy = menu.addAction(tr("Copy Selection"), this, &TranscriptView::copySelection);
        copy->setShortcut(QKeySequence::Copy);
        copy->setShortcutVisibleInContextMenu(true);
        menu.addSeparator();
    }
    if (hit.kind == MessageLayout::Hit::Kind::Link) {
        const QUrl url(hit.href);
        menu.addAction(tr("Open Link in Browser"), this, [url] { QDesktopServices::openUrl(url); });
        menu.addAction(tr("Copy Link Address"), this, [url] { QApplication::clipboard()->setText(url.toString()); });
        menu.addSeparator();
    }
    MessageLayout *layout = row >= 0 ? layoutOf(row) : nullptr;
    if (layout && hit.block >= 0 && hit.block < layout->blockCount()
        && layout->blockKind(hit.block) == MessageLayout::BlockKind::Code) {
        const int block = hit.block;
        menu.addAction(tr("Copy Code"), this, [this, row, block] { copyCode(row, block); });
        menu.addSeparator();
    }
    if (row >= 0)
        m_actions->addActionsTo(&menu, row);
    if (layout && !layout->data().reasoning.isEmpty()) {
        menu.addSeparator();
        const bool expanded = layout->reasoningExpanded();
        menu.addAction(expanded ? tr("Hide Thinking") : tr("Show Thinking"), this, [this, row, expanded] {
            if (MessageLayout *l = layoutOf(row)) {
                l->setReasoningExpanded(!expanded);
                setRowHeight(row, l->height());
                invalidatePlacement();
                viewport()->update();
            }
        });
    }
    if (!menu.isEmpty())
        menu.exec(globalPos);
}

// ---- events -------------------------------------------------------------------------------

void TranscriptView::mousePressEvent(QMouseEvent *event)
{
    setFocus(Qt::MouseFocusReason);
    m_dragging = false;
    m_pressPoint = event->position().toPoint();
    m_pressHit = {};
    m_pressRow = -1;
    const Placed *placed = placedAt(m_pressPoint);
    if (!placed) {
        clearSelection();
        return;
    }
    m_pressRow = placed->row;
    MessageLayout *layout = m_layouts.at(static_cast<size_t>(placed->row)).get();
    m_pressHit = layout->hitTest(placed->block, m_pressPoint - QPoint(columnLeft(), placed->y));
    setCurrentRow(placed->row);
    if (event->button() != Qt::LeftButton)
        return;
    if (m_pressHit.kind == MessageLayout::Hit::Kind::CodeScrollBar) {
        m_codeDragRow = placed->row;
        m_codeDragBlock = placed->block;
        m_codeDragX = m_pressPoint.x();
        return;
    }
    const bool text =
        m_pressHit.kind == MessageLayout::Hit::Kind::Text || m_pressHit.kind == MessageLayout::Hit::Kind::Link;
    if (text && (event->modifiers() & Qt::ShiftModifier) && m_selectionAnchor.isValid()) {
        m_selectionEnd = {placed->row, placed->block, m_pressHit.position};
        m_dragging = true;
    } else if (text) {
        m_selectionAnchor = {placed->row, placed->block, m_pressHit.position};
        m_selectionEnd = m_selectionAnchor;
    } else {
        clearSelection();
    }
    viewport()->update();
}

void TranscriptView::mouseMoveEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    if (!(event->buttons() & Qt::LeftButton)) {
        updateHover(point);
        return;
    }
    if (m_codeDragRow >= 0) {
        if (MessageLayout *layout = layoutOf(m_codeDragRow)) {
            QTextDocument *doc = layout->document(m_codeDragBlock);
            const qreal ratio = doc ? doc->idealWidth() / std::max(1, layout->innerRect(m_codeDragBlock).width()) : 1;
            if (layout->scrollCode(m_codeDragBlock, static_cast<int>((point.x() - m_codeDragX) * ratio)))
                viewport()->update();
        }
        m_codeDragX = point.x();
        return;
    }
    if (!m_selectionAnchor.isValid())
        return;
    if (!m_dragging && (point - m_pressPoint).manhattanLength() < QApplication::startDragDistance())
        return;
    m_dragging = true;
    if (point.y() < 0)
        scrollByPixels(-m_style.lineHeight);
    else if (point.y() > viewport()->height())
        scrollByPixels(m_style.lineHeight);
    const SelectionPoint end = selectionPointAt(point);
    if (end.isValid())
        m_selectionEnd = end;
    viewport()->update();
}

void TranscriptView::mouseReleaseEvent(QMouseEvent *event)
{
    const QPoint point = event->position().toPoint();
    if (m_codeDragRow >= 0) {
        m_codeDragRow = -1;
        return;
    }
    if (event->button() != Qt::LeftButton || m_dragging) {
        if (m_dragging && hasSelection() && QApplication::clipboard()->supportsSelection())
            QApplication::clipboard()->setText(selectedText(), QClipboard::Selection);
        m_dragging = false;
        return;
    }
    const Placed *placed = placedAt(point);
    if (!placed || placed->row != m_pressRow)
        return;
    MessageLayout *layout = m_layouts.at(static_cast<size_t>(placed->row)).get();
    const MessageLayout::Hit hit = layout->hitTest(placed->block, point - QPoint(columnLeft(), placed->y));
    if (hit.kind != m_pressHit.kind || hit.block != m_pressHit.block)
        return;
    switch (hit.kind) {
    case MessageLayout::Hit::Kind::Link:
        clearSelection();
        QDesktopServices::openUrl(QUrl(hit.href));
        break;
    case MessageLayout::Hit::Kind::CodeCopy:
        copyCode(placed->row, placed->block);
        break;
    case MessageLayout::Hit::Kind::ReasoningToggle:
        layout->setReasoningExpanded(!layout->reasoningExpanded());
        setRowHeight(placed->row, layout->height());
        invalidatePlacement();
        viewport()->update();
        break;
    default:
        break;
    }
}

void TranscriptView::mouseDoubleClickEvent(QMouseEvent *event)
{
    if (event->button() == Qt::LeftButton)
        selectWordAt(event->position().toPoint());
}

void TranscriptView::wheelEvent(QWheelEvent *event)
{
    const QPoint point = event->position().toPoint();
    const QPoint pixels = event->pixelDelta();
    const QPoint angle = event->angleDelta();
    const int lines = QApplication::wheelScrollLines();
    int dx = pixels.isNull() ? -angle.x() * lines * m_style.lineHeight / 120 : -pixels.x();
    int dy = pixels.isNull() ? -angle.y() * lines * m_style.lineHeight / 120 : -pixels.y();
    if (event->modifiers() & Qt::ShiftModifier) {
        dx = dx == 0 ? dy : dx;
        dy = 0;
    }
    if (dx != 0) {
        if (const Placed *placed = placedAt(point)) {
            MessageLayout *layout = m_layouts.at(static_cast<size_t>(placed->row)).get();
            if (layout->blockKind(placed->block) == MessageLayout::BlockKind::Code
                && layout->scrollCode(placed->block, dx)) {
                viewport()->update();
                event->accept();
                return;
            }
        }
    }
    scrollByPixels(dy);
    event->accept();
}

void TranscriptView::keyPressEvent(QKeyEvent *event)
{
    const int rows = static_cast<int>(m_heights.size());
    auto act = [this](MessageAction action) {
        if (m_currentRow >= 0 && m_actions->isAvailable(action, m_currentRow))
            triggerAction(action, m_currentRow);
    };
    if (event->matches(QKeySequence::Copy)) {
        if (hasSelection())
            copySelection();
        else
            act(MessageAction::Copy);
        return;
    }
    for (MessageAction action :
         {MessageAction::CopyMarkdown, MessageAction::Edit, MessageAction::Regenerate, MessageAction::PreviousVersion,
          MessageAction::NextVersion, MessageAction::Continue, MessageAction::Retry, MessageAction::Delete}) {
        if (QKeySequence(event->keyCombination()) == MessageActions::shortcut(action)) {
            act(action);
            return;
        }
    }
    switch (event->key()) {
    case Qt::Key_Up:
    case Qt::Key_Down: {
        if (rows == 0)
            return;
        const bool up = event->key() == Qt::Key_Up;
        const int next = m_currentRow < 0 ? (up ? rows - 1 : 0) : m_currentRow + (up ? -1 : 1);
        setCurrentRow(next);
        if (m_currentRow == rows - 1 && !up)
            scrollToBottom();
        else
            ensureRowVisible(m_currentRow);
        return;
    }
    case Qt::Key_PageUp:
        scrollByPixels(-(viewport()->height() - m_style.lineHeight));
        return;
    case Qt::Key_PageDown:
        scrollByPixels(viewport()->height() - m_style.lineHeight);
        return;
    case Qt::Key_Home:
        if (rows > 0)
            jumpToScrollValue(0);
        return;
    case Qt::Key_End:
        scrollToBottom();
        return;
    case Qt::Key_Menu: {
        const int row = m_currentRow >= 0 ? m_currentRow : rows - 1;
        const QRect rect = visualRect(row);
        openContextMenu(row, viewport()->mapToGlobal(rect.isEmpty() ? QPoint(20, 20) : rect.topLeft() + QPoint(24, 16)),
                        {});
        return;
    }
    case Qt::Key_Escape:
        if (hasSelection()) {
            clearSelection();
            return;
        }
        break;
    default:
        break;
    }
    QAbstractScrollArea::keyPressEvent(event);
}

void TranscriptView::contextMenuEvent(QContextMenuEvent *event)
{
    if (event->reason() == QContextMenuEvent::Mouse) {
        const QPoint point = viewport()->mapFrom(this, event->pos());
        const Placed *placed = placedAt(point);
        if (!placed)
            return;
        const int row = placed->row;
        const MessageLayout::Hit hit =
            m_layouts.at(static_cast<size_t>(row))->hitTest(placed->block, point - QPoint(columnLeft(), placed->y));
        setCurrentRow(row);
        openContextMenu(row, event->globalPos(), hit);
        return;
    }
    const int row = m_currentRow >= 0 ? m_currentRow : static_cast<int>(m_heights.size()) - 1;
    const QRect rect = visualRect(row);
    openContextMenu(row, viewport()->mapToGlobal(rect.isEmpty() ? QPoint(20, 20) : rect.topLeft() + QPoint(24, 16)),
                    {});
}

void TranscriptView::leaveEvent(QEvent *event)
{
    m_hoverRow = -1;
    m_hoverHit = {};
    placeToolbar();
    viewport()->update();
    QAbstractScrollArea::leaveEvent(event);
}

void TranscriptView::focusInEvent(QFocusEvent *event)
{
    // Tabbing in puts the keyboard on the newest visible message (a click picks its own).
    const bool byKey = event->reason() == Qt::TabFocusReason || event->reason() == Qt::BacktabFocusReason;
    if (m_currentRow < 0 && byKey && !m_placed.empty())
        m_currentRow = m_placed.back().row;
    placeToolbar();
    viewport()->update();
    QAbstractScrollArea::focusInEvent(event);
}

void TranscriptView::focusOutEvent(QFocusEvent *event)
{
    placeToolbar();
    viewport()->update();
    QAbstractScrollArea::focusOutEvent(event);
}

bool TranscriptView::viewportEvent(QEvent *event)
{
    if (event->type() == QEvent::ToolTip) {
        auto *help = static_cast<QHelpEvent *>(event);
        updateHover(help->pos());
        if (m_hoverHit.kind == MessageLayout::Hit::Kind::Link)
            QToolTip::showText(help->globalPos(), m_hoverHit.href, viewport());
        else if (m_hoverHit.kind == MessageLayout::Hit::Kind::CodeCopy)
            QToolTip::showText(help->globalPos(), tr("Copy the code"), viewport());
        else
            QToolTip::hideText();
        return true;
    }
    if (event->type() == QEvent::Leave)
        leaveEvent(event);
    return QAbstractScrollArea::viewportEvent(event);
}

// ---- test and pane helpers ----------------------------------------------------------------

} // namespace sajudesk
