// SPDX-License-Identifier: GPL-3.0-or-later
// ConversationLibrary's full-text part: the search store is built on a worker when a search
// starts, kept in step with saves and deletes, and dropped after a minute without a search.
#include "chat/ConversationLibrary.h"

#include <QThread>

namespace sajudesk {

void ConversationLibrary::indexText(const Conversation &conversation)
{
    if (m_searchThread)
        m_searchPending.insert(conversation.id, conversation);
    else if (m_searchReady)
        m_search.add(conversation);
}

void ConversationLibrary::prepareSearch()
{
    m_searchIdle.start();
    if (m_searchReady || m_searchThread)
        return;
    m_searchPending.clear();
    m_searchCancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_searchCancel;
    const QString directory = m_store.directory();
    const int generation = ++m_searchGeneration;
    m_searchThread = QThread::create([this, cancel, directory, generation] {
        const ConversationStore store(directory);
        ConversationSearch search;
        QStringList problems;
        QStringList failedIds;
        const QList<ConversationIndex::FileStamp> files = ConversationIndex::listFiles(directory);
        for (const ConversationIndex::FileStamp &file : files) {
            if (cancel->load())
                return;
            QString problem;
            std::optional<Conversation> conversation = store.load(file.id, &problem);
            if (!conversation) {
                if (!problem.isEmpty()) {
                    problems.append(problem);
                    failedIds.append(file.id);
                }
                continue;
            }
            conversation->id = file.id;
            search.add(*conversation);
        }
        QMetaObject::invokeMethod(
            this,
            [this, generation, search = std::move(search), problems, failedIds]() mutable {
                applySearchBuild(generation, std::move(search), problems, failedIds);
            },
            Qt::QueuedConnection);
    });
    m_searchThread->start(QThread::LowPriority);
}

void ConversationLibrary::applySearchBuild(int generation, ConversationSearch search, const QStringList &problems,
                                           const QStringList &failedIds)
{
    if (generation != m_searchGeneration)
        return; // released (or released and started again) since this build began
    joinWorker(m_searchThread);
    m_search = std::move(search);
    for (auto it = m_searchPending.cbegin(); it != m_searchPending.cend(); ++it) {
        if (it.value())
            m_search.add(*it.value());
        else
            m_search.remove(it.key());
    }
    m_searchPending.clear();
    QStringList stray;
    for (const QString &id : failedIds) {
        if (m_model->remove(id)) {
            stray.append(id);
            markIndexDirty();
        }
    }
    m_searchReady = true;
    if (!stray.isEmpty())
        emit conversationsRemoved(stray);
    if (!problems.isEmpty())
        emit problemsFound(problems);
    emit searchReady();
}

std::optional<ConversationSearch::Results> ConversationLibrary::search(const QString &query, int limit)
{
    prepareSearch();
    if (!m_searchReady)
        return std::nullopt;
    return m_search.search(query, limit);
}

void ConversationLibrary::waitForSearch()
{
    while (m_searchThread) {
        m_searchThread->wait();
        QCoreApplication::sendPostedEvents(this);
    }
}

void ConversationLibrary::releaseSearch()
{
    ++m_searchGeneration;
    m_searchIdle.stop();
    if (m_searchCancel)
        m_searchCancel->store(true);
    joinWorker(m_searchThread);
    m_search = ConversationSearch();
    m_searchPending.clear();
    m_searchReady = false;
}

} // namespace sajudesk
