// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ChatIcons.h"

#include <QApplication>
#include <QIconEngine>
#include <QPainter>
#include <QPainterPath>
#include <QPalette>
#include <QPixmap>

namespace sajudesk::ChatIcons {

namespace {

/// Line drawings on a 16×16 grid, stroked in the current text colour.
class PaintedIcon : public QIconEngine
{
public:
    explicit PaintedIcon(Icon which)
        : m_which(which)
    {}

    QIconEngine *clone() const override { return new PaintedIcon(m_which); }

    QPixmap pixmap(const QSize &size, QIcon::Mode mode, QIcon::State state) override
    {
        QPixmap pm(size);
        pm.fill(Qt::transparent);
        QPainter p(&pm);
        paint(&p, QRect(QPoint(0, 0), size), mode, state);
        return pm;
    }

    void paint(QPainter *painter, const QRect &rect, QIcon::Mode mode, QIcon::State) override
    {
        const QPalette palette = QApplication::palette();
        const QColor color =
            palette.color(mode == QIcon::Disabled ? QPalette::Disabled : QPalette::Normal, QPalette::ButtonText);
        painter->save();
        painter->setRenderHint(QPainter::Antialiasing);
        const qreal s = std::min(rect.width(), rect.height()) / 16.0;
        painter->translate(rect.left() + (rect.width() - 16 * s) / 2, rect.top() + (rect.height() - 16 * s) / 2);
        painter->scale(s, s);
        QPen pen(color, 1.4, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin);
        painter->setPen(pen);
        painter->setBrush(Qt::NoBrush);
        draw(painter, color);
        painter->restore();
    }

private:
    void arrowArc(QPainter *p, bool clockwise) const
    {
        QPainterPath arc;
        arc.arcMoveTo(QRectF(3, 3, 10, 10), clockwise ? 60 : 120);
        arc.arcTo(QRectF(3, 3, 10, 10), clockwise ? 60 : 120, clockwise ? -300 : 300);
        p->drawPath(arc);
        const QPointF tip = clockwise ? QPointF(10.5, 3.7) : QPointF(5.5, 3.7);
        const qreal dir = clockwise ? 1 : -1;
        p->drawLine(tip, tip + QPointF(-2.6 * dir, -1.6));
        p->drawLine(tip, tip + QPointF(-0.6 * dir, 2.8));
    }

    void draw(QPainter *p, const QColor &color) const
    {
        switch (m_which) {
        case Icon::Copy:
            p->drawRoundedRect(QRectF(5.5, 5.5, 8, 9), 1.5, 1.5);
            p->drawPolyline(QPolygonF({{3.5, 10.5}, {2.5, 10.5}, {2.5, 2.5}, {9.5, 2.5}, {9.5, 3.5}}));
            break;
        case Icon::Markdown: {
            p->drawRoundedRect(QRectF(1.5, 3.5, 13, 9), 1.5, 1.5);
            p->drawPolyline(QPolygonF({{4, 10}, {4, 6}, {5.5, 8}, {7, 6}, {7, 10}}));
            p->drawLine(QPointF(11, 6), QPointF(11, 10));
            p->drawPolyline(QPolygonF({{9.5, 8.5}, {11, 10}, {12.5, 8.5}}));
            break;
        }
        case Icon::Edit:
            p->drawPolygon(QPolygonF({{3, 13}, {3.5, 10.5}, {11, 3}, {13, 5}, {5.5, 12.5}}));
            p->drawLine(QPointF(9.5, 4.5), QPointF(11.5, 6.5));
            break;
        case Icon::Regenerate:
            arrowArc(p, true);
            break;
        case Icon::Retry:
            arrowArc(p, false);
            break;
        case Icon::Previous:
            p->drawPolyline(QPolygonF({{10, 3}, {5, 8}, {10, 13}}));
            break;
        case Icon::Next:
            p->drawPolyline(QPolygonF({{6, 3}, {11, 8}, {6, 13}}));
            break;
        case Icon::Continue:
            p->drawPolyline(QPolygonF({{3, 3}, {8, 8}, {3, 13}}));
            p->drawPolyline(QPolygonF({{8, 3}, {13, 8}, {8, 13}}));
            break;
        case Icon::Delete:
            p->drawLine(QPointF(2.5, 4.5), QPointF(13.5, 4.5));
            p->drawPolyline(QPolygonF({{6, 4.5}, {6.5, 2.5}, {9.5, 2.5}, {10, 4.5}}));
            p->drawPolyline(QPolygonF({{4, 4.5}, {4.8, 13.5}, {11.2, 13.5}, {12, 4.5}}));
            p->drawLine(QPointF(6.8, 7), QPointF(7, 11.5));
            p->drawLine(QPointF(9.2, 7), QPointF(9, 11.5));
            break;
        case Icon::Send:
            p->setBrush(color);
            p->drawPolygon(QPolygonF({{2.5, 2.5}, {14, 8}, {2.5, 13.5}, {4.5, 8}}));
            break;
        case Icon::Stop:
            p->setBrush(color);
            p->drawRoundedRect(QRectF(4, 4, 8, 8), 1.5, 1.5);
            break;
        case Icon::JumpDown:
            p->drawLine(QPointF(8, 2.5), QPointF(8, 12.5));
            p->drawPolyline(QPolygonF({{3.5, 8.5}, {8, 13}, {12.5, 8.5}}));
            break;
        }
    }

    Icon m_which;
};

} // namespace

QIcon icon(Icon which)
{
    return QIcon(new PaintedIcon(which));
}

} // namespace sajudesk::ChatIcons
