// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QList>
#include <QString>

namespace sajudesk {

/// One top-level piece of a message's Markdown, laid out on its own by the transcript: a run of
/// Markdown text, or a fenced code block (shown framed, with its language and a Copy button).
struct MarkdownBlock
{
    enum class Kind { Text, Code };

    Kind kind = Kind::Text;
    QString source;     ///< Text: the Markdown as written; Code: the raw code without its fences
    QString language;   ///< Code: first word of the fence's info string ("python"); may be empty
    bool closed = true; ///< Code: the closing fence was seen (false while an answer still streams)
    /// Text: goes on with the previous block's paragraph (a long paragraph cut only so that a
    /// streaming answer is parsed in pieces); shown without a gap.
    bool continues = false;
    int start = 0; ///< offset of the block's first character in the message
    int end = 0;   ///< offset just past the block (the next block starts here)

    bool operator==(const MarkdownBlock &other) const;
    bool operator!=(const MarkdownBlock &other) const { return !(*this == other); }
};

/// Splits a message into blocks so that streamed text only ever changes the last block, which is
/// what lets the transcript re-parse just that one while an answer grows.
///
/// Rules (CommonMark-shaped, without a full parser):
/// * a fence (``` or ~~~, at least three, at column 0) starts a Code block that ends at a matching
///   closing fence or at the end of the text (then `closed` is false and it still shows as code);
///   fences indented inside list items stay in the text, so a list is never cut in two;
/// * text splits at a blank line only when the next line starts at column 0 and is not a list item
///   or a table row, and only once that next line is complete (ends with a newline), so appending
///   text can never move a boundary that was already made;
/// * a paragraph of plain running text longer than SoftLimit is cut at the end of one of its
///   lines, or past HardLimit at a sentence end followed by a letter, and only where no emphasis,
///   code span or link is open, so each piece renders as it would in the whole; the piece after
///   a cut `continues` the paragraph.
namespace MarkdownBlocks {

inline constexpr int SoftLimit = 1200;
inline constexpr int HardLimit = 2400;

QList<MarkdownBlock> split(const QString &markdown);

/// Re-splits after text was appended: keeps every block of `previous` but the last (they cannot
/// change, see above) and splits again from where the last one began.
QList<MarkdownBlock> splitAppended(const QList<MarkdownBlock> &previous, const QString &markdown);

/// Single line breaks inside paragraphs become hard breaks (two trailing spaces), as chat users
/// expect; lines in tables, before blank lines and lines that already end a block are left alone.
QString withHardLineBreaks(const QString &text);

} // namespace MarkdownBlocks

} // namespace sajudesk
