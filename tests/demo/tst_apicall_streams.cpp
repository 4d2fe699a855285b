// SPDX-License-Identifier: GPL-3.0-or-later
// ApiCall + HttpClient + SseParser against the loopback FakeApiServer through a real
// QNetworkAccessManager: complete, dropped, stalled and failing streams, and cancellation.

#include "ApiCallFixture.h"

using namespace sajudesk;
using namespace sajudesk::test;

class TestApiCallStreams : public ApiCallFixture
{
    Q_OBJECT

private slots:
    void init() { setUpServer(); }
    void cleanup() { tearDownServer(); }

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
    void cancelDuringWait();
    void cancelDuringStream();
    void cancelDuringHeaders();
    void silenceAfterEndMarkerStillSucceeds();
    void midStreamErrorAfterContentIsFinal();
    void streamErrorAsFirstEventIsNotRetried();
};

void TestApiCallStreams::chatStreamComplete()
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

void TestApiCallStreams::streamFramingsGiveTheSameText_data()
{
    QTest::addColumn<int>("framing");
    QTest::newRow("one HTTP chunk per event") << int(FakeApiConfig::StreamFraming::ChunkPerEvent);
    QTest::newRow("events coalesced into chunks") << int(FakeApiConfig::StreamFraming::Coalesced);
    QTest::newRow("close-delimited, no chunked encoding") << int(FakeApiConfig::StreamFraming::CloseDelimited);
}

void TestApiCallStreams::streamFramingsGiveTheSameText()
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

void TestApiCallStreams::sajuStreamFormatsComplete_data()
{
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("lastEvent");
    QTest::newRow("A named events") << QStringLiteral("a") << QStringLiteral("complete");
    QTest::newRow("B chunks") << QStringLiteral("b") << QString();
}

void TestApiCallStreams::sajuStreamFormatsComplete()
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

void TestApiCallStreams::drippedStreamReassemblesHangul()
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

void TestApiCallStreams::streamDroppedAfterThreeChunksIsIncomplete()
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

void TestApiCallStreams::streamClosedCleanlyWithoutDoneIsIncomplete()
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

void TestApiCallStreams::stalledStreamHitsInactivityTimeout()
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

void TestApiCallStreams::errorStatusOnStreamIsJsonError()
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

void TestApiCallStreams::cancelDuringWait()
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

void TestApiCallStreams::cancelDuringStream()
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

void TestApiCallStreams::cancelDuringHeaders()
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

void TestApiCallStreams::silenceAfterEndMarkerStillSucceeds()
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

void TestApiCallStreams::midStreamErrorAfterContentIsFinal()
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

void TestApiCallStreams::streamErrorAsFirstEventIsNotRetried()
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

QTEST_GUILESS_MAIN(TestApiCallStreams)
#include "tst_apicall_streams.moc"
