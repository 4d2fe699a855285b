// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/Ganzhi.h"

#include <QColor>
#include <QString>

class QPainter;
class QPalette;
class QRect;
class QFont;

// Colours and drawing shared by the chart, the luck strip and the exports. The five elements
// are shown the way Korean 만세력 print them — 木 green, 火 red, 土 yellow, 金 white-grey, 水
// black — as filled tiles whose ink is black or white, whichever contrasts more with the fill
// (never below 4.5:1, WCAG AA for text). A tile carries its own background, so it reads the
// same on a light and a dark palette; only its outline follows the palette.
namespace sajudesk {

/// WCAG 2 contrast ratio of two opaque colours (1 … 21).
double contrastRatio(const QColor &a, const QColor &b);

QColor elementFill(saju::Element element);
/// Black or white, whichever contrasts more with elementFill().
QColor elementInk(saju::Element element);
/// Tile outline: the palette's mid colour, so light tiles stand out on a light window and dark
/// tiles on a dark one.
QColor tileOutline(const QPalette &palette);

/// A red readable (≥ 4.5:1) on the palette's window colour, for field errors.
QColor errorColor(const QPalette &palette);
/// An amber/brown readable on the window colour, for cautions.
QColor cautionColor(const QPalette &palette);

/// Element name in the UI language: Korean "목(木)", English "Wood".
QString elementDisplayName(saju::Element element);
/// Short element name in the UI language: Korean "목", English "Wood".
QString elementShortName(saju::Element element);
/// Caption under a stem or branch tile: Korean "정화" (reading + element), English "정 · Fire".
QString stemCaption(int stem);
QString branchCaption(int branch);

/// Draws one character on an element tile: `glyph` large, `caption` (may be empty) small below.
void paintGlyphTile(QPainter &painter, const QRect &rect, saju::Element element, const QString &glyph,
                    const QString &caption, const QFont &baseFont, const QPalette &palette, qreal glyphScale = 2.0);

} // namespace sajudesk
