// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/Emoji.h"

#include "chat/EmojiCache.h"

#include <QAbstractTextDocumentLayout>
#include <QFont>
#include <QFontMetricsF>
#include <QGuiApplication>
#include <QHash>
#include <QPainter>
#include <QPixmap>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextObjectInterface>
#include <QTimer>

namespace sajudesk::emoji {

namespace {

constexpr char32_t Vs16 = 0xFE0F;
constexpr char32_t Vs15 = 0xFE0E;
constexpr char32_t Zwj = 0x200D;
constexpr char32_t Keycap = 0x20E3;

// Emoji_Presentation=Yes code points of the BMP (Unicode 15 emoji-data.txt).
bool bmpEmojiPresentation(char32_t c)
{
    static constexpr char32_t ranges[][2] = {
        {0x231A, 0x231B}, {0x23E9, 0x23EC}, {0x23F0, 0x23F0}, {0x23F3, 0x23F3}, {0x25FD, 0x25FE}, {0x2614, 0x2615},
        {0x2648, 0x2653}, {0x267F, 0x267F}, {0x2693, 0x2693}, {0x26A1, 0x26A1}, {0x26AA, 0x26AB}, {0x26BD, 0x26BE},
        {0x26C4, 0x26C5}, {0x26CE, 0x26CE}, {0x26D4, 0x26D4}, {0x26EA, 0x26EA}, {0x26F2, 0x26F3}, {0x26F5, 0x26F5},
        {0x26FA, 0x26FA}, {0x26FD, 0x26FD}, {0x2705, 0x2705}, {0x270A, 0x270B}, {0x2728, 0x2728}, {0x274C, 0x274C},
        {0x274E, 0x274E}, {0x2753, 0x2755}, {0x2757, 0x2757}, {0x2795, 0x2797}, {0x27B0, 0x27B0}, {0x27BF, 0x27BF},
        {0x2B1B, 0x2B1C}, {0x2B50, 0x2B50}, {0x2B55, 0x2B55}};
    for (const auto &r : ranges) {
        if (c >= r[0] && c <= r[1])
            return true;
    }
    return false;
}

// Symbols that become emoji with VS16 (a subset of Extended_Pictographic in the BMP).
bool bmpPictographic(char32_t c)
{
    return c == 0x00A9 || c == 0x00AE || c == 0x203C || c == 0x2049 || c == 0x2122 || c == 0x2139
           || (c >= 0x2194 && c <= 0x21AA) || (c >= 0x231A && c <= 0x23FF) || c == 0x24C2
           || (c >= 0x25AA && c <= 0x25FE) || (c >= 0x2600 && c <= 0x27BF) || c == 0x2934 || c == 0x2935
           || (c >= 0x2B05 && c <= 0x2B55) || c == 0x3030 || c == 0x303D || c == 0x3297 || c == 0x3299;
}

bool isRegionalIndicator(char32_t c)
{
    return c >= 0x1F1E6 && c <= 0x1F1FF;
}

bool isModifier(char32_t c)
{
    return c >= 0x1F3FB && c <= 0x1F3FF;
}

bool isTag(char32_t c)
{
    return c >= 0xE0020 && c <= 0xE007F;
}

// Astral pictographs: everything from Mahjong tiles to Symbols and Pictographs Extended-A,
// except the enclosed alphanumerics that are text by default (they need VS16).
bool astralEmoji(char32_t c)
{
    if (c >= 0x1F100 && c <= 0x1F1E5)
        return false;
    return (c >= 0x1F000 && c <= 0x1FAFF);
}

struct Reader
{
    const QString &text;
    int pos = 0;

    bool atEnd() const { return pos >= text.size(); }
    char32_t peek(int *width = nullptr) const
    {
        if (atEnd())
            return 0;
        const QChar c = text.at(pos);
        if (c.isHighSurrogate() && pos + 1 < text.size() && text.at(pos + 1).isLowSurrogate()) {
            if (width)
                *width = 2;
            return QChar::surrogateToUcs4(c, text.at(pos + 1));
        }
        if (width)
            *width = 1;
        return c.unicode();
    }
    char32_t peekAt(int offset) const
    {
        Reader r{text, pos + offset};
        return r.peek();
    }
};

// Consumes modifiers, VS16, keycap, tags and ZWJ joins after a base; returns the end.
int extend(const QString &text, int pos)
{
    Reader r{text, pos};
    while (!r.atEnd()) {
        int w = 1;
        const char32_t c = r.peek(&w);
        if (c == Vs16 || isModifier(c) || c == Keycap || isTag(c)) {
            r.pos += w;
            continue;
        }
        if (c == Zwj) {
            Reader next{text, r.pos + 1};
            int w2 = 1;
            const char32_t joined = next.peek(&w2);
            if (astralEmoji(joined) || bmpPictographic(joined) || bmpEmojiPresentation(joined)) {
                r.pos += 1 + w2;
                continue;
            }
        }
        break;
    }
    return r.pos;
}

/// Inline object that paints an emoji from the pixmap cache.
class EmojiObject : public QObject, public QTextObjectInterface
{
    Q_OBJECT
    Q_INTERFACES(QTextObjectInterface)
public:
    using QObject::QObject;

