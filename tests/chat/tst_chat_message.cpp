// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation file format is lossless: what this version does not understand (unknown keys,
// roles, content shapes, a newer format) is kept and written back unchanged; format 1 files read
// and upgrade; answer versions (Regenerate) page without losing any of them.
#include "chat/Conversation.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace sajudesk;

namespace {

QJsonObject parse(const char *json)
{
    QJsonParseError error{};
    const QJsonDocument document = QJsonDocument::fromJson(QByteArray(json), &error);
    Q_ASSERT(error.error == QJsonParseError::NoError);
    return document.object();
}

QByteArray canonical(const QJsonObject &json)
{
    return QJsonDocument(json).toJson(QJsonDocument::Indented);
}

} // namespace

class TestChatMessage : public QObject
{
    Q_OBJECT
private slots:
    void messageRoundTripIsByteStable_data();
    void messageRoundTripIsByteStable();
    void conversationRoundTripIsByteStable_data();
    void conversationRoundTripIsByteStable();
    void notAConversation_data();
    void notAConversation();
    void newerFormatIsReadOnlyAndKeepsItsNumber();
    void formatOneUpgrades();
    void stateNames_data();
    void stateNames();
    void versionsPageWithoutLoss();
    void canContinue_data();
    void canContinue();
};

void TestChatMessage::messageRoundTripIsByteStable_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::addColumn<bool>("understood");
    QTest::newRow("plain user") << QByteArray(
        R"({"id":"m1","role":"user","content":"안녕 😀","state":"complete","time":"2026-11-29T01:02:03.004Z"})")
                                << true;
    QTest::newRow("assistant with everything") << QByteArray(
        R"({"id":"m2","role":"assistant","content":"**답**","state":"complete","time":"2026-11-29T01:02:03.004Z",
            "model":"openai/gpt-5.2","finishReason":"length","reasoning":"생각","reasoningMs":1200,"firstTokenMs":300,
            "durationMs":4000,"usage":{"promptTokens":12,"completionTokens":34},
            "versions":[{"id":"m2","role":"assistant","content":"old","state":"stopped","time":""}],"versionIndex":1})")
                                               << true;
    QTest::newRow("unknown keys kept") << QByteArray(
        R"({"id":"m3","role":"user","content":"x","state":"complete","time":"","tool_calls":[{"a":1}],"name":"kim"})")
                                       << true;
    QTest::newRow("unknown role kept raw")
        << QByteArray(R"({"role":"tool","content":"42","tool_call_id":"c1"})") << false;
    QTest::newRow("content parts kept raw") << QByteArray(
        R"({"role":"user","content":[{"type":"text","text":"hi"},{"type":"image_url","image_url":{"url":"data:"}}]})")
                                            << false;
    QTest::newRow("content object kept raw") << QByteArray(R"({"role":"assistant","content":{"odd":true}})") << false;
}

void TestChatMessage::messageRoundTripIsByteStable()
{
    QFETCH(QByteArray, json);
    QFETCH(bool, understood);
    const QJsonObject original = QJsonDocument::fromJson(json).object();
    QVERIFY(!original.isEmpty());
    const ChatMessage message = ChatMessage::fromJson(original);
    QCOMPARE(message.isUnderstood(), understood);
    QVERIFY(!message.id.isEmpty());
    QCOMPARE(canonical(message.toJson()), canonical(original));
}

void TestChatMessage::conversationRoundTripIsByteStable_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("current format, unknown top-level keys")
        << QByteArray(R"({"format":2,"id":"c1","title":"t","model":"openai/gpt-5.2","createdAt":"","updatedAt":"",
            "stream":false,"pinned":true,"temperature":0.5,"maxTokens":256,"systemPrompt":"s","draft":"d",
            "folder":"work","tags":["a"],"messages":[{"role":"tool","content":"x"},
            {"id":"m","role":"user","content":"y","state":"complete","time":""}]})");
    QTest::newRow("newer format stays newer")
        << QByteArray(R"({"format":9,"id":"c2","title":"","model":"","createdAt":"","updatedAt":"","stream":true,
            "messages":[],"branches":{"x":[1,2]}})");
}

void TestChatMessage::conversationRoundTripIsByteStable()
{
    QFETCH(QByteArray, json);
    const QJsonObject original = QJsonDocument::fromJson(json).object();
    bool ok = false;
    const Conversation c = Conversation::fromJson(original, &ok);
    QVERIFY(ok);
    QCOMPARE(canonical(c.toJson()), canonical(original));
}

void TestChatMessage::notAConversation_data()
{
    QTest::addColumn<QByteArray>("json");
    QTest::newRow("no id") << QByteArray(R"({"messages":[]})");
    QTest::newRow("empty id") << QByteArray(R"({"id":"","messages":[]})");
    QTest::newRow("id not a string") << QByteArray(R"({"id":5,"messages":[]})");
    QTest::newRow("messages not an array") << QByteArray(R"({"id":"a","messages":{}})");
    QTest::newRow("title of another type") << QByteArray(R"({"id":"a","title":3,"messages":[]})");
    QTest::newRow("format of another type") << QByteArray(R"({"id":"a","format":"2","messages":[]})");
    QTest::newRow("message not an object") << QByteArray(R"({"id":"a","messages":["hello"]})");
    QTest::newRow("profiles file") << QByteArray(R"({"format":1,"profiles":[]})");
}

void TestChatMessage::notAConversation()
{
    QFETCH(QByteArray, json);
    bool ok = true;
    Conversation::fromJson(QJsonDocument::fromJson(json).object(), &ok);
    QVERIFY(!ok);
}

