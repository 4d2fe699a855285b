// SPDX-License-Identifier: GPL-3.0-or-later
#include "ClientFixture.h"
#include "runyour/ChatRequest.h"
#include "runyour/ModelsRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSignalSpy>
#include <QTest>

using namespace sajudesk;
using namespace sajudesk::testing;

namespace {

const QString kChatPath = QStringLiteral("/v1/chat/completions");
const QString kModelsPath = QStringLiteral("/v1/models");

ChatParams params(const QString &prompt, const QString &model = QStringLiteral("openai/gpt-5.2"))
{
    ChatParams p;
    p.model = model;
    p.messages = {{ChatTurn::Role::System, QStringLiteral("Answer briefly. 짧게 답하세요 🙂")},
                  {ChatTurn::Role::User, prompt}};
    return p;
}

/// Runs a chat to its end and records everything it emitted.
struct ChatRun
{
    QString streamed;
    int deltas = 0;
    int retries = 0;
    int warnings = 0;
    int usageSignals = 0;
    bool completed = false;
    bool failed = false;
    int finished = 0;
    ChatCompletion completion;
    ApiError error;

    void run(HttpClient *http, const RunYourConfig &cfg, const ChatParams &p, bool stream,
             ModelCatalog *catalog = nullptr)
    {
        ChatRequest req(http, cfg, p);
        req.setStreaming(stream);
        req.setModelCatalog(catalog);
        QObject::connect(&req, &ChatRequest::textDelta, [this](const QString &t) {
            streamed += t;
            ++deltas;
        });
        QObject::connect(&req, &ChatRequest::retryScheduled, [this] { ++retries; });
        QObject::connect(&req, &ChatRequest::keyWarning, [this] { ++warnings; });
        QObject::connect(&req, &ChatRequest::usageReceived, [this] { ++usageSignals; });
        QObject::connect(&req, &ChatRequest::completed, [this](const ChatCompletion &c) {
            completed = true;
            completion = c;
        });
        QObject::connect(&req, &ChatRequest::failed, [this](const ApiError &e, const ChatCompletion &partial) {
            failed = true;
            error = e;
            completion = partial;
        });
        QObject::connect(&req, &ChatRequest::finished, [this] { ++finished; });
        req.start();
        QTRY_VERIFY_WITH_TIMEOUT(finished > 0, 20000);
        QTest::qWait(20); // nothing may follow finished()
    }
};

} // namespace

class TestRunYourClient : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void models();
    void modelsErrors_data();
    void modelsErrors();
    void catalogCachesAndRefreshes();
    void chatNonStream();
    void chatStream();
    void chatStreamHangulEmojiAndBigPrompt_data();
    void chatStreamHangulEmojiAndBigPrompt();
    void chatStreamOddChunks();
    void chatStreamIncomplete();
    void chatStreamMidStreamError_data();
    void chatStreamMidStreamError();
    void httpErrors_data();
    void httpErrors();
    void retryThenSuccess();
    void localInputNeverSent_data();
    void localInputNeverSent();
    void unsupportedModelRefreshesCatalog();
    void keyWithoutPrefixWarns();
    void cancelIsSilent();

private:
    std::unique_ptr<ClientFixture> m_fx;
};

void TestRunYourClient::init()
{
    m_fx = std::make_unique<ClientFixture>();
    QVERIFY(m_fx->start());
}

void TestRunYourClient::models()
{
    ModelsRequest req(m_fx->http.get(), m_fx->runYour());
    QSignalSpy got(&req, &ModelsRequest::modelsReceived);
    QSignalSpy done(&req, &ModelsRequest::finished);
    req.start();
    QVERIFY(done.wait(10000));
    QCOMPARE(got.size(), 1);
    QVERIFY(!req.models().isEmpty());
    for (const ModelInfo &m : req.models()) {
        QVERIFY(!m.id.isEmpty());
        QCOMPARE(m.provider, m.id.left(m.id.indexOf(QLatin1Char('/'))));
        QCOMPARE(m.raw.value(QLatin1String("id")).toString(), m.id);
    }
    const FakeRequest sent = m_fx->server->requests(kModelsPath).first();
    QCOMPARE(sent.header("Authorization"), QByteArray("Bearer ") + kRunYourKey.toUtf8());
}

