// SPDX-License-Identifier: GPL-3.0-or-later
// ChatPane: the list of conversations, and what it tells ConversationAutosaver (which decides when
// they are written).
#include "AppServices.h"
#include "FirstPaint.h"
#include "chat/ChatInput.h"
#include "chat/ChatPane.h"
#include "chat/ConversationAutosaver.h"
#include "chat/ConversationFilterModel.h"
#include "chat/ConversationList.h"
#include "chat/ConversationModel.h"
#include "chat/ConversationStore.h"
#include "chat/TranscriptView.h"

#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QTimer>

namespace sajudesk {

namespace {

// About 20 ms of reading on a slow disk: below it, waiting beats showing a list that fills in.
constexpr int readAtOnceLimit = 50;

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

// The autosaver's store: every write also updates the library (list row, index, search text),
// so the list follows activity without reading the file back.
class LibraryStore : public ConversationStore
{
public:
    LibraryStore(const QString &directory, ConversationLibrary *library)
        : ConversationStore(directory)
        , m_library(library)
    {}
    bool save(const Conversation &conversation, QString *error) const override
    {
        if (!ConversationStore::save(conversation, error))
            return false;
        m_library->noteSaved(conversation);
        return true;
    }

private:
    ConversationLibrary *m_library;
};

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
    select(nullptr);
    qDeleteAll(m_conversations);
    m_conversations.clear();
    m_filter->setSourceModel(nullptr);
    m_store.reset();
    m_library = std::make_unique<ConversationLibrary>(m_services->conversationsDirectory());
    m_filter->setSourceModel(m_library->model());
    m_list->setModel(m_filter);
    connect(m_library.get(), &ConversationLibrary::problemsFound, this, &ChatPane::reportProblems);
    connect(m_library.get(), &ConversationLibrary::conversationChanged, this, &ChatPane::onLibraryChanged);
    connect(m_library.get(), &ConversationLibrary::conversationsRemoved, this, &ChatPane::onLibraryRemoved);
    connect(m_library.get(), &ConversationLibrary::searchReady, this,
            [this] { onSearchChanged(m_list->searchEdit()->text()); });
    connect(m_library.get(), &ConversationLibrary::refreshFinished, this, [this] {
        // A first build read every file: keep its result now, not a second later (the app may be
        // closed or killed in between, and the next start would read them all again).
        m_library->flushIndex();
        if (!m_current)
            selectRow(0);
        else
            refreshList();
    });
    m_store = std::make_unique<LibraryStore>(m_library->directory(), m_library.get());
    m_autosaver = new ConversationAutosaver(m_store.get(), this);
    connect(m_autosaver, &ConversationAutosaver::saveFailed, this, &ChatPane::onSaveFailed);
    connect(m_autosaver, &ConversationAutosaver::saveRecovered, this,
            [this] { showInline(tr("Saved: the conversation is on disk again."), false); });
    // Only the index is read; the folder is checked against it on a worker. Without an index
    // (first start after upgrading, or it was deleted) a small folder is read now, so the list
    // and the open conversation are there at once; a large one fills the list in batches from
    // the worker and must not hold up the window.
    const bool indexed = QFile::exists(m_library->index().filePath());
    // With an index, the folder check (a stat of every file) waits for the window's first frame:
    // on two cores the worker competed with it (1,000 conversations: 39 ms more CPU before the
    // frame). A window that is never shown (tests) checks a moment later.
    const bool deferCheck = indexed && window() && !window()->isVisible();
    m_library->start(!deferCheck);
    if (deferCheck) {
        auto pending = std::make_shared<bool>(true);
        QPointer<ConversationLibrary> library = m_library.get();
        auto check = [library, pending] {
            if (library && *pending) {
                *pending = false;
                library->refresh();
            }
        };
        new FirstPaintWatcher(window(), [this, check] { QTimer::singleShot(0, this, check); });
        QTimer::singleShot(1000, this, check);
    }
    if (!indexed && ConversationIndex::listFiles(m_library->directory()).size() <= readAtOnceLimit)
        m_library->waitForRefresh();
    selectRow(0);
}

void ChatPane::selectRow(int row)
{
    ConversationListModel *list = m_library ? m_library->model() : nullptr;
    // A damaged file leaves the list when it is opened; the next one is tried.
    while (list && list->rowCount() > 0) {
        const int clamped = std::clamp(row, 0, list->rowCount() - 1);
        const QString id = list->summaryAt(clamped).id;
        if (ConversationModel *model = load(id)) {
            select(model);
            return;
        }
        if (list->contains(id))
            break; // unreadable but still listed: do not loop
    }
    select(nullptr);
}

ConversationModel *ChatPane::load(const QString &id)
{
    if (ConversationModel *model = find(id))
        return model;
    if (!m_library || id.isEmpty())
        return nullptr;
    std::optional<Conversation> conversation = m_library->open(id);
    if (!conversation)
        return nullptr;
    if (conversation->readOnly && !m_newerFormatReported.contains(id)) {
        m_newerFormatReported.insert(id);
        QString notice;
        m_library->store().load(id, nullptr, &notice);
        ApiError error = ApiError::local(ApiError::Service::Local, QString(), ApiErrorCode::InvalidInput, notice);
        error.code = QStringLiteral("newer_format");
        error.hint = tr("Open it with the newer SajuDesk to continue it; this version only shows it.");
        emit errorOccurred(error);
    }
    return addConversation(*conversation, false);
}

void ChatPane::reportProblems(const QStringList &problems)
{
    for (const QString &problem : problems) {
        ApiError error = ApiError::local(ApiError::Service::Local, QString(), ApiErrorCode::InvalidInput, problem);
        error.code = QStringLiteral("damaged_conversation");
        emit errorOccurred(error);
    }
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

int ChatPane::conversationCount() const
{
    int count = m_library ? m_library->model()->rowCount() : 0;
    for (const ConversationModel *model : m_conversations) {
        if (!m_library || !m_library->model()->contains(model->id()))
            ++count;
    }
    return count;
}

void ChatPane::refreshList()
{
    // The list itself follows the library (every save moves its row); this only keeps the open
    // conversation selected in it.
    const QString id = m_current ? m_current->id() : QString();
    if (m_library && m_library->model()->contains(id))
        m_currentRow = m_library->model()->rowOf(id);
    m_list->setCurrentId(id);
    updateButtons();
}

void ChatPane::select(ConversationModel *model)
{
    if (model == m_current) {
        // Also "none" again (the folder check found nothing to open): the box may hold what the
        // user typed meanwhile, which must not be replaced by an empty draft.
        if (model)
            refreshList();
        return;
    }
    if (m_editRow >= 0) {
        m_editRow = -1;
        m_editMessageId.clear();
        m_editBar->hide();
    }
    ConversationModel *previous = m_current;
    // Typed while no conversation was open (just after start, before the list was read): it
    // becomes the draft of the conversation that opens now, unless that one has a draft of its own.
    const QString typed = previous ? QString() : m_input->toPlainText();
    const bool keepTyped =
        model && !model->isReadOnly() && !typed.trimmed().isEmpty() && model->conversation().draft.trimmed().isEmpty();
    m_current = model;
    m_transcript->setModel(model);
    {
        const QSignalBlocker blocker(m_input);
        if (keepTyped) {
            model->setDraft(typed);
            saveDraftSoon();
        } else {
            m_input->setPlainText(model ? model->conversation().draft : QString());
        }
        m_input->moveCursor(QTextCursor::End);
        m_input->setReadOnly(model && model->isReadOnly()); // never saved by this version: nothing to type
    }
    updateInputPlaceholder();
    m_statusLabel->hide();
    m_undoButton->hide();
    // Only the open conversation (and one still answering) stays in memory; the autosaver keeps
    // its own copy of anything not written yet. A new one left blank is dropped unwritten: "New"
    // leaves nothing behind.
    if (previous && previous != model && !(isBusy() && m_controller->target() == previous)) {
        if (m_progress.contains(previous))
            handOverProgress();
        const bool unwritten = !(m_library && m_library->model()->contains(previous->id())) && m_store
                               && !QFile::exists(m_store->pathFor(previous->id()));
        if (m_autosaver && unwritten && isBlank(previous->conversation()))
            m_autosaver->discard(previous->id());
        m_conversations.removeAll(previous);
        previous->deleteLater();
    }
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
    if (m_library && m_library->model()->contains(model->id())) {
        deleteConversations({model->id()});
        return;
    }
    // Never written (blank): nothing to put in the trash.
    if (m_autosaver)
        m_autosaver->discard(model->id());
    m_conversations.removeAll(model);
    m_current = nullptr;
    model->deleteLater();
    selectRow(m_currentRow);
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
    if (m_library)
        m_library->flushIndex(); // the next start reads it instead of every file
}

} // namespace sajudesk
