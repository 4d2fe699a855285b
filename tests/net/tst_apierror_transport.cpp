// SPDX-License-Identifier: GPL-3.0-or-later
// ApiErrorParser beyond HTTP bodies: Retry-After header forms, network errors, timeouts and
// cancel, errors inside stream payloads, and the body snippet kept for the report.

#include "ApiErrorSupport.h"

using namespace sajudesk;
using Service = ApiError::Service;
using Kind = ApiError::Kind;
using namespace sajudesk::test;

class TestApiErrorTransport : public QObject
{
    Q_OBJECT

private slots:
    void retryAfterHeader_data();
    void retryAfterHeader();
    void retryAfterDateInLocalDstGap();
    void fromNetwork_data();
    void fromNetwork();
    void timeoutsAndCancel();
    void streamPayload_data();
    void streamPayload();
    void snippet_data();
    void snippet();
};

void TestApiErrorTransport::retryAfterHeader_data()
{
    QTest::addColumn<QByteArray>("value");
    QTest::addColumn<qint64>("expected");
    QTest::newRow("absent") << QByteArray() << qint64(-1);
    QTest::newRow("seconds") << QByteArray("120") << qint64(120000);
    QTest::newRow("seconds padded") << QByteArray("  5 ") << qint64(5000);
    QTest::newRow("zero") << QByteArray("0") << qint64(0);
    QTest::newRow("fractional seconds") << QByteArray("1.5") << qint64(1500);
    QTest::newRow("HTTP-date in 30 s") << QByteArray("Sat, 02 May 2026 08:16:00 GMT") << qint64(30000);
    QTest::newRow("RFC 850 date") << QByteArray("Saturday, 02-May-26 08:16:30 GMT") << qint64(60000);
    QTest::newRow("asctime date") << QByteArray("Sat May  2 08:17:30 2026") << qint64(120000);
    QTest::newRow("HTTP-date in the past") << QByteArray("Wed, 21 Oct 2015 07:28:00 GMT") << qint64(0);
    QTest::newRow("negative") << QByteArray("-5") << qint64(-1);
    QTest::newRow("garbage") << QByteArray("soon") << qint64(-1);
    QTest::newRow("bad date") << QByteArray("Sat, 32 Foo 2026 99:99:99 GMT") << qint64(-1);
    QTest::newRow("huge seconds clamped") << QByteArray("99999999999999999999999") << qint64(86400000);
    QTest::newRow("too long value") << QByteArray(200, '1') << qint64(-1);
    QTest::newRow("hex") << QByteArray("0x10") << qint64(-1);
    QTest::newRow("repeated header joined by Qt") << QByteArray("5, 7") << qint64(5000);
    QTest::newRow("digits then junk") << QByteArray("5 seconds") << qint64(-1);
}

void TestApiErrorTransport::retryAfterHeader()
{
    QFETCH(QByteArray, value);
    QFETCH(qint64, expected);
    QCOMPARE(ApiErrorParser::parseRetryAfter(value, kNow), expected);
    // and through fromHttp, where no body hint competes
    RawHeaderList headers;
    if (!value.isNull())
        headers.append({QByteArrayLiteral("Retry-After"), value});
    const ApiError e = ApiErrorParser::fromHttp(Service::RunYour, QStringLiteral("/v1/models"), 429,
                                                QByteArray("{\"statusCode\":429,\"message\":\"x\"}"), headers, kNow);
    QCOMPARE(e.retryAfterMs, expected);
}

void TestApiErrorTransport::retryAfterDateInLocalDstGap()
{
    // 02:30 on 2026-03-29 does not exist on a Berlin wall clock, but an HTTP-date is UTC and
    // must parse wherever the user's machine is.
    const QByteArray oldTz = qgetenv("TZ");
    qputenv("TZ", "Europe/Berlin");
    tzset();
    const QDateTime now = QDateTime::fromString(QStringLiteral("2026-03-29T02:29:30Z"), Qt::ISODate);
    const qint64 ms = ApiErrorParser::parseRetryAfter(QByteArray("Sun, 29 Mar 2026 02:30:00 GMT"), now);
    if (oldTz.isNull())
        qunsetenv("TZ");
    else
        qputenv("TZ", oldTz);
    tzset();
    QCOMPARE(ms, qint64(30000));
}