void TestRunYourClient::modelsErrors_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QByteArray>("status"); // scripted status, empty = handler
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("requests");
    QTest::newRow("401 bad key") << QStringLiteral("runyour-v1-wrong") << QByteArray()
                                 << QStringLiteral("invalid_api_key") << 1;
    QTest::newRow("html 502 retried") << kRunYourKey << QByteArray("html") << QString() << 5;
    QTest::newRow("malformed 200") << kRunYourKey << QByteArray("malformed") << QStringLiteral("invalid_response") << 1;
    QTest::newRow("no data array") << kRunYourKey << QByteArray("nodata") << QStringLiteral("invalid_response") << 1;
}

void TestRunYourClient::modelsErrors()
{
    QFETCH(QString, key);
    QFETCH(QByteArray, status);
    QFETCH(QString, code);
    QFETCH(int, requests);
    m_fx->server->config().runYourKeys = {kRunYourKey};
    if (status == "html")
        m_fx->server->setDefaultResponse(kModelsPath, FakeResponse::html502());
    else if (status == "malformed")
        m_fx->server->setDefaultResponse(kModelsPath, FakeResponse::malformedJson());
    else if (status == "nodata")
        m_fx->server->setDefaultResponse(kModelsPath, FakeResponse::fixed(200, R"({"object":"list"})"));
    ModelsRequest req(m_fx->http.get(), m_fx->runYour(key));
    QSignalSpy failed(&req, &ModelsRequest::failed);
    QSignalSpy done(&req, &ModelsRequest::finished);
    req.start();
    QVERIFY(done.wait(20000));
    QCOMPARE(failed.size(), 1);
    const ApiError e = failed.first().first().value<ApiError>();
    if (!code.isEmpty())
        QCOMPARE(e.code, code);
    QVERIFY(!e.message.isEmpty());
    QCOMPARE(e.service, ApiError::Service::RunYour);
    QCOMPARE(m_fx->server->requestCount(kModelsPath), requests);
    QCOMPARE(e.attempts, requests);
}

void TestRunYourClient::catalogCachesAndRefreshes()
{
    ModelCatalog catalog(m_fx->http.get(), m_fx->runYour());
    QSignalSpy changed(&catalog, &ModelCatalog::modelsChanged);
    catalog.ensureLoaded();
    QVERIFY(changed.wait(10000));
    QVERIFY(catalog.isLoaded());
    QVERIFY(catalog.contains(QStringLiteral("openai/gpt-5.2")));
    QVERIFY(catalog.providers().contains(QStringLiteral("openai")));
    catalog.ensureLoaded(); // cached: no second request
    QTest::qWait(50);
    QCOMPARE(m_fx->server->requestCount(kModelsPath), 1);
    catalog.refresh();
    QVERIFY(changed.wait(10000));
    QCOMPARE(m_fx->server->requestCount(kModelsPath), 2);
}

void TestRunYourClient::chatNonStream()
{
    ChatRun r;
    auto p = params(QStringLiteral("오늘 일정 정리 요령을 알려줘."));
    p.temperature = 0.4;
    p.maxTokens = 400;
    r.run(m_fx->http.get(), m_fx->runYour(), p, false);
    QVERIFY(r.completed);
    QVERIFY(!r.failed);
    QCOMPARE(r.finished, 1);
    QVERIFY(!r.completion.text.isEmpty());
    QCOMPARE(r.streamed, r.completion.text);
    QVERIFY(r.completion.usage.isValid());
    const QJsonObject sent = QJsonDocument::fromJson(m_fx->server->requests(kChatPath).first().body).object();
    QVERIFY(!sent.contains(QLatin1String("stream")));
    QCOMPARE(sent.value(QLatin1String("max_tokens")).toInt(), 400);
}

void TestRunYourClient::chatStream()
{
    ChatParams p = params(QStringLiteral("hello"));
    p.includeUsage = true; // the loopback server is not the gateway: usage only on request
    ChatRun r;
    r.run(m_fx->http.get(), m_fx->runYour(), p, true);
    QVERIFY(r.completed);
    QVERIFY(r.deltas > 1);
    QCOMPARE(r.completion.text, r.streamed);
    QCOMPARE(r.completion.finishReason, QStringLiteral("stop"));
    QVERIFY(r.completion.complete);
    QCOMPARE(r.usageSignals, 1);
    QVERIFY(r.completion.usage.totalTokens > 0);
    const FakeRequest sent = m_fx->server->requests(kChatPath).first();
    const QJsonObject body = QJsonDocument::fromJson(sent.body).object();
    QCOMPARE(body.value(QLatin1String("stream")).toBool(), true);
    QVERIFY(body.value(QLatin1String("stream_options")).toObject().value(QLatin1String("include_usage")).toBool());
    QCOMPARE(sent.header("Accept"), QByteArray("text/event-stream"));
}

