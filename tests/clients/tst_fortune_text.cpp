// SPDX-License-Identifier: GPL-3.0-or-later
// Service values in the UI language, and the "Discuss in chat" context as exact plain text in
// Korean and English (the real catalogues, as the app loads them).
#include "saju/SajuEngine.h"
#include "sajuapi/FortuneChatContext.h"
#include "sajuapi/FortuneText.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QTest>
#include <QTranslator>

using namespace sajudesk;

namespace {

QLocale localeFor(const QString &language)
{
    return language == QLatin1String("ko") ? QLocale(QLocale::Korean, QLocale::SouthKorea)
                                           : QLocale(QLocale::English, QLocale::UnitedStates);
}

FortuneResult sampleFortune()
{
    FortuneResult r;
    r.character = {{QStringLiteral("dayMaster"), QStringLiteral("갑목")},
                   {QStringLiteral("emoji"), QStringLiteral("🌳")}};
    r.tendency = QJsonDocument::fromJson(R"({"scores":{"riskTolerance":58},"strengths":[{"element":"wood",)"
                                         R"("trait":"꾸준함"}],"summary":"길게 봅니다 & <천천히>"})")
                     .object();
    r.fortune = QJsonDocument::fromJson(R"({"score":71,"actionItems":["산책하기","연락하기"],)"
                                        R"("deficiency":{"element":"earth"}})")
                    .object();
    r.extras = {{QStringLiteral("luckyColor"), QStringLiteral("초록")}};
    r.narrative = QStringLiteral("오늘은  좋은 날\n입니다.");
    r.complete = true;
    return r;
}

FortuneChatInput input(const char *birthLine, bool withFortune)
{
    FortuneChatInput in;
    in.name = QStringLiteral("이서준");
    in.birth = *saju::parseBirthLine(QString::fromLatin1(birthLine));
    in.pillars = *saju::SajuEngine::compute(in.birth);
    if (withFortune) {
        in.fortune = sampleFortune();
        in.fortuneDate = QDate(2026, 5, 2);
        saju::ChartOptions options;
        options.gender = saju::Gender::Male;
        in.luckNow = LuckPeriodNow::fromChart(*saju::SajuChart::build(in.birth, options), in.fortuneDate.year());
    }
    return in;
}

} // namespace

class TestFortuneText : public QObject
{
    Q_OBJECT

private slots:
    void cleanup();
    void elementNames_data();
    void elementNames();
    void valuesAndLabels();
    void sectionLines();
    void chatContext_data();
    void chatContext();
    void chatContextOptions();
    void luckFromChart_data();
    void luckFromChart();

private:
    void useLanguage(const QString &language);
    QTranslator m_translator;
};

void TestFortuneText::useLanguage(const QString &language)
{
    QCoreApplication::removeTranslator(&m_translator);
    QVERIFY(m_translator.load(QStringLiteral("sajudesk_") + language, QStringLiteral(":/i18n")));
    QCoreApplication::installTranslator(&m_translator);
}

void TestFortuneText::cleanup()
{
    QCoreApplication::removeTranslator(&m_translator);
}

void TestFortuneText::elementNames_data()
{
    QTest::addColumn<QString>("value");
    QTest::addColumn<QString>("english");
    QTest::addColumn<QString>("korean");
    QTest::newRow("earth") << QStringLiteral("earth") << QStringLiteral("Earth") << QStringLiteral("토(土)");
    QTest::newRow("Wood capitalised") << QStringLiteral("Wood") << QStringLiteral("Wood") << QStringLiteral("목(木)");
    QTest::newRow("FIRE with spaces") << QStringLiteral(" FIRE ") << QStringLiteral("Fire") << QStringLiteral("화(火)");
    QTest::newRow("Hangul 금") << QStringLiteral("금") << QStringLiteral("Metal") << QStringLiteral("금(金)");
    QTest::newRow("Hanja 水") << QStringLiteral("水") << QStringLiteral("Water") << QStringLiteral("수(水)");
    QTest::newRow("both 토(土)") << QStringLiteral("토(土)") << QStringLiteral("Earth") << QStringLiteral("토(土)");
    QTest::newRow("not an element") << QStringLiteral("plasma") << QStringLiteral("plasma") << QStringLiteral("plasma");
}

