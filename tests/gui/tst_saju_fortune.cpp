// SPDX-License-Identifier: GPL-3.0-or-later
// The daily fortune in the real window against FakeApiServer: cards filled from the stream, a
// rate-limited request counting down, results tied to their person (another profile or other
// birth data clears them), a Saju 400 with `field` marking the form field or chart pillar the
// contract's path names (api-contract §2), and "Discuss in chat" seeding a conversation.
#include "SajuPaneFixture.h"
#include "chat/ChatPane.h"
#include "demo/FakeResponse.h"
#include "saju/BirthForm.h"
#include "saju/ChartView.h"
#include "saju/FortuneView.h"
#include "sajuapi/FortuneSession.h"
#include "sajuapi/FortuneText.h"

#include <QComboBox>
#include <QDateEdit>
#include <QGroupBox>
#include <QJsonDocument>
#include <QLabel>
#include <QPushButton>

using namespace sajudesk;
using namespace sajudesk::guitest;

class TestSajuFortune : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void getFortuneFillsCards();
    void rateLimitedFortuneCountsDownThenArrives();
    void anotherPersonClearsTheFortune();
    void serverFieldErrorMarksTheField_data();
    void serverFieldErrorMarksTheField();
    void focusFieldForEveryContractPath_data();
    void focusFieldForEveryContractPath();
    void discussInChatCreatesConversation();
    void cachedFortuneShownAtOnceWithRefresh();
    void switchingAwayLetsTheAnswerReachTheCache();
    void discussContextIsExactPlainText();
    void serviceValuesInTheUiLanguage();

private:
    void enterExample();
    void getAndWait();

    LanguageManager *m_languages = nullptr;
    SajuPaneFixture m_f;
};

void TestSajuFortune::initTestCase()
{
    m_languages = SajuPaneFixture::setUpOnce(this);
}

void TestSajuFortune::init()
{
    QVERIFY(m_f.open(m_languages));
}

void TestSajuFortune::cleanup()
{
    m_f.close();
}

void TestSajuFortune::enterExample()
{
    m_f.setName(QStringLiteral("이서준"));
    m_f.setMale(true);
    m_f.fillBirth(QStringLiteral("1992-08-26"), QTime(5, 40));
}

void TestSajuFortune::getAndWait()
{
    QTest::mouseClick(m_f.child<QPushButton>("getFortuneButton"), Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_f.pane->isBusy(), 10000);
}

void TestSajuFortune::getFortuneFillsCards()
{
    enterExample();
    QTest::mouseClick(m_f.child<QPushButton>("getFortuneButton"), Qt::LeftButton);
    QVERIFY(m_f.pane->isBusy());
    QCOMPARE(m_f.child<QTabWidget>("sajuTabs")->currentIndex(), 1);
    QTRY_VERIFY(!m_f.pane->isBusy());
    for (const char *card : {"characterCard", "tendencyCard", "fortuneCard"})
        QVERIFY2(m_f.child<QGroupBox>(card)->isVisible(), card);
    QVERIFY(!m_f.child<QLabel>("fortuneCardLabel")->text().isEmpty());
    QVERIFY(m_f.child<QLabel>("fortuneMetaLabel")->text().contains(QStringLiteral("req_")));
    const FakeRequest sent = m_f.env->server.requests(QStringLiteral("/api/daily-fortune-stream")).last();
    QVERIFY(sent.body.contains("이서준"));
    QVERIFY(sent.body.contains("壬"));
    QTRY_VERIFY(m_f.child<QLabel>("rateLimitLabel")->isVisible());
}

void TestSajuFortune::rateLimitedFortuneCountsDownThenArrives()
{
    m_f.env->server.enqueue(QStringLiteral("/api/daily-fortune-stream"),
                            FakeResponse::sajuError(429, QStringLiteral("rate_limited"), 2));
    m_f.setName(QStringLiteral("최유나"));
    m_f.fillBirth(QStringLiteral("1988-05-15"), QTime(14, 30));
    QTest::mouseClick(m_f.child<QPushButton>("getFortuneButton"), Qt::LeftButton);
    auto *banner = m_f.child<QWidget>("fortuneRetryBanner");
    QTRY_VERIFY(banner->isVisible());
    const QString text = m_f.child<QLabel>("fortuneRetryCountdownLabel")->text();
    QVERIFY2(text.contains(QStringLiteral("Rate limited")) && text.contains(QStringLiteral("attempt 2/")),
             qPrintable(text));
    QVERIFY(m_f.child<QPushButton>("cancelFortuneButton")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!m_f.pane->isBusy(), 10000);
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_f.pane->fortuneSession()->result().sections().size(), 3);
}

