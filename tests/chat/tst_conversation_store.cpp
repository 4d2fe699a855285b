// SPDX-License-Identifier: GPL-3.0-or-later
// Conversations and profiles survive restarts and damage: round trips keep every field
// (Hangul, emoji, states), damaged files are moved aside rather than lost, ids cannot escape
// the directory, and a failed write leaves the old file intact.
#include "chat/ConversationStore.h"
#include "chat/JsonFile.h"
#include "chat/ProfileStore.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <sys/resource.h>

using namespace sajudesk;

class TestConversationStore : public QObject
{
    Q_OBJECT
private slots:
    void roundTripKeepsEverything();
    void streamingTurnLoadsAsInterrupted();
    void damagedFiles_data();
    void damagedFiles();
    void rejectsUnsafeIds_data();
    void rejectsUnsafeIds();
    void failedWriteKeepsOldFile();
    void suggestedTitle_data();
    void suggestedTitle();
    void profilesRoundTripAndOrder();
    void damagedProfilesFileIsMovedAside();
};

static Conversation sampleConversation()
{
    Conversation c = Conversation::create(ChatSettings{QStringLiteral("openai/gpt-5.2"), {}, {}, {}, true});
    c.title = QStringLiteral("오늘 일정 🗓️");
    c.settings.systemPrompt = QStringLiteral("Answer in Korean.");
    c.draft = QStringLiteral("아직 보내지 않은 글");
    ChatMessage user;
    user.role = ChatMessage::Role::User;
    user.content = QStringLiteral("오늘 일정 정리 요령을 알려줘. 😀");
    user.time = QDateTime::currentDateTimeUtc();
    ChatMessage answer;
    answer.role = ChatMessage::Role::Assistant;
    answer.content = QStringLiteral("먼저 마감이 있는 일부터…");
    answer.state = ChatMessage::State::Interrupted;
    answer.errorCode = QStringLiteral("stream_incomplete");
    answer.model = QStringLiteral("openai/gpt-5.2");
    answer.time = user.time;
    c.messages = {user, answer};
    return c;
}

void TestConversationStore::roundTripKeepsEverything()
{
    QTemporaryDir dir;
    ConversationStore store(dir.path());
    const Conversation original = sampleConversation();
    QString error;
    QVERIFY2(store.save(original, &error), qPrintable(error));

    QStringList problems;
    const QList<Conversation> loaded = store.loadAll(&problems);
    QVERIFY(problems.isEmpty());
    QCOMPARE(loaded.size(), 1);
    const Conversation &c = loaded.first();
    QCOMPARE(c.id, original.id);
    QCOMPARE(c.title, original.title);
    QCOMPARE(c.settings, original.settings);

    QCOMPARE(c.draft, original.draft);
    QCOMPARE(c.messages.size(), 2);
    QCOMPARE(c.messages.at(0).content, original.messages.at(0).content);
    QCOMPARE(c.messages.at(1).state, ChatMessage::State::Interrupted);
    QCOMPARE(c.messages.at(1).errorCode, QStringLiteral("stream_incomplete"));
    QCOMPARE(c.messages.at(1).time.toMSecsSinceEpoch(), original.messages.at(1).time.toMSecsSinceEpoch());

    QVERIFY(store.remove(c.id, &error));
    QVERIFY(store.loadAll().isEmpty());
}

void TestConversationStore::streamingTurnLoadsAsInterrupted()
{
    Conversation c = sampleConversation();
    c.messages[1].state = ChatMessage::State::Streaming;
    bool ok = false;
    const Conversation back = Conversation::fromJson(c.toJson(), &ok);
    QVERIFY(ok);
    QCOMPARE(back.messages.at(1).state, ChatMessage::State::Interrupted);
}

void TestConversationStore::damagedFiles_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::newRow("truncated json") << QByteArray("{\"id\":\"abc\",\"messages\":[{\"role\":\"us");
    QTest::newRow("not an object") << QByteArray("[1,2,3]");
    QTest::newRow("binary garbage") << QByteArray("\x00\xff\xfe garbage", 12);
    QTest::newRow("object without id") << QByteArray("{\"messages\":[]}");
    QTest::newRow("empty file") << QByteArray();
}

