// SPDX-License-Identifier: GPL-3.0-or-later
// ChatPane: the sidebar's commands on the saved conversations (search, rename, pin, delete with
// Undo, export, import, suggest a title), carried out through ConversationLibrary.
#include "AppServices.h"
#include "chat/ChatPane.h"
#include "chat/ConversationAutosaver.h"
#include "chat/ConversationFilterModel.h"
#include "chat/ConversationList.h"
#include "chat/ConversationModel.h"
#include "chat/TitleSuggestion.h"
#include "chat/TranscriptView.h"
#include "runyour/ChatRequest.h"

#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QStandardPaths>
#include <QTimer>

namespace sajudesk {

void ChatPane::connectSidebar()
{
    connect(m_list, &ConversationList::currentChanged, this, [this](const QString &id) {
        if (ConversationModel *model = load(id))
            select(model);
        else
            refreshList();
    });
    connect(m_list, &ConversationList::hitOpened, this, &ChatPane::openSearchHit);
    connect(m_list, &ConversationList::newRequested, this, &ChatPane::newConversation);
    connect(m_list, &ConversationList::deleteRequested, this, &ChatPane::deleteConversations);
    connect(m_list, &ConversationList::undoRequested, this, &ChatPane::undoDelete);
    connect(m_list, &ConversationList::pinRequested, this, &ChatPane::pinConversations);
    connect(m_list, &ConversationList::exportRequested, this, &ChatPane::exportConversations);
    connect(m_list, &ConversationList::importRequested, this, &ChatPane::importConversations);
    connect(m_list, &ConversationList::suggestTitleRequested, this, &ChatPane::suggestTitle);
    connect(m_list, &ConversationList::searchChanged, this, &ChatPane::onSearchChanged);
    // Built on a worker while the user is still about to type (about 2 s for 1,000 conversations).
    connect(m_list, &ConversationList::searchFocused, this, [this] {
        if (m_library)
            m_library->prepareSearch();
    });
}

void ChatPane::focusSearch()
{
    m_list->focusSearch();
}

// ---- search -------------------------------------------------------------------------------

void ChatPane::onSearchChanged(const QString &text)
{
    // Rows come and go under the view's current index; that must not open another conversation.
    const QSignalBlocker blocker(m_list);
    if (!m_library || text.trimmed().isEmpty()) {
        m_filter->clearResults(); // the text store is freed by the library after a minute unused
        refreshList();
        return;
    }
    // Without the text store yet this starts building it; searchReady runs the search again.
    if (std::optional<ConversationSearch::Results> results = m_library->search(text)) {
        m_filter->setResults(*results);
        refreshList();
    }
}

void ChatPane::openSearchHit(const QString &id, const QString &messageId)
{
    ConversationModel *model = load(id);
    if (!model) {
        refreshList();
        return;
    }
    select(model);
    const int row = messageId.isEmpty() ? -1 : model->rowOfId(messageId);
    if (row < 0)
        return;
    m_transcript->ensureRowVisible(row);
    // Again once the view has laid out what it just got (opening scrolls to the end).
    QTimer::singleShot(0, this, [this, model = QPointer<ConversationModel>(model), row] {
        if (model && model == m_current && row < model->rowCount())
            m_transcript->ensureRowVisible(row);
    });
}

// ---- changes made through the library ----------------------------------------------------

void ChatPane::onLibraryChanged(const ConversationSummary &summary)
{
    ConversationModel *model = find(summary.id);
    if (!model)
        return;
    const Conversation &c = model->conversation();
    if (c.title == summary.title && c.pinned == summary.pinned)
        return;
    // The open copy takes the new title / pin, and is written so a pending draft cannot undo it.
    model->setTitle(summary.title);
    model->setPinned(summary.pinned);
    if (m_autosaver && !model->isReadOnly())
        m_autosaver->stateChanged(model->conversation());
}

void ChatPane::onLibraryRemoved(const QStringList &ids)
{
    bool currentGone = false;
    for (const QString &id : ids) {
        ConversationModel *model = find(id);
        if (!model || (isBusy() && m_controller->target() == model))
            continue;
        if (m_autosaver)
            m_autosaver->discard(id);
        m_conversations.removeAll(model);
        if (model == m_current) {
            m_current = nullptr;
            currentGone = true;
        }
        model->deleteLater();
    }
    if (currentGone)
        selectRow(m_currentRow);
}

void ChatPane::pinConversations(const QStringList &ids, bool pinned)
{
    if (!m_library || ids.isEmpty())
        return;
    if (m_autosaver)
        m_autosaver->flush(); // the library rewrites the files: they must hold the latest text
    QString error;
    if (!m_library->setPinned(ids, pinned, &error))
        showInline(tr("Could not change the pin: %1").arg(error), true);
    refreshList();
}

// ---- delete and Undo ----------------------------------------------------------------------

void ChatPane::deleteConversations(const QStringList &ids)
{
    if (!m_library)
        return;
    if (ids.isEmpty()) {
        deleteCurrentConversation(); // a new one not written yet
        return;
    }
    QStringList removable;
    for (const QString &id : ids) {
        ConversationModel *model = find(id);
        if (model && isBusy() && m_controller->target() == model) {
            showInline(tr("A conversation that is answering cannot be deleted. Stop the answer first."), true);
            continue;
        }
        removable.append(id);
    }
    if (removable.isEmpty())
        return;
    const QString title = m_library->model()->summary(removable.first()).displayTitle;
    for (const QString &id : std::as_const(removable)) {
        if (m_autosaver)
            m_autosaver->discard(id); // a pending draft must not bring it back
    }
    QString error;
    const ConversationLibrary::TrashBatch batch = m_library->moveToTrash(removable, &error);
    if (!error.isEmpty())
        showInline(tr("The conversation could not be deleted: %1").arg(error), true);
    if (batch.isEmpty())
        return;
    // Deletes made while the Undo bar shows are undone together (as in Gmail); once the bar has
    // gone, a new Undo starts and the earlier deletes stay in the trash.
    if (!m_list->isUndoShown())
        m_undoTrash.clear();
    m_undoTrash = batch + m_undoTrash;
    const int n = static_cast<int>(m_undoTrash.size());
    m_list->showUndo(n == 1 ? tr("Deleted “%1”").arg(title.isEmpty() ? tr("New conversation") : title)
                            : tr("Deleted %n conversations", nullptr, n));
}

void ChatPane::undoDelete()
{
    if (!m_library || m_undoTrash.isEmpty())
        return;
    QString error;
    const QStringList restored = m_library->restore(std::exchange(m_undoTrash, {}), &error);
    m_list->hideUndo();
    if (!restored.isEmpty()) {
        if (ConversationModel *model = load(restored.first()))
            select(model);
    }
    if (!error.isEmpty())
        showInline(tr("Some conversations could not be restored: %1").arg(error), true);
}

// ---- export and import --------------------------------------------------------------------

void ChatPane::exportConversations(QStringList ids, ConversationExport::Format format)
{
    if (!m_library)
        return;
    if (ids.isEmpty() && m_current && m_library->model()->contains(m_current->id()))
        ids.append(m_current->id());
    if (ids.isEmpty()) {
        showInline(tr("There is nothing to export yet: send a message first."), true);
        return;
    }
    if (m_autosaver)
        m_autosaver->flush(); // export what is on screen
    QString name;
    if (ids.size() == 1) {
        if (ConversationModel *model = load(ids.first()))
            name = ConversationExport::suggestedFileName(model->conversation(), format);
    }
    if (name.isEmpty())
        name = tr("Conversations") + QLatin1Char('.') + ConversationExport::fileSuffix(format);
    const QString folder = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString path = m_list->askFile(true, QDir(folder).filePath(name));
    if (path.isEmpty())
        return;
    QString error;
    if (!m_library->exportTo(ids, format, path, &error)) {
        showInline(tr("Not exported: %1").arg(error), true);
        return;
    }
    showInline(tr("Exported %n conversation(s) to %1.", nullptr, static_cast<int>(ids.size()))
                   .arg(QDir::toNativeSeparators(path)),
               false);
}

void ChatPane::importConversations()
{
    if (!m_library)
        return;
    const QString path = m_list->askFile(false);
    if (path.isEmpty())
        return;
    const ConversationLibrary::ImportReport report = m_library->importFile(path);
    if (!report.error.isEmpty()) {
        showInline(tr("Nothing was imported: %1").arg(report.error), true);
        return;
    }
    if (!report.importedIds.isEmpty()) {
        if (ConversationModel *model = load(report.importedIds.first()))
            select(model);
    }
    QString text = tr("Imported %n conversation(s).", nullptr, static_cast<int>(report.importedIds.size()));
    if (!report.skipped.isEmpty())
        text += QLatin1Char(' ') + tr("Left out: %1").arg(report.skipped.join(QStringLiteral("; ")));
    showInline(text, !report.skipped.isEmpty());
}

// ---- suggest a title ----------------------------------------------------------------------

void ChatPane::suggestTitle(const QString &id)
{
    ConversationModel *model = load(id);
    if (!model || !m_services)
        return;
    if (!m_services->hasKey(AppServices::Service::RunYour)) {
        showInline(tr("Suggest Title asks the chat model, which needs a RunYour AI key. Add one in Settings."), true);
        return;
    }
    const QString modelId = !m_model.isEmpty() ? m_model : model->conversation().settings.model;
    if (modelId.isEmpty()) {
        showInline(tr("Suggest Title needs a chat model. Pick one in the toolbar first."), true);
        return;
    }
    if (model->conversation().suggestedTitle().isEmpty()) {
        showInline(tr("There is nothing to name yet: send a message first."), true);
        return;
    }
    auto *request = new ChatRequest(m_services->http(), m_services->runYourConfig(),
                                    TitleSuggestion::request(model->conversation(), modelId), this);
    request->setStreaming(false);
    request->setModelCatalog(m_services->models());
    showInline(tr("Asking %1 for a title…").arg(modelId), false);
    connect(request, &ChatRequest::completed, this, [this, request, id](const ChatCompletion &completion) {
        request->deleteLater();
        const QString title = TitleSuggestion::parseReply(completion.text);
        QString error;
        if (title.isEmpty())
            showInline(tr("The model gave no usable title. Try again, or rename it yourself (F2)."), true);
        else if (!m_library || !m_library->rename(id, title, &error))
            showInline(tr("The title could not be saved: %1").arg(error), true);
        else
            showInline(tr("New title: %1").arg(title), false);
    });
    connect(request, &ChatRequest::failed, this, [this, request](const ApiError &error) {
        request->deleteLater();
        showInline(tr("No title suggested: %1").arg(error.userMessage()), true);
    });
    request->start();
}

} // namespace sajudesk
