// SPDX-License-Identifier: GPL-3.0-or-later
// ChatPane: the list of conversations, and what it tells ConversationAutosaver (which decides when
// they are written).
#include "AppServices.h"
#include "chat/ChatInput.h"
#include "chat/ChatPane.h"
#include "chat/ConversationAutosaver.h"
#include "chat/ConversationList.h"
#include "chat/ConversationModel.h"
#include "chat/ConversationStore.h"
#include "chat/TranscriptView.h"

#include <QFile>
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

// A blank conversation is written only when it is on disk already (its draft was cleared).
bool worthWriting(const Conversation &c, const ConversationStore *store)
{
    return store && (!isBlank(c) || QFile::exists(store->pathFor(c.id)));
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
    if (m_autosaver) {
        m_autosaver->flush();
        delete m_autosaver;
    }
    m_store = std::make_unique<ConversationStore>(m_services->conversationsDirectory());
    m_autosaver = new ConversationAutosaver(m_store.get(), this);
    connect(m_autosaver, &ConversationAutosaver::saveFailed, this, &ChatPane::onSaveFailed);
    connect(m_autosaver, &ConversationAutosaver::saveRecovered, this,
            [this] { showInline(tr("Saved: the conversation is on disk again."), false); });
    QStringList problems, notices;
    const QList<Conversation> loaded = m_store->loadAll(&problems, &notices);
    for (const QString &problem : std::as_const(problems)) {
        ApiError error = ApiError::local(ApiError::Service::Local, QString(), ApiErrorCode::InvalidInput, problem);
        error.code = QStringLiteral("damaged_conversation");
        emit errorOccurred(error);
    }
    for (const QString &notice : std::as_const(notices)) {
        ApiError error = ApiError::local(ApiError::Service::Local, QString(), ApiErrorCode::InvalidInput, notice);
        error.code = QStringLiteral("newer_format");
        error.hint = tr("Open it with the newer SajuDesk to continue it; this version only shows it.");
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
        m_input->setReadOnly(model && model->isReadOnly()); // never saved by this version: nothing to type
    }
    updateInputPlaceholder();
    m_statusLabel->hide();
    m_undoButton->hide();
    refreshList();
    if (model && !model->conversation().settings.model.isEmpty())
        emit conversationModelChanged(model->conversation().settings.model);
}

void ChatPane::newConversation()
{
    ConversationModel *model = addConversation(Conversation::create(newConversationSettings()), true);
    select(model);
    m_input->setFocus();
}

void ChatPane::startSeededConversation(const QString &title, const QString &context, const QString &draft)
{
    Conversation c = Conversation::create(newConversationSettings());
    c.title = title;
    c.settings.systemPrompt = context;
    c.draft = draft;
    ConversationModel *model = addConversation(c, true);
    persist(model, ChatController::SaveReason::StateChanged);
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
    if (m_autosaver)
        m_autosaver->discard(model->id()); // a pending draft must not bring it back
    if (m_store && QFile::exists(m_store->pathFor(model->id())) && !m_store->remove(model->id(), &problem)) {
        showInline(tr("The conversation could not be deleted: %1").arg(problem), true);
        return;
    }
    const int index = static_cast<int>(m_conversations.indexOf(model));
    m_conversations.removeAt(index);
    select(m_conversations.isEmpty() ? nullptr : m_conversations.at(std::min<int>(index, m_conversations.size() - 1)));
    model->deleteLater();
}

void ChatPane::setDeleteConfirmationForTesting(bool enabled, bool answer)
{
    s_confirmOverride = enabled;
    s_confirmAnswer = answer;
}

// ---- saving (ConversationAutosaver decides when; these only say what changed) -------------

void ChatPane::persist(ConversationModel *model, ChatController::SaveReason reason)
{
    if (!model || !m_autosaver || !m_conversations.contains(model))
        return;
    const Conversation &c = model->conversation();
    if (reason != ChatController::SaveReason::StreamProgress)
        m_progress.removeAll(model); // what is written now includes it
    switch (reason) {
    case ChatController::SaveReason::MessageSent:
        // Before the request goes out: the prompt survives a crash or kill at any moment.
        m_autosaver->messageSent(c);
        break;
    case ChatController::SaveReason::StreamProgress:
        // Handed over in batches (m_progressTimer); written at most every 2 s.
        if (!m_progress.contains(model))
            m_progress.append(model);
        if (!m_progressTimer->isActive())
            m_progressTimer->start();
        break;
    case ChatController::SaveReason::StateChanged:
        if (worthWriting(c, m_store.get()))
            m_autosaver->stateChanged(c);
        refreshList();
        break;
    }
}

void ChatPane::handOverProgress()
{
    m_progressTimer->stop();
    const QList<QPointer<ConversationModel>> models = std::exchange(m_progress, {});
    for (ConversationModel *model : models) {
        if (model && m_autosaver && m_conversations.contains(model))
            m_autosaver->streamProgress(model->conversation());
    }
}

void ChatPane::saveDraftSoon()
{
    if (m_current && m_autosaver && worthWriting(m_current->conversation(), m_store.get()))
        m_autosaver->draftChanged(m_current->conversation());
}

void ChatPane::onSaveFailed(const QString &conversationId, const QString &message)
{
    Q_UNUSED(conversationId)
    ApiError error = ApiError::local(ApiError::Service::Local, QString(), ApiErrorCode::InvalidInput, message);
    error.code = QStringLiteral("save_failed");
    error.hint = tr("Free some disk space, or check that the folder can be written to. SajuDesk saves the "
                    "conversation again on its own.");
    emit errorOccurred(error);
    showInline(message, true);
}

bool ChatPane::hasUnsavedChanges() const
{
    return m_autosaver && m_autosaver->hasUnsavedChanges();
}

QString ChatPane::unsavedChangesError() const
{
    return m_autosaver ? m_autosaver->lastError() : QString();
}

void ChatPane::prepareToQuit()
{
    handOverProgress();
    if (isBusy())
        m_controller->stop(); // the partial answer is kept, marked stopped, and written
    if (!m_current && !m_input->toPlainText().trimmed().isEmpty()) {
        // Text typed before any conversation existed is kept as the draft of a new one.
        Conversation c = Conversation::create(newConversationSettings());
        c.draft = m_input->toPlainText();
        select(addConversation(c, true));
        saveDraftSoon();
    }
    if (m_autosaver)
        m_autosaver->flush();
}

} // namespace sajudesk
