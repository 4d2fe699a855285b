// SPDX-License-Identifier: GPL-3.0-or-later
// ChatRequest against the loopback FakeApiServer through the real QNetworkAccessManager, for the
// protocol rules of issue 12: a model that thinks silently is waited for (one request, never a
// re-send), stream_options only where it is welcome, quotas tried once, keys never over plain
// http to another machine, reasoning and refusals delivered, errors inside a stream kept.
#include "ClientFixture.h"
#include "runyour/ChatRequest.h"
#include "runyour/ModelsRequest.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSettings>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>

using namespace sajudesk;
using namespace sajudesk::testing;

namespace {

const QString kChatPath = QStringLiteral("/v1/chat/completions");

ChatParams params(const QString &prompt, const QString &model = QStringLiteral("openai/gpt-5.2"))
{
    ChatParams p;
    p.model = model;
    p.messages = {{ChatTurn::Role::User, prompt}};
    return p;
}

/// Everything one ChatRequest emitted, in order.
struct Run
{
    QString text;
    QString reasoning;
    QString refusal;
    QList<int> waited;
    int retries = 0;
    int textAfterWaitingStopped = 0;
    bool completed = false;
    bool failed = false;
    int finished = 0;
    bool sentStreamOptions = false;
    ChatCompletion completion;
    ApiError error;

    void run(HttpClient *http, const RunYourConfig &cfg, const ChatParams &p, bool stream = true, int timeoutMs = 20000)
    {
        ChatRequest req(http, cfg, p);
        req.setStreaming(stream);
        QObject::connect(&req, &ChatRequest::textDelta, [this](const QString &t) { text += t; });
        QObject::connect(&req, &ChatRequest::reasoningDelta, [this](const QString &t) { reasoning += t; });
        QObject::connect(&req, &ChatRequest::refusalDelta, [this](const QString &t) { refusal += t; });
        QObject::connect(&req, &ChatRequest::waitingForModel, [this](int s) {
            waited.append(s);
            if (!text.isEmpty() || !reasoning.isEmpty())
                ++textAfterWaitingStopped; // must never happen
        });
        QObject::connect(&req, &ChatRequest::retryScheduled, [this] { ++retries; });
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
        sentStreamOptions = req.sendsStreamOptions();
        QTRY_VERIFY_WITH_TIMEOUT(finished > 0, timeoutMs);
        QTest::qWait(20); // nothing may follow finished()
    }
};

} // namespace

class TestChatProtocol : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void silentFirstTokenIsWaitedFor_data();
    void silentFirstTokenIsWaitedFor();
    void firstEventWaitRunsOutWithoutResend();
    void streamOptionsOnlyWhereWelcome();
    void streamOptionsRejectedIsRetriedOnceAndRemembered();
    void quotaTriedOnce_data();
    void quotaTriedOnce();
    void plainHttpKeyRefused();
    void plainHttpAllowedBySetting();
    void badBaseUrl_data();
    void badBaseUrl();
    void reasoningAndRefusal_data();
    void reasoningAndRefusal();
    void lengthStopCompletes();
    void streamWithoutContentType();
    void errorEventAfterContentKeepsPartial();
    void bareModelAwayFromGatewayIsSent();
    void continueAfterAssistantMessage();
    void proxyRefusingConnectIsNotRetried();
    void failedModelListIsNotFetchedAgain();

private:
    void useTimeouts(qint64 inactivityMs, qint64 firstEventMs);
    std::unique_ptr<ClientFixture> m_fx;
};

void TestChatProtocol::init()
{
    m_fx = std::make_unique<ClientFixture>();
    QVERIFY(m_fx->start());
}

void TestChatProtocol::useTimeouts(qint64 inactivityMs, qint64 firstEventMs)
{
    NetworkSettings s = m_fx->http->settings();
    s.streamInactivityTimeoutMs = inactivityMs;
    s.streamFirstEventTimeoutMs = firstEventMs;
    m_fx->http->setSettings(s);
}

void TestChatProtocol::silentFirstTokenIsWaitedFor_data()
{
    QTest::addColumn<int>("keepAliveEveryMs");
    QTest::newRow("no bytes at all after the headers") << 0;
    QTest::newRow("only keep-alive comments") << 150;
}

