// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ChatMessage.h"
#include "net/ApiError.h"
#include "runyour/RunYourJson.h"

#include <QElapsedTimer>
#include <QObject>
#include <QPointer>

#include <functional>
#include <optional>

namespace sajudesk {

class ChatRequest;
class ConversationModel;
struct Conversation;

/// Runs the chat turns of a pane, one at a time: send, stop, retry, continue, regenerate, edit and
/// resend, delete (with undo). It writes into a ConversationModel and uses a ChatRequest made by the
/// factory it is given, so it has no widget and no service object and is tested against the
/// loopback FakeApiServer.
///
/// What happens to the text on each outcome:
/// * send / edit-and-resend: the user message and an empty Streaming answer are added at once.
///   If nothing arrives (failure or Stop) both are taken back and `promptReturned` gives the text
///   back to the input box; otherwise the partial answer stays, Stopped or Interrupted.
/// * retry (an incomplete answer): the old partial text stays until the new answer's first text
///   arrives, then it is replaced; if nothing arrives the old answer is back as it was.
/// * regenerate: the current answer is kept as another version (‹ 1/2 ›) and a new one starts;
///   if nothing arrives the new version is dropped again.
/// * continue: the partial answer is sent as an assistant prefix and new text is appended to it.
///
/// Every change that must reach the disk is announced by `saveRequested` with its reason
/// (ConversationAutosaver decides when to write).
class ChatController : public QObject
{
    Q_OBJECT
public:
    enum class Operation { None, Send, EditResend, Retry, Regenerate, Continue };
    Q_ENUM(Operation)
    enum class SaveReason {
        MessageSent,    ///< a user message was added (write now)
        StreamProgress, ///< text arrived (write at most every few seconds)
        StateChanged,   ///< an answer ended, was stopped, edited, deleted, … (write now)
    };
    Q_ENUM(SaveReason)

    /// Makes the request for `params` (not started); the controller owns and deletes it.
    using RequestFactory = std::function<ChatRequest *(const ChatParams &params, bool stream, QObject *parent)>;

    explicit ChatController(RequestFactory factory, QObject *parent = nullptr);
    ~ChatController() override;

    bool isBusy() const { return m_run.has_value(); }
    Operation operation() const { return m_run ? m_run->operation : Operation::None; }
    /// The conversation being answered (nullptr when idle).
    ConversationModel *target() const;
    /// Row of the answer being written, -1 when idle.
    int targetRow() const;
    /// Attempts the current request may make (for "attempt 2/5").
    int maxAttempts() const { return m_maxAttempts; }
    void setMaxAttempts(int attempts) { m_maxAttempts = attempts; }

    // What the per-message actions may do now (the view enables its buttons from these).
    bool canEdit(const ConversationModel *model, int row) const;
    bool canRegenerate(const ConversationModel *model, int row) const;
    bool canContinue(const ConversationModel *model, int row) const;
    bool canRetry(const ConversationModel *model, int row) const;
    bool canDelete(const ConversationModel *model, int row) const;
    bool canSelectVersion(const ConversationModel *model, int row) const;
    /// Edit-and-resend of `row` would drop messages after that turn's own answer.
    static bool editDropsLaterMessages(const ConversationModel *model, int row);

    /// The wire messages for an answer to messages [0, end) of `conversation`: the system prompt,
    /// then user turns and complete assistant turns (unfinished, failed and unreadable messages are
    /// left out). An unfinished answer at `end - 1` is kept: the prefix a Continue goes on from.
    static ChatParams buildParams(const Conversation &conversation, int end, const QString &fallbackModel);

public slots:
    /// false when busy, the text is blank, the conversation is read-only or has no model.
    bool send(sajudesk::ConversationModel *model, const QString &text, const QString &fallbackModel = {});
    bool editAndResend(sajudesk::ConversationModel *model, int row, const QString &text,
                       const QString &fallbackModel = {});
    bool retry(sajudesk::ConversationModel *model, int row, const QString &fallbackModel = {});
    bool regenerate(sajudesk::ConversationModel *model, int row, const QString &fallbackModel = {});
    bool continueAnswer(sajudesk::ConversationModel *model, int row, const QString &fallbackModel = {});
    bool selectVersion(sajudesk::ConversationModel *model, int row, int versionIndex);
    bool deleteMessage(sajudesk::ConversationModel *model, int row);
    /// Puts the last deleted message back (once); false when there is nothing to undo.
    bool undoDelete();
    bool canUndoDelete() const { return m_deleted.has_value() && m_deleted->model; }
    /// Stops the running answer, keeping what arrived (see the class comment).
    void stop();
    /// Skips the wait before the next automatic attempt.
    void retryNow();

signals:
    void busyChanged(bool busy);
    void saveRequested(sajudesk::ConversationModel *model, sajudesk::ChatController::SaveReason reason);
    void attemptStarted(int attempt);
    void retryScheduled(int attempt, int maxAttempts, qint64 delayMs, const sajudesk::ApiError &error);
    /// The request failed; `textKept` tells whether a partial answer stays in the transcript.
    void failed(sajudesk::ConversationModel *model, const sajudesk::ApiError &error,
                sajudesk::ChatController::Operation operation, bool textKept);
    /// A send was taken back before any answer arrived: put `text` back into the input box.
    void promptReturned(sajudesk::ConversationModel *model, const QString &text);
    /// The request ended (completed, failed or stopped); the model holds the final state.
    void answerFinished(sajudesk::ConversationModel *model, bool completed);
    /// A piece of answer text reached the model; `length` is the answer's length now.
    void answerTextReceived(qsizetype length);
    /// The server answered successfully (for the key state) or failed (`error`).
    void requestSucceeded();
    void requestFailed(const sajudesk::ApiError &error);
    /// A delete can be undone now (or no longer).
    void undoAvailableChanged(bool available);

private:
    struct Run
    {
        QPointer<ConversationModel> model;
        QString messageId; ///< the assistant message being written
        int row = -1;      ///< its row (stable: the target cannot be edited while busy)
        Operation operation = Operation::None;
        std::optional<ChatMessage> before; ///< the answer as it was (retry/regenerate/continue)
        QString prompt;                    ///< send/edit: the user's text, given back on early failure
        QPointer<ChatRequest> request;
        QElapsedTimer clock;
        bool gotText = false;
        bool gotReasoning = false;
        qint64 previousDurationMs = 0; ///< continue: time already spent on the answer
    };

    bool isTarget(const ConversationModel *model) const;
    bool sendTurn(ConversationModel *model, const QString &text, const QString &fallbackModel, Operation operation);
    bool startAnswer(ConversationModel *model, int row, Run run, const ChatParams &params);
    void onText(const QString &text);
    void onReasoning(const QString &text);
    void onUsage(const ChatUsage &usage);
    void onCompleted(const ChatCompletion &completion);
    void onFailed(const ApiError &error, const ChatCompletion &partial);
    /// Ends the run: `textKept` false puts back what was there before the operation.
    void finishRun(bool completed, bool textKept, const ApiError *error);
    int runRow() const;
    void clearUndo();

    RequestFactory m_factory;
    std::optional<Run> m_run;
    int m_maxAttempts = 5;

    struct Deleted
    {
        QPointer<ConversationModel> model;
        int row = -1;
        ChatMessage message;
    };
    std::optional<Deleted> m_deleted;
};

} // namespace sajudesk
