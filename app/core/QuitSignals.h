// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>

class QSocketNotifier;

namespace sajudesk {

/// Turns SIGTERM, SIGINT and SIGHUP (logout, `kill`, Ctrl+C in a terminal) into a Qt signal, so
/// the app saves what is pending and quits cleanly instead of dying mid-write. The handler only
/// writes a byte to a socket pair (async-signal-safe); the rest runs in the event loop.
/// One per process; does nothing on systems without POSIX signals.
class QuitSignals : public QObject
{
    Q_OBJECT
public:
    explicit QuitSignals(QObject *parent = nullptr);
    ~QuitSignals() override;

signals:
    void quitRequested(int signalNumber);

private:
    QSocketNotifier *m_notifier = nullptr;
};

} // namespace sajudesk
