// SPDX-License-Identifier: GPL-3.0-or-later
// HttpClient + ApiCall + RetryPolicy + SseParser against the loopback FakeApiServer through a real
// QNetworkAccessManager: retries, streams, timeouts, cancellation, redirects.

#include "CallRecorder.h"
#include "demo/FakeApiServer.h"
#include "demo/FakeRunYour.h"
#include "net/ApiCall.h"
#include "net/ApiErrorParser.h"
#include "net/HttpClient.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLoggingCategory>
#include <QNetworkAccessManager>
#include <QNetworkProxy>
#include <QTcpServer>
#include <QTest>
#include <QTimer>

#include <memory>

using namespace sajudesk;
using sajudesk::test::CallRecorder;

namespace {

const QByteArray kRunYourKey = "runyour-v1-0f0e0d0c-aaaa-bbbb-cccc-123456789abc-SECRETsecretSECRETsecret";
const QByteArray kSajuKey = "bs_test_SECRETsecretSECRET42";

QByteArray fortuneBody()
{
    auto pillar = [](const char *stem, const char *branch) {
        return QJsonObject{
            {QStringLiteral("stem"), QJsonObject{{QStringLiteral("hangul"), QString::fromUtf8(stem)}}},
            {QStringLiteral("branch"), QJsonObject{{QStringLiteral("hangul"), QString::fromUtf8(branch)}}}};
    };
    const QJsonObject saju{{QStringLiteral("pillars"), QJsonObject{{QStringLiteral("year"), pillar("임", "신")},
                                                                   {QStringLiteral("month"), pillar("무", "신")},
                                                                   {QStringLiteral("day"), pillar("갑", "술")},
                                                                   {QStringLiteral("hour"), pillar("정", "묘")}}}};
    return QJsonDocument(QJsonObject{{QStringLiteral("saju"), saju},
                                     {QStringLiteral("userName"), QStringLiteral("이서준")},
                                     {QStringLiteral("date"), QStringLiteral("2026-05-02")}})
        .toJson(QJsonDocument::Compact);
}

QByteArray chatBody(const QString &prompt, bool stream)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("model"), QStringLiteral("openai/gpt-5.2")},
                                     {QStringLiteral("messages"),
                                      QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                             {QStringLiteral("content"), prompt}}}},
                                     {QStringLiteral("stream"), stream}})
        .toJson(QJsonDocument::Compact);
}

/// Joins the delta.content fragments of OpenAI-style chunks.
QString chatText(const QList<SseEvent> &events)
{
    QString text;
    for (const SseEvent &e : events) {
        const QJsonObject o = QJsonDocument::fromJson(e.data.toUtf8()).object();
        const QJsonArray choices = o.value(QStringLiteral("choices")).toArray();
        if (!choices.isEmpty())
            text += choices.first()
                        .toObject()
                        .value(QStringLiteral("delta"))
                        .toObject()
                        .value(QStringLiteral("content"))
                        .toString();
    }
    return text;
}

QStringList names(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '));
}

QStringList g_logLines;
void captureMessages(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    g_logLines.append(msg);
}

} // namespace

class TestApiCallIntegration : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void nonStreamingSuccessExposesHeaders();
    void rateLimitedThenOkHonoursRetryAfter();
    void serviceUnavailableTwiceThenOk();
    void dailyLimitIsTriedOnce();
    void retryNowSkipsTheWait();
    void chatStreamComplete();
    void streamFramingsGiveTheSameText_data();
    void streamFramingsGiveTheSameText();
    void sajuStreamFormatsComplete_data();
    void sajuStreamFormatsComplete();
    void drippedStreamReassemblesHangul();
    void streamDroppedAfterThreeChunksIsIncomplete();
    void streamClosedCleanlyWithoutDoneIsIncomplete();
    void stalledStreamHitsInactivityTimeout();
    void errorStatusOnStreamIsJsonError();
    void html502IsReadable();
    void malformedJsonBodyIsReturnedVerbatim();
    void hugeBodyIsCapped();
    void totalTimeout();
    void connectionRefusedIsNetworkError();
    void crossHostRedirectIsNotFollowed();
    void sameOriginRedirectIsFollowed();
    void cancelDuringWait();
    void cancelDuringStream();
    void cancelDuringHeaders();
    void apiKeysNeverLogged();
    void connectTimeoutCoversOnlySending();
    void droppedConnectionIsRetried();
    void silenceAfterEndMarkerStillSucceeds();
    void midStreamErrorAfterContentIsFinal();
    void streamErrorAsFirstEventIsNotRetried();

