// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/HttpHeaders.h"

#include <QByteArray>
#include <QByteArrayList>
#include <QMetaType>
#include <QString>

namespace sajudesk {

/// One request as FakeApiServer received it (kept so tests can assert what the client sent).
struct FakeRequest
{
    QByteArray method;
    QString path;  ///< without the query
    QString query; ///< without '?'
    RawHeaderList headers;
    QByteArray body;
    int connectionId = 0;
    int index = 0; ///< 0-based position among all requests the server received

    QByteArray header(QByteArrayView name) const { return HttpHeaders::value(headers, name); }
    QString queryValue(const QString &key) const;
};

/// A generated answer before faults are applied: status line, headers and the body as segments.
/// For an event stream every segment is one complete SSE event and the body goes out chunked.
struct FakeReply
{
    int status = 200;
    RawHeaderList headers; ///< includes Content-Type; Content-Length / Transfer-Encoding are added on send
    QByteArrayList segments;
    bool eventStream = false;

    static FakeReply json(int status, const QByteArray &body);
    static FakeReply sse(const QByteArrayList &events);
    void setHeader(const QByteArray &name, const QByteArray &value);
};

/// Incremental HTTP/1.1 request parser for the fake server. Feed bytes as they arrive; it
/// returns requests in order (pipelining works) or a protocol error to answer with.
class FakeRequestParser
{
public:
    enum class Status { NeedMore, Request, Error };
    struct Result
    {
        Status status = Status::NeedMore;
        FakeRequest request;
        bool keepAlive = true;
        int errorStatus = 0; ///< 400, 413, 431, 501
        QByteArray errorMessage;
    };

    static constexpr qsizetype MaxHeaderBytes = 64 * 1024;

    explicit FakeRequestParser(qint64 maxBodyBytes)
        : m_maxBodyBytes(maxBodyBytes)
    {}
    void append(const QByteArray &bytes) { m_buffer += bytes; }
    /// Takes the next complete request out of the buffer, if there is one.
    Result next();
    qsizetype buffered() const { return m_buffer.size(); }

private:
    QByteArray m_buffer;
    qint64 m_maxBodyBytes;
};

/// Reason phrase for the status line.
QByteArray reasonPhrase(int status);

} // namespace sajudesk

Q_DECLARE_METATYPE(sajudesk::FakeRequest)
