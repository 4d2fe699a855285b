// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/MessageLayout.h"

#include "chat/ConversationModel.h"
#include "chat/Emoji.h"
#include "chat/MessageDocuments.h"
#include "chat/TranscriptStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace sajudesk {

namespace {

bool isWide(QChar c)
{
    const char16_t u = c.unicode();
    return (u >= 0x1100 && u <= 0x115F) || (u >= 0x2E80 && u <= 0xA4CF) || (u >= 0xAC00 && u <= 0xD7A3)
           || (u >= 0xF900 && u <= 0xFAFF) || (u >= 0xFF00 && u <= 0xFF60) || c.isSurrogate();
}

/// Rows a text needs at `charsPerRow` (wide characters count twice): the estimate used before a
/// block is laid out. Only its sum matters (for the scroll bar), so it is cheap, not exact.
int estimateRows(const QString &text, int charsPerRow)
{
    charsPerRow = std::max(8, charsPerRow);
    int rows = 0;
    int column = 0;
    for (QChar c : text) {
        if (c == QLatin1Char('\n')) {
            rows += 1 + column / charsPerRow;
            column = 0;
            continue;
        }
        column += isWide(c) ? 2 : 1;
    }
    return rows + 1 + column / charsPerRow;
}

} // namespace

MessageData MessageData::fromIndex(const QModelIndex &index)
{
    MessageData d;
    d.role = static_cast<ChatMessage::Role>(index.data(ConversationModel::MessageRoleRole).toInt());
    d.state = static_cast<ChatMessage::State>(index.data(ConversationModel::StateRole).toInt());
    d.isContext = index.data(ConversationModel::IsContextRole).toBool();
    d.understood = index.data(ConversationModel::UnderstoodRole).toBool();
    d.content = index.data(ConversationModel::ContentRole).toString();
    d.reasoning = index.data(ConversationModel::ReasoningRole).toString();
    d.model = index.data(ConversationModel::ModelRole).toString();
    d.errorCode = index.data(ConversationModel::ErrorCodeRole).toString();
    d.finishReason = index.data(ConversationModel::FinishReasonRole).toString();
    d.time = index.data(ConversationModel::TimeRole).toDateTime();
    d.reasoningMs = index.data(ConversationModel::ReasoningMsRole).toLongLong();
    d.firstTokenMs = index.data(ConversationModel::FirstTokenMsRole).toLongLong();
    d.durationMs = index.data(ConversationModel::DurationMsRole).toLongLong();
    d.promptTokens = index.data(ConversationModel::PromptTokensRole).toInt();
    d.completionTokens = index.data(ConversationModel::CompletionTokensRole).toInt();
    d.versionIndex = index.data(ConversationModel::VersionIndexRole).toInt();
    d.versionCount = index.data(ConversationModel::VersionCountRole).toInt();
    return d;
}

MessageLayout::MessageLayout(const TranscriptStyle *style)
    : m_style(style)
{}

MessageLayout::~MessageLayout() = default;

bool MessageLayout::setData(const MessageData &data)
{
    const MessageData old = m_data;
    const bool first = m_blocks.empty();
    const bool contentChanged = first || old.content != data.content || old.role != data.role
                                || old.isContext != data.isContext || old.understood != data.understood;
    const bool otherChanged = old.state != data.state || old.reasoning != data.reasoning || old.model != data.model
                              || old.errorCode != data.errorCode || old.finishReason != data.finishReason
                              || old.time != data.time || old.reasoningMs != data.reasoningMs
                              || old.firstTokenMs != data.firstTokenMs || old.durationMs != data.durationMs
                              || old.promptTokens != data.promptTokens || old.completionTokens != data.completionTokens
                              || old.versionIndex != data.versionIndex || old.versionCount != data.versionCount;
    if (!contentChanged && !otherChanged)
        return false;
    m_data = data;
    const bool markdown = data.isContext || data.role == ChatMessage::Role::Assistant;
    if (contentChanged && markdown) {
        const bool appended = !first && old.role == data.role && !old.content.isEmpty()
                              && data.content.size() > old.content.size() && data.content.startsWith(old.content);
        m_markdown =
            appended ? MarkdownBlocks::splitAppended(m_markdown, data.content) : MarkdownBlocks::split(data.content);
    } else if (!markdown) {
        m_markdown.clear();
    }
    if (!m_reasoningToggled)
        m_reasoningExpanded = data.state == ChatMessage::State::Streaming && data.content.isEmpty();
    rebuild(old, contentChanged);
    return true;
}

