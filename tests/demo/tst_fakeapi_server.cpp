// SPDX-License-Identifier: GPL-3.0-or-later
// FakeApiServer speaks both APIs as api-contract.md describes (auth, validation, envelopes,
// streams, rate-limit headers) and parses HTTP robustly. Driven through HttpClient and a real
// QNetworkAccessManager, plus raw sockets for malformed traffic.

#include "demo/FakeApiServer.h"
#include "demo/FakeRunYour.h"
#include "net/HttpClient.h"
#include "net/SseParser.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QSignalSpy>
#include <QTcpSocket>
#include <QTest>

#include <memory>

using namespace sajudesk;

namespace {

QJsonObject pillar(const char *stem, const char *branch)
{
    return {{QStringLiteral("stem"), QJsonObject{{QStringLiteral("hangul"), QString::fromUtf8(stem)}}},
            {QStringLiteral("branch"), QJsonObject{{QStringLiteral("hangul"), QString::fromUtf8(branch)}}}};
}

QJsonObject validFortune()
{
    const QJsonObject pillars{{QStringLiteral("year"), pillar("임", "신")},
                              {QStringLiteral("month"), pillar("무", "신")},
                              {QStringLiteral("day"), pillar("갑", "술")},
                              {QStringLiteral("hour"), QJsonValue::Null}};
    return {{QStringLiteral("saju"), QJsonObject{{QStringLiteral("pillars"), pillars}}},
            {QStringLiteral("userName"), QStringLiteral("김하늘 🌙")},
            {QStringLiteral("model"), QStringLiteral("haiku")},
            {QStringLiteral("date"), QStringLiteral("2026-05-02")}};
}

QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QByteArray chat(const QString &model, const QJsonArray &messages, bool stream = false)
{
    return json({{QStringLiteral("model"), model},
                 {QStringLiteral("messages"), messages},
                 {QStringLiteral("stream"), stream},
                 {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}}});
}

QJsonArray userMessage(const QString &text)
{
    return {QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), text}}};
}

/// Header lines "Name: value\n…" → list.
RawHeaderList headerList(const QByteArray &lines)
{
    RawHeaderList out;
    for (const QByteArray &line : lines.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            out.append(qMakePair(line.left(colon), line.mid(colon + 1).trimmed()));
    }
    return out;
}

const QByteArray kRunYourAuth = "Authorization: Bearer runyour-v1-test-0000";
const QByteArray kSajuAuth = "X-API-Key: bs_test_abcdef";

} // namespace

class TestFakeApiServer : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();

    void errors_data();
    void errors();
    void sajuSuccessEnvelopeAndCache();
    void sajuFortuneOnly();
    void sajuCalculation();
    void sajuStreamNeedsPermission();
    void sajuRateLimit();
    void runYourModels();
    void runYourChatJson();
    void runYourStreamShape();
    void runYourCreditsExhausted();
    void rawGarbageGets400();
    void rawHugeBodyGets413();
    void rawPipelinedAndSplitRequests();
    void recordsRequests();

private:
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &headers, const QByteArray &body);
    QByteArray raw(const QByteArray &bytes, int expectedResponses, bool byteByByte = false);

    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpClient> m_client;
};

void TestFakeApiServer::init()
{
    m_server = std::make_unique<FakeApiServer>();
    QVERIFY(m_server->start());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HttpClient>(m_nam.get());
    NetworkSettings settings;
    settings.proxyMode = NetworkSettings::ProxyMode::None;
    m_client->setSettings(settings);
}

void TestFakeApiServer::cleanup()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

HttpResult TestFakeApiServer::send(const QByteArray &method, const QString &path, const QByteArray &headers,
                                   const QByteArray &body)
{
    HttpRequestSpec spec;
    spec.service = path.startsWith(QLatin1String("/v1")) ? ApiError::Service::RunYour : ApiError::Service::Saju;
    spec.method = method;
    spec.baseUrl = m_server->baseUrl();
    spec.endpoint = path;
    spec.headers = headerList(headers);
    spec.body = body;
    HttpExchange *exchange = m_client->send(spec);
    QSignalSpy spy(exchange, &HttpExchange::finished);
    if (!spy.wait(10000))
        return {};
    return spy.first().first().value<HttpResult>();
}

