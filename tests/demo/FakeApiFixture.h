// SPDX-License-Identifier: GPL-3.0-or-later
// Request builders and the per-test FakeApiServer of tst_fakeapi_errors and tst_fakeapi_endpoints.
#pragma once

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

namespace sajudesk::test {

inline QJsonObject pillar(const char *stem, const char *branch)
{
    return {{QStringLiteral("stem"), QJsonObject{{QStringLiteral("hangul"), QString::fromUtf8(stem)}}},
            {QStringLiteral("branch"), QJsonObject{{QStringLiteral("hangul"), QString::fromUtf8(branch)}}}};
}

inline QJsonObject validFortune()
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

inline QByteArray json(const QJsonObject &o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

inline QByteArray chat(const QString &model, const QJsonArray &messages, bool stream = false)
{
    return json({{QStringLiteral("model"), model},
                 {QStringLiteral("messages"), messages},
                 {QStringLiteral("stream"), stream},
                 {QStringLiteral("stream_options"), QJsonObject{{QStringLiteral("include_usage"), true}}}});
}

inline QJsonArray userMessage(const QString &text)
{
    return {QJsonObject{{QStringLiteral("role"), QStringLiteral("user")}, {QStringLiteral("content"), text}}};
}

/// Header lines "Name: value\n…" → list.
inline RawHeaderList headerList(const QByteArray &lines)
{
    RawHeaderList out;
    for (const QByteArray &line : lines.split('\n')) {
        const qsizetype colon = line.indexOf(':');
        if (colon > 0)
            out.append(qMakePair(line.left(colon), line.mid(colon + 1).trimmed()));
    }
    return out;
}

inline const QByteArray kRunYourAuth = "Authorization: Bearer runyour-v1-test-0000";
inline const QByteArray kSajuAuth = "X-API-Key: bs_test_abcdef";

/// A fresh FakeApiServer per test, reached through HttpClient or a raw socket.
class FakeApiFixture : public QObject
{
protected:
    void setUpServer();
    void tearDownServer();
    HttpResult send(const QByteArray &method, const QString &path, const QByteArray &headers, const QByteArray &body);
    QByteArray raw(const QByteArray &bytes, int expectedResponses, bool byteByByte = false);

    std::unique_ptr<FakeApiServer> m_server;
    std::unique_ptr<QNetworkAccessManager> m_nam;
    std::unique_ptr<HttpClient> m_client;
};

inline void FakeApiFixture::setUpServer()
{
    m_server = std::make_unique<FakeApiServer>();
    QVERIFY(m_server->start());
    m_nam = std::make_unique<QNetworkAccessManager>();
    m_client = std::make_unique<HttpClient>(m_nam.get());
    NetworkSettings settings;
    settings.proxyMode = NetworkSettings::ProxyMode::None;
    m_client->setSettings(settings);
}

inline void FakeApiFixture::tearDownServer()
{
    m_client.reset();
    m_nam.reset();
    m_server.reset();
}

inline HttpResult FakeApiFixture::send(const QByteArray &method, const QString &path, const QByteArray &headers,
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

inline QByteArray FakeApiFixture::raw(const QByteArray &bytes, int expectedResponses, bool byteByByte)
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

} // namespace sajudesk::test
