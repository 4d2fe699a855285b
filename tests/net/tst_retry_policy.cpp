// SPDX-License-Identifier: GPL-3.0-or-later
// RetryPolicy: which failures are retried, the backoff schedule with its jitter bounds, how
// Retry-After / error.retryAfter override it, and the hard stops (attempt limit, content already
// delivered, quota codes).
#include "net/RetryPolicy.h"

#include <QTest>

using namespace sajudesk;
using Kind = ApiError::Kind;
using Service = ApiError::Service;

namespace {

ApiError makeError(Service service, Kind kind, int status, const char *code, qint64 retryAfterMs = -1)
{
    ApiError e;
    e.service = service;
    e.kind = kind;
    e.httpStatus = status;
    e.code = QLatin1String(code);
    e.retryAfterMs = retryAfterMs;
    return e;
}

} // namespace

class TestRetryPolicy : public QObject
{
    Q_OBJECT

private slots:
    void retryable_data();
    void retryable();
    void schedule_data();
    void schedule();
    void jitterBounds_data();
    void jitterBounds();
    void serverWait_data();
    void serverWait();
    void stops_data();
    void stops();
    void perService();
};

void TestRetryPolicy::retryable_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<int>("kind");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("expected");

    const int S = int(Service::Saju), R = int(Service::RunYour), L = int(Service::Local);
    const int H = int(Kind::Http);
    // transient
    QTest::newRow("saju 429 rate_limited") << S << H << 429 << "rate_limited" << true;
    QTest::newRow("runyour 429 rate_limited") << R << H << 429 << "rate_limited" << true;
    QTest::newRow("saju 500 internal_error") << S << H << 500 << "internal_error" << true;
    QTest::newRow("saju 503 ai_provider_error") << S << H << 503 << "ai_provider_error" << true;
    QTest::newRow("saju 504 timeout") << S << H << 504 << "timeout" << true;
    QTest::newRow("saju 503 service_unavailable") << S << H << 503 << "service_unavailable" << true;
    QTest::newRow("runyour 500 server_error") << R << H << 500 << "server_error" << true;
    QTest::newRow("runyour 502 server_error") << R << H << 502 << "server_error" << true;
    QTest::newRow("runyour 503 service_unavailable") << R << H << 503 << "service_unavailable" << true;
    QTest::newRow("runyour 408 timeout") << R << H << 408 << "timeout" << true;
    QTest::newRow("network refused") << L << int(Kind::Network) << 0 << "connection_refused" << true;
    QTest::newRow("network dns") << R << int(Kind::Network) << 0 << "host_not_found" << true;
    QTest::newRow("network generic") << S << int(Kind::Network) << 0 << "network_error" << true;
    QTest::newRow("timeout kind") << R << int(Kind::Timeout) << 0 << "timeout" << true;
    // never
    QTest::newRow("daily_limit_exceeded") << S << H << 429 << "daily_limit_exceeded" << false;
    QTest::newRow("cost_limit_exceeded") << S << H << 429 << "cost_limit_exceeded" << false;
    QTest::newRow("credits_exhausted 402") << R << H << 402 << "credits_exhausted" << false;
    QTest::newRow("credits_exhausted 429") << R << H << 429 << "credits_exhausted" << false;
    QTest::newRow("400 bad_request") << R << H << 400 << "bad_request" << false;
    QTest::newRow("400 unsupported_model") << R << H << 400 << "unsupported_model" << false;
    QTest::newRow("400 missing_field") << S << H << 400 << "missing_field" << false;
    QTest::newRow("400 invalid_json") << S << H << 400 << "invalid_json" << false;
    QTest::newRow("401 invalid_api_key") << R << H << 401 << "invalid_api_key" << false;
    QTest::newRow("401 missing_api_key") << S << H << 401 << "missing_api_key" << false;
    QTest::newRow("401 expired_api_key") << S << H << 401 << "expired_api_key" << false;
    QTest::newRow("403 permission_denied") << S << H << 403 << "permission_denied" << false;
    QTest::newRow("404 not_found") << R << H << 404 << "not_found" << false;
    QTest::newRow("413 payload_too_large") << S << H << 413 << "payload_too_large" << false;
    QTest::newRow("500 with client code") << S << H << 500 << "invalid_saju" << false;
    QTest::newRow("tls") << R << int(Kind::Tls) << 0 << "tls_error" << false;
    QTest::newRow("input") << R << int(Kind::Input) << 0 << "invalid_input" << false;
    QTest::newRow("cancelled") << R << int(Kind::Cancelled) << 0 << "cancelled" << false;
    QTest::newRow("protocol") << R << int(Kind::Protocol) << 200 << "invalid_response" << false;
    QTest::newRow("protocol with transient code") << S << int(Kind::Protocol) << 200 << "server_error" << false;
    QTest::newRow("incomplete") << R << int(Kind::Incomplete) << 200 << "stream_incomplete" << false;
    QTest::newRow("none") << R << int(Kind::None) << 0 << "" << false;
}

