// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/HttpClient.h"

#include "core/BuildInfo.h"
#include "core/Logging.h"
#include "net/ApiErrorParser.h"
#include "net/EnvironmentProxy.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QNetworkAccessManager>
#include <QNetworkProxyFactory>
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

HttpExchange::HttpExchange(QNetworkAccessManager *nam, const HttpRequestSpec &spec, const NetworkSettings &defaults,
                           QObject *parent)
    : QObject(parent)
    , m_nam(nam)
    , m_spec(spec)
    , m_connectTimeoutMs(spec.connectTimeoutMs > 0 ? spec.connectTimeoutMs : defaults.connectTimeoutMs)
    , m_totalTimeoutMs(spec.totalTimeoutMs > 0 ? spec.totalTimeoutMs : defaults.totalTimeoutMs)
    , m_inactivityTimeoutMs(spec.inactivityTimeoutMs > 0 ? spec.inactivityTimeoutMs
                                                         : defaults.streamInactivityTimeoutMs)
    , m_firstEventTimeoutMs(spec.firstEventTimeoutMs > 0 ? spec.firstEventTimeoutMs
                                                         : defaults.streamFirstEventTimeoutMs)
    , m_maxBodyBytes(spec.maxBodyBytes > 0 ? spec.maxBodyBytes : defaults.maxBodyBytes)
    , m_allowInsecureHttp(defaults.allowInsecureHttp)
    , m_connectTimer(new QTimer(this))
    , m_deadlineTimer(new QTimer(this))
{
    m_connectTimer->setSingleShot(true);
    m_deadlineTimer->setSingleShot(true);
    connect(m_connectTimer, &QTimer::timeout, this, [this] { onTimeout("connect"); });
    connect(m_deadlineTimer, &QTimer::timeout, this, [this] {
        onTimeout(!m_spec.streaming ? "total" : m_firstEventClock ? "first-event" : "inactivity");
    });
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

ApiError HttpExchange::preflightError() const
{
    const QUrl url = m_spec.url();
    const QString endpoint = url.path();
    if (!m_spec.urlProblem.isEmpty())
        return ApiError::local(m_spec.service, endpoint, ApiErrorCode::InvalidBaseUrl, m_spec.urlProblem);
    const QString scheme = url.scheme().toLower();
    if (!url.isValid() || url.host().isEmpty() || (scheme != QLatin1String("http") && scheme != QLatin1String("https")))
        return ApiError::local(m_spec.service, endpoint, ApiErrorCode::InvalidBaseUrl,
                               QCoreApplication::translate(
                                   "HttpClient", "The server address “%1” is not a usable http:// or https:// URL.")
                                   .arg(url.toString(QUrl::RemoveUserInfo | QUrl::RemoveQuery)));
    // A key over plain http can be read by anyone on the way. Loopback never leaves this
    // computer (the demo server, a local model server), so it is the one exception by default.
    const bool carriesKey =
        HttpHeaders::contains(m_spec.headers, "Authorization") || HttpHeaders::contains(m_spec.headers, "X-API-Key");
    if (scheme == QLatin1String("http") && carriesKey && !m_allowInsecureHttp
        && !EnvironmentProxy::isLoopbackHost(url.host()))
        return ApiError::local(
            m_spec.service, endpoint, ApiErrorCode::InsecureHttp,
            QCoreApplication::translate("HttpClient",
                                        "The API key was not sent: %1 is reached over plain http://, so the key would "
                                        "cross the network unencrypted. Use an https:// address, or allow plain http "
                                        "with the setting network/allowInsecureHttp=true (off by default).")
                .arg(url.host()));
    return {};
}

bool HttpExchange::viaHttpsProxyTunnel() const
{
    const QUrl url = m_spec.url();
    if (url.scheme().toLower() != QLatin1String("https"))
        return false;
    const QNetworkProxyQuery query(url);
    QNetworkProxy proxy = m_nam->proxy();
    if (QNetworkProxyFactory *factory = m_nam->proxyFactory())
        proxy = factory->queryProxy(query).value(0);
    else if (proxy.type() == QNetworkProxy::DefaultProxy)
        proxy = QNetworkProxyFactory::proxyForQuery(query).value(0);
    return proxy.type() == QNetworkProxy::HttpProxy;
}

void HttpExchange::start(int attempt)
{
    m_info.attempt = attempt;
    m_clock.start();
    if (ApiError refused = preflightError(); refused.isError()) {
        // Later, never from inside send(): the caller connects to our signals after it returns.
        QTimer::singleShot(0, this, [this, refused] {
            HttpResult r;
            r.error = refused;
            finish(r);
        });
        return;
    }
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
        armDeadline();
    });

    m_connectTimer->start(static_cast<int>(qMin<qint64>(m_connectTimeoutMs, INT_MAX)));
    if (!m_spec.streaming)
        m_deadlineTimer->start(static_cast<int>(qMin<qint64>(m_totalTimeoutMs, INT_MAX)));
}

void HttpExchange::armDeadline()
{
    if (!m_spec.streaming || m_done)
        return;
    // Inactivity once the first event arrived, or once the answer turned out not to be a stream
    // (an error body is read whole and quickly).
    if (m_sawStreamEvent || (m_headersSeen && !m_passThrough)) {
        m_firstEventClock = false;
        m_deadlineTimer->start(static_cast<int>(qMin<qint64>(m_inactivityTimeoutMs, INT_MAX)));
        return;
    }
    // The first-event wait is one deadline from sending: headers and keep-alive comments do not
    // move it.
    if (!m_firstEventClock) {
        m_firstEventClock = true;
        m_deadlineTimer->start(static_cast<int>(qMin<qint64>(m_firstEventTimeoutMs, INT_MAX)));
    }
}

void HttpExchange::noteStreamEvent()
{
    if (m_sawStreamEvent || m_done)
        return;
    m_sawStreamEvent = true;
    armDeadline();
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
    // No Content-Type at all on a 2xx stream is read as a stream, as the OpenAI SDKs do.
    m_passThrough = m_spec.streaming && m_info.isSuccess() && (m_info.isEventStream() || m_info.contentType.isEmpty());
    m_info.streamBody = m_passThrough;
    if (m_passThrough)
        m_reply->setReadBufferSize(kStreamReadBufferBytes); // in case requestSent came too late
    armDeadline();
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
    armDeadline();
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
    r.error = ApiErrorParser::fromTimeout(m_spec.service, m_spec.url().path(), which,
                                          qstrcmp(which, "first-event") == 0 ? m_firstEventTimeoutMs : -1);
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
        const bool proxyTunnel = err == QNetworkReply::UnknownNetworkError && !m_headersSeen && viaHttpsProxyTunnel();
        r.error = ApiErrorParser::fromNetwork(m_spec.service, endpoint, err, m_reply->errorString(), proxyTunnel);
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
