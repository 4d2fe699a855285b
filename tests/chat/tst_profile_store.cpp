// SPDX-License-Identifier: GPL-3.0-or-later
// profiles.json is never read as empty and overwritten: damaged files and files of another shape
// are moved aside and reported with the new path, a newer format is read-only, and everything this
// version does not understand (fields, top-level keys, unreadable entries) is written back.
#include "chat/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
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

QJsonObject kim(const QString &id = QStringLiteral("p-kim"))
{
    QJsonObject p{{QStringLiteral("name"), QStringLiteral("김하늘")},
                  {QStringLiteral("birthDate"), QStringLiteral("1985-02-04")},
                  {QStringLiteral("birthTime"), QStringLiteral("05:40")},
                  {QStringLiteral("lunar"), false},
                  {QStringLiteral("leapMonth"), false},
                  {QStringLiteral("ziRule"), QStringLiteral("split")},
                  {QStringLiteral("city"), QStringLiteral("서울")},
                  {QStringLiteral("longitude"), 126.978},
                  {QStringLiteral("updatedAt"), QStringLiteral("2026-03-01T10:00:00.000Z")}};
    if (!id.isEmpty())
        p.insert(QStringLiteral("id"), id);
    return p;
}

QByteArray file(const QJsonObject &root)
{
    return QJsonDocument(root).toJson(QJsonDocument::Indented);
}

BirthProfile formProfile(const QString &name)
{
    BirthProfile p;
    p.name = name;
    p.birthDate = QStringLiteral("1990-05-05");
    p.ziRule = QStringLiteral("split");
    return p;
}

} // namespace

class TestProfileStore : public QObject
{
    Q_OBJECT
private slots:
    void unreadableFileIsMovedAside_data();
    void unreadableFileIsMovedAside();
    void newerFormatIsReadOnly_data();
    void newerFormatIsReadOnly();
    void unknownContentRoundTripsByteForByte();
    void entriesWithoutIdAreKeptWithAStableId();
    void unreadableEntriesAreKeptAndReportedOnce();
    void savingFromTheFormKeepsUnknownFields();
};

void TestProfileStore::unreadableFileIsMovedAside_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("truncated") << QByteArray(R"({"format":1,"profiles":[{"id":"a","name":"Ki)");
    QTest::newRow("garbage") << QByteArray("\x89PNG\r\n\x1a\n\x00\x00", 10);
    QTest::newRow("empty") << QByteArray();
    QTest::newRow("array of profiles") << QByteArray(R"([{"id":"a","name":"Kim"}])");
    QTest::newRow("another shape") << QByteArray(R"({"people":[{"name":"Kim"}]})");
    QTest::newRow("profiles not an array") << QByteArray(R"({"format":1,"profiles":{"a":{}}})");
    QTest::newRow("format of the wrong type") << QByteArray(R"({"format":"1","profiles":[]})");
}

void TestProfileStore::unreadableFileIsMovedAside()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    writeFile(path, content);
    ProfileStore store(path);
    QString error;
    QVERIFY(store.load(&error).isEmpty());
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("profiles.json.corrupt-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    const QString newPath = dir.filePath(aside.first());
    QCOMPARE(readAll(newPath), content);
    QVERIFY2(error.contains(QDir::toNativeSeparators(newPath)), qPrintable(error));

    // Saving afterwards starts a new file; the moved file stays as it was.
    QString id;
    QVERIFY2(store.upsert(formProfile(QStringLiteral("New")), &error, &id), qPrintable(error));
    QCOMPARE(store.load().size(), 1);
    QCOMPARE(readAll(newPath), content);
}

void TestProfileStore::newerFormatIsReadOnly_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<int>("readable");
    QTest::newRow("same shape") << file({{QStringLiteral("format"), 2},
                                         {QStringLiteral("profiles"), QJsonArray{kim()}},
                                         {QStringLiteral("groups"), QJsonArray{QStringLiteral("family")}}})
                                << 1;
    QTest::newRow("another shape") << file(
        {{QStringLiteral("format"), 3}, {QStringLiteral("people"), QJsonArray{kim()}}})
                                   << 0;
}

void TestProfileStore::newerFormatIsReadOnly()
{
    QFETCH(QByteArray, content);
    QFETCH(int, readable);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    writeFile(path, content);
    ProfileStore store(path);
    QString error;
    QCOMPARE(store.load(&error).size(), readable);
    QVERIFY(store.isReadOnly());
    QVERIFY2(error.contains(QStringLiteral("newer version")), qPrintable(error));
    QVERIFY(error.contains(QDir::toNativeSeparators(path)));

    QString refused;
    QVERIFY(!store.upsert(formProfile(QStringLiteral("New")), &refused));
    QVERIFY2(refused.contains(QStringLiteral("newer version")), qPrintable(refused));
    refused.clear();
    QVERIFY(!store.remove(QStringLiteral("p-kim"), &refused));
    QVERIFY(!refused.isEmpty());
    QVERIFY(!store.save({}, &refused));
    QCOMPARE(readAll(path), content);                            // never rewritten
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files).size(), 1); // nor moved
}