QByteArray TestFakeApiServer::raw(const QByteArray &bytes, int expectedResponses, bool byteByByte)
{
    QTcpSocket socket;
    socket.connectToHost(QHostAddress::LocalHost, m_server->port());
    if (!socket.waitForConnected(5000))
        return {};
    if (byteByByte) {
        for (char c : bytes) {
            socket.write(&c, 1);
            socket.flush();
            QTest::qWait(0);
        }
    } else {
        socket.write(bytes);
    }
    QByteArray received;
    QElapsedTimer clock;
    clock.start();
    while (clock.elapsed() < 10000 && received.count("HTTP/1.1 ") < expectedResponses) {
        QTest::qWait(5);
        received += socket.readAll();
        if (socket.state() == QAbstractSocket::UnconnectedState)
            break;
    }
    QTest::qWait(20); // let a body that follows the status line arrive
    received += socket.readAll();
    return received;
}

void TestFakeApiServer::errors_data()
{
    QTest::addColumn<QByteArray>("method");
    QTest::addColumn<QString>("path");
    QTest::addColumn<QByteArray>("headers");
    QTest::addColumn<QByteArray>("body");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("code");    // Saju error.code
    QTest::addColumn<QString>("field");   // Saju error.field
    QTest::addColumn<QString>("message"); // RunYour message (substring, string or array)

    const QByteArray fortune = json(validFortune());
    QJsonObject noDay = validFortune();
    {
        QJsonObject saju = noDay.value(QStringLiteral("saju")).toObject();
        QJsonObject pillars = saju.value(QStringLiteral("pillars")).toObject();
        pillars.remove(QStringLiteral("day"));
        saju.insert(QStringLiteral("pillars"), pillars);
        noDay.insert(QStringLiteral("saju"), saju);
    }
    QJsonObject badStem = validFortune();
    {
        QJsonObject saju = badStem.value(QStringLiteral("saju")).toObject();
        QJsonObject pillars = saju.value(QStringLiteral("pillars")).toObject();
        pillars.insert(QStringLiteral("month"), pillar("X", "신"));
        saju.insert(QStringLiteral("pillars"), pillars);
        badStem.insert(QStringLiteral("saju"), saju);
    }
    QJsonObject noName = validFortune();
    noName.remove(QStringLiteral("userName"));
    QJsonObject badModel = validFortune();
    badModel.insert(QStringLiteral("model"), QStringLiteral("gpt5"));
    QJsonObject badDate = validFortune();
    badDate.insert(QStringLiteral("date"), QStringLiteral("2026-13-45"));
    const QByteArray fp = "/api/daily-fortune";

    QTest::newRow("saju missing key") << QByteArray("POST") << QString::fromLatin1(fp) << QByteArray() << fortune << 401
                                      << "missing_api_key" << QString() << QString();
    QTest::newRow("saju wrong prefix") << QByteArray("POST") << QString::fromLatin1(fp)
                                       << QByteArray("X-API-Key: sk_live_123") << fortune << 401 << "invalid_api_key"
                                       << QString() << QString();
    QTest::newRow("saju invalid json") << QByteArray("POST") << QString::fromLatin1(fp) << kSajuAuth
                                       << QByteArray("{\"saju\":") << 400 << "invalid_json" << QString() << QString();
    QTest::newRow("saju missing day pillar")
        << QByteArray("POST") << QString::fromLatin1(fp) << kSajuAuth << json(noDay) << 400 << "missing_field"
        << "saju.pillars.day" << QString();
    QTest::newRow("saju invalid saju") << QByteArray("POST") << QString::fromLatin1(fp) << kSajuAuth << json(badStem)
                                       << 400 << "invalid_saju"
                                       << "saju.pillars.month" << QString();
    QTest::newRow("saju missing userName")
        << QByteArray("POST") << QString::fromLatin1(fp) << kSajuAuth << json(noName) << 400 << "missing_field"
        << "userName" << QString();
    QTest::newRow("saju invalid model") << QByteArray("POST") << QString::fromLatin1(fp) << kSajuAuth << json(badModel)
                                        << 400 << "invalid_model"
                                        << "model" << QString();
    QTest::newRow("saju invalid date") << QByteArray("POST") << QString::fromLatin1(fp) << kSajuAuth << json(badDate)
                                       << 400 << "invalid_date"
                                       << "date" << QString();
    QTest::newRow("saju stream invalid date") << QByteArray("POST") << QStringLiteral("/api/daily-fortune-stream")
                                              << kSajuAuth << json(badDate) << 400 << "invalid_date"
                                              << "date" << QString();
    QTest::newRow("saju unknown endpoint") << QByteArray("POST") << QStringLiteral("/api/nope") << kSajuAuth << fortune
                                           << 404 << "not_found" << QString() << QString();
    QTest::newRow("saju calc missing gender")
        << QByteArray("POST") << QStringLiteral("/api/saju") << kSajuAuth
        << QByteArray(R"({"year":1992,"month":8,"day":26})") << 400 << "missing_field"
        << "gender" << QString();
    QTest::newRow("saju calc impossible date")
        << QByteArray("POST") << QStringLiteral("/api/saju") << kSajuAuth
        << QByteArray(R"({"year":1992,"month":2,"day":30,"gender":"female"})") << 400 << "invalid_date"
        << "day" << QString();

    const QString cp = QStringLiteral("/v1/chat/completions");
    const QByteArray ok = chat(QStringLiteral("openai/gpt-5.2"), userMessage(QStringLiteral("hi")));
    QTest::newRow("runyour no auth") << QByteArray("POST") << cp << QByteArray() << ok << 401 << QString() << QString()
                                     << "API key is missing";
    QTest::newRow("runyour bare key") << QByteArray("POST") << cp << QByteArray("Authorization: runyour-v1-test-0000")
                                      << ok << 401 << QString() << QString() << "Bearer";
    QTest::newRow("runyour wrong key") << QByteArray("POST") << cp << QByteArray("Authorization: Bearer sk-123") << ok
                                       << 401 << QString() << QString() << "Invalid API key";
    QTest::newRow("runyour model without provider")
        << QByteArray("POST") << cp << kRunYourAuth
        << chat(QStringLiteral("gpt-5.2"), userMessage(QStringLiteral("hi"))) << 400 << QString() << QString()
        << "provider/model";
    QTest::newRow("runyour unknown model") << QByteArray("POST") << cp << kRunYourAuth
                                           << chat(QStringLiteral("openai/nope-9"), userMessage(QStringLiteral("hi")))
                                           << 400 << QString() << QString() << "Unsupported model";
    QTest::newRow("runyour empty messages")
        << QByteArray("POST") << cp << kRunYourAuth << chat(QStringLiteral("openai/gpt-5.2"), {}) << 400 << QString()
        << QString() << "messages should not be empty";
    QTest::newRow("runyour malformed json") << QByteArray("POST") << cp << kRunYourAuth << QByteArray("{\"model\"")
                                            << 400 << QString() << QString() << "JSON";
    QTest::newRow("runyour unknown route") << QByteArray("GET") << QStringLiteral("/v1/nope") << kRunYourAuth
                                           << QByteArray() << 404 << QString() << QString() << "Cannot GET /v1/nope";
}

