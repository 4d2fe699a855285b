// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/ApiKeyStore.h"

#include <deque>

namespace QKeychain {
class Job;
}

namespace sajudesk {

/// ApiKeyStore on the OS keychain through QtKeychain (Secret Service on Linux).
///
/// Each operation gets a fresh heap job with autoDelete, connected before start(). Operations
/// are queued and run one at a time; the next one is always posted to the event loop, never
/// started from the previous job's finished handler (a known QtKeychain trap). EntryNotFound is
/// "not found"; every other error means the keychain is unavailable and carries QtKeychain's
/// message. There is no plaintext fallback: setInsecureFallback is never turned on.
///
/// Usage: `auto *store = new QtKeychainStore(this); KeyManager keys(store);`
class QtKeychainStore : public ApiKeyStore
{
    Q_OBJECT
public:
    /// `keychainService` is the keychain's service attribute; tests may use their own.
    explicit QtKeychainStore(QObject *parent = nullptr, const QString &keychainService = QStringLiteral("SajuDesk"));
    ~QtKeychainStore() override;

    void read(Service service, QObject *context, ReadCallback done) override;
    void write(Service service, const QString &key, QObject *context, WriteCallback done) override;
    void remove(Service service, QObject *context, WriteCallback done) override;

    QString keychainService() const { return m_keychainService; }

private:
    enum class Operation { Read, Write, Remove };
    struct Request
    {
        Operation operation = Operation::Read;
        Service service = Service::RunYour;
        QString key;
        QPointer<QObject> context;
        ReadCallback readDone;
        WriteCallback writeDone;
    };

    void enqueue(Request request);
    void scheduleNext();
    void startNext();
    void onJobFinished(QKeychain::Job *job);
    QString unavailableMessage(const QKeychain::Job *job, const QString &key) const;

    QString m_keychainService;
    std::deque<Request> m_queue;
    Request m_current;
    bool m_running = false;
    bool m_nextScheduled = false;
};

} // namespace sajudesk
