// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QFont>
#include <QPalette>

class QWidget;

namespace sajudesk {

/// Fonts, spacing and colours of the transcript, all derived from the widget's font and palette
/// (light and dark themes both work; no colour is hard-coded). Recomputed on font/palette change.
struct TranscriptStyle
{
    QFont font;      ///< message text
    QFont smallFont; ///< headers, footers, labels
    QFont boldSmall; ///< role names
    QFont monoFont;  ///< code
    int lineHeight = 0;
    int smallLineHeight = 0;
    int monoLineHeight = 0; ///< an estimate (see TranscriptStyle::from)
    int averageCharWidth = 0;

    int outerMargin = 16;     ///< between the view's edges and the column
    int maxColumnWidth = 760; ///< about 90 characters of the message font
    int cardPadding = 12;
    int blockSpacing = 8;
    int messageSpacing = 18;
    int radius = 8;
    int headerHeight = 0;  ///< role · time line (also holds the hover toolbar)
    int codeBarHeight = 0; ///< language label + Copy
    int scrollBarHeight = 8;

    QPalette palette;
    QColor background; ///< behind the cards
    QColor text;
    QColor dimText;
    QColor assistantCard;
    QColor userCard;
    QColor contextCard;
    QColor cardBorder;
    QColor codeBackground;
    QColor codeBar;
    QColor link;
    QColor warning; ///< incomplete answers
    QColor error;   ///< failed answers
    QColor focus;   ///< keyboard focus frame
    QColor hover;   ///< buttons drawn in the text (code Copy)

    static TranscriptStyle from(const QWidget *widget);
    /// Width of the readable column for a view `viewWidth` pixels wide.
    int columnWidth(int viewWidth) const;
    int columnLeft(int viewWidth) const;
};

/// `a` moved towards `b` by `amount` (0…1): how the transcript derives tints from palette roles.
QColor mixColors(const QColor &a, const QColor &b, qreal amount);

} // namespace sajudesk