void TestChatMessage::newerFormatIsReadOnlyAndKeepsItsNumber()
{
    bool ok = false;
    const Conversation c = Conversation::fromJson(parse(R"({"format":3,"id":"a","messages":[]})"), &ok);
    QVERIFY(ok);
    QVERIFY(c.readOnly);
    QCOMPARE(c.toJson().value(QStringLiteral("format")).toInt(), 3);
}

void TestChatMessage::formatOneUpgrades()
{
    // Exactly what the first release wrote.
    const QJsonObject v1 = parse(R"({"format":1,"id":"0b5c","title":"오늘","model":"openai/gpt-5.2",
        "systemPrompt":"ctx","draft":"d","createdAt":"2026-11-01T00:00:00.000Z","updatedAt":"2026-11-02T00:00:00.000Z",
        "messages":[{"role":"user","content":"q","state":"complete","time":"2026-11-01T00:00:00.000Z"},
                    {"role":"assistant","content":"a","state":"incomplete","errorCode":"cancelled","model":"m","time":""}]})");
    bool ok = false;
    const Conversation c = Conversation::fromJson(v1, &ok);
    QVERIFY(ok);
    QVERIFY(!c.readOnly);
    QCOMPARE(c.format, 1);
    QCOMPARE(c.settings.model, QStringLiteral("openai/gpt-5.2"));
    QCOMPARE(c.settings.systemPrompt, QStringLiteral("ctx"));
    QVERIFY(c.settings.stream);
    QCOMPARE(c.messages.size(), 2);
    QCOMPARE(c.messages.at(1).state, ChatMessage::State::Interrupted);
    QVERIFY(!c.messages.at(0).id.isEmpty());
    QVERIFY(c.messages.at(0).id != c.messages.at(1).id);
    QCOMPARE(c.toJson().value(QStringLiteral("format")).toInt(), Conversation::CurrentFormat);
    QCOMPARE(c.updatedAt, QDateTime(QDate(2026, 11, 2), QTime(0, 0), Qt::UTC));
}

void TestChatMessage::stateNames_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<ChatMessage::State>("state");
    QTest::newRow("complete") << "complete" << ChatMessage::State::Complete;
    QTest::newRow("stopped") << "stopped" << ChatMessage::State::Stopped;
    QTest::newRow("interrupted") << "interrupted" << ChatMessage::State::Interrupted;
    QTest::newRow("failed") << "failed" << ChatMessage::State::Failed;
    QTest::newRow("streaming on disk = interrupted") << "streaming" << ChatMessage::State::Interrupted;
    QTest::newRow("format 1 incomplete") << "incomplete" << ChatMessage::State::Interrupted;
    QTest::newRow("missing") << "" << ChatMessage::State::Complete;
}

void TestChatMessage::stateNames()
{
    QFETCH(QString, name);
    QFETCH(ChatMessage::State, state);
    QCOMPARE(ChatMessage::stateFromName(name), state);
}

void TestChatMessage::versionsPageWithoutLoss()
{
    const QDateTime now = QDateTime::currentDateTimeUtc();
    ChatMessage m = ChatMessage::create(ChatMessage::Role::Assistant, QStringLiteral("first"), now);
    const QString id = m.id;
    m.startNewVersion(now);
    QCOMPARE(m.state, ChatMessage::State::Streaming);
    QVERIFY(m.content.isEmpty());
    m.content = QStringLiteral("second");
    m.state = ChatMessage::State::Complete;
    QCOMPARE(m.versionCount(), 2);
    QCOMPARE(m.versionIndex, 1);

    QVERIFY(m.selectVersion(0));
    QCOMPARE(m.content, QStringLiteral("first"));
    QCOMPARE(m.id, id);
    // A third answer is appended after every earlier one, whichever version was on screen.
    m.startNewVersion(now);
    m.content = QStringLiteral("third");
    QCOMPARE(m.versionCount(), 3);
    QCOMPARE(m.versionIndex, 2);

    const ChatMessage back = ChatMessage::fromJson(m.toJson());
    QCOMPARE(back.versionCount(), 3);
    QStringList seen;
    ChatMessage walk = back;
    for (int i = 0; i < walk.versionCount(); ++i) {
        walk.selectVersion(i);
        seen << walk.content;
    }
    QCOMPARE(seen, (QStringList{QStringLiteral("first"), QStringLiteral("second"), QStringLiteral("third")}));
    QVERIFY(!walk.selectVersion(3));
    QVERIFY(!walk.selectVersion(-1));
}

void TestChatMessage::canContinue_data()
{
    QTest::addColumn<ChatMessage::State>("state");
    QTest::addColumn<QString>("finish");
    QTest::addColumn<QString>("content");
    QTest::addColumn<bool>("expected");
    QTest::newRow("stopped") << ChatMessage::State::Stopped << ""
                             << "part" << true;
    QTest::newRow("interrupted") << ChatMessage::State::Interrupted << ""
                                 << "part" << true;
    QTest::newRow("length") << ChatMessage::State::Complete << "length"
                            << "part" << true;
    QTest::newRow("complete stop") << ChatMessage::State::Complete << "stop"
                                   << "all" << false;
    QTest::newRow("failed") << ChatMessage::State::Failed << ""
                            << "" << false;
    QTest::newRow("stopped before text") << ChatMessage::State::Stopped << ""
                                         << "" << false;
}

void TestChatMessage::canContinue()
{
    QFETCH(ChatMessage::State, state);
    QFETCH(QString, finish);
    QFETCH(QString, content);
    QFETCH(bool, expected);
    ChatMessage m = ChatMessage::create(ChatMessage::Role::Assistant, content, QDateTime::currentDateTimeUtc());
    m.state = state;
    m.finishReason = finish;
    QCOMPARE(m.canContinue(), expected);
}

QTEST_GUILESS_MAIN(TestChatMessage)
#include "tst_chat_message.moc"
