// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/FakeApiServer.h"

#include "core/Logging.h"
#include "demo/FakeRunYour.h"
#include "demo/FakeSaju.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QTimer>

namespace sajudesk {

namespace {

// Keep at most this much queued in the socket so a 20,000-event stream or a huge body is
// produced as the client reads it, not all at once.
constexpr qint64 kWriteHighWater = 256 * 1024;
constexpr int kHugeBlock = 64 * 1024;
// Coalesced framing: one HTTP chunk carries the events ready together, up to a typical server
// output buffer (also the TLS record size).
constexpr qsizetype kCoalesceBytes = 16 * 1024;

/// How to send one reply: the reply plus the faults to apply while sending it.
struct SendPlan
{
    FakeReply reply;
    bool drop = false;
    bool keepAlive = true;
    int delayBeforeHeadersMs = 0;
    int dripBytes = 0;
    int dripIntervalMs = 0;
    int eventDelayMs = 0;
    int closeAfter = -1;
    int stallAfter = -1;
    FakeApiConfig::StreamFraming framing = FakeApiConfig::StreamFraming::ChunkPerEvent;

    bool chunked() const { return reply.eventStream && framing != FakeApiConfig::StreamFraming::CloseDelimited; }
};

} // namespace

/// One accepted socket: parses requests, sends planned replies with their faults.
class FakeApiConnection : public QObject
{
public:
    FakeApiConnection(FakeApiServer *server, QTcpSocket *socket, int id)
        : QObject(server)
        , m_server(server)
        , m_socket(socket)
        , m_parser(server->config().maxRequestBodyBytes)
        , m_timer(new QTimer(this))
        , m_id(id)
    {
        m_socket->setParent(this);
        m_timer->setSingleShot(true);
        connect(m_timer, &QTimer::timeout, this, [this] { m_headWritten ? pump() : writeHead(); });
        connect(m_socket, &QTcpSocket::readyRead, this, &FakeApiConnection::onReadyRead);
        connect(m_socket, &QTcpSocket::bytesWritten, this, [this] {
            if (m_state == State::Responding && m_headWritten && !m_timer->isActive())
                pump();
        });
        connect(m_socket, &QTcpSocket::disconnected, this, &FakeApiConnection::onDisconnected);
    }

    int id() const { return m_id; }
    void send(SendPlan plan);
    void abort()
    {
        m_state = State::Closed;
        m_timer->stop();
        m_socket->abort();
    }

private:
    enum class State { Reading, Responding, Stalled, Closed };

    void onReadyRead()
    {
        m_parser.append(m_socket->readAll());
        if (m_state == State::Reading)
            processNext();
    }
    void processNext();
    void writeHead();
    void pump();
    void finishResponse();
    /// Joins the events from m_segment on that go out together (up to kCoalesceBytes, never past
    /// a scripted close or stall) and advances m_segment past them.
    QByteArray takeReadyEvents()
    {
        const QByteArrayList &segments = m_plan.reply.segments;
        qsizetype end = segments.size();
        if (m_plan.closeAfter >= 0)
            end = qMin<qsizetype>(end, m_plan.closeAfter);
        if (m_plan.stallAfter >= 0)
            end = qMin<qsizetype>(end, m_plan.stallAfter);
        QByteArray out = segments.at(m_segment++);
        while (m_segment < end && out.size() + segments.at(m_segment).size() <= kCoalesceBytes)
            out += segments.at(m_segment++);
        return out;
    }
    void writeBody(const QByteArray &bytes)
    {
        if (bytes.isEmpty())
            return;
        if (m_plan.chunked())
            m_socket->write(QByteArray::number(bytes.size(), 16) + "\r\n" + bytes + "\r\n");
        else
            m_socket->write(bytes);
    }
    void closeGracefully()
    {
        m_state = State::Closed;
        m_timer->stop();
        m_socket->disconnectFromHost();
    }
    void onDisconnected()
    {
        m_state = State::Closed;
        m_timer->stop();
        m_server->m_connections.removeAll(this);
        deleteLater();
    }

