// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once
// Internal to FakeApiServer: one accepted socket and how a reply is sent on it.

#include "demo/FakeApiServer.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTcpSocket>
#include <QTimer>

namespace sajudesk {

// Keep at most this much queued in the socket so a 20,000-event stream or a huge body is
// produced as the client reads it, not all at once.
inline constexpr qint64 kWriteHighWater = 256 * 1024;
// Coalesced framing: one HTTP chunk carries the events ready together, up to a typical server
// output buffer (also the TLS record size).
inline constexpr qsizetype kCoalesceBytes = 16 * 1024;

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
    int eventsPerDelay = 1;
    int closeAfter = -1;
    int stallAfter = -1;
    int silenceAfterHeadersMs = 0;
    int keepAliveEveryMs = 0;
    FakeApiConfig::StreamFraming framing = FakeApiConfig::StreamFraming::ChunkPerEvent;

    bool chunked() const { return reply.eventStream && framing != FakeApiConfig::StreamFraming::CloseDelimited; }
};

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
    /// Joins the events from m_segment on that go out together (at most maxEvents, up to
    /// kCoalesceBytes, never past a scripted close or stall) and advances m_segment past them.
    QByteArray takeReadyEvents(qsizetype maxEvents)
    {
        const QByteArrayList &segments = m_plan.reply.segments;
        qsizetype end = qMin(segments.size(), m_segment + qMax<qsizetype>(1, maxEvents));
        if (m_plan.closeAfter >= 0)
            end = qMin<qsizetype>(end, m_plan.closeAfter);
        if (m_plan.stallAfter >= 0)
            end = qMin<qsizetype>(end, m_plan.stallAfter);
        QByteArray out = segments.at(m_segment++);
        while (m_segment < end && out.size() + segments.at(m_segment).size() <= kCoalesceBytes)
            out += segments.at(m_segment++);
        return out;
    }
    /// Sends what is written and waits `ms` before pumping again. The timer starts first: flush()
    /// emits bytesWritten at once, whose handler pumps whenever no timer is running, which would
    /// send the next batch without the pause.
    void pause(int ms)
    {
        m_timer->start(ms);
        m_socket->flush();
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
    QElapsedTimer m_silence; ///< runs during a scripted silence after the headers
    qint64 m_nextKeepAliveMs = 0;
    qsizetype m_segment = 0;
    qsizetype m_offset = 0;
    qsizetype m_batchLeft = 1; ///< paced coalesced framing: events still to send before the pause
};

} // namespace sajudesk
