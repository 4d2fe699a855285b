// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/ElementStyle.h"

#include <QCoreApplication>
#include <QFont>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QRect>

#include <cmath>

namespace sajudesk {

namespace {

double channel(int value)
{
    const double c = value / 255.0;
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.red()) + 0.7152 * channel(rgb.green()) + 0.0722 * channel(rgb.blue());
}

// The first candidate readable on `background`, else the one with the most contrast.
QColor readableOn(const QColor &background, std::initializer_list<QColor> candidates)
{
    QColor best;
    double bestRatio = 0;
    for (const QColor &c : candidates) {
        const double r = contrastRatio(c, background);
        if (r >= 4.5)
            return c;
        if (r > bestRatio) {
            best = c;
            bestRatio = r;
        }
    }
    return best;
}

} // namespace

double contrastRatio(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor elementFill(saju::Element element)
{
    switch (element) {
    case saju::Element::Wood:
        return QColor(0x2e, 0x7d, 0x32);
    case saju::Element::Fire:
        return QColor(0xc6, 0x28, 0x28);
    case saju::Element::Earth:
        return QColor(0xf9, 0xa8, 0x25);
    case saju::Element::Metal:
        return QColor(0xe3, 0xe6, 0xea);
    case saju::Element::Water:
        break;
    }
    return QColor(0x1f, 0x29, 0x37);
}

QColor elementInk(saju::Element element)
{
    const QColor fill = elementFill(element);
    return contrastRatio(fill, Qt::white) >= contrastRatio(fill, Qt::black) ? QColor(Qt::white) : QColor(Qt::black);
}

QColor tileOutline(const QPalette &palette)
{
    return palette.color(QPalette::Mid);
}

QColor errorColor(const QPalette &palette)
{
    return readableOn(palette.color(QPalette::Window),
                      {QColor(0xb0, 0x00, 0x20), QColor(0xff, 0x8a, 0x80), QColor(0xff, 0xcd, 0xd2)});
}

QColor cautionColor(const QPalette &palette)
{
    return readableOn(palette.color(QPalette::Window),
                      {QColor(0x8a, 0x4b, 0x00), QColor(0xff, 0xcc, 0x80), QColor(0xff, 0xe0, 0xb2)});
}

QString elementDisplayName(saju::Element element)
{
    switch (element) {
    case saju::Element::Wood:
        return QCoreApplication::translate("ElementStyle", "Wood");
    case saju::Element::Fire:
        return QCoreApplication::translate("ElementStyle", "Fire");
    case saju::Element::Earth:
        return QCoreApplication::translate("ElementStyle", "Earth");
    case saju::Element::Metal:
        return QCoreApplication::translate("ElementStyle", "Metal");
    case saju::Element::Water:
        break;
    }
    return QCoreApplication::translate("ElementStyle", "Water");
}

QString elementShortName(saju::Element element)
{
    switch (element) {
    case saju::Element::Wood:
        return QCoreApplication::translate("ElementStyle", "Wood", "short");
    case saju::Element::Fire:
        return QCoreApplication::translate("ElementStyle", "Fire", "short");
    case saju::Element::Earth:
        return QCoreApplication::translate("ElementStyle", "Earth", "short");
    case saju::Element::Metal:
        return QCoreApplication::translate("ElementStyle", "Metal", "short");
    case saju::Element::Water:
        break;
    }
    return QCoreApplication::translate("ElementStyle", "Water", "short");
}

QString stemCaption(int stem)
{
    return QCoreApplication::translate("ElementStyle", "%1 · %2", "tile caption: Hangul reading, element")
        .arg(saju::stemHangul(stem), elementShortName(saju::stemElement(stem)));
}

QString branchCaption(int branch)
{
    return QCoreApplication::translate("ElementStyle", "%1 · %2", "tile caption: Hangul reading, element")
        .arg(saju::branchHangul(branch), elementShortName(saju::branchElement(branch)));
}

void paintGlyphTile(QPainter &painter, const QRect &rect, saju::Element element, const QString &glyph,
                    const QString &caption, const QFont &baseFont, const QPalette &palette, qreal glyphScale)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    const QRectF box = QRectF(rect).adjusted(0.5, 0.5, -0.5, -0.5);
    QPainterPath path;
    path.addRoundedRect(box, 6, 6);
    painter.fillPath(path, elementFill(element));
    painter.setPen(QPen(tileOutline(palette), 1));
    painter.drawPath(path);

    painter.setPen(elementInk(element));
    QFont big = baseFont;
    big.setPointSizeF(baseFont.pointSizeF() * glyphScale);
    QFont small = baseFont;
    small.setPointSizeF(baseFont.pointSizeF() * 0.85);
    const int captionHeight = caption.isEmpty() ? 0 : QFontMetrics(small).height() + 2;
    const QRect glyphRect = rect.adjusted(2, 2, -2, -2 - captionHeight);
    painter.setFont(big);
    painter.drawText(glyphRect, Qt::AlignCenter, glyph);
    if (!caption.isEmpty()) {
        painter.setFont(small);
        const QRect captionRect(rect.left() + 2, rect.bottom() - captionHeight - 2, rect.width() - 4, captionHeight);
        painter.drawText(captionRect, Qt::AlignHCenter | Qt::AlignTop,
                         QFontMetrics(small).elidedText(caption, Qt::ElideRight, captionRect.width()));
    }
    painter.restore();
}

} // namespace sajudesk
