// SPDX-License-Identifier: GPL-3.0-or-later
// TranscriptView: the model, the geometry (anchor, follow-the-bottom, lazy layout) and painting.
// Pointer, keyboard, selection and menus are in TranscriptInteraction.cpp.
#include "chat/TranscriptView.h"

#include "chat/ChatIcons.h"
#include "chat/ConversationModel.h"

#include <QApplication>
#include <QEvent>
#include <QPaintEvent>
#include <QPainter>
#include <QScrollBar>
#include <QTimer>
#include <QToolButton>

namespace sajudesk {

namespace {

constexpr int refreshIntervalMs = 33; // at most ~30 repaints a second while text streams in

} // namespace

TranscriptView::TranscriptView(QWidget *parent)
    : QAbstractScrollArea(parent)
    , m_refreshTimer(new QTimer(this))
    , m_tickTimer(new QTimer(this))
    , m_actions(new MessageActions(viewport()))
    , m_jumpButton(new QToolButton(viewport()))
{
    setObjectName(QStringLiteral("chatTranscript"));
    setFrameShape(QFrame::NoFrame);
    setFocusPolicy(Qt::StrongFocus);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAsNeeded);
    viewport()->setMouseTracking(true);
    viewport()->setAutoFillBackground(false);
    viewport()->setAttribute(Qt::WA_OpaquePaintEvent);
    viewport()->setCursor(Qt::IBeamCursor);
    m_style = TranscriptStyle::from(this);

    m_refreshTimer->setSingleShot(true);
    connect(m_refreshTimer, &QTimer::timeout, this, &TranscriptView::refreshDirtyRows);
    m_tickTimer->setInterval(1000);
    connect(m_tickTimer, &QTimer::timeout, this, [this] {
        bool streaming = false;
        for (const Placed &p : m_placed) {
            const MessageLayout *layout =
                p.row < static_cast<int>(m_layouts.size()) ? m_layouts.at(static_cast<size_t>(p.row)).get() : nullptr;
            if (layout && layout->data().state == ChatMessage::State::Streaming) {
                streaming = true;
                break;
            }
        }
        if (streaming)
            viewport()->update();
        else
            m_tickTimer->stop();
    });

    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, [this](int value) {
        if (!m_syncingScrollBar)
            jumpToScrollValue(value);
    });
    connect(m_actions, &MessageActions::triggered, this, &TranscriptView::triggerAction);

    m_jumpButton->setObjectName(QStringLiteral("jumpToLatestButton"));
    m_jumpButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_jumpButton->setIcon(ChatIcons::icon(ChatIcons::Icon::JumpDown));
    m_jumpButton->setCursor(Qt::PointingHandCursor);
    m_jumpButton->hide();
    connect(m_jumpButton, &QToolButton::clicked, this, [this] {
        scrollToBottom();
        setFocus();
    });
}

TranscriptView::~TranscriptView() = default;

QString TranscriptView::placeholderText()
{
    return tr("Type a message below and press Enter to send it.");
}

void TranscriptView::setModel(ConversationModel *model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (model) {
        connect(model, &QAbstractItemModel::rowsInserted, this, &TranscriptView::onRowsInserted);
        connect(model, &QAbstractItemModel::rowsRemoved, this, &TranscriptView::onRowsRemoved);
        connect(model, &QAbstractItemModel::dataChanged, this, &TranscriptView::onDataChanged);
        connect(model, &QAbstractItemModel::modelReset, this, &TranscriptView::resetRows);
        connect(model, &QAbstractItemModel::layoutChanged, this, &TranscriptView::resetRows);
        connect(model, &QAbstractItemModel::rowsMoved, this, &TranscriptView::resetRows);
        connect(model, &QObject::destroyed, this, [this] { setModel(nullptr); });
    }
    m_currentRow = -1;
    m_hoverRow = -1;
    m_unseen.clear();
    clearSelection();
    m_follow = true;
    resetRows();
    viewport()->update();
}

void TranscriptView::setActionAvailability(MessageActions::Availability availability)
{
    m_actions->setAvailability(std::move(availability));
    m_actions->refresh();
}

void TranscriptView::refreshActions()
{
    if (m_actions->isVisible())
        m_actions->refresh();
}

// ---- rows ---------------------------------------------------------------------------------

void TranscriptView::resetRows()
{
    m_refreshTimer->stop();
    m_dirtyRows.clear();
    m_layouts.clear();
    m_heights.clear();
    m_totalHeight = 0;
    const int rows = m_model ? m_model->rowCount() : 0;
    m_layouts.resize(static_cast<size_t>(rows));
    m_heights.resize(static_cast<size_t>(rows));
    for (int r = 0; r < rows; ++r) {
        m_heights[static_cast<size_t>(r)] = estimateHeight(r);
        m_totalHeight += m_heights[static_cast<size_t>(r)];
    }
    m_anchorRow = m_anchorBlock = m_anchorOffset = 0;
    m_placed.clear();
    m_tickTimer->start(); // stops itself when nothing on screen is streaming
    if (m_currentRow >= rows)
        m_currentRow = -1;
    invalidatePlacement();
    m_actions->hide();
    viewport()->update();
}

