// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"
#include "net/HttpHeaders.h"
#include "net/NetworkSettings.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QList>
#include <QObject>
#include <QPointer>
#include <QString>
#include <QUrl>

class QNetworkAccessManager;
class QNetworkReply;
class QTimer;

namespace sajudesk {

/// Everything needed to send one request. Timeouts of -1 use the client's NetworkSettings.
struct HttpRequestSpec
{
    ApiError::Service service = ApiError::Service::Local;
    QByteArray method = "GET";
    QUrl baseUrl;          ///< e.g. https://api.runyour.ai/v1 (a path in it is kept)
    QString endpoint;      ///< path appended to baseUrl, e.g. "/chat/completions"; also ApiError::endpoint
    RawHeaderList headers; ///< extra headers; auth values are never logged
    QByteArray body;
    QByteArray contentType = "application/json";
    /// Expect text/event-stream: the first-event wait, then the inactivity timeout, instead of the
    /// total timeout. A 2xx answer without any Content-Type is read as a stream too (the OpenAI
    /// SDKs do); one with another content type is buffered and judged whole.
    bool streaming = false;
    /// Streams only: a clean close without the client calling ApiCall::markStreamComplete() is an
    /// incomplete answer. Turn off for streams that have no end marker.
    bool requireStreamEndMarker = true;
    qint64 connectTimeoutMs = -1;
    qint64 totalTimeoutMs = -1;
    qint64 inactivityTimeoutMs = -1;
    qint64 firstEventTimeoutMs = -1; ///< streams: until ApiCall reports the first `data:` event
    qint64 maxBodyBytes = -1;
    /// Set by the service config when its base URL came from an unusable option, variable or
    /// setting (translated, names the source). The request is then refused without being sent.
    QString urlProblem;

    /// baseUrl + endpoint (slashes joined once).
    QUrl url() const;

    static HttpRequestSpec get(ApiError::Service service, const QUrl &baseUrl, const QString &endpoint);
    static HttpRequestSpec postJson(ApiError::Service service, const QUrl &baseUrl, const QString &endpoint,
                                    const QByteArray &jsonBody, bool streaming = false);
};

/// X-RateLimit-* headers (Saju sends them on every reply); -1 when absent.
struct RateLimitInfo
{
    qint64 limit = -1;
    qint64 remaining = -1;
    qint64 resetEpochSeconds = -1;
    bool isValid() const { return limit >= 0 || remaining >= 0 || resetEpochSeconds >= 0; }
    static RateLimitInfo fromHeaders(const RawHeaderList &headers);
};

/// What the server said before the body: status, headers and the bits clients show.
struct HttpResponseInfo
{
    int status = 0;
    RawHeaderList headers;
    QByteArray contentType; ///< lower-cased media type without parameters
    QString requestId;      ///< X-Request-Id header if any (Saju puts its id in meta.requestId)
    RateLimitInfo rateLimit;
    qint64 elapsedMs = 0; ///< since the attempt started, when these headers arrived
    int attempt = 1;

    /// A 2xx answer to a streaming request that is handed on as an event stream (dataReceived).
    bool streamBody = false;

    bool isSuccess() const { return status >= 200 && status < 300; }
    bool isEventStream() const { return contentType == "text/event-stream"; }
    QByteArray header(QByteArrayView name) const { return HttpHeaders::value(headers, name); }
};

/// The end of one attempt: either a usable 2xx answer or an ApiError (HTTP, network, timeout).
struct HttpResult
{
    HttpResponseInfo info;
    QByteArray body; ///< whole body (non-streaming, or a non-SSE answer to a streaming request)
    ApiError error;  ///< kind None on success
    bool ok() const { return !error.isError(); }
};

/// One HTTP attempt, no retries (ApiCall adds those). Created by HttpClient::send(); emits
/// headersReceived once, then (streams with a 2xx text/event-stream answer only) dataReceived for
/// every slice as it arrives (at most 64 KiB, one slice per event-loop turn, so memory stays
/// flat), then finished exactly once — unless abort() was called, after which it emits nothing
/// at all. Deletes itself after finished / abort.
///
/// Streams have two clocks: from sending until the reader calls noteStreamEvent() (the first
/// `data:` event) only the first-event wait runs, and bytes that carry no event (keep-alive
/// comments) do not end it — a reasoning model may think for minutes. After it, any byte
/// restarts the inactivity timeout.
///
/// Before sending, a request is refused (finished with kind Input, nothing sent) when its URL is
/// unusable or when it carries an API key (Authorization / X-API-Key) over plain http:// to a
/// host that is not this computer, unless NetworkSettings::allowInsecureHttp is set.
class HttpExchange : public QObject
{
    Q_OBJECT
public:
    ~HttpExchange() override;

