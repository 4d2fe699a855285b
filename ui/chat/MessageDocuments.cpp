// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/MessageDocuments.h"

#include "chat/Emoji.h"
#include "chat/MarkdownBlocks.h"
#include "chat/TranscriptStyle.h"

#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextTable>

namespace sajudesk::MessageDocuments {

namespace {

void prepare(QTextDocument *document, const QFont &font)
{
    document->setDefaultFont(font);
    document->setDocumentMargin(0);
    document->setUndoRedoEnabled(false);
}

// What the Markdown importer leaves plain: inline code gets a tint, tables a grid, fenced code
// that stays in the text (inside list items) a background.
void styleMarkdown(QTextDocument *document, const TranscriptStyle &style)
{
    QTextCursor cursor(document);
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().hasProperty(QTextFormat::BlockCodeFence) || block.blockFormat().nonBreakableLines()) {
            QTextBlockFormat format;
            format.setBackground(style.codeBackground);
            cursor.setPosition(block.position());
            cursor.mergeBlockFormat(format);
            continue;
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const QTextCharFormat format = fragment.charFormat();
            if (!format.fontFixedPitch() && !format.hasProperty(QTextFormat::FontFixedPitch))
                continue;
            if (format.isAnchor())
                continue;
            QTextCharFormat tint;
            tint.setBackground(style.codeBackground);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.mergeCharFormat(tint);
        }
    }
    const QList<QTextFrame *> frames = document->rootFrame()->childFrames();
    for (QTextFrame *frame : frames) {
        auto *table = qobject_cast<QTextTable *>(frame);
        if (!table)
            continue;
        QTextTableFormat format = table->format();
        format.setBorder(1);
        format.setBorderBrush(style.cardBorder);
        format.setBorderStyle(QTextFrameFormat::BorderStyle_Solid);
        format.setBorderCollapse(true);
        format.setCellPadding(4);
        format.setCellSpacing(0);
        format.setTopMargin(4);
        format.setBottomMargin(4);
        table->setFormat(format);
        for (int c = 0; c < table->columns(); ++c) {
            QTextTableCell header = table->cellAt(0, c);
            QTextCharFormat bold;
            bold.setFontWeight(QFont::DemiBold);
            QTextCursor cell = header.firstCursorPosition();
            cell.setPosition(header.lastCursorPosition().position(), QTextCursor::KeepAnchor);
            cell.mergeCharFormat(bold);
            QTextTableCellFormat tint = header.format().toTableCellFormat();
            tint.setBackground(style.codeBackground);
            header.setFormat(tint);
        }
    }
}

/// Parses into a document that has no width yet, so nothing is laid out while it is built.
void setMarkdown(QTextDocument *document, const QString &source, const TranscriptStyle &style)
{
    // Trailing blank lines only add an empty paragraph below the block.
    QString text = source;
    while (text.endsWith(QLatin1Char('\n')) || text.endsWith(QLatin1Char(' ')))
        text.chop(1);
    document->setMarkdown(
        MarkdownBlocks::withHardLineBreaks(text),
        QTextDocument::MarkdownFeatures(QTextDocument::MarkdownDialectGitHub | QTextDocument::MarkdownNoHTML));
    styleMarkdown(document, style);
    emoji::replaceInDocument(document);
}

} // namespace

std::unique_ptr<QTextDocument> markdown(const QString &source, const TranscriptStyle &style)
{
    auto document = std::make_unique<QTextDocument>();
    prepare(document.get(), style.font);
    setMarkdown(document.get(), source, style);
    return document;
}

std::unique_ptr<QTextDocument> plain(const QString &text, const TranscriptStyle &style, bool small)
{
    auto document = std::make_unique<QTextDocument>();
    prepare(document.get(), small ? style.smallFont : style.font);
    document->setPlainText(text);
    emoji::replaceInDocument(document.get());
    return document;
}

void appendPlain(QTextDocument *document, const QString &text)
{
    if (text.isEmpty())
        return;
    // The document is laid out already and relays out what is inserted: emoji go in as objects
    // straight away, never as glyphs to be measured.
    QTextCursor cursor(document);
    cursor.movePosition(QTextCursor::End);
    cursor.beginEditBlock();
    emoji::insertText(cursor, text);
    cursor.endEditBlock();
}

std::unique_ptr<QTextDocument> code(const QString &code, const TranscriptStyle &style)
{
    auto document = std::make_unique<QTextDocument>();
    prepare(document.get(), style.monoFont);
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::NoWrap);
    document->setDefaultTextOption(option);
    document->setPlainText(code);
    emoji::replaceInDocument(document.get());
    return document;
}

} // namespace sajudesk::MessageDocuments
