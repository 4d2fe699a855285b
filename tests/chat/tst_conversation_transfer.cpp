// SPDX-License-Identifier: GPL-3.0-or-later
// Export and import: our JSON round-trips losslessly (one conversation or several), Markdown
// holds every turn readably, OpenAI/ChatGPT message arrays import (text parts, system prompt,
// unknown roles kept), files of the wrong shape are refused with a clear message, and an import
// never overwrites an existing conversation.
#include "ChatTestData.h"
#include "chat/ConversationExport.h"
#include "chat/ConversationImport.h"
#include "chat/ConversationLibrary.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

using namespace sajudesk;
using namespace sajudesk::test;

namespace {

Conversation richConversation()
{
    Conversation c =
        conversation(QStringLiteral("부산 여행 일정을 짜 줘\n2박 3일"), utc("2026-11-29T12:00:00Z"),
                     QStringLiteral("## 첫째 날\n- 해운대\n- ```code``` 블록"), QStringLiteral("부산 여행"));
    c.settings.systemPrompt = QStringLiteral("Answer in Korean.\nBe brief.");
    c.settings.temperature = 0.4;
    c.settings.maxTokens = 800;
    c.pinned = true;
    c.draft = QStringLiteral("아직 안 보낸 글");
    c.extra.insert(QStringLiteral("futureKey"), QStringLiteral("kept"));
    ChatMessage &answer = c.messages[1];
    answer.reasoning = QStringLiteral("생각 중");
    answer.state = ChatMessage::State::Stopped;
    ChatMessage unknown =
        ChatMessage::fromJson(QJsonDocument::fromJson(R"({"role":"tool","content":[{"x":1}]})").object());
    c.messages.append(unknown);
    return c;
}

QSet<QString> none()
{
    return {};
}

} // namespace

class TestConversationTransfer : public QObject
{
    Q_OBJECT
private slots:
    void jsonRoundTripOne();
    void jsonRoundTripSeveral();
    void markdownHoldsEveryTurn();
    void importOpenAiMessages_data();
    void importOpenAiMessages();
    void refusesWrongShapes_data();
    void refusesWrongShapes();
    void skipsBadEntriesKeepsGoodOnes();
    void newerFormatIsSkipped();
    void newIdsOnClash();
    void libraryImportNeverOverwrites();
    void libraryExportWritesFiles();
    void suggestedFileName_data();
    void suggestedFileName();
};

void TestConversationTransfer::jsonRoundTripOne()
{
    const Conversation original = richConversation();
    const QByteArray bytes = ConversationExport::json({original});
    QVERIFY(QJsonDocument::fromJson(bytes).isObject()); // exactly a conversation file
    const ConversationImport::Result result = ConversationImport::parse(bytes, QStringLiteral("a.json"), none(), {});
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.conversations.size(), 1);
    QCOMPARE(result.conversations.first().toJson(), original.toJson()); // every field, unknown ones too
}

void TestConversationTransfer::jsonRoundTripSeveral()
{
    const QList<Conversation> originals{richConversation(),
                                        conversation(QStringLiteral("hello"), utc("2026-11-28T12:00:00Z"))};
    const QByteArray bytes = ConversationExport::json(originals);
    QVERIFY(QJsonDocument::fromJson(bytes).isArray());
    const ConversationImport::Result result = ConversationImport::parse(bytes, QStringLiteral("b.json"), none(), {});
    QVERIFY(result.ok());
    QCOMPARE(result.conversations.size(), 2);
    for (int i = 0; i < 2; ++i)
        QCOMPARE(result.conversations.at(i).toJson(), originals.at(i).toJson());
}

