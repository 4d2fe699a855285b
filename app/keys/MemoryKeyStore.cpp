// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/MemoryKeyStore.h"

#include <QTimer>

namespace sajudesk {

MemoryKeyStore::MemoryKeyStore(QObject *parent)
    : ApiKeyStore(parent)
{}

MemoryKeyStore::~MemoryKeyStore()
{
    for (auto it = m_keys.begin(); it != m_keys.end(); ++it)
        it.value().fill(QChar(u'\0'));
}

void MemoryKeyStore::read(Service service, QObject *context, ReadCallback done)
{
    ++m_operations;
    ReadResult result;
    if (!m_unavailable.isEmpty()) {
        result.status = ReadStatus::Unavailable;
        result.message = m_unavailable;
    } else if (m_keys.contains(int(service))) {
        result.status = ReadStatus::Found;
        result.key = m_keys.value(int(service));
    } else {
        result.status = ReadStatus::NotFound;
    }
    enqueue(context, [done, result] { done(result); });
}

void MemoryKeyStore::write(Service service, const QString &key, QObject *context, WriteCallback done)
{
    ++m_operations;
    WriteResult result;
    if (!m_unavailable.isEmpty()) {
        result.message = m_unavailable;
    } else {
        m_keys.insert(int(service), key);
        result.ok = true;
    }
    enqueue(context, [done, result] { done(result); });
}

void MemoryKeyStore::remove(Service service, QObject *context, WriteCallback done)
{
    ++m_operations;
    WriteResult result;
    if (!m_unavailable.isEmpty()) {
        result.message = m_unavailable;
    } else {
        m_keys.remove(int(service));
        result.ok = true;
    }
    enqueue(context, [done, result] { done(result); });
}

void MemoryKeyStore::setUnavailable(const QString &message)
{
    m_unavailable = message;
}

void MemoryKeyStore::setHeld(bool held)
{
    m_held = held;
    if (!m_held)
        scheduleFlush();
}

void MemoryKeyStore::release()
{
    std::deque<Pending> parked;
    parked.swap(m_pending);
    QTimer::singleShot(0, this, [parked] {
        for (const Pending &p : parked) {
            if (p.context)
                p.deliver();
        }
    });
}

int MemoryKeyStore::pendingCount() const
{
    return int(m_pending.size());
}

int MemoryKeyStore::operationCount() const
{
    return m_operations;
}

bool MemoryKeyStore::contains(Service service) const
{
    return m_keys.contains(int(service));
}

QString MemoryKeyStore::storedKey(Service service) const
{
    return m_keys.value(int(service));
}

void MemoryKeyStore::enqueue(QObject *context, std::function<void()> deliver)
{
    m_pending.push_back(Pending{QPointer<QObject>(context), std::move(deliver)});
    scheduleFlush();
}

void MemoryKeyStore::scheduleFlush()
{
    if (m_held || m_flushScheduled || m_pending.empty())
        return;
    m_flushScheduled = true;
    QTimer::singleShot(0, this, &MemoryKeyStore::flush);
}

void MemoryKeyStore::flush()
{
    m_flushScheduled = false;
    if (m_held)
        return;
    // Deliver one at a time so a callback that queues a new operation sees it delivered after.
    std::deque<Pending> batch;
    batch.swap(m_pending);
    for (const Pending &p : batch) {
        if (p.context)
            p.deliver();
    }
}

} // namespace sajudesk
