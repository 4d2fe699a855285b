// SPDX-License-Identifier: GPL-3.0-or-later
#include "WindowGeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QWidget>

#include <algorithm>
#include <cmath>

namespace sajudesk::windowgeometry {

QRect initial(const QRect &available, const QSize &preferred, const QSize &minimum)
{
    const QSize limit(int(std::floor(available.width() * maxShare)), int(std::floor(available.height() * maxShare)));
    QRect rect(QPoint(0, 0), preferred.boundedTo(limit).expandedTo(minimum).boundedTo(available.size()));
    rect.moveCenter(available.center());
    return rect;
}

QRect clamped(const QRect &saved, const QRect &available, const QSize &minimum)
{
    if (!saved.isValid())
        return {};
    if (saved.width() > available.width() || saved.height() > available.height())
        return initial(available, saved.size(), minimum);
    QRect rect = saved;
    // Move in from the right/bottom first, then from the left/top, so the top-left (title bar) wins.
    if (rect.right() > available.right())
        rect.moveRight(available.right());
    if (rect.bottom() > available.bottom())
        rect.moveBottom(available.bottom());
    if (rect.left() < available.left())
        rect.moveLeft(available.left());
    if (rect.top() < available.top())
        rect.moveTop(available.top());
    return rect;
}

QSize boundedMinimum(const QSize &minimum, const QRect &available)
{
    // The same 90 % as initial(): the window and its title bar always fit, however small the screen.
    return minimum.boundedTo(
        QSize(int(std::floor(available.width() * maxShare)), int(std::floor(available.height() * maxShare))));
}

void restore(QWidget *window, const QByteArray &saved, const QSize &preferred, const QSize &minimum)
{
    const bool restored = !saved.isEmpty() && window->restoreGeometry(saved);
    QScreen *screen = restored ? QGuiApplication::screenAt(window->geometry().center()) : nullptr;
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    if (!screen) {
        if (!restored)
            window->resize(preferred);
        return;
    }
    const QRect available = screen->availableGeometry();
    const QSize bounded = boundedMinimum(minimum, available);
    window->setMinimumSize(bounded);
    if (restored && (window->windowState() & (Qt::WindowMaximized | Qt::WindowFullScreen)))
        return;
    // The frame is not known before the window is shown; the client rect is what saveGeometry()
    // gave back, so that is what is fitted.
    window->setGeometry(restored ? clamped(window->geometry(), available, bounded)
                                 : initial(available, preferred, bounded));
}

} // namespace sajudesk::windowgeometry
