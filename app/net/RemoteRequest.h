// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"

#include <QObject>
#include <QPointer>

#include <functional>

namespace sajudesk {

class ApiCall;

/// Base of the request classes (one per remote operation: ModelsRequest, ChatRequest,
/// FortuneRequest, SajuCalcRequest). It holds the ApiCall that runs the current attempt sequence
/// and the lifecycle every request shares: `retryScheduled` for countdowns, `retryNow()` to skip
/// a wait, `cancel()` after which nothing more is emitted, and `finished()` once otherwise.
/// Subclasses create the ApiCall, store it in m_call and forward its signals.
class RemoteRequest : public QObject
{
    Q_OBJECT
public:
    using QObject::QObject;

    bool isCancelled() const { return m_cancelled; }

public slots:
    /// Aborts the call in flight (or its retry wait). No signal is emitted afterwards.
    void cancel();
    /// Skips the remaining wait before the next attempt, if one is scheduled.
    void retryNow();

signals:
    /// `attempt` is the attempt about to run (2 for the first retry).
    void retryScheduled(int attempt, qint64 delayMs, const sajudesk::ApiError &error);
    void finished();
    /// The key has an unusual prefix; emitted before the request is sent (it is sent as entered).
    void keyWarning(const QString &message);

protected:
    /// The checks every request makes before sending. A set `localError` (bad input, no key) goes
    /// to `fail` on the next event-loop turn, so a caller never gets a signal from inside start(),
    /// and false is returned. Otherwise a non-empty `prefixWarning` is logged and emitted as
    /// keyWarning, and true is returned.
    bool passesLocalChecks(const ApiError &localError, const QString &prefixWarning,
                           const std::function<void(const ApiError &)> &fail);

    QPointer<ApiCall> m_call;
    bool m_cancelled = false;
};

} // namespace sajudesk