void TestRetryPolicy::retryable()
{
    QFETCH(int, service);
    QFETCH(int, kind);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(bool, expected);
    ApiError e = makeError(Service(service), Kind(kind), status, "");
    e.code = code;
    QCOMPARE(RetryPolicy::isRetryable(e), expected);
    // decide() agrees with isRetryable on the first failure.
    const RetryPolicy policy = RetryPolicy::forService(Service(service));
    QCOMPARE(policy.decide(1, e, false, 0.5).retry, expected);
}

void TestRetryPolicy::schedule_data()
{
    QTest::addColumn<int>("attemptsMade");
    QTest::addColumn<qint64>("expectedMs");
    // random01 = 0.5 is the jitter midpoint: the nominal 1, 2, 4, 8, 16 s schedule.
    QTest::newRow("after 1st") << 1 << qint64(1000);
    QTest::newRow("after 2nd") << 2 << qint64(2000);
    QTest::newRow("after 3rd") << 3 << qint64(4000);
    QTest::newRow("after 4th") << 4 << qint64(8000);
    QTest::newRow("after 5th") << 5 << qint64(16000);
    QTest::newRow("after 7th capped") << 7 << qint64(60000);
    QTest::newRow("after 60th capped, no overflow") << 60 << qint64(60000);
}

void TestRetryPolicy::schedule()
{
    QFETCH(int, attemptsMade);
    QFETCH(qint64, expectedMs);
    RetryPolicy p;
    p.maxAttempts = 100;
    QCOMPARE(p.backoffDelayMs(attemptsMade, 0.5), expectedMs);
    const RetryPolicy::Decision d =
        p.decide(attemptsMade, makeError(Service::RunYour, Kind::Http, 503, "server_error"), false, 0.5);
    QVERIFY(d.retry);
    QCOMPARE(d.delayMs, expectedMs);
    QVERIFY(!d.reason.isEmpty());
}

void TestRetryPolicy::jitterBounds_data()
{
    QTest::addColumn<int>("attemptsMade");
    QTest::addColumn<qint64>("nominal");
    QTest::newRow("1 s") << 1 << qint64(1000);
    QTest::newRow("2 s") << 2 << qint64(2000);
    QTest::newRow("4 s") << 3 << qint64(4000);
    QTest::newRow("8 s") << 4 << qint64(8000);
}

void TestRetryPolicy::jitterBounds()
{
    QFETCH(int, attemptsMade);
    QFETCH(qint64, nominal);
    const RetryPolicy p; // jitter ±20 %
    const qint64 low = qint64(nominal * 0.8), high = qint64(nominal * 1.2);
    QCOMPARE(p.backoffDelayMs(attemptsMade, 0.0), low);
    QVERIFY(p.backoffDelayMs(attemptsMade, 0.999999) <= high);
    QVERIFY(p.backoffDelayMs(attemptsMade, 0.999999) > nominal);
    qint64 previous = -1;
    for (double r = 0.0; r < 1.0; r += 0.01) {
        const qint64 d = p.backoffDelayMs(attemptsMade, r);
        QVERIFY2(d >= low && d <= high, qPrintable(QString::number(d)));
        QVERIFY(d >= previous); // monotonic in random01: deterministic, no hidden randomness
        previous = d;
    }
    // Out-of-range or NaN randomness is clamped, never produces a negative or huge delay.
    QCOMPARE(p.backoffDelayMs(attemptsMade, -5.0), low);
    QCOMPARE(p.backoffDelayMs(attemptsMade, 7.0), high);
    QCOMPARE(p.backoffDelayMs(attemptsMade, std::nan("")), nominal);
}

