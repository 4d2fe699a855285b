// SPDX-License-Identifier: GPL-3.0-or-later
// The classification fixes of issue 12, one named row each: quotas that arrive as 429s are not
// rate limits (never retried, own message), the server's own code is kept beside ours, the
// RunYour 503 hint does not send users to the Saju status page, a proxy that refuses the tunnel
// is not asked five times, and nothing is re-sent once a 2xx answer has begun.
#include "net/ApiErrorParser.h"
#include "net/RetryPolicy.h"

#include <QTest>

using namespace sajudesk;
using Service = ApiError::Service;
using Kind = ApiError::Kind;

namespace {

const QDateTime kNow(QDate(2026, 5, 2), QTime(8, 15, 30), Qt::UTC);

RawHeaderList retryAfter2()
{
    return {qMakePair(QByteArray("Retry-After"), QByteArray("2"))};
}

QByteArray nest(int status, const char *message)
{
    return QByteArray("{\"statusCode\":") + QByteArray::number(status)
           + ",\"timestamp\":\"2026-05-02T08:15:30.120Z\",\"path\":\"/v1/chat/completions\",\"message\":\"" + message
           + "\"}";
}

} // namespace

class TestErrorClassification : public QObject
{
    Q_OBJECT

private slots:
    void http_data();
    void http();
    void hints_data();
    void hints();
    void network_data();
    void network();
    void noResendAfterSuccessBegan_data();
    void noResendAfterSuccessBegan();
};

void TestErrorClassification::http_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<int>("status");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("serverCode");
    QTest::addColumn<bool>("retryable");
    const int R = int(Service::RunYour), S = int(Service::Saju);

    QTest::newRow("runyour 429 daily request limit")
        << R << 429 << nest(429, "Daily request limit exceeded") << "daily_limit_exceeded"
        << "" << false;
    QTest::newRow("runyour 429 monthly cost limit")
        << R << 429 << nest(429, "Monthly cost limit exceeded") << "cost_limit_exceeded"
        << "" << false;
    QTest::newRow("runyour 429 daily limit in Korean")
        << R << 429 << nest(429, "일일 요청 한도를 초과했습니다") << "daily_limit_exceeded"
        << "" << false;
    QTest::newRow("runyour 429 monthly cost limit in Korean")
        << R << 429 << nest(429, "월 비용 한도를 초과했습니다") << "cost_limit_exceeded"
        << "" << false;
    QTest::newRow("runyour 429 short-window rate limit still retried")
        << R << 429 << nest(429, "Too Many Requests") << "rate_limited"
        << "" << true;
    QTest::newRow("runyour 400 mentioning a daily limit is no quota")
        << R << 400 << nest(400, "max_tokens exceeds the daily limit field") << "bad_request"
        << "" << false;
    QTest::newRow("runyour openai insufficient_quota 429")
        << R << 429
        << QByteArray(R"({"error":{"message":"You exceeded your current quota","type":"insufficient_quota",)"
                      R"("code":"insufficient_quota"}})")
        << "credits_exhausted"
        << "insufficient_quota" << false;
    QTest::newRow("runyour openai invalid_api_key keeps server code")
        << R << 401
        << QByteArray(
               R"({"error":{"message":"Incorrect API key","type":"invalid_request_error","code":"invalid_api_key"}})")
        << "invalid_api_key"
        << "invalid_api_key" << false;
    QTest::newRow("runyour openai type only becomes server code")
        << R << 400 << QByteArray(R"({"error":{"message":"bad","type":"invalid_request_error"}})") << "bad_request"
        << "invalid_request_error" << false;
    QTest::newRow("saju 402 insufficient_credits")
        << S << 402 << QByteArray(R"({"success":false,"error":{"code":"insufficient_credits","message":"잔액 부족"}})")
        << "credits_exhausted"
        << "insufficient_credits" << false;
    QTest::newRow("saju 403 insufficient_credits is not permission_denied")
        << S << 403
        << QByteArray(R"({"success":false,"error":{"code":"insufficient_credits","message":"Not enough credits"}})")
        << "credits_exhausted"
        << "insufficient_credits" << false;
    QTest::newRow("saju 403 without code stays permission_denied")
        << S << 403 << QByteArray(R"({"success":false,"error":{"message":"stream:read missing"}})")
        << "permission_denied"
        << "" << false;
    QTest::newRow("saju catalogue code is both ours and the server's")
        << S << 429 << QByteArray(R"({"success":false,"error":{"code":"daily_limit_exceeded","message":"q"}})")
        << "daily_limit_exceeded"
        << "daily_limit_exceeded" << false;
    QTest::newRow("saju unknown code kept verbatim as server code")
        << S << 500 << QByteArray(R"({"success":false,"error":{"code":"mystery_failure","message":"?"}})")
        << "server_error"
        << "mystery_failure" << true;
}

void TestErrorClassification::http()
{
    QFETCH(int, service);
    QFETCH(int, status);
    QFETCH(QByteArray, body);
    QFETCH(QString, code);
    QFETCH(QString, serverCode);
    QFETCH(bool, retryable);
    const ApiError e =
        ApiErrorParser::fromHttp(Service(service), QStringLiteral("/x"), status, body, retryAfter2(), kNow);
    QCOMPARE(e.code, code);
    QCOMPARE(e.serverCode, serverCode);
    QCOMPARE(e.kind, Kind::Http);
    QCOMPARE(RetryPolicy::isRetryable(e), retryable);
    // A short Retry-After must not turn a quota into a retry either.
    const RetryPolicy policy = RetryPolicy::forService(Service(service));
    QCOMPARE(policy.decide(1, e, false, 0.5).retry, retryable);
}

