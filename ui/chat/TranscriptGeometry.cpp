// SPDX-License-Identifier: GPL-3.0-or-later
// TranscriptView: where things are — the anchor or following the bottom, which blocks are laid out and placed, the
// scroll bar.
#include "chat/ChatIcons.h"
#include "chat/ConversationModel.h"
#include "chat/TranscriptView.h"

#include <QApplication>
#include <QEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>

namespace sajudesk {

namespace {
constexpr int keptDocumentRows = 40; // rows beyond the visible ones that keep their documents
} // namespace

int TranscriptView::columnWidth() const
{
    return m_style.columnWidth(viewport()->width());
}

int TranscriptView::columnLeft() const
{
    return m_style.columnLeft(viewport()->width());
}

void TranscriptView::invalidatePlacement()
{
    m_placementValid = false;
}

void TranscriptView::placeVisible()
{
    if (m_placementValid)
        return;
    m_placed.clear();
    const int width = columnWidth();
    if (width != m_width) {
        m_width = width;
        for (size_t r = 0; r < m_layouts.size(); ++r) {
            if (m_layouts[r]) {
                m_layouts[r]->setWidth(width);
                setRowHeight(static_cast<int>(r), m_layouts[r]->height());
            } else {
                setRowHeight(static_cast<int>(r), estimateHeight(static_cast<int>(r)));
            }
        }
    }
    const int rows = static_cast<int>(m_heights.size());
    const int viewHeight = viewport()->height();
    const int bottomMargin = m_style.outerMargin;
    m_placementValid = true;
    if (rows == 0) {
        syncScrollBar();
        updateJumpButton();
        return;
    }
    auto layoutBlock = [this](MessageLayout *layout, int row, int block) {
        if (layout->layoutBlock(block) != 0)
            setRowHeight(row, layout->height());
        return layout->blockHeight(block);
    };
    if (m_follow) {
        int y = viewHeight - bottomMargin;
        for (int r = rows - 1; r >= 0 && y > 0; --r) {
            MessageLayout *layout = ensureLayout(r);
            for (int b = layout->blockCount() - 1; b >= 0 && y > 0; --b) {
                const int h = layoutBlock(layout, r, b);
                y -= h;
                m_placed.push_back({r, b, y, h});
            }
        }
        std::reverse(m_placed.begin(), m_placed.end());
        if (!m_placed.empty() && m_placed.front().y > 0 && m_placed.front().row == 0 && m_placed.front().block == 0) {
            // Shorter than the view: start at the top.
            const int dy = -m_placed.front().y;
            for (Placed &p : m_placed)
                p.y += dy;
        }
        m_anchorRow = m_placed.front().row;
        m_anchorBlock = m_placed.front().block;
        m_anchorOffset = std::max(0, -m_placed.front().y);
    } else {
        int r = std::clamp(m_anchorRow, 0, rows - 1);
        int b = std::max(0, m_anchorBlock);
        int y = -m_anchorOffset;
        while (r < rows && y < viewHeight) {
            MessageLayout *layout = ensureLayout(r);
            if (b >= layout->blockCount()) {
                ++r;
                b = 0;
                continue;
            }
            const int h = layoutBlock(layout, r, b);
            m_placed.push_back({r, b, y, h});
            y += h;
            if (++b >= layout->blockCount()) {
                ++r;
                b = 0;
            }
        }
        if (r >= rows && y < viewHeight - bottomMargin) {
            // Scrolled to (or past) the end: follow it from now on.
            setFollow(true);
            m_placementValid = false;
            placeVisible();
            return;
        }
    }
    syncScrollBar();
    placeToolbar();
    updateJumpButton();
}

void TranscriptView::setFollow(bool follow)
{
    if (follow == m_follow)
        return;
    m_follow = follow;
    if (follow)
        m_unseen.clear();
    invalidatePlacement();
    updateJumpButton();
    emit followingBottomChanged(follow);
}

void TranscriptView::scrollToBottom()
{
    setFollow(true);
    m_unseen.clear();
    invalidatePlacement();
    placeVisible();
    viewport()->update();
}

void TranscriptView::scrollByPixels(int dy)
{
    if (dy == 0 || m_heights.empty())
        return;
    placeVisible();
    if (m_follow && dy > 0)
        return;
    int r = m_anchorRow;
    int b = m_anchorBlock;
    int offset = m_anchorOffset + dy;
    MessageLayout *layout = ensureLayout(r);
    b = std::min(b, layout->blockCount() - 1);
    while (offset < 0) {
        if (b > 0) {
            --b;
        } else if (r > 0) {
            --r;
            layout = ensureLayout(r);
            b = layout->blockCount() - 1;
        } else {
            offset = 0;
            break;
        }
        if (layout->layoutBlock(b) != 0)
            setRowHeight(r, layout->height());
        offset += layout->blockHeight(b);
    }
    bool atEnd = false;
    const int rows = static_cast<int>(m_heights.size());
    while (!atEnd) {
        if (layout->layoutBlock(b) != 0)
            setRowHeight(r, layout->height());
        const int h = layout->blockHeight(b);
        if (offset < h)
            break;
        offset -= h;
        if (b + 1 < layout->blockCount()) {
            ++b;
        } else if (r + 1 < rows) {
            ++r;
            b = 0;
            layout = ensureLayout(r);
        } else {
            atEnd = true;
        }
    }
    if (atEnd) {
        scrollToBottom();
        return;
    }
    m_anchorRow = r;
    m_anchorBlock = b;
    m_anchorOffset = offset;
    setFollow(false);
    invalidatePlacement();
    placeVisible();
    releaseFarDocuments();
    viewport()->update();
}

void TranscriptView::syncScrollBar()
{
    QScrollBar *bar = verticalScrollBar();
    const int viewHeight = viewport()->height();
    const qint64 content = m_totalHeight + m_style.outerMargin;
    const int max = static_cast<int>(std::clamp<qint64>(content - viewHeight, 0, INT_MAX / 2));
    int value = max;
    if (!m_follow && !m_heights.empty()) {
        MessageLayout *layout = m_layouts.at(static_cast<size_t>(m_anchorRow)).get();
        const int inRow = layout ? layout->blockTop(std::min(m_anchorBlock, layout->blockCount())) : 0;
        value = std::clamp(rowTop(m_anchorRow) + inRow + m_anchorOffset, 0, std::max(0, max - 1));
    }
    m_syncingScrollBar = true;
    bar->setRange(0, max);
    bar->setPageStep(viewHeight);
    bar->setSingleStep(3 * m_style.lineHeight);
    if (!bar->isSliderDown())
        bar->setValue(value);
    m_syncingScrollBar = false;
}

void TranscriptView::jumpToScrollValue(int value)
{
    QScrollBar *bar = verticalScrollBar();
    placeVisible();
    MessageLayout *anchor = m_heights.empty() ? nullptr : m_layouts.at(static_cast<size_t>(m_anchorRow)).get();
    const int current = m_follow
                            ? bar->maximum()
                            : rowTop(m_anchorRow) + (anchor ? anchor->blockTop(m_anchorBlock) : 0) + m_anchorOffset;
    const int delta = value - current;
    // Small moves (arrows, wheel through the bar, page clicks) scroll by exact pixels; jumps
    // (dragging the slider, setValue) go to the estimated position.
    if (!bar->isSliderDown() && std::abs(delta) <= bar->pageStep()) {
        scrollByPixels(delta);
        return;
    }
    if (value >= bar->maximum()) {
        scrollToBottom();
        return;
    }
    int r = 0;
    int y = value;
    const int rows = static_cast<int>(m_heights.size());
    while (r + 1 < rows && y >= m_heights[static_cast<size_t>(r)]) {
        y -= m_heights[static_cast<size_t>(r)];
        ++r;
    }
    MessageLayout *layout = ensureLayout(r);
    int b = 0;
    while (b + 1 < layout->blockCount() && y >= layout->blockHeight(b)) {
        y -= layout->blockHeight(b);
        ++b;
    }
    m_anchorRow = r;
    m_anchorBlock = b;
    m_anchorOffset = std::max(0, std::min(y, layout->blockHeight(b) - 1));
    setFollow(false);
    invalidatePlacement();
    placeVisible();
    releaseFarDocuments();
    viewport()->update();
}

void TranscriptView::markUnseen(int row)
{
    const QString id = m_model->index(row).data(ConversationModel::IdRole).toString();
    m_unseen.insert(id.isEmpty() ? QStringLiteral("context") : id);
}

void TranscriptView::releaseFarDocuments()
{
    if (m_placed.empty())
        return;
    const int first = m_placed.front().row - keptDocumentRows;
    const int last = m_placed.back().row + keptDocumentRows;
    for (size_t r = 0; r < m_layouts.size(); ++r) {
        const int row = static_cast<int>(r);
        if ((row < first || row > last) && m_layouts[r] && m_layouts[r]->hasDocuments())
            m_layouts[r]->releaseDocuments();
    }
}

QRect TranscriptView::visualRect(int row)
{
    placeVisible();
    QRect rect;
    for (const Placed &p : m_placed) {
        if (p.row == row)
            rect |= QRect(columnLeft(), p.y, m_width, p.height);
    }
    return rect.intersected(viewport()->rect());
}

void TranscriptView::ensureRowVisible(int row)
{
    if (row < 0 || row >= static_cast<int>(m_heights.size()))
        return;
    placeVisible();
    for (const Placed &p : m_placed) {
        if (p.row == row && p.block == 0 && p.y >= 0 && p.y + p.height <= viewport()->height())
            return;
    }
    m_anchorRow = row;
    m_anchorBlock = 0;
    m_anchorOffset = 0;
    setFollow(false);
    invalidatePlacement();
    placeVisible();
    viewport()->update();
}

} // namespace sajudesk
