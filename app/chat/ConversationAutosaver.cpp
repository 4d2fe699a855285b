// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ConversationAutosaver.h"

#include "chat/ConversationStore.h"
#include "core/Logging.h"

#include <QCoreApplication>
#include <QTimer>

#include <algorithm>

namespace sajudesk {

qint64 ConversationAutosaver::Pending::due() const
{
    qint64 earliest = -1;
    for (const qint64 at : {streamDue, draftDue, retryDue}) {
        if (at >= 0 && (earliest < 0 || at < earliest))
            earliest = at;
    }
    return earliest;
}

ConversationAutosaver::ConversationAutosaver(ConversationStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
    , m_timer(new QTimer(this))
{
    m_clock.start();
    m_timer->setSingleShot(true);
    connect(m_timer, &QTimer::timeout, this, &ConversationAutosaver::writeDue);
}

// The owner calls flush() while the store still exists (the store usually dies first).
ConversationAutosaver::~ConversationAutosaver() = default;

ConversationAutosaver::Pending &ConversationAutosaver::keep(const Conversation &c)
{
    Pending &pending = m_pending[c.id];
    pending.conversation = c; // every call carries the whole conversation: the newest copy wins
    return pending;
}

void ConversationAutosaver::messageSent(const Conversation &c)
{
    keep(c);
    write(c.id);
    schedule();
}

void ConversationAutosaver::stateChanged(const Conversation &c)
{
    keep(c);
    write(c.id);
    schedule();
}

void ConversationAutosaver::streamProgress(const Conversation &c)
{
    Pending &pending = keep(c);
    // While failing, only the retry timer writes: no attempt per received chunk on a full disk.
    if (pending.failure.isEmpty() && pending.streamDue < 0) {
        const qint64 now = m_clock.elapsed();
        const qint64 last = m_lastAttempt.value(c.id, -m_streamIntervalMs);
        pending.streamDue = std::max(now, last + m_streamIntervalMs);
    }
    schedule();
}

void ConversationAutosaver::draftChanged(const Conversation &c)
{
    Pending &pending = keep(c);
    if (pending.failure.isEmpty())
        pending.draftDue = m_clock.elapsed() + m_draftDelayMs;
    schedule();
}

void ConversationAutosaver::discard(const QString &conversationId)
{
    m_pending.remove(conversationId);
    m_lastAttempt.remove(conversationId);
    updateLastError();
    schedule();
}

bool ConversationAutosaver::flush()
{
    const QStringList ids = m_pending.keys();
    for (const QString &id : ids)
        write(id);
    schedule();
    return m_pending.isEmpty();
}

void ConversationAutosaver::schedule()
{
    qint64 earliest = -1;
    for (const Pending &pending : std::as_const(m_pending)) {
        const qint64 at = pending.due();
        if (at >= 0 && (earliest < 0 || at < earliest))
            earliest = at;
    }
    if (earliest < 0) {
        m_timer->stop();
        return;
    }
    m_timer->start(static_cast<int>(std::max<qint64>(0, earliest - m_clock.elapsed())));
}

void ConversationAutosaver::writeDue()
{
    const qint64 now = m_clock.elapsed();
    QStringList due;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        const qint64 at = it->due();
        if (at >= 0 && at <= now)
            due.append(it.key());
    }
    for (const QString &id : std::as_const(due))
        write(id);
    schedule();
}

bool ConversationAutosaver::write(const QString &id)
{
    auto it = m_pending.find(id);
    if (it == m_pending.end())
        return true;
    if (it->conversation.readOnly) {
        // Written by a newer SajuDesk: never replaced by this version. Said once.
        m_pending.erase(it);
        if (!m_readOnlyReported.contains(id)) {
            m_readOnlyReported.insert(id);
            emit saveFailed(id, QCoreApplication::translate("ConversationAutosaver",
                                                            "This conversation was saved by a newer version of "
                                                            "SajuDesk and is read-only here; changes to it are not "
                                                            "saved."));
        }
        return false;
    }
    m_lastAttempt.insert(id, m_clock.elapsed());
    QString error;
    const bool ok = m_store && m_store->save(it->conversation, &error);
    it = m_pending.find(id); // a store subclass in a test may have re-entered
    if (it == m_pending.end())
        return ok;
    if (ok) {
        const bool recovered = !it->failure.isEmpty();
        m_pending.erase(it);
        updateLastError();
        if (recovered) {
            qCInfo(lcUi) << "conversation saved again after a failure:" << id;
            emit saveRecovered(id);
        }
        // A write that works again is the best moment to retry the others that failed.
        if (!m_writing)
            retryFailed(id);
        return true;
    }
    it->streamDue = -1;
    it->draftDue = -1;
    it->retryDue = m_clock.elapsed() + m_retryIntervalMs;
    const bool news = it->failure != error;
    it->failure = error;
    m_lastFailedId = id;
    updateLastError();
    if (news) {
        qCWarning(lcUi) << "conversation not saved, kept in memory:" << id << error;
        emit saveFailed(id, QCoreApplication::translate("ConversationAutosaver",
                                                        "%1 The conversation is kept in memory and saved as soon "
                                                        "as that works again.")
                                .arg(error));
    }
    return false;
}

void ConversationAutosaver::retryFailed(const QString &except)
{
    QStringList failing;
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (!it->failure.isEmpty() && it.key() != except)
            failing.append(it.key());
    }
    m_writing = true;
    for (const QString &id : std::as_const(failing))
        write(id);
    m_writing = false;
}

void ConversationAutosaver::updateLastError()
{
    const auto last = m_pending.constFind(m_lastFailedId);
    if (last != m_pending.cend() && !last->failure.isEmpty()) {
        m_lastError = last->failure;
        return;
    }
    m_lastError.clear();
    for (auto it = m_pending.cbegin(); it != m_pending.cend(); ++it) {
        if (!it->failure.isEmpty()) {
            m_lastFailedId = it.key();
            m_lastError = it->failure;
            return;
        }
    }
}

} // namespace sajudesk