void TestApiErrorTransport::fromNetwork_data()
{
    using NE = QNetworkReply::NetworkError;
    QTest::addColumn<int>("error");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::newRow("refused") << int(NE::ConnectionRefusedError) << int(Kind::Network) << "connection_refused";
    QTest::newRow("dns") << int(NE::HostNotFoundError) << int(Kind::Network) << "host_not_found";
    QTest::newRow("qt timeout") << int(NE::TimeoutError) << int(Kind::Timeout) << "timeout";
    QTest::newRow("proxy timeout") << int(NE::ProxyTimeoutError) << int(Kind::Timeout) << "timeout";
    QTest::newRow("tls") << int(NE::SslHandshakeFailedError) << int(Kind::Tls) << "tls_error";
    QTest::newRow("cancelled") << int(NE::OperationCanceledError) << int(Kind::Cancelled) << "cancelled";
    QTest::newRow("remote closed") << int(NE::RemoteHostClosedError) << int(Kind::Network) << "network_error";
    QTest::newRow("temporary failure") << int(NE::TemporaryNetworkFailureError) << int(Kind::Network)
                                       << "network_error";
    // The proxy itself refused: its configuration has to change (never retried).
    QTest::newRow("proxy refused") << int(NE::ProxyConnectionRefusedError) << int(Kind::Network) << "proxy_error";
    QTest::newRow("protocol failure") << int(NE::ProtocolFailure) << int(Kind::Network) << "network_error";
    QTest::newRow("unknown network") << int(NE::UnknownNetworkError) << int(Kind::Network) << "network_error";
    QTest::newRow("insecure redirect") << int(NE::InsecureRedirectError) << int(Kind::Protocol) << "invalid_response";
    QTest::newRow("too many redirects") << int(NE::TooManyRedirectsError) << int(Kind::Protocol) << "invalid_response";
    QTest::newRow("service unavailable") << int(NE::ServiceUnavailableError) << int(Kind::Http)
                                         << "service_unavailable";
    QTest::newRow("auth required") << int(NE::AuthenticationRequiredError) << int(Kind::Http) << "invalid_api_key";
    QTest::newRow("no error is still an error") << int(NE::NoError) << int(Kind::Network) << "network_error";
}

void TestApiErrorTransport::fromNetwork()
{
    QFETCH(int, error);
    QFETCH(int, kind);
    QFETCH(QString, code);
    const ApiError e = ApiErrorParser::fromNetwork(Service::Saju, QStringLiteral("/api/saju"),
                                                   QNetworkReply::NetworkError(error), QStringLiteral("Qt detail"));
    QCOMPARE(e.kind, Kind(kind));
    QCOMPARE(e.code, code);
    QCOMPARE(e.service, Service::Saju);
    QCOMPARE(e.endpoint, QStringLiteral("/api/saju"));
    QCOMPARE(e.message, QStringLiteral("Qt detail"));
    QVERIFY(e.localTime.isValid());
    const ApiError noText = ApiErrorParser::fromNetwork(Service::Saju, QStringLiteral("/api/saju"),
                                                        QNetworkReply::NetworkError(error), QString());
    QVERIFY(!noText.message.isEmpty());
    QVERIFY(!noText.userMessage().isEmpty());
}

