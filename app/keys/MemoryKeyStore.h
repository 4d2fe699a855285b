// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/ApiKeyStore.h"

#include <QHash>

#include <deque>

namespace sajudesk {

/// In-memory ApiKeyStore for tests (and for the leak test when no keychain answers). It keeps
/// the asynchronous contract of the real store. setUnavailable() simulates a missing or
/// locked keychain; setHeld(true) parks results until release(), so tests can see busy states.
class MemoryKeyStore : public ApiKeyStore
{
    Q_OBJECT
public:
    explicit MemoryKeyStore(QObject *parent = nullptr);
    ~MemoryKeyStore() override;

    void read(Service service, QObject *context, ReadCallback done) override;
    void write(Service service, const QString &key, QObject *context, WriteCallback done) override;
    void remove(Service service, QObject *context, WriteCallback done) override;

    /// Non-empty message: every later operation reports Unavailable(message). Empty: available.
    void setUnavailable(const QString &message);
    void setHeld(bool held);
    void release();             ///< delivers every parked result now (still from the event loop)
    int pendingCount() const;   ///< results parked or not yet delivered
    int operationCount() const; ///< operations requested so far
    bool contains(Service service) const;
    QString storedKey(Service service) const; ///< test inspection only

private:
    struct Pending
    {
        QPointer<QObject> context;
        std::function<void()> deliver;
    };
    void enqueue(QObject *context, std::function<void()> deliver);
    void scheduleFlush();
    void flush();

    QHash<int, QString> m_keys;
    QString m_unavailable;
    std::deque<Pending> m_pending;
    bool m_held = false;
    bool m_flushScheduled = false;
    int m_operations = 0;
};

} // namespace sajudesk
