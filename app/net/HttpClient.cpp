// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/HttpClient.h"

#include "core/BuildInfo.h"
#include "core/Logging.h"
#include "net/ApiErrorParser.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkReply>
#include <QNetworkRequest>
#include <QTimer>

namespace sajudesk {

namespace {

// Error bodies of a streaming request are small JSON documents; a stream endpoint that answers
// with something bigger is broken and must not make us buffer it.
constexpr qint64 kMaxErrorBodyBytes = 1024 * 1024;

// A stream is handed on in slices of at most this size, each in its own event-loop turn, so
// the consumer parses, shows and writes out one slice before the next is taken: memory stays
// flat however fast the server produces and however long the answer is.
constexpr qint64 kStreamSliceBytes = 64 * 1024;
// Bounds what Qt's network thread hands over ahead of our reading for a stream: with a read
// buffer size its HTTP delegate waits until we have read before it parses more off the socket.
// Unbounded, a fast server's whole answer lands in memory (40 MB at 200,000 chunks).
constexpr qint64 kStreamReadBufferBytes = 256 * 1024;

QByteArray mediaType(const QByteArray &contentType)
{
    const qsizetype semi = contentType.indexOf(';');
    return (semi < 0 ? contentType : contentType.left(semi)).trimmed().toLower();
}

qint64 headerNumber(const RawHeaderList &headers, QByteArrayView name)
{
    bool ok = false;
    const qint64 v = HttpHeaders::value(headers, name).toLongLong(&ok);
    return ok ? v : -1;
}

/// Qt reports HTTP error statuses as NetworkError values too (ContentNotFoundError for 404 …);
/// only the transport range means "no usable answer".
bool isTransportError(QNetworkReply::NetworkError e)
{
    const int v = static_cast<int>(e);
    if (e == QNetworkReply::NoError)
        return false;
    if (v >= 201 && v <= 499)
        return e == QNetworkReply::ProtocolFailure || e == QNetworkReply::ProtocolUnknownError;
    return true;
}

} // namespace

// ---------------------------------------------------------------------------------------------

QUrl HttpRequestSpec::url() const
{
    QUrl u = baseUrl;
    QString path = u.path();
    while (path.endsWith(QLatin1Char('/')))
        path.chop(1);
    // An endpoint may carry a query ("/x?format=b"); it must not end up percent-encoded in the path.
    const qsizetype q = endpoint.indexOf(QLatin1Char('?'));
    const QString endpointPath = q < 0 ? endpoint : endpoint.left(q);
    if (!endpointPath.isEmpty() && !endpointPath.startsWith(QLatin1Char('/')))
        path += QLatin1Char('/');
    u.setPath(path + endpointPath);
    if (q >= 0)
        u.setQuery(endpoint.mid(q + 1));
    return u;
}

HttpRequestSpec HttpRequestSpec::get(ApiError::Service service, const QUrl &baseUrl, const QString &endpoint)
{
    HttpRequestSpec s;
    s.service = service;
    s.method = "GET";
    s.baseUrl = baseUrl;
    s.endpoint = endpoint;
    s.contentType.clear();
    return s;
}

HttpRequestSpec HttpRequestSpec::postJson(ApiError::Service service, const QUrl &baseUrl, const QString &endpoint,
                                          const QByteArray &jsonBody, bool streaming)
{
    HttpRequestSpec s;
    s.service = service;
    s.method = "POST";
    s.baseUrl = baseUrl;
    s.endpoint = endpoint;
    s.body = jsonBody;
    s.streaming = streaming;
    return s;
}

RateLimitInfo RateLimitInfo::fromHeaders(const RawHeaderList &headers)
{
    RateLimitInfo r;
    r.limit = headerNumber(headers, "X-RateLimit-Limit");
    r.remaining = headerNumber(headers, "X-RateLimit-Remaining");
    r.resetEpochSeconds = headerNumber(headers, "X-RateLimit-Reset");
    return r;
}

// ---------------------------------------------------------------------------------------------

HttpExchange::HttpExchange(QNetworkAccessManager *nam, const HttpRequestSpec &spec, const NetworkSettings &defaults,
                           QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_spec(spec)
    , m_connectTimeoutMs(spec.connectTimeoutMs > 0 ? spec.connectTimeoutMs : defaults.connectTimeoutMs)
    , m_totalTimeoutMs(spec.totalTimeoutMs > 0 ? spec.totalTimeoutMs : defaults.totalTimeoutMs)
    , m_inactivityTimeoutMs(spec.inactivityTimeoutMs > 0 ? spec.inactivityTimeoutMs
                                                         : defaults.streamInactivityTimeoutMs)
    , m_maxBodyBytes(spec.maxBodyBytes > 0 ? spec.maxBodyBytes : defaults.maxBodyBytes)
    , m_connectTimer(new QTimer(this))
    , m_deadlineTimer(new QTimer(this))
{
    m_connectTimer->setSingleShot(true);
    m_deadlineTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] { onTimeout("connect"); });
    connect(m_deadlineTimer, &QTimer::timeout, this, [this] { onTimeout(m_spec.streaming ? "inactivity" : "total"); });
}

