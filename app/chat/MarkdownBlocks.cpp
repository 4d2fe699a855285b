// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/MarkdownBlocks.h"

namespace sajudesk {

bool MarkdownBlock::operator==(const MarkdownBlock &other) const
{
    return kind == other.kind && source == other.source && language == other.language && closed == other.closed
           && start == other.start && end == other.end;
}

namespace MarkdownBlocks {

namespace {

struct Line
{
    int begin = 0;         ///< first character
    int end = 0;           ///< the '\n' (or the end of the text)
    bool complete = false; ///< ends with '\n'
};

Line lineAt(const QString &text, int pos)
{
    Line line;
    line.begin = pos;
    const qsizetype nl = text.indexOf(QLatin1Char('\n'), pos);
    line.complete = nl >= 0;
    line.end = line.complete ? static_cast<int>(nl) : static_cast<int>(text.size());
    return line;
}

bool isBlank(const QString &text, const Line &line)
{
    for (int i = line.begin; i < line.end; ++i) {
        const QChar c = text.at(i);
        if (c != QLatin1Char(' ') && c != QLatin1Char('\t') && c != QLatin1Char('\r'))
            return false;
    }
    return true;
}

/// A fence at column 0: its character and length, or 0. `info` gets the info string.
int fenceAt(const QString &text, const Line &line, QChar *fenceChar, QString *info = nullptr)
{
    if (line.end - line.begin < 3)
        return 0;
    const QChar c = text.at(line.begin);
    if (c != QLatin1Char('`') && c != QLatin1Char('~'))
        return 0;
    int n = 0;
    while (line.begin + n < line.end && text.at(line.begin + n) == c)
        ++n;
    if (n < 3)
        return 0;
    const QString rest = text.mid(line.begin + n, line.end - line.begin - n).trimmed();
    if (c == QLatin1Char('`') && rest.contains(QLatin1Char('`')))
        return 0; // CommonMark: a backtick fence's info string has no backticks
    *fenceChar = c;
    if (info)
        *info = rest;
    return n;
}

bool closesFence(const QString &text, const Line &line, QChar fenceChar, int fenceLength)
{
    int i = line.begin;
    int indent = 0;
    while (i < line.end && text.at(i) == QLatin1Char(' ') && indent < 4) {
        ++i;
        ++indent;
    }
    if (indent > 3)
        return false;
    int n = 0;
    while (i < line.end && text.at(i) == fenceChar) {
        ++i;
        ++n;
    }
    if (n < fenceLength)
        return false;
    for (; i < line.end; ++i) {
        if (!text.at(i).isSpace())
            return false;
    }
    return true;
}

enum class Decision { Split, Keep, Undecided };

/// May a text block end before `line` (which follows a blank line)? Only when it starts at
/// column 0 and cannot continue a list: a list item, an indented line or a lazy continuation
/// would change the meaning of what came before if cut off.
Decision mayStartBlock(const QString &text, const Line &line)
{
    const int length = line.end - line.begin;
    if (length == 0)
        return line.complete ? Decision::Keep : Decision::Undecided;
    const QChar first = text.at(line.begin);
    if (first.isSpace())
        return Decision::Keep;
    auto charAt = [&](int i) { return i < length ? text.at(line.begin + i) : QChar(); };
    if (first == QLatin1Char('-') || first == QLatin1Char('*') || first == QLatin1Char('+')) {
        if (length == 1)
            return line.complete ? Decision::Keep : Decision::Undecided;
        return charAt(1) == QLatin1Char(' ') || charAt(1) == QLatin1Char('\t') ? Decision::Keep : Decision::Split;
    }
    if (first.isDigit()) {
        int i = 0;
        while (i < length && i < 10 && charAt(i).isDigit())
            ++i;
        if (i == length)
            return line.complete ? Decision::Split : Decision::Undecided;
        if (i > 9 || (charAt(i) != QLatin1Char('.') && charAt(i) != QLatin1Char(')')))
            return Decision::Split;
        if (i + 1 == length)
            return line.complete ? Decision::Keep : Decision::Undecided;
        return charAt(i + 1) == QLatin1Char(' ') || charAt(i + 1) == QLatin1Char('\t') ? Decision::Keep
                                                                                       : Decision::Split;
    }
    return Decision::Split;
}

/// Splits text[from…] into blocks; `from` is always the start of a line.
void splitFrom(const QString &text, int from, QList<MarkdownBlock> *out)
{
    int blockStart = from;
    int pos = from;
    const int size = static_cast<int>(text.size());
    auto emitText = [&](int end) {
        if (end > blockStart) {
            MarkdownBlock block;
            block.kind = MarkdownBlock::Kind::Text;
            block.source = text.mid(blockStart, end - blockStart);
            block.start = blockStart;
            block.end = end;
            out->append(block);
        }
        blockStart = end;
    };

    while (pos < size) {
        const Line line = lineAt(text, pos);
        QChar fenceChar;
        QString info;
        const int fenceLength = line.complete ? fenceAt(text, line, &fenceChar, &info) : 0;
        if (fenceLength > 0) {
            emitText(line.begin);
            MarkdownBlock code;
            code.kind = MarkdownBlock::Kind::Code;
            code.language = info.section(QLatin1Char(' '), 0, 0);
            code.start = line.begin;
            code.closed = false;
            const int codeBegin = line.end + 1;
            int p = codeBegin;
            int codeEnd = size;
            int blockEnd = size;
            while (p < size) {
                const Line inner = lineAt(text, p);
                if (closesFence(text, inner, fenceChar, fenceLength)) {
                    code.closed = true;
                    codeEnd = p;
                    blockEnd = inner.complete ? inner.end + 1 : inner.end;
                    break;
                }
                p = inner.complete ? inner.end + 1 : inner.end;
            }
            code.source = text.mid(codeBegin, codeEnd - codeBegin);
            if (code.source.endsWith(QLatin1Char('\n')))
                code.source.chop(1);
            code.end = blockEnd;
            out->append(code);
            blockStart = blockEnd;
            pos = blockEnd;
            continue;
        }
        if (!isBlank(text, line) || !line.complete || line.begin == blockStart) {
            pos = line.complete ? line.end + 1 : line.end;
            continue;
        }
        // A blank line: look at the next line that is not blank.
        int next = line.end + 1;
        Line following;
        bool found = false;
        while (next < size) {
            following = lineAt(text, next);
            if (!isBlank(text, following) || !following.complete) {
                found = true;
                break;
            }
            next = following.end + 1;
        }
        if (!found) {
            pos = size;
            break;
        }
        QChar ignored;
        const bool fenceNext = following.complete && fenceAt(text, following, &ignored) > 0;
        if (!fenceNext && mayStartBlock(text, following) == Decision::Split)
            emitText(following.begin);
        pos = following.begin;
    }
    emitText(size);
}

bool isTableLine(const QString &line)
{
    return line.trimmed().startsWith(QLatin1Char('|'));
}

bool isFenceLine(const QString &line)
{
    const QString t = line.trimmed();
    return t.startsWith(QLatin1String("```")) || t.startsWith(QLatin1String("~~~"));
}

bool isSetextUnderline(const QString &line)
{
    const QString t = line.trimmed();
    if (t.isEmpty() || line.startsWith(QLatin1String("    ")))
        return false;
    const QChar c = t.at(0);
    if (c != QLatin1Char('=') && c != QLatin1Char('-'))
        return false;
    for (QChar x : t) {
        if (x != c)
            return false;
    }
    return true;
}

} // namespace

QList<MarkdownBlock> split(const QString &markdown)
{
    QList<MarkdownBlock> blocks;
    splitFrom(markdown, 0, &blocks);
    return blocks;
}

QList<MarkdownBlock> splitAppended(const QList<MarkdownBlock> &previous, const QString &markdown)
{
    if (previous.isEmpty())
        return split(markdown);
    QList<MarkdownBlock> blocks = previous;
    const int from = blocks.takeLast().start;
    if (from > markdown.size())
        return split(markdown);
    splitFrom(markdown, from, &blocks);
    return blocks;
}

QString withHardLineBreaks(const QString &text)
{
    if (!text.contains(QLatin1Char('\n')))
        return text;
    const QStringList lines = text.split(QLatin1Char('\n'));
    QString out;
    out.reserve(text.size() + lines.size() * 2);
    bool inFence = false;
    QChar fenceChar;
    int fenceLength = 0;
    for (int i = 0; i < lines.size(); ++i) {
        const QString &line = lines.at(i);
        out += line;
        if (i + 1 == lines.size())
            break;
        const QString trimmedStart = line.trimmed();
        // Fences inside list items stay in the text: their lines are code, never touched.
        if (!trimmedStart.isEmpty()) {
            const QChar c = trimmedStart.at(0);
            if (c == QLatin1Char('`') || c == QLatin1Char('~')) {
                int n = 0;
                while (n < trimmedStart.size() && trimmedStart.at(n) == c)
                    ++n;
                if (!inFence && n >= 3) {
                    inFence = true;
                    fenceChar = c;
                    fenceLength = n;
                    out += QLatin1Char('\n');
                    continue;
                }
                if (inFence && c == fenceChar && n >= fenceLength && trimmedStart.mid(n).trimmed().isEmpty()) {
                    inFence = false;
                    out += QLatin1Char('\n');
                    continue;
                }
            }
        }
        const QString &next = lines.at(i + 1);
        const bool breakHere = !inFence && !trimmedStart.isEmpty() && !next.trimmed().isEmpty()
                               && !line.endsWith(QLatin1String("  ")) && !line.endsWith(QLatin1Char('\\'))
                               && !line.startsWith(QLatin1String("    ")) && !line.startsWith(QLatin1Char('\t'))
                               && !isTableLine(line) && !isTableLine(next) && !isSetextUnderline(next)
                               && !isFenceLine(next) && !trimmedStart.startsWith(QLatin1Char('#'));
        if (breakHere)
            out += QLatin1String("  ");
        out += QLatin1Char('\n');
    }
    return out;
}

} // namespace MarkdownBlocks

} // namespace sajudesk
