// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QColor>
#include <QPalette>

class QApplication;

// Colours the app paints itself are taken from the palette and then checked against the background
// they are drawn on: the palette's own roles may fall short of WCAG AA (Fusion's placeholder grey, a
// mid-blue highlight under white text), and a dark desktop theme must read as well as the light one.
namespace sajudesk::theme {

/// `foreground` drawn over the opaque `background` (alpha blended), as the eye sees it.
QColor compositeOver(const QColor &foreground, const QColor &background);
/// WCAG 2 contrast ratio of `foreground` (blended over `background`) against `background` (1 … 21).
double contrast(const QColor &foreground, const QColor &background);
/// `foreground` unchanged when it reaches `ratio` against `background`, else moved towards black or
/// white (whichever the background contrasts with more) just far enough. The result is opaque.
QColor ensureContrast(const QColor &foreground, const QColor &background, double ratio = 4.5);
/// `background` darkened or lightened just enough that `text` on it reaches `ratio` (selection pills).
QColor fillBehind(const QColor &background, const QColor &text, double ratio = 4.5);
/// Muted text on the palette's window colour: the placeholder colour, made readable.
QColor mutedText(const QPalette &palette);
/// Amber text for notices on the window colour (the demo badge).
QColor noticeText(const QPalette &palette);

/// `palette` with the roles the app shows as text made readable (≥ 4.5:1) where they are drawn:
/// the placeholder colour (muted labels, hints) on the window and base colours, links on both, the
/// highlighted text on the highlight (by darkening or lightening the highlight). Other roles unchanged.
QPalette readablePalette(const QPalette &palette);
/// Gives every top-level window readablePalette() of the application palette, when it is first
/// shown and again whenever the application palette (the desktop theme) changes. The application
/// palette itself is left alone, so that it keeps following the theme.
void installReadablePalette(QApplication *app);

/// Fusion with a dark palette (hidden `--palette dark`, screenshots, the contrast test).
QPalette darkPalette();

} // namespace sajudesk::theme
