// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QString>
#include <QStringView>

namespace sajudesk::SearchText {

/// Case- and whitespace-folded text for search. Folding is per code point and never changes the
/// length in UTF-16 units, so a position in the folded text is the same position in the original
/// (a hit's offset scrolls the transcript without any mapping). Letters get their simple case
/// folding (Latin, Greek, Cyrillic, full-width; Hangul and Han have no case); every whitespace
/// character becomes a space so a query's space matches a line break.
QString fold(QStringView text);

/// The query as the store compares it: trimmed, inner whitespace runs collapsed, NFC (how every
/// input method commits Hangul), folded.
QString foldQuery(const QString &query);

/// Where `original` differs from fold(original), as (gap, unit) varint pairs: enough to rebuild
/// the original case of a snippet from the folded text. Whitespace is not recorded (a snippet is
/// one line anyway).
QByteArray exceptions(QStringView original, QStringView folded);

/// Puts back into `folded` (the units [from, from + folded.size()) of a segment) the original
/// units recorded in `exceptions` for that segment.
void restore(QString *folded, int from, const char *exceptions, const char *exceptionsEnd);

/// Varints for the exception lists (7 bits a byte, low first).
void appendVarint(QByteArray *out, quint32 value);
quint32 readVarint(const char **cursor, const char *end);

/// A one-line window around [matchStart, matchStart + matchLength) of a segment of
/// `segmentLength` units: where it starts, how long it is. Cuts at spaces near the edges and
/// never inside a surrogate pair (the caller checks pairs with the actual text).
struct Window
{
    int start = 0;
    int length = 0;
};
Window snippetWindow(QStringView folded, int matchStart, int matchLength);

} // namespace sajudesk::SearchText