void TestFortuneText::elementNames()
{
    QFETCH(QString, value);
    QFETCH(QString, english);
    QFETCH(QString, korean);
    useLanguage(QStringLiteral("en"));
    QCOMPARE(FortuneText::elementName(value), english);
    useLanguage(QStringLiteral("ko"));
    QCOMPARE(FortuneText::elementName(value), korean);
}

void TestFortuneText::valuesAndLabels()
{
    useLanguage(QStringLiteral("ko"));
    QCOMPARE(FortuneText::yinYangName(QStringLiteral("yang")), QStringLiteral("양"));
    QCOMPARE(FortuneText::valueText(QStringLiteral("element"), QStringLiteral("earth")), QStringLiteral("토(土)"));
    QCOMPARE(FortuneText::valueText(QStringLiteral("weakElement"), QStringLiteral("fire")), QStringLiteral("화(火)"));
    QCOMPARE(FortuneText::fieldLabel(QStringLiteral("deficiency")), QStringLiteral("부족한 오행"));
    QCOMPARE(FortuneText::fieldLabel(QStringLiteral("somethingNew")), QStringLiteral("somethingNew"));
    QCOMPARE(FortuneText::sectionTitle(QStringLiteral("fortune")), QStringLiteral("오늘의 운세"));
    useLanguage(QStringLiteral("en"));
    QCOMPARE(FortuneText::yinYangName(QStringLiteral("음")), QStringLiteral("Yin"));
    const QLocale en = localeFor(QStringLiteral("en"));
    QCOMPARE(FortuneText::valueText(QStringLiteral("cost"), 0.013, en), QStringLiteral("0.013"));
    QCOMPARE(FortuneText::valueText(QStringLiteral("count"), 12345, en), QStringLiteral("12,345"));
    QCOMPARE(FortuneText::valueText(QStringLiteral("cached"), true, en), QStringLiteral("yes"));
    QCOMPARE(FortuneText::valueText(QStringLiteral("x"), QJsonValue::Null, en), QStringLiteral("-"));
    const QDateTime fetched(QDate(2026, 5, 2), QTime(3, 4), Qt::UTC);
    QCOMPARE(FortuneText::cachedNote(fetched, en),
             QStringLiteral("cached · fetched ") + en.toString(fetched.toLocalTime(), QLocale::ShortFormat));
    useLanguage(QStringLiteral("ko"));
    QVERIFY(
        FortuneText::cachedNote(fetched, localeFor(QStringLiteral("ko"))).startsWith(QStringLiteral("저장된 운세 · ")));
}

void TestFortuneText::sectionLines()
{
    useLanguage(QStringLiteral("en"));
    const QJsonObject section = QJsonDocument::fromJson(R"({"score":71,"deficiency":{"element":"earth"},)"
                                                        R"("actionItems":["a",{"text":"b"},{"x":1,"y":"z"}],)"
                                                        R"("deep":{"inner":{"k":"v"}},"empty":{},"none":[]})")
                                    .object();
    const QStringList expected{
        QStringLiteral("  Things to do today:"),    QStringLiteral("    - a"),     QStringLiteral("    - b"),
        QStringLiteral("    - x: 1, y: z"),         QStringLiteral("  deep:"),     QStringLiteral("    inner: k: v"),
        QStringLiteral("  Lacking element: Earth"), QStringLiteral("  Score: 71"),
    };
    QCOMPARE(FortuneText::lines(section, 2, localeFor(QStringLiteral("en"))), expected);
}

