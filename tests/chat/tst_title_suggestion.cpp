// SPDX-License-Identifier: GPL-3.0-or-later
// "Suggest title": the request names the conversation's language and stays small; the reply is
// cleaned to one short line whatever the model wraps it in.
#include "ChatTestData.h"
#include "chat/TitleSuggestion.h"

#include <QTest>

using namespace sajudesk;
using namespace sajudesk::test;

class TestTitleSuggestion : public QObject
{
    Q_OBJECT
private slots:
    void requestNamesTheLanguage_data();
    void requestNamesTheLanguage();
    void requestStaysSmall();
    void parseReply_data();
    void parseReply();
};

void TestTitleSuggestion::requestNamesTheLanguage_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("korean");
    QTest::newRow("Korean") << QStringLiteral("부산 여행 일정을 짜 줘") << true;
    QTest::newRow("Korean with English terms") << QStringLiteral("Python으로 CSV 파일 읽는 방법 알려줘") << true;
    QTest::newRow("English") << QStringLiteral("How do I read a CSV file in Python?") << false;
    QTest::newRow("English with one Korean word") << QStringLiteral("What does 사주 mean in English and why") << false;
}

void TestTitleSuggestion::requestNamesTheLanguage()
{
    QFETCH(QString, text);
    QFETCH(bool, korean);
    const Conversation c = conversation(text, utc("2026-11-29T12:00:00Z"), QStringLiteral("An answer in English."));
    QCOMPARE(TitleSuggestion::isKorean(c), korean);
    const ChatParams params = TitleSuggestion::request(c, QStringLiteral("openai/gpt-5.2"));
    QCOMPARE(params.model, QStringLiteral("openai/gpt-5.2"));
    QCOMPARE(params.messages.size(), 2);
    QCOMPARE(params.messages.at(0).role, ChatTurn::Role::System);
    QCOMPARE(params.messages.at(0).content.contains(QStringLiteral("Korean")), korean);
    QVERIFY(params.messages.at(1).content.contains(text));
    QVERIFY(params.messages.at(1).content.contains(QStringLiteral("An answer in English.")));
}

void TestTitleSuggestion::requestStaysSmall()
{
    Conversation c = conversation(QString(5000, QLatin1Char('a')), utc("2026-11-29T12:00:00Z"));
    for (int i = 0; i < 40; ++i)
        c.messages.append(
            ChatMessage::create(ChatMessage::Role::Assistant, QString(3000, QLatin1Char('b')), c.updatedAt));
    const ChatParams params = TitleSuggestion::request(c, QStringLiteral("m/x"));
    QVERIFY(params.messages.at(1).content.size() < 3000);
}

void TestTitleSuggestion::parseReply_data()
{
    QTest::addColumn<QString>("reply");
    QTest::addColumn<QString>("title");
    QTest::newRow("plain") << QStringLiteral("부산 2박 3일 여행 계획") << QStringLiteral("부산 2박 3일 여행 계획");
    QTest::newRow("quoted with period") << QStringLiteral("\"Reading CSV in Python.\"")
                                        << QStringLiteral("Reading CSV in Python");
    QTest::newRow("curly quotes then period")
        << QStringLiteral("“서울 맛집 추천”.") << QStringLiteral("서울 맛집 추천");
    QTest::newRow("Korean brackets") << QStringLiteral("「사주 해석」") << QStringLiteral("사주 해석");
    QTest::newRow("label") << QStringLiteral("Title: Budget review") << QStringLiteral("Budget review");
    QTest::newRow("Korean label") << QStringLiteral("제목: 면접 준비") << QStringLiteral("면접 준비");
    QTest::newRow("markdown heading bold") << QStringLiteral("## **Trip to Jeju**") << QStringLiteral("Trip to Jeju");
    QTest::newRow("first non-empty line")
        << QStringLiteral("\n\n  Weekly report draft  \nHere is why: …") << QStringLiteral("Weekly report draft");
    QTest::newRow("reasoning block") << QStringLiteral("<think>The user asks about…\nmaybe</think>\n운동 습관 만들기")
                                     << QStringLiteral("운동 습관 만들기");
    QTest::newRow("ideographic period") << QStringLiteral("健康管理。") << QStringLiteral("健康管理");
    QTest::newRow("question kept") << QStringLiteral("Why is the sky blue?") << QStringLiteral("Why is the sky blue?");
    QTest::newRow("too long") << QStringLiteral(
        "A very long title that goes on and on about many different things at once")
                              << QStringLiteral("A very long title that goes on and on about many different…");
    QTest::newRow("empty") << QStringLiteral("  \n ") << QString();
    QTest::newRow("only quotes") << QStringLiteral("\"\"") << QString();
}

void TestTitleSuggestion::parseReply()
{
    QFETCH(QString, reply);
    QFETCH(QString, title);
    QCOMPARE(TitleSuggestion::parseReply(reply), title);
}

QTEST_GUILESS_MAIN(TestTitleSuggestion)
#include "tst_title_suggestion.moc"
