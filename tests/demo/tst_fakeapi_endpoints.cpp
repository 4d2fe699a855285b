// SPDX-License-Identifier: GPL-3.0-or-later
// FakeApiServer speaks both APIs as api-contract.md describes (envelopes, cache, streams,
// rate-limit headers) and parses HTTP robustly: HttpClient plus raw sockets for malformed traffic.

#include "FakeApiFixture.h"

using namespace sajudesk;
using namespace sajudesk::test;

class TestFakeApiEndpoints : public FakeApiFixture
{
    Q_OBJECT

private slots:
    void init() { setUpServer(); }
    void cleanup() { tearDownServer(); }

    void sajuSuccessEnvelopeAndCache();
    void sajuFortuneOnly();
    void sajuCalculation();
    void sajuStreamNeedsPermission();
    void sajuRateLimit();
    void runYourModels();
    void runYourChatJson();
    void runYourStreamShape();
    void streamFramingOnTheWire_data();
    void streamFramingOnTheWire();
    void runYourCreditsExhausted();
    void rawGarbageGets400();
    void rawHugeBodyGets413();
    void rawPipelinedAndSplitRequests();
    void recordsRequests();
};

void TestFakeApiEndpoints::sajuSuccessEnvelopeAndCache()
{
    for (int round = 0; round < 2; ++round) {
        const HttpResult r = send("POST", QStringLiteral("/api/daily-fortune"), kSajuAuth, json(validFortune()));
        QVERIFY(r.ok());
        QCOMPARE(r.info.status, 200);
        const QJsonObject o = QJsonDocument::fromJson(r.body).object();
        QCOMPARE(o.value(QStringLiteral("success")).toBool(), true);
        const QJsonObject data = o.value(QStringLiteral("data")).toObject();
        QVERIFY(data.contains(QStringLiteral("character")));
        QVERIFY(data.contains(QStringLiteral("tendency")));
        QCOMPARE(data.value(QStringLiteral("fortune")).toObject().value(QStringLiteral("date")).toString(),
                 QStringLiteral("2026-05-02"));
        QVERIFY(data.value(QStringLiteral("character"))
                    .toObject()
                    .value(QStringLiteral("identity"))
                    .toString()
                    .contains(QStringLiteral("김하늘 🌙")));
        const QJsonObject meta = o.value(QStringLiteral("meta")).toObject();
        QVERIFY(meta.value(QStringLiteral("requestId")).toString().startsWith(QLatin1String("req_")));
        QCOMPARE(meta.value(QStringLiteral("model")).toString(), QStringLiteral("haiku"));
        QCOMPARE(meta.value(QStringLiteral("cached")).toBool(), round == 1);
        QCOMPARE(meta.value(QStringLiteral("cost")).toDouble(), round == 1 ? 0.0 : 0.013);
        QVERIFY(meta.value(QStringLiteral("latency")).isDouble());
        QCOMPARE(r.info.rateLimit.limit, qint64(60));
        QCOMPARE(r.info.rateLimit.remaining, qint64(59 - round));
    }
}

void TestFakeApiEndpoints::sajuFortuneOnly()
{
    QJsonObject body = validFortune();
    body.insert(QStringLiteral("type"), QStringLiteral("fortune_only"));
    const HttpResult r = send("POST", QStringLiteral("/api/daily-fortune"), kSajuAuth, json(body));
    const QJsonObject data = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("data")).toObject();
    QCOMPARE(data.keys(), QStringList{QStringLiteral("fortune")});
}

void TestFakeApiEndpoints::sajuCalculation()
{
    const QByteArray body = R"({"year":1992,"month":8,"day":26,"hour":5,"gender":"male","calendarType":"solar"})";
    HttpResult r = send("POST", QStringLiteral("/api/saju"), kSajuAuth, body);
    QVERIFY(r.ok());
    QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QStringList full;
    for (const char *p : {"year", "month", "day", "hour"})
        full << o.value(QStringLiteral("pillars"))
                    .toObject()
                    .value(QString::fromLatin1(p))
                    .toObject()
                    .value(QStringLiteral("fullCn"))
                    .toString();
    QCOMPARE(full.join(QLatin1Char(' ')), QStringLiteral("壬申 戊申 甲戌 丁卯"));
    QCOMPARE(o.value(QStringLiteral("dayMaster")).toObject().value(QStringLiteral("name")).toString(),
             QStringLiteral("갑목"));

    m_server->config().wrapSajuResult = true;
    r = send("POST", QStringLiteral("/api/saju"), kSajuAuth, R"({"year":1992,"month":8,"day":26,"gender":"male"})");
    o = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(o.value(QStringLiteral("success")).toBool(), true);
    QVERIFY(o.value(QStringLiteral("data"))
                .toObject()
                .value(QStringLiteral("pillars"))
                .toObject()
                .value(QStringLiteral("hour"))
                .isNull());
}

