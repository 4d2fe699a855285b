// SPDX-License-Identifier: GPL-3.0-or-later
// Conversation files: every damaged or unreadable file is moved aside unchanged and reported with
// its new path while the rest loads; newer formats load read-only and are never rewritten;
// unknown content survives a load/save round trip byte for byte; a format upgrade keeps a backup.
#include "chat/ConversationStore.h"
#include "chat/JsonFile.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTemporaryDir>
#include <QTest>

using namespace sajudesk;

namespace {

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<missing>");
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
}

QByteArray indented(const QJsonObject &object)
{
    return QJsonDocument(object).toJson(QJsonDocument::Indented);
}

QJsonObject goodConversation(const QString &id)
{
    return {{QStringLiteral("format"), 2},
            {QStringLiteral("id"), id},
            {QStringLiteral("title"), QStringLiteral("good")},
            {QStringLiteral("model"), QStringLiteral("openai/gpt-5.2")},
            {QStringLiteral("stream"), true},
            {QStringLiteral("createdAt"), QStringLiteral("2026-01-02T03:04:05.000Z")},
            {QStringLiteral("updatedAt"), QStringLiteral("2026-01-02T03:04:05.000Z")},
            {QStringLiteral("messages"),
             QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("m1")},
                                    {QStringLiteral("role"), QStringLiteral("user")},
                                    {QStringLiteral("content"), QStringLiteral("안녕")},
                                    {QStringLiteral("state"), QStringLiteral("complete")},
                                    {QStringLiteral("time"), QStringLiteral("2026-01-02T03:04:05.000Z")}}}}};
}

} // namespace

class TestStoreSafety : public QObject
{
    Q_OBJECT
private slots:
    void damagedFileIsMovedAsideAndReported_data();
    void damagedFileIsMovedAsideAndReported();
    void newerFormatIsReadOnly();
    void unknownContentRoundTripsByteForByte();
    void messageWithoutIdGetsOne();
    void formatUpgradeKeepsBackup();
};

void TestStoreSafety::damagedFileIsMovedAsideAndReported_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("truncated") << QByteArray(R"({"format":2,"id":"abc","messages":[{"role":"us)");
    QTest::newRow("garbage") << QByteArray("\x00\xff\xfe\x7f garbage \x01", 15);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("whitespace only") << QByteArray("  \n\t ");
    QTest::newRow("array, not an object") << QByteArray(R"([{"id":"abc","messages":[]}])");
    QTest::newRow("another shape") << QByteArray(R"({"people":[{"name":"Kim"}]})");
    QTest::newRow("missing id") << QByteArray(R"({"format":2,"messages":[]})");
    QTest::newRow("empty id") << QByteArray(R"({"format":2,"id":"","messages":[]})");
    QTest::newRow("id of the wrong type") << QByteArray(R"({"format":2,"id":42,"messages":[]})");
    QTest::newRow("messages not an array") << QByteArray(R"({"format":2,"id":"abc","messages":"hello"})");
    QTest::newRow("title of the wrong type") << QByteArray(R"({"format":2,"id":"abc","title":7,"messages":[]})");
    QTest::newRow("format of the wrong type") << QByteArray(R"({"format":"2","id":"abc","messages":[]})");
    QTest::newRow("a message that is not an object") << QByteArray(R"({"format":2,"id":"abc","messages":[1]})");
}

