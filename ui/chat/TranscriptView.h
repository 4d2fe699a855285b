// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/MessageActions.h"
#include "chat/MessageLayout.h"
#include "chat/TranscriptStyle.h"

#include <QAbstractScrollArea>
#include <QElapsedTimer>
#include <QPointer>
#include <QSet>

#include <memory>
#include <vector>

class QTimer;
class QToolButton;

namespace sajudesk {

class ConversationModel;

/// The chat transcript: a scroll area over a ConversationModel that lays out and paints only the
/// messages (and, inside long answers, only the blocks) that are on screen — the approach of
/// Chatterino's ChannelView (see STYLE.md §5b).
///
/// * Position is explicit state: either following the bottom, or anchored at a block and an
///   offset. Blocks are laid out exactly as they come into view; everything else has an
///   estimated height used only for the scroll bar, so opening thousands of messages costs a few
///   layouts and content never jumps under the reader.
/// * Model changes are coalesced: text arriving for a streaming answer marks its row and at most
///   ~30 times a second the row is updated (only its last block is parsed again) and repainted.
/// * Following stops when the user scrolls up; a "jump to latest ↓" button then counts what
///   arrived below. Sending (scrollToBottom) follows again.
/// * Per message: a hover toolbar (MessageActions), a context menu and keys for the same actions;
///   text selection across messages, links that open in the browser, code blocks with Copy.
class TranscriptView : public QAbstractScrollArea
{
    Q_OBJECT
public:
    explicit TranscriptView(QWidget *parent = nullptr);
    ~TranscriptView() override;

    void setModel(ConversationModel *model);
    ConversationModel *model() const { return m_model; }
    /// Which per-message actions are possible now (the pane asks the controller).
    void setActionAvailability(MessageActions::Availability availability);
    /// Re-checks the toolbar's buttons (the busy state changed).
    void refreshActions();

    bool isFollowingBottom() const { return m_follow; }
    /// Shows the end and follows it again.
    void scrollToBottom();
    /// Messages that arrived (or got new text) below while the user was reading further up.
    int newMessagesBelow() const { return static_cast<int>(m_unseen.size()); }
    void scrollByPixels(int dy);

    int currentRow() const { return m_currentRow; }
    void setCurrentRow(int row);
    /// Scrolls so that the top of `row` is visible.
    void ensureRowVisible(int row);
    /// Where `row` is on screen (viewport coordinates); empty when it is not visible.
    QRect visualRect(int row);
    /// The Copy button of the `codeIndex`-th code block of `row`, scrolled into view (viewport
    /// coordinates); empty when there is no such block.
    QRect codeCopyButtonRect(int row, int codeIndex, bool bottom = false);
    /// A point inside the text of `row` at `textPosition` of its first text block (tests, menus).
    QPoint textPoint(int row, int textPosition = 0);
    /// The Thinking toggle of `row`, scrolled into view; empty when it has none.
    QRect reasoningToggleRect(int row);
    MessageLayout *layoutOf(int row);
    /// Messages that have a layout now (the rest only have an estimated height).
    int laidOutRows() const;
    MessageActions *actions() const { return m_actions; }

    /// Every message as text: role, the text as shown, its status line (lays all of them out;
    /// for reports and tests, not for display).
    QString plainText();

    bool hasSelection() const;
    /// Plain text of the selection (link addresses kept after their text).
    QString selectedText();
    void clearSelection();
    /// The message text (`markdown`: the source) or the selection, onto the clipboard.
    void copyMessage(int row, bool markdown);
    void copySelection();
    /// Characters of `row`'s content the layout holds, i.e. what the next paint shows.
    qsizetype shownLength(int row) const;