HttpExchange::~HttpExchange()
{
    m_done = true;
    releaseReply();
}

QString HttpExchange::safeUrl() const
{
    // Query strings and user info may carry secrets; the path is enough to diagnose.
    return m_spec.url().toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo | QUrl::RemoveFragment);
}

void HttpExchange::start(int attempt)
{
    m_info.attempt = attempt;
    m_clock.start();
    const QUrl url = m_spec.url();
    QNetworkRequest request(url);
    // Same-origin only: a redirect to another host could leak the API key header to it.
    request.setAttribute(QNetworkRequest::RedirectPolicyAttribute, QNetworkRequest::SameOriginRedirectPolicy);
    request.setAttribute(QNetworkRequest::CacheLoadControlAttribute, QNetworkRequest::AlwaysNetwork);
    request.setAttribute(QNetworkRequest::CacheSaveControlAttribute, false);
    request.setHeader(QNetworkRequest::UserAgentHeader,
                      QByteArray(buildinfo::appName) + '/' + QByteArray(buildinfo::versionString));
    if (!m_spec.contentType.isEmpty() && (!m_spec.body.isEmpty() || m_spec.method != "GET"))
        request.setHeader(QNetworkRequest::ContentTypeHeader, m_spec.contentType);
    request.setRawHeader("Accept", m_spec.streaming ? "text/event-stream" : "application/json");
    for (const auto &h : m_spec.headers)
        request.setRawHeader(h.first, h.second);

    if (m_spec.method == "GET")
        m_reply = m_nam->get(request);
    else if (m_spec.method == "POST")
        m_reply = m_nam->post(request, m_spec.body);
    else
        m_reply = m_nam->sendCustomRequest(request, m_spec.method, m_spec.body);
    if (m_spec.streaming)
        m_reply->setReadBufferSize(kStreamReadBufferBytes);

    qCDebug(lcNet).noquote() << "->" << m_spec.method << safeUrl() << "attempt" << attempt
                             << (m_spec.streaming ? "(stream)" : "") << "body" << m_spec.body.size() << "bytes";

    // Never connect sslErrors to ignoreSslErrors(): Qt then aborts with SslHandshakeFailedError.
    connect(m_reply, &QNetworkReply::metaDataChanged, this, &HttpExchange::onMetaData);
    connect(m_reply, &QNetworkReply::readyRead, this, &HttpExchange::onReadyRead);
    connect(m_reply, &QNetworkReply::finished, this, &HttpExchange::onFinished);
    connect(m_reply, &QNetworkReply::requestSent, this, [this] {
        m_connectTimer->stop();
        // Qt 6.4's HTTP thread ignores a read buffer size set before it took the request over
        // (measured: the setting in start() alone leaves memory growing with the stream).
        if (m_spec.streaming && m_reply)
            m_reply->setReadBufferSize(kStreamReadBufferBytes);
        if (m_spec.streaming)
            restartInactivityTimer();
    });

    m_connectTimer->start(static_cast<int>(qMin<qint64>(m_connectTimeoutMs, INT_MAX)));
    if (!m_spec.streaming)
        m_deadlineTimer->start(static_cast<int>(qMin<qint64>(m_totalTimeoutMs, INT_MAX)));
}

void HttpExchange::restartInactivityTimer()
{
    if (m_spec.streaming && !m_done)
        m_deadlineTimer->start(static_cast<int>(qMin<qint64>(m_inactivityTimeoutMs, INT_MAX)));
}

