// SPDX-License-Identifier: GPL-3.0-or-later
#include "FirstPaint.h"

#include <QEvent>
#include <QTimer>
#include <QWidget>

namespace sajudesk {

FirstPaintWatcher::FirstPaintWatcher(QWidget *window, std::function<void()> done)
    : QObject(window)
    , m_window(window)
    , m_done(std::move(done))
{
    window->installEventFilter(this);
}

bool FirstPaintWatcher::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_seen && watched == m_window && event->type() == QEvent::Paint) {
        m_seen = true;
        m_window->removeEventFilter(this);
        // The paint event reaches the window before its children are painted and before the
        // backing store is flushed; a queued call runs after both.
        QTimer::singleShot(0, this, [this] { m_done(); });
    }
    return false;
}

} // namespace sajudesk