    static QString placeholderText();

signals:
    /// An action the pane carries out (edit, regenerate, versions, continue, retry, delete).
    void actionTriggered(sajudesk::MessageAction action, int row);
    void followingBottomChanged(bool following);

protected:
    void paintEvent(QPaintEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;
    void scrollContentsBy(int dx, int dy) override;
    void wheelEvent(QWheelEvent *event) override;
    void mousePressEvent(QMouseEvent *event) override;
    void mouseMoveEvent(QMouseEvent *event) override;
    void mouseReleaseEvent(QMouseEvent *event) override;
    void mouseDoubleClickEvent(QMouseEvent *event) override;
    void keyPressEvent(QKeyEvent *event) override;
    void contextMenuEvent(QContextMenuEvent *event) override;
    void leaveEvent(QEvent *event) override;
    void changeEvent(QEvent *event) override;
    void focusInEvent(QFocusEvent *event) override;
    void focusOutEvent(QFocusEvent *event) override;
    bool viewportEvent(QEvent *event) override;

private:
    struct Placed
    {
        int row = -1;
        int block = -1;
        int y = 0; ///< viewport coordinates
        int height = 0;
    };
    struct SelectionPoint
    {
        int row = -1;
        int block = -1;
        int position = -1;
        bool operator<(const SelectionPoint &o) const;
        bool isValid() const { return row >= 0; }
    };

    // Model
    void resetRows();
    void onRowsInserted(const QModelIndex &parent, int first, int last);
    void onRowsRemoved(const QModelIndex &parent, int first, int last);
    void onDataChanged(const QModelIndex &topLeft, const QModelIndex &bottomRight, const QList<int> &roles);
    void refreshDirtyRows();
    void scheduleRefresh();

    // Geometry
    MessageLayout *ensureLayout(int row);
    int estimateHeight(int row) const;
    void setRowHeight(int row, int height);
    void placeVisible();
    void invalidatePlacement();
    const Placed *placedAt(const QPoint &point);
    int rowTop(int row) const;
    void syncScrollBar();
    void jumpToScrollValue(int value);
    void setFollow(bool follow);
    void releaseFarDocuments();
    void markUnseen(int row);
    void restyle();
    int columnLeft() const;
    int columnWidth() const;

    // Interaction (TranscriptInteraction.cpp)
    void updateHover(const QPoint &point);
    void placeToolbar();
    void updateJumpButton();
    SelectionPoint selectionPointAt(const QPoint &point);
    MessageLayout::PaintState paintState(int row) const;
    void openContextMenu(int row, const QPoint &globalPos, const MessageLayout::Hit &hit);
    void triggerAction(MessageAction action, int row);
    void copyCode(int row, int block);
    void selectWordAt(const QPoint &point);

    QPointer<ConversationModel> m_model;
    TranscriptStyle m_style;
    std::vector<std::unique_ptr<MessageLayout>> m_layouts; ///< per row; null until needed
    std::vector<int> m_heights;                            ///< per row, exact or estimated
    qint64 m_totalHeight = 0;
    int m_width = 0; ///< column width the layouts have

    bool m_follow = true;
    int m_anchorRow = 0;
    int m_anchorBlock = 0;
    int m_anchorOffset = 0;
    QSet<QString> m_unseen; ///< ids of messages with news below the view while not following
    std::vector<Placed> m_placed;
    bool m_placementValid = false;
    bool m_syncingScrollBar = false;

    QSet<int> m_dirtyRows;
    QTimer *m_refreshTimer;
    QElapsedTimer m_sinceRefresh;
    QTimer *m_tickTimer;

    int m_currentRow = -1;
    int m_hoverRow = -1;
    MessageLayout::Hit m_hoverHit;
    MessageActions *m_actions;
    QToolButton *m_jumpButton;

    SelectionPoint m_selectionAnchor;
    SelectionPoint m_selectionEnd;
    QPoint m_pressPoint;
    MessageLayout::Hit m_pressHit;
    int m_pressRow = -1;
    bool m_dragging = false;
    int m_codeDragRow = -1;
    int m_codeDragBlock = -1;
    int m_codeDragX = 0;
};

} // namespace sajudesk
