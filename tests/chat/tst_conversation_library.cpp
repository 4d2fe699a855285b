// SPDX-License-Identifier: GPL-3.0-or-later
// ConversationLibrary over a real folder: startup shows the cached index at once and checks it
// against the files on a worker (stale, missing and damaged indexes are rebuilt; only changed
// files are read); a damaged conversation is reported and moved aside when first found;
// save/rename/pin update the list and the index; delete goes to the trash, Undo restores it
// byte for byte, old trash is purged at start.
#include "ChatTestData.h"
#include "chat/ConversationLibrary.h"

#include <QDir>
#include <QFile>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QThread>

using namespace sajudesk;
using namespace sajudesk::test;

class TestConversationLibrary : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void missingIndexIsBuiltThenUsed();
    void staleIndexIsRefreshed();
    void folderCheckCanWait();
    void damagedIndexIsRebuilt_data();
    void damagedIndexIsRebuilt();
    void damagedConversationReportedWhileIndexing();
    void damagedConversationReportedWhenOpened();
    void changesDuringRefreshWin();
    void saveInsertsAndMovesTheRow();
    void renameKeepsPlaceAndPinMovesToTop();
    void viewEditRenames();
    void newerFormatIsNeverWritten();
    void trashAndUndoSeveral();
    void restoreUnderNewIdWhenTaken();
    void purgeOldTrashAtStart();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QDateTime m_now = utc("2026-11-29T12:00:00Z");
    QString path(const QString &id) const { return m_dir->path() + QLatin1Char('/') + id + QStringLiteral(".json"); }
    QStringList seed(int count);
};

void TestConversationLibrary::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

QStringList TestConversationLibrary::seed(int count)
{
    ConversationStore store(m_dir->path());
    QStringList ids;
    for (int i = 0; i < count; ++i) {
        const Conversation c = conversation(QStringLiteral("질문 %1").arg(i), m_now.addSecs(-i * 3600),
                                            QStringLiteral("answer %1").arg(i));
        store.save(c);
        touchFile(path(c.id), m_now.addSecs(-i));
        ids.append(c.id);
    }
    return ids;
}

void TestConversationLibrary::missingIndexIsBuiltThenUsed()
{
    const QStringList ids = seed(5);
    {
        ConversationLibrary library(m_dir->path());
        QSignalSpy problems(&library, &ConversationLibrary::problemsFound);
        library.start();
        QCOMPARE(library.model()->rowCount(), 0); // nothing cached yet: the worker fills it
        library.waitForRefresh();
        QCOMPARE(library.model()->ids(), ids); // newest first
        QCOMPARE(library.model()->index(0).data(ConversationListModel::MessageCountRole).toInt(), 2);
        QCOMPARE(library.model()->index(0).data(ConversationListModel::TitleRole).toString(), QStringLiteral("질문 0"));
        QVERIFY(problems.isEmpty());
    } // the destructor writes the index
    QVERIFY(QFile::exists(m_dir->path() + QStringLiteral("/cache/index.bin")));

    ConversationLibrary library(m_dir->path());
    library.start();
    QCOMPARE(library.model()->ids(), ids); // at once, from the index, before any file is read
    library.waitForRefresh();
    QCOMPARE(library.model()->ids(), ids);

    // And the check against the folder read nothing.
    QHash<QString, ConversationIndex::FileStamp> cached;
    for (const ConversationSummary &s : library.index().read())
        cached.insert(s.id, {s.id, s.fileSize, s.fileMtimeMs});
    std::atomic_bool cancel{false};
    const ConversationIndex::ScanResult scan = ConversationIndex::scan(library.store(), cached, cancel);
    QCOMPARE(scan.unchanged.size(), 5);
    QVERIFY(scan.changed.isEmpty());
    QVERIFY(scan.removed.isEmpty());
}

void TestConversationLibrary::folderCheckCanWait()
{
    // The window starts the library without the folder check and asks for it after its first frame.
    const QStringList ids = seed(3);
    {
        ConversationLibrary library(m_dir->path());
        library.start();
        library.waitForRefresh();
    }
    QFile::remove(path(ids.at(0)));
    ConversationLibrary library(m_dir->path());
    library.start(false);
    QVERIFY(!library.isRefreshing());
    QCOMPARE(library.model()->rowCount(), 3); // the index alone, files untouched
    library.refresh();
    QVERIFY(library.isRefreshing());
    library.waitForRefresh();
    QCOMPARE(library.model()->rowCount(), 2);
}

