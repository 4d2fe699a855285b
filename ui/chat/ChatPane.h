// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ChatController.h"
#include "chat/Conversation.h"
#include "chat/ConversationExport.h"
#include "chat/ConversationLibrary.h"
#include "chat/ConversationModel.h"
#include "chat/MessageActions.h"
#include "net/ApiError.h"

#include <QElapsedTimer>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QWidget>

#include <memory>

class QLabel;
class QProgressBar;
class QPushButton;
class QTimer;

namespace sajudesk {

class AppServices;
class ChatInput;
class ConversationAutosaver;
class ConversationFilterModel;
class ConversationList;
class ConversationSettingsBar;
class ConversationStore;
class KeyNotice;
class RetryBanner;
class TranscriptView;

/// The chat area, a thin shell: the saved conversations (ConversationList over ConversationLibrary's
/// list model; startup reads only the index, a conversation is read when it is opened), the transcript
/// (TranscriptView over the current ConversationModel), a status row with Retry / Continue /
/// Undo, the retry countdown and the input (ChatInput). The turn flow is ChatController's; this
/// class wires it to the services, the clipboard-free actions, the store and the other widgets.
///
/// Saving: when a conversation is written is decided by ConversationAutosaver (at send, every 2 s
/// while an answer streams, at every change of state, the draft after a pause, everything at quit);
/// the controller's saveRequested says what happened. A failed request never loses the typed
/// text: it goes back into the input box.
class ChatPane : public QWidget
{
    Q_OBJECT
public:
    explicit ChatPane(QWidget *parent = nullptr);
    ~ChatPane() override;

    /// Connects the pane to the app's services and loads the saved conversations. Without
    /// services the pane explains that nothing is configured.
    void setServices(AppServices *services);
    /// The model chosen in the toolbar: used for new conversations and set on the current one.
    void setModel(const QString &modelId);
    QString model() const { return m_model; }

    /// A new conversation whose context (shown at the top, sent as the system prompt) is
    /// `context`, with `draft` ready in the input box; it becomes the current one.
    void startSeededConversation(const QString &title, const QString &context, const QString &draft);

    bool isBusy() const;
    /// Listed conversations, plus an open one not written yet.
    int conversationCount() const;
    ConversationLibrary *library() const { return m_library.get(); }
    ConversationList *conversationList() const { return m_list; }
    /// Conversations read into memory (the open one, a running answer's, …); the rest are index rows.
    int loadedCount() const { return static_cast<int>(m_conversations.size()); }
    /// The conversation shown now (a default value when there is none).
    Conversation currentConversation() const;
    ConversationModel *currentModel() const { return m_current; }
    TranscriptView *transcript() const { return m_transcript; }
    ConversationSettingsBar *settingsBar() const { return m_settingsBar; }
    ChatController *controller() const { return m_controller; }
    /// Stops a running answer (keeping its text, marked stopped) and saves everything.
    void prepareToQuit();
    /// After prepareToQuit(): something could not be written (the disk is full, …); the app
    /// asks before quitting. unsavedChangesError() says why (translated, with the path).
    bool hasUnsavedChanges() const;
    QString unsavedChangesError() const;
    /// What the transcript shows, as text (every message with its role and status line).
    QString transcriptText();

    /// Tests: skip the confirmation of an edit that drops later messages.
    static void setEditConfirmationForTesting(bool enabled, bool answer = true);

