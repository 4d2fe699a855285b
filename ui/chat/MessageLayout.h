// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ChatMessage.h"
#include "chat/MarkdownBlocks.h"

#include <QDateTime>
#include <QRect>
#include <QString>

#include <memory>
#include <vector>

class QModelIndex;
class QPainter;
class QTextDocument;

namespace sajudesk {

struct TranscriptStyle;

/// What the transcript shows of one row of ConversationModel (a snapshot of its roles).
struct MessageData
{
    ChatMessage::Role role = ChatMessage::Role::User;
    ChatMessage::State state = ChatMessage::State::Complete;
    bool isContext = false;
    bool understood = true;
    QString content;
    QString reasoning;
    QString model;
    QString errorCode;
    QString finishReason;
    QDateTime time;
    qint64 reasoningMs = -1;
    qint64 firstTokenMs = -1;
    qint64 durationMs = -1;
    int promptTokens = -1;
    int completionTokens = -1;
    int versionIndex = 0;
    int versionCount = 1;

    static MessageData fromIndex(const QModelIndex &index);
};

/// One message laid out for the transcript, in the manner of Chatterino's MessageLayout: a
/// vertical list of blocks (header, thinking section, each Markdown text block, each code block,
/// a status line, the footer), each laid out only when the view needs it and kept until the
/// column width changes. Blocks that were never laid out carry an estimated height.
///
/// While an answer streams, setData() re-splits only the tail of the text: unchanged blocks keep
/// their documents and heights, so one chunk costs the last block's parse and layout.
class MessageLayout
{
public:
    enum class BlockKind { Header, ReasoningToggle, ReasoningBody, Text, Code, Status, Footer };

    /// What is under a point of the message.
    struct Hit
    {
        enum class Kind { None, Card, Text, Link, CodeCopy, CodeScrollBar, ReasoningToggle };
        Kind kind = Kind::None;
        int block = -1;
        int position = -1; ///< document position (Text / Link)
        QString href;
    };

    /// How to paint: selection per block (document positions), what the pointer is over.
    struct PaintState
    {
        int selectionBlockFirst = -1, selectionStart = -1; ///< selection start (block, position)
        int selectionBlockLast = -1, selectionEnd = -1;    ///< selection end (block, position)
        int hoveredBlock = -1;
        Hit::Kind hoveredKind = Hit::Kind::None;
        bool focused = false; ///< keyboard focus is on this message
        bool hovered = false;
        QDateTime now; ///< for "waiting (N s)" and "Thinking… N s"
        QRect clip;    ///< visible part, in painter coordinates
    };

    explicit MessageLayout(const TranscriptStyle *style);
    ~MessageLayout();
    MessageLayout(const MessageLayout &) = delete;
    MessageLayout &operator=(const MessageLayout &) = delete;

    const MessageData &data() const { return m_data; }
    /// Takes a new snapshot; returns true when anything shown changed.
    bool setData(const MessageData &data);
    /// The column width; changing it drops the exact heights (documents stay).
    void setWidth(int width);
    int width() const { return m_width; }
    /// The style changed (font, palette): every document is rebuilt when next needed.
    void restyle();

    int blockCount() const { return static_cast<int>(m_blocks.size()); }
    BlockKind blockKind(int block) const { return m_blocks.at(block).kind; }
    int blockHeight(int block) const { return m_blocks.at(block).height(); }
    bool blockExact(int block) const { return m_blocks.at(block).exact; }
    /// Lays `block` out at the current width (no-op when it is exact); returns the height change.
    int layoutBlock(int block);
    /// Sum of the block heights (exact or estimated).
    int height() const { return m_height; }
    int blockTop(int block) const;
    /// Frees the documents (heights stay exact); used for messages far from the viewport.
    void releaseDocuments();
    bool hasDocuments() const;

    bool reasoningExpanded() const { return m_reasoningExpanded; }
    void setReasoningExpanded(bool expanded);
    /// Horizontal scroll of a code block; returns false when it cannot scroll.
    bool scrollCode(int block, int dx);