void TestConversationTransfer::markdownHoldsEveryTurn()
{
    const Conversation c = richConversation();
    const QString md = ConversationExport::markdown(c);
    QVERIFY(md.startsWith(QStringLiteral("# 부산 여행\n")));
    QVERIFY(md.contains(QStringLiteral("openai/gpt-5.2")));
    QVERIFY(md.contains(QStringLiteral("> Answer in Korean.\n> Be brief.")));
    QVERIFY(md.contains(QStringLiteral("### You")));
    QVERIFY(md.contains(QStringLiteral("부산 여행 일정을 짜 줘\n2박 3일\n")));
    QVERIFY(md.contains(QStringLiteral("### Assistant (openai/gpt-5.2)")));
    QVERIFY(md.contains(QStringLiteral("## 첫째 날\n- 해운대")));
    QVERIFY(md.contains(QStringLiteral("<details><summary>Reasoning</summary>\n\n생각 중")));
    QVERIFY(md.contains(QStringLiteral("*Stopped before the end.*")));
    // The message this version cannot show is kept as JSON in a fence.
    QVERIFY(md.contains(QStringLiteral("```json\n{")));
    QVERIFY(md.contains(QStringLiteral("\"role\": \"tool\"")));
    QVERIFY(!md.contains(QStringLiteral("아직 안 보낸 글"))); // a draft is not part of the conversation

    const QString two =
        ConversationExport::markdown({c, conversation(QStringLiteral("second"), utc("2026-11-28T12:00:00Z"))});
    QCOMPARE(two.count(QStringLiteral("\n---\n")), 1);
    QVERIFY(two.contains(QStringLiteral("\n# second\n")));
}

void TestConversationTransfer::importOpenAiMessages_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<QString>("systemPrompt");
    QTest::addColumn<QString>("model");
    QTest::addColumn<QStringList>("roles");
    QTest::addColumn<QStringList>("texts");
    QTest::newRow("plain array") << QByteArray(
        R"([{"role":"user","content":"안녕"},{"role":"assistant","content":"반가워요"}])")
                                 << QString() << QString()
                                 << QStringList{QStringLiteral("user"), QStringLiteral("assistant")}
                                 << QStringList{QStringLiteral("안녕"), QStringLiteral("반가워요")};
    QTest::newRow("system prompt first") << QByteArray(
        R"([{"role":"system","content":"Be brief."},{"role":"user","content":"Hi"}])")
                                         << QStringLiteral("Be brief.") << QString()
                                         << QStringList{QStringLiteral("user")} << QStringList{QStringLiteral("Hi")};
    QTest::newRow("request body with model")
        << QByteArray(R"({"model":"anthropic/claude-x","messages":[{"role":"user","content":"Q"}],"temperature":1})")
        << QString() << QStringLiteral("anthropic/claude-x") << QStringList{QStringLiteral("user")}
        << QStringList{QStringLiteral("Q")};
    QTest::newRow("text parts") << QByteArray(
        R"([{"role":"user","content":[{"type":"text","text":"첫째"},{"type":"text","text":"둘째"}]}])")
                                << QString() << QString() << QStringList{QStringLiteral("user")}
                                << QStringList{QStringLiteral("첫째\n\n둘째")};
    QTest::newRow("text and image parts") << QByteArray(
        R"([{"role":"user","content":[{"type":"text","text":"이 사진"},{"type":"image_url","image_url":{"url":"data:x"}}]}])")
                                          << QString() << QString() << QStringList{QStringLiteral("user")}
                                          << QStringList{QStringLiteral("이 사진")};
    QTest::newRow("unknown role kept") << QByteArray(
        R"([{"role":"user","content":"run it"},{"role":"tool","tool_call_id":"c1","content":"42"}])")
                                       << QString() << QString()
                                       << QStringList{QStringLiteral("user"), QStringLiteral("?")}
                                       << QStringList{QStringLiteral("run it"), QString()};
}

void TestConversationTransfer::importOpenAiMessages()
{
    QFETCH(QByteArray, json);
    QFETCH(QString, systemPrompt);
    QFETCH(QString, model);
    QFETCH(QStringList, roles);
    QFETCH(QStringList, texts);
    const QDateTime now = utc("2026-11-29T12:00:00Z");
    const ConversationImport::Result result = ConversationImport::parse(json, QStringLiteral("chat.json"), none(), now);
    QVERIFY2(result.ok(), qPrintable(result.error));
    QCOMPARE(result.conversations.size(), 1);
    const Conversation &c = result.conversations.first();
    QVERIFY(ConversationStore::isValidId(c.id));
    QCOMPARE(c.settings.systemPrompt, systemPrompt);
    QCOMPARE(c.settings.model, model);
    QCOMPARE(c.updatedAt, now);
    QCOMPARE(c.messages.size(), roles.size());
    for (int i = 0; i < roles.size(); ++i) {
        const ChatMessage &m = c.messages.at(i);
        if (roles.at(i) == QLatin1String("?")) {
            QVERIFY(!m.isUnderstood());
            QCOMPARE(m.toJson().value(QStringLiteral("tool_call_id")).toString(), QStringLiteral("c1"));
            continue;
        }
        QCOMPARE(ChatMessage::roleName(m.role), roles.at(i));
        QCOMPARE(m.content, texts.at(i));
    }
    // Whatever the transcript cannot show is kept in the file.
    if (json.contains("image_url"))
        QVERIFY(c.messages.first().toJson().value(QStringLiteral("contentParts")).isArray());
}

