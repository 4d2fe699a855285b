// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

#include <functional>

class QWidget;

namespace sajudesk {

/// Calls `done` once, right after `window` has painted its first frame and the frame has been
/// handed to the platform (the backing-store flush that follows the paint). Start-up work that the
/// first frame does not need waits for it (AppServices::startAfterFirstPaint); the hidden bench
/// options and tests/bench/empty_window.cpp time the first frame with it, so the app and its
/// baseline are measured the same way. Deletes itself with the window.
class FirstPaintWatcher : public QObject
{
    Q_OBJECT
public:
    FirstPaintWatcher(QWidget *window, std::function<void()> done);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    QWidget *m_window;
    std::function<void()> m_done;
    bool m_seen = false;
};

} // namespace sajudesk
