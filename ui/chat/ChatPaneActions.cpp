// SPDX-License-Identifier: GPL-3.0-or-later
// ChatPane: the per-message actions (edit, regenerate, versions, continue, retry, delete) and the chrome that follows
// the state.
#include "AppServices.h"
#include "KeyNotice.h"
#include "chat/ChatIcons.h"
#include "chat/ChatInput.h"
#include "chat/ChatPane.h"
#include "chat/ConversationList.h"
#include "chat/ConversationModel.h"
#include "chat/ConversationSettingsBar.h"
#include "chat/ConversationStore.h"
#include "chat/ModelStatusText.h"
#include "chat/TranscriptView.h"
#include "errors/RetryBanner.h"
#include "keys/KeyManager.h"
#include "runyour/ChatRequest.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTimer>
#include <QVBoxLayout>

namespace sajudesk {

namespace {
constexpr int inlineMessageMs = 8000; // long enough to read twice, short enough not to linger
} // namespace

void ChatPane::editMessage(int row)
{
    const ChatMessage *message = m_current ? m_current->messageAt(row) : nullptr;
    if (!message || !m_controller->canEdit(m_current, row))
        return;
    m_editRow = row;
    m_editMessageId = message->id;
    {
        const QSignalBlocker blocker(m_input);
        m_input->setPlainText(message->content);
    }
    m_input->moveCursor(QTextCursor::End);
    m_editBar->show();
    m_input->setFocus();
    updateButtons();
}

void ChatPane::cancelEdit()
{
    if (m_editRow < 0)
        return;
    m_editRow = -1;
    m_editMessageId.clear();
    m_editBar->hide();
    const QSignalBlocker blocker(m_input);
    m_input->setPlainText(m_current ? m_current->conversation().draft : QString());
    m_input->moveCursor(QTextCursor::End);
    updateButtons();
}

bool ChatPane::isAvailable(MessageAction action, int row) const
{
    ConversationModel *model = m_current;
    if (!model || row < 0 || row >= model->rowCount())
        return false;
    const ChatMessage *message = model->messageAt(row);
    switch (action) {
    case MessageAction::Copy:
    case MessageAction::CopyMarkdown:
        return true;
    case MessageAction::Edit:
        return m_controller->canEdit(model, row);
    case MessageAction::Regenerate:
        return m_controller->canRegenerate(model, row) && message->state == ChatMessage::State::Complete;
    case MessageAction::PreviousVersion:
        return m_controller->canSelectVersion(model, row) && message->versionIndex > 0;
    case MessageAction::NextVersion:
        return m_controller->canSelectVersion(model, row) && message->versionIndex + 1 < message->versionCount();
    case MessageAction::Continue:
        return m_controller->canContinue(model, row);
    case MessageAction::Retry:
        return m_controller->canRetry(model, row);
    case MessageAction::Delete:
        return m_controller->canDelete(model, row) && !(m_editRow >= 0 && model->rowOfId(m_editMessageId) == row);
    }
    return false;
}

void ChatPane::onAction(MessageAction action, int row)
{
    if (!m_current || !isAvailable(action, row))
        return;
    const ChatMessage *message = m_current->messageAt(row);
    switch (action) {
    case MessageAction::Edit:
        editMessage(row);
        break;
    case MessageAction::Regenerate:
        if (canSendNow() && m_controller->regenerate(m_current, row, m_model))
            m_transcript->scrollToBottom();
        break;
    case MessageAction::PreviousVersion:
        m_controller->selectVersion(m_current, row, message->versionIndex - 1);
        break;
    case MessageAction::NextVersion:
        m_controller->selectVersion(m_current, row, message->versionIndex + 1);
        break;
    case MessageAction::Continue:
        if (canSendNow() && m_controller->continueAnswer(m_current, row, m_model))
            m_transcript->scrollToBottom();
        break;
    case MessageAction::Retry:
        if (canSendNow() && m_controller->retry(m_current, row, m_model))
            m_transcript->scrollToBottom();
        break;
    case MessageAction::Delete:
        if (m_controller->deleteMessage(m_current, row)) {
            showInline(tr("Message deleted."), false);
            m_undoButton->show();
        }
        break;
    case MessageAction::Copy:
    case MessageAction::CopyMarkdown:
        break;
    }
    updateButtons();
}

void ChatPane::showInline(const QString &text, bool isError)
{
    m_statusLabel->setText(text);
    m_statusLabel->setForegroundRole(isError ? QPalette::Text : QPalette::WindowText);
    QFont font = m_statusLabel->font();
    font.setBold(isError);
    m_statusLabel->setFont(font);
    m_statusLabel->show();
    m_inlineTimer->start(inlineMessageMs);
}

void ChatPane::updateNotice()
{
    if (!m_services) {
        m_notice->setMessage(tr("Chat is not connected to any service."));
        m_notice->setDemoOffered(false);
        m_notice->show();
        return;
    }
    if (m_services->isDemo() || m_services->keyUnknown(AppServices::Service::RunYour)) {
        m_notice->hide(); // (a returning user's key is read after the first frame: no false alarm)
        return;
    }
    if (!m_services->hasKey(AppServices::Service::RunYour)) {
        m_notice->setMessage(tr("Chat needs a RunYour AI API key (runyour-v1-…). Add it in Settings › API Keys, "
                                "or try demo mode with sample answers."));
        m_notice->setDemoOffered(!m_services->hasAnyKey());
        m_notice->show();
        return;
    }
    if (m_services->keys()->authState(AppServices::Service::RunYour) == KeyManager::AuthState::Rejected) {
        m_notice->setMessage(tr("RunYour AI rejected the key. Enter a new key in Settings › API Keys."));
        m_notice->setDemoOffered(false);
        m_notice->show();
        return;
    }
    m_notice->hide();
}

void ChatPane::updateButtons()
{
    const bool busy = isBusy();
    m_sendButton->setVisible(!busy);
    m_stopButton->setVisible(busy);
    // Only while nothing has arrived: once text streams in it shows the progress itself (and the
    // animated bar would cost a tenth of the CPU of a fast stream).
    const ChatMessage *answer =
        busy && m_controller->target() ? m_controller->target()->messageAt(m_controller->targetRow()) : nullptr;
    m_busyIndicator->setVisible(busy && answer && answer->content.isEmpty() && answer->reasoning.isEmpty());
    m_sendButton->setEnabled(!m_input->isReadOnly() && m_input->hasSendableText());
    const bool targetShown = busy && m_controller->target() == m_current;
    m_list->setDeleteEnabled(m_current && !targetShown);
    const int last = m_current ? m_current->lastMessageRow() : -1;
    m_retryAnswerButton->setVisible(m_current && m_controller->canRetry(m_current, last));
    m_continueButton->setVisible(m_current && m_controller->canContinue(m_current, last));
    m_sendButton->setText(m_editRow >= 0 ? tr("Resend") : tr("Send"));
    m_settingsBar->setConversation(m_current, m_model); // a no-op unless another conversation is shown
    m_transcript->refreshActions();
}

void ChatPane::updateHint()
{
    m_hintLabel->setText(m_input->sendsWithCtrlEnter()
                             ? tr("Ctrl+Enter sends · Enter adds a line · right-click the box to change")
                             : tr("Enter sends · Shift+Enter adds a line · right-click the box to change"));
    updateInputPlaceholder();
    const QString keys = m_input->sendsWithCtrlEnter() ? QStringLiteral("Ctrl+Enter") : QStringLiteral("Enter");
    m_sendButton->setToolTip(tr("Send the message (%1)").arg(keys));
}

void ChatPane::updateInputPlaceholder()
{
    if (m_input->isReadOnly())
        m_input->setPlaceholderText(
            tr("This conversation was saved by a newer version of SajuDesk and can only be read here."));
    else
        m_input->setPlaceholderText(m_input->sendsWithCtrlEnter() ? tr("Ask anything… (Ctrl+Enter to send)")
                                                                  : tr("Ask anything… (Enter to send)"));
}

void ChatPane::retranslateUi()
{
    m_input->setAccessibleName(tr("Message"));
    m_stopButton->setText(tr("Stop"));
    m_stopButton->setToolTip(tr("Stop the answer (Esc)"));
    m_transcript->setAccessibleName(tr("Transcript"));
    m_retryAnswerButton->setText(tr("Retry"));
    m_retryAnswerButton->setToolTip(tr("Ask for this answer again"));
    m_continueButton->setText(tr("Continue"));
    m_continueButton->setToolTip(tr("Ask the model to go on from where the answer stopped"));
    m_undoButton->setText(tr("Undo"));
    m_editLabel->setText(tr("Editing a message: sending replaces it and the answers after it."));
    m_cancelEditButton->setText(tr("Cancel Edit"));
    m_busyIndicator->setAccessibleName(tr("Waiting for the answer"));
    updateHint();
    updateButtons();
}

void ChatPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateNotice();
        refreshList();
    }
    QWidget::changeEvent(event);
}

