// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "demo/FakeApiConfig.h"
#include "demo/FakeHttp.h"
#include "demo/FakeResponse.h"

#include <QHash>
#include <QList>
#include <QObject>
#include <QUrl>

class QTcpServer;

namespace sajudesk {

class FakeApiConnection;

/// A real HTTP/1.1 server on 127.0.0.1 that speaks both APIs (RunYour AI under /v1, Saju API
/// under /api) as api-contract.md describes them, for integration tests and the --demo mode.
/// Responses can be scripted per path (a queue consumed in order, then a per-path default, then
/// the normal handler), with faults: delay, drip, close or stall mid-stream, odd bodies. Every
/// received request is recorded. Usage:
///   FakeApiServer server;  server.start();                 // random free port
///   HttpRequestSpec spec = ...; spec.baseUrl = server.runYourBaseUrl();   // http://127.0.0.1:N/v1
///   server.enqueue("/api/daily-fortune", FakeResponse::sajuError(503, "service_unavailable"));
///   ... QCOMPARE(server.requestCount("/api/daily-fortune"), 2);
/// --demo: FakeApiServer server(FakeApiConfig::demo()); point both services at it and use
/// NetworkSettings::ProxyMode::None (loopback traffic must not go to a system proxy). Any
/// runyour-v1-… / bs_test_… / bs_live_… key is accepted unless config().runYourKeys / sajuKeys
/// list specific ones. Chat answers are deterministic (FakeRunYour::answerFor(); a prompt
/// "echo:<text>" answers exactly <text>); /api/daily-fortune-stream?format=b (or b-flat, a) selects stream
/// format B for one request; config().chatStreamChunks makes benchmark-sized streams.
class FakeApiServer : public QObject
{
    Q_OBJECT
public:
    explicit FakeApiServer(QObject *parent = nullptr);
    explicit FakeApiServer(const FakeApiConfig &config, QObject *parent = nullptr);
    ~FakeApiServer() override;
    Q_DISABLE_COPY(FakeApiServer)

    /// Listens on 127.0.0.1:`port` (0 = any free port). False (and a warning) on failure.
    bool start(quint16 port = 0);
    void stop();
    bool isListening() const;
    quint16 port() const;
    QUrl baseUrl() const;        ///< http://127.0.0.1:<port>
    QUrl runYourBaseUrl() const; ///< baseUrl + /v1 (like https://api.runyour.ai/v1)
    QUrl sajuBaseUrl() const;    ///< baseUrl (like https://api.sajuapi.dev)

    FakeApiConfig &config() { return m_config; }
    const FakeApiConfig &config() const { return m_config; }
    void setConfig(const FakeApiConfig &config) { m_config = config; }

    /// Next request to `path` gets `response` (queued per path, consumed in order).
    void enqueue(const QString &path, const FakeResponse &response);
    /// Every request to `path` gets `response` once the queue for it is empty.
    void setDefaultResponse(const QString &path, const FakeResponse &response);
    void clearScript();

    QList<FakeRequest> requests() const { return m_requests; }
    QList<FakeRequest> requests(const QString &path) const;
    int requestCount(const QString &path) const;
    void clearRequests() { m_requests.clear(); }
    int openConnections() const;

signals:
    void requestReceived(const sajudesk::FakeRequest &request);

private:
    friend class FakeApiConnection;
    void onNewConnection();
    void dispatch(FakeApiConnection *connection, FakeRequest request, bool keepAlive);

    FakeApiConfig m_config;
    FakeApiCounters m_counters;
    QTcpServer *m_server;
    QHash<QString, QList<FakeResponse>> m_queues;
    QHash<QString, FakeResponse> m_defaults;
    QList<FakeRequest> m_requests;
    QList<FakeApiConnection *> m_connections;
    int m_nextConnectionId = 1;
};

} // namespace sajudesk