private:
    RetryPolicy fastPolicy(int maxAttempts = 3) const;
    HttpRequestSpec sajuSpec(bool stream) const;
    HttpRequestSpec chatSpec(const QString &prompt, bool stream) const;
    ApiCall *makeCall(const HttpRequestSpec &spec, const RetryPolicy &policy);
    void expectQuiet(CallRecorder &rec, int ms);

    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpClient> m_client;
};

void TestApiCallIntegration::init()
{
    m_server = std::make_unique<FakeApiServer>();
    QVERIFY(m_server->start());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HttpClient>(m_nam.get());
    NetworkSettings settings;
    settings.proxyMode = NetworkSettings::ProxyMode::None; // loopback: never through a proxy
    m_client->setSettings(settings);
}

void TestApiCallIntegration::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

RetryPolicy TestApiCallIntegration::fastPolicy(int maxAttempts) const
{
    RetryPolicy p;
    p.maxAttempts = maxAttempts;
    p.baseDelayMs = 20;
    p.maxDelayMs = 100;
    p.jitterFraction = 0;
    return p;
}

HttpRequestSpec TestApiCallIntegration::sajuSpec(bool stream) const
{
    HttpRequestSpec spec = HttpRequestSpec::postJson(ApiError::Service::Saju, m_server->sajuBaseUrl(),
                                                     stream ? QStringLiteral("/api/daily-fortune-stream")
                                                            : QStringLiteral("/api/daily-fortune"),
                                                     fortuneBody(), stream);
    spec.headers.append(qMakePair(QByteArray("X-API-Key"), kSajuKey));
    return spec;
}

HttpRequestSpec TestApiCallIntegration::chatSpec(const QString &prompt, bool stream) const
{
    HttpRequestSpec spec =
        HttpRequestSpec::postJson(ApiError::Service::RunYour, m_server->runYourBaseUrl(),
                                  QStringLiteral("/chat/completions"), chatBody(prompt, stream), stream);
    spec.headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + kRunYourKey));
    return spec;
}

ApiCall *TestApiCallIntegration::makeCall(const HttpRequestSpec &spec, const RetryPolicy &policy)
{
    auto *call = new ApiCall(m_client.get(), spec, policy, this);
    call->setRandomSource([] { return 0.5; });
    // The end markers of both services, as the client classes recognise them.
    connect(call, &ApiCall::sseEvent, call, [call](const SseEvent &ev) {
        if (ev.isDone() || ev.event == QLatin1String("complete") || ev.data.contains(QLatin1String("\"done\":true")))
            call->markStreamComplete();
    });
    connect(call, &ApiCall::finished, call, &QObject::deleteLater);
    return call;
}

void TestApiCallIntegration::expectQuiet(CallRecorder &rec, int ms)
{
    const QStringList before = rec.log;
    QTest::qWait(ms);
    QCOMPARE(rec.log, before);
}

void TestApiCallIntegration::nonStreamingSuccessExposesHeaders()
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

void TestApiCallIntegration::rateLimitedThenOkHonoursRetryAfter()
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

void TestApiCallIntegration::serviceUnavailableTwiceThenOk()
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

void TestApiCallIntegration::dailyLimitIsTriedOnce()
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

void TestApiCallIntegration::retryNowSkipsTheWait()
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

void TestApiCallIntegration::chatStreamComplete()
{
    const QString prompt = QStringLiteral("echo:안녕하세요 👋 오늘의 운세는? 🌿");
    ApiCall *call = makeCall(chatSpec(prompt, true), fastPolicy());
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.count(QStringLiteral("streamFinished")), 1);
    QVERIFY(rec.sawEndMarker);
    QVERIFY(rec.events.last().isDone());
    QCOMPARE(chatText(rec.events), prompt.mid(5));
    QVERIFY(rec.headers.first().isEventStream());
    QCOMPARE(m_server->requests().first().header("Authorization"), "Bearer " + kRunYourKey);
    QCOMPARE(m_server->requests().first().header("Accept"), QByteArray("text/event-stream"));
}

