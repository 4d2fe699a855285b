// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ConversationLibrary.h"

#include "core/Logging.h"

#include <QDir>
#include <QThread>

namespace sajudesk {

namespace {

// Writing the index is cheap but not free (≈400 KB for 1,000 conversations); saves during a
// streamed answer come every 2 s, so the index follows them at most once a second.
constexpr int indexDelayMs = 1000;
constexpr int searchIdleMs = 60 * 1000;

QString readOnlyError()
{
    return ConversationLibrary::tr("This conversation was saved by a newer version of SajuDesk; it can be read "
                                   "here but not changed.");
}

} // namespace

void ConversationLibrary::joinWorker(QThread *&thread)
{
    if (!thread)
        return;
    thread->wait();
    delete thread;
    thread = nullptr;
}

ConversationLibrary::ConversationLibrary(const QString &directory, QObject *parent)
    : QObject(parent)
    , m_store(directory)
    , m_index(m_store.directory())
    , m_trash(m_store.directory())
    , m_model(new ConversationListModel(this))
{
    m_indexTimer.setSingleShot(true);
    m_indexTimer.setInterval(indexDelayMs);
    connect(&m_indexTimer, &QTimer::timeout, this, [this] { flushIndex(); });
    m_midnight.setSingleShot(true);
    connect(&m_midnight, &QTimer::timeout, this, [this] {
        m_model->refreshGroups();
        scheduleMidnight();
    });
    m_searchIdle.setSingleShot(true);
    m_searchIdle.setInterval(searchIdleMs);
    connect(&m_searchIdle, &QTimer::timeout, this, &ConversationLibrary::releaseSearch);
    connect(m_model, &ConversationListModel::renameRequested, this, [this](const QString &id, const QString &title) {
        QString error;
        if (!rename(id, title, &error))
            emit problemsFound({error});
    });
}

ConversationLibrary::~ConversationLibrary()
{
    if (m_refreshCancel)
        m_refreshCancel->store(true);
    if (m_searchCancel)
        m_searchCancel->store(true);
    joinWorker(m_refreshThread);
    joinWorker(m_searchThread);
    if (m_indexDirty)
        flushIndex();
}

void ConversationLibrary::setClock(ConversationListModel::Clock clock)
{
    m_clock = clock;
    m_model->setClock(std::move(clock));
}

QDateTime ConversationLibrary::now() const
{
    return m_clock ? m_clock() : QDateTime::currentDateTime();
}

void ConversationLibrary::start(bool checkFolder)
{
    QStringList problems;
    m_trash.purge(now(), m_trashDays, &problems);
    if (!problems.isEmpty())
        emit problemsFound(problems);
    m_model->reset(m_index.read());
    scheduleMidnight();
    if (checkFolder)
        refresh();
}

void ConversationLibrary::refresh()
{
    if (m_refreshThread) {
        m_refreshAgain = true; // a change may have come after the worker listed the folder
        return;
    }
    QHash<QString, ConversationIndex::FileStamp> cached;
    const QList<ConversationSummary> summaries = m_model->summaries();
    for (const ConversationSummary &s : summaries)
        cached.insert(s.id, {s.id, s.fileSize, s.fileMtimeMs});
    m_touchedDuringRefresh.clear();
    m_refreshCancel = std::make_shared<std::atomic_bool>(false);
    const std::shared_ptr<std::atomic_bool> cancel = m_refreshCancel;
    const QString directory = m_store.directory();
    m_refreshThread = QThread::create([this, cancel, cached, directory] {
        const ConversationStore store(directory);
        const ConversationIndex::ScanResult result =
            ConversationIndex::scan(store, cached, *cancel, [this, cancel](const QList<ConversationSummary> &batch) {
                if (!cancel->load())
                    QMetaObject::invokeMethod(
                        this, [this, batch] { applyRefreshBatch(batch); }, Qt::QueuedConnection);
            });
        if (!cancel->load())
            QMetaObject::invokeMethod(
                this, [this, result] { applyRefresh(result); }, Qt::QueuedConnection);
    });
    m_refreshThread->start(QThread::LowPriority);
}

void ConversationLibrary::waitForRefresh()
{
    while (m_refreshThread) {
        m_refreshThread->wait();
        QCoreApplication::sendPostedEvents(this);
    }
}

void ConversationLibrary::applyRefreshBatch(const QList<ConversationSummary> &batch)
{
    for (const ConversationSummary &summary : batch) {
        if (m_touchedDuringRefresh.contains(summary.id))
            continue;
        if (m_model->summary(summary.id) != summary) {
            m_model->upsert(summary);
            markIndexDirty();
        }
    }
}

void ConversationLibrary::applyRefresh(const ConversationIndex::ScanResult &result)
{
    joinWorker(m_refreshThread);
    applyRefreshBatch(result.changed);
    QStringList removed;
    for (const QString &id : result.removed) {
        if (!m_touchedDuringRefresh.contains(id) && m_model->remove(id)) {
            removed.append(id);
            forget(id);
        }
    }
    // The cache file itself may be missing or stale even when every entry matched.
    if (!QFile::exists(m_index.filePath()))
        markIndexDirty();
    m_touchedDuringRefresh.clear();
    if (!removed.isEmpty()) {
        markIndexDirty();
        emit conversationsRemoved(removed);
    }
    if (!result.problems.isEmpty())
        emit problemsFound(result.problems);
    emit refreshFinished();
    if (m_refreshAgain) {
        m_refreshAgain = false;
        refresh();
    }
}

bool ConversationLibrary::flushIndex(QString *error)
{
    m_indexTimer.stop();
    if (!m_indexDirty)
        return true;
    QString why;
    if (!m_index.write(m_model->summaries(), &why)) {
        // Not user data: the next start rebuilds it. Said once in the log, not in the UI.
        qCWarning(lcUi) << "conversation index not written:" << why;
        if (error)
            *error = why;
        return false;
    }
    m_indexDirty = false;
    return true;
}

void ConversationLibrary::markIndexDirty()
{
    m_indexDirty = true;
    if (!m_indexTimer.isActive())
        m_indexTimer.start();
}

void ConversationLibrary::touched(const QString &id)
{
    if (m_refreshThread)
        m_touchedDuringRefresh.insert(id);
}

void ConversationLibrary::forget(const QString &id)
{
    if (m_searchThread)
        m_searchPending.insert(id, std::nullopt);
    m_search.remove(id);
}

void ConversationLibrary::scheduleMidnight()
{
    const QDateTime current = QDateTime::currentDateTime();
    const QDateTime next(current.date().addDays(1), QTime(0, 0, 1));
    m_midnight.start(static_cast<int>(qBound(qint64(1000), current.msecsTo(next), qint64(24 * 3600 * 1000))));
}

std::optional<Conversation> ConversationLibrary::open(const QString &id)
{
    QString problem;
    const ConversationIndex::FileStamp stamp = ConversationIndex::stamp(m_store.pathFor(id));
    std::optional<Conversation> conversation = m_store.load(id, &problem);
    if (!conversation) {
        touched(id);
        if (m_model->remove(id)) {
            markIndexDirty();
            forget(id);
            emit conversationsRemoved({id});
        }
        if (!problem.isEmpty())
            emit problemsFound({problem});
        return std::nullopt;
    }
    conversation->id = id; // the file name is the id it is saved under
    // The file may have changed since the index was written (another copy of the app, a sync tool).
    ConversationSummary summary = ConversationSummary::fromConversation(*conversation);
    summary.fileSize = stamp.size;
    summary.fileMtimeMs = stamp.mtimeMs;
    if (m_model->summary(id) != summary) {
        touched(id);
        m_model->upsert(summary);
        markIndexDirty();
    }
    return conversation;
}

bool ConversationLibrary::save(const Conversation &conversation, QString *error)
{
    if (conversation.readOnly) {
        if (error)
            *error = readOnlyError();
        return false;
    }
    if (!m_store.save(conversation, error))
        return false;
    noteSaved(conversation);
    return true;
}

void ConversationLibrary::noteSaved(const Conversation &conversation)
{
    if (!ConversationStore::isValidId(conversation.id))
        return;
    touched(conversation.id);
    ConversationSummary summary = ConversationSummary::fromConversation(conversation);
    const ConversationIndex::FileStamp stamp = ConversationIndex::stamp(m_store.pathFor(conversation.id));
    summary.fileSize = stamp.size;
    summary.fileMtimeMs = stamp.mtimeMs;
    m_model->upsert(summary);
    markIndexDirty();
    indexText(conversation);
}

bool ConversationLibrary::rewrite(const QString &id, const std::function<void(Conversation &)> &change, QString *error)
{
    std::optional<Conversation> conversation = open(id);
    if (!conversation) {
        if (error)
            *error = tr("The conversation no longer exists or could not be read.");
        return false;
    }
    if (conversation->readOnly) {
        if (error)
            *error = readOnlyError();
        return false;
    }
    change(*conversation);
    if (!save(*conversation, error))
        return false;
    emit conversationChanged(m_model->summary(id));
    return true;
}

bool ConversationLibrary::rename(const QString &id, const QString &title, QString *error)
{
    // One line: a title is shown in a list row and a window title.
    const QString clean = title.simplified();
    if (m_model->contains(id) && m_model->summary(id).title == clean)
        return true;
    return rewrite(
        id, [&clean](Conversation &c) { c.title = clean; }, error);
}

bool ConversationLibrary::setPinned(const QStringList &ids, bool pinned, QString *error)
{
    bool ok = true;
    for (const QString &id : ids) {
        if (m_model->contains(id) && m_model->summary(id).pinned == pinned)
            continue;
        QString why;
        if (!rewrite(
                id, [pinned](Conversation &c) { c.pinned = pinned; }, &why)) {
            ok = false;
            if (error)
                *error = why;
        }
    }
    return ok;
}

ConversationLibrary::TrashBatch ConversationLibrary::moveToTrash(const QStringList &ids, QString *error)
{
    QStringList errors;
    const TrashBatch batch = m_trash.moveToTrash(ids, now(), &errors);
    QStringList removed;
    for (const ConversationTrash::Item &item : batch) {
        touched(item.id);
        if (m_model->remove(item.id))
            removed.append(item.id);
        forget(item.id);
    }
    if (!removed.isEmpty()) {
        markIndexDirty();
        emit conversationsRemoved(removed);
    }
    if (error)
        *error = errors.join(QLatin1Char('\n'));
    return batch;
}

QStringList ConversationLibrary::restore(const TrashBatch &batch, QString *error)
{
    QStringList errors;
    const QStringList restored = m_trash.restore(batch, &errors);
    for (const QString &id : restored) {
        if (std::optional<Conversation> conversation = open(id)) {
            indexText(*conversation);
            emit conversationChanged(m_model->summary(id));
        }
    }
    if (error)
        *error = errors.join(QLatin1Char('\n'));
    return restored;
}

QSet<QString> ConversationLibrary::takenIds() const
{
    QSet<QString> taken;
    const QStringList listed = m_model->ids();
    for (const QString &id : listed)
        taken.insert(id);
    const QStringList trashed = m_trash.ids();
    for (const QString &id : trashed)
        taken.insert(id);
    const QList<ConversationIndex::FileStamp> files = ConversationIndex::listFiles(m_store.directory());
    for (const ConversationIndex::FileStamp &file : files)
        taken.insert(file.id);
    return taken;
}

bool ConversationLibrary::exportTo(const QStringList &ids, ConversationExport::Format format, const QString &path,
                                   QString *error)
{
    QList<Conversation> conversations;
    for (const QString &id : ids) {
        if (std::optional<Conversation> conversation = open(id))
            conversations.append(*conversation);
    }
    if (conversations.isEmpty()) {
        if (error)
            *error = tr("There is nothing to export: the conversations could not be read.");
        return false;
    }
    return ConversationExport::writeFile(path, ConversationExport::encode(conversations, format), error);
}

ConversationLibrary::ImportReport ConversationLibrary::importFile(const QString &path)
{
    ImportReport report;
    const ConversationImport::Result result = ConversationImport::readFile(path, takenIds(), now());
    report.error = result.error;
    report.skipped = result.skipped;
    for (const Conversation &conversation : result.conversations) {
        QString error;
        if (!save(conversation, &error)) {
            report.skipped.append(error);
            continue;
        }
        report.importedIds.append(conversation.id);
        emit conversationChanged(m_model->summary(conversation.id));
    }
    if (report.importedIds.isEmpty() && report.error.isEmpty()) {
        report.error = report.skipped.join(QLatin1Char('\n'));
        report.skipped.clear();
    }
    return report;
}

} // namespace sajudesk