void TestRetryPolicy::serverWait_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("attemptsMade");
    QTest::addColumn<qint64>("retryAfterMs");
    QTest::addColumn<bool>("retry");
    QTest::addColumn<qint64>("expectedMs");

    const int S = int(Service::Saju), R = int(Service::RunYour);
    QTest::newRow("retry-after longer than backoff wins")
        << R << "rate_limited" << 1 << qint64(17000) << true << qint64(17000);
    QTest::newRow("retry-after shorter: backoff wins")
        << R << "rate_limited" << 3 << qint64(500) << true << qint64(4000);
    QTest::newRow("retry-after zero: backoff") << R << "server_error" << 1 << qint64(0) << true << qint64(1000);
    QTest::newRow("retry-after on 503") << R << "service_unavailable" << 2 << qint64(30000) << true << qint64(30000);
    QTest::newRow("retry-after 10 min still honoured")
        << R << "rate_limited" << 1 << qint64(600000) << true << qint64(600000);
    QTest::newRow("retry-after above 10 min: stop") << R << "rate_limited" << 1 << qint64(600001) << false << qint64(0);
    QTest::newRow("retry-after a day: stop") << S << "rate_limited" << 1 << qint64(86400000) << false << qint64(0);
    QTest::newRow("saju 429 without hint: 60 s fallback")
        << S << "rate_limited" << 1 << qint64(-1) << true << qint64(60000);
    QTest::newRow("saju 429 hint 17 s beats fallback")
        << S << "rate_limited" << 1 << qint64(17000) << true << qint64(17000);
    QTest::newRow("saju 503 without hint: backoff")
        << S << "ai_provider_error" << 1 << qint64(-1) << true << qint64(1000);
    QTest::newRow("runyour 429 without hint: backoff")
        << R << "rate_limited" << 2 << qint64(-1) << true << qint64(2000);
}

void TestRetryPolicy::serverWait()
{
    QFETCH(int, service);
    QFETCH(QString, code);
    QFETCH(int, attemptsMade);
    QFETCH(qint64, retryAfterMs);
    QFETCH(bool, retry);
    QFETCH(qint64, expectedMs);
    ApiError e = makeError(Service(service), Kind::Http, 429, "", retryAfterMs);
    e.code = code;
    const RetryPolicy::Decision d = RetryPolicy::forService(Service(service)).decide(attemptsMade, e, false, 0.5);
    QCOMPARE(d.retry, retry);
    if (retry)
        QCOMPARE(d.delayMs, expectedMs);
    QVERIFY(!d.reason.isEmpty());
}

void TestRetryPolicy::stops_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<int>("attemptsMade");
    QTest::addColumn<bool>("contentDelivered");
    QTest::addColumn<bool>("retry");

    const int S = int(Service::Saju), R = int(Service::RunYour);
    QTest::newRow("runyour attempt 4 of 5 retries") << R << 4 << false << true;
    QTest::newRow("runyour attempt 5 of 5 stops") << R << 5 << false << false;
    QTest::newRow("runyour attempt 9 stops") << R << 9 << false << false;
    QTest::newRow("saju attempt 2 of 3 retries") << S << 2 << false << true;
    QTest::newRow("saju attempt 3 of 3 stops") << S << 3 << false << false;
    QTest::newRow("content delivered never re-sent") << R << 1 << true << false;
    QTest::newRow("content delivered saju") << S << 1 << true << false;
    QTest::newRow("attempt 0 treated as 1") << R << 0 << false << true;
}

void TestRetryPolicy::stops()
{
    QFETCH(int, service);
    QFETCH(int, attemptsMade);
    QFETCH(bool, contentDelivered);
    QFETCH(bool, retry);
    const ApiError e = makeError(Service(service), Kind::Network, 0, "network_error");
    const RetryPolicy::Decision d =
        RetryPolicy::forService(Service(service)).decide(attemptsMade, e, contentDelivered, 0.3);
    QCOMPARE(d.retry, retry);
    QVERIFY(!d.reason.isEmpty());
    if (!retry)
        QCOMPARE(d.delayMs, qint64(0));
}

void TestRetryPolicy::perService()
{
    const RetryPolicy saju = RetryPolicy::forService(Service::Saju);
    const RetryPolicy runYour = RetryPolicy::forService(Service::RunYour);
    QCOMPARE(saju.maxAttempts, 3);
    QCOMPARE(runYour.maxAttempts, 5);
    QCOMPARE(runYour.baseDelayMs, qint64(1000));
    QCOMPARE(saju.rateLimitFallbackMs, qint64(60000));
    QCOMPARE(runYour.rateLimitFallbackMs, qint64(0));
    // Copyable value type: a copy decides the same.
    const RetryPolicy copy = saju;
    const ApiError e = makeError(Service::Saju, Kind::Http, 429, "rate_limited");
    QCOMPARE(copy.decide(1, e, false, 0.1).delayMs, saju.decide(1, e, false, 0.1).delayMs);
}

QTEST_GUILESS_MAIN(TestRetryPolicy)
#include "tst_retry_policy.moc"