void TestConversationLibrary::staleIndexIsRefreshed()
{
    const QStringList ids = seed(4);
    {
        ConversationLibrary library(m_dir->path());
        library.start();
        library.waitForRefresh();
    }
    // Behind the index's back: one renamed, one deleted, one added.
    ConversationStore store(m_dir->path());
    Conversation changed = *store.load(ids.at(2));
    changed.title = QStringLiteral("바뀐 제목");
    store.save(changed);
    touchFile(path(ids.at(2)), m_now.addSecs(100));
    QFile::remove(path(ids.at(3)));
    const Conversation added = conversation(QStringLiteral("new one"), m_now.addSecs(60));
    store.save(added);

    ConversationLibrary library(m_dir->path());
    QSignalSpy removed(&library, &ConversationLibrary::conversationsRemoved);
    library.start();
    QCOMPARE(library.model()->rowCount(), 4); // the stale index first
    library.waitForRefresh();
    QCOMPARE(library.model()->ids(), (QStringList{added.id, ids.at(0), ids.at(1), ids.at(2)}));
    QCOMPARE(library.model()->summary(ids.at(2)).displayTitle, QStringLiteral("바뀐 제목"));
    QCOMPARE(removed.size(), 1);
    QCOMPARE(removed.at(0).at(0).toStringList(), QStringList{ids.at(3)});

    // Only the two new or changed files were read.
    QHash<QString, ConversationIndex::FileStamp> cached;
    ConversationIndex index(m_dir->path());
    QVERIFY(index.write({}));
    for (const QString &id : ids)
        cached.insert(id, ConversationIndex::stamp(path(id)));
    cached.insert(ids.at(2), {ids.at(2), 1, 1});
    std::atomic_bool cancel{false};
    const ConversationIndex::ScanResult scan = ConversationIndex::scan(store, cached, cancel);
    QCOMPARE(scan.changed.size(), 2);
    QCOMPARE(scan.unchanged.size(), 2);
    QCOMPARE(scan.removed, QStringList{ids.at(3)});
}

void TestConversationLibrary::damagedIndexIsRebuilt_data()
{
    QTest::addColumn<QByteArray>("index");
    QTest::newRow("garbage") << QByteArray("\x00\x01 not json");
    QTest::newRow("truncated") << QByteArray(R"({"format":1,"conversations":[{"id":"a)");
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("another format") << QByteArray(R"({"format":99,"conversations":[]})");
    QTest::newRow("an array") << QByteArray("[]");
    QTest::newRow("entry without id") << QByteArray(R"({"format":1,"conversations":[{"size":3,"mtime":4}]})");
    QTest::newRow("entry with unsafe id")
        << QByteArray(R"({"format":1,"conversations":[{"id":"../x","size":3,"mtime":4}]})");
}

void TestConversationLibrary::damagedIndexIsRebuilt()
{
    QFETCH(QByteArray, index);
    const QStringList ids = seed(3);
    QDir().mkpath(m_dir->path() + QStringLiteral("/cache"));
    // The JSON index of format 1, read when there is no index.bin (tst_conversation_index damages that one).
    writeFileBytes(m_dir->path() + QStringLiteral("/cache/index.json"), index);

    ConversationLibrary library(m_dir->path());
    QSignalSpy problems(&library, &ConversationLibrary::problemsFound);
    library.start();
    QCOMPARE(library.model()->rowCount(), 0);
    library.waitForRefresh();
    QCOMPARE(library.model()->ids(), ids);
    QVERIFY(problems.isEmpty()); // a cache, not user data: rebuilt silently
    QVERIFY(library.flushIndex());
    QCOMPARE(ConversationIndex(m_dir->path()).read().size(), 3);
}

void TestConversationLibrary::damagedConversationReportedWhileIndexing()
{
    const QStringList ids = seed(3);
    {
        ConversationLibrary library(m_dir->path());
        library.start();
        library.waitForRefresh();
    }
    writeFileBytes(path(ids.at(1)), "{ \"id\": \"trunc");
    touchFile(path(ids.at(1)), m_now.addSecs(500));

    ConversationLibrary library(m_dir->path());
    QSignalSpy problems(&library, &ConversationLibrary::problemsFound);
    library.start();
    QCOMPARE(library.model()->rowCount(), 3);
    library.waitForRefresh();
    QCOMPARE(library.model()->ids(), (QStringList{ids.at(0), ids.at(2)}));
    QCOMPARE(problems.size(), 1);
    const QStringList reported = problems.at(0).at(0).toStringList();
    QCOMPARE(reported.size(), 1);
    QVERIFY2(reported.first().contains(ids.at(1)), qPrintable(reported.first()));
    QVERIFY(!QFile::exists(path(ids.at(1))));
    QCOMPARE(QDir(m_dir->path()).entryList({ids.at(1) + QStringLiteral(".json.corrupt-*")}, QDir::Files).size(), 1);
}