void TestRunYourClient::chatStreamHangulEmojiAndBigPrompt_data()
{
    QTest::addColumn<QString>("prompt");
    QTest::newRow("hangul") << QStringLiteral("사주팔자가 뭐야?");
    QTest::newRow("emoji") << QStringLiteral("🍀🐯✨ 👨‍👩‍👧");
    QTest::newRow("100 KB") << QString(100 * 1024 / 3, QChar(0xD55C)); // 한 × 34k = ~100 KB UTF-8
}

void TestRunYourClient::chatStreamHangulEmojiAndBigPrompt()
{
    QFETCH(QString, prompt);
    ChatRun r;
    r.run(m_fx->http.get(), m_fx->runYour(), params(prompt), true);
    QVERIFY2(r.completed, qPrintable(r.error.message));
    const QJsonObject body = QJsonDocument::fromJson(m_fx->server->requests(kChatPath).first().body).object();
    QCOMPARE(
        body.value(QLatin1String("messages")).toArray().at(1).toObject().value(QLatin1String("content")).toString(),
        prompt);
}

void TestRunYourClient::chatStreamOddChunks()
{
    // content:null, empty choices, choices:null, usage-only and a finish chunk: none is a crash.
    m_fx->server->enqueue(
        kChatPath,
        FakeResponse::sseText("data: {\"choices\":[{\"delta\":{\"role\":\"assistant\",\"content\":null}}]}\n\n"
                              "data: {\"choices\":[]}\n\n"
                              ": keep-alive\n\n"
                              "data: {\"choices\":[{\"delta\":{\"content\":\"안녕\"}}]}\n\n"
                              "data: {\"choices\":null}\n\n"
                              "data: {\"choices\":[{\"delta\":{},\"finish_reason\":\"stop\"}]}\n\n"
                              "data: {\"choices\":[],\"usage\":{\"total_tokens\":7}}\n\n"
                              "data: [DONE]\n\n"));
    ChatRun r;
    r.run(m_fx->http.get(), m_fx->runYour(), params(QStringLiteral("x")), true);
    QVERIFY(r.completed);
    QCOMPARE(r.completion.text, QStringLiteral("안녕"));
    QCOMPARE(r.completion.usage.totalTokens, 7);
}

void TestRunYourClient::chatStreamIncomplete()
{
    m_fx->server->enqueue(kChatPath, FakeResponse::handler().closeAfter(4));
    ChatRun r;
    r.run(m_fx->http.get(), m_fx->runYour(), params(QStringLiteral("tell me a long story")), true);
    QVERIFY(r.failed);
    QCOMPARE(r.error.kind, ApiError::Kind::Incomplete);
    QVERIFY(!r.completion.text.isEmpty());
    QCOMPARE(r.completion.text, r.streamed);
    QVERIFY(!r.completion.complete);
    QCOMPARE(m_fx->server->requestCount(kChatPath), 1); // never re-sent after text was shown
    QCOMPARE(r.retries, 0);
}

void TestRunYourClient::chatStreamMidStreamError_data()
{
    QTest::addColumn<QByteArray>("errorEvent");
    QTest::newRow("openai error") << QByteArray(
        R"(data: {"error":{"message":"upstream exploded","type":"server_error"}})");
    QTest::newRow("nest statusCode") << QByteArray(
        R"(data: {"statusCode":500,"timestamp":"2026-05-02T08:15:30.120Z","path":"/v1/chat/completions","message":"Provider failed"})");
}

void TestRunYourClient::chatStreamMidStreamError()
{
    QFETCH(QByteArray, errorEvent);
    m_fx->server->enqueue(
        kChatPath,
        FakeResponse::sseText("data: {\"choices\":[{\"delta\":{\"content\":\"먼저 \"}}]}\n\n" + errorEvent + "\n\n"));
    ChatRun r;
    r.run(m_fx->http.get(), m_fx->runYour(), params(QStringLiteral("x")), true);
    QVERIFY(r.failed);
    QVERIFY(!r.error.message.isEmpty());
    QCOMPARE(r.completion.text, QStringLiteral("먼저 "));
    QCOMPARE(m_fx->server->requestCount(kChatPath), 1);
}

