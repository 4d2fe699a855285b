// SPDX-License-Identifier: GPL-3.0-or-later
// MessageLayout: what each block says and how it is painted.
#include "chat/ChatIcons.h"
#include "chat/MessageLayout.h"
#include "chat/TranscriptStyle.h"

#include <QAbstractTextDocumentLayout>
#include <QCoreApplication>
#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTextDocument>

namespace sajudesk {

namespace {

QString seconds(qint64 ms)
{
    const double s = ms / 1000.0;
    return s < 10 ? QLocale().toString(s, 'f', 1) : QLocale().toString(qRound64(s));
}

} // namespace

QString MessageLayout::headerText() const
{
    QString role;
    if (m_data.isContext)
        role = QCoreApplication::translate("MessageLayout", "Context (sent as the system prompt)");
    else if (!m_data.understood)
        role = QCoreApplication::translate("MessageLayout", "Message");
    else if (m_data.role == ChatMessage::Role::User)
        role = QCoreApplication::translate("MessageLayout", "You");
    else if (m_data.role == ChatMessage::Role::Assistant)
        role = QCoreApplication::translate("MessageLayout", "Assistant");
    else
        role = QCoreApplication::translate("MessageLayout", "System");
    return role;
}

QString MessageLayout::statusText(const QDateTime &now) const
{
    const qint64 waited = m_data.time.isValid() ? std::max<qint64>(0, m_data.time.msecsTo(now)) : 0;
    if (!m_data.understood)
        return QCoreApplication::translate("MessageLayout",
                                           "This version of SajuDesk cannot show this message. It is kept unchanged.");
    if (m_data.isContext || m_data.role != ChatMessage::Role::Assistant)
        return {};
    switch (m_data.state) {
    case ChatMessage::State::Streaming:
        if (!m_data.errorCode.isEmpty())
            return QCoreApplication::translate(
                       "MessageLayout", "Asking again (%1 s)… the earlier text stays until the new answer starts.")
                .arg(waited / 1000);
        if (m_data.content.isEmpty() && m_data.reasoning.isEmpty())
            return QCoreApplication::translate("MessageLayout", "Waiting for the model (%1 s)…").arg(waited / 1000);
        return {};
    case ChatMessage::State::Stopped:
        return QCoreApplication::translate("MessageLayout", "Stopped. This answer is incomplete.");
    case ChatMessage::State::Interrupted:
        // The connection, or the app itself (a crash, a kill), ended before the answer did.
        return m_data.errorCode.isEmpty()
                   ? QCoreApplication::translate("MessageLayout",
                                                 "Incomplete: the answer ended before it was finished.")
                   : QCoreApplication::translate("MessageLayout",
                                                 "Incomplete: the answer ended before it was finished (%1).")
                         .arg(m_data.errorCode);
    case ChatMessage::State::Failed:
        return m_data.errorCode.isEmpty()
                   ? QCoreApplication::translate("MessageLayout", "No answer arrived.")
                   : QCoreApplication::translate("MessageLayout", "No answer arrived (%1).").arg(m_data.errorCode);
    case ChatMessage::State::Complete:
        if (m_data.finishReason == QLatin1String("length"))
            return QCoreApplication::translate("MessageLayout", "The answer reached the length limit and was cut off.");
        if (m_data.finishReason == QLatin1String("content_filter"))
            return QCoreApplication::translate("MessageLayout", "The provider's content filter stopped this answer.");
        if (m_data.content.isEmpty() && m_data.reasoning.isEmpty())
            return QCoreApplication::translate("MessageLayout", "The model sent an empty answer.");
        return {};
    }
    return {};
}

QString MessageLayout::reasoningLabel(const QDateTime &now) const
{
    if (m_data.state == ChatMessage::State::Streaming && m_data.content.isEmpty()) {
        const qint64 ms = m_data.time.isValid() ? std::max<qint64>(0, m_data.time.msecsTo(now)) : 0;
        return QCoreApplication::translate("MessageLayout", "Thinking… %1 s").arg(ms / 1000);
    }
    if (m_data.reasoningMs >= 0)
        return QCoreApplication::translate("MessageLayout", "Thought for %1 s").arg(seconds(m_data.reasoningMs));
    return QCoreApplication::translate("MessageLayout", "Thoughts");
}

QString MessageLayout::footerText() const
{
    if (m_data.role != ChatMessage::Role::Assistant || m_data.isContext || !m_data.understood
        || m_data.state == ChatMessage::State::Streaming)
        return {};
    QStringList parts;
    if (!m_data.model.isEmpty())
        parts << m_data.model;
    if (m_data.promptTokens >= 0 || m_data.completionTokens >= 0) {
        const QString in = m_data.promptTokens >= 0 ? QLocale().toString(m_data.promptTokens) : QStringLiteral("?");
        const QString out =
            m_data.completionTokens >= 0 ? QLocale().toString(m_data.completionTokens) : QStringLiteral("?");
        parts << QCoreApplication::translate("MessageLayout", "%1 in · %2 out tokens").arg(in, out);
    }
    if (m_data.firstTokenMs >= 1000)
        parts << QCoreApplication::translate("MessageLayout", "first token %1 s").arg(seconds(m_data.firstTokenMs));
    else if (m_data.firstTokenMs >= 0)
        parts << QCoreApplication::translate("MessageLayout", "first token %1 ms").arg(m_data.firstTokenMs);
    const qint64 writing = m_data.durationMs - std::max<qint64>(0, m_data.firstTokenMs);
    if (m_data.completionTokens > 0 && m_data.durationMs > 0 && writing > 200)
        parts << QCoreApplication::translate("MessageLayout", "%1 tokens/s")
                     .arg(QLocale().toString(m_data.completionTokens * 1000.0 / writing, 'f', 1));
    return parts.join(QStringLiteral(" · "));
}

void MessageLayout::paintCard(QPainter *painter, const Block &block, const QRect &rect) const
{
    // The card is drawn per block and clipped, so a message partly on screen needs only the
    // blocks that are visible; corners are rounded on its first and last block.
    const int r = m_style->radius;
    QRect card(rect.left() + cardLeft(), rect.top(), cardWidth(), rect.height());
    QRect shape = card.adjusted(0, block.cardTop ? 0 : -3 * r, -1, block.cardBottom ? -1 : 3 * r);
    const bool user = m_data.role == ChatMessage::Role::User && !m_data.isContext;
    const QColor fill = m_data.isContext ? m_style->contextCard : user ? m_style->userCard : m_style->assistantCard;
    painter->save();
    painter->setClipRect(card, Qt::IntersectClip);
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_style->cardBorder, 1));
    painter->setBrush(fill);
    painter->drawRoundedRect(QRectF(shape).translated(0.5, 0.5), r, r);
    painter->restore();
}

