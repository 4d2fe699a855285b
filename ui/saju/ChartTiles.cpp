// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/ChartTiles.h"

#include "saju/ElementStyle.h"

#include <QEvent>
#include <QFontMetrics>
#include <QPainter>
#include <QPainterPath>

#include <algorithm>

namespace sajudesk {

using saju::Element;

GlyphTile::GlyphTile(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    setUnknown();
}

void GlyphTile::setGlyph(Element element, const QString &glyph, const QString &caption)
{
    m_element = element;
    m_glyph = glyph;
    m_caption = caption;
    setAccessibleName(caption.isEmpty() ? glyph : glyph + QLatin1Char(' ') + caption);
    update();
}

void GlyphTile::setUnknown()
{
    m_element.reset();
    m_glyph.clear();
    m_caption.clear();
    m_badge.clear();
    setAccessibleName(tr("unknown"));
    update();
}

void GlyphTile::setBadge(const QString &badge)
{
    m_badge = badge;
    setToolTip(badge);
    update();
}

QSize GlyphTile::sizeHint() const
{
    const QFontMetrics fm(font());
    return {std::max(64, fm.horizontalAdvance(m_caption) + 12), fm.height() * 4};
}

QSize GlyphTile::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {48, fm.height() * 4};
}

void GlyphTile::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    const int side = std::min(width(), sizeHint().width() + 16);
    const QRect tile((width() - side) / 2, 0, side, height());
    if (!m_element) {
        p.setRenderHint(QPainter::Antialiasing);
        p.setPen(QPen(palette().color(QPalette::Mid), 1, Qt::DashLine));
        p.drawRoundedRect(QRectF(tile).adjusted(0.5, 0.5, -0.5, -0.5), 6, 6);
        QFont big = font();
        big.setPointSizeF(font().pointSizeF() * 2.0);
        p.setFont(big);
        p.setPen(palette().color(QPalette::PlaceholderText));
        p.drawText(tile, Qt::AlignCenter, QStringLiteral("?"));
        return;
    }
    paintGlyphTile(p, tile, *m_element, m_glyph, m_caption, font(), palette());
    if (!m_badge.isEmpty()) {
        QFont small = font();
        small.setPointSizeF(font().pointSizeF() * 0.75);
        const QFontMetrics fm(small);
        const QRect badge(tile.right() - fm.horizontalAdvance(m_badge) - 8, tile.top() + 3,
                          fm.horizontalAdvance(m_badge) + 6, fm.height());
        p.setRenderHint(QPainter::Antialiasing);
        QPainterPath path;
        path.addRoundedRect(QRectF(badge), 3, 3);
        p.fillPath(path, palette().color(QPalette::Base));
        p.setPen(palette().color(QPalette::Text));
        p.setFont(small);
        p.drawText(badge, Qt::AlignCenter, m_badge);
    }
}

ElementBars::ElementBars(QWidget *parent)
    : QWidget(parent)
{
    setSizePolicy(QSizePolicy::Preferred, QSizePolicy::Fixed);
    updateDescription();
}

void ElementBars::setCounts(const std::array<int, 5> &counts)
{
    m_counts = counts;
    updateDescription();
    updateGeometry();
    update();
}

void ElementBars::updateDescription()
{
    QStringList parts;
    for (int e = 0; e < 5; ++e)
        parts << QStringLiteral("%1 %2").arg(elementDisplayName(static_cast<Element>(e))).arg(m_counts[std::size_t(e)]);
    setAccessibleName(tr("Five elements"));
    setAccessibleDescription(parts.join(QStringLiteral(", ")));
}

int ElementBars::labelWidth() const
{
    const QFontMetrics fm(font());
    int w = 0;
    for (int e = 0; e < 5; ++e)
        w = std::max(w, fm.horizontalAdvance(elementDisplayName(static_cast<Element>(e))));
    return w + 8;
}

QSize ElementBars::sizeHint() const
{
    const QFontMetrics fm(font());
    return {labelWidth() + 200, 5 * (fm.height() + 4)};
}

QSize ElementBars::minimumSizeHint() const
{
    const QFontMetrics fm(font());
    return {labelWidth() + 80, 5 * (fm.height() + 4)};
}

void ElementBars::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        updateDescription();
    QWidget::changeEvent(event);
}

void ElementBars::paintEvent(QPaintEvent *)
{
    QPainter p(this);
    p.setRenderHint(QPainter::Antialiasing);
    const QFontMetrics fm(font());
    const int rowHeight = fm.height() + 4;
    const int label = labelWidth();
    const int numberWidth = fm.horizontalAdvance(QStringLiteral("88")) + 6;
    const int barSpace = std::max(10, width() - label - numberWidth);
    // Eight characters at most (six without the hour); a full bar is all of them.
    const int scale = std::max(8, *std::max_element(m_counts.begin(), m_counts.end()));
    for (int e = 0; e < 5; ++e) {
        const int y = e * rowHeight;
        const auto element = static_cast<Element>(e);
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(0, y, label, rowHeight), Qt::AlignVCenter | Qt::AlignLeft, elementDisplayName(element));
        const int count = m_counts[std::size_t(e)];
        const QRectF track(label, y + 3, barSpace, rowHeight - 6);
        p.setPen(QPen(tileOutline(palette()), 1));
        p.setBrush(Qt::NoBrush);
        p.drawRoundedRect(track.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        if (count > 0) {
            const QRectF bar(track.left(), track.top(), track.width() * count / scale, track.height());
            p.setBrush(elementFill(element));
            p.drawRoundedRect(bar.adjusted(0.5, 0.5, -0.5, -0.5), 3, 3);
        }
        p.setPen(palette().color(QPalette::WindowText));
        p.drawText(QRect(label + barSpace, y, numberWidth, rowHeight), Qt::AlignVCenter | Qt::AlignRight,
                   QString::number(count));
    }
}

} // namespace sajudesk