MessageLayout::Block MessageLayout::makeBlock(BlockKind kind, bool inCard) const
{
    Block b;
    b.kind = kind;
    b.inCard = inCard;
    return b;
}

MessageLayout::Block MessageLayout::contentBlock(const MarkdownBlock &source, std::vector<Block> &old)
{
    for (Block &o : old) {
        if ((o.kind != BlockKind::Text && o.kind != BlockKind::Code) || o.source.start != source.start)
            continue;
        if (o.source == source)
            return std::move(o);
        // The streaming tail: a growing code block takes the new lines; text is parsed again.
        Block b = std::move(o);
        const bool grewCode = b.kind == BlockKind::Code && source.kind == MarkdownBlock::Kind::Code && b.doc && !b.stale
                              && source.source.startsWith(b.source.source);
        if (grewCode) {
            MessageDocuments::appendPlain(b.doc.get(), source.source.mid(b.source.source.size()));
        } else {
            b.stale = true;
        }
        b.kind = source.kind == MarkdownBlock::Kind::Code ? BlockKind::Code : BlockKind::Text;
        b.source = source;
        b.exact = false;
        b.inner = estimate(b);
        return b;
    }
    Block b = makeBlock(source.kind == MarkdownBlock::Kind::Code ? BlockKind::Code : BlockKind::Text);
    b.source = source;
    b.inner = estimate(b);
    return b;
}

void MessageLayout::rebuild(const MessageData &old, bool contentChanged)
{
    std::vector<Block> previous = std::move(m_blocks);
    m_blocks.clear();
    auto take = [&previous](BlockKind kind) -> Block * {
        for (Block &b : previous) {
            if (b.kind == kind)
                return &b;
        }
        return nullptr;
    };

    Block header = makeBlock(BlockKind::Header, false);
    header.inner = m_style->headerHeight;
    header.padTop = m_style->messageSpacing;
    header.exact = true;
    m_blocks.push_back(std::move(header));

    if (!m_data.understood) {
        Block status = makeBlock(BlockKind::Status);
        status.inner = m_style->smallLineHeight + 4;
        status.exact = true;
        m_blocks.push_back(std::move(status));
    } else if (m_data.role == ChatMessage::Role::User && !m_data.isContext) {
        Block *kept = take(BlockKind::Text);
        Block text = makeBlock(BlockKind::Text);
        // Trailing blank lines would only make the bubble taller.
        QString shown = m_data.content;
        while (!shown.isEmpty() && shown.back().isSpace())
            shown.chop(1);
        text.source.source = shown;
        if (kept && !contentChanged) {
            text = std::move(*kept);
        } else {
            text.inner = estimate(text);
            m_userBubbleWidth = -1;
        }
        m_blocks.push_back(std::move(text));
    } else {
        if (hasReasoningSection()) {
            Block toggle = makeBlock(BlockKind::ReasoningToggle);
            toggle.inner = m_style->smallLineHeight + 6;
            toggle.exact = true;
            m_blocks.push_back(std::move(toggle));
            if (m_reasoningExpanded) {
                Block body = makeBlock(BlockKind::ReasoningBody);
                if (Block *kept = take(BlockKind::ReasoningBody)) {
                    body = std::move(*kept);
                    if (body.doc && m_data.reasoning.startsWith(old.reasoning) && !body.stale) {
                        if (m_data.reasoning.size() != old.reasoning.size()) {
                            MessageDocuments::appendPlain(body.doc.get(), m_data.reasoning.mid(old.reasoning.size()));
                            body.exact = false;
                        }
                    } else {
                        body.stale = true;
                        body.exact = false;
                    }
                }
                body.source.source = m_data.reasoning;
                if (!body.exact)
                    body.inner = estimate(body);
                m_blocks.push_back(std::move(body));
            }
        }
        for (const MarkdownBlock &md : std::as_const(m_markdown))
            m_blocks.push_back(contentBlock(md, previous));
        if (!statusText(QDateTime::currentDateTimeUtc()).isEmpty()) {
            Block status = makeBlock(BlockKind::Status);
            status.inner = m_style->smallLineHeight + 4;
            status.exact = true;
            m_blocks.push_back(std::move(status));
        }
        if (!footerText().isEmpty()) {
            Block footer = makeBlock(BlockKind::Footer, false);
            footer.inner = m_style->smallLineHeight + 4;
            footer.padTop = 2;
            footer.exact = true;
            m_blocks.push_back(std::move(footer));
        }
    }
    placeCard();
    recomputeHeight();
}

