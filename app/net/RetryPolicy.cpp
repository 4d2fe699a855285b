// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/RetryPolicy.h"

#include <QLatin1String>

#include <algorithm>
#include <cmath>

namespace sajudesk {

namespace {

bool codeIn(const QString &code, std::initializer_list<const char *> codes)
{
    for (const char *c : codes) {
        if (code == QLatin1String(c))
            return true;
    }
    return false;
}

QString seconds(qint64 ms)
{
    return QString::number(double(ms) / 1000.0, 'f', 1) + QLatin1Char('s');
}

} // namespace

bool RetryPolicy::isRetryable(const ApiError &e)
{
    switch (e.kind) {
    case ApiError::Kind::Network:
        // A proxy that refuses the tunnel (or needs credentials) refuses again; its
        // configuration must change.
        if (e.is(ApiErrorCode::ProxyError))
            return false;
        [[fallthrough]];
    case ApiError::Kind::Timeout:
        // The request may not even have reached the server; the next attempt may well work.
        // (Failures after a 2xx answer began are never re-sent; see decide().)
        return true;
    case ApiError::Kind::Http:
        break;
    default:
        // Tls: a certificate problem will not fix itself and may be an attack.
        // Input: nothing was sent. Cancelled: the user said stop.
        // Protocol: the server answered but unusably; the same request gives the same answer.
        // Incomplete: content was already shown; re-sending would bill twice and duplicate text.
        return false;
    }
    // Quota and billing problems need a human (upgrade, top up, wait for the reset); retrying
    // only burns requests. They are checked first because they arrive as 429s.
    if (codeIn(e.code, {"daily_limit_exceeded", "cost_limit_exceeded", "credits_exhausted"}))
        return false;
    if (codeIn(e.code, {"rate_limited", "internal_error", "ai_provider_error", "timeout", "service_unavailable",
                        "server_error"}))
        return true;
    // Any other code is a client-side problem (bad key, bad field, unknown model …): the same
    // request fails the same way, so it is never retried — even if a server labels it 5xx.
    return false;
}

qint64 RetryPolicy::backoffDelayMs(int attemptsMade, double random01) const
{
    // Exponential backoff as in the RunYour docs' sample (1, 2, 4, 8, 16 s) and the OpenAI SDKs.
    const int exponent = std::clamp(attemptsMade - 1, 0, 30); // 2^30 s is far beyond any cap
    const double capped = std::min(double(std::max<qint64>(baseDelayMs, 0)) * std::ldexp(1.0, exponent),
                                   double(std::max<qint64>(maxDelayMs, 0)));
    // Jitter spreads out clients that failed together (e.g. after an outage) so they do not
    // return in lock-step. "Equal" ± jitter keeps the expected delay on the nominal schedule.
    // random01 comes from the caller so tests can pin it.
    if (!std::isfinite(random01))
        random01 = 0.5;
    random01 = std::clamp(random01, 0.0, 1.0);
    const double fraction = std::clamp(jitterFraction, 0.0, 1.0);
    const double delay = capped * (1.0 + fraction * (2.0 * random01 - 1.0));
    return qint64(std::llround(std::max(delay, 0.0)));
}

RetryPolicy::Decision RetryPolicy::decide(int attemptsMade, const ApiError &e, bool responseBegun,
                                          double random01) const
{
    Decision d;
    attemptsMade = std::max(attemptsMade, 1);
    if (!isRetryable(e)) {
        d.reason = QStringLiteral("not a transient failure (%1)").arg(e.code);
        return d;
    }
    if (responseBegun) {
        // The server accepted the request and may be generating (and billing) the answer; a
        // re-send could bill twice and duplicate text. The user decides (Retry / Continue).
        d.reason = QStringLiteral("a 2xx answer had begun; not re-sending");
        return d;
    }
    if (attemptsMade >= maxAttempts) {
        d.reason = QStringLiteral("gave up after %1 attempts").arg(attemptsMade);
        return d;
    }
    qint64 serverWait = e.retryAfterMs;
    if (serverWait > maxRetryAfterMs) {
        // A server asking for a long pause is telling us to come back much later; sitting on
        // a hidden timer for that long looks like a hang. Stop and show the error with its
        // time instead.
        d.reason = QStringLiteral("server asked to wait %1, longer than the automatic limit %2")
                       .arg(seconds(serverWait), seconds(maxRetryAfterMs));
        return d;
    }
    if (serverWait < 0 && e.is(ApiErrorCode::RateLimited) && rateLimitFallbackMs > 0) {
        // A 429 without any wait hint: use the vendor's suggested pause rather than hammering a
        // limit that is counted per minute.
        serverWait = rateLimitFallbackMs;
    }
    const qint64 backoff = backoffDelayMs(attemptsMade, random01);
    d.retry = true;
    if (serverWait > backoff) {
        // The server knows when the window resets: use exactly that, no jitter below it.
        d.delayMs = serverWait;
        d.reason = QStringLiteral("retry %1 of %2 after the server's wait of %3")
                       .arg(attemptsMade + 1)
                       .arg(maxAttempts)
                       .arg(seconds(serverWait));
    } else {
        // A shorter (or zero) server hint still gets our backoff: the hint is a minimum.
        d.delayMs = backoff;
        d.reason = QStringLiteral("retry %1 of %2 after backoff %3")
                       .arg(attemptsMade + 1)
                       .arg(maxAttempts)
                       .arg(seconds(backoff));
    }
    return d;
}

RetryPolicy RetryPolicy::forService(ApiError::Service service)
{
    RetryPolicy p;
    if (service == ApiError::Service::Saju) {
        // api-contract §2.8: at most 3 attempts; on 429 wait max(Retry-After, error.retryAfter),
        // falling back to 60 s (the limits are per minute, so a shorter blind wait would most
        // likely hit the same window again).
        p.maxAttempts = 3;
        p.rateLimitFallbackMs = 60000;
    } else {
        // RunYour docs' sample: 1, 2, 4, 8 s over at most 5 attempts; no documented rate-limit
        // window, so a 429 without Retry-After uses the plain backoff.
        p.maxAttempts = 5;
    }
    return p;
}

} // namespace sajudesk