void TestFakeApiServer::errors()
{
    QFETCH(QByteArray, method);
    QFETCH(QString, path);
    QFETCH(QByteArray, headers);
    QFETCH(QByteArray, body);
    QFETCH(int, status);
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, message);

    const HttpResult r = send(method, path, headers, body);
    QCOMPARE(r.info.status, status);
    QVERIFY(r.error.isError());
    const QJsonObject o = QJsonDocument::fromJson(r.body).object();
    if (path.startsWith(QLatin1String("/api"))) {
        QCOMPARE(o.value(QStringLiteral("success")).toBool(true), false);
        const QJsonObject e = o.value(QStringLiteral("error")).toObject();
        QCOMPARE(e.value(QStringLiteral("code")).toString(), code);
        QCOMPARE(e.value(QStringLiteral("field")).toString(), field);
        QVERIFY(!e.value(QStringLiteral("message")).toString().isEmpty());
        QVERIFY(o.value(QStringLiteral("meta"))
                    .toObject()
                    .value(QStringLiteral("requestId"))
                    .toString()
                    .startsWith(QLatin1String("req_")));
        QVERIFY(!r.info.header("X-RateLimit-Limit").isEmpty());
        // The client's parser agrees.
        QCOMPARE(r.error.code, code);
        QCOMPARE(r.error.field, field);
    } else {
        QCOMPARE(o.value(QStringLiteral("statusCode")).toInt(), status);
        QCOMPARE(o.value(QStringLiteral("path")).toString(), path);
        QVERIFY(o.value(QStringLiteral("timestamp")).toString().endsWith(QLatin1Char('Z')));
        const QJsonValue m = o.value(QStringLiteral("message"));
        const QString text = m.isArray() ? m.toVariant().toStringList().join(QLatin1Char('|')) : m.toString();
        QVERIFY2(text.contains(message), qPrintable(text));
        QVERIFY(!r.error.message.isEmpty());
    }
}

