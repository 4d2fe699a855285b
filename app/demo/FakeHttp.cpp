// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/FakeHttp.h"

#include <QUrlQuery>

namespace sajudesk {

namespace {

bool isToken(QByteArrayView s)
{
    if (s.isEmpty())
        return false;
    for (char c : s) {
        const bool ok = (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9')
                        || QByteArrayView("!#$%&'*+-.^_`|~").contains(c);
        if (!ok)
            return false;
    }
    return true;
}

FakeRequestParser::Result error(int status, const char *message)
{
    FakeRequestParser::Result r;
    r.status = FakeRequestParser::Status::Error;
    r.errorStatus = status;
    r.errorMessage = message;
    r.keepAlive = false;
    return r;
}

} // namespace

QString FakeRequest::queryValue(const QString &key) const
{
    return QUrlQuery(query).queryItemValue(key, QUrl::FullyDecoded);
}

FakeReply FakeReply::json(int status, const QByteArray &body)
{
    FakeReply r;
    r.status = status;
    r.setHeader("Content-Type", "application/json; charset=utf-8");
    r.segments.append(body);
    return r;
}

FakeReply FakeReply::sse(const QByteArrayList &events)
{
    FakeReply r;
    r.status = 200;
    r.eventStream = true;
    r.setHeader("Content-Type", "text/event-stream; charset=utf-8");
    r.setHeader("Cache-Control", "no-cache");
    r.segments = events;
    return r;
}

void FakeReply::setHeader(const QByteArray &name, const QByteArray &value)
{
    for (auto &h : headers) {
        if (h.first.compare(name, Qt::CaseInsensitive) == 0) {
            h.second = value;
            return;
        }
    }
    headers.append({name, value});
}

FakeRequestParser::Result FakeRequestParser::next()
{
    // Tolerate bare-LF line ends (RFC 9112 §2.2 allows recipients to).
    qsizetype headerEnd = m_buffer.indexOf("\r\n\r\n");
    qsizetype sepLen = 4;
    const qsizetype lfEnd = m_buffer.indexOf("\n\n");
    if (lfEnd >= 0 && (headerEnd < 0 || lfEnd < headerEnd)) {
        headerEnd = lfEnd;
        sepLen = 2;
    }
    if (headerEnd < 0) {
        if (m_buffer.size() > MaxHeaderBytes)
            return error(431, "Request header fields too large");
        return {};
    }
    if (headerEnd > MaxHeaderBytes)
        return error(431, "Request header fields too large");

    const QByteArray head = m_buffer.left(headerEnd);
    QList<QByteArray> lines = head.split('\n');
    for (QByteArray &l : lines) {
        if (l.endsWith('\r'))
            l.chop(1);
    }
    // Robustness: ignore empty lines before the request line (RFC 9112 §2.2).
    while (!lines.isEmpty() && lines.first().isEmpty())
        lines.removeFirst();
    if (lines.isEmpty())
        return error(400, "Empty request");
    const QList<QByteArray> requestLine = lines.first().split(' ');
    // CONNECT carries an authority ("host:443") instead of a path: clients send it when the
    // server is configured as their proxy; it is recorded under that authority as its path.
    const bool connectForm = requestLine.size() == 3 && requestLine[0] == "CONNECT" && !requestLine[1].isEmpty();
    if (requestLine.size() != 3 || !isToken(requestLine[0]) || (!requestLine[1].startsWith('/') && !connectForm)
        || (requestLine[2] != "HTTP/1.1" && requestLine[2] != "HTTP/1.0"))
        return error(400, "Malformed request line");

    Result r;
    r.request.method = requestLine[0];
    const QByteArray target = requestLine[1];
    const qsizetype q = target.indexOf('?');
    r.request.path = QString::fromUtf8(QByteArray::fromPercentEncoding(q < 0 ? target : target.left(q)));
    r.request.query = q < 0 ? QString() : QString::fromUtf8(target.mid(q + 1));
    qint64 contentLength = -1;
    bool keepAlive = requestLine[2] == "HTTP/1.1";
    for (qsizetype i = 1; i < lines.size(); ++i) {
        const QByteArray &line = lines[i];
        const qsizetype colon = line.indexOf(':');
        if (colon <= 0 || !isToken(QByteArrayView(line).first(colon)))
            return error(400, "Malformed header line");
        const QByteArray name = line.left(colon);
        const QByteArray value = line.mid(colon + 1).trimmed();
        r.request.headers.append({name, value});
        if (name.compare("Content-Length", Qt::CaseInsensitive) == 0) {
            bool ok = false;
            const qint64 n = value.toLongLong(&ok);
            if (!ok || n < 0 || (contentLength >= 0 && contentLength != n))
                return error(400, "Bad Content-Length");
            contentLength = n;
        } else if (name.compare("Transfer-Encoding", Qt::CaseInsensitive) == 0) {
            return error(501, "Chunked request bodies are not supported");
        } else if (name.compare("Connection", Qt::CaseInsensitive) == 0) {
            const QByteArray v = value.toLower();
            if (v.contains("close"))
                keepAlive = false;
            else if (v.contains("keep-alive"))
                keepAlive = true;
        }
    }
    if (contentLength > m_maxBodyBytes)
        return error(413, "Payload too large");
    const qint64 body = qMax<qint64>(0, contentLength);
    if (m_buffer.size() < headerEnd + sepLen + body)
        return {};
    r.request.body = m_buffer.mid(headerEnd + sepLen, body);
    m_buffer.remove(0, headerEnd + sepLen + body);
    r.keepAlive = keepAlive;
    r.status = Status::Request;
    return r;
}

QByteArray reasonPhrase(int status)
{
    switch (status) {
    case 200:
        return "OK";
    case 201:
        return "Created";
    case 204:
        return "No Content";
    case 301:
        return "Moved Permanently";
    case 302:
        return "Found";
    case 307:
        return "Temporary Redirect";
    case 400:
        return "Bad Request";
    case 401:
        return "Unauthorized";
    case 402:
        return "Payment Required";
    case 403:
        return "Forbidden";
    case 404:
        return "Not Found";
    case 413:
        return "Payload Too Large";
    case 429:
        return "Too Many Requests";
    case 431:
        return "Request Header Fields Too Large";
    case 500:
        return "Internal Server Error";
    case 501:
        return "Not Implemented";
    case 502:
        return "Bad Gateway";
    case 503:
        return "Service Unavailable";
    case 504:
        return "Gateway Timeout";
    default:
        break;
    }
    return "Status";
}

} // namespace sajudesk
