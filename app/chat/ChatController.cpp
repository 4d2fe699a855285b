// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ChatController.h"

#include "chat/ConversationModel.h"
#include "runyour/ChatRequest.h"

namespace sajudesk {

namespace {

bool isAssistant(const ChatMessage *m)
{
    return m && m->role == ChatMessage::Role::Assistant;
}

} // namespace

ChatController::ChatController(RequestFactory factory, QObject *parent)
    : QObject(parent)
    , m_factory(std::move(factory))
{}

ChatController::~ChatController()
{
    if (m_run && m_run->request)
        m_run->request->cancel();
}

ConversationModel *ChatController::target() const
{
    return m_run ? m_run->model.data() : nullptr;
}

int ChatController::targetRow() const
{
    return m_run ? runRow() : -1;
}

bool ChatController::isTarget(const ConversationModel *model) const
{
    return m_run && model && m_run->model == model;
}

int ChatController::runRow() const
{
    if (!m_run || !m_run->model)
        return -1;
    const ChatMessage *m = m_run->model->messageAt(m_run->row);
    if (m && m->id == m_run->messageId)
        return m_run->row;
    return m_run->model->rowOfId(m_run->messageId); // rows moved (never expected): find it again
}

// ---- what may happen now ----------------------------------------------------------------------

bool ChatController::canEdit(const ConversationModel *model, int row) const
{
    const ChatMessage *m = model ? model->messageAt(row) : nullptr;
    return m && m->role == ChatMessage::Role::User && m->isUnderstood() && !model->isReadOnly() && !isBusy();
}

bool ChatController::canRegenerate(const ConversationModel *model, int row) const
{
    const ChatMessage *m = model ? model->messageAt(row) : nullptr;
    return isAssistant(m) && m->isUnderstood() && row == model->lastMessageRow() && !model->isReadOnly() && !isBusy();
}

bool ChatController::canContinue(const ConversationModel *model, int row) const
{
    const ChatMessage *m = model ? model->messageAt(row) : nullptr;
    return isAssistant(m) && m->canContinue() && row == model->lastMessageRow() && !model->isReadOnly() && !isBusy();
}

bool ChatController::canRetry(const ConversationModel *model, int row) const
{
    const ChatMessage *m = model ? model->messageAt(row) : nullptr;
    return isAssistant(m) && m->isUnderstood() && row == model->lastMessageRow() && !model->isReadOnly() && !isBusy()
           && (m->state == ChatMessage::State::Stopped || m->state == ChatMessage::State::Interrupted
               || m->state == ChatMessage::State::Failed);
}

bool ChatController::canDelete(const ConversationModel *model, int row) const
{
    return model && model->messageAt(row) && !model->isReadOnly() && !isTarget(model);
}

bool ChatController::canSelectVersion(const ConversationModel *model, int row) const
{
    const ChatMessage *m = model ? model->messageAt(row) : nullptr;
    return isAssistant(m) && m->versionCount() > 1 && !model->isReadOnly() && !isTarget(model);
}

bool ChatController::editDropsLaterMessages(const ConversationModel *model, int row)
{
    if (!model || !model->messageAt(row))
        return false;
    const int after = model->rowCount() - row - 1;
    if (after == 0)
        return false;
    // The turn's own answer is replaced anyway; anything past it is what the user would lose.
    return after > 1 || !isAssistant(model->messageAt(row + 1));
}

ChatParams ChatController::buildParams(const Conversation &conversation, int end, const QString &fallbackModel)
{
    ChatParams params;
    params.model = conversation.settings.model.isEmpty() ? fallbackModel : conversation.settings.model;
    params.temperature = conversation.settings.temperature;
    params.maxTokens = conversation.settings.maxTokens;
    if (!conversation.settings.systemPrompt.isEmpty())
        params.messages.append({ChatTurn::Role::System, conversation.settings.systemPrompt});
    end = std::min<int>(end, static_cast<int>(conversation.messages.size()));
    for (int i = 0; i < end; ++i) {
        const ChatMessage &m = conversation.messages.at(i);
        if (!m.isUnderstood() || m.state == ChatMessage::State::Failed || m.state == ChatMessage::State::Streaming)
            continue;
        switch (m.role) {
        case ChatMessage::Role::System:
            params.messages.append({ChatTurn::Role::System, m.content});
            break;
        case ChatMessage::Role::User:
            params.messages.append({ChatTurn::Role::User, m.content});
            break;
        case ChatMessage::Role::Assistant:
            // An unfinished answer is never sent back as if the model had said it, except as the
            // prefix a Continue asks the model to go on from.
            if (!m.content.isEmpty() && (m.state == ChatMessage::State::Complete || i + 1 == end))
                params.messages.append({ChatTurn::Role::Assistant, m.content});
            break;
        case ChatMessage::Role::Unknown:
            break;
        }
    }
    return params;
}

// ---- operations -------------------------------------------------------------------------------

bool ChatController::send(ConversationModel *model, const QString &text, const QString &fallbackModel)
{
    return sendTurn(model, text, fallbackModel, Operation::Send);
}

bool ChatController::editAndResend(ConversationModel *model, int row, const QString &text, const QString &fallbackModel)
{
    if (!canEdit(model, row) || text.trimmed().isEmpty())
        return false;
    model->removeMessages(row, model->rowCount() - row);
    return sendTurn(model, text, fallbackModel, Operation::EditResend);
}

bool ChatController::sendTurn(ConversationModel *model, const QString &text, const QString &fallbackModel,
                              Operation operation)
{
    if (isBusy() || !model || model->isReadOnly() || text.trimmed().isEmpty())
        return false;
    clearUndo();
    if (model->conversation().settings.model.isEmpty() && !fallbackModel.isEmpty()) {
        ChatSettings settings = model->conversation().settings;
        settings.model = fallbackModel;
        model->setSettings(settings);
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    model->appendMessage(ChatMessage::create(ChatMessage::Role::User, text, now));
    if (model->conversation().title.isEmpty())
        model->setTitle(model->conversation().suggestedTitle());
    const int end = static_cast<int>(model->conversation().messages.size());
    const ChatParams params = buildParams(model->conversation(), end, fallbackModel);
    ChatMessage answer = ChatMessage::create(ChatMessage::Role::Assistant, QString(), now);
    answer.state = ChatMessage::State::Streaming;
    answer.model = params.model;
    const int row = model->appendMessage(answer);
    model->touch();
    emit saveRequested(model, SaveReason::MessageSent);
    Run run;
    run.operation = operation;
    run.prompt = text;
    return startAnswer(model, row, std::move(run), params);
}

bool ChatController::retry(ConversationModel *model, int row, const QString &fallbackModel)
{
    if (!canRetry(model, row))
        return false;
    clearUndo();
    const ChatMessage before = *model->messageAt(row);
    const ChatParams params = buildParams(model->conversation(), model->messageIndexOfRow(row), fallbackModel);
    // The old partial answer stays on screen (marked as being retried) until new text arrives.
    model->updateMessage(row, [](ChatMessage &m) { m.state = ChatMessage::State::Streaming; },
                         {ConversationModel::StateRole});
    Run run;
    run.operation = Operation::Retry;
    run.before = before;
    return startAnswer(model, row, std::move(run), params);
}

bool ChatController::regenerate(ConversationModel *model, int row, const QString &fallbackModel)
{
    if (!canRegenerate(model, row))
        return false;
    clearUndo();
    const ChatMessage before = *model->messageAt(row);
    const ChatParams params = buildParams(model->conversation(), model->messageIndexOfRow(row), fallbackModel);
    model->updateMessage(row, [&params](ChatMessage &m) {
        m.startNewVersion(QDateTime::currentDateTimeUtc());
        m.model = params.model;
    });
    Run run;
    run.operation = Operation::Regenerate;
    run.before = before;
    return startAnswer(model, row, std::move(run), params);
}

bool ChatController::continueAnswer(ConversationModel *model, int row, const QString &fallbackModel)
{
    if (!canContinue(model, row))
        return false;
    clearUndo();
    const ChatMessage before = *model->messageAt(row);
    const ChatParams params = buildParams(model->conversation(), model->messageIndexOfRow(row) + 1, fallbackModel);
    model->updateMessage(row, [](ChatMessage &m) {
        m.state = ChatMessage::State::Streaming;
        m.errorCode.clear();
        m.finishReason.clear();
    });
    Run run;
    run.operation = Operation::Continue;
    run.before = before;
    run.previousDurationMs = std::max<qint64>(0, before.durationMs);
    return startAnswer(model, row, std::move(run), params);
}

bool ChatController::selectVersion(ConversationModel *model, int row, int versionIndex)
{
    if (!canSelectVersion(model, row))
        return false;
    bool changed = false;
    model->updateMessage(row, [&](ChatMessage &m) { changed = m.selectVersion(versionIndex); });
    if (changed)
        emit saveRequested(model, SaveReason::StateChanged);
    return changed;
}

bool ChatController::deleteMessage(ConversationModel *model, int row)
{
    if (!canDelete(model, row))
        return false;
    m_deleted = Deleted{model, row, *model->messageAt(row)};
    model->removeMessages(row, 1);
    emit saveRequested(model, SaveReason::StateChanged);
    emit undoAvailableChanged(true);
    return true;
}

bool ChatController::undoDelete()
{
    if (!canUndoDelete() || isTarget(m_deleted->model))
        return false;
    const Deleted deleted = *m_deleted;
    m_deleted.reset();
    deleted.model->insertMessage(deleted.row, deleted.message);
    emit saveRequested(deleted.model, SaveReason::StateChanged);
    emit undoAvailableChanged(false);
    return true;
}

void ChatController::clearUndo()
{
    if (!m_deleted)
        return;
    m_deleted.reset();
    emit undoAvailableChanged(false);
}

void ChatController::stop()
{
    if (!m_run)
        return;
    if (m_run->request)
        m_run->request->cancel();
    const bool kept = m_run->gotText || m_run->gotReasoning;
    if (kept) {
        const qint64 elapsed = m_run->clock.elapsed() + m_run->previousDurationMs;
        m_run->model->updateMessage(runRow(), [elapsed](ChatMessage &m) {
            m.state = ChatMessage::State::Stopped;
            m.errorCode = QString::fromLatin1(ApiErrorCode::Cancelled);
            m.durationMs = elapsed;
        });
    }
    finishRun(false, kept, nullptr);
}

void ChatController::retryNow()
{
    if (m_run && m_run->request)
        m_run->request->retryNow();
}

// ---- the running request ----------------------------------------------------------------------

bool ChatController::startAnswer(ConversationModel *model, int row, Run run, const ChatParams &params)
{
    ChatRequest *request = m_factory ? m_factory(params, model->conversation().settings.stream, this) : nullptr;
    run.model = model;
    run.messageId = model->messageAt(row) ? model->messageAt(row)->id : QString();
    run.row = row;
    run.request = request;
    run.clock.start();
    m_run = run;
    if (!request) {
        ApiError error = ApiError::local(ApiError::Service::RunYour, QString(), ApiErrorCode::InvalidInput,
                                         tr("The chat service is not available."));
        onFailed(error, ChatCompletion());
        return false;
    }
    connect(request, &ChatRequest::started, this, &ChatController::attemptStarted);
    connect(request, &ChatRequest::textDelta, this, &ChatController::onText);
    connect(request, &ChatRequest::reasoningDelta, this, &ChatController::onReasoning);
    // A refusal stands in for the answer: it is what the model said, shown and kept as such.
    connect(request, &ChatRequest::refusalDelta, this, &ChatController::onText);
    connect(request, &ChatRequest::usageReceived, this, &ChatController::onUsage);
    connect(request, &ChatRequest::completed, this, &ChatController::onCompleted);
    connect(request, &ChatRequest::failed, this, &ChatController::onFailed);
    connect(request, &ChatRequest::retryScheduled, this, [this](int attempt, qint64 delayMs, const ApiError &error) {
        emit retryScheduled(attempt, m_maxAttempts, delayMs, error);
    });
    emit busyChanged(true);
    request->start();
    return true;
}

void ChatController::onText(const QString &text)
{
    if (!m_run || !m_run->model || text.isEmpty())
        return;
    ConversationModel *model = m_run->model;
    const int row = runRow();
    const bool first = !m_run->gotText;
    if (first) {
        const qint64 elapsed = m_run->clock.elapsed();
        const bool replaceOld = m_run->operation == Operation::Retry && !m_run->gotReasoning;
        const bool thought = m_run->gotReasoning;
        const bool continuing = m_run->operation == Operation::Continue;
        model->updateMessage(row, [&](ChatMessage &m) {
            if (replaceOld) {
                m.content.clear();
                m.reasoning.clear();
                m.reasoningMs = -1;
                m.errorCode.clear();
                m.finishReason.clear();
                m.usage = {};
            }
            if (!continuing)
                m.firstTokenMs = elapsed;
            if (thought)
                m.reasoningMs = elapsed;
            m.content += text;
        });
        m_run->gotText = true;
    } else {
        model->appendContent(row, text);
    }
    emit answerTextReceived(model->messageAt(row)->content.size());
    emit saveRequested(model, SaveReason::StreamProgress);
}

void ChatController::onReasoning(const QString &text)
{
    if (!m_run || !m_run->model || text.isEmpty())
        return;
    ConversationModel *model = m_run->model;
    const int row = runRow();
    if (!m_run->gotReasoning && !m_run->gotText && m_run->operation == Operation::Retry) {
        model->updateMessage(row, [](ChatMessage &m) {
            m.content.clear();
            m.reasoning.clear();
            m.errorCode.clear();
            m.finishReason.clear();
            m.usage = {};
        });
    }
    m_run->gotReasoning = true;
    model->appendReasoning(row, text);
    emit saveRequested(model, SaveReason::StreamProgress);
}

void ChatController::onUsage(const ChatUsage &usage)
{
    if (!m_run || !m_run->model)
        return;
    const std::optional<ChatMessage> before = m_run->operation == Operation::Continue ? m_run->before : std::nullopt;
    m_run->model->updateMessage(runRow(),
                                [&](ChatMessage &m) {
                                    m.usage.promptTokens = usage.promptTokens;
                                    m.usage.completionTokens = usage.completionTokens;
                                    if (before && before->usage.completionTokens >= 0 && usage.completionTokens >= 0)
                                        m.usage.completionTokens += before->usage.completionTokens;
                                },
                                {ConversationModel::PromptTokensRole, ConversationModel::CompletionTokensRole});
}

void ChatController::onCompleted(const ChatCompletion &completion)
{
    if (!m_run || !m_run->model)
        return;
    const qint64 elapsed = m_run->clock.elapsed() + m_run->previousDurationMs;
    const bool thought = m_run->gotReasoning && !m_run->gotText;
    const qint64 sinceStart = m_run->clock.elapsed();
    m_run->model->updateMessage(runRow(), [&](ChatMessage &m) {
        m.state = ChatMessage::State::Complete;
        m.errorCode.clear();
        m.finishReason = completion.finishReason;
        if (!completion.model.isEmpty())
            m.model = completion.model;
        m.durationMs = elapsed;
        if (thought)
            m.reasoningMs = sinceStart;
    });
    if (completion.usage.isValid())
        onUsage(completion.usage);
    emit requestSucceeded();
    finishRun(true, true, nullptr);
}

void ChatController::onFailed(const ApiError &error, const ChatCompletion &partial)
{
    Q_UNUSED(partial) // every piece of it already came through textDelta
    if (!m_run)
        return;
    emit requestFailed(error);
    const bool kept = m_run->gotText || m_run->gotReasoning;
    if (kept && m_run->model) {
        const qint64 elapsed = m_run->clock.elapsed() + m_run->previousDurationMs;
        m_run->model->updateMessage(runRow(), [&](ChatMessage &m) {
            m.state = ChatMessage::State::Interrupted;
            m.errorCode = error.code;
            m.durationMs = elapsed;
        });
    }
    finishRun(false, kept, &error);
}

void ChatController::finishRun(bool completed, bool textKept, const ApiError *error)
{
    if (!m_run)
        return;
    const Run run = *m_run;
    m_run.reset();
    if (run.request) {
        run.request->disconnect(this);
        run.request->cancel();
        run.request->deleteLater();
    }
    ConversationModel *model = run.model;
    if (model && !textKept) {
        const int row = model->rowOfId(run.messageId);
        switch (run.operation) {
        case Operation::Send:
        case Operation::EditResend:
            // Nothing came back: the turn is taken back and the text returns to the input box.
            if (row >= 0) {
                const ChatMessage *user = model->messageAt(row - 1);
                const bool withUser = user && user->role == ChatMessage::Role::User;
                model->removeMessages(withUser ? row - 1 : row, withUser ? 2 : 1);
            }
            break;
        case Operation::Retry:
        case Operation::Regenerate:
        case Operation::Continue:
            if (row >= 0 && run.before)
                model->setMessage(row, *run.before);
            break;
        case Operation::None:
            break;
        }
    }
    if (model && (completed || textKept))
        model->touch();
    emit busyChanged(false);
    if (model) {
        emit saveRequested(model, SaveReason::StateChanged);
        if (error)
            emit failed(model, *error, run.operation, textKept);
        if (!textKept && (run.operation == Operation::Send || run.operation == Operation::EditResend))
            emit promptReturned(model, run.prompt);
        emit answerFinished(model, completed);
    }
}

} // namespace sajudesk
