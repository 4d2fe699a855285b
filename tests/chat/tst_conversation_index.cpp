// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation index file (cache/index.bin): every field survives a write and a read; any
// damage (truncation, a flipped byte, another format, an unsafe id, trailing bytes) reads as no
// index at all, so that the library rebuilds it from the conversation files; the JSON index of
// format 1 is read once after an upgrade and removed by the next write. And the id check that
// guards every entry.
#include "ChatTestData.h"
#include "chat/ConversationIndex.h"
#include "chat/ConversationStore.h"

#include <QDataStream>
#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtEndian>

#include <limits>

using namespace sajudesk;
using namespace sajudesk::test;

namespace {

QList<ConversationSummary> sample()
{
    ConversationSummary a;
    a.id = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e");
    a.title = QStringLiteral("임인년 사주 풀이");
    a.displayTitle = a.title;
    a.createdAt = utc("2026-11-01T09:00:00.123Z");
    a.updatedAt = utc("2026-11-29T12:34:56.789Z");
    a.model = QStringLiteral("openai/gpt-5.2");
    a.pinned = true;
    a.messageCount = 42;
    a.fileSize = 123456;
    a.fileMtimeMs = 1795962988123;

    ConversationSummary b; // no title, no times, read-only, nothing optional
    b.id = QStringLiteral("legacy-1");
    b.displayTitle = QStringLiteral("First line of the first message 😀");
    b.readOnly = true;
    b.fileSize = 0;
    b.fileMtimeMs = 0;
    return {a, b};
}

// A well-formed file (right magic, format and checksum) around entries the writer would refuse.
QByteArray craft(quint32 format, const QString &id, qint64 size)
{
    QByteArray bytes;
    {
        QDataStream s(&bytes, QIODevice::WriteOnly);
        s.setVersion(QDataStream::Qt_6_0);
        s.setByteOrder(QDataStream::LittleEndian);
        s.writeRawData("SDCI", 4);
        s << format << quint32(1) << id << QString() << QStringLiteral("t") << QString()
          << std::numeric_limits<qint64>::min() << qint64(0) << quint8(0) << qint32(1) << size << qint64(1);
    }
    char sum[8];
    qToLittleEndian(ConversationIndex::checksum(bytes), sum);
    return bytes.append(sum, 8);
}

} // namespace

class TestConversationIndex : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void roundTrip();
    void emptyIndex();
    void damagedReadsAsNothing_data();
    void damagedReadsAsNothing();
    void legacyJsonReadOnceThenRemoved();
    void validIds_data();
    void validIds();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    QString binPath() const { return m_dir->path() + QStringLiteral("/cache/index.bin"); }
    QString jsonPath() const { return m_dir->path() + QStringLiteral("/cache/index.json"); }
};

void TestConversationIndex::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestConversationIndex::roundTrip()
{
    const ConversationIndex index(m_dir->path());
    QCOMPARE(index.filePath(), binPath());
    QVERIFY(index.read().isEmpty()); // no file yet
    QString error;
    QVERIFY2(index.write(sample(), &error), qPrintable(error));
    const QList<ConversationSummary> back = index.read();
    QCOMPARE(back.size(), 2);
    QCOMPARE(back.at(0), sample().at(0));
    QCOMPARE(back.at(1), sample().at(1));
    QVERIFY(!back.at(1).createdAt.isValid());
    QCOMPARE(back.at(0).updatedAt.timeSpec(), Qt::UTC);
}

void TestConversationIndex::emptyIndex()
{
    const ConversationIndex index(m_dir->path());
    QVERIFY(index.write({}));
    QVERIFY(QFile::exists(binPath()));
    QVERIFY(index.read().isEmpty());
}