void TestErrorClassification::hints_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("mustContain");
    QTest::addColumn<QString>("mustNotContain");
    const int R = int(Service::RunYour), S = int(Service::Saju);
    QTest::newRow("runyour 503 has no Saju status page") << R << "service_unavailable"
                                                         << "few minutes"
                                                         << "status.sajuapi.dev";
    QTest::newRow("saju 503 names its status page") << S << "service_unavailable"
                                                    << "status.sajuapi.dev"
                                                    << "";
    QTest::newRow("runyour daily limit is not retried") << R << "daily_limit_exceeded"
                                                        << "does not retry"
                                                        << "retries automatically";
    QTest::newRow("runyour daily limit names the RunYour console") << R << "daily_limit_exceeded"
                                                                   << "RunYour"
                                                                   << "Saju";
    QTest::newRow("runyour cost limit is not retried") << R << "cost_limit_exceeded"
                                                       << "does not retry"
                                                       << "retries automatically";
    QTest::newRow("runyour cost limit names the RunYour console") << R << "cost_limit_exceeded"
                                                                  << "RunYour"
                                                                  << "Saju";
    QTest::newRow("saju daily limit names the Saju dashboard") << S << "daily_limit_exceeded"
                                                               << "Saju API"
                                                               << "";
    QTest::newRow("proxy error says how to fix it") << R << "proxy_error"
                                                    << "no_proxy"
                                                    << "";
    QTest::newRow("insecure http names the setting") << R << "insecure_http"
                                                     << "network/allowInsecureHttp"
                                                     << "";
}

void TestErrorClassification::hints()
{
    QFETCH(int, service);
    QFETCH(QString, code);
    QFETCH(QString, mustContain);
    QFETCH(QString, mustNotContain);
    ApiError e;
    e.service = Service(service);
    e.kind = Kind::Http;
    e.code = code;
    e.message = QStringLiteral("server text");
    const QString hint = e.userHint();
    QVERIFY2(hint.contains(mustContain), qPrintable(hint));
    if (!mustNotContain.isEmpty())
        QVERIFY2(!hint.contains(mustNotContain), qPrintable(hint));
    QVERIFY(!e.codeText().isEmpty());
    QCOMPARE(e.userMessage(), QStringLiteral("server text")); // the server's words, verbatim
}

void TestErrorClassification::network_data()
{
    using NE = QNetworkReply::NetworkError;
    QTest::addColumn<int>("error");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("viaTunnel");
    QTest::addColumn<QString>("code");
    QTest::addColumn<bool>("retryable");
    QTest::newRow("proxy 502 on CONNECT (Qt: unknown network error)")
        << int(NE::UnknownNetworkError) << "Error communicating with HTTP proxy" << false << "proxy_error" << false;
    QTest::newRow("proxy 403 on CONNECT")
        << int(NE::UnknownNetworkError) << "Proxy denied connection" << false << "proxy_error" << false;
    QTest::newRow("unknown error through an https tunnel")
        << int(NE::UnknownNetworkError) << "anything" << true << "proxy_error" << false;
    QTest::newRow("unknown error without proxy stays transient")
        << int(NE::UnknownNetworkError) << "Network unreachable" << false << "network_error" << true;
    QTest::newRow("proxy wants credentials")
        << int(NE::ProxyAuthenticationRequiredError) << "auth" << false << "proxy_error" << false;
    QTest::newRow("proxy not found") << int(NE::ProxyNotFoundError) << "" << false << "proxy_error" << false;
    QTest::newRow("proxy timeout stays transient") << int(NE::ProxyTimeoutError) << "" << false << "timeout" << true;
    QTest::newRow("proxy closed the connection stays transient")
        << int(NE::ProxyConnectionClosedError) << "" << false << "network_error" << true;
}

void TestErrorClassification::network()
{
    QFETCH(int, error);
    QFETCH(QString, text);
    QFETCH(bool, viaTunnel);
    QFETCH(QString, code);
    QFETCH(bool, retryable);
    const ApiError e = ApiErrorParser::fromNetwork(Service::RunYour, QStringLiteral("/v1/models"),
                                                   QNetworkReply::NetworkError(error), text, viaTunnel);
    QCOMPARE(e.code, code);
    QCOMPARE(RetryPolicy::isRetryable(e), retryable);
    QVERIFY(!e.message.isEmpty());
}

void TestErrorClassification::noResendAfterSuccessBegan_data()
{
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("timeout after 2xx headers") << int(Kind::Timeout) << "timeout";
    QTest::newRow("connection reset after 2xx headers") << int(Kind::Network) << "network_error";
    QTest::newRow("server error event in a 2xx stream") << int(Kind::Http) << "server_error";
    QTest::newRow("rate limit event in a 2xx stream") << int(Kind::Http) << "rate_limited";
}

void TestErrorClassification::noResendAfterSuccessBegan()
{
    QFETCH(int, kind);
    QFETCH(QString, code);
    ApiError e;
    e.service = Service::RunYour;
    e.kind = Kind(kind);
    e.code = code;
    const RetryPolicy policy = RetryPolicy::forService(Service::RunYour);
    QVERIFY(RetryPolicy::isRetryable(e));           // transient in itself …
    QVERIFY(policy.decide(1, e, false, 0.5).retry); // … and retried before any answer …
    const RetryPolicy::Decision d = policy.decide(1, e, true, 0.5);
    QVERIFY(!d.retry); // … never once a 2xx answer has begun
    QVERIFY(d.reason.contains(QLatin1String("2xx")));
}

QTEST_GUILESS_MAIN(TestErrorClassification)
#include "tst_error_classification.moc"
