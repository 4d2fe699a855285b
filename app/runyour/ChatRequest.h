// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"
#include "net/RemoteRequest.h"
#include "runyour/RunYourConfig.h"
#include "runyour/RunYourJson.h"

#include <QObject>
#include <QPointer>

namespace sajudesk {

class ApiCall;
class HttpClient;
class ModelCatalog;

/// One POST /v1/chat/completions, streaming (default) or not. Emits textDelta for every piece
/// of text as it arrives (non-streaming: once, with the whole answer), then exactly one of
/// completed / failed, then finished — unless cancel() came first, after which nothing.
///
///   auto *chat = new ChatRequest(&http, cfg, params, this);
///   chat->setModelCatalog(&catalog);     // an unsupported-model error refreshes the list
///   connect(chat, &ChatRequest::textDelta, view, &ChatView::appendText);
///   connect(chat, &ChatRequest::retryScheduled, panel, &ErrorPanel::showCountdown);
///   connect(chat, &ChatRequest::failed, panel, &ErrorPanel::showError);   // partial text stays
///   connect(chat, &ChatRequest::finished, chat, &QObject::deleteLater);
///   chat->start();
///
/// Bad input (model without `provider/`, empty prompt, …) fails with kind Input without any
/// request. A stream that closes before [DONE] / finish_reason fails with kind Incomplete and
/// the partial answer in `partial`; it is never re-sent once text was shown.
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

public slots:
    void start();

signals:
    /// Attempt `attempt` (1-based) is being sent.
    void started(int attempt);
    void textDelta(const QString &text);
    /// Token usage, when the server sends it (never guaranteed).
    void usageReceived(const sajudesk::ChatUsage &usage);
    void completed(const sajudesk::ChatCompletion &completion);
    void failed(const sajudesk::ApiError &error, const sajudesk::ChatCompletion &partial);

private:
    void onStreamData(const QString &data);
    void fail(ApiError error);

    HttpClient *m_client;
    RunYourConfig m_config;
    ChatParams m_params;
    QPointer<ModelCatalog> m_catalog;
    ChatStreamAssembler m_assembler;
    ChatCompletion m_completion;
    ApiError m_error;
    bool m_streaming = true;
    bool m_keepText = true;
    bool m_started = false;
    bool m_done = false;
};

} // namespace sajudesk