void MessageLayout::placeCard()
{
    int first = -1;
    int last = -1;
    for (int i = 0; i < blockCount(); ++i) {
        Block &b = m_blocks[static_cast<size_t>(i)];
        b.cardTop = b.cardBottom = false;
        if (!b.inCard)
            continue;
        if (first < 0)
            first = i;
        last = i;
        // A paragraph cut for streaming reads on without a gap.
        b.padTop = b.kind == BlockKind::Text && b.source.continues ? 0 : m_style->blockSpacing;
        b.padBottom = 0;
    }
    if (first < 0)
        return;
    m_blocks[static_cast<size_t>(first)].cardTop = true;
    m_blocks[static_cast<size_t>(first)].padTop = m_style->cardPadding;
    m_blocks[static_cast<size_t>(last)].cardBottom = true;
    m_blocks[static_cast<size_t>(last)].padBottom = m_style->cardPadding;
}

void MessageLayout::recomputeHeight()
{
    m_height = 0;
    for (const Block &b : m_blocks)
        m_height += b.height();
}

int MessageLayout::blockTop(int block) const
{
    int y = 0;
    for (int i = 0; i < block; ++i)
        y += m_blocks.at(static_cast<size_t>(i)).height();
    return y;
}

void MessageLayout::setWidth(int width)
{
    if (width == m_width)
        return;
    m_width = width;
    m_userBubbleWidth = -1;
    for (Block &b : m_blocks) {
        if (b.kind == BlockKind::Text || b.kind == BlockKind::ReasoningBody || b.kind == BlockKind::Code) {
            b.exact = false;
            b.inner = estimate(b);
        }
    }
    recomputeHeight();
}

void MessageLayout::restyle()
{
    for (Block &b : m_blocks) {
        b.doc.reset();
        b.stale = false;
        b.exact = b.kind == BlockKind::Header || b.kind == BlockKind::Status || b.kind == BlockKind::Footer
                  || b.kind == BlockKind::ReasoningToggle;
    }
    const MessageData data = m_data;
    m_data = MessageData();
    m_blocks.clear();
    setData(data);
}

void MessageLayout::setReasoningExpanded(bool expanded)
{
    m_reasoningToggled = true;
    if (expanded == m_reasoningExpanded)
        return;
    m_reasoningExpanded = expanded;
    rebuild(m_data, false);
}

bool MessageLayout::hasReasoningSection() const
{
    return m_data.role == ChatMessage::Role::Assistant && !m_data.isContext && !m_data.reasoning.isEmpty();
}

int MessageLayout::contentWidth() const
{
    if (m_data.role == ChatMessage::Role::User && !m_data.isContext)
        return std::max(40, static_cast<int>(m_width * 0.85) - 2 * m_style->cardPadding);
    return std::max(40, m_width - 2 * m_style->cardPadding);
}

int MessageLayout::bodyWidth(const Block &block) const
{
    if (block.kind == BlockKind::Code)
        return std::max(20, contentWidth() - 2 * codeInnerPadding);
    if (block.kind == BlockKind::ReasoningBody)
        return std::max(20, contentWidth() - reasoningIndent);
    return contentWidth();
}

int MessageLayout::cardWidth() const
{
    if (m_data.role == ChatMessage::Role::User && !m_data.isContext)
        return m_userBubbleWidth > 0 ? m_userBubbleWidth : contentWidth() + 2 * m_style->cardPadding;
    return m_width;
}

int MessageLayout::cardLeft() const
{
    return m_width - cardWidth() > 0 && m_data.role == ChatMessage::Role::User && !m_data.isContext
               ? m_width - cardWidth()
               : 0;
}

