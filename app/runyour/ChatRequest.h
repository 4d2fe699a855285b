// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"
#include "net/RemoteRequest.h"
#include "runyour/RunYourConfig.h"
#include "runyour/RunYourJson.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

class QTimer;

namespace sajudesk {

class ApiCall;
class HttpClient;
class ModelCatalog;
struct SseEvent;

/// One POST /v1/chat/completions, streaming (default) or not. Emits textDelta for every piece
/// of answer text as it arrives (non-streaming: once, with the whole answer), reasoningDelta for
/// the model's thinking and refusalDelta for a refusal (neither is part of the answer text), then
/// exactly one of completed / failed, then finished — unless cancel() came first, after which
/// nothing.
///
///   auto *chat = new ChatRequest(&http, cfg, params, this);
///   chat->setModelCatalog(&catalog);     // an unsupported-model error refreshes the list
///   connect(chat, &ChatRequest::textDelta, view, &ChatView::appendText);
///   connect(chat, &ChatRequest::waitingForModel, view, &ChatView::showWaiting);  // N s, until text
///   connect(chat, &ChatRequest::retryScheduled, panel, &ErrorPanel::showCountdown);
///   connect(chat, &ChatRequest::failed, panel, &ErrorPanel::showError);   // partial text stays
///   connect(chat, &ChatRequest::finished, chat, &QObject::deleteLater);
///   chat->start();
///
/// Bad input (empty prompt, a model without `provider/` on the gateway's own host …) fails with
/// kind Input without any request. Once a 2xx answer has begun nothing is re-sent: a stream that
/// closes before [DONE] / finish_reason fails with kind Incomplete and the partial answer in
/// `partial`; an error event inside the stream fails with the server's code and message.
/// `stream_options.include_usage` is sent per ChatParams::includeUsage / RunYourConfig::streamUsage
/// (default: only to api.runyour.ai); a 400 that names it is answered by sending once more without
/// it, and that base URL is remembered for the rest of the run.
class ChatRequest : public RemoteRequest
{
    Q_OBJECT
public:
    static constexpr const char *endpointPath = "/chat/completions";

    ChatRequest(HttpClient *client, const RunYourConfig &config, const ChatParams &params, QObject *parent = nullptr);
    ~ChatRequest() override;
    Q_DISABLE_COPY(ChatRequest)

    void setStreaming(bool streaming) { m_streaming = streaming; }
    bool isStreaming() const { return m_streaming; }
    /// false: text is only emitted, not accumulated in completion() (flat memory for pipes).
    void setKeepText(bool keep) { m_keepText = keep; }
    void setModelCatalog(ModelCatalog *catalog);

    const ChatParams &params() const { return m_params; }
    /// The answer so far (complete after completed()).
    const ChatCompletion &completion() const { return m_completion; }
    const ApiError &error() const { return m_error; }
    bool isRunning() const;
    /// Whether the request being sent asks for a usage chunk (stream_options.include_usage).
    bool sendsStreamOptions() const { return m_includeUsage; }

    /// True when `baseUrl` answered a 400 about stream_options earlier in this run.
    static bool streamOptionsRejected(const QUrl &baseUrl);

public slots:
    void start();

signals:
    /// Attempt `attempt` (1-based) is being sent.
    void started(int attempt);
    void textDelta(const QString &text);
    /// The model's thinking (`reasoning_content` / `reasoning`), streamed or whole.
    void reasoningDelta(const QString &text);
    /// The model declined (`refusal`); this text stands in for the answer.
    void refusalDelta(const QString &text);
    /// About once a second from sending until the first answer, reasoning or refusal text:
    /// seconds waited so far (not emitted while a retry is scheduled).
    void waitingForModel(int seconds);
    /// Token usage, when the server sends it (never guaranteed).
    void usageReceived(const sajudesk::ChatUsage &usage);
    void completed(const sajudesk::ChatCompletion &completion);
    void failed(const sajudesk::ApiError &error, const sajudesk::ChatCompletion &partial);

private:
    void send();
    void onStreamEvent(const SseEvent &event);
    void onSucceeded(int httpStatus, int attempt, const QByteArray &body);
    void onCallFailed(const ApiError &error);
    void noteOutput(const RunYourJson::StreamChunk &chunk);
    void stopWaiting();
    void fail(ApiError error);

    HttpClient *m_client;
    RunYourConfig m_config;
    ChatParams m_params;
    QPointer<ModelCatalog> m_catalog;
    ChatStreamAssembler m_assembler;
    ChatCompletion m_completion;
    ApiError m_error;
    QTimer *m_waitTimer;
    QElapsedTimer m_waitClock;
    bool m_streaming = true;
    bool m_keepText = true;
    bool m_includeUsage = false;
    bool m_triedWithoutStreamOptions = false;
    bool m_started = false;
    bool m_done = false;
};

} // namespace sajudesk