void TestConversationTransfer::refusesWrongShapes_data()
{
    QTest::addColumn<QByteArray>("bytes");
    QTest::newRow("not JSON") << QByteArray("# Notes\nnot json at all");
    QTest::newRow("binary") << QByteArray("\x89PNG\r\n\x1a\n\0\0", 10);
    QTest::newRow("empty file") << QByteArray();
    QTest::newRow("empty array") << QByteArray("[]");
    QTest::newRow("numbers") << QByteArray("[1,2,3]");
    QTest::newRow("a settings object") << QByteArray(R"({"theme":"dark","fontSize":12})");
    QTest::newRow("profiles file") << QByteArray(R"({"format":1,"profiles":[{"id":"p","name":"김하늘"}]})");
    QTest::newRow("messages without role") << QByteArray(R"([{"content":"hi"}])");
    QTest::newRow("conversation with wrong types") << QByteArray(R"({"id":"x","messages":[],"title":5})");
}

void TestConversationTransfer::refusesWrongShapes()
{
    QFETCH(QByteArray, bytes);
    const ConversationImport::Result result =
        ConversationImport::parse(bytes, QStringLiteral("notes.json"), none(), {});
    QVERIFY(!result.ok());
    QVERIFY(result.conversations.isEmpty());
    QVERIFY2(result.error.contains(QStringLiteral("notes.json")), qPrintable(result.error));
}

void TestConversationTransfer::skipsBadEntriesKeepsGoodOnes()
{
    QJsonArray array;
    array.append(conversation(QStringLiteral("good"), utc("2026-11-29T12:00:00Z")).toJson());
    array.append(QStringLiteral("junk"));
    const ConversationImport::Result result =
        ConversationImport::parse(QJsonDocument(array).toJson(), QStringLiteral("mixed.json"), none(), {});
    QVERIFY(result.ok());
    QCOMPARE(result.conversations.size(), 1);
    QCOMPARE(result.skipped.size(), 1);
    QVERIFY(result.skipped.first().contains(QStringLiteral("2")));
}

void TestConversationTransfer::newerFormatIsSkipped()
{
    const QByteArray newer = R"({"format":99,"id":"f","title":"미래","messages":[]})";
    const ConversationImport::Result result = ConversationImport::parse(newer, QStringLiteral("f.json"), none(), {});
    QVERIFY(!result.ok());
    QVERIFY(result.error.contains(QStringLiteral("미래")));
}

void TestConversationTransfer::newIdsOnClash()
{
    const Conversation a = conversation(QStringLiteral("a"), utc("2026-11-29T12:00:00Z"));
    Conversation unsafe = conversation(QStringLiteral("b"), utc("2026-11-29T12:00:00Z"));
    unsafe.id = QStringLiteral("../../etc/passwd");
    const QByteArray bytes = ConversationExport::json({a, a, unsafe});
    const ConversationImport::Result fresh = ConversationImport::parse(bytes, QStringLiteral("x"), none(), {});
    QCOMPARE(fresh.conversations.size(), 3);
    QCOMPARE(fresh.conversations.at(0).id, a.id);
    QVERIFY(fresh.conversations.at(1).id != a.id); // a duplicate inside the file
    QVERIFY(ConversationStore::isValidId(fresh.conversations.at(2).id));
    const ConversationImport::Result taken = ConversationImport::parse(bytes, QStringLiteral("x"), {a.id}, {});
    QVERIFY(taken.conversations.at(0).id != a.id);
    QVERIFY(taken.conversations.at(1).id != a.id);
    QVERIFY(taken.conversations.at(0).id != taken.conversations.at(1).id);
}

