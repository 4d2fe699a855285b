// SPDX-License-Identifier: GPL-3.0-or-later
// MessageLayout: what is under a point, and the text it copies (plain, Markdown, HTML).
#include "chat/ConversationModel.h"
#include "chat/Emoji.h"
#include "chat/MessageDocuments.h"
#include "chat/MessageLayout.h"
#include "chat/TranscriptStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextDocumentFragment>

namespace sajudesk {

bool MessageLayout::isSelectable(int block) const
{
    const BlockKind k = m_blocks.at(static_cast<size_t>(block)).kind;
    return k == BlockKind::Text || k == BlockKind::Code || k == BlockKind::ReasoningBody;
}

QTextDocument *MessageLayout::document(int block)
{
    if (!isSelectable(block))
        return nullptr;
    return ensureDocument(m_blocks.at(static_cast<size_t>(block)));
}

int MessageLayout::positionAt(int index, const QPoint &point)
{
    QTextDocument *doc = document(index);
    if (!doc)
        return -1;
    const Block &block = m_blocks.at(static_cast<size_t>(index));
    const QPointF local = point - docOrigin(block);
    if (local.y() < 0)
        return 0;
    if (local.y() > doc->size().height())
        return doc->characterCount() - 1;
    return doc->documentLayout()->hitTest(local, Qt::FuzzyHit);
}

MessageLayout::Hit MessageLayout::hitTest(int index, const QPoint &point) const
{
    Hit hit;
    hit.block = index;
    const Block &block = m_blocks.at(static_cast<size_t>(index));
    const bool inCardX = point.x() >= cardLeft() && point.x() < cardLeft() + cardWidth();
    if (block.inCard && inCardX)
        hit.kind = Hit::Kind::Card;
    switch (block.kind) {
    case BlockKind::ReasoningToggle:
        if (inCardX)
            hit.kind = Hit::Kind::ReasoningToggle;
        return hit;
    case BlockKind::Code: {
        if (codeCopyRect(index, false).contains(point)
            || (block.doc && block.doc->blockCount() >= longCodeLines && codeCopyRect(index, true).contains(point))) {
            hit.kind = Hit::Kind::CodeCopy;
            return hit;
        }
        const int bottom = block.padTop + block.inner;
        const int barBottom =
            bottom - (block.doc && block.doc->blockCount() >= longCodeLines ? m_style->codeBarHeight : 0);
        if (block.doc && block.doc->idealWidth() > bodyWidth(block)
            && point.y() >= barBottom - m_style->scrollBarHeight - 4 && point.y() < barBottom) {
            hit.kind = Hit::Kind::CodeScrollBar;
            return hit;
        }
        break;
    }
    case BlockKind::Text:
    case BlockKind::ReasoningBody:
        break;
    default:
        return hit;
    }
    if (!block.doc || block.stale || !block.exact)
        return hit;
    const QPointF local = point - docOrigin(block);
    const QSizeF size = block.doc->size();
    if (local.x() < 0 || local.y() < 0 || local.y() > size.height()
        || (block.kind != BlockKind::Code && local.x() > bodyWidth(block)))
        return hit;
    hit.position = block.doc->documentLayout()->hitTest(local, Qt::FuzzyHit);
    hit.kind = Hit::Kind::Text;
    const QString href = block.doc->documentLayout()->anchorAt(local);
    if (!href.isEmpty()) {
        hit.kind = Hit::Kind::Link;
        hit.href = href;
    }
    return hit;
}

QRect MessageLayout::codeCopyRect(int index, bool bottom) const
{
    const Block &block = m_blocks.at(static_cast<size_t>(index));
    const int w = std::max(72, m_style->codeBarHeight * 3);
    const int right = cardLeft() + cardWidth() - m_style->cardPadding;
    const int top = bottom ? block.padTop + block.inner - m_style->codeBarHeight : block.padTop;
    return {right - w - 2, top + 2, w, m_style->codeBarHeight - 4};
}

QRect MessageLayout::innerRect(int index) const
{
    const Block &block = m_blocks.at(static_cast<size_t>(index));
    if (!block.inCard)
        return {0, block.padTop, m_width, block.inner};
    return {cardLeft() + m_style->cardPadding, block.padTop, cardWidth() - 2 * m_style->cardPadding, block.inner};
}

QRect MessageLayout::toolbarRect(int toolbarWidth, int toolbarHeight) const
{
    const Block &header = m_blocks.front();
    const int y = header.padTop + (header.inner - toolbarHeight) / 2;
    if (m_data.role == ChatMessage::Role::User && !m_data.isContext)
        return {0, y, toolbarWidth, toolbarHeight};
    return {m_width - toolbarWidth, y, toolbarWidth, toolbarHeight};
}

QList<int> MessageLayout::codeBlocks() const
{
    QList<int> out;
    for (int i = 0; i < blockCount(); ++i) {
        if (m_blocks.at(static_cast<size_t>(i)).kind == BlockKind::Code)
            out.append(i);
    }
    return out;
}

QString MessageLayout::codeOf(int block) const
{
    const Block &b = m_blocks.at(static_cast<size_t>(block));
    return b.kind == BlockKind::Code ? b.source.source : QString();
}

QString MessageLayout::plainText() const
{
    if (m_data.role == ChatMessage::Role::User && !m_data.isContext)
        return m_data.content;
    QStringList parts;
    for (const MarkdownBlock &md : m_markdown) {
        if (md.kind == MarkdownBlock::Kind::Code) {
            parts << md.source;
            continue;
        }
        const auto doc = MessageDocuments::markdown(md.source, *m_style);
        parts << emoji::textOf(doc.get(), 0, doc->characterCount() - 1);
    }
    return parts.join(QStringLiteral("\n\n"));
}

QString MessageLayout::describe() const
{
    QStringList lines{headerText()};
    if (hasReasoningSection())
        lines << reasoningLabel(QDateTime::currentDateTimeUtc());
    lines << (m_data.understood ? plainText() : QString());
    if (const QString status = statusText(QDateTime::currentDateTimeUtc()); !status.isEmpty())
        lines << status;
    return lines.join(QLatin1Char('\n'));
}

QString MessageLayout::selectedText(int block, int start, int end)
{
    QTextDocument *doc = document(block);
    if (!doc || start >= end)
        return {};
    if (m_blocks.at(static_cast<size_t>(block)).kind == BlockKind::Code)
        return emoji::textOf(doc, start, end);
    // Links keep their address in plain text too: "docs (https://…)".
    QString out;
    QTextCursor cursor(doc);
    int at = start;
    for (QTextBlock b = doc->findBlock(start); b.isValid() && b.position() < end; b = b.next()) {
        if (!b.isVisible()) {
            at = b.next().isValid() ? b.next().position() : end;
            continue;
        }
        for (auto it = b.begin(); !it.atEnd(); ++it) {
            const QTextFragment f = it.fragment();
            const int fs = std::max(f.position(), at);
            const int fe = std::min(f.position() + f.length(), end);
            if (fs >= fe)
                continue;
            out += emoji::textOf(doc, fs, fe);
            const QTextCharFormat format = f.charFormat();
            const QString href = format.anchorHref();
            if (format.isAnchor() && !href.isEmpty() && fe == f.position() + f.length() && f.text().trimmed() != href)
                out += QStringLiteral(" (%1)").arg(href);
        }
        if (b.next().isValid() && b.next().position() < end)
            out += QLatin1Char('\n');
        at = b.next().isValid() ? b.next().position() : end;
    }
    return out;
}

QString MessageLayout::selectedHtml(int block, int start, int end)
{
    QTextDocument *doc = document(block);
    if (!doc || start >= end)
        return {};
    QTextCursor cursor(doc);
    cursor.setPosition(start);
    cursor.setPosition(end, QTextCursor::KeepAnchor);
    return cursor.selection().toHtml();
}

} // namespace sajudesk