void MessageLayout::paintDocument(QPainter *painter, const Block &block, int index, const QPoint &at,
                                  const PaintState &state, const QColor &color) const
{
    if (!block.doc)
        return;
    QAbstractTextDocumentLayout::PaintContext context;
    context.palette = m_style->palette;
    context.palette.setColor(QPalette::Text, color);
    context.palette.setColor(QPalette::Link, m_style->link);
    const bool first = index == state.selectionBlockFirst;
    const bool last = index == state.selectionBlockLast;
    if (state.selectionBlockFirst >= 0 && index >= state.selectionBlockFirst && index <= state.selectionBlockLast) {
        QAbstractTextDocumentLayout::Selection selection;
        const int end = block.doc->characterCount() - 1;
        QTextCursor cursor(block.doc.get());
        cursor.setPosition(first ? std::clamp(state.selectionStart, 0, end) : 0);
        cursor.setPosition(last ? std::clamp(state.selectionEnd, 0, end) : end, QTextCursor::KeepAnchor);
        selection.cursor = cursor;
        selection.format.setBackground(m_style->palette.color(QPalette::Highlight));
        selection.format.setForeground(m_style->palette.color(QPalette::HighlightedText));
        context.selections.append(selection);
    }
    painter->save();
    painter->translate(at);
    QRect clip = state.clip.translated(-at);
    context.clip = clip;
    block.doc->documentLayout()->draw(painter, context);
    painter->restore();
}