void ChatPane::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    m_input->setMaximumGrowHeight(height() * 2 / 5);
}

// ---- when Enter may send -----------------------------------------------------------------

bool ChatPane::canSendNow()
{
    if (!m_services) {
        updateNotice();
        return false;
    }
    if (m_services->keyUnknown(AppServices::Service::RunYour)) {
        // Enter pressed just after start, before the keychain answered: send once it has (the
        // text stays in the box meanwhile).
        showInline(tr("Reading your API key…"), false);
        m_sendWhenReady.start();
        connect(m_services->keys(), &KeyManager::loaded, this, &ChatPane::sendIfWaiting, Qt::UniqueConnection);
        return false;
    }
    if (!m_services->hasKey(AppServices::Service::RunYour)) {
        updateNotice();
        showInline(tr("Chat needs a RunYour AI key. Your text is kept."), true);
        return false;
    }
    if (m_model.isEmpty() && (!m_current || m_current->conversation().settings.model.isEmpty())) {
        // The cause the picker shows (no key, key rejected, offline …), never just "pick a model".
        const ModelChoice::ListState state = ModelStatusText::stateOf(m_services);
        const bool loading = state == ModelChoice::ListState::Loading;
        showInline(ModelStatusText::sendText(state), !loading);
        if (loading)
            m_sendWhenReady.start(); // setModel() sends once the list has given a model
        return false;
    }
    if (m_current && m_current->isReadOnly()) {
        showInline(tr("This conversation was saved by a newer version of SajuDesk and can only be read here. Start "
                      "a new conversation to continue."),
                   true);
        return false;
    }
    return true;
}

void ChatPane::sendIfWaiting()
{
    constexpr qint64 waitAtMostMs = 10'000; // later, a send nobody is waiting for would surprise
    if (!m_sendWhenReady.isValid())
        return;
    const bool fresh = m_sendWhenReady.elapsed() <= waitAtMostMs;
    m_sendWhenReady.invalidate();
    if (fresh)
        send();
}

} // namespace sajudesk
