// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QImage>
#include <QList>
#include <QString>
#include <QTextFormat>

class QTextCursor;
class QTextDocument;

namespace sajudesk::emoji {

/// Where a colour emoji (a whole sequence: modifiers, ZWJ joins, flags, keycaps) sits in a text.
struct Range
{
    int start = 0;
    int length = 0;
};

/// The emoji sequences in `text` (table-tested). Text-style symbols without VS16 (e.g. ☀, ©) are
/// left to the text font.
QList<Range> find(const QString &text, int from = 0);

/// Object type and property of an emoji stored as an inline object in a QTextDocument.
inline constexpr int ObjectType = QTextFormat::UserObject + 7;
inline constexpr int TextProperty = QTextFormat::UserProperty + 7;

/// For a document without a layout yet (it is left with a null page size: set the width before
/// using it): replaces each emoji from `from` on with an inline object of the text's
/// height that paints a pixmap rendered once per emoji and size.
///
/// Why: laying out a colour-emoji glyph makes Qt 6.4 decode the font's PNG bitmap again every
/// time it measures it (perf: 80 % of laying out an emoji-rich answer was zlib inflate). The
/// object's size is known without the font, so layout never touches the bitmap.
/// The emoji's text is kept in the format (TextProperty); textOf() gives it back for copying.
void replaceInDocument(QTextDocument *document, int from = 0);

/// Inserts `text` at `cursor` with its emoji as inline objects (for documents already laid out).
void insertText(QTextCursor &cursor, const QString &text);

/// The document text of [start, end) with emoji objects turned back into their characters and
/// paragraph separators into '\n'.
QString textOf(const QTextDocument *document, int start, int end);

/// What the inline objects paint for `sequence` at `pixelHeight` (from the memory cache, else the
/// disk cache, else drawn with the colour-emoji font). For tests.
QImage picture(const QString &sequence, int pixelHeight);

} // namespace sajudesk::emoji
