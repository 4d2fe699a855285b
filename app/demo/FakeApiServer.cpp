// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/FakeApiServer.h"

#include "core/Logging.h"
#include "demo/FakeApiConnection.h"
#include "demo/FakeRunYour.h"
#include "demo/FakeSaju.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QPointer>
#include <QTcpServer>

namespace sajudesk {

namespace {
constexpr int kHugeBlock = 64 * 1024;
} // namespace

FakeApiServer::FakeApiServer(QObject *parent)
    : FakeApiServer(FakeApiConfig(), parent)
{}

FakeApiServer::FakeApiServer(const FakeApiConfig &config, QObject *parent)
    : QObject(parent)
    , m_config(config)
    , m_server(new QTcpServer(this))
{
    qRegisterMetaType<FakeRequest>();
    connect(m_server, &QTcpServer::newConnection, this, &FakeApiServer::onNewConnection);
}

FakeApiServer::~FakeApiServer()
{
    stop();
}

bool FakeApiServer::start(quint16 port)
{
    if (m_server->isListening())
        return true;
    if (!m_server->listen(QHostAddress::LocalHost, port)) {
        qCWarning(lcNet) << "fake server: cannot listen:" << m_server->errorString();
        return false;
    }
    qCDebug(lcNet) << "fake server listening on" << baseUrl().toString();
    return true;
}

void FakeApiServer::stop()
{
    m_server->close();
    const auto connections = m_connections;
    m_connections.clear();
    for (FakeApiConnection *c : connections) {
        c->abort();
        c->deleteLater();
    }
}

bool FakeApiServer::isListening() const
{
    return m_server->isListening();
}

quint16 FakeApiServer::port() const
{
    return m_server->serverPort();
}

QUrl FakeApiServer::baseUrl() const
{
    QUrl u;
    u.setScheme(QStringLiteral("http"));
    u.setHost(QStringLiteral("127.0.0.1"));
    u.setPort(port());
    return u;
}

QUrl FakeApiServer::runYourBaseUrl() const
{
    QUrl u = baseUrl();
    u.setPath(QStringLiteral("/v1"));
    return u;
}

QUrl FakeApiServer::sajuBaseUrl() const
{
    return baseUrl();
}

void FakeApiServer::enqueue(const QString &path, const FakeResponse &response)
{
    m_queues[path].append(response);
}

void FakeApiServer::setDefaultResponse(const QString &path, const FakeResponse &response)
{
    m_defaults.insert(path, response);
}

void FakeApiServer::clearScript()
{
    m_queues.clear();
    m_defaults.clear();
}

QList<FakeRequest> FakeApiServer::requests(const QString &path) const
{
    QList<FakeRequest> out;
    for (const FakeRequest &r : m_requests) {
        if (r.path == path)
            out.append(r);
    }
    return out;
}

int FakeApiServer::requestCount(const QString &path) const
{
    return static_cast<int>(requests(path).size());
}

int FakeApiServer::openConnections() const
{
    return static_cast<int>(m_connections.size());
}

void FakeApiServer::onNewConnection()
{
    while (QTcpSocket *socket = m_server->nextPendingConnection()) {
        // TCP_NODELAY, as streaming servers set it: with Nagle's algorithm a small write (a stream's
        // last event, the terminating chunk) waits for the ACK of the previous one, which the
        // client delays by up to 40 ms, so a stream's end came 0 or ~45 ms late at random.
        socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
        auto *c = new FakeApiConnection(this, socket, m_nextConnectionId++);
        m_connections.append(c);
    }
}

void FakeApiServer::dispatch(FakeApiConnection *connection, FakeRequest request, bool keepAlive)
{
    request.connectionId = connection->id();
    request.index = static_cast<int>(m_requests.size());
    m_requests.append(request);
    qCDebug(lcNet).noquote() << "fake server:" << request.method << request.path << "#" << request.index << "connection"
                             << request.connectionId;

    FakeResponse script;
    auto queue = m_queues.find(request.path);
    if (queue != m_queues.end() && !queue->isEmpty())
        script = queue->takeFirst();
    else
        script = m_defaults.value(request.path, FakeResponse::handler());

    SendPlan plan;
    plan.keepAlive = keepAlive;
    switch (script.source) {
    case FakeResponse::Source::DropConnection:
        plan.drop = true;
        break;
    case FakeResponse::Source::Huge: {
        plan.reply.status = 200;
        plan.reply.setHeader("Content-Type", "application/json");
        const QByteArray block(kHugeBlock, 'x');
        plan.reply.segments.append("{\"filler\":\"");
        for (qint64 left = script.hugeBytes; left > 0; left -= kHugeBlock)
            plan.reply.segments.append(left >= kHugeBlock ? block : block.left(left));
        plan.reply.segments.append("\"}");
        break;
    }
    case FakeResponse::Source::Fixed:
        plan.reply.status = script.status;
        if (!script.contentType.isEmpty())
            plan.reply.setHeader("Content-Type", script.contentType);
        if (script.asEventStream) {
            plan.reply.eventStream = true;
            qsizetype from = 0;
            while (from < script.body.size()) {
                const qsizetype end = script.body.indexOf("\n\n", from);
                const qsizetype stop = end < 0 ? script.body.size() : end + 2;
                plan.reply.segments.append(script.body.mid(from, stop - from));
                from = stop;
            }
        } else {
            plan.reply.segments.append(script.body);
        }
        break;
    case FakeResponse::Source::Handler:
        if (request.method == "CONNECT")
            // Clients send CONNECT when told this server is their proxy; it is not one.
            plan.reply = FakeReply::json(502, R"({"statusCode":502,"message":"Bad Gateway: not a proxy"})");
        else if (FakeRunYour::handles(request.path))
            plan.reply = FakeRunYour::handle(request, m_config, m_counters);
        else if (FakeSaju::handles(request.path))
            plan.reply = FakeSaju::handle(request, m_config, m_counters);
        else
            plan.reply = FakeReply::json(404, R"({"statusCode":404,"message":"Not Found"})");
        break;
    }
    for (const auto &h : script.headers)
        plan.reply.setHeader(h.first, h.second);
    plan.delayBeforeHeadersMs = script.delayBeforeHeadersMs;
    plan.dripBytes = script.dripBytes;
    plan.dripIntervalMs = script.dripIntervalMs;
    plan.eventDelayMs = script.eventDelayMs >= 0 ? script.eventDelayMs : m_config.eventDelayMs;
    plan.eventsPerDelay = qMax(1, m_config.eventsPerDelay);
    plan.closeAfter = script.closeAfterEvents;
    plan.stallAfter = script.stallAfterEvents;
    plan.silenceAfterHeadersMs = script.silenceAfterHeadersMs;
    plan.keepAliveEveryMs = script.keepAliveEveryMs;
    plan.framing = m_config.streamFraming;
    if (plan.reply.eventStream && plan.framing == FakeApiConfig::StreamFraming::CloseDelimited)
        plan.keepAlive = false;
    // Redirects close the connection: with a kept-alive connection Qt 6.4 sometimes re-sends the
    // original request on it while following the redirect and then mixes both bodies.
    if (plan.closeAfter >= 0 || plan.stallAfter >= 0 || (plan.reply.status >= 300 && plan.reply.status < 400)
        || request.method == "CONNECT")
        plan.keepAlive = false;

    QPointer<FakeApiConnection> guard(connection);
    emit requestReceived(request);
    if (guard)
        connection->send(std::move(plan));
}

} // namespace sajudesk
