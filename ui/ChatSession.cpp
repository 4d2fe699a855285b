// SPDX-License-Identifier: GPL-3.0-or-later
// Only this file sees the RunYour wire types (runyour/RunYourJson.h); the pane uses chat/.
#include "ChatSession.h"

#include "AppServices.h"
#include "runyour/ChatRequest.h"

namespace sajudesk {

namespace {
// Whatever the RunYour client calls its message type, the pane never names it.
using WireMessage = decltype(ChatParams::messages)::value_type;
} // namespace

ChatSession::ChatSession(AppServices *services, const QString &model, const QList<Turn> &turns, QObject *parent)
    : QObject(parent)
    , m_services(services)
{
    ChatParams params;
    params.model = model;
    for (const Turn &turn : turns) {
        WireMessage message;
        message.role = turn.role == Role::System ? WireMessage::Role::System
                       : turn.role == Role::User ? WireMessage::Role::User
                                                 : WireMessage::Role::Assistant;
        message.content = turn.content;
        params.messages.append(message);
    }
    const RunYourConfig config = services->runYourConfig();
    m_maxAttempts = config.retryPolicy.maxAttempts;
    m_request = new ChatRequest(services->http(), config, params, this);
    m_request->setModelCatalog(services->models());
    connect(m_request, &ChatRequest::started, this, &ChatSession::attemptStarted);
    connect(m_request, &ChatRequest::textDelta, this, [this](const QString &text) {
        m_text += text;
        emit textDelta(text);
    });
    connect(m_request, &ChatRequest::retryScheduled, this, &ChatSession::retryScheduled);
    connect(m_request, &ChatRequest::completed, this, [this](const ChatCompletion &completion) {
        m_services->reportSuccess(ApiError::Service::RunYour);
        // Non-streaming answers arrive whole; keep whichever text is longer.
        if (completion.text.size() > m_text.size())
            m_text = completion.text;
        emit completed(m_text, completion.model);
    });
    connect(m_request, &ChatRequest::failed, this, [this](const ApiError &error, const ChatCompletion &partial) {
        if (partial.text.size() > m_text.size())
            m_text = partial.text;
        emit failed(error, m_text);
    });
}

ChatSession::~ChatSession()
{
    cancel();
}

int ChatSession::maxAttempts() const
{
    return m_maxAttempts;
}

bool ChatSession::isRunning() const
{
    return m_request && m_request->isRunning();
}

void ChatSession::start()
{
    if (m_request)
        m_request->start();
}

void ChatSession::cancel()
{
    if (m_request)
        m_request->cancel();
}

void ChatSession::retryNow()
{
    if (m_request)
        m_request->retryNow();
}

} // namespace sajudesk
