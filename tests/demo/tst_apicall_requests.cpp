// SPDX-License-Identifier: GPL-3.0-or-later
// ApiCall + HttpClient + RetryPolicy against the loopback FakeApiServer through a real
// QNetworkAccessManager: plain requests, retries and Retry-After, odd bodies, timeouts, redirects,
// and keys kept out of the logs.

#include "ApiCallFixture.h"

using namespace sajudesk;
using namespace sajudesk::test;

class TestApiCallRequests : public ApiCallFixture
{
    Q_OBJECT

private slots:
    void init() { setUpServer(); }
    void cleanup() { tearDownServer(); }

    void nonStreamingSuccessExposesHeaders();
    void rateLimitedThenOkHonoursRetryAfter();
    void serviceUnavailableTwiceThenOk();
    void dailyLimitIsTriedOnce();
    void retryNowSkipsTheWait();
    void html502IsReadable();
    void malformedJsonBodyIsReturnedVerbatim();
    void hugeBodyIsCapped();
    void totalTimeout();
    void connectionRefusedIsNetworkError();
    void crossHostRedirectIsNotFollowed();
    void sameOriginRedirectIsFollowed();
    void apiKeysNeverLogged();
    void connectTimeoutCoversOnlySending();
    void droppedConnectionIsRetried();
};

void TestApiCallRequests::nonStreamingSuccessExposesHeaders()
{
    ApiCall *call = makeCall(sajuSpec(false), fastPolicy());
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.log, names("started headers succeeded finished"));
    QCOMPARE(rec.status, 200);
    const QJsonObject body = QJsonDocument::fromJson(rec.body).object();
    QCOMPARE(body.value(QStringLiteral("success")).toBool(), true);
    QVERIFY(body.value(QStringLiteral("meta"))
                .toObject()
                .value(QStringLiteral("requestId"))
                .toString()
                .startsWith(QLatin1String("req_")));
    QCOMPARE(rec.headers.size(), 1);
    QCOMPARE(rec.headers.first().rateLimit.limit, qint64(60));
    QCOMPARE(rec.headers.first().rateLimit.remaining, qint64(59));
    QVERIFY(rec.headers.first().rateLimit.resetEpochSeconds > 0);
    // What the client sent.
    const FakeRequest sent = m_server->requests().first();
    QCOMPARE(sent.method, QByteArray("POST"));
    QCOMPARE(sent.header("X-API-Key"), kSajuKey);
    QVERIFY(sent.header("Content-Type").startsWith("application/json"));
    QCOMPARE(sent.body, fortuneBody());
}

void TestApiCallRequests::rateLimitedThenOkHonoursRetryAfter()
{
    QElapsedTimer clock;
    QList<qint64> receivedAt;
    connect(m_server.get(), &FakeApiServer::requestReceived, this, [&] { receivedAt.append(clock.elapsed()); });
    m_server->enqueue(QStringLiteral("/api/daily-fortune"),
                      FakeResponse::sajuError(429, QStringLiteral("rate_limited"), 1).withHeader("Retry-After", "1"));
    ApiCall *call = makeCall(sajuSpec(false), fastPolicy());
    CallRecorder rec(call);
    clock.start();
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.count(QStringLiteral("succeeded")), 1);
    QCOMPARE(rec.retries.size(), 1);
    QCOMPARE(rec.retries.first().attempt, 2);
    QCOMPARE(rec.retries.first().delayMs, qint64(1000));
    QCOMPARE(rec.retries.first().error.code, QStringLiteral("rate_limited"));
    QCOMPARE(rec.retries.first().error.httpStatus, 429);
    QCOMPARE(rec.retries.first().error.retryAfterMs, qint64(1000));
    QCOMPARE(receivedAt.size(), 2);
    QVERIFY2(receivedAt.at(1) - receivedAt.at(0) >= 1000,
             qPrintable(QStringLiteral("waited only %1 ms").arg(receivedAt.at(1) - receivedAt.at(0))));
}

void TestApiCallRequests::serviceUnavailableTwiceThenOk()
{
    m_server->enqueue(QStringLiteral("/api/daily-fortune"),
                      FakeResponse::sajuError(503, QStringLiteral("service_unavailable")));
    m_server->enqueue(QStringLiteral("/api/daily-fortune"),
                      FakeResponse::sajuError(503, QStringLiteral("service_unavailable")));
    ApiCall *call = makeCall(sajuSpec(false), fastPolicy(5));
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.count(QStringLiteral("succeeded")), 1);
    QCOMPARE(rec.count(QStringLiteral("started")), 3);
    QCOMPARE(rec.retries.size(), 2);
    QCOMPARE(rec.retries.at(0).attempt, 2);
    QCOMPARE(rec.retries.at(0).delayMs, qint64(20));
    QCOMPARE(rec.retries.at(1).attempt, 3);
    QCOMPARE(rec.retries.at(1).delayMs, qint64(40));
    QCOMPARE(rec.retries.at(1).error.code, QStringLiteral("service_unavailable"));
    QCOMPARE(m_server->requestCount(QStringLiteral("/api/daily-fortune")), 3);
}

