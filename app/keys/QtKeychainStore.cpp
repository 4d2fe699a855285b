// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/QtKeychainStore.h"

#include "core/Logging.h"

#include <QCoreApplication>
#include <QTimer>
#include <qt6keychain/keychain.h>

namespace sajudesk {

namespace {

void wipe(QString &s)
{
    if (s.isDetached())
        s.fill(QChar(u'\0'));
    s.clear();
}

} // namespace

QtKeychainStore::QtKeychainStore(QObject *parent, const QString &keychainService)
    : ApiKeyStore(parent)
    , m_keychainService(keychainService)
{}

QtKeychainStore::~QtKeychainStore()
{
    // A running job deletes itself when it finishes; our connection to it dies with us.
    wipe(m_current.key);
    for (Request &r : m_queue)
        wipe(r.key);
}

void QtKeychainStore::read(Service service, QObject *context, ReadCallback done)
{
    Request r;
    r.operation = Operation::Read;
    r.service = service;
    r.context = context;
    r.readDone = std::move(done);
    enqueue(std::move(r));
}

void QtKeychainStore::write(Service service, const QString &key, QObject *context, WriteCallback done)
{
    Request r;
    r.operation = Operation::Write;
    r.service = service;
    r.key = key;
    r.context = context;
    r.writeDone = std::move(done);
    enqueue(std::move(r));
}

void QtKeychainStore::remove(Service service, QObject *context, WriteCallback done)
{
    Request r;
    r.operation = Operation::Remove;
    r.service = service;
    r.context = context;
    r.writeDone = std::move(done);
    enqueue(std::move(r));
}

void QtKeychainStore::enqueue(Request request)
{
    m_queue.push_back(std::move(request));
    scheduleNext();
}

void QtKeychainStore::scheduleNext()
{
    // Always posted: starting a job from inside another job's finished handler (or from the
    // caller's stack) is what QtKeychain users learned to avoid.
    if (m_running || m_nextScheduled || m_queue.empty())
        return;
    m_nextScheduled = true;
    QTimer::singleShot(0, this, &QtKeychainStore::startNext);
}

void QtKeychainStore::startNext()
{
    m_nextScheduled = false;
    if (m_running || m_queue.empty())
        return;
    m_current = std::move(m_queue.front());
    m_queue.pop_front();
    m_running = true;

    const QString entry = entryName(m_current.service);
    QKeychain::Job *job = nullptr;
    switch (m_current.operation) {
    case Operation::Read:
        job = new QKeychain::ReadPasswordJob(m_keychainService);
        break;
    case Operation::Write: {
        auto *writeJob = new QKeychain::WritePasswordJob(m_keychainService);
        writeJob->setTextData(m_current.key);
        job = writeJob;
        break;
    }
    case Operation::Remove:
        job = new QKeychain::DeletePasswordJob(m_keychainService);
        break;
    }
    job->setAutoDelete(true);
    job->setInsecureFallback(false);
    job->setKey(entry);
    connect(job, &QKeychain::Job::finished, this, &QtKeychainStore::onJobFinished);
    qCDebug(lcKeys) << "keychain job start" << int(m_current.operation) << entry;
    job->start();
}

QString QtKeychainStore::unavailableMessage(const QKeychain::Job *job, const QString &key) const
{
    QString text = job->errorString();
    if (text.isEmpty())
        text = QCoreApplication::translate("QtKeychainStore", "the keychain did not answer");
    // Backends echo what they were given in odd places; make sure the key never rides along.
    if (!key.isEmpty() && text.contains(key))
        text.replace(key, redactKey(key));
    return QCoreApplication::translate("QtKeychainStore", "%1 (QtKeychain error %2)").arg(text).arg(int(job->error()));
}

void QtKeychainStore::onJobFinished(QKeychain::Job *job)
{
    Request request = std::move(m_current);
    m_current = Request();
    m_running = false;
    const QKeychain::Error error = job->error();
    qCDebug(lcKeys) << "keychain job done" << int(request.operation) << entryName(request.service) << "error"
                    << int(error);

    if (request.operation == Operation::Read) {
        ReadResult result;
        if (error == QKeychain::NoError) {
            result.status = ReadStatus::Found;
            result.key = static_cast<QKeychain::ReadPasswordJob *>(job)->textData();
        } else if (error == QKeychain::EntryNotFound) {
            result.status = ReadStatus::NotFound;
        } else {
            result.status = ReadStatus::Unavailable;
            result.message = unavailableMessage(job, QString());
            qCDebug(lcKeys) << "keychain read failed:" << result.message;
        }
        if (request.context && request.readDone)
            request.readDone(result);
        wipe(result.key);
    } else {
        WriteResult result;
        // Deleting an entry that is not there leaves the wanted state: no key stored.
        if (error == QKeychain::NoError
            || (request.operation == Operation::Remove && error == QKeychain::EntryNotFound)) {
            result.ok = true;
        } else {
            result.message = unavailableMessage(job, request.key);
            qCDebug(lcKeys) << "keychain" << (request.operation == Operation::Write ? "write" : "delete")
                            << "failed:" << result.message;
        }
        wipe(request.key);
        if (request.context && request.writeDone)
            request.writeDone(result);
    }
    scheduleNext();
}

} // namespace sajudesk