void TestApiErrorTransport::timeoutsAndCancel()
{
    for (const char *which : {"connect", "total", "inactivity", "other"}) {
        const ApiError e = ApiErrorParser::fromTimeout(Service::RunYour, QStringLiteral("/v1/chat/completions"), which);
        QCOMPARE(e.kind, Kind::Timeout);
        QCOMPARE(e.code, QStringLiteral("timeout"));
        QVERIFY(!e.message.isEmpty());
    }
    QVERIFY(ApiErrorParser::fromTimeout(Service::RunYour, QString(), "inactivity").message
            != ApiErrorParser::fromTimeout(Service::RunYour, QString(), "connect").message);
    const ApiError c = ApiErrorParser::cancelled(Service::Saju, QStringLiteral("/api/saju"));
    QCOMPARE(c.kind, Kind::Cancelled);
    QCOMPARE(c.code, QStringLiteral("cancelled"));
    QVERIFY(!c.message.isEmpty());
    const ApiError inc =
        ApiErrorParser::streamIncomplete(Service::RunYour, QStringLiteral("/v1/chat/completions"), 200);
    QCOMPARE(inc.kind, Kind::Incomplete);
    QCOMPARE(inc.code, QStringLiteral("stream_incomplete"));
    const ApiError bad = ApiErrorParser::invalidResponse(Service::RunYour, QStringLiteral("/v1/models"), 200,
                                                         QStringLiteral("Expected JSON."), QByteArray("<b>hi</b>"));
    QCOMPARE(bad.kind, Kind::Protocol);
    QCOMPARE(bad.code, QStringLiteral("invalid_response"));
    QVERIFY(bad.message.startsWith(QStringLiteral("Expected JSON.")));
    QVERIFY(bad.message.contains(QStringLiteral("hi")));
    QVERIFY(!bad.message.contains(QLatin1Char('<')));
}

void TestApiErrorTransport::streamPayload_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<QByteArray>("payload");
    QTest::addColumn<bool>("looksLikeError");
    QTest::addColumn<int>("kind");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");

    const int S = int(Service::Saju), R = int(Service::RunYour);
    const int H = int(Kind::Http), P = int(Kind::Protocol);
    // not errors
    QTest::newRow("runyour normal chunk")
        << R
        << QByteArray(
               "{\"id\":\"c\",\"object\":\"chat.completion.chunk\",\"choices\":[{\"delta\":{\"content\":\"x\"}}]}")
        << false << 0 << QString() << 0 << QString();
    QTest::newRow("runyour chunk with error null")
        << R << QByteArray("{\"choices\":[],\"error\":null}") << false << 0 << QString() << 0 << QString();
    QTest::newRow("saju section") << S << QByteArray("{\"score\":71,\"actionItems\":[]}") << false << 0 << QString()
                                  << 0 << QString();
    QTest::newRow("saju chunk with code-like keys")
        << S << QByteArray("{\"chunk\":\"a\",\"code\":\"x\",\"message\":\"m\"}") << false << 0 << QString() << 0
        << QString();
    QTest::newRow("saju complete") << S << QByteArray("{\"cached\":false,\"cost\":0.013}") << false << 0 << QString()
                                   << 0 << QString();
    // RunYour mid-stream errors
    QTest::newRow("runyour openai error object")
        << R << QByteArray("{\"error\":{\"message\":\"upstream failed\",\"type\":\"server_error\"}}") << true << P
        << "server_error" << 200 << "upstream failed";
    QTest::newRow("runyour openai rate limit type")
        << R << QByteArray("{\"error\":{\"message\":\"slow\",\"type\":\"rate_limit_exceeded\"}}") << true << H
        << "rate_limited" << 200 << "slow";
    QTest::newRow("runyour error string")
        << R << QByteArray("{\"error\":\"boom\"}") << true << P << "server_error" << 200 << "boom";
    QTest::newRow("runyour statusCode 429") << R << QByteArray("{\"statusCode\":429,\"message\":\"Too Many Requests\"}")
                                            << true << H << "rate_limited" << 429 << "Too Many Requests";
    QTest::newRow("runyour statusCode 503") << R << QByteArray("{\"statusCode\":503,\"message\":\"down\"}") << true << H
                                            << "service_unavailable" << 503 << "down";
    QTest::newRow("runyour statusCode 402 credits") << R << QByteArray("{\"statusCode\":402,\"message\":\"no credit\"}")
                                                    << true << H << "credits_exhausted" << 402 << "no credit";
    QTest::newRow("runyour mid-stream credit text")
        << R << QByteArray("{\"error\":{\"message\":\"크레딧 부족\"}}") << true << H << "credits_exhausted" << 200
        << QStringLiteral("크레딧 부족");
    QTest::newRow("runyour error status inside")
        << R << QByteArray("{\"error\":{\"status\":500,\"message\":\"internal\"}}") << true << H << "server_error"
        << 500 << "internal";
    // Saju error events
    QTest::newRow("saju bare error event")
        << S << QByteArray("{\"code\":\"ai_provider_error\",\"message\":\"AI 실패\",\"hint\":\"retry\"}") << true << H
        << "ai_provider_error" << 503 << QStringLiteral("AI 실패");
    QTest::newRow("saju envelope error event")
        << S
        << QByteArray("{\"success\":false,\"error\":{\"code\":\"rate_limited\",\"message\":\"slow\",\"retryAfter\":9},"
                      "\"meta\":{\"requestId\":\"req_s\"}}")
        << true << H << "rate_limited" << 429 << "slow";
    QTest::newRow("saju daily limit event") << S << QByteArray("{\"code\":\"daily_limit_exceeded\",\"message\":\"q\"}")
                                            << true << H << "daily_limit_exceeded" << 429 << "q";
    QTest::newRow("saju unknown code event")
        << S << QByteArray("{\"code\":\"mystery\",\"message\":\"?\"}") << true << P << "server_error" << 200 << "?";
    QTest::newRow("saju success false without error")
        << S << QByteArray("{\"success\":false}") << true << P << "server_error" << 200 << "~while streaming";
    QTest::newRow("saju empty error event object")
        << S << QByteArray("{}") << false << P << "server_error" << 200 << "~while streaming";
}

