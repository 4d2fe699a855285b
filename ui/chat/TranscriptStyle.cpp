// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/TranscriptStyle.h"

#include "ThemeColors.h"
#include "UiFonts.h"

#include <QFontDatabase>
#include <QFontMetrics>
#include <QWidget>

namespace sajudesk {

QColor mixColors(const QColor &a, const QColor &b, qreal amount)
{
    const qreal t = std::clamp(amount, 0.0, 1.0);
    return QColor::fromRgbF(static_cast<float>(a.redF() + (b.redF() - a.redF()) * t),
                            static_cast<float>(a.greenF() + (b.greenF() - a.greenF()) * t),
                            static_cast<float>(a.blueF() + (b.blueF() - a.blueF()) * t),
                            static_cast<float>(a.alphaF() + (b.alphaF() - a.alphaF()) * t));
}

TranscriptStyle TranscriptStyle::from(const QWidget *widget)
{
    TranscriptStyle s;
    s.font = widget->font();
    s.smallFont = fonts::small(s.font);
    s.boldSmall = fonts::smallBold(s.font);
    s.monoFont = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    s.monoFont.setPointSizeF(s.font.pointSizeF() > 0 ? s.font.pointSizeF() * 0.95 : s.monoFont.pointSizeF());

    const QFontMetrics fm(s.font);
    const QFontMetrics small(s.smallFont);
    s.lineHeight = fm.lineSpacing();
    s.smallLineHeight = small.lineSpacing();
    // Only for the height of code blocks not laid out yet (their layout measures the real one):
    // asking the monospace font here would load it before the first frame for a window that
    // may show no code at all.
    s.monoLineHeight = std::max(1, qRound(s.lineHeight * 0.95));
    s.averageCharWidth = std::max(1, fm.averageCharWidth());
    // About 90 characters of running text, plus the card's padding.
    s.maxColumnWidth = fm.horizontalAdvance(QString(90, QLatin1Char('n'))) + 2 * s.cardPadding;
    s.headerHeight = std::max(s.smallLineHeight + 6, 28);
    s.codeBarHeight = std::max(s.smallLineHeight + 8, 26);
    s.radius = std::max(6, s.lineHeight / 3);

    s.palette = widget->palette();
    const QPalette &p = s.palette;
    const QColor base = p.color(QPalette::Base);
    const QColor window = p.color(QPalette::Window);
    s.text = p.color(QPalette::Text);
    s.background = window;
    s.dimText = p.color(QPalette::PlaceholderText);
    if (s.dimText == s.text || !s.dimText.isValid())
        s.dimText = mixColors(s.text, base, 0.45);
    s.assistantCard = base;
    s.userCard = mixColors(base, p.color(QPalette::Highlight), 0.16);
    s.contextCard = mixColors(base, window, 0.5);
    s.cardBorder = mixColors(base, s.text, 0.14);
    s.codeBackground = mixColors(base, s.text, 0.05);
    s.codeBar = mixColors(base, s.text, 0.10);
    s.link = p.color(QPalette::Link);
    // Incomplete / failed: the palette has no such roles; tint the text towards the link and
    // highlight colours so both stay readable on light and dark backgrounds.
    s.warning = mixColors(s.text, QColor::fromHsv(30, 220, s.text.value() > 128 ? 255 : 170), 0.6);
    s.error = mixColors(s.text, QColor::fromHsv(0, 200, s.text.value() > 128 ? 255 : 180), 0.6);
    // Each text colour must read (WCAG AA, 4.5:1) on every surface it is drawn on: the window
    // (headers, footers), the three cards and the code bar. Placeholder greys and tinted colours of
    // many palettes do not; nudge them just far enough.
    const QColor surfaces[] = {s.background, s.assistantCard, s.userCard, s.contextCard, s.codeBar};
    for (QColor *c : {&s.dimText, &s.warning, &s.error, &s.link}) {
        for (int pass = 0; pass < 2; ++pass) {
            for (const QColor &surface : surfaces)
                *c = theme::ensureContrast(*c, surface);
        }
    }
    s.focus = p.color(QPalette::Highlight);
    s.hover = mixColors(base, s.text, 0.16);
    return s;
}

int TranscriptStyle::columnWidth(int viewWidth) const
{
    return std::max(120, std::min(maxColumnWidth, viewWidth - 2 * outerMargin));
}

int TranscriptStyle::columnLeft(int viewWidth) const
{
    return std::max(outerMargin / 2, (viewWidth - columnWidth(viewWidth)) / 2);
}

} // namespace sajudesk