    // Entry points of the hidden benchmark mode (ui/bench/BenchMode); keep them when the pane changes.
    /// Replaces the text in the input box (what send() sends).
    void setInputText(const QString &text);
    /// Shows the saved conversation `id`; false when there is none.
    bool openConversation(const QString &id);
    /// The widget that paints the transcript (its Paint events mean new text became visible).
    QWidget *transcriptViewport() const;
    /// Characters of the running answer that the transcript holds now, i.e. what its next paint
    /// shows; -1 when no answer is running.
    qsizetype shownAnswerLength() const;

public slots:
    void send();
    void stop();
    void newConversation();
    void deleteCurrentConversation();
    /// Moves the conversations to the trash; the sidebar's Undo bar brings them back.
    void deleteConversations(const QStringList &ids);
    void undoDelete();
    void focusSearch();
    void retryLastAnswer();
    void continueLastAnswer();
    /// Starts editing message `row` of the current conversation (its text goes to the input).
    void editMessage(int row);
    void cancelEdit();

signals:
    void errorOccurred(const sajudesk::ApiError &error);
    void openKeysRequested();
    void tryDemoRequested();
    /// The shown conversation uses this model (the toolbar picker follows it).
    void conversationModelChanged(const QString &modelId);
    /// The settings header's model button asks for the model picker under `anchor`.
    void modelPickerRequested(QWidget *anchor);
    /// A piece of the running answer arrived; `length` is the answer's length so far.
    void answerTextReceived(qsizetype length);
    /// The running answer ended: completed, failed or stopped.
    void answerFinished();

protected:
    void changeEvent(QEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void sendIfWaiting(); ///< the send Enter asked for before the keys or models were there
    void buildUi();
    void connectController();
    void retranslateUi();
    void updateNotice();
    void updateButtons();
    void refreshList();
    void select(ConversationModel *model);
    ConversationModel *addConversation(const Conversation &conversation, bool front);
    ConversationModel *find(const QString &id) const;
    bool canSendNow();
    void onAction(MessageAction action, int row);
    bool isAvailable(MessageAction action, int row) const;
    void onFailed(ConversationModel *model, const ApiError &error, ChatController::Operation operation, bool kept);
    void onPromptReturned(ConversationModel *model, const QString &text);
    void showInline(const QString &text, bool isError);
    void updateHint();

    // The sidebar (ChatPaneLibrary.cpp): search, rename, pin, trash, export, import.
    void connectSidebar();
    void onSearchChanged(const QString &text);
    void openSearchHit(const QString &id, const QString &messageId);
    void pinConversations(const QStringList &ids, bool pinned);
    void exportConversations(QStringList ids, ConversationExport::Format format);
    void importConversations();
    void suggestTitle(const QString &id);
    void onLibraryChanged(const ConversationSummary &summary);
    void onLibraryRemoved(const QStringList &ids);
    void reportProblems(const QStringList &problems);

    // Persistence (ChatPaneStorage.cpp): every write goes through m_autosaver.
    void persist(ConversationModel *model, ChatController::SaveReason reason);
    void saveDraftSoon();
    void handOverProgress();
    void loadConversations();
    /// The open model of `id`, reading its file when it is not in memory; null when unreadable.
    ConversationModel *load(const QString &id);
    void selectRow(int row);
    void onSaveFailed(const QString &conversationId, const QString &message);
    void updateInputPlaceholder();

    // Per-conversation settings (ChatPaneSettings.cpp).
    /// Settings › Chat defaults with the picker's model.
    ChatSettings newConversationSettings() const;
    void applySettingsEdit(const ChatSettings &settings);

    AppServices *m_services = nullptr;
    std::unique_ptr<ConversationLibrary> m_library; ///< outlives m_store, which reports saves to it
    std::unique_ptr<ConversationStore> m_store;
    ConversationFilterModel *m_filter;
    QList<ConversationModel *> m_conversations; ///< read into memory; the list shows the library's index
    /// What Undo puts back: every delete since the Undo bar appeared, newest first.
    ConversationLibrary::TrashBatch m_undoTrash;
    QSet<QString> m_newerFormatReported;
    /// Enter was pressed before the keychain answered or the model list arrived (just after
    /// start): send() runs again when they do, if within a few seconds.
    QElapsedTimer m_sendWhenReady;
    int m_currentRow = 0; ///< of the open conversation in the list, to open its neighbour when it goes
    QPointer<ConversationModel> m_current;
    QString m_model;
    ChatController *m_controller;
    ConversationAutosaver *m_autosaver = nullptr;
    QTimer *m_progressTimer;                       ///< hands streamed text to the autosaver in batches
    QList<QPointer<ConversationModel>> m_progress; ///< conversations with text not yet handed over
    QTimer *m_inlineTimer;
    int m_editRow = -1;
    QString m_editMessageId;

    ConversationList *m_list;
    KeyNotice *m_notice;
    ConversationSettingsBar *m_settingsBar;
    TranscriptView *m_transcript;
    RetryBanner *m_retryBanner;
    QLabel *m_statusLabel;
    QPushButton *m_undoButton;
    QPushButton *m_continueButton;
    QPushButton *m_retryAnswerButton;
    QProgressBar *m_busyIndicator;
    QWidget *m_editBar;
    QLabel *m_editLabel;
    QPushButton *m_cancelEditButton;
    ChatInput *m_input;
    QPushButton *m_sendButton;
    QPushButton *m_stopButton;
    QLabel *m_hintLabel;
};

} // namespace sajudesk