void TestRunYourClient::httpErrors_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");
    QTest::addColumn<int>("requests");
    QTest::newRow("400") << 400 << QStringLiteral("messages should not be empty") << QStringLiteral("bad_request") << 1;
    QTest::newRow("401") << 401 << QStringLiteral("Invalid API key") << QStringLiteral("invalid_api_key") << 1;
    QTest::newRow("402") << 402 << QStringLiteral("Payment required") << QStringLiteral("credits_exhausted") << 1;
    QTest::newRow("403 크레딧") << 403 << QStringLiteral("크레딧이 부족합니다") << QStringLiteral("credits_exhausted")
                                << 1;
    QTest::newRow("429 balance") << 429 << QStringLiteral("잔액 부족 (balance)") << QStringLiteral("credits_exhausted")
                                 << 1;
    QTest::newRow("429") << 429 << QStringLiteral("Too Many Requests") << QStringLiteral("rate_limited") << 5;
    QTest::newRow("500") << 500 << QStringLiteral("Internal server error") << QStringLiteral("server_error") << 5;
    QTest::newRow("503") << 503 << QStringLiteral("Upstream unavailable") << QString() << 5;
}

void TestRunYourClient::httpErrors()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(QString, code);
    QFETCH(int, requests);
    m_fx->server->setDefaultResponse(kChatPath, FakeResponse::runYourError(status, message, kChatPath));
    for (bool stream : {true, false}) {
        m_fx->server->clearRequests();
        ChatRun r;
        r.run(m_fx->http.get(), m_fx->runYour(), params(QStringLiteral("hi")), stream);
        QVERIFY(r.failed);
        QCOMPARE(r.error.kind, ApiError::Kind::Http);
        QCOMPARE(r.error.httpStatus, status);
        if (!code.isEmpty())
            QCOMPARE(r.error.code, code);
        QCOMPARE(r.error.message, message);
        QCOMPARE(r.error.endpoint, kChatPath);
        QCOMPARE(m_fx->server->requestCount(kChatPath), requests);
        QCOMPARE(r.error.attempts, requests);
        QCOMPARE(r.retries, requests - 1);
    }
}

void TestRunYourClient::retryThenSuccess()
{
    m_fx->server->enqueue(
        kChatPath,
        FakeResponse::runYourError(429, QStringLiteral("Too Many Requests"), kChatPath).withHeader("Retry-After", "0"));
    m_fx->server->enqueue(kChatPath, FakeResponse::runYourError(503, QStringLiteral("busy"), kChatPath));
    ChatRun r;
    ChatRequest req(m_fx->http.get(), m_fx->runYour(), params(QStringLiteral("hi")));
    QSignalSpy retry(&req, &ChatRequest::retryScheduled);
    QSignalSpy done(&req, &ChatRequest::completed);
    req.start();
    QVERIFY(done.wait(20000));
    QCOMPARE(retry.size(), 2);
    QCOMPARE(retry.at(0).at(0).toInt(), 2); // the attempt about to happen
    QCOMPARE(retry.at(0).at(2).value<ApiError>().code, QStringLiteral("rate_limited"));
    QCOMPARE(retry.at(1).at(0).toInt(), 3);
    QCOMPARE(m_fx->server->requestCount(kChatPath), 3);
    QVERIFY(!req.completion().text.isEmpty());
}

void TestRunYourClient::localInputNeverSent_data()
{
    QTest::addColumn<QString>("model");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("code");
    QTest::newRow("bare model") << QStringLiteral("gpt-5.2") << QStringLiteral("hi") << kRunYourKey
                                << QStringLiteral("unsupported_model");
    QTest::newRow("hangul model") << QStringLiteral("지피티") << QStringLiteral("hi") << kRunYourKey
                                  << QStringLiteral("unsupported_model");
    QTest::newRow("empty prompt") << QStringLiteral("openai/gpt-5.2") << QString() << kRunYourKey
                                  << QStringLiteral("invalid_input");
    QTest::newRow("no key") << QStringLiteral("openai/gpt-5.2") << QStringLiteral("hi") << QString()
                            << QStringLiteral("missing_api_key");
}

