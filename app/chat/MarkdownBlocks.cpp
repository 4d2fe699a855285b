// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/MarkdownBlocks.h"

namespace sajudesk {

bool MarkdownBlock::operator==(const MarkdownBlock &other) const
{
    return kind == other.kind && source == other.source && language == other.language && closed == other.closed
           && continues == other.continues && start == other.start && end == other.end;
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

bool isSetextUnderline(const QString &line);

/// Emphasis, code spans and links open since a paragraph began: a paragraph is only ever cut
/// where all of them are closed, so both halves render as the whole would.
struct InlineState
{
    int backticks = 0;
    int stars = 0;
    int tildes = 0;
    int brackets = 0;
    int parens = 0;

    void feed(const QString &text, int from, int to)
    {
        for (int i = from; i < to; ++i) {
            switch (text.at(i).unicode()) {
            case '`':
                ++backticks;
                break;
            case '*':
                ++stars;
                break;
            case '~':
                ++tildes;
                break;
            case '[':
                ++brackets;
                break;
            case ']':
                --brackets;
                break;
            case '(':
                ++parens;
                break;
            case ')':
                --parens;
                break;
            default:
                break;
            }
        }
    }
    bool balanced() const
    {
        return backticks % 2 == 0 && stars % 2 == 0 && tildes % 2 == 0 && brackets == 0 && parens == 0;
    }
};

/// A line that can only be running text of a paragraph (no list item, quote, heading, table,
/// fence, HTML or indented code starts with it).
bool isPlainLine(const QString &text, const Line &line)
{
    if (line.end == line.begin)
        return false;
    const QChar first = text.at(line.begin);
    if (first.isLetter())
        return true;
    if (first.isDigit())
        return mayStartBlock(text, line) == Decision::Split;
    static const QString openers = QStringLiteral("\"'(“‘「『[!");
    return openers.contains(first);
}

bool isSentenceEnd(QChar c)
{
    return c == QLatin1Char('.') || c == QLatin1Char('!') || c == QLatin1Char('?') || c == QChar(0x3002)
           || c == QChar(0xFF01) || c == QChar(0xFF1F);
}

/// Splits text[from…] into blocks. `from` is the start of a line, or (when `continuing`) the
/// start of a sentence that continues the previous block's paragraph.
void splitFrom(const QString &text, int from, bool continuing, QList<MarkdownBlock> *out)
{
    int blockStart = from;
    int pos = from;
    const int size = static_cast<int>(text.size());
    bool nextContinues = continuing;
    // The paragraph being read: where it began, whether it is plain running text, what is open.
    int paraStart = continuing ? from : -1;
    bool paraPlain = continuing;
    InlineState inlineState;
    auto emitText = [&](int end) {
        if (end > blockStart) {
            MarkdownBlock block;
            block.kind = MarkdownBlock::Kind::Text;
            block.source = text.mid(blockStart, end - blockStart);
            block.start = blockStart;
            block.end = end;
            block.continues = nextContinues;
            out->append(block);
        }
        blockStart = end;
        nextContinues = false;
    };

    while (pos < size) {
        const Line line = lineAt(text, pos);
        QChar fenceChar;
        QString info;
        const int fenceLength = line.complete && line.begin == pos ? fenceAt(text, line, &fenceChar, &info) : 0;
        if (fenceLength > 0 && !(continuing && pos == from)) {
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
            paraStart = -1;
            continue;
        }
        const bool blank = isBlank(text, line);
        if (!blank) {
            if (paraStart < 0) {
                paraStart = line.begin;
                paraPlain = isPlainLine(text, line);
                inlineState = InlineState();
            }
            // A long paragraph is cut at a sentence end ("…다. 다음") so that a streaming answer
            // never re-parses more than a few thousand characters.
            int cut = -1;
            if (paraPlain) {
                const int first = std::max(pos, blockStart + HardLimit - 2);
                inlineState.feed(text, pos, std::min(first, line.end));
                for (int q = first; q + 2 < line.end; ++q) {
                    inlineState.feed(text, q, q + 1);
                    if (isSentenceEnd(text.at(q)) && text.at(q + 1) == QLatin1Char(' ') && text.at(q + 2).isLetter()
                        && inlineState.balanced()) {
                        cut = q + 2;
                        break;
                    }
                }
            }
            if (cut > 0) {
                emitText(cut);
                nextContinues = true;
                paraStart = cut;
                inlineState = InlineState();
                pos = cut;
                continue;
            }
            if (paraPlain)
                inlineState.feed(text, std::max(pos, std::min(line.end, blockStart + HardLimit - 2)), line.end);
            if (!line.complete) {
                pos = line.end;
                continue;
            }
            // Or, better, at the end of one of its lines (single line breaks show as breaks).
            if (paraPlain && line.end + 1 - blockStart >= SoftLimit && inlineState.balanced() && line.end + 1 < size) {
                const Line following = lineAt(text, line.end + 1);
                if (following.complete && !isBlank(text, following) && isPlainLine(text, following)
                    && !isSetextUnderline(text.mid(following.begin, following.end - following.begin))) {
                    emitText(following.begin);
                    nextContinues = true;
                    paraStart = following.begin;
                    inlineState = InlineState();
                }
            }
            pos = line.end + 1;
            continue;
        }
        paraStart = -1;
        if (!line.complete || line.begin == blockStart) {
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
    splitFrom(markdown, 0, false, &blocks);
    return blocks;
}

QList<MarkdownBlock> splitAppended(const QList<MarkdownBlock> &previous, const QString &markdown)
{
    if (previous.isEmpty())
        return split(markdown);
    QList<MarkdownBlock> blocks = previous;
    const MarkdownBlock last = blocks.takeLast();
    if (last.start > markdown.size())
        return split(markdown);
    splitFrom(markdown, last.start, last.continues, &blocks);
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
