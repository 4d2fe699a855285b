// SPDX-License-Identifier: GPL-3.0-or-later
#include "runyour/ChatRequest.h"

#include "core/Logging.h"
#include "net/ApiCall.h"
#include "net/ApiErrorParser.h"
#include "runyour/ModelsRequest.h"

#include <QMutex>
#include <QSet>
#include <QTimer>

#include <algorithm>

namespace sajudesk {

namespace {

// Base URLs that answered "stream_options not allowed": later chats of this run leave it out
// at once instead of paying a failed round trip each time.
QMutex g_rejectionsMutex;
QSet<QString> g_streamOptionsRejected;

QString urlKey(const QUrl &baseUrl)
{
    return baseUrl.adjusted(QUrl::RemoveUserInfo | QUrl::StripTrailingSlash | QUrl::RemoveQuery).toString();
}

} // namespace

ChatRequest::ChatRequest(HttpClient *client, const RunYourConfig &config, const ChatParams &params, QObject *parent)
    : RemoteRequest(parent)
    , m_client(client)
    , m_config(config)
    , m_params(params)
    , m_waitTimer(new QTimer(this))
{
    m_waitTimer->setInterval(1000);
    connect(m_waitTimer, &QTimer::timeout, this, [this] {
        if (m_cancelled || m_done) {
            m_waitTimer->stop();
            return;
        }
        if (m_call && m_call->state() == ApiCall::State::Waiting)
            return; // the retry countdown speaks for itself
        // Rounded: a timer may fire a little early, and "0 s" after a second would look stuck.
        emit waitingForModel(int(std::max<qint64>(1, (m_waitClock.elapsed() + 500) / 1000)));
    });
}

ChatRequest::~ChatRequest()
{
    cancel();
}

void ChatRequest::setModelCatalog(ModelCatalog *catalog)
{
    m_catalog = catalog;
}

bool ChatRequest::isRunning() const
{
    return m_started && !m_done && !m_cancelled;
}

bool ChatRequest::streamOptionsRejected(const QUrl &baseUrl)
{
    const QMutexLocker lock(&g_rejectionsMutex);
    return g_streamOptionsRejected.contains(urlKey(baseUrl));
}

void ChatRequest::start()
{
    if (m_started)
        return;
    m_started = true;
    m_assembler = ChatStreamAssembler(m_keepText);
    const QString endpoint = m_config.spec("POST", QLatin1String(endpointPath)).url().path();
    // Usage comes in an extra chunk only on request, and some OpenAI-compatible servers refuse
    // the field outright; the gateway itself is known to take it.
    m_includeUsage =
        m_streaming
        && m_params.includeUsage.value_or(m_config.streamUsage.value_or(RunYourJson::isGatewayHost(m_config.baseUrl)))
        && !streamOptionsRejected(m_config.baseUrl);

    ApiError local;
    if (!m_config.baseUrlProblem.isEmpty())
        local = ApiError::local(ApiError::Service::RunYour, endpoint, ApiErrorCode::InvalidBaseUrl,
                                m_config.baseUrlProblem);
    if (!local.isError())
        local = RunYourJson::validate(m_params, endpoint, RunYourJson::isGatewayHost(m_config.baseUrl));
    if (!local.isError())
        local = m_config.missingKeyError(endpoint);
    if (!passesLocalChecks(local, m_config.keyWarning(), [this](const ApiError &e) { fail(e); }))
        return;

    m_waitClock.start();
    m_waitTimer->start();
    send();
}

void ChatRequest::send()
{
    const QByteArray body = RunYourJson::buildChatBody(m_params, m_streaming, m_includeUsage);
    ApiCall *call = new ApiCall(m_client, m_config.spec("POST", QLatin1String(endpointPath), body, m_streaming),
                                m_config.retryPolicy, this);
    m_call = call;
    connect(call, &ApiCall::started, this, &ChatRequest::started);
    connect(call, &ApiCall::retryScheduled, this, &ChatRequest::retryScheduled);
    connect(call, &ApiCall::sseEvent, this, &ChatRequest::onStreamEvent);
    connect(call, &ApiCall::streamFinished, this, [this](bool) {
        stopWaiting();
        m_completion = m_assembler.completion();
        m_completion.complete = true;
        m_done = true;
        emit completed(m_completion);
    });
    connect(call, &ApiCall::succeeded, this, [this](const HttpResponseInfo &info, const QByteArray &body) {
        onSucceeded(info.status, info.attempt, body);
    });
    connect(call, &ApiCall::failed, this, &ChatRequest::onCallFailed);
    connect(call, &ApiCall::finished, this, [this, call] {
        call->deleteLater();
        // A finished call that was replaced (the stream_options re-send) ends nothing.
        if (m_call == call && !m_cancelled && m_done)
            emit finished();
    });
    call->start();
}

void ChatRequest::onCallFailed(const ApiError &error)
{
    if (m_includeUsage && !m_triedWithoutStreamOptions && RunYourJson::rejectsStreamOptions(error)) {
        // A 400 is no answer the model worked on: sending again without the field bills nothing
        // twice. Remembered so later chats to this server leave it out at once.
        m_triedWithoutStreamOptions = true;
        m_includeUsage = false;
        {
            const QMutexLocker lock(&g_rejectionsMutex);
            g_streamOptionsRejected.insert(urlKey(m_config.baseUrl));
        }
        qCInfo(lcNet) << "the server rejects stream_options; sending the chat again without it";
        send();
        return;
    }
    fail(error);
}

void ChatRequest::onSucceeded(int httpStatus, int attempt, const QByteArray &body)
{
    QString detail;
    const auto c = RunYourJson::parseChatCompletion(body, &detail);
    if (!c) {
        ApiError e = ApiErrorParser::invalidResponse(ApiError::Service::RunYour, m_call->spec().url().path(),
                                                     httpStatus, detail, body);
        e.attempts = attempt;
        fail(e);
        return;
    }
    stopWaiting();
    m_completion = *c;
    const QString reasoning = m_completion.reasoning;
    const QString refusal = m_completion.refusal;
    const QString text = m_completion.text;
    if (!m_keepText) {
        // Still hand everything out once; just do not keep a second copy.
        m_completion.text.clear();
        m_completion.reasoning.clear();
        m_completion.refusal.clear();
    }
    if (!reasoning.isEmpty())
        emit reasoningDelta(reasoning);
    if (!refusal.isEmpty())
        emit refusalDelta(refusal);
    if (!text.isEmpty())
        emit textDelta(text);
    if (m_completion.usage.isValid())
        emit usageReceived(m_completion.usage);
    m_done = true;
    emit completed(m_completion);
}

void ChatRequest::onStreamEvent(const SseEvent &event)
{
    const ChatUsage before = m_assembler.completion().usage;
    const RunYourJson::StreamChunk chunk = m_assembler.addEvent(event.event, event.data, event.utf8Data);
    switch (chunk.type) {
    case RunYourJson::StreamChunk::Type::Done:
        m_call->markStreamComplete();
        return;
    case RunYourJson::StreamChunk::Type::Error:
        // Never re-sent (the 2xx stream was accepted); the partial answer stays.
        m_call->failStream(RunYourJson::streamError(chunk, m_call->spec().url().path(), m_call->lastResponse().status));
        return;
    case RunYourJson::StreamChunk::Type::Malformed:
        // One unreadable chunk is not worth losing the answer over; it is logged for support.
        qCWarning(lcNet) << "ignoring an unreadable chat stream chunk of" << event.data.size() << "characters";
        return;
    case RunYourJson::StreamChunk::Type::Delta:
        break;
    }
    QPointer<ChatRequest> self(this);
    noteOutput(chunk);
    if (!self || m_done || m_cancelled)
        return;
    if (chunk.usage.isValid()
        && !(before.totalTokens == chunk.usage.totalTokens && before.promptTokens == chunk.usage.promptTokens
             && before.completionTokens == chunk.usage.completionTokens))
        emit usageReceived(chunk.usage);
    // Some gateways close right after finish_reason without [DONE]; the answer is whole then.
    if (!chunk.finishReason.isEmpty() && m_call)
        m_call->markStreamComplete();
}

void ChatRequest::noteOutput(const RunYourJson::StreamChunk &chunk)
{
    if (chunk.reasoning.isEmpty() && chunk.refusal.isEmpty() && chunk.text.isEmpty())
        return;
    stopWaiting();
    QPointer<ChatRequest> self(this);
    if (!chunk.reasoning.isEmpty())
        emit reasoningDelta(chunk.reasoning);
    if (self && !chunk.refusal.isEmpty())
        emit refusalDelta(chunk.refusal);
    if (self && !chunk.text.isEmpty())
        emit textDelta(chunk.text);
}

void ChatRequest::stopWaiting()
{
    m_waitTimer->stop();
}

void ChatRequest::fail(ApiError error)
{
    if (m_cancelled || m_done)
        return;
    stopWaiting();
    error = RunYourJson::refineError(error);
    m_error = error;
    m_completion = m_assembler.completion();
    m_done = true;
    if (RunYourJson::isUnsupportedModelError(error) && error.kind != ApiError::Kind::Input && m_catalog)
        m_catalog->refresh();
    emit failed(m_error, m_completion);
    if (!m_call && !m_cancelled)
        emit finished();
}

} // namespace sajudesk