void TestSajuFortune::anotherPersonClearsTheFortune()
{
    enterExample();
    QTest::mouseClick(m_f.child<QPushButton>("saveProfileButton"), Qt::LeftButton);
    getAndWait();
    auto *card = m_f.child<QGroupBox>("fortuneCard");
    QVERIFY(card->isVisible());
    // Another birth time: the fortune was for someone else's chart.
    m_f.child<QTimeEdit>("birthTimeEdit")->setTime(QTime(7, 40));
    QVERIFY(!card->isVisible());
    QVERIFY(!m_f.pane->fortuneSession()->hasResult());
    QVERIFY(m_f.child<QLabel>("emptyResultsLabel")->isVisible());

    getAndWait();
    QVERIFY(card->isVisible());
    // Another profile: cleared as well.
    m_f.child<QComboBox>("profileComboBox")->setCurrentIndex(0);
    QVERIFY(!card->isVisible());
    QVERIFY(!m_f.pane->fortuneSession()->hasResult());
}

void TestSajuFortune::serverFieldErrorMarksTheField_data()
{
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("where"); // form error label or "pillar:<pos>" / "note"
    QTest::newRow("missing_field userName")
        << QStringLiteral("missing_field") << QStringLiteral("userName") << QStringLiteral("nameErrorLabel");
    QTest::newRow("invalid_field saju.pillars.day")
        << QStringLiteral("invalid_field") << QStringLiteral("saju.pillars.day") << QStringLiteral("pillar:day");
    QTest::newRow("missing_field saju.pillars.month")
        << QStringLiteral("missing_field") << QStringLiteral("saju.pillars.month") << QStringLiteral("pillar:month");
    QTest::newRow("invalid_saju saju") << QStringLiteral("invalid_saju") << QStringLiteral("saju")
                                       << QStringLiteral("pillar:");
    QTest::newRow("invalid_date date") << QStringLiteral("invalid_date") << QStringLiteral("date")
                                       << QStringLiteral("note");
}

void TestSajuFortune::serverFieldErrorMarksTheField()
{
    QFETCH(QString, code);
    QFETCH(QString, field);
    QFETCH(QString, where);
    const QJsonObject body{
        {QStringLiteral("success"), false},
        {QStringLiteral("error"),
         QJsonObject{{QStringLiteral("code"), code},
                     {QStringLiteral("message"), QStringLiteral("필드 값이 올바르지 않습니다.")},
                     {QStringLiteral("hint"), QStringLiteral("값을 확인하세요.")},
                     {QStringLiteral("field"), field}}},
        {QStringLiteral("meta"), QJsonObject{{QStringLiteral("requestId"), QStringLiteral("req_f1")}}}};
    m_f.env->server.enqueue(QStringLiteral("/api/daily-fortune-stream"),
                            FakeResponse::fixed(400, QJsonDocument(body).toJson(QJsonDocument::Compact)));
    enterExample();
    getAndWait();
    QString shown;
    if (where.startsWith(QLatin1String("pillar:"))) {
        const QString position = where.mid(7);
        QCOMPARE(m_f.pane->chartView()->markedPillar(), position);
        auto *label = m_f.child<QLabel>("pillarErrorLabel");
        QVERIFY(label->isVisible());
        shown = label->text();
        QCOMPARE(m_f.child<QTabWidget>("sajuTabs")->currentIndex(), 0);
        if (!position.isEmpty()) {
            QVERIFY(
                m_f.child<QLabel>(QStringLiteral("pillarHeader_") + position)->text().startsWith(QStringLiteral("⚠")));
            QCOMPARE(QApplication::focusWidget(),
                     m_f.window->findChild<QWidget *>(QStringLiteral("stemTile_") + position));
        }
    } else if (where == QLatin1String("note")) {
        shown = m_f.pane->fortuneView()->statusText();
        QCOMPARE(QApplication::focusWidget(), m_f.child<QDateEdit>("fortuneDateEdit"));
    } else {
        auto *label = m_f.child<QLabel>(where);
        QVERIFY(label->isVisible());
        shown = label->text();
        QCOMPARE(QApplication::focusWidget(), m_f.child<QLineEdit>("nameLineEdit"));
    }
    if (const QString dir = qEnvironmentVariable("SAJUDESK_SCREENSHOT_DIR"); !dir.isEmpty()) {
        QTest::qWait(200);
        m_f.window->grab().save(
            dir
            + QStringLiteral("/field-error-%1.png")
                  .arg(QString::fromLatin1(QTest::currentDataTag()).replace(QLatin1Char(' '), QLatin1Char('_'))));
    }
    QVERIFY2(shown.contains(QStringLiteral("필드 값이 올바르지 않습니다.")), qPrintable(shown));
    QVERIFY2(shown.contains(QStringLiteral("값을 확인하세요.")), qPrintable(shown));
    // Changing the birth data clears the server's complaint.
    m_f.child<QTimeEdit>("birthTimeEdit")->setTime(QTime(6, 0));
    QVERIFY(m_f.pane->chartView()->markedPillar().isEmpty() || !m_f.child<QLabel>("pillarErrorLabel")->isVisible());
}