void TestFakeApiEndpoints::sajuStreamNeedsPermission()
{
    m_server->config().sajuKeys.insert(QStringLiteral("bs_test_nostream"), {QStringLiteral("fortune:read")});
    HttpResult r =
        send("POST", QStringLiteral("/api/daily-fortune-stream"), "X-API-Key: bs_test_nostream", json(validFortune()));
    QCOMPARE(r.info.status, 403);
    QCOMPARE(r.error.httpStatus, 403);
    QVERIFY(r.error.message.contains(QLatin1String("stream:read")));
    r = send("POST", QStringLiteral("/api/daily-fortune"), "X-API-Key: bs_test_nostream", json(validFortune()));
    QCOMPARE(r.info.status, 200);
    r = send("POST", QStringLiteral("/api/daily-fortune"), "X-API-Key: bs_test_unknown", json(validFortune()));
    QCOMPARE(r.info.status, 401);
}

void TestFakeApiEndpoints::sajuRateLimit()
{
    m_server->config().sajuRateLimitPerMinute = 2;
    // A minute boundary between the requests resets the window; try again once if that happened.
    for (int tries = 0; tries < 2; ++tries) {
        QList<HttpResult> results;
        for (int i = 0; i < 3; ++i)
            results << send("POST", QStringLiteral("/api/daily-fortune"), kSajuAuth, json(validFortune()));
        if (results.first().info.rateLimit.resetEpochSeconds != results.last().info.rateLimit.resetEpochSeconds)
            continue;
        QCOMPARE(results.at(0).info.status, 200);
        QCOMPARE(results.at(1).info.rateLimit.remaining, qint64(0));
        QCOMPARE(results.at(2).info.status, 429);
        QCOMPARE(results.at(2).error.code, QStringLiteral("rate_limited"));
        QVERIFY(!results.at(2).info.header("Retry-After").isEmpty());
        QVERIFY(results.at(2).error.retryAfterMs > 0);
        return;
    }
    QFAIL("rate-limit window kept changing");
}

void TestFakeApiEndpoints::runYourModels()
{
    const HttpResult r = send("GET", QStringLiteral("/v1/models"), kRunYourAuth, {});
    QVERIFY(r.ok());
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("list"));
    const QJsonArray data = o.value(QStringLiteral("data")).toArray();
    QVERIFY(data.size() >= 4);
    for (const QJsonValue &m : data)
        QVERIFY(m.toObject().value(QStringLiteral("id")).toString().contains(QLatin1Char('/')));
    QCOMPARE(send("GET", QStringLiteral("/v1/models"), {}, {}).info.status, 401);
}

