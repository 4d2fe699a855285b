// SPDX-License-Identifier: GPL-3.0-or-later
#include "demo/FakeResponse.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QJsonObject>

namespace sajudesk {

FakeResponse FakeResponse::fixed(int status, const QByteArray &body, const QByteArray &contentType)
{
    FakeResponse r;
    r.source = Source::Fixed;
    r.status = status;
    r.body = body;
    r.contentType = contentType;
    return r;
}

FakeResponse FakeResponse::sajuError(int status, const QString &code, int retryAfterSeconds, const QString &message)
{
    QJsonObject error{
        {QStringLiteral("code"), code},
        {QStringLiteral("message"), message.isEmpty() ? QStringLiteral("Scripted error: %1").arg(code) : message}};
    if (retryAfterSeconds >= 0)
        error.insert(QStringLiteral("retryAfter"), retryAfterSeconds);
    const QJsonObject body{{QStringLiteral("success"), false},
                           {QStringLiteral("error"), error},
                           {QStringLiteral("meta"),
                            QJsonObject{{QStringLiteral("requestId"), QStringLiteral("req_script%1").arg(status)}}}};
    return fixed(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

FakeResponse FakeResponse::runYourError(int status, const QString &message, const QString &path)
{
    const QJsonObject body{{QStringLiteral("statusCode"), status},
                           {QStringLiteral("timestamp"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)},
                           {QStringLiteral("path"), path.isEmpty() ? QStringLiteral("/v1/chat/completions") : path},
                           {QStringLiteral("message"), message}};
    return fixed(status, QJsonDocument(body).toJson(QJsonDocument::Compact));
}

FakeResponse FakeResponse::html502()
{
    return fixed(502,
                 "<html>\r\n<head><title>502 Bad Gateway</title></head>\r\n<body>\r\n"
                 "<center><h1>502 Bad Gateway</h1></center>\r\n<hr><center>nginx</center>\r\n</body>\r\n</html>\r\n",
                 "text/html");
}

FakeResponse FakeResponse::malformedJson()
{
    return fixed(200, R"({"success":true,"data":{"fortune":{"score":7)");
}

FakeResponse FakeResponse::huge(qint64 bytes)
{
    FakeResponse r;
    r.source = Source::Huge;
    r.hugeBytes = bytes;
    return r;
}

FakeResponse FakeResponse::redirect(const QByteArray &location, int status)
{
    FakeResponse r = fixed(status, {});
    r.headers.append(qMakePair(QByteArray("Location"), location));
    return r;
}

FakeResponse FakeResponse::dropConnection()
{
    FakeResponse r;
    r.source = Source::DropConnection;
    return r;
}

FakeResponse FakeResponse::sseText(const QByteArray &text)
{
    FakeResponse r = fixed(200, text, "text/event-stream; charset=utf-8");
    r.asEventStream = true;
    return r;
}

FakeResponse &FakeResponse::withHeader(const QByteArray &name, const QByteArray &value)
{
    headers.append(qMakePair(name, value));
    return *this;
}

FakeResponse &FakeResponse::withDelay(int ms)
{
    delayBeforeHeadersMs = ms;
    return *this;
}

FakeResponse &FakeResponse::withDrip(int bytes, int intervalMs)
{
    dripBytes = bytes;
    dripIntervalMs = intervalMs;
    return *this;
}

FakeResponse &FakeResponse::withEventDelay(int ms)
{
    eventDelayMs = ms;
    return *this;
}

FakeResponse &FakeResponse::closeAfter(int events)
{
    closeAfterEvents = events;
    return *this;
}

FakeResponse &FakeResponse::stallAfter(int events)
{
    stallAfterEvents = events;
    return *this;
}

FakeResponse &FakeResponse::withSilenceAfterHeaders(int ms, int keepAliveEvery)
{
    silenceAfterHeadersMs = ms;
    keepAliveEveryMs = keepAliveEvery;
    return *this;
}

} // namespace sajudesk