void TestApiCallIntegration::streamFramingsGiveTheSameText_data()
{
    QTest::addColumn<int>("framing");
    QTest::newRow("one HTTP chunk per event") << int(FakeApiConfig::StreamFraming::ChunkPerEvent);
    QTest::newRow("events coalesced into chunks") << int(FakeApiConfig::StreamFraming::Coalesced);
    QTest::newRow("close-delimited, no chunked encoding") << int(FakeApiConfig::StreamFraming::CloseDelimited);
}

void TestApiCallIntegration::streamFramingsGiveTheSameText()
{
    QFETCH(int, framing);
    m_server->config().chatStreamChunks = 500;
    // The text received under the framing being tested must equal the one-chunk-per-event text.
    QString texts[2];
    const FakeApiConfig::StreamFraming framings[2] = {FakeApiConfig::StreamFraming::ChunkPerEvent,
                                                      FakeApiConfig::StreamFraming(framing)};
    for (int i = 0; i < 2; ++i) {
        m_server->config().streamFraming = framings[i];
        ApiCall *call = makeCall(chatSpec(QStringLiteral("framing test 한글"), true), fastPolicy());
        CallRecorder rec(call);
        call->start();
        QVERIFY(rec.waitFinished());
        QCOMPARE(rec.count(QStringLiteral("streamFinished")), 1);
        QVERIFY(rec.sawEndMarker);
        QVERIFY(rec.events.last().isDone());
        texts[i] = chatText(rec.events);
    }
    QVERIFY(!texts[0].isEmpty());
    QCOMPARE(texts[1], texts[0]);
    QCOMPARE(m_server->requestCount(QStringLiteral("/v1/chat/completions")), 2);
}

void TestApiCallIntegration::sajuStreamFormatsComplete_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("lastEvent");
    QTest::newRow("A named events") << QStringLiteral("a") << QStringLiteral("complete");
    QTest::newRow("B chunks") << QStringLiteral("b") << QString();
}

void TestApiCallIntegration::sajuStreamFormatsComplete()
{
    QFETCH(QString, format);
    QFETCH(QString, lastEvent);
    HttpRequestSpec spec = sajuSpec(true);
    spec.endpoint += QStringLiteral("?format=") + format;
    ApiCall *call = makeCall(spec, fastPolicy());
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.count(QStringLiteral("streamFinished")), 1);
    QVERIFY(rec.events.size() >= 3);
    QCOMPARE(rec.events.last().event, lastEvent);
    QVERIFY(rec.text().contains(QStringLiteral("이서준")));
}

void TestApiCallIntegration::drippedStreamReassemblesHangul()
{
    // 5-byte pieces split Hangul (3 bytes) and emoji (4 bytes) across reads.
    m_server->enqueue(QStringLiteral("/v1/chat/completions"), FakeResponse::handler().withDrip(5, 1));
    const QString prompt = QStringLiteral("echo:한글과 이모지 🌏🙂 섞인 문장");
    ApiCall *call = makeCall(chatSpec(prompt, true), fastPolicy());
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished(30000));
    QCOMPARE(rec.count(QStringLiteral("streamFinished")), 1);
    QCOMPARE(chatText(rec.events), prompt.mid(5));
}

void TestApiCallIntegration::streamDroppedAfterThreeChunksIsIncomplete()
{
    m_server->enqueue(QStringLiteral("/v1/chat/completions"), FakeResponse::handler().closeAfter(3));
    ApiCall *call = makeCall(chatSpec(QStringLiteral("echo:one two three four five six"), true), fastPolicy(5));
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.events.size(), 3);
    QCOMPARE(chatText(rec.events), QStringLiteral("one two "));
    QVERIFY(call->contentDelivered());
    QCOMPARE(rec.count(QStringLiteral("failed")), 1);
    QCOMPARE(rec.error.kind, ApiError::Kind::Incomplete);
    QCOMPARE(rec.error.code, QStringLiteral("stream_incomplete"));
    QCOMPARE(rec.retries.size(), 0);
    QCOMPARE(m_server->requestCount(QStringLiteral("/v1/chat/completions")), 1);
}