    /// Paints `block` with its top-left at `origin` (the column's left edge).
    void paintBlock(QPainter *painter, int block, const QPoint &origin, const PaintState &state) const;
    Hit hitTest(int block, const QPoint &pointInBlock) const;
    /// Where the header's action toolbar goes (block 0 coordinates); `toolbarWidth` wide.
    QRect toolbarRect(int toolbarWidth, int toolbarHeight) const;
    /// Top-left of a block's document in block coordinates (code: scrolled).
    QPoint documentOrigin(int block) const { return docOrigin(m_blocks.at(static_cast<size_t>(block))); }
    /// The block without its padding, in block coordinates, across the card.
    QRect innerRect(int block) const;
    /// Rectangle of a code block's Copy button in block coordinates (top or bottom).
    QRect codeCopyRect(int block, bool bottom) const;

    /// The text as shown (Markdown rendered, emoji as characters); code blocks raw.
    QString plainText() const;
    /// Role, text and status line (for reports and tests).
    QString describe() const;
    QString codeOf(int block) const;
    /// Code blocks in display order (block indexes).
    QList<int> codeBlocks() const;
    /// Document of a selectable block (Text, Code, ReasoningBody); built when missing.
    QTextDocument *document(int block);
    bool isSelectable(int block) const;
    /// Document position under `pointInBlock`, -1 outside text.
    int positionAt(int block, const QPoint &pointInBlock);
    QString selectedText(int block, int start, int end);
    QString selectedHtml(int block, int start, int end);

private:
    static constexpr int codeInnerPadding = 8;
    static constexpr int longCodeLines = 20; ///< from here on a code block gets a second Copy button below it
    static constexpr int reasoningIndent = 12;

    struct Block
    {
        BlockKind kind = BlockKind::Text;
        MarkdownBlock source;
        std::unique_ptr<QTextDocument> doc;
        int inner = 0; ///< height without the padding (exact or estimated)
        bool exact = false;
        bool stale = false; ///< the document no longer matches `source` (re-parse when laid out)
        bool inCard = true;
        bool cardTop = false;
        bool cardBottom = false;
        int padTop = 0;
        int padBottom = 0;
        int hScroll = 0;
        int docAppliedLength = 0; ///< plain/code documents: characters already in the document

        int height() const { return padTop + inner + padBottom; }
    };

    void rebuild(const MessageData &old, bool contentChanged);
    void placeCard();
    int estimate(const Block &block) const;
    int measure(Block &block);
    Block makeBlock(BlockKind kind, bool inCard = true) const;
    Block contentBlock(const MarkdownBlock &source, std::vector<Block> &old);
    int contentWidth() const;
    int bodyWidth(const Block &block) const;
    int cardLeft() const;
    int cardWidth() const;
    QTextDocument *ensureDocument(Block &block);
    QPoint docOrigin(const Block &block) const;
    QString headerText() const;
    QString statusText(const QDateTime &now) const;
    QString reasoningLabel(const QDateTime &now) const;
    QString footerText() const;
    bool hasReasoningSection() const;
    void recomputeHeight();

    void paintCard(QPainter *painter, const Block &block, const QRect &rect) const;
    void paintDocument(QPainter *painter, const Block &block, int index, const QPoint &at, const PaintState &state,
                       const QColor &color) const;
    void paintCode(QPainter *painter, const Block &block, int index, const QRect &rect, const PaintState &state) const;

    const TranscriptStyle *m_style;
    MessageData m_data;
    QList<MarkdownBlock> m_markdown;
    std::vector<Block> m_blocks;
    int m_width = 0;
    int m_height = 0;
    int m_userBubbleWidth = -1; ///< natural width of a user bubble once laid out
    bool m_reasoningExpanded = false;
    bool m_reasoningToggled = false; ///< the user chose; streaming no longer opens/closes it
};

} // namespace sajudesk
