// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/MessageDocuments.h"

#include "chat/Emoji.h"
#include "chat/MarkdownBlocks.h"
#include "chat/TranscriptStyle.h"

#include <QRegularExpression>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextFrame>
#include <QTextList>
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

/// Start numbers of the top-level ordered lists in `markdown`, in order ("3. …" after a code block
/// continues a list the block interrupted).
QList<int> orderedListStarts(const QString &markdown)
{
    static const QRegularExpression item(QStringLiteral("^ {0,3}(\\d{1,9})([.)])[ \\t]"));
    static const QRegularExpression bullet(QStringLiteral("^ {0,3}[-*+][ \\t]"));
    QList<int> starts;
    bool inList = false;
    bool previousBlank = false;
    QChar delimiter;
    bool inFence = false;
    for (const QString &line : markdown.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (trimmed.startsWith(QLatin1String("```")) || trimmed.startsWith(QLatin1String("~~~")))
            inFence = !inFence;
        if (inFence)
            continue;
        const QRegularExpressionMatch m = item.match(line);
        if (m.hasMatch()) {
            const QChar d = m.captured(2).at(0);
            if (!inList || d != delimiter)
                starts << m.captured(1).toInt();
            inList = true;
            delimiter = d;
        } else if (trimmed.isEmpty()) {
            previousBlank = true;
            continue;
        } else if (bullet.match(line).hasMatch()
                   || (!line.startsWith(QLatin1Char(' ')) && !line.startsWith(QLatin1Char('\t')) && previousBlank)) {
            inList = false;
        }
        previousBlank = false;
    }
    return starts;
}

/// Qt 6.4 numbers every ordered list from 1 (QTextListFormat has no start until 6.6): a list that
/// starts at N gets N - 1 hidden items in front, so its first item shows "N.".
void numberOrderedLists(QTextDocument *document, const QString &markdown)
{
    const QList<int> starts = orderedListStarts(markdown);
    if (starts.isEmpty() || std::all_of(starts.begin(), starts.end(), [](int n) { return n == 1; }))
        return;
    QList<QTextList *> lists;
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        QTextList *list = block.textList();
        if (list && list->format().indent() == 1 && list->format().style() <= QTextListFormat::ListDecimal
            && list->format().style() >= QTextListFormat::ListUpperRoman && !lists.contains(list))
            lists << list;
    }
    if (lists.size() != starts.size())
        return; // not the lists the source was read as: leave them as Qt numbered them
    for (int i = 0; i < lists.size(); ++i) {
        const int hidden = std::min(starts.at(i), 10000) - 1;
        if (hidden <= 0)
            continue;
        QTextCursor cursor(lists.at(i)->item(0));
        for (int n = 0; n < hidden; ++n)
            cursor.insertBlock();
        QTextBlock block = lists.at(i)->item(0);
        for (int n = 0; n < hidden && block.isValid(); ++n, block = block.next())
            block.setVisible(false);
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
    numberOrderedLists(document, text);
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
