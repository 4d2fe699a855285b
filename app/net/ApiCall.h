// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"
#include "net/HttpClient.h"
#include "net/RetryPolicy.h"
#include "net/SseParser.h"

#include <QObject>
#include <QPointer>

#include <functional>

class QTimer;

namespace sajudesk {

/// One logical API request, retried by a RetryPolicy, driven only by signals and timers.
///
/// How a service client (RunYour / Saju) uses it — one HttpClient for the whole app, one ApiCall
/// per logical request:
///
///   QNetworkAccessManager nam;  HttpClient http(&nam);
///   http.setSettings(NetworkSettings::load(settings));   // proxy + default timeouts; use
///                                                        // ProxyMode::None for the loopback demo
///   HttpRequestSpec spec = HttpRequestSpec::postJson(ApiError::Service::RunYour, baseUrl,
///                                                    QStringLiteral("/chat/completions"), json, /*streaming*/ true);
///   spec.headers.append(qMakePair(QByteArray("Authorization"), "Bearer " + key.toUtf8())); // never logged
///   // optional: spec.inactivityTimeoutMs / totalTimeoutMs / connectTimeoutMs; an endpoint may carry "?query"
///   auto *call = new ApiCall(&http, spec, this);   // policy = RetryPolicy::forService(spec.service)
///   connect(call, &ApiCall::sseEvent, this, [call](const SseEvent &ev) {
///       if (ev.isDone()) { call->markStreamComplete(); return; }          // RunYour: [DONE]
///       // Saju: event "complete" or {"done":true} → call->markStreamComplete();
///       // a mid-stream error object → call->failStream(ApiErrorParser::fromStreamPayload(...));
///   });
///   connect(call, &ApiCall::headersReceived, ...);  // every attempt: status, X-Request-Id, RateLimitInfo
///   connect(call, &ApiCall::retryScheduled, ...);   // UI/CLI: "429 rate_limited — retrying in 2 s (attempt 2/5)"
///   connect(call, &ApiCall::succeeded, ...);        // non-streaming: (info, body) of the 2xx answer, unparsed
///   connect(call, &ApiCall::streamFinished, ...);   // streaming: ended after markStreamComplete()
///   connect(call, &ApiCall::failed, ...);           // final ApiError (attempts set); partial text stays shown
///   connect(call, &ApiCall::finished, call, &QObject::deleteLater);
///   call->start();                                  // cancel() / retryNow() at any time
///
/// Rules it enforces: a non-2xx answer is parsed as a JSON error body (never as SSE); a 2xx answer to
/// a streaming request must be text/event-stream or have no Content-Type (else Kind::Protocol);
/// once a 2xx answer has begun (headers received, stream or not) the request is never re-sent —
/// the server may already be generating and billing it — and any later failure is reported (a
/// close or reset without markStreamComplete() → Kind::Incomplete "stream_incomplete"; silence →
/// Kind::Timeout; failStream() → its error; silence or a reset *after* the end marker is still
/// success). Only failures before a 2xx answer (network, timeouts before headers, 429, 5xx) are
/// retried. The first SSE event switches the exchange from the first-event wait to the
/// inactivity timeout (HttpExchange::noteStreamEvent).
/// cancel() is silent and final — no signal of this object fires after it returns. Exactly one of
/// succeeded / streamFinished / failed is emitted, followed by finished(), unless cancel() came
/// first. A 2xx body is handed over unparsed: the client turns bad JSON into
/// ApiErrorParser::invalidResponse(). Delete it with deleteLater() (never `delete` from inside one
/// of its own signals), and before the HttpClient goes away.
class ApiCall : public QObject
{
    Q_OBJECT
public:
    enum class State { Idle, Running, Waiting, Finished, Cancelled };
    Q_ENUM(State)

    ApiCall(HttpClient *client, const HttpRequestSpec &spec, QObject *parent = nullptr);
    ApiCall(HttpClient *client, const HttpRequestSpec &spec, const RetryPolicy &policy, QObject *parent = nullptr);
    ~ApiCall() override;
    Q_DISABLE_COPY(ApiCall)

    /// Source of the jitter value in [0,1); QRandomGenerator::global() by default. For tests.
    void setRandomSource(std::function<double()> random01);

    const HttpRequestSpec &spec() const { return m_spec; }
    const RetryPolicy &policy() const { return m_policy; }
    State state() const { return m_state; }
    bool isFinished() const { return m_state == State::Finished || m_state == State::Cancelled; }
    /// Number of the attempt running now (or the last one made); 0 before start().
    int attempt() const { return m_attempt; }
    /// True once an SSE event of this call was handed out through sseEvent().
    bool contentDelivered() const { return m_eventsDelivered > 0; }
    bool streamCompleted() const { return m_streamComplete; }
    /// Headers of the latest attempt that got an answer (status 0 when none did).
    const HttpResponseInfo &lastResponse() const { return m_lastInfo; }
    /// The final error once failed() was emitted (kind None otherwise).
    const ApiError &error() const { return m_error; }

public slots:
    void start();
    /// Stops everything now: the running request is aborted, a pending retry is dropped, and no
    /// signal of this call is emitted any more.
    void cancel();
    /// Skips the remaining wait of a scheduled retry (no-op unless a retry is pending).
    void retryNow();
    /// The client saw its stream's end marker ([DONE], `complete`, `done:true`); the stream then
    /// counts as finished when the connection ends (or goes silent).
    void markStreamComplete();
    /// The client saw an error inside the stream: abort and fail with `error` (never retried: the
    /// stream is a 2xx answer, so the request was accepted).
    void failStream(const sajudesk::ApiError &error);

signals:
    void started(int attempt);
    void headersReceived(const sajudesk::HttpResponseInfo &info);
    void sseEvent(const sajudesk::SseEvent &event);
    /// `attempt` is the attempt about to happen after `delayMs`; `error` is why the last one failed.
    void retryScheduled(int attempt, qint64 delayMs, const sajudesk::ApiError &error);
    void succeeded(const sajudesk::HttpResponseInfo &info, const QByteArray &body);
    void streamFinished(bool sawEndMarker);
    void failed(const sajudesk::ApiError &error);
    void finished();

private:
    void runAttempt();
    void onData(quint64 generation, const QByteArray &chunk);
    void onResult(quint64 generation, const HttpResult &result);
    bool deliver(quint64 generation, const QList<SseEvent> &events);
    /// `responseBegun`: a 2xx answer had begun, so the failure is final whatever its kind.
    void handleFailure(ApiError error, bool responseBegun);
    void finishFailed(ApiError error);
    void finishStream();
    void stopExchange();
    bool isCurrent(quint64 generation) const { return generation == m_generation && m_state == State::Running; }

    QPointer<HttpClient> m_client;
    HttpRequestSpec m_spec;
    RetryPolicy m_policy;
    std::function<double()> m_random;
    QPointer<HttpExchange> m_exchange;
    QTimer *m_retryTimer;
    SseParser m_parser;
    HttpResponseInfo m_lastInfo;
    ApiError m_error;
    State m_state = State::Idle;
    quint64 m_generation = 0;
    int m_attempt = 0;
    qint64 m_eventsDelivered = 0;
    bool m_streamComplete = false;
    bool m_successBegun = false; ///< this attempt got 2xx headers
};

} // namespace sajudesk