void TestFortuneText::chatContext_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QByteArray>("birth");
    QTest::addColumn<bool>("withFortune");
    QTest::addColumn<QString>("expected");

    QTest::newRow("en, fortune and 대운")
        << QStringLiteral("en") << QByteArray("1992-08-26 05:40") << true << QStringLiteral(R"(Name: 이서준
Birth: 1992-08-26 05:40 (solar calendar)
Birthplace longitude: 126.978° E
Zi (子) hour rule: split at midnight (야자시/조자시)
Daylight saving time: not in effect at the birth time
Four pillars:
  Year: 壬申 (임신)
  Month: 戊申 (무신)
  Day: 甲戌 (갑술)
  Hour: 丁卯 (정묘)
Day master: 甲 (갑목), element Wood
Five elements: Wood 2, Fire 1, Earth 2, Metal 2, Water 1
Current 10-year luck (대운): 壬子 (임자), ages 34–43
Fortune for Saturday, May 2, 2026:
  Character:
    Day master: 갑목
    Emoji: 🌳
  Tendency:
    Scores: Risk tolerance: 58
    Strengths:
      - Element: Wood, Trait: 꾸준함
    Summary: 길게 봅니다 & <천천히>
  Today's fortune:
    Things to do today:
      - 산책하기
      - 연락하기
    Lacking element: Earth
    Score: 71
  luckyColor: 초록
  Fortune text: 오늘은 좋은 날 입니다.)");

    QTest::newRow("ko, fortune and 대운")
        << QStringLiteral("ko") << QByteArray("1992-08-26 05:40") << true << QStringLiteral(R"(이름: 이서준
출생: 1992-08-26 05:40(양력)
출생지 경도: 동경 126.978°
자시(子時) 기준: 야자시/조자시 구분(자정에 날짜 변경)
서머타임: 출생 시각에 적용되지 않음
사주팔자:
  연주: 壬申(임신)
  월주: 戊申(무신)
  일주: 甲戌(갑술)
  시주: 丁卯(정묘)
일간: 甲(갑목), 오행 목(木)
오행 개수: 목(木) 2, 화(火) 1, 토(土) 2, 금(金) 2, 수(水) 1
현재 대운: 壬子(임자), 34~43세
2026년 5월 2일 토요일 운세:
  성격:
    일간: 갑목
    이모지: 🌳
  투자 성향:
    세부 점수: 위험 감수 성향: 58
    강점:
      - 오행: 목(木), 특성: 꾸준함
    요약: 길게 봅니다 & <천천히>
  오늘의 운세:
    오늘 할 일:
      - 산책하기
      - 연락하기
    부족한 오행: 토(土)
    점수: 71
  luckyColor: 초록
  운세 풀이: 오늘은 좋은 날 입니다.)");

    QTest::newRow("en, lunar, time unknown")
        << QStringLiteral("en") << QByteArray("L1992-07-25") << false << QStringLiteral(R"(Name: 이서준
Birth: 1992-07-25, time unknown (lunar calendar)
Solar date: 1992-08-23
Birthplace longitude: 126.978° E
Zi (子) hour rule: split at midnight (야자시/조자시)
Daylight saving time: not in effect at the birth time
Four pillars:
  Year: 壬申 (임신)
  Month: 戊申 (무신)
  Day: 辛未 (신미)
  Hour: unknown
Day master: 辛 (신금), element Metal
Five elements: Wood 0, Fire 0, Earth 2, Metal 3, Water 1)");

    QTest::newRow("ko, leap month, time unknown")
        << QStringLiteral("ko") << QByteArray("L!2020-04-15") << false << QStringLiteral(R"(이름: 이서준
출생: 2020-04-15, 시간 모름(음력, 윤달)
양력 날짜: 2020-06-06
출생지 경도: 동경 126.978°
자시(子時) 기준: 야자시/조자시 구분(자정에 날짜 변경)
서머타임: 출생 시각에 적용되지 않음
사주팔자:
  연주: 庚子(경자)
  월주: 壬午(임오)
  일주: 庚辰(경진)
  시주: 모름
일간: 庚(경금), 오행 금(金)
오행 개수: 목(木) 0, 화(火) 1, 토(土) 1, 금(金) 2, 수(水) 2)");
}