void TestConversationIndex::damagedReadsAsNothing_data()
{
    QTest::addColumn<int>("cut");          // bytes kept (-1: all)
    QTest::addColumn<int>("flip");         // byte index to invert (-1: none)
    QTest::addColumn<QByteArray>("tail");  // appended
    QTest::addColumn<QByteArray>("whole"); // replaces the file when not empty

    const QByteArray none;
    QTest::newRow("truncated in an entry") << 40 << -1 << none << none;
    QTest::newRow("truncated checksum") << -2 << -1 << none << none;
    QTest::newRow("flipped byte in a title") << -1 << 95 << none << none;
    QTest::newRow("flipped byte in the checksum") << -1 << -2 << none << none;
    QTest::newRow("trailing bytes") << -1 << -1 << QByteArray("xx") << none;
    QTest::newRow("wrong magic") << -1 << 0 << none << none;
    QTest::newRow("empty file") << -1 << -1 << none << QByteArray("-");
    QTest::newRow("another format") << -1 << -1 << none << craft(99, QStringLiteral("abc"), 3);
    QTest::newRow("unsafe id") << -1 << -1 << none
                               << craft(ConversationIndex::CurrentFormat, QStringLiteral("../x"), 3);
    QTest::newRow("no size") << -1 << -1 << none << craft(ConversationIndex::CurrentFormat, QStringLiteral("abc"), -1);
}

void TestConversationIndex::damagedReadsAsNothing()
{
    QFETCH(int, cut);
    QFETCH(int, flip);
    QFETCH(QByteArray, tail);
    QFETCH(QByteArray, whole);
    const ConversationIndex index(m_dir->path());
    QVERIFY(index.write(sample()));
    QByteArray bytes = fileBytes(binPath());
    if (whole == "-")
        bytes.clear();
    else if (!whole.isEmpty())
        bytes = whole;
    if (cut > 0)
        bytes.truncate(cut);
    else if (cut == -2)
        bytes.chop(1);
    if (flip >= 0)
        bytes[flip] = char(~bytes.at(flip));
    else if (flip < -1)
        bytes[bytes.size() + flip + 1] = char(~bytes.at(bytes.size() + flip + 1));
    bytes += tail;
    writeFileBytes(binPath(), bytes);
    QVERIFY(index.read().isEmpty());
    // A well-formed crafted file with a valid entry reads, so the rows above fail for their cause.
    writeFileBytes(binPath(), craft(ConversationIndex::CurrentFormat, QStringLiteral("abc"), 3));
    QCOMPARE(index.read().size(), 1);
}

void TestConversationIndex::legacyJsonReadOnceThenRemoved()
{
    QVERIFY(QDir().mkpath(m_dir->path() + QStringLiteral("/cache")));
    writeFileBytes(jsonPath(), R"({"format":1,"conversations":[
        {"id":"abc","displayTitle":"옛 대화","title":"옛 대화","updatedAt":1795962988000,"messages":3,
         "size":10,"mtime":20,"pinned":true,"model":"anthropic/claude"}]})");
    const ConversationIndex index(m_dir->path());
    const QList<ConversationSummary> old = index.read();
    QCOMPARE(old.size(), 1);
    QCOMPARE(old.at(0).displayTitle, QStringLiteral("옛 대화"));
    QVERIFY(old.at(0).pinned);
    QCOMPARE(old.at(0).fileSize, 10);
    QVERIFY(index.write(old));
    QVERIFY(!QFile::exists(jsonPath()));
    QCOMPARE(index.read(), old);
}

void TestConversationIndex::validIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::addColumn<bool>("valid");
    QTest::newRow("uuid") << QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e") << true;
    QTest::newRow("one character") << QStringLiteral("a") << true;
    QTest::newRow("64 characters") << QString(64, QLatin1Char('Z')) << true;
    QTest::newRow("65 characters") << QString(65, QLatin1Char('Z')) << false;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("path") << QStringLiteral("../x") << false;
    QTest::newRow("slash") << QStringLiteral("a/b") << false;
    QTest::newRow("dot") << QStringLiteral("a.json") << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("underscore") << QStringLiteral("a_b") << false;
    QTest::newRow("Hangul") << QStringLiteral("대화") << false;
    QTest::newRow("fullwidth digit") << QStringLiteral("１") << false;
    QTest::newRow("NUL") << QString(QChar(0)) << false;
}

void TestConversationIndex::validIds()
{
    QFETCH(QString, id);
    QFETCH(bool, valid);
    QCOMPARE(ConversationStore::isValidId(id), valid);
}

QTEST_GUILESS_MAIN(TestConversationIndex)
#include "tst_conversation_index.moc"
