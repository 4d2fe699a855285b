// SPDX-License-Identifier: GPL-3.0-or-later
#include "net/ApiCall.h"

#include "core/Logging.h"
#include "net/ApiErrorParser.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QRandomGenerator>
#include <QTimer>

namespace sajudesk {

ApiCall::ApiCall(HttpClient *client, const HttpRequestSpec &spec, QObject *parent)
    : ApiCall(client, spec, RetryPolicy::forService(spec.service), parent)
{}

ApiCall::ApiCall(HttpClient *client, const HttpRequestSpec &spec, const RetryPolicy &policy, QObject *parent)
    : QObject(parent)
    , m_client(client)
    , m_spec(spec)
    , m_policy(policy)
    , m_random([] { return QRandomGenerator::global()->generateDouble(); })
    , m_retryTimer(new QTimer(this))
{
    m_retryTimer->setSingleShot(true);
    // Precise: a coarse timer may fire up to 5 % early, i.e. before the server's Retry-After.
    m_retryTimer->setTimerType(Qt::PreciseTimer);
    connect(m_retryTimer, &QTimer::timeout, this, [this] {
        if (m_state == State::Waiting)
            runAttempt();
    });
}

ApiCall::~ApiCall()
{
    // Silent: whoever deletes us is not interested in more signals.
    m_state = State::Cancelled;
    stopExchange();
}

void ApiCall::setRandomSource(std::function<double()> random01)
{
    if (random01)
        m_random = std::move(random01);
}

void ApiCall::start()
{
    if (m_state != State::Idle)
        return;
    runAttempt();
}

void ApiCall::runAttempt()
{
    if (!m_client) {
        m_state = State::Running;
        finishFailed(ApiErrorParser::cancelled(m_spec.service, m_spec.url().path()));
        return;
    }
    ++m_attempt;
    const quint64 generation = ++m_generation;
    m_state = State::Running;
    m_parser.reset();
    m_streamComplete = false;
    m_successBegun = false;
    QPointer<ApiCall> self(this);
    emit started(m_attempt);
    if (!self || !isCurrent(generation))
        return;
    HttpExchange *exchange = m_client->send(m_spec, m_attempt, this);
    m_exchange = exchange;
    connect(exchange, &HttpExchange::headersReceived, this, [this, generation](const HttpResponseInfo &info) {
        if (!isCurrent(generation))
            return;
        m_lastInfo = info;
        // From here on a failure is reported, never re-sent: the server may already be working
        // on (and billing) this request.
        m_successBegun = info.isSuccess();
        emit headersReceived(info);
    });
    connect(exchange, &HttpExchange::dataReceived, this,
            [this, generation](const QByteArray &chunk) { onData(generation, chunk); });
    connect(exchange, &HttpExchange::finished, this,
            [this, generation](const HttpResult &result) { onResult(generation, result); });
}

bool ApiCall::deliver(quint64 generation, const QList<SseEvent> &events)
{
    if (!events.isEmpty() && m_exchange)
        m_exchange->noteStreamEvent(); // the first-event wait is over; inactivity counts now
    QPointer<ApiCall> self(this);
    for (const SseEvent &ev : events) {
        ++m_eventsDelivered;
        emit sseEvent(ev);
        // A handler may cancel, fail the stream or delete us (via deleteLater only).
        if (!self || !isCurrent(generation))
            return false;
    }
    return true;
}

void ApiCall::onData(quint64 generation, const QByteArray &chunk)
{
    if (!isCurrent(generation))
        return;
    const QList<SseEvent> events = m_parser.feed(chunk);
    if (!deliver(generation, events))
        return;
    if (m_parser.overflowed()) {
        stopExchange();
        handleFailure(
            ApiErrorParser::invalidResponse(
                m_spec.service, m_spec.url().path(), m_lastInfo.status,
                QStringLiteral("A stream event exceeded %1 MiB.").arg(SseParser::DefaultMaxEventBytes / (1024 * 1024))),
            true);
    }
}

void ApiCall::onResult(quint64 generation, const HttpResult &result)
{
    if (!isCurrent(generation))
        return;
    m_exchange = nullptr;
    if (result.info.status > 0)
        m_lastInfo = result.info;
    const QString endpoint = m_spec.url().path();

    if (!m_spec.streaming) {
        if (result.ok()) {
            m_state = State::Finished;
            QPointer<ApiCall> self(this);
            emit succeeded(result.info, result.body);
            if (self)
                emit finished();
            return;
        }
        handleFailure(result.error, m_successBegun);
        return;
    }

    const bool wasStream = result.info.streamBody;
    if (result.ok() && !wasStream) {
        // A 2xx answer to a streaming request that is not an event stream: maybe an error
        // envelope sent with the wrong status, otherwise unusable.
        const QJsonDocument doc = QJsonDocument::fromJson(result.body);
        if (doc.isObject() && ApiErrorParser::looksLikeStreamError(m_spec.service, doc.object())) {
            handleFailure(ApiErrorParser::fromStreamPayload(m_spec.service, endpoint, doc.object(), result.info.status),
                          true);
        } else {
            handleFailure(
                ApiErrorParser::invalidResponse(
                    m_spec.service, endpoint, result.info.status,
                    QStringLiteral("Expected an event stream but got \"%1\".")
                        .arg(QString::fromLatin1(result.info.contentType.isEmpty() ? QByteArray("no content type")
                                                                                   : result.info.contentType)),
                    result.body),
                true);
        }
        return;
    }
    if (!wasStream) {
        handleFailure(result.error, m_successBegun);
        return;
    }

    // An SSE stream ended (cleanly or not). Flush what the parser still holds.
    const bool cleanEnd = result.ok();
    if (cleanEnd && !deliver(generation, m_parser.finish()))
        return;
    if (m_streamComplete || (cleanEnd && !m_spec.requireStreamEndMarker && !m_parser.hasPendingData())) {
        // Everything arrived; a reset or silence after the end marker loses nothing.
        finishStream();
        return;
    }
    ApiError e = result.error;
    if (cleanEnd || (e.kind == ApiError::Kind::Network && contentDelivered())) {
        const QString detail = e.isError() ? e.message : QString();
        e = ApiErrorParser::streamIncomplete(m_spec.service, endpoint, result.info.status);
        if (!detail.isEmpty() && e.hint.isEmpty())
            e.hint = detail;
    }
    e.httpStatus = result.info.status;
    handleFailure(e, true);
}

void ApiCall::handleFailure(ApiError error, bool responseBegun)
{
    error.attempts = m_attempt;
    if (!error.localTime.isValid())
        error.localTime = QDateTime::currentDateTimeUtc();
    if (error.requestId.isEmpty())
        error.requestId = m_lastInfo.requestId;
    const RetryPolicy::Decision d = m_policy.decide(m_attempt, error, responseBegun, m_random());
    if (!d.retry) {
        qCDebug(lcNet).noquote() << "not retrying" << error.code << ":" << d.reason;
        finishFailed(error);
        return;
    }
    m_state = State::Waiting;
    qCInfo(lcNet).noquote() << error.code << "status" << error.httpStatus << "- retrying in" << d.delayMs
                            << "ms (attempt" << (m_attempt + 1) << "of" << m_policy.maxAttempts << "):" << d.reason;
    QPointer<ApiCall> self(this);
    emit retryScheduled(m_attempt + 1, d.delayMs, error);
    if (!self || m_state != State::Waiting)
        return;
    m_retryTimer->start(static_cast<int>(qBound(qint64(0), d.delayMs, qint64(INT_MAX))));
}

void ApiCall::finishFailed(ApiError error)
{
    // A request refused before sending (bad URL, key over plain http) made no attempt.
    error.attempts = error.kind == ApiError::Kind::Input ? 0 : qMax(1, m_attempt);
    m_error = error;
    m_state = State::Finished;
    QPointer<ApiCall> self(this);
    emit failed(error);
    if (self)
        emit finished();
}

void ApiCall::finishStream()
{
    m_state = State::Finished;
    QPointer<ApiCall> self(this);
    emit streamFinished(m_streamComplete);
    if (self)
        emit finished();
}

void ApiCall::cancel()
{
    if (isFinished())
        return;
    const bool wasIdle = m_state == State::Idle;
    m_state = State::Cancelled;
    m_retryTimer->stop();
    stopExchange();
    if (!wasIdle)
        qCDebug(lcNet).noquote() << "cancelled" << m_spec.method << m_spec.url().path() << "at attempt" << m_attempt;
}

void ApiCall::retryNow()
{
    if (m_state != State::Waiting)
        return;
    m_retryTimer->stop();
    runAttempt();
}

void ApiCall::markStreamComplete()
{
    m_streamComplete = true;
}

void ApiCall::failStream(const ApiError &error)
{
    if (m_state != State::Running)
        return;
    stopExchange();
    // An error inside a 2xx stream: the request reached the model; re-sending could bill twice.
    handleFailure(error, true);
}

void ApiCall::stopExchange()
{
    if (m_exchange) {
        HttpExchange *e = m_exchange;
        m_exchange = nullptr;
        e->abort();
    }
    ++m_generation;
}

} // namespace sajudesk
