// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/HttpHeaders.h"

#include <QByteArray>
#include <QString>

namespace sajudesk {

/// One scripted answer for FakeApiServer::enqueue() / setDefaultResponse(): either the normal
/// handler's answer with faults applied, a fixed status + body, or a transport fault. Usage:
///   server.enqueue("/api/daily-fortune", FakeResponse::sajuError(429, "rate_limited", 1).withHeader("Retry-After",
///   "1")); server.enqueue("/v1/chat/completions", FakeResponse::handler().closeAfter(3));   // drop after 3 SSE events
class FakeResponse
{
public:
    enum class Source {
        Handler,        ///< what the API would normally answer (faults below still apply)
        Fixed,          ///< status + body as given
        Huge,           ///< 200 with `hugeBytes` of JSON-looking filler
        DropConnection, ///< close the connection without answering
    };

    Source source = Source::Handler;
    int status = 200;
    QByteArray body;
    QByteArray contentType = "application/json; charset=utf-8";
    bool asEventStream = false; ///< Fixed body sent chunked as one SSE segment per "\n\n" event
    RawHeaderList headers;      ///< added to (or replacing) the generated headers
    qint64 hugeBytes = 0;
    int delayBeforeHeadersMs = 0;
    int dripBytes = 0;             ///< > 0: send the body in pieces of this many bytes …
    int dripIntervalMs = 0;        ///< … this far apart
    int eventDelayMs = -1;         ///< pause between SSE events; -1 = server config
    int closeAfterEvents = -1;     ///< close the connection after this many body segments (SSE events)
    int stallAfterEvents = -1;     ///< stop sending after this many segments but keep the socket open
    int silenceAfterHeadersMs = 0; ///< send the headers, then nothing for this long (a model thinking)
    int keepAliveEveryMs = 0;      ///< during that silence, an SSE comment ": keep-alive" this often

    static FakeResponse handler() { return {}; }
    static FakeResponse fixed(int status, const QByteArray &body,
                              const QByteArray &contentType = "application/json; charset=utf-8");
    /// Saju error envelope {success:false,error:{code,message[,retryAfter]},meta:{requestId}}.
    static FakeResponse sajuError(int status, const QString &code, int retryAfterSeconds = -1,
                                  const QString &message = {});
    /// RunYour (NestJS) error body {statusCode,timestamp,path,message}.
    static FakeResponse runYourError(int status, const QString &message, const QString &path = {});
    /// A proxy's HTML error page with status 502.
    static FakeResponse html502();
    /// 200 with a JSON body cut in the middle.
    static FakeResponse malformedJson();
    static FakeResponse huge(qint64 bytes);
    /// 3xx with a Location header.
    static FakeResponse redirect(const QByteArray &location, int status = 302);
    static FakeResponse dropConnection();
    /// A 200 event stream made of the given raw SSE text (clear `contentType` to send none).
    static FakeResponse sseText(const QByteArray &text);

    FakeResponse &withHeader(const QByteArray &name, const QByteArray &value);
    FakeResponse &withDelay(int ms);
    FakeResponse &withDrip(int bytes, int intervalMs);
    FakeResponse &withEventDelay(int ms);
    FakeResponse &closeAfter(int events);
    FakeResponse &stallAfter(int events);
    /// Headers at once, then `ms` without a byte (or only ": keep-alive" comments every
    /// `keepAliveEveryMs`), then the body: how a reasoning model behind a gateway answers.
    FakeResponse &withSilenceAfterHeaders(int ms, int keepAliveEveryMs = 0);
};

} // namespace sajudesk