void MessageLayout::paintCode(QPainter *painter, const Block &block, int index, const QRect &rect,
                              const PaintState &state) const
{
    const QRect frame(rect.left() + cardLeft() + m_style->cardPadding, rect.top() + block.padTop,
                      cardWidth() - 2 * m_style->cardPadding, block.inner);
    painter->save();
    painter->setRenderHint(QPainter::Antialiasing);
    painter->setPen(QPen(m_style->cardBorder, 1));
    painter->setBrush(m_style->codeBackground);
    painter->drawRoundedRect(QRectF(frame).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
    const bool longBlock = block.doc ? block.doc->blockCount() >= longCodeLines
                                     : block.source.source.count(QLatin1Char('\n')) + 1 >= longCodeLines;
    auto bar = [&](int top, bool bottom) {
        QPainterPath path;
        const QRectF r(frame.left() + 0.5, top + 0.5, frame.width() - 1, m_style->codeBarHeight - 1);
        path.addRoundedRect(r, 6, 6);
        // Square corners where the bar meets the code.
        path.addRect(bottom ? r.adjusted(0, 0, 0, -r.height() / 2) : r.adjusted(0, r.height() / 2, 0, 0));
        painter->setPen(Qt::NoPen);
        painter->setBrush(m_style->codeBar);
        painter->drawPath(path.simplified());
        painter->setFont(m_style->smallFont);
        painter->setPen(m_style->dimText);
        if (!bottom) {
            QString label = block.source.language.isEmpty() ? QCoreApplication::translate("MessageLayout", "code")
                                                            : block.source.language;
            if (!block.source.closed)
                label += QStringLiteral(" …");
            painter->drawText(QRect(frame.left() + codeInnerPadding, top, frame.width() / 2, m_style->codeBarHeight),
                              Qt::AlignVCenter | Qt::AlignLeft, label);
        }
        const QRect copy = codeCopyRect(index, bottom).translated(rect.left(), rect.top());
        const bool hovered = state.hoveredBlock == index && state.hoveredKind == Hit::Kind::CodeCopy;
        painter->setPen(QPen(m_style->cardBorder, 1));
        painter->setBrush(hovered ? m_style->hover : m_style->codeBackground);
        painter->drawRoundedRect(QRectF(copy).adjusted(0.5, 0.5, -0.5, -0.5), 4, 4);
        const QString label = QCoreApplication::translate("MessageLayout", "Copy");
        const int iconSize = std::min(14, copy.height() - 6);
        const int textWidth = QFontMetrics(m_style->smallFont).horizontalAdvance(label);
        const int left = copy.center().x() - (iconSize + 4 + textWidth) / 2;
        ChatIcons::icon(ChatIcons::Icon::Copy)
            .paint(painter, QRect(left, copy.center().y() - iconSize / 2, iconSize, iconSize));
        painter->setPen(m_style->text);
        painter->drawText(QRect(left + iconSize + 4, copy.top(), textWidth + 2, copy.height()),
                          Qt::AlignVCenter | Qt::AlignLeft, label);
    };
    bar(frame.top(), false);
    if (longBlock)
        bar(frame.bottom() + 1 - m_style->codeBarHeight, true);

    const QRect body(frame.left() + 1, frame.top() + m_style->codeBarHeight, frame.width() - 2,
                     frame.height() - m_style->codeBarHeight * (longBlock ? 2 : 1));
    painter->setClipRect(body, Qt::IntersectClip);
    PaintState inner = state;
    inner.clip = state.clip.intersected(body);
    paintDocument(painter, block, index, rect.topLeft() + docOrigin(block), inner, m_style->text);
    if (block.doc && block.doc->idealWidth() > bodyWidth(block)) {
        const int track = body.width() - 2 * codeInnerPadding;
        const qreal ideal = block.doc->idealWidth();
        const int handle = std::max(24, static_cast<int>(track * bodyWidth(block) / ideal));
        const int maxScroll = std::max(1, static_cast<int>(std::ceil(ideal)) - bodyWidth(block));
        const int x = body.left() + codeInnerPadding + (track - handle) * block.hScroll / maxScroll;
        const QRect thumb(x, body.bottom() - m_style->scrollBarHeight - 1, handle, m_style->scrollBarHeight - 2);
        painter->setPen(Qt::NoPen);
        painter->setBrush(state.hoveredBlock == index && state.hoveredKind == Hit::Kind::CodeScrollBar
                              ? m_style->dimText
                              : m_style->hover);
        painter->drawRoundedRect(thumb, 3, 3);
    }
    painter->restore();
}

void MessageLayout::paintBlock(QPainter *painter, int index, const QPoint &origin, const PaintState &state) const
{
    const Block &block = m_blocks.at(static_cast<size_t>(index));
    const QRect rect(origin.x(), origin.y(), m_width, block.height());
    if (block.inCard)
        paintCard(painter, block, rect);
    const bool user = m_data.role == ChatMessage::Role::User && !m_data.isContext;
    switch (block.kind) {
    case BlockKind::Header: {
        const QRect line(rect.left(), rect.top() + block.padTop, m_width, block.inner);
        QString time;
        if (m_data.time.isValid() && !m_data.isContext) {
            const QDateTime local = m_data.time.toLocalTime();
            time = local.date() == QDate::currentDate() ? QLocale().toString(local.time(), QLocale::ShortFormat)
                                                        : QLocale().toString(local, QLocale::ShortFormat);
        }
        QString extra = time;
        if (m_data.versionCount > 1)
            extra += QStringLiteral(" · %1/%2").arg(m_data.versionIndex + 1).arg(m_data.versionCount);
        const QFontMetrics boldMetrics(m_style->boldSmall);
        const QString role = headerText();
        const int roleWidth = boldMetrics.horizontalAdvance(role);
        painter->setFont(m_style->boldSmall);
        painter->setPen(m_style->text);
        const int pad = user ? 0 : 2;
        if (user) {
            const QFontMetrics small(m_style->smallFont);
            const int extraWidth = extra.isEmpty() ? 0 : small.horizontalAdvance(QStringLiteral(" · ") + extra);
            painter->drawText(QRect(line.right() - extraWidth - roleWidth, line.top(), roleWidth, line.height()),
                              Qt::AlignVCenter | Qt::AlignLeft, role);
            painter->setFont(m_style->smallFont);
            painter->setPen(m_style->dimText);
            if (!extra.isEmpty())
                painter->drawText(QRect(line.right() - extraWidth, line.top(), extraWidth + 1, line.height()),
                                  Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral(" · ") + extra);
        } else {
            painter->drawText(QRect(line.left() + pad, line.top(), roleWidth + 1, line.height()),
                              Qt::AlignVCenter | Qt::AlignLeft, role);
            painter->setFont(m_style->smallFont);
            painter->setPen(m_style->dimText);
            if (!extra.isEmpty())
                painter->drawText(QRect(line.left() + pad + roleWidth, line.top(), m_width / 2, line.height()),
                                  Qt::AlignVCenter | Qt::AlignLeft, QStringLiteral(" · ") + extra);
        }
        if (state.focused) {
            painter->save();
            painter->setRenderHint(QPainter::Antialiasing);
            painter->setPen(QPen(m_style->focus, 2));
            const int x = user ? line.right() - 3 : line.left();
            painter->drawLine(x + 1, line.top() + 4, x + 1, line.bottom() - 4);
            painter->restore();
        }
        break;
    }
    case BlockKind::ReasoningToggle: {
        const QRect line(rect.left() + cardLeft() + m_style->cardPadding, rect.top() + block.padTop,
                         cardWidth() - 2 * m_style->cardPadding, block.inner);
        const bool hovered = state.hoveredBlock == index && state.hoveredKind == Hit::Kind::ReasoningToggle;
        painter->setFont(m_style->smallFont);
        painter->setPen(hovered ? m_style->text : m_style->dimText);
        const QString arrow = m_reasoningExpanded ? QStringLiteral("▾ ") : QStringLiteral("▸ ");
        painter->drawText(line, Qt::AlignVCenter | Qt::AlignLeft, arrow + reasoningLabel(state.now));
        break;
    }
    case BlockKind::ReasoningBody: {
        const QPoint at = rect.topLeft() + docOrigin(block);
        painter->save();
        painter->setPen(QPen(m_style->cardBorder, 2));
        painter->drawLine(at.x() - 8, rect.top() + block.padTop, at.x() - 8, rect.top() + block.padTop + block.inner);
        painter->restore();
        paintDocument(painter, block, index, at, state, m_style->dimText);
        break;
    }
    case BlockKind::Text:
        paintDocument(painter, block, index, rect.topLeft() + docOrigin(block), state, m_style->text);
        break;
    case BlockKind::Code:
        paintCode(painter, block, index, rect, state);
        break;
    case BlockKind::Status: {
        const QRect line(rect.left() + cardLeft() + m_style->cardPadding, rect.top() + block.padTop,
                         cardWidth() - 2 * m_style->cardPadding, block.inner);
        const bool failed =
            m_data.state == ChatMessage::State::Failed || m_data.state == ChatMessage::State::Interrupted;
        const bool warning = m_data.state == ChatMessage::State::Stopped
                             || m_data.finishReason == QLatin1String("length")
                             || m_data.finishReason == QLatin1String("content_filter");
        painter->setFont(m_style->smallFont);
        painter->setPen(failed ? m_style->error : warning ? m_style->warning : m_style->dimText);
        const QString text =
            QFontMetrics(m_style->smallFont).elidedText(statusText(state.now), Qt::ElideRight, line.width());
        painter->drawText(line, Qt::AlignVCenter | Qt::AlignLeft, text);
        break;
    }
    case BlockKind::Footer: {
        const QRect line(rect.left() + 2, rect.top() + block.padTop, m_width - 4, block.inner);
        painter->setFont(m_style->smallFont);
        painter->setPen(m_style->dimText);
        painter->drawText(line, Qt::AlignVCenter | Qt::AlignLeft,
                          QFontMetrics(m_style->smallFont).elidedText(footerText(), Qt::ElideRight, line.width()));
        break;
    }
    }
}

} // namespace sajudesk
