// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/FakeApiConnection.h"

#include "core/Logging.h"
#include "demo/FakeApiServer.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLocale>

namespace sajudesk {

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
    m_silence.invalidate();
    m_nextKeepAliveMs = m_plan.keepAliveEveryMs;
    m_segment = 0;
    m_offset = 0;
    m_batchLeft = qMax(1, m_plan.eventsPerDelay);
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
    // The silence starts before the write: flushing may emit bytesWritten, which pumps at once.
    if (m_plan.silenceAfterHeadersMs > 0)
        m_silence.start();
    m_headWritten = true;
    m_socket->write(head);
    m_socket->flush();
    pump();
}

void FakeApiConnection::pump()
{
    // A pause is running: flush() inside writeHead() or pause() emits bytesWritten, whose pump
    // may already have started the next pause.
    if (m_timer->isActive())
        return;
    if (m_state == State::Responding && m_silence.isValid()) {
        // The scripted silence after the headers: nothing, or only keep-alive comments.
        const qint64 left = m_plan.silenceAfterHeadersMs - m_silence.elapsed();
        if (left > 0) {
            if (m_plan.keepAliveEveryMs > 0 && m_silence.elapsed() >= m_nextKeepAliveMs) {
                writeBody(": keep-alive\n\n");
                m_socket->flush();
                m_nextKeepAliveMs += m_plan.keepAliveEveryMs;
            }
            const qint64 untilKeepAlive =
                m_plan.keepAliveEveryMs > 0 ? qMax<qint64>(1, m_nextKeepAliveMs - m_silence.elapsed()) : left;
            m_timer->start(int(qMin(left, untilKeepAlive)));
            return;
        }
        m_silence.invalidate();
    }
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
            pause(qMax(0, m_plan.dripIntervalMs));
            return;
        }
        if (m_plan.framing == FakeApiConfig::StreamFraming::Coalesced && m_plan.reply.eventStream) {
            // Unpaced, every event is ready at once; paced, a batch of eventsPerDelay is, and goes
            // out in as few chunks as the coalescing limit allows before the pause.
            const bool paced = m_plan.eventDelayMs > 0;
            const qsizetype before = m_segment;
            writeBody(takeReadyEvents(paced ? m_batchLeft : m_plan.reply.segments.size()));
            if (paced) {
                m_batchLeft -= m_segment - before;
                if (m_batchLeft <= 0 && m_segment < m_plan.reply.segments.size()) {
                    m_batchLeft = qMax(1, m_plan.eventsPerDelay);
                    pause(m_plan.eventDelayMs);
                    return;
                }
            }
            continue;
        }
        writeBody(segment);
        ++m_segment;
        if (m_plan.eventDelayMs > 0 && m_plan.reply.eventStream && m_segment < m_plan.reply.segments.size()
            && m_segment % m_plan.eventsPerDelay == 0) {
            pause(m_plan.eventDelayMs);
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

} // namespace sajudesk
