// SPDX-License-Identifier: GPL-3.0-or-later
// ChatPane: the list of conversations and when they are written to disk.
#include "AppServices.h"
#include "chat/ChatInput.h"
#include "chat/ChatPane.h"
#include "chat/ConversationList.h"
#include "chat/ConversationModel.h"
#include "chat/ConversationStore.h"
#include "chat/TranscriptView.h"

#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTimer>

namespace sajudesk {

namespace {

bool s_confirmOverride = false;
bool s_confirmAnswer = true;

// Nothing worth keeping: not written, so "New" does not litter the disk.
bool isBlank(const Conversation &c)
{
    return c.messages.isEmpty() && c.draft.trimmed().isEmpty() && c.settings.systemPrompt.isEmpty();
}

} // namespace

void ChatPane::setServices(AppServices *services)
{
    m_services = services;
    if (services) {
        connect(services, &AppServices::configChanged, this, &ChatPane::updateNotice);
        connect(services, &AppServices::keyStatusChanged, this, &ChatPane::updateNotice);
    }
    loadConversations();
    updateNotice();
}

void ChatPane::loadConversations()
{
    if (!m_services) {
        refreshList();
        select(nullptr);
        return;
    }
    m_store = std::make_unique<ConversationStore>(m_services->conversationsDirectory());
    QStringList problems;
    const QList<Conversation> loaded = m_store->loadAll(&problems);
    for (const QString &problem : std::as_const(problems)) {
        ApiError error = ApiError::local(ApiError::Service::Local, QString(), ApiErrorCode::InvalidInput, problem);
        error.code = QStringLiteral("damaged_conversation");
        emit errorOccurred(error);
    }
    for (const Conversation &c : loaded)
        addConversation(c, false);
    select(m_conversations.isEmpty() ? nullptr : m_conversations.first());
}

ConversationModel *ChatPane::addConversation(const Conversation &conversation, bool front)
{
    auto *model = new ConversationModel(conversation, this);
    if (front)
        m_conversations.prepend(model);
    else
        m_conversations.append(model);
    return model;
}

ConversationModel *ChatPane::find(const QString &id) const
{
    if (id.isEmpty())
        return nullptr;
    for (ConversationModel *model : m_conversations) {
        if (model->id() == id)
            return model;
    }
    return nullptr;
}

void ChatPane::refreshList()
{
    // Most recent activity first; the running answer's conversation moves up as it ends.
    std::stable_sort(m_conversations.begin(), m_conversations.end(),
                     [](const ConversationModel *a, const ConversationModel *b) {
                         return a->conversation().updatedAt > b->conversation().updatedAt;
                     });
    QList<ConversationList::Entry> entries;
    entries.reserve(m_conversations.size());
    for (const ConversationModel *model : std::as_const(m_conversations))
        entries.append({model->id(), model->conversation().displayTitle(), model->conversation().updatedAt});
    m_list->setEntries(entries, m_current ? m_current->id() : QString());
    updateButtons();
}

void ChatPane::select(ConversationModel *model)
{
    if (model == m_current && model)
        return;
    if (m_current && m_draftTimer->isActive()) {
        m_draftTimer->stop();
        saveNow(m_current);
    }
    if (m_editRow >= 0) {
        m_editRow = -1;
        m_editMessageId.clear();
        m_editBar->hide();
    }
    m_current = model;
    m_transcript->setModel(model);
    {
        const QSignalBlocker blocker(m_input);
        m_input->setPlainText(model ? model->conversation().draft : QString());
        m_input->moveCursor(QTextCursor::End);
    }
    m_statusLabel->hide();
    m_undoButton->hide();
    refreshList();
    if (model && !model->conversation().settings.model.isEmpty())
        emit conversationModelChanged(model->conversation().settings.model);
}

void ChatPane::newConversation()
{
    ConversationModel *model = addConversation(Conversation::create(ChatSettings{m_model, {}, {}, {}, true}), true);
    select(model);
    m_input->setFocus();
}

void ChatPane::startSeededConversation(const QString &title, const QString &context, const QString &draft)
{
    Conversation c = Conversation::create(ChatSettings{m_model, {}, {}, {}, true});
    c.title = title;
    c.settings.systemPrompt = context;
    c.draft = draft;
    ConversationModel *model = addConversation(c, true);
    saveNow(model);
    select(model);
    m_input->setFocus();
}

void ChatPane::deleteCurrentConversation()
{
    ConversationModel *model = m_current;
    if (!model || (isBusy() && m_controller->target() == model))
        return;
    const QString title =
        model->conversation().displayTitle().isEmpty() ? tr("New conversation") : model->conversation().displayTitle();
    bool confirmed = s_confirmAnswer;
    if (!s_confirmOverride) {
        confirmed = QMessageBox::question(this, tr("Delete Conversation"),
                                          tr("Delete the conversation “%1”? This cannot be undone.").arg(title),
                                          QMessageBox::Yes | QMessageBox::No, QMessageBox::No)
                    == QMessageBox::Yes;
    }
    if (!confirmed)
        return;
    QString problem;
    if (m_store && !isBlank(model->conversation()) && !m_store->remove(model->id(), &problem)) {
        showInline(tr("The conversation could not be deleted: %1").arg(problem), true);
        return;
    }
    const int index = static_cast<int>(m_conversations.indexOf(model));
    m_conversations.removeAt(index);
    m_pendingSaves.remove(model);
    select(m_conversations.isEmpty() ? nullptr : m_conversations.at(std::min<int>(index, m_conversations.size() - 1)));
    model->deleteLater();
}

void ChatPane::setDeleteConfirmationForTesting(bool enabled, bool answer)
{
    s_confirmOverride = enabled;
    s_confirmAnswer = answer;
}

// ---- writing ------------------------------------------------------------------------------

void ChatPane::persist(ConversationModel *model, ChatController::SaveReason reason)
{
    if (!model)
        return;
    if (reason == ChatController::SaveReason::StreamProgress) {
        // At most every two seconds while text streams in; a crash loses at most that much.
        m_pendingSaves.insert(model);
        if (!m_progressSaveTimer->isActive())
            m_progressSaveTimer->start();
        return;
    }
    m_pendingSaves.remove(model);
    saveNow(model);
    if (reason == ChatController::SaveReason::StateChanged)
        refreshList();
}

void ChatPane::flushPendingSaves()
{
    const QSet<ConversationModel *> pending = m_pendingSaves;
    m_pendingSaves.clear();
    for (ConversationModel *model : pending) {
        if (m_conversations.contains(model))
            saveNow(model);
    }
}

void ChatPane::saveDraftSoon()
{
    m_draftTimer->start();
}

void ChatPane::saveNow(ConversationModel *model)
{
    if (!model || !m_store || model->isReadOnly() || isBlank(model->conversation()))
        return;
    QString problem;
    if (!m_store->save(model->conversation(), &problem)) {
        ApiError error = ApiError::local(ApiError::Service::Local, QString(), ApiErrorCode::InvalidInput,
                                         tr("The conversation could not be saved: %1").arg(problem));
        error.code = QStringLiteral("save_failed");
        emit errorOccurred(error);
    }
}

void ChatPane::prepareToQuit()
{
    if (isBusy())
        m_controller->stop();
    m_draftTimer->stop();
    m_progressSaveTimer->stop();
    if (!m_current && !m_input->toPlainText().trimmed().isEmpty()) {
        // Text typed before any conversation existed is kept as the draft of a new one.
        Conversation c = Conversation::create(ChatSettings{m_model, {}, {}, {}, true});
        c.draft = m_input->toPlainText();
        select(addConversation(c, true));
    }
    // What changed and is not on disk yet: streamed text waiting for its timer, the draft.
    m_pendingSaves.insert(m_current);
    flushPendingSaves();
}

} // namespace sajudesk
