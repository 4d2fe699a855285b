// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QByteArray>
#include <QRect>
#include <QSize>

class QWidget;

/// Where a top-level window opens: inside the free area of its screen (QScreen::availableGeometry,
/// so panels and docks are left alone) on small, scaled (QT_SCALE_FACTOR=2) or changed screens.
namespace sajudesk::windowgeometry {

/// The share of the available width and height a window takes at most when it opens afresh.
inline constexpr double maxShare = 0.9;

/// `preferred`, shrunk to at most maxShare of `available` in each direction (but not below `minimum`,
/// nor beyond `available`), centred in it.
QRect initial(const QRect &available, const QSize &preferred, const QSize &minimum = {});
/// `saved` as it is when it lies within `available`; moved inside when only its place is off; when it
/// is too large (saved on a larger or less scaled screen), initial() with its size. An invalid
/// `saved` gives an invalid rect.
QRect clamped(const QRect &saved, const QRect &available, const QSize &minimum = {});
/// `minimum`, reduced to maxShare of `available` where the screen is that small.
QSize boundedMinimum(const QSize &minimum, const QRect &available);

/// Gives `window` (not yet shown) its size and place: the geometry saved by QWidget::saveGeometry()
/// when there is one (clamped to the screen it was on, or the primary one), else initial(); and a
/// minimum size no larger than that screen. A maximized or full-screen state is kept as saved.
void restore(QWidget *window, const QByteArray &saved, const QSize &preferred, const QSize &minimum);

} // namespace sajudesk::windowgeometry