void TestStoreSafety::damagedFileIsMovedAsideAndReported()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    ConversationStore store(dir.path());
    writeFile(dir.filePath(QStringLiteral("good.json")), indented(goodConversation(QStringLiteral("good"))));
    writeFile(dir.filePath(QStringLiteral("damaged.json")), content);

    QStringList problems;
    const QList<Conversation> loaded = store.loadAll(&problems);
    QCOMPARE(loaded.size(), 1); // the rest loads
    QCOMPARE(loaded.first().id, QStringLiteral("good"));
    QCOMPARE(problems.size(), 1);

    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("damaged.json.corrupt-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    const QString newPath = dir.filePath(aside.first());
    QCOMPARE(readAll(newPath), content); // untouched
    QVERIFY(!QFile::exists(dir.filePath(QStringLiteral("damaged.json"))));
    // The report names the damaged file and where it went.
    QVERIFY2(problems.first().contains(QDir::toNativeSeparators(newPath)), qPrintable(problems.first()));
    QVERIFY2(problems.first().contains(QStringLiteral("moved to")), qPrintable(problems.first()));

    // Reported once: the next start finds nothing wrong.
    problems.clear();
    QCOMPARE(store.loadAll(&problems).size(), 1);
    QVERIFY(problems.isEmpty());
}

void TestStoreSafety::newerFormatIsReadOnly()
{
    QTemporaryDir dir;
    ConversationStore store(dir.path());
    QJsonObject future = goodConversation(QStringLiteral("future"));
    future.insert(QStringLiteral("format"), 99);
    future.insert(QStringLiteral("branches"), QJsonArray{QJsonObject{{QStringLiteral("at"), 3}}});
    const QByteArray bytes = indented(future);
    const QString path = dir.filePath(QStringLiteral("future.json"));
    writeFile(path, bytes);

    QStringList problems;
    const QList<Conversation> loaded = store.loadAll(&problems);
    QCOMPARE(loaded.size(), 1);
    QVERIFY(loaded.first().readOnly);
    QCOMPARE(loaded.first().messages.first().content, QStringLiteral("안녕"));
    QCOMPARE(problems.size(), 1);
    QVERIFY2(problems.first().contains(QStringLiteral("newer version")), qPrintable(problems.first()));
    QVERIFY(problems.first().contains(QDir::toNativeSeparators(path)));

    Conversation changed = loaded.first();
    changed.draft = QStringLiteral("typed here");
    QString error;
    QVERIFY(!store.save(changed, &error));
    QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    QCOMPARE(readAll(path), bytes);                              // never rewritten
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // nothing moved aside
}

void TestStoreSafety::unknownContentRoundTripsByteForByte()
{
    QTemporaryDir dir;
    ConversationStore store(dir.path());
    QJsonObject c = goodConversation(QStringLiteral("rich"));
    c.insert(QStringLiteral("folder"), QStringLiteral("work")); // unknown top-level key
    QJsonArray messages = c.value(QStringLiteral("messages")).toArray();
    messages.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("m2")},
                                {QStringLiteral("role"), QStringLiteral("tool")}, // unknown role
                                {QStringLiteral("content"), QStringLiteral("{\"ok\":true}")},
                                {QStringLiteral("toolCallId"), QStringLiteral("call_1")}});
    messages.append(QJsonObject{
        {QStringLiteral("id"), QStringLiteral("m3")},
        {QStringLiteral("role"), QStringLiteral("user")},
        {QStringLiteral("content"), // content as an array of parts
         QJsonArray{QJsonObject{{QStringLiteral("type"), QStringLiteral("text")},
                                {QStringLiteral("text"), QStringLiteral("hi")}},
                    QJsonObject{{QStringLiteral("type"), QStringLiteral("image_url")},
                                {QStringLiteral("image_url"), QStringLiteral("data:image/png;base64,AAAA")}}}}});
    messages.append(QJsonObject{{QStringLiteral("id"), QStringLiteral("m4")},
                                {QStringLiteral("role"), QStringLiteral("assistant")},
                                {QStringLiteral("content"), QStringLiteral("답변")},
                                {QStringLiteral("state"), QStringLiteral("complete")},
                                {QStringLiteral("time"), QStringLiteral("2026-01-02T03:04:06.000Z")},
                                {QStringLiteral("citations"), QJsonArray{QStringLiteral("https://example.org")}}});
    c.insert(QStringLiteral("messages"), messages);
    const QByteArray bytes = indented(c);
    const QString path = dir.filePath(QStringLiteral("rich.json"));
    writeFile(path, bytes);

    QStringList problems;
    const QList<Conversation> loaded = store.loadAll(&problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().messages.size(), 4); // nothing dropped
    QVERIFY(!loaded.first().messages.at(1).isUnderstood());
    QVERIFY(!loaded.first().messages.at(2).isUnderstood());
    QString error;
    QVERIFY2(store.save(loaded.first(), &error), qPrintable(error));
    QCOMPARE(readAll(path), bytes);
}