void HttpExchange::onMetaData()
{
    if (m_done || m_headersSeen || !m_reply)
        return;
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    // 3xx: either Qt follows it (same origin) or fails it; the final answer comes later.
    if (status <= 0 || (status >= 300 && status < 400))
        return;
    m_connectTimer->stop();
    m_headersSeen = true;
    m_info.status = status;
    m_info.headers = m_reply->rawHeaderPairs();
    m_info.contentType = mediaType(HttpHeaders::value(m_info.headers, "Content-Type"));
    m_info.requestId = QString::fromUtf8(HttpHeaders::value(m_info.headers, "X-Request-Id"));
    m_info.rateLimit = RateLimitInfo::fromHeaders(m_info.headers);
    m_info.elapsedMs = m_clock.elapsed();
    // A non-2xx answer is a JSON error body, and a 2xx answer in another format is not a
    // stream: both are buffered whole and judged at the end.
    m_passThrough = m_spec.streaming && m_info.isSuccess() && m_info.isEventStream();
    if (m_passThrough)
        m_reply->setReadBufferSize(kStreamReadBufferBytes); // in case requestSent came too late
    restartInactivityTimer();
    QPointer<HttpExchange> self(this);
    emit headersReceived(m_info);
    if (!self || m_done)
        return;
}

void HttpExchange::onReadyRead()
{
    if (m_done || !m_reply)
        return;
    if (!m_headersSeen)
        onMetaData();
    if (m_done || !m_reply)
        return;
    m_connectTimer->stop();
    restartInactivityTimer();
    if (m_passThrough) {
        readStreamSlice();
        return;
    }
    const qint64 cap = m_info.isSuccess() ? m_maxBodyBytes : qMin(m_maxBodyBytes, kMaxErrorBodyBytes);
    if (m_body.size() + m_reply->bytesAvailable() > cap) {
        HttpResult r;
        r.info = m_info;
        r.error = ApiErrorParser::invalidResponse(
            m_spec.service, m_spec.url().path(), m_info.status,
            QStringLiteral("The response is larger than %1 MiB and was not read.").arg(cap / (1024 * 1024)));
        r.error.localTime = QDateTime::currentDateTimeUtc();
        finish(r);
        return;
    }
    m_body += m_reply->readAll();
}

void HttpExchange::readStreamSlice()
{
    const QByteArray slice = m_reply->read(kStreamSliceBytes);
    if (!slice.isEmpty()) {
        m_streamedBytes += slice.size();
        QPointer<HttpExchange> self(this);
        emit dataReceived(slice);
        if (!self || m_done || !m_reply)
            return;
    }
    // Qt emits readyRead only for new data; what is left is taken in the next turn, after the
    // consumer's own queued work (e.g. writing the previous slice out).
    if (m_reply->bytesAvailable() > 0 && !m_sliceQueued) {
        m_sliceQueued = true;
        QMetaObject::invokeMethod(
            this,
            [this] {
                m_sliceQueued = false;
                if (!m_done && m_reply && m_passThrough && m_reply->bytesAvailable() > 0)
                    readStreamSlice();
            },
            Qt::QueuedConnection);
    }
}

void HttpExchange::onTimeout(const char *which)
{
    if (m_done)
        return;
    HttpResult r;
    r.info = m_info;
    r.error = ApiErrorParser::fromTimeout(m_spec.service, m_spec.url().path(), which);
    r.error.httpStatus = m_info.status;
    finish(r);
}