void TestApiCallRequests::dailyLimitIsTriedOnce()
{
    m_server->setDefaultResponse(QStringLiteral("/api/daily-fortune"),
                                 FakeResponse::sajuError(429, QStringLiteral("daily_limit_exceeded")));
    ApiCall *call = makeCall(sajuSpec(false), fastPolicy(5));
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.log, names("started headers failed finished"));
    QCOMPARE(rec.error.code, QStringLiteral("daily_limit_exceeded"));
    QCOMPARE(rec.error.attempts, 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("/api/daily-fortune")), 1);
}

void TestApiCallRequests::retryNowSkipsTheWait()
{
    m_server->enqueue(
        QStringLiteral("/api/daily-fortune"),
        FakeResponse::sajuError(429, QStringLiteral("rate_limited"), 300).withHeader("Retry-After", "300"));
    ApiCall *call = makeCall(sajuSpec(false), fastPolicy());
    CallRecorder rec(call);
    connect(call, &ApiCall::retryScheduled, call, &ApiCall::retryNow, Qt::QueuedConnection);
    call->start();
    QVERIFY(rec.waitFinished(10000));
    QCOMPARE(rec.retries.size(), 1);
    QCOMPARE(rec.retries.first().delayMs, qint64(300000));
    QCOMPARE(rec.count(QStringLiteral("succeeded")), 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("/api/daily-fortune")), 2);
}

void TestApiCallRequests::html502IsReadable()
{
    m_server->setDefaultResponse(QStringLiteral("/api/daily-fortune"), FakeResponse::html502());
    ApiCall *call = makeCall(sajuSpec(false), fastPolicy(2));
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.error.httpStatus, 502);
    QCOMPARE(rec.error.kind, ApiError::Kind::Http);
    QVERIFY(!rec.error.message.isEmpty());
    QVERIFY2(!rec.error.message.contains(QLatin1Char('<')), qPrintable(rec.error.message));
    QCOMPARE(rec.error.attempts, 2);
    QCOMPARE(m_server->requestCount(QStringLiteral("/api/daily-fortune")), 2);
}

void TestApiCallRequests::malformedJsonBodyIsReturnedVerbatim()
{
    // The driver does not parse 2xx bodies; the client classes turn this into invalid_response.
    m_server->enqueue(QStringLiteral("/api/daily-fortune"), FakeResponse::malformedJson());
    ApiCall *call = makeCall(sajuSpec(false), fastPolicy());
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.status, 200);
    QVERIFY(QJsonDocument::fromJson(rec.body).isNull());
}

void TestApiCallRequests::hugeBodyIsCapped()
{
    m_server->enqueue(QStringLiteral("/api/daily-fortune"), FakeResponse::huge(3 * 1024 * 1024));
    HttpRequestSpec spec = sajuSpec(false);
    spec.maxBodyBytes = 1024 * 1024;
    ApiCall *call = makeCall(spec, fastPolicy());
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.error.kind, ApiError::Kind::Protocol);
    QVERIFY(rec.error.message.contains(QLatin1String("larger than 1 MiB")));
}

void TestApiCallRequests::totalTimeout()
{
    m_server->enqueue(QStringLiteral("/api/daily-fortune"), FakeResponse::handler().withDelay(3000));
    HttpRequestSpec spec = sajuSpec(false);
    spec.totalTimeoutMs = 300;
    ApiCall *call = makeCall(spec, fastPolicy(1));
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(rec.count(QStringLiteral("headers")), 0);
}

void TestApiCallRequests::connectionRefusedIsNetworkError()
{
    QTcpServer probe;
    QVERIFY(probe.listen(QHostAddress::LocalHost, 0));
    const quint16 port = probe.serverPort();
    probe.close(); // nothing listens there now
    HttpRequestSpec spec = sajuSpec(false);
    spec.baseUrl.setPort(port);
    ApiCall *call = makeCall(spec, fastPolicy(2));
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.error.kind, ApiError::Kind::Network);
    QCOMPARE(rec.error.code, QStringLiteral("connection_refused"));
    QCOMPARE(rec.error.attempts, 2);
    QCOMPARE(rec.retries.size(), 1);
}