void TestChatProtocol::silentFirstTokenIsWaitedFor()
{
    // Scaled down: inactivity 400 ms, first-event wait 6 s; the model is silent for 2.2 s.
    QFETCH(int, keepAliveEveryMs);
    useTimeouts(400, 6000);
    m_fx->server->enqueue(kChatPath, FakeResponse::handler().withSilenceAfterHeaders(2200, keepAliveEveryMs));
    Run r;
    r.run(m_fx->http.get(), m_fx->runYour(), params(QStringLiteral("echo:thought it through")));
    QVERIFY2(r.completed, qPrintable(r.error.code + QLatin1Char(' ') + r.error.message));
    QCOMPARE(r.text, QStringLiteral("thought it through"));
    QCOMPARE(m_fx->server->requestCount(kChatPath), 1);
    QCOMPARE(r.retries, 0);
    // "waiting for the model (1 s)", "(2 s)" — and nothing once the answer began.
    QVERIFY2(r.waited.size() >= 2, qPrintable(QString::number(r.waited.size())));
    QCOMPARE(r.waited.first(), 1);
    QCOMPARE(r.textAfterWaitingStopped, 0);
}

void TestChatProtocol::firstEventWaitRunsOutWithoutResend()
{
    useTimeouts(300, 900);
    m_fx->server->enqueue(kChatPath, FakeResponse::handler().withSilenceAfterHeaders(4000, 100));
    Run r;
    r.run(m_fx->http.get(), m_fx->runYour(), params(QStringLiteral("hi")));
    QVERIFY(r.failed);
    QCOMPARE(r.error.kind, ApiError::Kind::Timeout);
    QCOMPARE(r.error.httpStatus, 200);
    QVERIFY2(r.error.message.contains(QLatin1String("did not start answering")), qPrintable(r.error.message));
    QCOMPARE(r.retries, 0); // the 2xx answer had begun: a re-send could bill twice
    QCOMPARE(m_fx->server->requestCount(kChatPath), 1);
}

void TestChatProtocol::streamOptionsOnlyWhereWelcome()
{
    // Loopback (a local server, the demo): not sent unless asked for.
    Run plain;
    plain.run(m_fx->http.get(), m_fx->runYour(), params(QStringLiteral("hi")));
    QVERIFY(plain.completed);
    QVERIFY(!plain.sentStreamOptions);
    QVERIFY(!QJsonDocument::fromJson(m_fx->server->requests(kChatPath).last().body)
                 .object()
                 .contains(QLatin1String("stream_options")));

    RunYourConfig enabled = m_fx->runYour();
    enabled.streamUsage = true;
    Run withUsage;
    withUsage.run(m_fx->http.get(), enabled, params(QStringLiteral("hi")));
    QVERIFY(withUsage.completed);
    QVERIFY(withUsage.completion.usage.isValid());
    QVERIFY(QJsonDocument::fromJson(m_fx->server->requests(kChatPath).last().body)
                .object()
                .contains(QLatin1String("stream_options")));

    // The gateway's own host gets it by default (checked without sending: no key).
    RunYourConfig gateway = m_fx->runYour(QString());
    gateway.baseUrl = QUrl(QStringLiteral("https://api.runyour.ai/v1"));
    Run local;
    local.run(m_fx->http.get(), gateway, params(QStringLiteral("hi")));
    QCOMPARE(local.error.code, QStringLiteral("missing_api_key"));
    QVERIFY(local.sentStreamOptions);
    ChatParams off = params(QStringLiteral("hi"));
    off.includeUsage = false;
    Run offRun;
    offRun.run(m_fx->http.get(), gateway, off);
    QVERIFY(!offRun.sentStreamOptions);
}

void TestChatProtocol::streamOptionsRejectedIsRetriedOnceAndRemembered()
{
    m_fx->server->config().rejectStreamOptions = true;
    RunYourConfig cfg = m_fx->runYour();
    cfg.streamUsage = true;
    QVERIFY(!ChatRequest::streamOptionsRejected(cfg.baseUrl));
    Run first;
    first.run(m_fx->http.get(), cfg, params(QStringLiteral("echo:ok")));
    QVERIFY2(first.completed, qPrintable(first.error.message));
    QCOMPARE(first.text, QStringLiteral("ok"));
    const QList<FakeRequest> sent = m_fx->server->requests(kChatPath);
    QCOMPARE(sent.size(), 2);
    QVERIFY(QJsonDocument::fromJson(sent.at(0).body).object().contains(QLatin1String("stream_options")));
    QVERIFY(!QJsonDocument::fromJson(sent.at(1).body).object().contains(QLatin1String("stream_options")));
    QCOMPARE(first.finished, 1);
    QVERIFY(ChatRequest::streamOptionsRejected(cfg.baseUrl));

    // Remembered for this base URL: the next chat leaves it out at once.
    Run second;
    second.run(m_fx->http.get(), cfg, params(QStringLiteral("echo:again")));
    QVERIFY(second.completed);
    QCOMPARE(m_fx->server->requestCount(kChatPath), 3);
    QVERIFY(!QJsonDocument::fromJson(m_fx->server->requests(kChatPath).last().body)
                 .object()
                 .contains(QLatin1String("stream_options")));
}