void TestFortuneText::chatContext()
{
    QFETCH(QString, language);
    QFETCH(QByteArray, birth);
    QFETCH(bool, withFortune);
    QFETCH(QString, expected);
    useLanguage(language);
    const QString text = FortuneChatContext::build(input(birth.constData(), withFortune), localeFor(language));
    QCOMPARE(text, expected);
    // Plain text only: no markup, no entities.
    QVERIFY(!text.contains(QLatin1String("&nbsp;")) && !text.contains(QLatin1String("<br")));
    const QString prompt = FortuneChatContext::systemPrompt(input(birth.constData(), withFortune), localeFor(language));
    QVERIFY(prompt.startsWith(expected + QStringLiteral("\n\n")));
    QVERIFY(prompt.endsWith(FortuneChatContext::instruction()));
}

void TestFortuneText::chatContextOptions()
{
    useLanguage(QStringLiteral("en"));
    FortuneChatInput in;
    in.name = QStringLiteral("  ");
    saju::BirthInput options;
    options.longitude = -73.9;
    options.zi = saju::ZiRule::ChangeAt23;
    in.birth = *saju::parseBirthLine(u"1988-07-01 12:00", options);
    in.pillars = *saju::SajuEngine::compute(in.birth);
    const QStringList lines = FortuneChatContext::build(in, localeFor(QStringLiteral("en"))).split(QLatin1Char('\n'));
    QCOMPARE(lines.at(0), QStringLiteral("Name: unnamed"));
    QCOMPARE(lines.at(2), QStringLiteral("Birthplace longitude: 73.900° W"));
    QCOMPARE(lines.at(3), QStringLiteral("Zi (子) hour rule: the day changes at 23:00 (정자시)"));
    QCOMPARE(lines.at(4), QStringLiteral("Daylight saving time: in effect at the birth time")); // 1988: KDT +10
}

void TestFortuneText::luckFromChart_data()
{
    QTest::addColumn<int>("year");
    QTest::addColumn<QString>("pillar");
    QTest::addColumn<int>("startAge");
    QTest::addColumn<int>("endAge");
    // 1992-08-26 05:40, male: forward from 己酉 at 4 (as `sajudesk-cli chart --gender=male` gives).
    QTest::newRow("before the first") << 1995 << QString() << -1 << -1;
    QTest::newRow("first, 1996") << 1996 << QStringLiteral("己酉") << 4 << 13;
    QTest::newRow("2025") << 2025 << QStringLiteral("辛亥") << 24 << 33;
    QTest::newRow("2026") << 2026 << QStringLiteral("壬子") << 34 << 43;
}

void TestFortuneText::luckFromChart()
{
    QFETCH(int, year);
    QFETCH(QString, pillar);
    QFETCH(int, startAge);
    QFETCH(int, endAge);
    saju::ChartOptions options;
    options.gender = saju::Gender::Male;
    const auto chart = saju::SajuChart::buildLine(u"1992-08-26 05:40", saju::BirthInput(), options);
    QVERIFY(chart);
    const auto luck = LuckPeriodNow::fromChart(*chart, year);
    QCOMPARE(luck.has_value(), !pillar.isEmpty());
    if (luck) {
        QCOMPARE(luck->pillar.hanja(), pillar);
        QCOMPARE(luck->startAge, startAge);
        QCOMPARE(luck->endAge, endAge);
    }
    // Without a gender there is no 대운, so the context has no such line.
    const auto noGender = saju::SajuChart::buildLine(u"1992-08-26 05:40");
    QVERIFY(!LuckPeriodNow::fromChart(*noGender, year));
}

QTEST_GUILESS_MAIN(TestFortuneText)
#include "tst_fortune_text.moc"
