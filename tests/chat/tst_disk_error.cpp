// SPDX-License-Identifier: GPL-3.0-or-later
// Why a write failed, in words: the pure classification of errno and volume facts, and the
// messages that name the path and the cause.
#include "chat/DiskError.h"

#include <QTest>

#include <cerrno>

using namespace sajudesk;
using DiskError::Cause;

Q_DECLARE_METATYPE(DiskError::Cause)

class TestDiskError : public QObject
{
    Q_OBJECT
private slots:
    void classify_data();
    void classify();
    void messages_data();
    void messages();
};

void TestDiskError::classify_data()
{
    QTest::addColumn<int>("errorNumber");
    QTest::addColumn<qint64>("available");
    QTest::addColumn<qint64>("needed");
    QTest::addColumn<bool>("volumeReadOnly");
    QTest::addColumn<bool>("folderWritable");
    QTest::addColumn<Cause>("cause");
    // errno says it
    QTest::newRow("ENOSPC") << ENOSPC << qint64(1 << 20) << qint64(10) << false << true << Cause::DiskFull;
    QTest::newRow("EDQUOT (quota)") << EDQUOT << qint64(1 << 20) << qint64(10) << false << true << Cause::DiskFull;
    QTest::newRow("EROFS") << EROFS << qint64(0) << qint64(10) << true << false << Cause::ReadOnly;
    QTest::newRow("EACCES") << EACCES << qint64(1 << 20) << qint64(10) << false << false << Cause::NoPermission;
    QTest::newRow("EPERM") << EPERM << qint64(1 << 20) << qint64(10) << false << false << Cause::NoPermission;
    QTest::newRow("EACCES on a read-only volume")
        << EACCES << qint64(0) << qint64(10) << true << false << Cause::ReadOnly;
    QTest::newRow("EFBIG (ulimit)") << EFBIG << qint64(1 << 20) << qint64(10) << false << true << Cause::FileTooLarge;
    // errno lost ("Unknown error"): the facts decide
    QTest::newRow("no errno, volume full") << 0 << qint64(100) << qint64(4096) << false << true << Cause::DiskFull;
    QTest::newRow("no errno, zero bytes free") << 0 << qint64(0) << qint64(1) << false << true << Cause::DiskFull;
    QTest::newRow("no errno, read-only mount") << 0 << qint64(1 << 20) << qint64(10) << true << true << Cause::ReadOnly;
    QTest::newRow("no errno, folder not writable")
        << 0 << qint64(1 << 20) << qint64(10) << false << false << Cause::NoPermission;
    QTest::newRow("errno of a clean-up step, volume full")
        << ENOENT << qint64(10) << qint64(4096) << false << true << Cause::DiskFull;
    QTest::newRow("nothing known") << 0 << qint64(-1) << qint64(10) << false << true << Cause::Other;
    QTest::newRow("EIO") << EIO << qint64(1 << 20) << qint64(10) << false << true << Cause::Other;
    QTest::newRow("exactly enough space") << 0 << qint64(10) << qint64(10) << false << true << Cause::Other;
}

void TestDiskError::classify()
{
    QFETCH(int, errorNumber);
    QFETCH(qint64, available);
    QFETCH(qint64, needed);
    QFETCH(bool, volumeReadOnly);
    QFETCH(bool, folderWritable);
    QFETCH(Cause, cause);
    DiskError::Facts facts;
    facts.errorNumber = errorNumber;
    facts.bytesAvailable = available;
    facts.bytesNeeded = needed;
    facts.volumeReadOnly = volumeReadOnly;
    facts.folderWritable = folderWritable;
    QCOMPARE(DiskError::classify(facts), cause);
}

void TestDiskError::messages_data()
{
    QTest::addColumn<Cause>("cause");
    QTest::addColumn<QString>("words");
    QTest::newRow("full") << Cause::DiskFull << QStringLiteral("the disk is full");
    QTest::newRow("read-only") << Cause::ReadOnly << QStringLiteral("read-only");
    QTest::newRow("permission") << Cause::NoPermission
                                << QStringLiteral("no permission to write in the folder /data/c");
    QTest::newRow("too large") << Cause::FileTooLarge << QStringLiteral("larger than the system allows");
    QTest::newRow("other keeps Qt's text") << Cause::Other << QStringLiteral("Input/output error");
}

void TestDiskError::messages()
{
    QFETCH(Cause, cause);
    QFETCH(QString, words);
    const QString message =
        DiskError::saveMessage(cause, QStringLiteral("/data/c/abc.json"), QStringLiteral("Input/output error"));
    QVERIFY2(message.contains(QStringLiteral("/data/c/abc.json")), qPrintable(message));
    QVERIFY2(message.contains(words), qPrintable(message));
    QVERIFY(!message.contains(QStringLiteral("Unknown error")));
}

QTEST_GUILESS_MAIN(TestDiskError)
#include "tst_disk_error.moc"