void TestChatProtocol::quotaTriedOnce_data()
{
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");
    QTest::newRow("daily request limit") << "Daily request limit exceeded"
                                         << "daily_limit_exceeded";
    QTest::newRow("monthly cost limit") << "Monthly cost limit exceeded"
                                        << "cost_limit_exceeded";
}

void TestChatProtocol::quotaTriedOnce()
{
    QFETCH(QString, message);
    QFETCH(QString, code);
    m_fx->server->setDefaultResponse(
        kChatPath, FakeResponse::runYourError(429, message, kChatPath).withHeader("Retry-After", "2"));
    Run r;
    r.run(m_fx->http.get(), m_fx->runYour(), params(QStringLiteral("hi")));
    QVERIFY(r.failed);
    QCOMPARE(r.error.code, code);
    QCOMPARE(r.error.message, message); // the server's words, verbatim
    QCOMPARE(r.retries, 0);
    QCOMPARE(m_fx->server->requestCount(kChatPath), 1);
    QVERIFY(!r.error.userHint().contains(QLatin1String("retries automatically")));
}

void TestChatProtocol::plainHttpKeyRefused()
{
    RunYourConfig cfg = m_fx->runYour();
    cfg.baseUrl = QUrl(QStringLiteral("http://10.255.255.1:9/v1")); // never contacted
    Run r;
    QElapsedTimer clock;
    clock.start();
    r.run(m_fx->http.get(), cfg, params(QStringLiteral("hi")));
    QVERIFY(r.failed);
    QCOMPARE(r.error.kind, ApiError::Kind::Input);
    QCOMPARE(r.error.code, QStringLiteral("insecure_http"));
    QCOMPARE(r.error.attempts, 0);
    QVERIFY2(r.error.message.contains(QLatin1String("network/allowInsecureHttp")), qPrintable(r.error.message));
    QVERIFY(clock.elapsed() < 2000);

    ModelsRequest models(m_fx->http.get(), cfg);
    QSignalSpy failed(&models, &ModelsRequest::failed);
    models.start();
    QVERIFY(failed.wait(5000));
    QCOMPARE(failed.first().first().value<ApiError>().code, QStringLiteral("insecure_http"));
    // Loopback over http is fine (the demo server, a local model): the fixture's other tests.
}

void TestChatProtocol::plainHttpAllowedBySetting()
{
    NetworkSettings s = m_fx->http->settings();
    s.allowInsecureHttp = true;
    s.connectTimeoutMs = 300;
    m_fx->http->setSettings(s);
    RunYourConfig cfg = m_fx->runYour();
    cfg.baseUrl = QUrl(QStringLiteral("http://10.255.255.1:9/v1"));
    cfg.retryPolicy.maxAttempts = 1;
    Run r;
    r.run(m_fx->http.get(), cfg, params(QStringLiteral("hi")));
    QVERIFY(r.failed);
    QVERIFY2(r.error.code != QLatin1String("insecure_http"), qPrintable(r.error.code)); // it was attempted
    QCOMPARE(r.error.attempts, 1);
}

void TestChatProtocol::badBaseUrl_data()
{
    QTest::addColumn<QString>("source"); ///< option, env or setting
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("named");
    QTest::newRow("option with ftp scheme") << "option"
                                            << "ftp://api.runyour.ai/v1"
                                            << "--runyour-url";
    QTest::newRow("option without host") << "option"
                                         << "https:///v1"
                                         << "--runyour-url";
    QTest::newRow("option mailto") << "option"
                                   << "mailto:me@example.com"
                                   << "--runyour-url";
    QTest::newRow("environment with ftp scheme") << "env"
                                                 << "ftp://x/v1"
                                                 << "SAJUDESK_RUNYOUR_URL";
    QTest::newRow("setting with ftp scheme") << "setting"
                                             << "ftp://x/v1"
                                             << "runyour/baseUrl";
}