    QSizeF intrinsicSize(QTextDocument *, int, const QTextFormat &format) override
    {
        const QFontMetricsF fm(format.toCharFormat().font());
        const qreal h = fm.ascent() + fm.descent();
        return {std::ceil(h * 1.05), h};
    }

    void drawObject(QPainter *painter, const QRectF &rect, QTextDocument *, int, const QTextFormat &format) override
    {
        const QString text = format.property(TextProperty).toString();
        const int height = static_cast<int>(std::lround(rect.height()));
        const QPixmap pixmap = render(text, height, painter->device() ? painter->device()->devicePixelRatioF() : 1.0);
        if (pixmap.isNull())
            return;
        const QSizeF size = QSizeF(pixmap.size()) / pixmap.devicePixelRatioF();
        const QPointF at(rect.center().x() - size.width() / 2, rect.center().y() - size.height() / 2);
        painter->drawPixmap(at, pixmap);
    }

    static QPixmap render(const QString &text, int height, qreal dpr)
    {
        static QHash<QString, QPixmap> cache;
        const QString key = QStringLiteral("%1|%2|%3").arg(text).arg(height).arg(dpr);
        if (const auto it = cache.constFind(key); it != cache.constEnd())
            return *it;
        if (height <= 0 || text.isEmpty())
            return {};
        static const DiskCache disk;
        QImage image = disk.load(text, height, dpr);
        if (image.isNull()) {
            image = draw(text, height, dpr);
            // After this paint: the file is for the next run, and writing it is no part of this frame.
            QTimer::singleShot(0, QCoreApplication::instance(),
                               [text, height, dpr, image] { disk.store(text, height, dpr, image); });
        }
        const QPixmap pixmap = QPixmap::fromImage(image);
        if (cache.size() > 2000) // a pathological document full of distinct emoji
            cache.clear();
        cache.insert(key, pixmap);
        return pixmap;
    }

