// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/ConversationExport.h"
#include "chat/ConversationImport.h"
#include "chat/ConversationIndex.h"
#include "chat/ConversationListModel.h"
#include "chat/ConversationSearch.h"
#include "chat/ConversationStore.h"
#include "chat/ConversationTrash.h"

#include <QHash>
#include <QObject>
#include <QSet>
#include <QTimer>

#include <atomic>
#include <memory>
#include <optional>

class QThread;

namespace sajudesk {

/// Every saved conversation, as the sidebar sees them: the one place that keeps the files, the
/// index, the list model, the trash and the search text consistent.
///
///   ConversationLibrary library(dir);            // dir empty: the app-data folder
///   view->setModel(library.model());            // pinned first, then by last activity
///   connect(&library, &ConversationLibrary::problemsFound, errorPanel, …);
///   library.start();                            // index only; the folder is checked on a worker
///   std::optional<Conversation> c = library.open(id);          // reads one file, when opened
///   library.save(*c);                           // or noteSaved(*c) after saving it elsewhere
///   auto batch = library.moveToTrash(ids);  …  library.restore(batch);   // Undo
///   library.prepareSearch();  …  library.search(u"서울"_qs)     // see search()
///
/// Startup reads only conversations/cache/index.bin and lists the folder (names, sizes, times)
/// on a worker thread; only new or changed files are read, and a damaged one is moved aside and
/// reported then. The full-text store is built only when a search starts and dropped after a
/// minute without one, so memory at rest holds summaries, never messages.
///
/// Conversations written by a newer SajuDesk are listed and opened but never written: save,
/// rename and pin refuse them.
class ConversationLibrary : public QObject
{
    Q_OBJECT
public:
    using TrashBatch = QList<ConversationTrash::Item>;

    struct ImportReport
    {
        QStringList importedIds;
        QString error;       ///< nothing imported, and why (translated)
        QStringList skipped; ///< entries left out while others were imported (translated)
    };

    explicit ConversationLibrary(const QString &directory = {}, QObject *parent = nullptr);
    ~ConversationLibrary() override;
    Q_DISABLE_COPY(ConversationLibrary)

    QString directory() const { return m_store.directory(); }
    const ConversationStore &store() const { return m_store; }
    ConversationListModel *model() const { return m_model; }
    const ConversationIndex &index() const { return m_index; }
    const ConversationTrash &trash() const { return m_trash; }

    /// "now" for the list sections, trash dates and purging (tests inject one).
    void setClock(ConversationListModel::Clock clock);
    /// Trashed conversations older than this are removed at start(); default 30.
    void setTrashDays(int days) { m_trashDays = days; }
    int trashDays() const { return m_trashDays; }

    /// Fills the model from the cached index (no conversation is read), removes old trash, then
    /// checks the index against the folder on a worker thread (refreshFinished when done), unless
    /// `checkFolder` is false: the caller then calls refresh() when it suits it.
    void start(bool checkFolder = true);
    /// Checks the folder again (e.g. after files were copied in by hand).
    void refresh();
    bool isRefreshing() const { return m_refreshThread != nullptr; }
    /// Blocks until a running refresh is applied (tests, benchmarks, the CLI).
    void waitForRefresh();
    /// Writes the index file now if anything changed (it is otherwise written shortly after).
    bool flushIndex(QString *error = nullptr);

    /// Reads one conversation in full. A damaged file is moved aside, reported through
    /// problemsFound and removed from the list; a missing one is removed silently.
    std::optional<Conversation> open(const QString &id);
    /// Saves and updates the list, the index and the search text.
    bool save(const Conversation &conversation, QString *error = nullptr);
    /// For a conversation saved through ConversationStore directly: updates list, index, search.
    void noteSaved(const Conversation &conversation);

    /// Sets the title (an empty one goes back to the first line of the first message). Activity
    /// is unchanged, so the row stays in place. The open conversation's copy in the UI must take
    /// the new title too (conversationChanged says so).
    bool rename(const QString &id, const QString &title, QString *error = nullptr);
    bool setPinned(const QStringList &ids, bool pinned, QString *error = nullptr);

    /// Moves the conversations' files to the trash; the batch undoes it (restore).
    TrashBatch moveToTrash(const QStringList &ids, QString *error = nullptr);
    /// Puts a batch back (Undo). Returns the ids back in the list (an id taken meanwhile is
    /// replaced by a new one).
    QStringList restore(const TrashBatch &batch, QString *error = nullptr);

    /// Starts building the full-text store on a worker thread unless it is there (searchReady).
    void prepareSearch();
    bool isSearchReady() const { return m_searchReady; }
    /// Blocks until a running build is applied (tests, benchmarks).
    void waitForSearch();
    /// Searches titles and message text (see ConversationSearch). Without the store yet, starts
    /// building it and returns nothing: search again on searchReady.
    std::optional<ConversationSearch::Results> search(const QString &query, int limit = 200);
    /// Frees the store now (it is also freed after searchIdleMs without a search).
    void releaseSearch();
    void setSearchIdleMs(int ms) { m_searchIdle.setInterval(ms); }
    /// Bytes the search store holds (0 when released).
    qint64 searchPayloadBytes() const { return m_search.payloadBytes(); }

    /// Writes the conversations, in the order given, to `path`. Damaged ones are reported and
    /// left out.
    bool exportTo(const QStringList &ids, ConversationExport::Format format, const QString &path,
                  QString *error = nullptr);
    /// Imports a file (see ConversationImport); nothing existing is overwritten.
    ImportReport importFile(const QString &path);

signals:
    /// Damaged files found (already moved aside), disk errors (translated, with paths).
    void problemsFound(const QStringList &problems);
    void refreshFinished();
    void searchReady();
    /// A conversation changed through the library (rename, pin, restore, import).
    void conversationChanged(const sajudesk::ConversationSummary &summary);
    /// Conversations left the list (trash, damaged, deleted outside the app).
    void conversationsRemoved(const QStringList &ids);

private:
    /// Joins a worker thread (it has posted its last result or was cancelled) and deletes it.
    static void joinWorker(QThread *&thread);
    void touched(const QString &id);
    void forget(const QString &id);
    void markIndexDirty();
    void applyRefreshBatch(const QList<ConversationSummary> &batch);
    void applyRefresh(const ConversationIndex::ScanResult &result);
    void applySearchBuild(int generation, ConversationSearch search, const QStringList &problems,
                          const QStringList &failedIds);
    void indexText(const Conversation &conversation);
    void scheduleMidnight();
    bool rewrite(const QString &id, const std::function<void(Conversation &)> &change, QString *error);
    QSet<QString> takenIds() const;
    QDateTime now() const;

    ConversationStore m_store;
    ConversationIndex m_index;
    ConversationTrash m_trash;
    ConversationListModel *m_model;
    ConversationListModel::Clock m_clock;
    int m_trashDays = 30;

    QThread *m_refreshThread = nullptr;
    std::shared_ptr<std::atomic_bool> m_refreshCancel;
    QSet<QString> m_touchedDuringRefresh; ///< changed here while the worker read: the worker's view is older
    bool m_refreshAgain = false;
    bool m_indexDirty = false;
    QTimer m_indexTimer;
    QTimer m_midnight;

    ConversationSearch m_search;
    bool m_searchReady = false;
    QThread *m_searchThread = nullptr;
    int m_searchGeneration = 0;
    std::shared_ptr<std::atomic_bool> m_searchCancel;
    /// Saved or removed while the store was being built: applied on top of it (nullopt: removed).
    QHash<QString, std::optional<Conversation>> m_searchPending;
    QTimer m_searchIdle;
};

} // namespace sajudesk