void TestProfileStore::unknownContentRoundTripsByteForByte()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    QJsonObject withExtra = kim();
    withExtra.insert(QStringLiteral("bloodType"), QStringLiteral("A"));
    withExtra.insert(QStringLiteral("notes"), QJsonObject{{QStringLiteral("pinned"), true}});
    const QByteArray bytes = file({{QStringLiteral("format"), 1},
                                   {QStringLiteral("profiles"), QJsonArray{withExtra, 42}},
                                   {QStringLiteral("lastUsed"), QStringLiteral("p-kim")}});
    writeFile(path, bytes);
    ProfileStore store(path);
    const QList<BirthProfile> loaded = store.load();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().extra.value(QStringLiteral("bloodType")).toString(), QStringLiteral("A"));
    QString error;
    QVERIFY2(store.save(loaded, &error), qPrintable(error));
    QCOMPARE(readAll(path), bytes);
}

void TestProfileStore::entriesWithoutIdAreKeptWithAStableId()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    QJsonObject lee = kim(QString());
    lee.insert(QStringLiteral("name"), QStringLiteral("이서준"));
    writeFile(path, file({{QStringLiteral("format"), 1}, {QStringLiteral("profiles"), QJsonArray{kim(), lee}}}));
    ProfileStore store(path);
    const QList<BirthProfile> first = store.load();
    QCOMPARE(first.size(), 2); // not dropped
    const auto leeId = [](const QList<BirthProfile> &list) {
        for (const BirthProfile &p : list) {
            if (p.name == QStringLiteral("이서준"))
                return p.id;
        }
        return QString();
    };
    const QString id = leeId(first);
    QVERIFY(!id.isEmpty());
    QCOMPARE(leeId(ProfileStore(path).load()), id); // the same id on every load
    // Saving another profile writes it down; the entry is otherwise unchanged.
    QString error;
    QVERIFY2(store.upsert(formProfile(QStringLiteral("Third")), &error), qPrintable(error));
    const QList<BirthProfile> after = store.load();
    QCOMPARE(after.size(), 3);
    QCOMPARE(leeId(after), id);
    QVERIFY(readAll(path).contains(id.toUtf8()));
    // …and it can be removed like any other.
    QVERIFY(store.remove(id, &error));
    QCOMPARE(store.load().size(), 2);
}

void TestProfileStore::unreadableEntriesAreKeptAndReportedOnce()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    QJsonObject odd = kim(QStringLiteral("p-odd"));
    odd.insert(QStringLiteral("lunar"), QStringLiteral("yes")); // wrong type
    writeFile(path, file({{QStringLiteral("format"), 1},
                          {QStringLiteral("profiles"), QJsonArray{kim(), odd, QStringLiteral("stray text")}}}));
    ProfileStore store(path);
    QString error;
    QCOMPARE(store.load(&error).size(), 1);
    QVERIFY2(error.contains(QStringLiteral("2 profile")), qPrintable(error));
    QVERIFY(error.contains(QDir::toNativeSeparators(path)));
    error.clear();
    store.load(&error);
    QVERIFY(error.isEmpty()); // once per store, not at every reload
    QVERIFY(store.upsert(formProfile(QStringLiteral("New")), &error));
    const QJsonArray written =
        QJsonDocument::fromJson(readAll(path)).object().value(QStringLiteral("profiles")).toArray();
    QCOMPARE(written.size(), 4);
    QVERIFY(written.contains(odd));
    QVERIFY(written.contains(QStringLiteral("stray text")));
}

void TestProfileStore::savingFromTheFormKeepsUnknownFields()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    QJsonObject withExtra = kim();
    withExtra.insert(QStringLiteral("bloodType"), QStringLiteral("A"));
    writeFile(path, file({{QStringLiteral("format"), 1}, {QStringLiteral("profiles"), QJsonArray{withExtra}}}));
    ProfileStore store(path);
    BirthProfile edited = formProfile(QStringLiteral("김하늘"));
    edited.id = QStringLiteral("p-kim"); // the form knows the id and the known fields only
    QString error;
    QVERIFY2(store.upsert(edited, &error), qPrintable(error));
    const QList<BirthProfile> loaded = store.load();
    QCOMPARE(loaded.size(), 1);
    QCOMPARE(loaded.first().birthDate, QStringLiteral("1990-05-05"));
    QCOMPARE(loaded.first().extra.value(QStringLiteral("bloodType")).toString(), QStringLiteral("A"));
}

QTEST_GUILESS_MAIN(TestProfileStore)
#include "tst_profile_store.moc"
