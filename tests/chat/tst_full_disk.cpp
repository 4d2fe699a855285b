// SPDX-License-Identifier: GPL-3.0-or-later
// A full or read-only disk, for real: a 64 KiB tmpfs is mounted when this machine allows it
// (root in a sandbox or CI container). There, the error says "the disk is full" with the path,
// the conversation stays in memory, no half-written file appears, and it is saved once space is
// freed. Where mounting is not allowed the same path runs with an injected failure instead.
#include "chat/ConversationAutosaver.h"
#include "chat/ConversationStore.h"
#include "chat/DiskError.h"
#include "chat/JsonFile.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

#include <cerrno>

using namespace sajudesk;

namespace {

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

/// Mounts a small tmpfs on a temporary folder for the lifetime of the object, when allowed.
struct SmallDisk
{
    QTemporaryDir dir;
    bool mounted = false;
    explicit SmallDisk(const QString &options = QStringLiteral("size=64k"))
    {
        mounted = dir.isValid()
                  && run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                                   options, QStringLiteral("tmpfs"), dir.path()});
    }
    ~SmallDisk()
    {
        if (mounted)
            run(QStringLiteral("umount"), {dir.path()});
    }
    /// Fills the volume with one file; returns its path.
    QString fill() const
    {
        const QString path = dir.filePath(QStringLiteral("filler"));
        QFile filler(path);
        if (!filler.open(QIODevice::WriteOnly | QIODevice::Unbuffered))
            return path;
        const QByteArray block(1024, 'f');
        while (filler.write(block) == block.size()) {
        }
        return path;
    }
};

/// Stands in for the full disk where tmpfs cannot be mounted.
class FullDiskStore : public ConversationStore
{
public:
    using ConversationStore::ConversationStore;
    bool full = true;
    bool save(const Conversation &conversation, QString *error) const override
    {
        if (full) {
            DiskError::Facts facts;
            facts.errorNumber = ENOSPC;
            if (error)
                *error = DiskError::saveMessage(DiskError::classify(facts), pathFor(conversation.id), QString());
            return false;
        }
        return ConversationStore::save(conversation, error);
    }
};

Conversation bigConversation()
{
    Conversation c = Conversation::create(ChatSettings{QStringLiteral("openai/gpt-5.2"), {}, {}, {}, true});
    c.messages.append(ChatMessage::create(ChatMessage::Role::User, QStringLiteral("사주팔자 질문 ").repeated(400),
                                          QDateTime::currentDateTimeUtc()));
    return c;
}

} // namespace

class TestFullDisk : public QObject
{
    Q_OBJECT
private slots:
    void fullDiskIsSaidInWordsAndSavedLater();
    void readOnlyDiskIsSaidInWords();
};

void TestFullDisk::fullDiskIsSaidInWordsAndSavedLater()
{
    SmallDisk disk;
    const QString folder = disk.dir.filePath(QStringLiteral("conversations"));
    std::unique_ptr<ConversationStore> store;
    QString filler;
    if (disk.mounted) {
        QVERIFY(QDir().mkpath(folder));
        filler = disk.fill();
        store = std::make_unique<ConversationStore>(folder);
    } else {
        qWarning("mount -t tmpfs is not allowed here: using an injected ENOSPC instead");
        store = std::make_unique<FullDiskStore>(folder);
    }
    ConversationAutosaver saver(store.get());
    saver.setRetryInterval(60 * 60 * 1000); // the test triggers the retry itself
    QSignalSpy failed(&saver, &ConversationAutosaver::saveFailed);
    QSignalSpy recovered(&saver, &ConversationAutosaver::saveRecovered);

    const Conversation c = bigConversation();
    saver.messageSent(c);
    QCOMPARE(failed.size(), 1);
    const QString message = failed.first().at(1).toString();
    QVERIFY2(message.contains(QStringLiteral("the disk is full")), qPrintable(message));
    QVERIFY2(message.contains(QDir::toNativeSeparators(store->pathFor(c.id))), qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("Unknown error")));
    QVERIFY(saver.hasUnsavedChanges()); // the text is in memory
    QVERIFY(saver.lastError().contains(QStringLiteral("the disk is full")));
    // Nothing half-written: no conversation file, no temporary file left behind.
    QVERIFY(QDir(folder).entryList(QDir::Files | QDir::Hidden).isEmpty());

    // Space is freed; the next attempt saves the whole conversation.
    if (disk.mounted)
        QVERIFY(QFile::remove(filler));
    else
        static_cast<FullDiskStore *>(store.get())->full = false;
    QVERIFY(saver.flush());
    QCOMPARE(recovered.size(), 1);
    QJsonDocument document;
    QVERIFY(JsonFile::read(store->pathFor(c.id), &document));
    QCOMPARE(Conversation::fromJson(document.object()).messages.first().content, c.messages.first().content);
}

void TestFullDisk::readOnlyDiskIsSaidInWords()
{
    SmallDisk disk(QStringLiteral("size=64k"));
    if (!disk.mounted)
        QSKIP("mount -t tmpfs is not allowed here (the classification is covered by tst_disk_error)");
    const QString folder = disk.dir.filePath(QStringLiteral("conversations"));
    QVERIFY(QDir().mkpath(folder));
    QFile damaged(QDir(folder).filePath(QStringLiteral("damaged.json")));
    QVERIFY(damaged.open(QIODevice::WriteOnly));
    damaged.write("{ not json");
    damaged.close();
    QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,ro"), disk.dir.path()}));

    ConversationStore store(folder);
    QString error;
    QVERIFY(!store.save(bigConversation(), &error));
    QVERIFY2(error.contains(QStringLiteral("read-only")), qPrintable(error));
    // A damaged file that cannot be moved aside is reported as such and left as it is.
    QStringList problems;
    QVERIFY(store.loadAll(&problems).isEmpty());
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("could not be moved aside")), qPrintable(problems.first()));
    QVERIFY(QFile::exists(damaged.fileName()));
    QVERIFY(run(QStringLiteral("mount"), {QStringLiteral("-o"), QStringLiteral("remount,rw"), disk.dir.path()}));
}

QTEST_GUILESS_MAIN(TestFullDisk)
#include "tst_full_disk.moc"