void TestApiCallRequests::crossHostRedirectIsNotFollowed()
{
    // Same port, other host name: a different origin, so the API key must not follow.
    const QByteArray target = "http://localhost:" + QByteArray::number(m_server->port()) + "/api/saju";
    m_server->enqueue(QStringLiteral("/api/daily-fortune"), FakeResponse::redirect(target, 307));
    ApiCall *call = makeCall(sajuSpec(false), fastPolicy());
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.count(QStringLiteral("failed")), 1);
    QVERIFY2(rec.error.message.contains(QLatin1String("localhost")), qPrintable(rec.error.message));
    QCOMPARE(rec.error.attempts, 1);
    QCOMPARE(m_server->requestCount(QStringLiteral("/api/saju")), 0);
}

void TestApiCallRequests::sameOriginRedirectIsFollowed()
{
    const QByteArray target = m_server->runYourBaseUrl().toString().toUtf8() + "/models";
    m_server->enqueue(QStringLiteral("/v1/old-models"), FakeResponse::redirect(target, 302));
    HttpRequestSpec spec =
        HttpRequestSpec::get(ApiError::Service::RunYour, m_server->runYourBaseUrl(), QStringLiteral("/old-models"));
    spec.headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + kRunYourKey));
    ApiCall *call = makeCall(spec, fastPolicy());
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QVERIFY2(rec.status == 200, qPrintable(rec.error.code + QLatin1Char(' ') + rec.error.message));
    QVERIFY(rec.body.contains("openai/gpt-5.2"));
    QCOMPARE(m_server->requestCount(QStringLiteral("/v1/models")), 1);
}

void TestApiCallRequests::apiKeysNeverLogged()
{
    QLoggingCategory::setFilterRules(QStringLiteral("sajudesk.*.debug=true"));
    g_logLines.clear();
    const QtMessageHandler previous = qInstallMessageHandler(captureMessages);
    m_server->enqueue(QStringLiteral("/api/daily-fortune"),
                      FakeResponse::sajuError(503, QStringLiteral("service_unavailable")));
    HttpRequestSpec spec = sajuSpec(false);
    spec.endpoint += QStringLiteral("?token=") + QString::fromLatin1(kSajuKey);
    ApiCall *saju = makeCall(spec, fastPolicy());
    CallRecorder sajuRec(saju);
    saju->start();
    const bool sajuDone = sajuRec.waitFinished();
    HttpRequestSpec chat = chatSpec(QStringLiteral("hi"), false);
    chat.headers = {qMakePair(QByteArray("Authorization"), QByteArray("Bearer sk-WRONG-SECRET-KEY-123456"))};
    ApiCall *runYour = makeCall(chat, fastPolicy());
    CallRecorder runYourRec(runYour);
    runYour->start();
    const bool runYourDone = runYourRec.waitFinished();
    qInstallMessageHandler(previous);
    QVERIFY(sajuDone && runYourDone);
    QVERIFY2(runYourRec.error.httpStatus == 401,
             qPrintable(runYourRec.error.code + QLatin1Char(' ') + runYourRec.error.message));
    QVERIFY(g_logLines.size() >= 4); // the categories were on and did log
    for (const QString &line : std::as_const(g_logLines)) {
        QVERIFY2(!line.contains(QLatin1String("SECRET")), qPrintable(line));
    }
}

void TestApiCallRequests::connectTimeoutCoversOnlySending()
{
    // A slow server (no headers for a while) is not a connect timeout: the request was sent.
    m_server->enqueue(QStringLiteral("/api/daily-fortune"), FakeResponse::handler().withDelay(700));
    HttpRequestSpec spec = sajuSpec(false);
    spec.connectTimeoutMs = 200;
    ApiCall *call = makeCall(spec, fastPolicy(1));
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QVERIFY2(rec.status == 200, qPrintable(rec.error.code + QLatin1Char(' ') + rec.error.message));
}

void TestApiCallRequests::droppedConnectionIsRetried()
{
    m_server->enqueue(QStringLiteral("/api/daily-fortune"), FakeResponse::dropConnection());
    ApiCall *call = makeCall(sajuSpec(false), fastPolicy());
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QVERIFY2(rec.status == 200, qPrintable(rec.error.code + QLatin1Char(' ') + rec.error.message));
    // Qt itself may re-send once on a dropped connection; either way the answer arrives.
    QVERIFY(m_server->requestCount(QStringLiteral("/api/daily-fortune")) >= 2);
    if (!rec.retries.isEmpty())
        QCOMPARE(rec.retries.first().error.kind, ApiError::Kind::Network);
}

QTEST_GUILESS_MAIN(TestApiCallRequests)
#include "tst_apicall_requests.moc"
