// SPDX-License-Identifier: GPL-3.0-or-later
#include "runyour/ChatRequest.h"

#include "core/Logging.h"
#include "net/ApiCall.h"
#include "net/ApiErrorParser.h"
#include "runyour/ModelsRequest.h"

namespace sajudesk {

ChatRequest::ChatRequest(HttpClient *client, const RunYourConfig &config, const ChatParams &params, QObject *parent)
    : RemoteRequest(parent)
    , m_client(client)
    , m_config(config)
    , m_params(params)
{}

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

void ChatRequest::start()
{
    if (m_started)
        return;
    m_started = true;
    m_assembler = ChatStreamAssembler(m_keepText);
    const QByteArray body = RunYourJson::buildChatBody(m_params, m_streaming);
    HttpRequestSpec spec = m_config.spec("POST", QLatin1String(endpointPath), body, m_streaming);
    const QString endpoint = spec.url().path();

    ApiError local = RunYourJson::validate(m_params, endpoint);
    if (!local.isError())
        local = m_config.missingKeyError(endpoint);
    if (!passesLocalChecks(local, m_config.keyWarning(), [this](const ApiError &e) { fail(e); }))
        return;

    m_call = new ApiCall(m_client, spec, m_config.retryPolicy, this);
    connect(m_call, &ApiCall::started, this, &ChatRequest::started);
    connect(m_call, &ApiCall::retryScheduled, this, &ChatRequest::retryScheduled);
    connect(m_call, &ApiCall::sseEvent, this, [this](const SseEvent &ev) { onStreamData(ev.data); });
    connect(m_call, &ApiCall::streamFinished, this, [this](bool) {
        m_completion = m_assembler.completion();
        m_completion.complete = true;
        m_done = true;
        emit completed(m_completion);
    });
    connect(m_call, &ApiCall::succeeded, this, [this](const HttpResponseInfo &info, const QByteArray &body) {
        QString detail;
        const auto c = RunYourJson::parseChatCompletion(body, &detail);
        if (!c) {
            ApiError e = ApiErrorParser::invalidResponse(ApiError::Service::RunYour, m_call->spec().url().path(),
                                                         info.status, detail, body);
            e.attempts = info.attempt;
            fail(e);
            return;
        }
        m_completion = *c;
        if (!m_keepText) {
            // Still hand the text out once; just do not keep a second copy.
            const QString text = m_completion.text;
            m_completion.text.clear();
            if (!text.isEmpty())
                emit textDelta(text);
        } else if (!m_completion.text.isEmpty()) {
            emit textDelta(m_completion.text);
        }
        if (m_completion.usage.isValid())
            emit usageReceived(m_completion.usage);
        m_done = true;
        emit completed(m_completion);
    });
    connect(m_call, &ApiCall::failed, this, [this](const ApiError &e) { fail(e); });
    connect(m_call, &ApiCall::finished, this, [this] {
        m_call->deleteLater();
        if (!m_cancelled)
            emit finished();
    });
    m_call->start();
}

void ChatRequest::onStreamData(const QString &data)
{
    const ChatUsage before = m_assembler.completion().usage;
    const RunYourJson::StreamChunk chunk = m_assembler.add(data);
    switch (chunk.type) {
    case RunYourJson::StreamChunk::Type::Done:
        m_call->markStreamComplete();
        return;
    case RunYourJson::StreamChunk::Type::Error: {
        ApiError e = ApiErrorParser::fromStreamPayload(ApiError::Service::RunYour, m_call->spec().url().path(),
                                                       chunk.errorPayload, m_call->lastResponse().status);
        m_call->failStream(RunYourJson::refineError(e));
        return;
    }
    case RunYourJson::StreamChunk::Type::Malformed:
        // One unreadable chunk is not worth losing the answer over; it is logged for support.
        qCWarning(lcNet) << "ignoring an unreadable chat stream chunk of" << data.size() << "characters";
        return;
    case RunYourJson::StreamChunk::Type::Delta:
        break;
    }
    if (!chunk.text.isEmpty())
        emit textDelta(chunk.text);
    if (chunk.usage.isValid()
        && !(before.totalTokens == chunk.usage.totalTokens && before.promptTokens == chunk.usage.promptTokens
             && before.completionTokens == chunk.usage.completionTokens))
        emit usageReceived(chunk.usage);
    // Some gateways close right after finish_reason without [DONE]; the answer is whole then.
    if (!chunk.finishReason.isEmpty())
        m_call->markStreamComplete();
}

void ChatRequest::fail(ApiError error)
{
    if (m_cancelled || m_done)
        return;
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