void TestStoreSafety::messageWithoutIdGetsOne()
{
    QTemporaryDir dir;
    ConversationStore store(dir.path());
    QJsonObject c = goodConversation(QStringLiteral("noids"));
    QJsonArray messages = c.value(QStringLiteral("messages")).toArray();
    QJsonObject first = messages.first().toObject();
    first.remove(QStringLiteral("id"));
    messages.replace(0, first);
    c.insert(QStringLiteral("messages"), messages);
    writeFile(dir.filePath(QStringLiteral("noids.json")), indented(c));
    QStringList problems;
    const QList<Conversation> loaded = store.loadAll(&problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(loaded.size(), 1);
    QVERIFY(!loaded.first().messages.first().id.isEmpty());
    QCOMPARE(loaded.first().messages.first().content, QStringLiteral("안녕"));
}

void TestStoreSafety::formatUpgradeKeepsBackup()
{
    QTemporaryDir dir;
    ConversationStore store(dir.path());
    // Format 1, as the first release wrote it: no message ids, "incomplete" answers.
    const QJsonObject old{
        {QStringLiteral("format"), 1},
        {QStringLiteral("id"), QStringLiteral("old")},
        {QStringLiteral("title"), QStringLiteral("old one")},
        {QStringLiteral("model"), QStringLiteral("openai/gpt-5.2")},
        {QStringLiteral("createdAt"), QStringLiteral("2025-01-02T03:04:05.000Z")},
        {QStringLiteral("updatedAt"), QStringLiteral("2025-01-02T03:04:05.000Z")},
        {QStringLiteral("messages"), QJsonArray{QJsonObject{{QStringLiteral("role"), QStringLiteral("user")},
                                                            {QStringLiteral("content"), QStringLiteral("q")}},
                                                QJsonObject{{QStringLiteral("role"), QStringLiteral("assistant")},
                                                            {QStringLiteral("content"), QStringLiteral("part")},
                                                            {QStringLiteral("state"), QStringLiteral("incomplete")}}}}};
    const QByteArray oldBytes = indented(old);
    const QString path = dir.filePath(QStringLiteral("old.json"));
    writeFile(path, oldBytes);

    Conversation loaded = store.loadAll().first();
    QCOMPARE(loaded.format, 1);
    QVERIFY(!loaded.readOnly);
    QString error;
    QVERIFY2(store.save(loaded, &error), qPrintable(error));
    const QString backup = JsonFile::upgradeBackupPath(path, 1);
    QCOMPARE(backup, path + QStringLiteral(".format1-backup"));
    QCOMPARE(readAll(backup), oldBytes);
    QJsonDocument upgraded;
    QVERIFY(JsonFile::read(path, &upgraded));
    QCOMPARE(upgraded.object().value(QStringLiteral("format")).toInt(), Conversation::CurrentFormat);

    // Later saves of the same conversation never replace the backup.
    loaded.title = QStringLiteral("renamed");
    QVERIFY(store.save(loaded, &error));
    QCOMPARE(readAll(backup), oldBytes);
    // A backup the user deleted is not recreated from the already upgraded file.
    QVERIFY(QFile::remove(backup));
    QVERIFY(store.save(loaded, &error));
    QVERIFY(!QFile::exists(backup));
}

QTEST_GUILESS_MAIN(TestStoreSafety)
#include "tst_store_safety.moc"