void TestConversationLibrary::damagedConversationReportedWhenOpened()
{
    const QStringList ids = seed(2);
    ConversationLibrary library(m_dir->path());
    library.start();
    library.waitForRefresh();
    writeFileBytes(path(ids.at(0)), R"({"id": 42, "messages": "no"})");

    QSignalSpy problems(&library, &ConversationLibrary::problemsFound);
    QSignalSpy removed(&library, &ConversationLibrary::conversationsRemoved);
    QVERIFY(!library.open(ids.at(0)));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(removed.size(), 1);
    QCOMPARE(library.model()->ids(), QStringList{ids.at(1)});
    QVERIFY(library.open(ids.at(1)).has_value());
}

void TestConversationLibrary::changesDuringRefreshWin()
{
    const QStringList ids = seed(3);
    ConversationStore store(m_dir->path());
    Conversation kept = *store.load(ids.at(1));
    {
        ConversationLibrary library(m_dir->path());
        library.start();
        library.waitForRefresh();
    }
    // Behind the index's back: one file edited, one deleted.
    Conversation edited = *store.load(ids.at(0));
    edited.title = QStringLiteral("external");
    store.save(edited);
    touchFile(path(ids.at(0)), m_now.addSecs(300));
    QFile::remove(path(ids.at(1)));

    ConversationLibrary library(m_dir->path());
    library.start();
    // Give the worker time to read the folder, but deliver none of its results yet; then the
    // user renames the edited one and the open copy of the deleted one is saved again.
    QThread::msleep(300);
    QVERIFY(library.rename(ids.at(0), QStringLiteral("mine")));
    QVERIFY(library.save(kept));
    library.waitForRefresh();
    // The worker's older view must not undo either change.
    QCOMPARE(library.model()->summary(ids.at(0)).title, QStringLiteral("mine"));
    QVERIFY(library.model()->contains(ids.at(1)));
    QCOMPARE(library.model()->rowCount(), 3);
}

void TestConversationLibrary::saveInsertsAndMovesTheRow()
{
    const QStringList ids = seed(3);
    ConversationLibrary library(m_dir->path());
    library.start();
    library.waitForRefresh();

    Conversation c = conversation(QStringLiteral("first line\nsecond"), m_now.addDays(-3));
    QVERIFY(library.save(c));
    QCOMPARE(library.model()->ids().last(), c.id);
    QCOMPARE(library.model()->summary(c.id).displayTitle, QStringLiteral("first line"));

    QSignalSpy moved(library.model(), &QAbstractItemModel::rowsMoved);
    QSignalSpy reset(library.model(), &QAbstractItemModel::modelReset);
    c.messages.append(ChatMessage::create(ChatMessage::Role::Assistant, QStringLiteral("reply"), m_now.addSecs(5)));
    c.updatedAt = m_now.addSecs(5);
    QVERIFY(library.save(c));
    QCOMPARE(library.model()->ids().first(), c.id);
    QCOMPARE(moved.size(), 1);
    QCOMPARE(reset.size(), 0);
    QCOMPARE(library.model()->summary(c.id).messageCount, 2);

    // The index written now is true to the files: a fresh check reads nothing.
    QVERIFY(library.flushIndex());
    QHash<QString, ConversationIndex::FileStamp> cached;
    for (const ConversationSummary &s : library.index().read())
        cached.insert(s.id, {s.id, s.fileSize, s.fileMtimeMs});
    std::atomic_bool cancel{false};
    QCOMPARE(ConversationIndex::scan(library.store(), cached, cancel).unchanged.size(), 4);
}

void TestConversationLibrary::renameKeepsPlaceAndPinMovesToTop()
{
    const QStringList ids = seed(3);
    ConversationLibrary library(m_dir->path());
    library.setClock([this] { return m_now; });
    library.start();
    library.waitForRefresh();
    QSignalSpy changed(&library, &ConversationLibrary::conversationChanged);

    QVERIFY(library.rename(ids.at(1), QStringLiteral("  서울\n여행  ")));
    QCOMPARE(library.model()->ids(), ids);
    QCOMPARE(library.model()->summary(ids.at(1)).title, QStringLiteral("서울 여행"));
    QCOMPARE(library.open(ids.at(1))->title, QStringLiteral("서울 여행"));
    QCOMPARE(changed.size(), 1);
    QVERIFY(library.rename(ids.at(1), QString())); // back to the first line
    QCOMPARE(library.model()->summary(ids.at(1)).displayTitle, QStringLiteral("질문 1"));

    QVERIFY(library.setPinned({ids.at(2), ids.at(1)}, true));
    QCOMPARE(library.model()->ids(), (QStringList{ids.at(1), ids.at(2), ids.at(0)}));
    QCOMPARE(library.model()->index(0).data(ConversationListModel::GroupRole).toInt(),
             int(ConversationListModel::Group::Pinned));
    QVERIFY(library.open(ids.at(2))->pinned);
    QVERIFY(library.setPinned({ids.at(2)}, false));
    QCOMPARE(library.model()->ids(), (QStringList{ids.at(1), ids.at(0), ids.at(2)}));
    QCOMPARE(library.model()->summary(ids.at(0)).updatedAt, m_now); // pin is not activity
}