int TranscriptView::estimateHeight(int row) const
{
    // Before a message is laid out only the scroll bar needs its height; a character count is
    // close enough (the estimate is replaced as soon as the message comes into view).
    const QModelIndex index = m_model->index(row);
    const QString content = index.data(ConversationModel::ContentRole).toString();
    const int width = std::max(80, columnWidth() - 2 * m_style.cardPadding);
    const int charsPerLine = std::max(10, width / m_style.averageCharWidth);
    const int lines = static_cast<int>(content.size() / charsPerLine + content.count(QLatin1Char('\n')) * 0.7) + 1;
    int height = m_style.messageSpacing + m_style.headerHeight + 2 * m_style.cardPadding + lines * m_style.lineHeight;
    if (index.data(ConversationModel::MessageRoleRole).toInt() == static_cast<int>(ChatMessage::Role::Assistant))
        height += m_style.smallLineHeight + 6;
    return height;
}

MessageLayout *TranscriptView::ensureLayout(int row)
{
    std::unique_ptr<MessageLayout> &slot = m_layouts.at(static_cast<size_t>(row));
    if (!slot) {
        slot = std::make_unique<MessageLayout>(&m_style);
        slot->setData(MessageData::fromIndex(m_model->index(row)));
        slot->setWidth(m_width > 0 ? m_width : columnWidth());
        setRowHeight(row, slot->height());
    }
    return slot.get();
}

void TranscriptView::setRowHeight(int row, int height)
{
    int &h = m_heights.at(static_cast<size_t>(row));
    m_totalHeight += height - h;
    h = height;
}

int TranscriptView::rowTop(int row) const
{
    qint64 y = 0;
    for (int r = 0; r < row && r < static_cast<int>(m_heights.size()); ++r)
        y += m_heights[static_cast<size_t>(r)];
    return static_cast<int>(std::min<qint64>(y, INT_MAX / 2));
}

void TranscriptView::onRowsInserted(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int n = last - first + 1;
    std::vector<std::unique_ptr<MessageLayout>> fresh(static_cast<size_t>(n));
    m_layouts.insert(m_layouts.begin() + first, std::make_move_iterator(fresh.begin()),
                     std::make_move_iterator(fresh.end()));
    m_heights.insert(m_heights.begin() + first, static_cast<size_t>(n), 0);
    for (int r = first; r <= last; ++r)
        setRowHeight(r, estimateHeight(r));
    auto shift = [first, n](int &row) {
        if (row >= first)
            row += n;
    };
    QSet<int> dirty;
    for (int r : std::as_const(m_dirtyRows))
        dirty.insert(r >= first ? r + n : r);
    m_dirtyRows = dirty;
    shift(m_currentRow);
    shift(m_hoverRow);
    if (m_selectionAnchor.isValid()) {
        shift(m_selectionAnchor.row);
        shift(m_selectionEnd.row);
    }
    if (!m_follow) {
        if (first <= m_anchorRow) {
            m_anchorRow += n;
        } else {
            for (int r = first; r <= last; ++r)
                markUnseen(r);
        }
    }
    if (!m_tickTimer->isActive())
        m_tickTimer->start(); // a new answer counts its wait
    invalidatePlacement();
    placeVisible();
    viewport()->update();
}

void TranscriptView::onRowsRemoved(const QModelIndex &parent, int first, int last)
{
    if (parent.isValid())
        return;
    const int n = last - first + 1;
    for (int r = first; r <= last; ++r)
        setRowHeight(r, 0);
    m_layouts.erase(m_layouts.begin() + first, m_layouts.begin() + last + 1);
    m_heights.erase(m_heights.begin() + first, m_heights.begin() + last + 1);
    auto shift = [first, last, n](int &row) {
        if (row > last)
            row -= n;
        else if (row >= first)
            row = -1;
    };
    QSet<int> dirty;
    for (int r : std::as_const(m_dirtyRows)) {
        if (r > last)
            dirty.insert(r - n);
        else if (r < first)
            dirty.insert(r);
    }
    m_dirtyRows = dirty;
    shift(m_currentRow);
    shift(m_hoverRow);
    if (m_selectionAnchor.isValid()) {
        const int lo = std::min(m_selectionAnchor.row, m_selectionEnd.row);
        const int hi = std::max(m_selectionAnchor.row, m_selectionEnd.row);
        if (hi >= first && lo <= last) {
            clearSelection();
        } else {
            shift(m_selectionAnchor.row);
            shift(m_selectionEnd.row);
        }
    }
    if (!m_follow) {
        if (m_anchorRow > last) {
            m_anchorRow -= n;
        } else if (m_anchorRow >= first) {
            m_anchorRow = std::max(0, std::min(first, static_cast<int>(m_heights.size()) - 1));
            m_anchorBlock = 0;
            m_anchorOffset = 0;
        }
    }
    m_actions->hide();
    invalidatePlacement();
    placeVisible();
    viewport()->update();
}

