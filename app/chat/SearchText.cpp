// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/SearchText.h"

#include <QChar>

namespace sajudesk::SearchText {

namespace {
constexpr int contextBefore = 40;
constexpr int contextAfter = 90;
constexpr int wordSlack = 12; // how far a cut may move to land on a space
} // namespace

QString fold(QStringView text)
{
    QString out(text.size(), Qt::Uninitialized);
    QChar *dst = out.data();
    const QChar *src = text.data();
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const char16_t u = src[i].unicode();
        if (u < 0x80) { // the common case, kept branch-light
            if (u >= u'A' && u <= u'Z')
                dst[i] = QChar(char16_t(u + 32));
            else if (u == u'\n' || u == u'\t' || u == u'\r' || u == u'\v' || u == u'\f')
                dst[i] = QChar(u' ');
            else
                dst[i] = QChar(u);
            continue;
        }
        if (QChar::isHighSurrogate(u) && i + 1 < n && QChar::isLowSurrogate(src[i + 1].unicode())) {
            const char32_t cp = QChar::surrogateToUcs4(u, src[i + 1].unicode());
            const char32_t folded = QChar::toCaseFolded(cp);
            const bool pair = QChar::requiresSurrogates(folded); // else keep the original pair
            dst[i] = QChar(pair ? QChar::highSurrogate(folded) : u);
            dst[i + 1] = pair ? QChar(QChar::lowSurrogate(folded)) : src[i + 1];
            ++i;
            continue;
        }
        if (u >= 0xAC00 && u <= 0xD7A3) { // Hangul syllables: no case
            dst[i] = QChar(u);
            continue;
        }
        if (QChar::isSpace(u)) {
            dst[i] = QChar(u' ');
            continue;
        }
        const char32_t folded = QChar::toCaseFolded(char32_t(u));
        dst[i] = QChar::requiresSurrogates(folded) ? QChar(u) : QChar(char16_t(folded));
    }
    return out;
}

QString foldQuery(const QString &query)
{
    return fold(query.simplified().normalized(QString::NormalizationForm_C));
}

void appendVarint(QByteArray *out, quint32 value)
{
    while (value >= 0x80) {
        out->append(char((value & 0x7f) | 0x80));
        value >>= 7;
    }
    out->append(char(value));
}

quint32 readVarint(const char **cursor, const char *end)
{
    quint32 value = 0;
    int shift = 0;
    while (*cursor < end && shift < 32) {
        const auto byte = static_cast<quint8>(**cursor);
        ++*cursor;
        value |= quint32(byte & 0x7f) << shift;
        if (!(byte & 0x80))
            break;
        shift += 7;
    }
    return value;
}

QByteArray exceptions(QStringView original, QStringView folded)
{
    QByteArray out;
    int last = -1;
    for (int i = 0; i < original.size(); ++i) {
        const QChar o = original.at(i);
        if (o == folded.at(i) || o.isSpace())
            continue;
        appendVarint(&out, quint32(i - last - 1));
        appendVarint(&out, o.unicode());
        last = i;
    }
    return out;
}

void restore(QString *folded, int from, const char *exceptions, const char *exceptionsEnd)
{
    const int to = from + static_cast<int>(folded->size());
    int position = -1;
    const char *cursor = exceptions;
    while (cursor < exceptionsEnd) {
        position += static_cast<int>(readVarint(&cursor, exceptionsEnd)) + 1;
        const auto unit = static_cast<char16_t>(readVarint(&cursor, exceptionsEnd));
        if (position >= to)
            break;
        if (position >= from)
            (*folded)[position - from] = QChar(unit);
    }
}

Window snippetWindow(QStringView folded, int matchStart, int matchLength)
{
    const int n = static_cast<int>(folded.size());
    int start = qMax(0, matchStart - contextBefore);
    int end = qMin(n, matchStart + matchLength + contextAfter);
    if (start > 0) {
        // Start after a space close to the cut rather than in the middle of a word.
        for (int i = start; i < qMin(matchStart, start + wordSlack); ++i) {
            if (folded.at(i) == QLatin1Char(' ')) {
                start = i + 1;
                break;
            }
        }
        if (folded.at(start).isLowSurrogate())
            --start;
    }
    if (end < n) {
        for (int i = end; i > qMax(matchStart + matchLength, end - wordSlack); --i) {
            if (folded.at(i - 1) == QLatin1Char(' ')) {
                end = i - 1;
                break;
            }
        }
        if (end > 0 && end < n && folded.at(end - 1).isHighSurrogate())
            ++end;
    }
    return {start, end - start};
}

} // namespace sajudesk::SearchText