void TestFakeApiServer::sajuSuccessEnvelopeAndCache()
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

void TestFakeApiServer::sajuFortuneOnly()
{
    QJsonObject body = validFortune();
    body.insert(QStringLiteral("type"), QStringLiteral("fortune_only"));
    const HttpResult r = send("POST", QStringLiteral("/api/daily-fortune"), kSajuAuth, json(body));
    const QJsonObject data = QJsonDocument::fromJson(r.body).object().value(QStringLiteral("data")).toObject();
    QCOMPARE(data.keys(), QStringList{QStringLiteral("fortune")});
}

void TestFakeApiServer::sajuCalculation()
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

void TestFakeApiServer::sajuStreamNeedsPermission()
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

void TestFakeApiServer::sajuRateLimit()
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

void TestFakeApiServer::runYourModels()
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

void TestFakeApiServer::runYourChatJson()
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

void TestFakeApiServer::runYourStreamShape()
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

void TestFakeApiServer::runYourCreditsExhausted()
{
    m_server->config().creditsExhausted = true;
    const HttpResult r = send("POST", QStringLiteral("/v1/chat/completions"), kRunYourAuth,
                              chat(QStringLiteral("openai/gpt-5.2"), userMessage(QStringLiteral("hi"))));
    QCOMPARE(r.info.status, 402);
    QCOMPARE(r.error.code, QStringLiteral("credits_exhausted"));
}

void TestFakeApiServer::rawGarbageGets400()
{
    const QByteArray reply = raw("GARBAGE\r\n\r\n", 1);
    QVERIFY2(reply.startsWith("HTTP/1.1 400 "), reply.constData());
    QVERIFY(raw("GET /v1/models HTTP/1.1\r\nBad Header Line\r\n\r\n", 1).startsWith("HTTP/1.1 400 "));
    QVERIFY(raw("GET /v1/models HTTP/1.1\r\nContent-Length: nope\r\n\r\n", 1).startsWith("HTTP/1.1 400 "));
}

void TestFakeApiServer::rawHugeBodyGets413()
{
    const QByteArray reply = raw("POST /api/saju HTTP/1.1\r\nHost: x\r\nContent-Length: 999999999\r\n\r\n{", 1);
    QVERIFY2(reply.startsWith("HTTP/1.1 413 "), reply.constData());
    QCOMPARE(m_server->requests().size(), 0);
}

void TestFakeApiServer::rawPipelinedAndSplitRequests()
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

void TestFakeApiServer::recordsRequests()
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

QTEST_GUILESS_MAIN(TestFakeApiServer)
#include "tst_fakeapi_server.moc"
