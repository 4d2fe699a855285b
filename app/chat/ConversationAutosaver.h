// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/Conversation.h"

#include <QElapsedTimer>
#include <QHash>
#include <QObject>
#include <QSet>
#include <QString>

class QTimer;

namespace sajudesk {

class ConversationStore;

/// The one place that decides WHEN a conversation is written (ConversationStore decides how).
/// Callers hand it the whole conversation after every change; it keeps the newest copy of each
/// and writes it:
///  - messageSent: at once, so the prompt is never lost;
///  - streamProgress: at most once per streamInterval (2 s), never later than that after the
///    first unsaved change, so a crash loses at most 2 s of received text;
///  - stateChanged (stopped / interrupted / failed / complete / edited / deleted message): at once;
///  - draftChanged: debounced (draftDelay, 1 s after the last keystroke);
///  - flush(): everything still pending, at once (quit).
/// A write that fails keeps the newest copy in memory; it is written on the next attempt for that
/// conversation, after any later successful write, and on a retry timer (retryInterval), so the
/// text is saved as soon as the disk allows. A read-only (newer-format) conversation is never
/// written; that is reported once.
class ConversationAutosaver : public QObject
{
    Q_OBJECT
public:
    explicit ConversationAutosaver(ConversationStore *store, QObject *parent = nullptr);
    ~ConversationAutosaver() override;

    void messageSent(const Conversation &c);
    void streamProgress(const Conversation &c);
    void stateChanged(const Conversation &c);
    void draftChanged(const Conversation &c);
    /// The conversation was deleted: whatever is pending for it is dropped, never written.
    void discard(const QString &conversationId);
    /// Writes everything pending now. True when nothing is left unsaved.
    bool flush();
    bool hasUnsavedChanges() const { return !m_pending.isEmpty(); }
    /// The message of the latest failure that is not yet resolved (empty when all is saved).
    QString lastError() const { return m_lastError; }

    /// Tests shorten these; defaults 2000, 1000 and 5000 ms.
    void setStreamInterval(int ms) { m_streamIntervalMs = ms; }
    void setDraftDelay(int ms) { m_draftDelayMs = ms; }
    void setRetryInterval(int ms) { m_retryIntervalMs = ms; }

signals:
    /// A write failed; `message` is translated and names the file and the cause. Emitted when a
    /// conversation starts failing or the reason changes, not on every retry.
    void saveFailed(const QString &conversationId, const QString &message);
    /// A conversation that had failed is saved again.
    void saveRecovered(const QString &conversationId);

private:
    struct Pending
    {
        Conversation conversation;
        // Deadlines in ms on m_clock, -1 when unset; the earliest set one is when it is written.
        qint64 streamDue = -1; ///< throttle: fixed by the first unsaved stream change
        qint64 draftDue = -1;  ///< debounce: moved on by every draft change
        qint64 retryDue = -1;  ///< after a failure, the only deadline until it succeeds
        QString failure;       ///< the store's message for the last failure, empty when none
        qint64 due() const;
    };

    Pending &keep(const Conversation &c);
    void schedule();
    void writeDue();
    bool write(const QString &id);
    void retryFailed(const QString &except);
    void updateLastError();

    ConversationStore *m_store;
    QTimer *m_timer;
    QElapsedTimer m_clock;
    QHash<QString, Pending> m_pending;
    QHash<QString, qint64> m_lastAttempt; ///< id → ms of the last write attempt (the throttle)
    QSet<QString> m_readOnlyReported;
    QString m_lastError;
    QString m_lastFailedId;
    int m_streamIntervalMs = 2000;
    int m_draftDelayMs = 1000;
    int m_retryIntervalMs = 5000;
    bool m_writing = false;
};

} // namespace sajudesk