void TestApiCallIntegration::streamClosedCleanlyWithoutDoneIsIncomplete()
{
    m_server->enqueue(QStringLiteral("/v1/chat/completions"),
                      FakeResponse::sseText("data: {\"choices\":[{\"delta\":{\"content\":\"half\"}}]}\n\n"));
    ApiCall *call = makeCall(chatSpec(QStringLiteral("x"), true), fastPolicy());
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(chatText(rec.events), QStringLiteral("half"));
    QCOMPARE(rec.error.kind, ApiError::Kind::Incomplete);
    QCOMPARE(m_server->requestCount(QStringLiteral("/v1/chat/completions")), 1);
}

void TestApiCallIntegration::stalledStreamHitsInactivityTimeout()
{
    m_server->enqueue(QStringLiteral("/v1/chat/completions"), FakeResponse::handler().stallAfter(2));
    HttpRequestSpec spec = chatSpec(QStringLiteral("echo:a b c d"), true);
    spec.inactivityTimeoutMs = 300;
    ApiCall *call = makeCall(spec, fastPolicy(5));
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.events.size(), 2);
    QCOMPARE(rec.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(rec.error.httpStatus, 200);
    QCOMPARE(rec.retries.size(), 0);
    QCOMPARE(m_server->requestCount(QStringLiteral("/v1/chat/completions")), 1);
}

void TestApiCallIntegration::errorStatusOnStreamIsJsonError()
{
    HttpRequestSpec spec = chatSpec(QStringLiteral("hi"), true);
    spec.headers.clear(); // no Authorization at all
    ApiCall *call = makeCall(spec, fastPolicy());
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.events.size(), 0);
    QCOMPARE(rec.error.kind, ApiError::Kind::Http);
    QCOMPARE(rec.error.httpStatus, 401);
    QCOMPARE(rec.error.code, QStringLiteral("invalid_api_key"));
    QVERIFY(rec.error.message.contains(QLatin1String("API key is missing")));
    QCOMPARE(m_server->requestCount(QStringLiteral("/v1/chat/completions")), 1);
}

void TestApiCallIntegration::html502IsReadable()
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

void TestApiCallIntegration::malformedJsonBodyIsReturnedVerbatim()
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

void TestApiCallIntegration::hugeBodyIsCapped()
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

void TestApiCallIntegration::totalTimeout()
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

void TestApiCallIntegration::connectionRefusedIsNetworkError()
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

void TestApiCallIntegration::crossHostRedirectIsNotFollowed()
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

void TestApiCallIntegration::sameOriginRedirectIsFollowed()
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

void TestApiCallIntegration::cancelDuringWait()
{
    m_server->setDefaultResponse(QStringLiteral("/api/daily-fortune"),
                                 FakeResponse::sajuError(503, QStringLiteral("service_unavailable")));
    RetryPolicy policy = fastPolicy(5);
    policy.baseDelayMs = 200;
    ApiCall *call = makeCall(sajuSpec(false), policy);
    CallRecorder rec(call);
    QPointer<ApiCall> guard(call);
    connect(call, &ApiCall::retryScheduled, this, [call] { QTimer::singleShot(20, call, &ApiCall::cancel); });
    call->start();
    QTRY_COMPARE(rec.count(QStringLiteral("retry")), 1);
    QTRY_COMPARE(call->state(), ApiCall::State::Cancelled);
    expectQuiet(rec, 600);
    QCOMPARE(m_server->requestCount(QStringLiteral("/api/daily-fortune")), 1);
    QVERIFY(guard); // nothing finished, so nothing deleted it
    delete call;
}

void TestApiCallIntegration::cancelDuringStream()
{
    m_server->enqueue(QStringLiteral("/v1/chat/completions"), FakeResponse::handler().withEventDelay(50));
    ApiCall *call = makeCall(chatSpec(QStringLiteral("echo:a b c d e f g h i j"), true), fastPolicy());
    CallRecorder rec(call);
    connect(call, &ApiCall::sseEvent, call, [call](const SseEvent &) {
        if (call->contentDelivered())
            call->cancel(); // from inside the handler: later events of the same read must not arrive
    });
    call->start();
    QTRY_COMPARE(call->state(), ApiCall::State::Cancelled);
    QCOMPARE(rec.events.size(), 1);
    expectQuiet(rec, 500);
    QCOMPARE(rec.events.size(), 1);
    delete call;
}