void TestConversationLibrary::viewEditRenames()
{
    const QStringList ids = seed(1);
    ConversationLibrary library(m_dir->path());
    library.start();
    library.waitForRefresh();
    QVERIFY(library.model()->setData(library.model()->index(0), QStringLiteral("Edited")));
    QCOMPARE(library.open(ids.first())->title, QStringLiteral("Edited"));
}

void TestConversationLibrary::newerFormatIsNeverWritten()
{
    const QByteArray newer =
        R"({"format": 99, "id": "future-1", "title": "미래", "messages": [], "updatedAt": "2026-11-29T10:00:00.000Z"})";
    writeFileBytes(path(QStringLiteral("future-1")), newer);
    ConversationLibrary library(m_dir->path());
    library.start();
    library.waitForRefresh();
    QCOMPARE(library.model()->index(0).data(ConversationListModel::ReadOnlyRole).toBool(), true);
    QString error;
    QVERIFY(!library.rename(QStringLiteral("future-1"), QStringLiteral("x"), &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!library.setPinned({QStringLiteral("future-1")}, true, &error));
    QCOMPARE(fileBytes(path(QStringLiteral("future-1"))), newer);
}

void TestConversationLibrary::trashAndUndoSeveral()
{
    const QStringList ids = seed(4);
    ConversationLibrary library(m_dir->path());
    library.setClock([this] { return m_now; });
    library.start();
    library.waitForRefresh();
    const QByteArray before1 = fileBytes(path(ids.at(1)));
    const QByteArray before3 = fileBytes(path(ids.at(3)));

    QSignalSpy removed(&library, &ConversationLibrary::conversationsRemoved);
    const ConversationLibrary::TrashBatch batch = library.moveToTrash({ids.at(1), ids.at(3)});
    QCOMPARE(batch.size(), 2);
    QCOMPARE(library.model()->ids(), (QStringList{ids.at(0), ids.at(2)}));
    QCOMPARE(removed.size(), 1);
    QVERIFY(!QFile::exists(path(ids.at(1))));
    QCOMPARE(library.trash().ids().size(), 2);
    QCOMPARE(library.trash().items().first().deletedAt, m_now);

    // A restart in between must not bring them back.
    library.flushIndex();
    {
        ConversationLibrary again(m_dir->path());
        again.start();
        again.waitForRefresh();
        QCOMPARE(again.model()->rowCount(), 2);
    }

    const QStringList restored = library.restore(batch);
    QCOMPARE(restored, (QStringList{ids.at(1), ids.at(3)}));
    QCOMPARE(library.model()->ids(), ids);
    QCOMPARE(fileBytes(path(ids.at(1))), before1);
    QCOMPARE(fileBytes(path(ids.at(3))), before3);
    QVERIFY(library.trash().items().isEmpty());
}

void TestConversationLibrary::restoreUnderNewIdWhenTaken()
{
    const QStringList ids = seed(1);
    ConversationLibrary library(m_dir->path());
    library.start();
    library.waitForRefresh();
    const ConversationLibrary::TrashBatch batch = library.moveToTrash(ids);
    // Something else took the id meanwhile; it must survive the Undo.
    writeFileBytes(path(ids.first()), R"({"id": "x", "messages": []})");
    const QStringList restored = library.restore(batch);
    QCOMPARE(restored.size(), 1);
    QVERIFY(restored.first() != ids.first());
    QCOMPARE(fileBytes(path(ids.first())), QByteArray(R"({"id": "x", "messages": []})"));
    QCOMPARE(library.open(restored.first())->messages.first().content, QStringLiteral("질문 0"));
}

void TestConversationLibrary::purgeOldTrashAtStart()
{
    const QStringList ids = seed(3);
    {
        ConversationLibrary library(m_dir->path());
        library.setClock([this] { return m_now.addDays(-40); });
        library.start();
        library.waitForRefresh();
        library.moveToTrash({ids.at(0)});
        library.setClock([this] { return m_now.addDays(-5); });
        library.moveToTrash({ids.at(1)});
    }
    ConversationLibrary library(m_dir->path());
    library.setClock([this] { return m_now; });
    library.setTrashDays(30);
    library.start();
    library.waitForRefresh();
    const QList<ConversationTrash::Item> left = library.trash().items();
    QCOMPARE(left.size(), 1);
    QCOMPARE(left.first().id, ids.at(1));
    QCOMPARE(library.model()->ids(), QStringList{ids.at(2)});
}

QTEST_GUILESS_MAIN(TestConversationLibrary)
#include "tst_conversation_library.moc"