void TranscriptView::onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &)
{
    for (int r = topLeft.row(); r <= bottomRight.row(); ++r)
        m_dirtyRows.insert(r);
    scheduleRefresh();
}

void TranscriptView::scheduleRefresh()
{
    if (m_refreshTimer->isActive())
        return;
    const qint64 since = m_sinceRefresh.isValid() ? m_sinceRefresh.elapsed() : refreshIntervalMs;
    m_refreshTimer->start(static_cast<int>(std::max<qint64>(0, refreshIntervalMs - since)));
}

void TranscriptView::refreshDirtyRows()
{
    m_sinceRefresh.restart();
    bool streaming = false;
    const int rows = static_cast<int>(m_heights.size());
    for (int r : std::as_const(m_dirtyRows)) {
        if (r < 0 || r >= rows)
            continue;
        if (MessageLayout *layout = m_layouts.at(static_cast<size_t>(r)).get()) {
            if (layout->setData(MessageData::fromIndex(m_model->index(r))))
                setRowHeight(r, layout->height());
            streaming = streaming || layout->data().state == ChatMessage::State::Streaming;
        } else {
            setRowHeight(r, estimateHeight(r));
        }
        if (!m_follow && (m_placed.empty() || r > m_placed.back().row))
            markUnseen(r);
        if (r == m_actions->row() && m_actions->isVisible()) {
            const QModelIndex index = m_model->index(r);
            m_actions->setRow(r, index.data(ConversationModel::VersionIndexRole).toInt(),
                              index.data(ConversationModel::VersionCountRole).toInt());
        }
    }
    m_dirtyRows.clear();
    // The "waiting (N s)" and "Thinking… N s" counters tick while an answer streams (the tick
    // stops itself once none is on screen).
    if (streaming && !m_tickTimer->isActive())
        m_tickTimer->start();
    invalidatePlacement();
    placeVisible();
    viewport()->update();
}

qsizetype TranscriptView::shownLength(int row) const
{
    if (row < 0 || row >= static_cast<int>(m_layouts.size()) || !m_layouts.at(static_cast<size_t>(row)))
        return -1;
    return m_layouts.at(static_cast<size_t>(row))->data().content.size();
}

int TranscriptView::laidOutRows() const
{
    return static_cast<int>(
        std::count_if(m_layouts.begin(), m_layouts.end(), [](const auto &l) { return l != nullptr; }));
}

MessageLayout *TranscriptView::layoutOf(int row)
{
    if (!m_model || row < 0 || row >= static_cast<int>(m_layouts.size()))
        return nullptr;
    return ensureLayout(row);
}

// ---- geometry -----------------------------------------------------------------------------

void TranscriptView::restyle()
{
    m_style = TranscriptStyle::from(this);
    for (size_t r = 0; r < m_layouts.size(); ++r) {
        if (m_layouts[r]) {
            m_layouts[r]->restyle();
            m_layouts[r]->setWidth(m_width);
            setRowHeight(static_cast<int>(r), m_layouts[r]->height());
        } else {
            setRowHeight(static_cast<int>(r), estimateHeight(static_cast<int>(r)));
        }
    }
    invalidatePlacement();
    viewport()->update();
}

// ---- painting -----------------------------------------------------------------------------

void TranscriptView::paintEvent(QPaintEvent *event)
{
    QPainter painter(viewport());
    painter.fillRect(event->rect(), m_style.background);
    if (!m_model || m_heights.empty()) {
        painter.setPen(m_style.dimText);
        painter.setFont(m_style.font);
        painter.drawText(viewport()->rect().adjusted(24, 24, -24, -24), Qt::AlignCenter | Qt::TextWordWrap,
                         placeholderText());
        return;
    }
    placeVisible();
    const int left = columnLeft();
    const QDateTime now = QDateTime::currentDateTimeUtc();
    for (const Placed &p : m_placed) {
        if (p.y + p.height < event->rect().top() || p.y > event->rect().bottom())
            continue;
        MessageLayout::PaintState state = paintState(p.row);
        state.now = now;
        state.clip = event->rect();
        m_layouts.at(static_cast<size_t>(p.row))->paintBlock(&painter, p.block, QPoint(left, p.y), state);
    }
}

void TranscriptView::resizeEvent(QResizeEvent *event)
{
    QAbstractScrollArea::resizeEvent(event);
    invalidatePlacement();
    placeVisible();
}

void TranscriptView::scrollContentsBy(int, int)
{
    // The scroll bar only reflects the anchor (see syncScrollBar); moves go through
    // jumpToScrollValue, so there is nothing to shift here.
}

void TranscriptView::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::PaletteChange || event->type() == QEvent::FontChange
        || event->type() == QEvent::StyleChange)
        restyle();
    else if (event->type() == QEvent::LanguageChange)
        updateJumpButton();
    QAbstractScrollArea::changeEvent(event);
}

} // namespace sajudesk