    FakeApiServer *m_server;
    QTcpSocket *m_socket;
    FakeRequestParser m_parser;
    QTimer *m_timer;
    int m_id;
    State m_state = State::Reading;
    SendPlan m_plan;
    bool m_headWritten = false;
    qsizetype m_segment = 0;
    qsizetype m_offset = 0;
};

void FakeApiConnection::processNext()
{
    while (m_state == State::Reading) {
        FakeRequestParser::Result r = m_parser.next();
        if (r.status == FakeRequestParser::Status::NeedMore)
            return;
        if (r.status == FakeRequestParser::Status::Error) {
            const QByteArray body =
                QJsonDocument(QJsonObject{{QStringLiteral("statusCode"), r.errorStatus},
                                          {QStringLiteral("message"), QString::fromUtf8(r.errorMessage)}})
                    .toJson(QJsonDocument::Compact);
            qCDebug(lcNet) << "fake server: bad request on connection" << m_id << r.errorStatus << r.errorMessage;
            SendPlan plan;
            plan.reply = FakeReply::json(r.errorStatus, body);
            plan.keepAlive = false;
            send(plan);
            return;
        }
        m_server->dispatch(this, r.request, r.keepAlive);
    }
}

void FakeApiConnection::send(SendPlan plan)
{
    if (m_state == State::Closed)
        return;
    m_plan = std::move(plan);
    m_state = State::Responding;
    m_headWritten = false;
    m_segment = 0;
    m_offset = 0;
    if (m_plan.drop) {
        closeGracefully();
        return;
    }
    if (m_plan.delayBeforeHeadersMs > 0)
        m_timer->start(m_plan.delayBeforeHeadersMs);
    else
        writeHead();
}

void FakeApiConnection::writeHead()
{
    if (m_state != State::Responding)
        return;
    const FakeReply &r = m_plan.reply;
    QByteArray head = "HTTP/1.1 " + QByteArray::number(r.status) + ' ' + reasonPhrase(r.status) + "\r\n";
    head += "Server: SajuDesk-FakeApi\r\n";
    head += "Date: "
            + QLocale::c()
                  .toString(QDateTime::currentDateTimeUtc(), QStringLiteral("ddd, dd MMM yyyy hh:mm:ss 'GMT'"))
                  .toLatin1()
            + "\r\n";
    for (const auto &h : r.headers)
        head += h.first + ": " + h.second + "\r\n";
    if (m_plan.chunked()) {
        head += "Transfer-Encoding: chunked\r\n";
    } else if (r.eventStream) {
        // Close-delimited: the body ends when the connection does.
    } else {
        qint64 length = 0;
        for (const QByteArray &s : r.segments)
            length += s.size();
        head += "Content-Length: " + QByteArray::number(length) + "\r\n";
    }
    head += m_plan.keepAlive ? "Connection: keep-alive\r\n\r\n" : "Connection: close\r\n\r\n";
    m_socket->write(head);
    m_headWritten = true;
    pump();
}

void FakeApiConnection::pump()
{
    while (m_state == State::Responding) {
        if (m_plan.closeAfter >= 0 && m_segment >= m_plan.closeAfter) {
            // Abrupt: for a chunked body the terminating chunk never comes.
            m_socket->flush();
            closeGracefully();
            return;
        }
        if (m_plan.stallAfter >= 0 && m_segment >= m_plan.stallAfter) {
            m_state = State::Stalled;
            return;
        }
        if (m_segment >= m_plan.reply.segments.size()) {
            finishResponse();
            return;
        }
        if (m_socket->bytesToWrite() > kWriteHighWater)
            return; // bytesWritten resumes us
        const QByteArray &segment = m_plan.reply.segments.at(m_segment);
        if (m_plan.dripBytes > 0) {
            writeBody(segment.mid(m_offset, m_plan.dripBytes));
            m_offset += m_plan.dripBytes;
            if (m_offset >= segment.size()) {
                ++m_segment;
                m_offset = 0;
            }
            m_socket->flush();
            m_timer->start(qMax(0, m_plan.dripIntervalMs));
            return;
        }
        if (m_plan.framing == FakeApiConfig::StreamFraming::Coalesced && m_plan.reply.eventStream
            && m_plan.eventDelayMs <= 0) {
            writeBody(takeReadyEvents());
            continue;
        }
        writeBody(segment);
        ++m_segment;
        if (m_plan.eventDelayMs > 0 && m_plan.reply.eventStream && m_segment < m_plan.reply.segments.size()) {
            m_socket->flush();
            m_timer->start(m_plan.eventDelayMs);
            return;
        }
    }
}

void FakeApiConnection::finishResponse()
{
    if (m_plan.chunked())
        m_socket->write("0\r\n\r\n");
    const bool keepAlive = m_plan.keepAlive;
    m_plan = SendPlan();
    if (!keepAlive || m_state != State::Responding) {
        closeGracefully();
        return;
    }
    m_state = State::Reading;
    // Pipelined requests may already be buffered.
    QTimer::singleShot(0, this, [this] {
        if (m_state == State::Reading)
            processNext();
    });
}

// ---------------------------------------------------------------------------------------------

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
        if (FakeRunYour::handles(request.path))
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
    plan.closeAfter = script.closeAfterEvents;
    plan.stallAfter = script.stallAfterEvents;
    plan.framing = m_config.streamFraming;
    if (plan.reply.eventStream && plan.framing == FakeApiConfig::StreamFraming::CloseDelimited)
        plan.keepAlive = false;
    // Redirects close the connection: with a kept-alive connection Qt 6.4 sometimes re-sends the
    // original request on it while following the redirect and then mixes both bodies.
    if (plan.closeAfter >= 0 || plan.stallAfter >= 0 || (plan.reply.status >= 300 && plan.reply.status < 400))
        plan.keepAlive = false;

    QPointer<FakeApiConnection> guard(connection);
    emit requestReceived(request);
    if (guard)
        connection->send(std::move(plan));
}

} // namespace sajudesk