int MessageLayout::estimate(const Block &block) const
{
    switch (block.kind) {
    case BlockKind::Code: {
        const int lines = static_cast<int>(block.source.source.count(QLatin1Char('\n'))) + 1;
        const int bars = lines >= longCodeLines ? 2 : 1;
        return bars * m_style->codeBarHeight + 2 * codeInnerPadding + lines * m_style->monoLineHeight;
    }
    case BlockKind::ReasoningBody: {
        const int chars = bodyWidth(block) / std::max(1, m_style->averageCharWidth);
        return estimateRows(block.source.source, chars) * m_style->smallLineHeight;
    }
    case BlockKind::Text: {
        const int chars = bodyWidth(block) / std::max(1, m_style->averageCharWidth);
        return estimateRows(block.source.source, chars) * m_style->lineHeight;
    }
    default:
        return block.inner;
    }
}

QTextDocument *MessageLayout::ensureDocument(Block &block)
{
    if (block.doc && !block.stale)
        return block.doc.get();
    const bool markdown = m_data.isContext || m_data.role == ChatMessage::Role::Assistant;
    switch (block.kind) {
    case BlockKind::Text:
        // Always a new document: one that has a width lays itself out after every edit the
        // Markdown importer makes (measuring each emoji glyph on the way).
        block.doc = markdown ? MessageDocuments::markdown(block.source.source, *m_style)
                             : MessageDocuments::plain(block.source.source, *m_style);
        break;
    case BlockKind::Code:
        block.doc = MessageDocuments::code(block.source.source, *m_style);
        break;
    case BlockKind::ReasoningBody:
        block.doc = MessageDocuments::plain(m_data.reasoning, *m_style, true);
        break;
    default:
        return nullptr;
    }
    block.stale = false;
    return block.doc.get();
}

int MessageLayout::measure(Block &block)
{
    QTextDocument *doc = ensureDocument(block);
    if (!doc)
        return block.inner;
    if (block.kind == BlockKind::Code) {
        doc->setTextWidth(-1);
        const int lines = doc->blockCount();
        const int bars = lines >= longCodeLines ? 2 : 1;
        const bool overflow = doc->idealWidth() > bodyWidth(block);
        return bars * m_style->codeBarHeight + 2 * codeInnerPadding + static_cast<int>(std::ceil(doc->size().height()))
               + (overflow ? m_style->scrollBarHeight + 2 : 0);
    }
    doc->setTextWidth(bodyWidth(block));
    const int h = static_cast<int>(std::ceil(doc->size().height()));
    if (block.kind == BlockKind::Text && m_data.role == ChatMessage::Role::User && !m_data.isContext) {
        const int natural = static_cast<int>(std::ceil(doc->idealWidth())) + 2 * m_style->cardPadding;
        m_userBubbleWidth = std::clamp(natural, 48, contentWidth() + 2 * m_style->cardPadding);
    }
    return h;
}

int MessageLayout::layoutBlock(int index)
{
    Block &block = m_blocks.at(static_cast<size_t>(index));
    if (block.exact)
        return 0;
    const int before = block.inner;
    block.inner = measure(block);
    block.exact = true;
    const int delta = block.inner - before;
    m_height += delta;
    return delta;
}

void MessageLayout::releaseDocuments()
{
    for (Block &b : m_blocks) {
        if (b.doc) {
            b.doc.reset();
            b.stale = false;
        }
    }
}

bool MessageLayout::hasDocuments() const
{
    for (const Block &b : m_blocks) {
        if (b.doc)
            return true;
    }
    return false;
}

bool MessageLayout::scrollCode(int index, int dx)
{
    Block &block = m_blocks.at(static_cast<size_t>(index));
    if (block.kind != BlockKind::Code || !block.doc)
        return false;
    const int max = std::max(0, static_cast<int>(std::ceil(block.doc->idealWidth())) - bodyWidth(block));
    const int next = std::clamp(block.hScroll + dx, 0, max);
    if (next == block.hScroll)
        return false;
    block.hScroll = next;
    return true;
}

QPoint MessageLayout::docOrigin(const Block &block) const
{
    const int x = cardLeft() + m_style->cardPadding;
    switch (block.kind) {
    case BlockKind::Code:
        return {x + codeInnerPadding - block.hScroll, block.padTop + m_style->codeBarHeight + codeInnerPadding};
    case BlockKind::ReasoningBody:
        return {x + reasoningIndent, block.padTop};
    default:
        return {x, block.padTop};
    }
}

} // namespace sajudesk