void TestChatProtocol::badBaseUrl()
{
    QFETCH(QString, source);
    QFETCH(QString, value);
    QFETCH(QString, named);
    QStandardPaths::setTestModeEnabled(true);
    QSettings().remove(QStringLiteral("runyour/baseUrl"));
    qunsetenv("SAJUDESK_RUNYOUR_URL");
    if (source == QLatin1String("env"))
        qputenv("SAJUDESK_RUNYOUR_URL", value.toUtf8());
    if (source == QLatin1String("setting"))
        QSettings().setValue(QStringLiteral("runyour/baseUrl"), value);
    const ResolvedUrl url = RunYourConfig::resolveBaseUrlChecked(source == QLatin1String("option") ? value : QString());
    qunsetenv("SAJUDESK_RUNYOUR_URL");
    QSettings().remove(QStringLiteral("runyour/baseUrl"));
    QVERIFY(!url.url.isValid()); // never the default instead
    QVERIFY2(url.problem.contains(named), qPrintable(url.problem));

    RunYourConfig cfg = m_fx->runYour();
    cfg.baseUrl = url.url;
    cfg.baseUrlProblem = url.problem;
    Run r;
    r.run(m_fx->http.get(), cfg, params(QStringLiteral("hi")));
    QCOMPARE(r.error.kind, ApiError::Kind::Input);
    QCOMPARE(r.error.code, QStringLiteral("invalid_base_url"));
    QCOMPARE(r.error.message, url.problem);
    QCOMPARE(m_fx->server->requests().size(), 0);
}

void TestChatProtocol::reasoningAndRefusal_data()
{
    QTest::addColumn<bool>("stream");
    QTest::addColumn<QString>("prompt");
    QTest::addColumn<bool>("expectReasoning");
    QTest::addColumn<bool>("expectRefusal");
    QTest::newRow("stream reasoning") << true << "think:echo:done" << true << false;
    QTest::newRow("json reasoning") << false << "think:echo:done" << true << false;
    QTest::newRow("stream refusal") << true << "refuse:how to pick a lock" << false << true;
    QTest::newRow("json refusal") << false << "refuse:how to pick a lock" << false << true;
}

void TestChatProtocol::reasoningAndRefusal()
{
    QFETCH(bool, stream);
    QFETCH(QString, prompt);
    QFETCH(bool, expectReasoning);
    QFETCH(bool, expectRefusal);
    Run r;
    r.run(m_fx->http.get(), m_fx->runYour(), params(prompt), stream);
    QVERIFY2(r.completed, qPrintable(r.error.message));
    QCOMPARE(!r.reasoning.isEmpty(), expectReasoning);
    QCOMPARE(r.completion.reasoning, r.reasoning);
    QCOMPARE(!r.refusal.isEmpty(), expectRefusal);
    QCOMPARE(r.completion.refusal, r.refusal);
    if (expectRefusal) {
        QCOMPARE(r.refusal, QStringLiteral("I can't help with that request."));
        QVERIFY(r.text.isEmpty()); // a refusal is not answer text
    } else {
        QCOMPARE(r.text, QStringLiteral("done"));
        QVERIFY(!r.text.contains(QLatin1String("think")));
    }
}

void TestChatProtocol::lengthStopCompletes()
{
    ChatParams p = params(QStringLiteral("a long question with many words in it"));
    p.maxTokens = 2;
    Run r;
    r.run(m_fx->http.get(), m_fx->runYour(), p);
    QVERIFY(r.completed);
    QCOMPARE(r.completion.finishReason, QStringLiteral("length"));
    QVERIFY(!r.text.isEmpty());
}

void TestChatProtocol::streamWithoutContentType()
{
    FakeResponse sse = FakeResponse::sseText("data: {\"choices\":[{\"delta\":{\"content\":\"no type\"}}]}\n\n"
                                             "data: [DONE]\n\n");
    sse.contentType.clear();
    m_fx->server->enqueue(kChatPath, sse);
    Run r;
    r.run(m_fx->http.get(), m_fx->runYour(), params(QStringLiteral("x")));
    QVERIFY2(r.completed, qPrintable(r.error.message));
    QCOMPARE(r.text, QStringLiteral("no type"));
}

void TestChatProtocol::errorEventAfterContentKeepsPartial()
{
    m_fx->server->enqueue(kChatPath,
                          FakeResponse::sseText("data: {\"choices\":[{\"delta\":{\"content\":\"절반\"}}]}\n\n"
                                                "event: error\ndata: {\"message\":\"upstream reset\"}\n\n"
                                                "data: [DONE]\n\n"));
    Run r;
    r.run(m_fx->http.get(), m_fx->runYour(), params(QStringLiteral("x")));
    QVERIFY(r.failed);
    QCOMPARE(r.error.message, QStringLiteral("upstream reset"));
    QCOMPARE(r.completion.text, QStringLiteral("절반"));
    QCOMPARE(m_fx->server->requestCount(kChatPath), 1);
}