void TestSajuFortune::focusFieldForEveryContractPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("focused");
    QTest::newRow("userName") << QStringLiteral("userName") << QStringLiteral("nameLineEdit");
    QTest::newRow("date") << QStringLiteral("date") << QStringLiteral("fortuneDateEdit");
    QTest::newRow("targetDate") << QStringLiteral("targetDate") << QStringLiteral("fortuneDateEdit");
    QTest::newRow("type") << QStringLiteral("type") << QStringLiteral("fortuneOnlyCheckBox");
    QTest::newRow("saju.pillars.year") << QStringLiteral("saju.pillars.year") << QStringLiteral("stemTile_year");
    QTest::newRow("saju.pillars.month") << QStringLiteral("saju.pillars.month") << QStringLiteral("stemTile_month");
    QTest::newRow("saju.pillars.day") << QStringLiteral("saju.pillars.day") << QStringLiteral("stemTile_day");
    QTest::newRow("saju.pillars.hour") << QStringLiteral("saju.pillars.hour") << QStringLiteral("stemTile_hour");
    QTest::newRow("saju.pillars.day.stem.hangul")
        << QStringLiteral("saju.pillars.day.stem.hangul") << QStringLiteral("stemTile_day");
    QTest::newRow("saju.dayMaster") << QStringLiteral("saju.dayMaster") << QStringLiteral("stemTile_day");
    QTest::newRow("saju") << QStringLiteral("saju") << QStringLiteral("chartGrid");
    QTest::newRow("birth.hour (a birth time field)") << QStringLiteral("birth.hour") << QStringLiteral("birthTimeEdit");
    QTest::newRow("model (not in this pane)") << QStringLiteral("model") << QString();
}

void TestSajuFortune::focusFieldForEveryContractPath()
{
    QFETCH(QString, path);
    QFETCH(QString, focused);
    enterExample();
    m_f.child<QTabWidget>("sajuTabs")->setCurrentIndex(1);
    QCOMPARE(m_f.pane->focusField(path), !focused.isEmpty());
    if (!focused.isEmpty())
        QCOMPARE(QApplication::focusWidget(), m_f.window->findChild<QWidget *>(focused));
}

void TestSajuFortune::discussInChatCreatesConversation()
{
    enterExample();
    const int before = m_f.window->chatPane()->conversationCount();
    QTest::mouseClick(m_f.child<QPushButton>("discussInChatButton"), Qt::LeftButton);
    QCOMPARE(m_f.child<QTabWidget>("areaTabs")->currentIndex(), 0);
    QCOMPARE(m_f.window->chatPane()->conversationCount(), before + 1);
    const Conversation c = m_f.window->chatPane()->currentConversation();
    QVERIFY(c.title.contains(QStringLiteral("이서준")));
    QVERIFY2(c.settings.systemPrompt.contains(QStringLiteral("壬申")), qPrintable(c.settings.systemPrompt));
    QVERIFY(c.settings.systemPrompt.contains(QStringLiteral("갑목")));
    QVERIFY(!c.draft.isEmpty());
}