void TestApiErrorTransport::streamPayload()
{
    QFETCH(int, service);
    QFETCH(QByteArray, payload);
    QFETCH(bool, looksLikeError);
    QFETCH(int, kind);
    QFETCH(QString, code);
    QFETCH(int, status);
    QFETCH(QString, message);
    const QJsonObject obj = QJsonDocument::fromJson(payload).object();
    QCOMPARE(ApiErrorParser::looksLikeStreamError(Service(service), obj), looksLikeError);
    if (kind == 0)
        return;
    const ApiError e = ApiErrorParser::fromStreamPayload(Service(service), QStringLiteral("/s"), obj, 200);
    QCOMPARE(e.kind, Kind(kind));
    QCOMPARE(e.code, code);
    QCOMPARE(e.httpStatus, status);
    if (message.startsWith(QLatin1Char('~')))
        QVERIFY2(e.message.contains(message.mid(1)), qPrintable(e.message));
    else
        QCOMPARE(e.message, message);
    QCOMPARE(e.endpoint, QStringLiteral("/s"));
}

void TestApiErrorTransport::snippet_data()
{
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("max");
    QTest::addColumn<QString>("expected");
    QTest::newRow("tags stripped") << QByteArray("<h1>Bad</h1>\n<p>Gateway</p>") << 200 << "Bad Gateway";
    QTest::newRow("script dropped") << QByteArray("<script>var a = 1;</script>Hi") << 200 << "Hi";
    QTest::newRow("entities") << QByteArray("a &amp; b &lt;c&gt;") << 200 << "a & b <c>";
    QTest::newRow("capped with ellipsis") << QByteArray("abcdefghij") << 4 << QStringLiteral("abcd\u2026");
    QTest::newRow("hangul kept") << QByteArray("<p>서버 오류</p>") << 200 << QStringLiteral("서버 오류");
    QTest::newRow("surrogate pair not split") << QByteArray("ab\xF0\x9F\x8C\xB3") << 3 << QStringLiteral("ab\u2026");
    QTest::newRow("control chars removed") << QByteArray("a\x01\x07"
                                                         "b")
                                           << 200 << "ab";
    QTest::newRow("zero max") << QByteArray("abc") << 0 << QString();
}

void TestApiErrorTransport::snippet()
{
    QFETCH(QByteArray, body);
    QFETCH(int, max);
    QFETCH(QString, expected);
    QCOMPARE(ApiErrorParser::sanitizedSnippet(body, max), expected);
}

QTEST_GUILESS_MAIN(TestApiErrorTransport)
#include "tst_apierror_transport.moc"
