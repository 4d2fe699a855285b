// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/Conversation.h"
#include "net/ApiError.h"

#include <QList>
#include <QPointer>
#include <QWidget>

#include <memory>

class QLabel;
class QListWidget;
class QPlainTextEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTimer;

namespace sajudesk {

class AppServices;
class ChatSession;
class ConversationAutosaver;
class ConversationStore;
class KeyNotice;
class RetryBanner;

/// The chat area: saved conversations on the left (New / Delete), the transcript (Markdown for
/// answers, streamed text appended as it arrives), a retry countdown, and the input box
/// (Ctrl+Enter sends, Enter is a new line). When a conversation is written is decided by
/// ConversationAutosaver (at send, every 2 s while an answer streams, at every state change, the
/// draft after a pause, everything at quit). A failed request never loses the typed text: it goes
/// back into the input box.
class ChatPane : public QWidget
{
    Q_OBJECT
public:
    explicit ChatPane(QWidget *parent = nullptr);
    ~ChatPane() override;

    /// Connects the pane to the app's services and loads the saved conversations. Without
    /// services the pane explains that nothing is configured.
    void setServices(AppServices *services);
    /// The RunYour model id used for the next request (from the model picker).
    void setModel(const QString &modelId);
    QString model() const { return m_model; }

    /// A new conversation whose context (shown at the top, sent as the system prompt) is
    /// `context`, with `draft` ready in the input box; it becomes the current one.
    void startSeededConversation(const QString &title, const QString &context, const QString &draft);

    bool isBusy() const;
    int conversationCount() const { return static_cast<int>(m_conversations.size()); }
    /// The conversation shown now (a default value when there is none).
    Conversation currentConversation() const;
    /// Cancels a running answer (keeping its text, marked incomplete) and saves everything.
    void prepareToQuit();
    /// After prepareToQuit(): something could not be written (the disk is full, …); the app
    /// asks before quitting. unsavedChangesError() says why (translated, with the path).
    bool hasUnsavedChanges() const;
    QString unsavedChangesError() const;

    /// Tests: skip the delete confirmation and answer it with `answer`.
    static void setDeleteConfirmationForTesting(bool enabled, bool answer = true);

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
    void retryLastAnswer();

signals:
    void errorOccurred(const sajudesk::ApiError &error);
    void openKeysRequested();
    void tryDemoRequested();
    /// A piece of the running answer arrived; `length` is the answer's length so far.
    void answerTextReceived(qsizetype length);
    /// The running answer ended: completed, failed or stopped.
    void answerFinished();

protected:
    void changeEvent(QEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslateUi();
    void updateInputPlaceholder();
    void updateNotice();
    void updateButtons();
    void refreshList();
    void selectConversation(int row);
    int indexOf(const QString &id) const;
    Conversation *current();
    Conversation *target();
    // ---- saving: every write goes through m_autosaver (see ConversationAutosaver) ----
    void saveConversation(const QString &id); // now (a state change)
    void scheduleDraftSave();
    void onSaveFailed(const QString &conversationId, const QString &message);

    void startAnswer();
    void onDelta(const QString &text);
    void flushDeltas();
    void onCompleted(const QString &text, const QString &model);
    void onFailed(const ApiError &error, const QString &partial);
    void finishSession();
    void restoreDraft(const QString &prompt);
    void showInline(const QString &text, bool isError);

    void renderTranscript();
    void appendMessageToTranscript(const ChatMessage &message, bool streaming);
    void replaceStreamingRegion(const ChatMessage &message);
    QString headerText(const ChatMessage &message) const;
    QString markerText(const ChatMessage &message) const;
    bool transcriptAtBottom() const;

    AppServices *m_services = nullptr;
    std::unique_ptr<ConversationStore> m_store;
    ConversationAutosaver *m_autosaver = nullptr;
    QList<Conversation> m_conversations; // most recently updated first
    QString m_currentId;
    QString m_model;

    QPointer<ChatSession> m_session;
    QString m_targetId;     // conversation the running answer belongs to
    QString m_sentPrompt;   // the user text of the running request, restored on early failure
    int m_streamStart = -1; // document position where the streaming answer begins (-1: not shown)
    QString m_pendingDeltas;
    QTimer *m_flushTimer;
    QTimer *m_inlineTimer;

    QListWidget *m_list;
    QPushButton *m_newButton;
    QPushButton *m_deleteButton;
    KeyNotice *m_notice;
    QTextBrowser *m_transcript;
    RetryBanner *m_retryBanner;
    QLabel *m_statusLabel;
    QPushButton *m_retryAnswerButton;
    QProgressBar *m_busyIndicator;
    QPlainTextEdit *m_input;
    QPushButton *m_sendButton;
    QPushButton *m_stopButton;
    QLabel *m_hintLabel;
};

} // namespace sajudesk