void TestConversationTransfer::libraryImportNeverOverwrites()
{
    QTemporaryDir dir;
    ConversationLibrary library(dir.path());
    library.start();
    library.waitForRefresh();
    const Conversation mine = conversation(QStringLiteral("mine"), utc("2026-11-29T12:00:00Z"));
    QVERIFY(library.save(mine));
    const QString minePath = dir.path() + QLatin1Char('/') + mine.id + QStringLiteral(".json");
    QFile file(minePath);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QByteArray before = file.readAll();
    file.close();

    // The same conversation exported, edited elsewhere, imported back: a second copy.
    Conversation edited = mine;
    edited.messages.first().content = QStringLiteral("theirs");
    const QString exported = dir.path() + QStringLiteral("/export.json");
    QVERIFY(ConversationExport::writeFile(exported, ConversationExport::json({edited})));
    // And one that sits in the trash: Undo must still be able to bring it back.
    const Conversation trashed = conversation(QStringLiteral("trashed"), utc("2026-11-29T11:00:00Z"));
    QVERIFY(library.save(trashed));
    const ConversationLibrary::TrashBatch batch = library.moveToTrash({trashed.id});
    const QString exported2 = dir.path() + QStringLiteral("/export2.json");
    QVERIFY(ConversationExport::writeFile(exported2, ConversationExport::json({trashed})));

    const ConversationLibrary::ImportReport report = library.importFile(exported);
    QVERIFY2(report.error.isEmpty(), qPrintable(report.error));
    QCOMPARE(report.importedIds.size(), 1);
    QVERIFY(report.importedIds.first() != mine.id);
    QVERIFY(file.open(QIODevice::ReadOnly));
    QCOMPARE(file.readAll(), before);
    QCOMPARE(library.open(report.importedIds.first())->messages.first().content, QStringLiteral("theirs"));
    QCOMPARE(library.model()->rowCount(), 2);

    const ConversationLibrary::ImportReport report2 = library.importFile(exported2);
    QCOMPARE(report2.importedIds.size(), 1);
    QVERIFY(report2.importedIds.first() != trashed.id);
    QCOMPARE(library.restore(batch), QStringList{trashed.id});

    const ConversationLibrary::ImportReport bad = library.importFile(dir.path() + QStringLiteral("/missing.json"));
    QVERIFY(!bad.error.isEmpty());
    QVERIFY(bad.importedIds.isEmpty());
}

void TestConversationTransfer::libraryExportWritesFiles()
{
    QTemporaryDir dir;
    ConversationLibrary library(dir.path() + QStringLiteral("/conversations"));
    library.start();
    const Conversation a = conversation(QStringLiteral("첫 대화"), utc("2026-11-29T12:00:00Z"));
    const Conversation b = conversation(QStringLiteral("second"), utc("2026-11-29T11:00:00Z"));
    QVERIFY(library.save(a));
    QVERIFY(library.save(b));
    const QString md = dir.path() + QStringLiteral("/out.md");
    QVERIFY(library.exportTo({a.id, b.id}, ConversationExport::Format::Markdown, md));
    QFile file(md);
    QVERIFY(file.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(file.readAll());
    QVERIFY(text.indexOf(QStringLiteral("# 첫 대화")) < text.indexOf(QStringLiteral("# second")));
    const QString json = dir.path() + QStringLiteral("/out.json");
    QVERIFY(library.exportTo({b.id}, ConversationExport::Format::Json, json));
    QString error;
    QVERIFY(!library.exportTo({b.id}, ConversationExport::Format::Json,
                              dir.path() + QStringLiteral("/no/such/dir/x.json"), &error));
    QVERIFY(error.contains(QStringLiteral("x.json")));
    QVERIFY(!library.exportTo({QStringLiteral("absent")}, ConversationExport::Format::Json, json, &error));
    QVERIFY(!error.isEmpty());
}

void TestConversationTransfer::suggestedFileName_data()
{
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("name");
    QTest::newRow("Korean") << QStringLiteral("서울 여행 계획") << QStringLiteral("서울 여행 계획.md");
    QTest::newRow("unsafe characters") << QStringLiteral("a/b: c*d?") << QStringLiteral("a b c d.md");
    QTest::newRow("hidden-file dot") << QStringLiteral("..secret") << QStringLiteral("secret.md");
    QTest::newRow("nothing usable") << QStringLiteral("///") << QStringLiteral("conversation.md");
}

void TestConversationTransfer::suggestedFileName()
{
    QFETCH(QString, title);
    QFETCH(QString, name);
    Conversation c = conversation(QStringLiteral("x"), utc("2026-11-29T12:00:00Z"), {}, title);
    QCOMPARE(ConversationExport::suggestedFileName(c, ConversationExport::Format::Markdown), name);
}

QTEST_GUILESS_MAIN(TestConversationTransfer)
#include "tst_conversation_transfer.moc"