void TestRunYourClient::localInputNeverSent()
{
    QFETCH(QString, model);
    QFETCH(QString, prompt);
    QFETCH(QString, key);
    QFETCH(QString, code);
    RunYourConfig config = m_fx->runYour(key);
    // The provider/model rule applies on the gateway's own host only; nothing is sent there
    // either, the check is local.
    if (code == QLatin1String("unsupported_model"))
        config.baseUrl = QUrl(QStringLiteral("https://api.runyour.ai/v1"));
    ChatRun r;
    r.run(m_fx->http.get(), config, params(prompt, model), true);
    QVERIFY(r.failed);
    QCOMPARE(r.error.kind, ApiError::Kind::Input);
    QCOMPARE(r.error.code, code);
    QVERIFY(!r.error.message.isEmpty());
    QCOMPARE(r.finished, 1);
    QCOMPARE(m_fx->server->requests().size(), 0);
}

void TestRunYourClient::unsupportedModelRefreshesCatalog()
{
    ModelCatalog catalog(m_fx->http.get(), m_fx->runYour());
    QSignalSpy changed(&catalog, &ModelCatalog::modelsChanged);
    catalog.ensureLoaded();
    QVERIFY(changed.wait(10000));
    QCOMPARE(m_fx->server->requestCount(kModelsPath), 1);

    ChatRun r;
    r.run(m_fx->http.get(), m_fx->runYour(), params(QStringLiteral("hi"), QStringLiteral("openai/retired-model")), true,
          &catalog);
    QVERIFY(r.failed);
    QCOMPARE(r.error.httpStatus, 400);
    QCOMPARE(r.error.code, QStringLiteral("unsupported_model"));
    QCOMPARE(m_fx->server->requestCount(kChatPath), 1);
    QTRY_COMPARE_WITH_TIMEOUT(m_fx->server->requestCount(kModelsPath), 2, 10000);

    // 404 from the gateway counts as "unsupported model" too.
    m_fx->server->enqueue(kChatPath, FakeResponse::runYourError(404, QStringLiteral("Not Found"), kChatPath));
    QTRY_VERIFY(!catalog.isLoading());
    ChatRun r404;
    r404.run(m_fx->http.get(), m_fx->runYour(), params(QStringLiteral("hi")), true, &catalog);
    QCOMPARE(r404.error.code, QStringLiteral("unsupported_model"));
    QTRY_COMPARE_WITH_TIMEOUT(m_fx->server->requestCount(kModelsPath), 3, 10000);
}

void TestRunYourClient::keyWithoutPrefixWarns()
{
    ChatRun r;
    r.run(m_fx->http.get(), m_fx->runYour(QStringLiteral("sk-not-a-runyour-key")), params(QStringLiteral("hi")), true);
    QCOMPARE(r.warnings, 1);
    // Sent as entered (not "fixed"), and the server's 401 comes back as usual.
    QCOMPARE(m_fx->server->requests(kChatPath).first().header("Authorization"),
             QByteArray("Bearer sk-not-a-runyour-key"));
    QVERIFY(r.failed);
    QCOMPARE(r.error.httpStatus, 401);
}

void TestRunYourClient::cancelIsSilent()
{
    m_fx->server->enqueue(kChatPath, FakeResponse::handler().withEventDelay(50));
    auto *req = new ChatRequest(m_fx->http.get(), m_fx->runYour(), params(QStringLiteral("a long answer please")));
    int signalsAfterCancel = 0;
    QSignalSpy delta(req, &ChatRequest::textDelta);
    req->start();
    QVERIFY(delta.wait(10000));
    req->cancel();
    connect(req, &ChatRequest::textDelta, this, [&] { ++signalsAfterCancel; });
    connect(req, &ChatRequest::completed, this, [&] { ++signalsAfterCancel; });
    connect(req, &ChatRequest::failed, this, [&] { ++signalsAfterCancel; });
    connect(req, &ChatRequest::finished, this, [&] { ++signalsAfterCancel; });
    QTest::qWait(300);
    QCOMPARE(signalsAfterCancel, 0);
    delete req;
}

QTEST_GUILESS_MAIN(TestRunYourClient)
#include "tst_runyour_client.moc"