void TestSajuFortune::cachedFortuneShownAtOnceWithRefresh()
{
    const QString stream = QStringLiteral("/api/daily-fortune-stream");
    enterExample();
    QTest::mouseClick(m_f.child<QPushButton>("saveProfileButton"), Qt::LeftButton);
    getAndWait();
    QCOMPARE(m_f.env->server.requestCount(stream), 1);
    auto *card = m_f.child<QGroupBox>("fortuneCard");
    auto *cached = m_f.child<QLabel>("fortuneCachedLabel");
    auto *refresh = m_f.child<QPushButton>("refreshFortuneButton");
    QVERIFY(card->isVisible());
    QVERIFY(!cached->isVisible()); // just fetched, not from the cache
    QVERIFY(refresh->isVisible());

    auto *profiles = m_f.child<QComboBox>("profileComboBox");
    profiles->setCurrentIndex(0);
    QVERIFY(!card->isVisible());
    // Back to 이서준: the answer already paid for is there at once, marked as cached.
    profiles->setCurrentIndex(1);
    QVERIFY(card->isVisible());
    QVERIFY(cached->isVisible());
    QVERIFY2(cached->text().startsWith(QStringLiteral("cached · fetched ")), qPrintable(cached->text()));
    QCOMPARE(cached->text(), FortuneText::cachedNote(m_f.pane->fortuneSession()->fetchedAt()));
    QVERIFY(m_f.child<QLabel>("fortuneMetaLabel")->text().contains(QStringLiteral("req_")));
    QVERIFY(m_f.child<QLabel>("fortuneMetaLabel")->text().contains(QStringLiteral("126.978° E")));
    QCOMPARE(m_f.env->server.requestCount(stream), 1);

    // Get Fortune again: still the cache, nothing sent.
    getAndWait();
    QCOMPARE(m_f.env->server.requestCount(stream), 1);
    QVERIFY(cached->isVisible());
    // Refresh asks the service again, and the answer is fresh.
    QTest::mouseClick(refresh, Qt::LeftButton);
    QTRY_VERIFY_WITH_TIMEOUT(!m_f.pane->isBusy(), 10000);
    QCOMPARE(m_f.env->server.requestCount(stream), 2);
    QVERIFY(!cached->isVisible());
    QVERIFY(card->isVisible());
}

void TestSajuFortune::switchingAwayLetsTheAnswerReachTheCache()
{
    const QString stream = QStringLiteral("/api/daily-fortune-stream");
    m_f.env->server.enqueue(stream, FakeResponse::handler().withEventDelay(150));
    enterExample();
    QTest::mouseClick(m_f.child<QPushButton>("saveProfileButton"), Qt::LeftButton);
    QTest::mouseClick(m_f.child<QPushButton>("getFortuneButton"), Qt::LeftButton);
    QVERIFY(m_f.pane->isBusy());
    // Another person while the answer streams: nothing of it is shown for them …
    m_f.child<QComboBox>("profileComboBox")->setCurrentIndex(0);
    QVERIFY(!m_f.pane->isBusy());
    QVERIFY(!m_f.child<QGroupBox>("fortuneCard")->isVisible());
    QTest::qWait(1500);
    QVERIFY(!m_f.pane->fortuneSession()->hasResult());
    // … but it was not thrown away: back to 이서준, it is there without a second request.
    m_f.child<QComboBox>("profileComboBox")->setCurrentIndex(1);
    QTRY_VERIFY(m_f.pane->fortuneSession()->hasResult());
    QVERIFY(m_f.pane->fortuneSession()->isCached());
    QCOMPARE(m_f.env->server.requestCount(stream), 1);
}