void TestFakeApiEndpoints::runYourChatJson()
{
    const QString prompt = QStringLiteral("오늘 일정 정리 요령을 알려줘 📅");
    const HttpResult r = send("POST", QStringLiteral("/v1/chat/completions"), kRunYourAuth,
                              chat(QStringLiteral("anthropic/claude-sonnet-4-6"), userMessage(prompt)));
    QVERIFY(r.ok());
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    QCOMPARE(o.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion"));
    QCOMPARE(o.value(QStringLiteral("model")).toString(), QStringLiteral("anthropic/claude-sonnet-4-6"));
    const QString content = o.value(QStringLiteral("choices"))
                                .toArray()
                                .first()
                                .toObject()
                                .value(QStringLiteral("message"))
                                .toObject()
                                .value(QStringLiteral("content"))
                                .toString();
    QCOMPARE(content, FakeRunYour::answerFor(prompt));
    QVERIFY(content.contains(prompt));
    QVERIFY(o.value(QStringLiteral("usage")).toObject().value(QStringLiteral("total_tokens")).toInt() > 0);
}

void TestFakeApiEndpoints::runYourStreamShape()
{
    const HttpResult r =
        send("POST", QStringLiteral("/v1/chat/completions"), kRunYourAuth,
             chat(QStringLiteral("openai/gpt-5.2"), userMessage(QStringLiteral("echo:한 두 세")), true));
    QVERIFY(r.ok());
    QCOMPARE(r.info.contentType, QByteArray("text/event-stream"));
    SseParser parser;
    QList<SseEvent> events = parser.feed(r.body);
    events += parser.finish();
    QVERIFY(events.size() >= 5);
    QVERIFY(events.last().isDone());
    const QJsonObject first = QJsonDocument::fromJson(events.first().data.toUtf8()).object();
    QCOMPARE(first.value(QStringLiteral("object")).toString(), QStringLiteral("chat.completion.chunk"));
    QCOMPARE(first.value(QStringLiteral("choices"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("delta"))
                 .toObject()
                 .value(QStringLiteral("role"))
                 .toString(),
             QStringLiteral("assistant"));
    const QJsonObject usage = QJsonDocument::fromJson(events.at(events.size() - 2).data.toUtf8()).object();
    QVERIFY(usage.value(QStringLiteral("choices")).toArray().isEmpty());
    QCOMPARE(usage.value(QStringLiteral("usage")).toObject().value(QStringLiteral("completion_tokens")).toInt(), 3);
    const QJsonObject finish = QJsonDocument::fromJson(events.at(events.size() - 3).data.toUtf8()).object();
    QCOMPARE(finish.value(QStringLiteral("choices"))
                 .toArray()
                 .first()
                 .toObject()
                 .value(QStringLiteral("finish_reason"))
                 .toString(),
             QStringLiteral("stop"));
}

namespace {

/// The HTTP/1.1 chunks of a chunked body (sizes only; the body itself goes to *body).
QList<int> httpChunks(const QByteArray &response, QByteArray *body)
{
    QList<int> sizes;
    qsizetype p = response.indexOf("\r\n\r\n");
    if (p < 0)
        return sizes;
    p += 4;
    while (p < response.size()) {
        const qsizetype eol = response.indexOf("\r\n", p);
        bool ok = false;
        const int n = response.mid(p, eol - p).toInt(&ok, 16);
        if (eol < 0 || !ok || n == 0)
            break;
        sizes.append(n);
        *body += response.mid(eol + 2, n);
        p = eol + 2 + n + 2;
    }
    return sizes;
}

} // namespace

void TestFakeApiEndpoints::streamFramingOnTheWire_data()
{
    QTest::addColumn<int>("framing");
    QTest::addColumn<int>("delayMs");
    QTest::addColumn<int>("perDelay");
    // 300 content chunks: role, 300 pieces, finish, usage and [DONE] make 304 events of ~230 bytes.
    QTest::newRow("chunk per event") << int(FakeApiConfig::StreamFraming::ChunkPerEvent) << 0 << 1;
    QTest::newRow("chunk per event, paced 100 per 40 ms")
        << int(FakeApiConfig::StreamFraming::ChunkPerEvent) << 40 << 100;
    QTest::newRow("coalesced, all ready at once") << int(FakeApiConfig::StreamFraming::Coalesced) << 0 << 1;
    QTest::newRow("coalesced, paced 100 per 40 ms") << int(FakeApiConfig::StreamFraming::Coalesced) << 40 << 100;
}

void TestFakeApiEndpoints::streamFramingOnTheWire()
{
    QFETCH(int, framing);
    QFETCH(int, delayMs);
    QFETCH(int, perDelay);
    const auto mode = FakeApiConfig::StreamFraming(framing);
    m_server->config().streamFraming = mode;
    m_server->config().chatStreamChunks = 300;
    m_server->config().eventDelayMs = delayMs;
    m_server->config().eventsPerDelay = perDelay;
    const QByteArray body = chat(QStringLiteral("openai/gpt-5.2"), userMessage(QStringLiteral("bench")), true);
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    QVERIFY(socket.waitForConnected(5000));
    QElapsedTimer clock;
    clock.start();
    socket.write("POST /v1/chat/completions HTTP/1.1\r\nHost: x\r\n" + kRunYourAuth
                 + "\r\nConnection: close\r\nContent-Type: application/json\r\nContent-Length: "
                 + QByteArray::number(body.size()) + "\r\n\r\n" + body);
    QByteArray response;
    while (socket.state() != QAbstractSocket::UnconnectedState && clock.elapsed() < 10000) {
        QTest::qWait(2); // the server runs in this thread
        response += socket.readAll();
    }
    response += socket.readAll();
    const qint64 elapsed = clock.elapsed();

    QByteArray sse;
    const QList<int> sizes = httpChunks(response, &sse);
    SseParser parser;
    const QList<SseEvent> events = parser.feed(sse);
    QCOMPARE(events.size(), 304);
    QVERIFY(events.last().isDone());
    const int batches = delayMs > 0 ? (events.size() + perDelay - 1) / perDelay : 1;
    if (mode == FakeApiConfig::StreamFraming::ChunkPerEvent) {
        QCOMPARE(sizes.size(), events.size());
    } else {
        // Every batch fills 16 KiB chunks before a smaller last one: never a chunk per event.
        int largest = 0;
        for (int n : sizes)
            largest = qMax(largest, n);
        QVERIFY2(largest <= 16 * 1024, QByteArray::number(largest));
        const int perBatch =
            int((qMin<qsizetype>(perDelay > 1 ? perDelay : events.size(), events.size()) * 240) / (16 * 1024)) + 1;
        QVERIFY2(sizes.size() <= batches * perBatch, QByteArray::number(sizes.size()));
    }
    // The paced streams take their pauses (a coarse timer may fire up to 5 % early).
    QVERIFY2(elapsed >= (batches - 1) * delayMs * 9 / 10, QByteArray::number(elapsed));
}

void TestFakeApiEndpoints::runYourCreditsExhausted()
{
    m_server->config().creditsExhausted = true;
    const HttpResult r = send("POST", QStringLiteral("/v1/chat/completions"), kRunYourAuth,
                              chat(QStringLiteral("openai/gpt-5.2"), userMessage(QStringLiteral("hi"))));
    QCOMPARE(r.info.status, 402);
    QCOMPARE(r.error.code, QStringLiteral("credits_exhausted"));
}

void TestFakeApiEndpoints::rawGarbageGets400()
{
    const QByteArray reply = raw("GARBAGE\r\n\r\n", 1);
    QVERIFY2(reply.startsWith("HTTP/1.1 400 "), reply.constData());
    QVERIFY(raw("GET /v1/models HTTP/1.1\r\nBad Header Line\r\n\r\n", 1).startsWith("HTTP/1.1 400 "));
    QVERIFY(raw("GET /v1/models HTTP/1.1\r\nContent-Length: nope\r\n\r\n", 1).startsWith("HTTP/1.1 400 "));
}

void TestFakeApiEndpoints::rawHugeBodyGets413()
{
    const QByteArray reply = raw("POST /api/saju HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\n\r\n{", 1);
    QVERIFY2(reply.startsWith("HTTP/1.1 413 "), reply.constData());
    QCOMPARE(m_server->requests().size(), 0);
}

void TestFakeApiEndpoints::rawPipelinedAndSplitRequests()
{
    const QByteArray one = "GET /v1/models HTTP/1.1\r\nHost: x\r\nAuthorization: Bearer runyour-v1-a\r\n\r\n";
    const QByteArray post = "POST /api/saju HTTP/1.1\r\nHost: x\r\nX-API-Key: bs_test_a\r\nContent-Length: 57\r\n\r\n"
                            R"({"year":1992,"month":8,"day":26,"hour":5,"gender":"male"})";
    QCOMPARE(post.size() - post.indexOf("\r\n\r\n") - 4, 57);
    const QByteArray close = "GET /v1/models HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n";
    const QByteArray reply = raw(one + post + close, 3);
    QCOMPARE(reply.count("HTTP/1.1 "), 3);
    QVERIFY(reply.startsWith("HTTP/1.1 200 "));
    QVERIFY(reply.contains("\"fullCn\""));
    QVERIFY(reply.contains("HTTP/1.1 401 "));
    QCOMPARE(m_server->requests().size(), 3);
    QCOMPARE(m_server->requests().at(1).body.size(), 57);

    // One byte per write, bare-LF line ends.
    const QByteArray split = raw("GET /v1/models HTTP/1.1\nAuthorization: Bearer runyour-v1-a\n\n", 1, true);
    QVERIFY2(split.startsWith("HTTP/1.1 200 "), split.constData());
}

void TestFakeApiEndpoints::recordsRequests()
{
    send("POST", QStringLiteral("/api/daily-fortune"), kSajuAuth, json(validFortune()));
    send("GET", QStringLiteral("/v1/models"), kRunYourAuth, {});
    QCOMPARE(m_server->requests().size(), 2);
    QCOMPARE(m_server->requestCount(QStringLiteral("/api/daily-fortune")), 1);
    const FakeRequest r = m_server->requests(QStringLiteral("/v1/models")).first();
    QCOMPARE(r.method, QByteArray("GET"));
    QCOMPARE(r.header("authorization"), QByteArray("Bearer runyour-v1-test-0000"));
    QCOMPARE(r.index, 1);
    m_server->clearRequests();
    QCOMPARE(m_server->requests().size(), 0);
}

QTEST_GUILESS_MAIN(TestFakeApiEndpoints)
#include "tst_fakeapi_endpoints.moc"
