// SPDX-License-Identifier: GPL-3.0-or-later
#include "ThemeColors.h"

#include <QApplication>
#include <QEvent>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace sajudesk::theme {

namespace {

double channel(double c)
{
    return c <= 0.04045 ? c / 12.92 : std::pow((c + 0.055) / 1.055, 2.4);
}

double luminance(const QColor &c)
{
    const QColor rgb = c.toRgb();
    return 0.2126 * channel(rgb.redF()) + 0.7152 * channel(rgb.greenF()) + 0.0722 * channel(rgb.blueF());
}

double ratioOf(const QColor &a, const QColor &b)
{
    const double la = luminance(a), lb = luminance(b);
    return (std::max(la, lb) + 0.05) / (std::min(la, lb) + 0.05);
}

QColor mix(const QColor &a, const QColor &b, double t)
{
    const QColor x = a.toRgb(), y = b.toRgb();
    return QColor::fromRgbF(static_cast<float>(x.redF() + (y.redF() - x.redF()) * t),
                            static_cast<float>(x.greenF() + (y.greenF() - x.greenF()) * t),
                            static_cast<float>(x.blueF() + (y.blueF() - x.blueF()) * t));
}

// The smallest step towards `target` that makes `pass` true (bisection; `pass(target)` is assumed).
template <typename Pass>
QColor moveUntil(const QColor &from, const QColor &target, Pass pass)
{
    if (pass(from))
        return from;
    double lo = 0, hi = 1;
    for (int i = 0; i < 20; ++i) {
        const double mid = (lo + hi) / 2;
        (pass(mix(from, target, mid)) ? hi : lo) = mid;
    }
    return mix(from, target, hi);
}

} // namespace

QColor compositeOver(const QColor &foreground, const QColor &background)
{
    const QColor fg = foreground.toRgb();
    QColor out = mix(background, QColor::fromRgbF(fg.redF(), fg.greenF(), fg.blueF()), fg.alphaF());
    out.setAlpha(255);
    return out;
}

double contrast(const QColor &foreground, const QColor &background)
{
    return ratioOf(compositeOver(foreground, background), background);
}

QColor ensureContrast(const QColor &foreground, const QColor &background, double ratio)
{
    const QColor fg = compositeOver(foreground, background);
    const QColor target =
        ratioOf(Qt::black, background) >= ratioOf(Qt::white, background) ? QColor(Qt::black) : QColor(Qt::white);
    // Above 4.5 with an ordinary ratio: the nudged colour stays as close to the original as it can.
    return moveUntil(fg, target, [&](const QColor &c) { return ratioOf(c, background) >= ratio; });
}

QColor fillBehind(const QColor &background, const QColor &text, double ratio)
{
    const QColor ink = compositeOver(text, background);
    const QColor target = ratioOf(ink, Qt::black) >= ratioOf(ink, Qt::white) ? QColor(Qt::black) : QColor(Qt::white);
    return moveUntil(background.toRgb(), target, [&](const QColor &c) { return ratioOf(ink, c) >= ratio; });
}

QColor mutedText(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    QColor muted = palette.color(QPalette::PlaceholderText);
    if (!muted.isValid() || muted == palette.color(QPalette::WindowText))
        muted = mix(palette.color(QPalette::WindowText), window, 0.4);
    // Shown on the window and in text views on the base colour.
    const QColor base = palette.color(QPalette::Base);
    muted = ensureContrast(muted, window);
    return ensureContrast(ensureContrast(muted, base), window);
}

QColor noticeText(const QPalette &palette)
{
    const QColor window = palette.color(QPalette::Window);
    // Amber: dark brown on a light window, light amber on a dark one.
    const bool dark = ratioOf(Qt::white, window) > ratioOf(Qt::black, window);
    return ensureContrast(dark ? QColor(0xff, 0xc1, 0x6b) : QColor(0x8a, 0x4b, 0x00), window);
}

QPalette readablePalette(const QPalette &palette)
{
    QPalette out = palette;
    for (const QPalette::ColorGroup group : {QPalette::Active, QPalette::Inactive}) {
        const QColor window = palette.color(group, QPalette::Window);
        const QColor base = palette.color(group, QPalette::Base);
        for (const QPalette::ColorRole role : {QPalette::PlaceholderText, QPalette::Link}) {
            QColor c = palette.color(group, role);
            for (int pass = 0; pass < 2; ++pass)
                c = ensureContrast(ensureContrast(c, window), base);
            if (c != palette.color(group, role))
                out.setColor(group, role, c);
        }
        const QColor highlight = palette.color(group, QPalette::Highlight);
        const QColor fill = fillBehind(highlight, palette.color(group, QPalette::HighlightedText));
        if (fill != highlight)
            out.setColor(group, QPalette::Highlight, fill);
    }
    return out;
}

namespace {

class ReadablePaletteFilter : public QObject
{
public:
    using QObject::QObject;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        const QEvent::Type type = event->type();
        if ((type == QEvent::Polish || type == QEvent::ApplicationPaletteChange) && watched->isWidgetType()) {
            auto *widget = static_cast<QWidget *>(watched);
            if (widget->isWindow())
                widget->setPalette(readable());
        }
        return QObject::eventFilter(watched, event);
    }

private:
    // Every window (menus and tooltips are windows too) asks as it is polished; the application
    // palette rarely changes, so the bisections run once per palette, not once per window.
    QPalette readable()
    {
        const QPalette app = QApplication::palette();
        if (!m_valid || app.cacheKey() != m_sourceKey) {
            m_readable = readablePalette(app);
            m_sourceKey = app.cacheKey();
            m_valid = true;
        }
        return m_readable;
    }

    QPalette m_readable;
    qint64 m_sourceKey = 0;
    bool m_valid = false;
};

} // namespace

void installReadablePalette(QApplication *app)
{
    app->installEventFilter(new ReadablePaletteFilter(app));
}

QPalette darkPalette()
{
    QPalette p;
    const QColor window(0x2b, 0x2d, 0x31);
    const QColor base(0x1e, 0x1f, 0x22);
    const QColor text(0xe6, 0xe6, 0xe6);
    p.setColor(QPalette::Window, window);
    p.setColor(QPalette::WindowText, text);
    p.setColor(QPalette::Base, base);
    p.setColor(QPalette::AlternateBase, window);
    p.setColor(QPalette::ToolTipBase, base);
    p.setColor(QPalette::ToolTipText, text);
    p.setColor(QPalette::PlaceholderText, QColor(0x8c, 0x8f, 0x94));
    p.setColor(QPalette::Text, text);
    p.setColor(QPalette::Button, window);
    p.setColor(QPalette::ButtonText, text);
    p.setColor(QPalette::BrightText, Qt::red);
    p.setColor(QPalette::Link, QColor(0x6c, 0xb4, 0xff));
    p.setColor(QPalette::Highlight, QColor(0x35, 0x74, 0xf0));
    p.setColor(QPalette::HighlightedText, Qt::white);
    p.setColor(QPalette::Disabled, QPalette::Text, QColor(0x7a, 0x7a, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::ButtonText, QColor(0x7a, 0x7a, 0x7a));
    p.setColor(QPalette::Disabled, QPalette::WindowText, QColor(0x7a, 0x7a, 0x7a));
    return p;
}

} // namespace sajudesk::theme