void TestSajuFortune::discussContextIsExactPlainText()
{
    enterExample();
    const QString expected = QStringLiteral(
        "Name: 이서준\n"
        "Birth: 1992-08-26 05:40 (solar calendar)\n"
        "Birthplace longitude: 126.978° E\n"
        "Zi (子) hour rule: split at midnight (야자시/조자시)\n"
        "Daylight saving time: not in effect at the birth time\n"
        "Four pillars:\n"
        "  Year: 壬申 (임신)\n"
        "  Month: 戊申 (무신)\n"
        "  Day: 甲戌 (갑술)\n"
        "  Hour: 丁卯 (정묘)\n"
        "Day master: 甲 (갑목), element Wood\n"
        "Five elements: Wood 2, Fire 1, Earth 2, Metal 2, Water 1\n"
        "Current 10-year luck (대운): 壬子 (임자), ages 34–43\n"
        "\n"
        "Answer the user's questions about this saju and fortune kindly and concretely, in the user's language.");
    QCOMPARE(m_f.pane->chatContext(), expected);
    QTest::mouseClick(m_f.child<QPushButton>("discussInChatButton"), Qt::LeftButton);
    QCOMPARE(m_f.window->chatPane()->currentConversation().settings.systemPrompt, expected);

    // With today's fortune: still plain labelled text, no markup or entities anywhere.
    m_f.child<QTabWidget>("areaTabs")->setCurrentIndex(1);
    getAndWait();
    const QString context = m_f.pane->chatContext();
    QVERIFY(context.startsWith(expected.section(QStringLiteral("\n\n"), 0, 0)));
    QVERIFY2(context.contains(QStringLiteral("\nFortune for ")), qPrintable(context));
    QVERIFY2(context.contains(QStringLiteral("Lacking element: Earth")), qPrintable(context));
    for (const char *markup : {"&nbsp;", "&amp;", "&lt;", "&#", "<p", "<b>", "<br", "</"})
        QVERIFY2(!context.contains(QLatin1String(markup)), markup);
    QTest::mouseClick(m_f.child<QPushButton>("discussInChatButton"), Qt::LeftButton);
    QCOMPARE(m_f.window->chatPane()->currentConversation().settings.systemPrompt, context);
}

void TestSajuFortune::serviceValuesInTheUiLanguage()
{
    enterExample();
    getAndWait();
    auto *card = m_f.child<QLabel>("fortuneCardLabel");
    QVERIFY2(card->text().contains(QStringLiteral("Lacking element: Earth")), qPrintable(card->text()));
    QVERIFY(!card->text().contains(QStringLiteral("earth")));
    SajuPaneFixture::setLanguage(m_languages, QStringLiteral("ko"));
    QVERIFY2(card->text().contains(QStringLiteral("부족한 오행: 토(土)")), qPrintable(card->text()));
    QVERIFY(m_f.child<QLabel>("tendencyCardLabel")->text().contains(QStringLiteral("약점: ")));
    // The day in the UI language, not the service's wording.
    QVERIFY(card->text().contains(QLocale().toString(m_f.pane->fortuneSession()->params().date, QLocale::LongFormat)));

    // A failure's status line is worded again when the language changes.
    SajuPaneFixture::setLanguage(m_languages, QStringLiteral("en"));
    m_f.env->server.enqueue(QStringLiteral("/api/daily-fortune-stream"),
                            FakeResponse::sajuError(402, QStringLiteral("insufficient_credits")));
    m_f.child<QTimeEdit>("birthTimeEdit")->setTime(QTime(9, 40)); // another hour pillar: not cached
    getAndWait();
    QVERIFY2(m_f.pane->fortuneView()->statusText().startsWith(QStringLiteral("No fortune: ")),
             qPrintable(m_f.pane->fortuneView()->statusText()));
    SajuPaneFixture::setLanguage(m_languages, QStringLiteral("ko"));
    QVERIFY2(m_f.pane->fortuneView()->statusText().startsWith(QStringLiteral("운세를 받지 못했습니다: ")),
             qPrintable(m_f.pane->fortuneView()->statusText()));
    SajuPaneFixture::setLanguage(m_languages, QStringLiteral("en"));
}

QTEST_MAIN(TestSajuFortune)
#include "tst_saju_fortune.moc"