    const HttpRequestSpec &spec() const { return m_spec; }
    /// Aborts the transfer silently: no signal is emitted after this call returns.
    void abort();
    bool isDone() const { return m_done; }
    /// True once dataReceived was emitted at least once.
    bool deliveredStreamData() const { return m_streamedBytes > 0; }
    /// The stream's reader saw its first `data:` event: switch from the first-event wait to the
    /// inactivity timeout. Idempotent.
    void noteStreamEvent();

signals:
    void headersReceived(const sajudesk::HttpResponseInfo &info);
    void dataReceived(const QByteArray &chunk);
    void finished(const sajudesk::HttpResult &result);

private:
    friend class HttpClient;
    HttpExchange(QNetworkAccessManager *nam, const HttpRequestSpec &spec, const NetworkSettings &defaults,
                 QObject *parent);
    void start(int attempt);
    void onMetaData();
    void onReadyRead();
    void readStreamSlice();
    void onFinished();
    void onTimeout(const char *which);
    void finish(HttpResult result);
    void releaseReply();
    void armDeadline();
    /// Non-empty when the request must not be sent (bad URL, key over plain http).
    ApiError preflightError() const;
    bool viaHttpsProxyTunnel() const;
    QString safeUrl() const;

    QNetworkAccessManager *m_nam;
    HttpRequestSpec m_spec;
    qint64 m_connectTimeoutMs;
    qint64 m_totalTimeoutMs;
    qint64 m_inactivityTimeoutMs;
    qint64 m_firstEventTimeoutMs;
    qint64 m_maxBodyBytes;
    bool m_allowInsecureHttp;
    QNetworkReply *m_reply = nullptr;
    QTimer *m_connectTimer;
    QTimer *m_deadlineTimer; ///< total (non-streaming), first event or inactivity (streaming)
    QElapsedTimer m_clock;
    HttpResponseInfo m_info;
    QByteArray m_body;
    qint64 m_streamedBytes = 0;
    bool m_headersSeen = false;
    bool m_passThrough = false;     ///< 2xx event stream: bytes go out through dataReceived
    bool m_sliceQueued = false;     ///< a stream slice read is posted to the event loop
    bool m_sawStreamEvent = false;  ///< noteStreamEvent() was called: inactivity clock
    bool m_firstEventClock = false; ///< the deadline timer runs the first-event wait
    bool m_done = false;
};

/// The app's one HTTP front: wraps an injected QNetworkAccessManager (not owned) and starts
/// HttpExchange attempts with the configured proxy and timeouts. Never ignores TLS errors, never
/// follows a redirect to another origin, never logs header values or query strings.
/// Usage: HttpClient client(&nam); client.setSettings(NetworkSettings::load(settings));
///        then run requests through ApiCall (retries) or send() (one attempt).
class HttpClient : public QObject
{
    Q_OBJECT
public:
    explicit HttpClient(QNetworkAccessManager *nam, QObject *parent = nullptr);
    ~HttpClient() override;
    Q_DISABLE_COPY(HttpClient)

    QNetworkAccessManager *networkAccessManager() const { return m_nam; }
    const NetworkSettings &settings() const { return m_settings; }
    /// Stores the defaults and applies the proxy to the network access manager.
    void setSettings(const NetworkSettings &settings);

    /// Starts one attempt now. The exchange is parented to `parent` (or the client) and deletes
    /// itself when done; keep a QPointer if you hold on to it.
    HttpExchange *send(const HttpRequestSpec &spec, int attempt = 1, QObject *parent = nullptr);

    /// Aborts every exchange still running (they emit nothing more). Also done by the destructor.
    void abortAll();

private:
    QNetworkAccessManager *m_nam;
    NetworkSettings m_settings;
    QList<QPointer<HttpExchange>> m_live;
};

} // namespace sajudesk

Q_DECLARE_METATYPE(sajudesk::HttpResponseInfo)
Q_DECLARE_METATYPE(sajudesk::HttpResult)