    static QImage draw(const QString &text, int height, qreal dpr)
    {
        QFont font(QStringLiteral("Noto Color Emoji"));
        font.setPixelSize(std::max(1, static_cast<int>(height * 0.82)));
        const QSize device(static_cast<int>(std::ceil(height * 1.05 * dpr)), static_cast<int>(std::ceil(height * dpr)));
        QImage image(device, QImage::Format_ARGB32_Premultiplied);
        image.setDevicePixelRatio(dpr);
        image.fill(Qt::transparent);
        QPainter p(&image);
        p.setRenderHint(QPainter::SmoothPixmapTransform);
        p.setRenderHint(QPainter::TextAntialiasing);
        p.setFont(font);
        p.drawText(QRectF(0, 0, height * 1.05, height), Qt::AlignCenter, text);
        return image;
    }
};

EmojiObject *handler()
{
    static EmojiObject *object = [] {
        auto *o = new EmojiObject(QCoreApplication::instance());
        return o;
    }();
    return object;
}

bool mayContainEmoji(const QString &text, int from)
{
    for (int i = from; i < text.size(); ++i) {
        const char16_t c = text.at(i).unicode();
        if (c >= 0xD800 || (c >= 0x2000 && c <= 0x2BFF) || c == 0x3030 || c == 0x303D || c == 0x3297 || c == 0x3299
            || c == 0xA9 || c == 0xAE)
            return true;
    }
    return false;
}

} // namespace

QList<Range> find(const QString &text, int from)
{
    QList<Range> out;
    if (!mayContainEmoji(text, from))
        return out;
    Reader r{text, from};
    while (!r.atEnd()) {
        int w = 1;
        const char32_t c = r.peek(&w);
        const int start = r.pos;
        if (isRegionalIndicator(c)) {
            Reader next{text, r.pos + w};
            int w2 = 1;
            const int end = isRegionalIndicator(next.peek(&w2)) ? r.pos + w + w2 : r.pos + w;
            out.append({start, end - start});
            r.pos = end;
            continue;
        }
        const bool keycapBase = (c >= '0' && c <= '9') || c == '#' || c == '*';
        if (keycapBase) {
            const char32_t n1 = r.peekAt(1);
            const char32_t n2 = r.peekAt(2);
            if (n1 == Keycap || (n1 == Vs16 && n2 == Keycap)) {
                const int end = r.pos + (n1 == Keycap ? 2 : 3);
                out.append({start, end - start});
                r.pos = end;
                continue;
            }
            r.pos += w;
            continue;
        }
        const char32_t after = Reader{text, r.pos + w}.peek();
        const bool emoji = after != Vs15
                           && (astralEmoji(c) || bmpEmojiPresentation(c)
                               || ((bmpPictographic(c) || (c >= 0x1F100 && c <= 0x1F1E5)) && after == Vs16));
        if (!emoji) {
            r.pos += w;
            continue;
        }
        const int end = extend(text, r.pos + w);
        out.append({start, end - start});
        r.pos = end;
    }
    return out;
}

void replaceInDocument(QTextDocument *document, int from)
{
    const QString raw = document->toRawText();
    const QList<Range> ranges = find(raw, std::max(0, from));
    if (ranges.isEmpty())
        return;
    // Edited before the document has a layout, so nothing is laid out (and no emoji glyph is
    // measured) on the way; a null page size keeps creating the layout from laying out. The page
    // size stays null: whoever shows the document sets its width (one layout, then).
    QTextCursor cursor(document);
    cursor.beginEditBlock();
    for (auto it = ranges.crbegin(); it != ranges.crend(); ++it) {
        cursor.setPosition(it->start);
        cursor.setPosition(it->start + it->length, QTextCursor::KeepAnchor);
        QTextCharFormat format = cursor.charFormat();
        format.setObjectType(ObjectType);
        format.setProperty(TextProperty, raw.mid(it->start, it->length));
        format.setVerticalAlignment(QTextCharFormat::AlignBaseline);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
    }
    cursor.endEditBlock();
    document->setPageSize(QSizeF());
    document->documentLayout()->registerHandler(ObjectType, handler());
}

void insertText(QTextCursor &cursor, const QString &text)
{
    const QList<Range> ranges = find(text);
    if (ranges.isEmpty()) {
        cursor.insertText(text);
        return;
    }
    cursor.document()->documentLayout()->registerHandler(ObjectType, handler());
    const QTextCharFormat base = cursor.charFormat();
    int at = 0;
    for (const Range &r : ranges) {
        if (r.start > at)
            cursor.insertText(text.mid(at, r.start - at), base);
        QTextCharFormat format = base;
        format.setObjectType(ObjectType);
        format.setProperty(TextProperty, text.mid(r.start, r.length));
        format.setVerticalAlignment(QTextCharFormat::AlignBaseline);
        cursor.insertText(QString(QChar::ObjectReplacementCharacter), format);
        at = r.start + r.length;
    }
    if (at < text.size())
        cursor.insertText(text.mid(at), base);
}

QString textOf(const QTextDocument *document, int start, int end)
{
    QString out;
    QTextBlock block = document->findBlock(start);
    bool firstBlock = true;
    for (; block.isValid() && block.position() < end; block = block.next()) {
        if (!block.isVisible())
            continue; // the hidden items that number an ordered list from N
        if (!firstBlock)
            out += QLatin1Char('\n');
        firstBlock = false;
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            const int fs = std::max(fragment.position(), start);
            const int fe = std::min(fragment.position() + fragment.length(), end);
            if (fs >= fe)
                continue;
            const QTextCharFormat format = fragment.charFormat();
            if (format.objectType() == ObjectType) {
                out += format.property(TextProperty).toString().repeated(fe - fs);
                continue;
            }
            QString piece = fragment.text().mid(fs - fragment.position(), fe - fs);
            piece.replace(QChar::LineSeparator, QLatin1Char('\n'));
            piece.replace(QChar::Nbsp, QLatin1Char(' '));
            out += piece;
        }
    }
    return out;
}

QImage picture(const QString &sequence, int pixelHeight)
{
    return EmojiObject::render(sequence, pixelHeight, 1.0).toImage();
}

} // namespace sajudesk::emoji

#include "Emoji.moc"