void HttpExchange::onFinished()
{
    if (m_done || !m_reply)
        return;
    // The rest is at most the read buffer size: drain it now, slice by slice.
    while (!m_done && m_reply && m_reply->bytesAvailable() > 0)
        onReadyRead();
    if (m_done || !m_reply)
        return;
    const QNetworkReply::NetworkError err = m_reply->error();
    const int status = m_reply->attribute(QNetworkRequest::HttpStatusCodeAttribute).toInt();
    const QString endpoint = m_spec.url().path();
    HttpResult r;
    if (status <= 0 || isTransportError(err) || (status >= 300 && status < 400)) {
        r.info = m_info;
        r.error = ApiErrorParser::fromNetwork(m_spec.service, endpoint, err, m_reply->errorString());
        if (err == QNetworkReply::InsecureRedirectError || err == QNetworkReply::TooManyRedirectsError
            || (status >= 300 && status < 400)) {
            QUrl target = m_reply->attribute(QNetworkRequest::RedirectionTargetAttribute).toUrl();
            if (!target.isValid())
                target = QUrl::fromEncoded(m_reply->rawHeader("Location"));
            r.error.httpStatus = status;
            r.error.message =
                QCoreApplication::translate("HttpClient",
                                            "The server redirected the request to %1; redirects to another "
                                            "host are not followed so the API key stays with the service.")
                    .arg(target.isValid()
                             ? m_spec.url().resolved(target).toString(QUrl::RemoveQuery | QUrl::RemoveUserInfo)
                             : QStringLiteral("?"));
        }
    } else {
        if (!m_headersSeen)
            onMetaData();
        if (m_done)
            return;
        r.info = m_info;
        r.body = m_body;
        if (!m_info.isSuccess()) {
            r.error = ApiErrorParser::fromHttp(m_spec.service, endpoint, m_info.status, m_body, m_info.headers,
                                               QDateTime::currentDateTimeUtc());
            if (r.error.requestId.isEmpty())
                r.error.requestId = m_info.requestId;
        }
    }
    finish(r);
}

void HttpExchange::finish(HttpResult result)
{
    if (m_done)
        return;
    m_done = true;
    m_connectTimer->stop();
    m_deadlineTimer->stop();
    releaseReply();
    result.info.attempt = m_info.attempt;
    if (result.error.isError()) {
        result.error.attempts = m_info.attempt;
        if (!result.error.localTime.isValid())
            result.error.localTime = QDateTime::currentDateTimeUtc();
        qCInfo(lcNet).noquote() << "<-" << m_spec.method << safeUrl() << "failed:" << result.error.code << "status"
                                << result.error.httpStatus << "after" << m_clock.elapsed() << "ms"
                                << (result.error.requestId.isEmpty()
                                        ? QString()
                                        : QStringLiteral("request-id ") + result.error.requestId);
    } else {
        qCInfo(lcNet).noquote() << "<-" << m_spec.method << safeUrl() << "status" << result.info.status << "in"
                                << m_clock.elapsed() << "ms" << (m_passThrough ? m_streamedBytes : result.body.size())
                                << "bytes"
                                << (result.info.requestId.isEmpty()
                                        ? QString()
                                        : QStringLiteral("request-id ") + result.info.requestId);
    }
    deleteLater();
    emit finished(result);
}

void HttpExchange::abort()
{
    if (m_done)
        return;
    m_done = true;
    m_connectTimer->stop();
    m_deadlineTimer->stop();
    releaseReply();
    qCDebug(lcNet).noquote() << "x" << m_spec.method << safeUrl() << "aborted after" << m_clock.elapsed() << "ms";
    deleteLater();
}

void HttpExchange::releaseReply()
{
    if (!m_reply)
        return;
    QNetworkReply *reply = m_reply;
    m_reply = nullptr;
    reply->disconnect(this);
    if (reply->isRunning())
        reply->abort();
    reply->deleteLater();
}

// ---------------------------------------------------------------------------------------------

HttpClient::HttpClient(QNetworkAccessManager *nam, QObject *parent)
    : QObject(parent)
    , m_nam(nam)
{
    Q_ASSERT(nam);
    qRegisterMetaType<HttpResponseInfo>();
    qRegisterMetaType<HttpResult>();
    qRegisterMetaType<ApiError>();
}

HttpClient::~HttpClient()
{
    abortAll();
}

void HttpClient::setSettings(const NetworkSettings &settings)
{
    m_settings = settings;
    m_settings.applyTo(*m_nam);
}

HttpExchange *HttpClient::send(const HttpRequestSpec &spec, int attempt, QObject *parent)
{
    m_live.removeAll(QPointer<HttpExchange>());
    auto *exchange = new HttpExchange(m_nam, spec, m_settings, parent ? parent : this);
    m_live.append(exchange);
    exchange->start(attempt);
    return exchange;
}

void HttpClient::abortAll()
{
    const auto live = m_live;
    m_live.clear();
    for (const QPointer<HttpExchange> &e : live) {
        if (e)
            e->abort();
    }
}

} // namespace sajudesk
