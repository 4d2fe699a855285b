// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"

#include <QString>

namespace sajudesk {

/// Pure retry decision: which failures are transient and how long to wait before the next
/// attempt. No timers here; the retry driver asks decide() after each failed attempt and arms
/// its own timer with the returned delay. Usage:
///   RetryPolicy policy = RetryPolicy::forService(ApiError::Service::Saju);
///   auto d = policy.decide(attemptsMade, error, receivedContent, QRandomGenerator::global()->generateDouble());
///   if (d.retry) timer.start(d.delayMs); else finish(error);
struct RetryPolicy
{
    int maxAttempts = 5;         ///< total attempts including the first one
    qint64 baseDelayMs = 1000;   ///< delay after the first failure; doubles each time
    qint64 maxDelayMs = 60000;   ///< cap of the exponential part
    double jitterFraction = 0.2; ///< ± fraction of the backoff delay
    /// Longest server-requested wait we still honour automatically; a longer Retry-After means
    /// "come back much later", so we stop and show the error instead of a silent long wait.
    qint64 maxRetryAfterMs = 10 * 60 * 1000;
    /// Wait used for a 429 that carries no Retry-After / retryAfter at all (0 = plain backoff).
    qint64 rateLimitFallbackMs = 0;

    struct Decision
    {
        bool retry = false;
        qint64 delayMs = 0;
        QString reason; ///< short English explanation for logs and diagnostics
    };

    /// True for transient failures only (429 rate_limited, 5xx, network, timeout); never for
    /// quotas, credits, keys, a proxy that refuses, or anything refused locally.
    static bool isRetryable(const ApiError &e);

    /// `attemptsMade` ≥ 1 is the number of attempts already made (including the failed one);
    /// `responseBegun` is true when a 2xx answer had begun (stream or not): never re-sent then;
    /// `random01` ∈ [0,1) drives the jitter (pass a fixed value in tests).
    Decision decide(int attemptsMade, const ApiError &e, bool responseBegun, double random01) const;

    /// Backoff before attempt `attemptsMade + 1` without any server hint, jitter applied.
    qint64 backoffDelayMs(int attemptsMade, double random01) const;

    /// Defaults per service (Saju: 3 attempts and a 60 s 429 fallback; RunYour: 5 attempts).
    static RetryPolicy forService(ApiError::Service service);
};

} // namespace sajudesk