void TestConversationStore::damagedFiles()
{
    QFETCH(QByteArray, content);
    QTemporaryDir dir;
    ConversationStore store(dir.path());
    QVERIFY(store.save(sampleConversation()));
    QFile bad(dir.filePath(QStringLiteral("damaged.json")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write(content);
    bad.close();

    QStringList problems;
    const QList<Conversation> loaded = store.loadAll(&problems);
    QCOMPARE(loaded.size(), 1); // the good one still loads
    QCOMPARE(problems.size(), 1);
    QVERIFY(!problems.first().isEmpty());
    // The damaged file is kept under another name, not deleted.
    const QStringList aside = QDir(dir.path()).entryList({QStringLiteral("damaged.json.corrupt-*")}, QDir::Files);
    QCOMPARE(aside.size(), 1);
    QFile kept(dir.filePath(aside.first()));
    QVERIFY(kept.open(QIODevice::ReadOnly));
    QCOMPARE(kept.readAll(), content);
}

void TestConversationStore::rejectsUnsafeIds_data()
{
    QTest::addColumn<QString>("id");
    QTest::newRow("parent directory") << QStringLiteral("../escape");
    QTest::newRow("absolute path") << QStringLiteral("/tmp/x");
    QTest::newRow("empty") << QString();
    QTest::newRow("hangul") << QStringLiteral("대화");
}

void TestConversationStore::rejectsUnsafeIds()
{
    QFETCH(QString, id);
    QTemporaryDir dir;
    ConversationStore store(dir.path());
    Conversation c = sampleConversation();
    c.id = id;
    QString error;
    QVERIFY(!store.save(c, &error));
    QVERIFY(!error.isEmpty());
    QVERIFY(!store.remove(id, &error));
}

void TestConversationStore::failedWriteKeepsOldFile()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("x.json"));
    QVERIFY(JsonFile::write(path, QJsonDocument(QJsonObject{{QStringLiteral("v"), 1}})));
    // A file-size limit makes the write fail like a full disk would, even for root.
    const QJsonDocument big(QJsonObject{{QStringLiteral("v"), QString(64 * 1024, QLatin1Char('x'))}});
    struct rlimit old
    {
    };
    QCOMPARE(getrlimit(RLIMIT_FSIZE, &old), 0);
    const auto previousHandler = std::signal(SIGXFSZ, SIG_IGN);
    struct rlimit limited = old;
    limited.rlim_cur = 4096;
    QCOMPARE(setrlimit(RLIMIT_FSIZE, &limited), 0);
    QString error;
    const bool wrote = JsonFile::write(path, big, &error);
    setrlimit(RLIMIT_FSIZE, &old);
    std::signal(SIGXFSZ, previousHandler);
    QVERIFY(!wrote);
    QVERIFY(!error.isEmpty());
    QJsonDocument doc;
    QVERIFY(JsonFile::read(path, &doc));
    QCOMPARE(doc.object().value(QStringLiteral("v")).toInt(), 1);
    // No temporary file is left behind.
    QCOMPARE(QDir(dir.path()).entryList(QDir::Files), QStringList{QStringLiteral("x.json")});
}

void TestConversationStore::suggestedTitle_data()
{
    QTest::addColumn<QString>("firstUserMessage");
    QTest::addColumn<QString>("title");
    QTest::newRow("short") << QStringLiteral("안녕") << QStringLiteral("안녕");
    QTest::newRow("first line only") << QStringLiteral("제목\n본문") << QStringLiteral("제목");
    QTest::newRow("long is cut with ellipsis")
        << QString(60, QLatin1Char('a')) << QString(39, QLatin1Char('a')) + QStringLiteral("…");
    QTest::newRow("blank") << QStringLiteral("   ") << QString();
}

void TestConversationStore::suggestedTitle()
{
    QFETCH(QString, firstUserMessage);
    QFETCH(QString, title);
    Conversation c;
    ChatMessage m;
    m.content = firstUserMessage;
    c.messages = {m};
    QCOMPARE(c.suggestedTitle(), title);
}

void TestConversationStore::profilesRoundTripAndOrder()
{
    QTemporaryDir dir;
    ProfileStore store(dir.filePath(QStringLiteral("profiles.json")));
    BirthProfile a;
    a.name = QStringLiteral("이서준");
    a.birthDate = QStringLiteral("1992-08-26");
    a.birthTime = QStringLiteral("05:40");
    a.city = QStringLiteral("서울");
    QString idA, idB, error;
    QVERIFY2(store.upsert(a, &error, &idA), qPrintable(error));
    QTest::qWait(5);
    BirthProfile b;
    b.name = QStringLiteral("Kim 🌳");
    b.birthDate = QStringLiteral("1990-05-05");
    b.lunar = true;
    b.leapMonth = true;
    QVERIFY(store.upsert(b, &error, &idB));
    QList<BirthProfile> loaded = store.load(&error);
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.first().id, idB); // most recent first
    QCOMPARE(loaded.at(1).name, a.name);
    QVERIFY(loaded.first().lunar && loaded.first().leapMonth);

    // Updating an existing profile replaces it instead of duplicating.
    BirthProfile changed = loaded.at(1);
    changed.birthTime.clear();
    QVERIFY(store.upsert(changed, &error));
    loaded = store.load(&error);
    QCOMPARE(loaded.size(), 2);
    QCOMPARE(loaded.first().id, idA);
    QVERIFY(loaded.first().birthTime.isEmpty());

    QVERIFY(store.remove(idA, &error));
    QCOMPARE(store.load().size(), 1);
}

void TestConversationStore::damagedProfilesFileIsMovedAside()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("profiles.json"));
    QFile f(path);
    QVERIFY(f.open(QIODevice::WriteOnly));
    f.write("{ not json");
    f.close();
    ProfileStore store(path);
    QString error;
    QVERIFY(store.load(&error).isEmpty());
    QVERIFY(!error.isEmpty());
    QCOMPARE(QDir(dir.path()).entryList({QStringLiteral("profiles.json.corrupt-*")}, QDir::Files).size(), 1);
}

QTEST_GUILESS_MAIN(TestConversationStore)
#include "tst_conversation_store.moc"