void TestChatProtocol::bareModelAwayFromGatewayIsSent()
{
    Run r;
    r.run(m_fx->http.get(), m_fx->runYour(), params(QStringLiteral("hi"), QStringLiteral("gpt-5.2")));
    QVERIFY(r.failed);
    QCOMPARE(m_fx->server->requestCount(kChatPath), 1); // sent as typed
    QCOMPARE(QJsonDocument::fromJson(m_fx->server->requests(kChatPath).first().body)
                 .object()
                 .value(QLatin1String("model"))
                 .toString(),
             QStringLiteral("gpt-5.2"));
    QCOMPARE(r.error.kind, ApiError::Kind::Http);
    QCOMPARE(r.error.code, QStringLiteral("unsupported_model"));
    QVERIFY2(r.error.userHint().contains(QLatin1String("provider/model")), qPrintable(r.error.userHint()));
}

void TestChatProtocol::continueAfterAssistantMessage()
{
    ChatParams p = params(QStringLiteral("Write a story."));
    p.messages.append({ChatTurn::Role::Assistant, QStringLiteral("Once upon a time")});
    Run r;
    r.run(m_fx->http.get(), m_fx->runYour(), p);
    QVERIFY2(r.completed, qPrintable(r.error.message));
    const QJsonObject sent = QJsonDocument::fromJson(m_fx->server->requests(kChatPath).first().body).object();
    QCOMPARE(sent.value(QLatin1String("messages")).toArray().last().toObject().value(QLatin1String("role")).toString(),
             QStringLiteral("assistant"));
}

void TestChatProtocol::proxyRefusingConnectIsNotRetried()
{
    // The loopback server plays a proxy that answers CONNECT with 502 Bad Gateway.
    NetworkSettings s = m_fx->http->settings();
    s.proxyMode = NetworkSettings::ProxyMode::Manual;
    s.proxyUrl = m_fx->server->baseUrl();
    m_fx->http->setSettings(s);
    RunYourConfig cfg = m_fx->runYour();
    cfg.baseUrl = QUrl(QStringLiteral("https://api.runyour.example/v1"));
    ModelsRequest models(m_fx->http.get(), cfg);
    QSignalSpy failed(&models, &ModelsRequest::failed);
    QSignalSpy retried(&models, &ModelsRequest::retryScheduled);
    models.start();
    QVERIFY(failed.wait(10000));
    const ApiError e = failed.first().first().value<ApiError>();
    QCOMPARE(e.code, QStringLiteral("proxy_error"));
    QCOMPARE(retried.size(), 0);
    QCOMPARE(m_fx->server->requests().size(), 1);
    QCOMPARE(m_fx->server->requests().first().method, QByteArray("CONNECT"));
}

void TestChatProtocol::failedModelListIsNotFetchedAgain()
{
    const QString modelsPath = QStringLiteral("/v1/models");
    m_fx->server->setDefaultResponse(modelsPath, FakeResponse::runYourError(401, QStringLiteral("Invalid API key")));
    ModelCatalog catalog(m_fx->http.get(), m_fx->runYour());
    QSignalSpy failed(&catalog, &ModelCatalog::loadFailed);
    catalog.ensureLoaded();
    QVERIFY(failed.wait(5000));
    // "keys changed", "config changed" … each asks the catalog to make sure it is loaded.
    catalog.ensureLoaded();
    catalog.setConfig(m_fx->runYour()); // the same config
    catalog.ensureLoaded();
    QTest::qWait(200);
    QCOMPARE(m_fx->server->requestCount(modelsPath), 1);
    QCOMPARE(failed.size(), 1);
    // An explicit reload and a new key still ask again.
    catalog.refresh();
    QVERIFY(failed.wait(5000));
    QCOMPARE(m_fx->server->requestCount(modelsPath), 2);
    catalog.setConfig(m_fx->runYour(kRunYourKey + QStringLiteral("x")));
    catalog.ensureLoaded();
    QVERIFY(failed.wait(5000));
    QCOMPARE(m_fx->server->requestCount(modelsPath), 3);
}

QTEST_GUILESS_MAIN(TestChatProtocol)
#include "tst_chat_protocol.moc"