void TestApiCallIntegration::cancelDuringHeaders()
{
    // The answer would come much later; cancel while waiting for it.
    m_server->enqueue(QStringLiteral("/api/daily-fortune"), FakeResponse::handler().withDelay(60000));
    ApiCall *call = makeCall(sajuSpec(false), fastPolicy());
    CallRecorder rec(call);
    call->start();
    QTRY_COMPARE(m_server->requestCount(QStringLiteral("/api/daily-fortune")), 1);
    call->cancel();
    QCOMPARE(call->state(), ApiCall::State::Cancelled);
    expectQuiet(rec, 300);
    QCOMPARE(rec.log, names("started"));
    delete call;
}

void TestApiCallIntegration::apiKeysNeverLogged()
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

void TestApiCallIntegration::connectTimeoutCoversOnlySending()
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

void TestApiCallIntegration::silenceAfterEndMarkerStillSucceeds()
{
    m_server->enqueue(QStringLiteral("/v1/chat/completions"),
                      FakeResponse::sseText("data: {\"choices\":[{\"delta\":{\"content\":\"all\"}}]}\n\n"
                                            "data: [DONE]\n\n")
                          .stallAfter(2));
    HttpRequestSpec spec = chatSpec(QStringLiteral("x"), true);
    spec.inactivityTimeoutMs = 300;
    ApiCall *call = makeCall(spec, fastPolicy());
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.count(QStringLiteral("streamFinished")), 1);
    QVERIFY(rec.sawEndMarker);
    QCOMPARE(chatText(rec.events), QStringLiteral("all"));
}

void TestApiCallIntegration::midStreamErrorAfterContentIsFinal()
{
    m_server->setDefaultResponse(
        QStringLiteral("/api/daily-fortune-stream"),
        FakeResponse::sseText(
            "event: character\ndata: {\"dayMaster\":\"갑목\"}\n\n"
            "event: error\ndata: {\"code\":\"ai_provider_error\",\"message\":\"upstream failed\"}\n\n"));
    ApiCall *call = makeCall(sajuSpec(true), fastPolicy());
    connect(call, &ApiCall::sseEvent, call, [call](const SseEvent &ev) {
        if (ev.event == QLatin1String("error"))
            call->failStream(ApiErrorParser::fromStreamPayload(ApiError::Service::Saju, call->spec().url().path(),
                                                               QJsonDocument::fromJson(ev.data.toUtf8()).object(),
                                                               200));
    });
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.events.size(), 2);
    QCOMPARE(rec.error.code, QStringLiteral("ai_provider_error"));
    QCOMPARE(rec.error.message, QStringLiteral("upstream failed"));
    QCOMPARE(rec.retries.size(), 0);
    QCOMPARE(m_server->requestCount(QStringLiteral("/api/daily-fortune-stream")), 1);
}

void TestApiCallIntegration::streamErrorAsFirstEventIsNotRetried()
{
    // A 2xx stream was accepted: the model may have started (and billed) the work, so even an
    // error as the very first event is reported, never re-sent.
    m_server->enqueue(
        QStringLiteral("/api/daily-fortune-stream"),
        FakeResponse::sseText("event: error\ndata: {\"code\":\"ai_provider_error\",\"message\":\"x\"}\n\n"));
    ApiCall *call = makeCall(sajuSpec(true), fastPolicy());
    connect(call, &ApiCall::sseEvent, call, [call](const SseEvent &ev) {
        if (ev.event == QLatin1String("error"))
            call->failStream(ApiErrorParser::fromStreamPayload(ApiError::Service::Saju, call->spec().url().path(),
                                                               QJsonDocument::fromJson(ev.data.toUtf8()).object(),
                                                               200));
    });
    CallRecorder rec(call);
    call->start();
    QVERIFY(rec.waitFinished());
    QCOMPARE(rec.count(QStringLiteral("failed")), 1);
    QCOMPARE(rec.error.code, QStringLiteral("ai_provider_error"));
    QCOMPARE(rec.retries.size(), 0);
    QCOMPARE(m_server->requestCount(QStringLiteral("/api/daily-fortune-stream")), 1);
}

void TestApiCallIntegration::droppedConnectionIsRetried()
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

QTEST_GUILESS_MAIN(TestApiCallIntegration)
#include "tst_apicall_integration.moc"
