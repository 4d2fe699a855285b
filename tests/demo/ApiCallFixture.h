// SPDX-License-Identifier: GPL-3.0-or-later
// Shared request bodies and the loopback fixture of tst_apicall_requests and tst_apicall_streams.
#pragma once

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

namespace sajudesk::test {

inline const QByteArray kRunYourKey = "runyour-v1-0f0e0d0c-aaaa-bbbb-cccc-123456789abc-SECRETsecretSECRETsecret";
inline const QByteArray kSajuKey = "bs_test_SECRETsecretSECRET42";

inline QByteArray fortuneBody()
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

inline QByteArray chatBody(const QString &prompt, bool stream)
{
    return QJsonDocument(QJsonObject{{QStringLiteral("model"), QStringLiteral("openai/gpt-5.2")},
                                     {QStringLiteral("messages"),
                                      QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                             {QStringLiteral("content"), prompt}}}},
                                     {QStringLiteral("stream"), stream}})
        .toJson(QJsonDocument::Compact);
}

/// Joins the delta.content fragments of OpenAI-style chunks.
inline QString chatText(const QList<SseEvent> &events)
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

inline QStringList names(const char *spaceSeparated)
{
    return QString::fromLatin1(spaceSeparated).split(QLatin1Char(' '));
}

inline QStringList g_logLines;
inline void captureMessages(QtMsgType, const QMessageLogContext &, const QString &msg)
{
    g_logLines.append(msg);
}

/// Loopback FakeApiServer + a real QNetworkAccessManager/HttpClient, set up fresh for each test.
class ApiCallFixture : public QObject
{
protected:
    void setUpServer();
    void tearDownServer();
    RetryPolicy fastPolicy(int maxAttempts = 3) const;
    HttpRequestSpec sajuSpec(bool stream) const;
    HttpRequestSpec chatSpec(const QString &prompt, bool stream) const;
    ApiCall *makeCall(const HttpRequestSpec &spec, const RetryPolicy &policy);
    void expectQuiet(CallRecorder &rec, int ms);

    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpClient> m_client;
};

inline void ApiCallFixture::setUpServer()
{
    m_server = std::make_unique<FakeApiServer>();
    QVERIFY(m_server->start());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HttpClient>(m_nam.get());
    NetworkSettings settings;
    settings.proxyMode = NetworkSettings::ProxyMode::None; // loopback: never through a proxy
    m_client->setSettings(settings);
}

inline void ApiCallFixture::tearDownServer()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

inline RetryPolicy ApiCallFixture::fastPolicy(int maxAttempts) const
{
    RetryPolicy p;
    p.maxAttempts = maxAttempts;
    p.baseDelayMs = 20;
    p.maxDelayMs = 100;
    p.jitterFraction = 0;
    return p;
}

inline HttpRequestSpec ApiCallFixture::sajuSpec(bool stream) const
{
    HttpRequestSpec spec = HttpRequestSpec::postJson(ApiError::Service::Saju, m_server->sajuBaseUrl(),
                                                     stream ? QStringLiteral("/api/daily-fortune-stream")
                                                            : QStringLiteral("/api/daily-fortune"),
                                                     fortuneBody(), stream);
    spec.headers.append(qMakePair(QByteArray("X-API-Key"), kSajuKey));
    return spec;
}

inline HttpRequestSpec ApiCallFixture::chatSpec(const QString &prompt, bool stream) const
{
    HttpRequestSpec spec =
        HttpRequestSpec::postJson(ApiError::Service::RunYour, m_server->runYourBaseUrl(),
                                  QStringLiteral("/chat/completions"), chatBody(prompt, stream), stream);
    spec.headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + kRunYourKey));
    return spec;
}

inline ApiCall *ApiCallFixture::makeCall(const HttpRequestSpec &spec, const RetryPolicy &policy)
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

inline void ApiCallFixture::expectQuiet(CallRecorder &rec, int ms)
{
    const QStringList before = rec.log;
    QTest::qWait(ms);
    QCOMPARE(rec.log, before);
}

} // namespace sajudesk::test
