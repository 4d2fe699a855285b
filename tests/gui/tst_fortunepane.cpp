// SPDX-License-Identifier: GPL-3.0-or-later
// The fortune form in the real main window: Hangul name, live four-pillar preview with the
// engine's cautions, typed validation errors, a fortune streamed from FakeApiServer into cards,
// profiles, and "Discuss in chat" seeding a new conversation.
#include "FortunePane.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "chat/ChatPane.h"
#include "core/CoreLibrary.h"
#include "core/LanguageManager.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QGroupBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTest>
#include <QTimeEdit>

using namespace sajudesk;
using namespace sajudesk::guitest;

class TestFortunePane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void hangulNameAndPreview();
    void timeUnknownGivesThreePillars();
    void jieDayShowsBothCandidates();
    void invalidInputShowsTypedError_data();
    void invalidInputShowsTypedError();
    void leapMonthOnlyForLunar();
    void getFortuneFillsCards();
    void rateLimitedFortuneCountsDownThenArrives();
    void discussInChatCreatesConversation();
    void profilesSaveAndLoad();

private:
    template <typename T>
    T *child(const char *name) const
    {
        T *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("missing child %s", name);
        return w;
    }
    void fillBirth(const QString &date, const QTime &time);

    LanguageManager *m_languages = nullptr;
    std::unique_ptr<Environment> m_env;
    std::unique_ptr<MainWindow> m_window;
    FortunePane *m_pane = nullptr;
};

void TestFortunePane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initCore();
    useTestSettings();
    registerApiErrorMetaType();
    m_languages = new LanguageManager(this);
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestFortunePane::init()
{
    QSettings().clear();
    QSettings().setValue(QStringLiteral("ui/language"), QStringLiteral("en"));
    m_env = std::make_unique<Environment>();
    QVERIFY(m_env->start());
    m_window = std::make_unique<MainWindow>(m_languages, m_env->services.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    child<QTabWidget>("areaTabs")->setCurrentIndex(1);
    m_pane = m_window->fortunePane();
}

void TestFortunePane::cleanup()
{
    m_window.reset();
    m_env.reset();
}

void TestFortunePane::fillBirth(const QString &date, const QTime &time)
{
    auto *dateEdit = child<QLineEdit>("birthDateEdit");
    dateEdit->clear();
    QTest::keyClicks(dateEdit, date);
    child<QTimeEdit>("birthTimeEdit")->setTime(time);
}

void TestFortunePane::hangulNameAndPreview()
{
    auto *name = child<QLineEdit>("nameLineEdit");
    commitText(name, QStringLiteral("이서준"));
    QCOMPARE(name->text(), QStringLiteral("이서준"));
    fillBirth(QStringLiteral("1992-08-26"), QTime(5, 40));
    QCOMPARE(child<QComboBox>("ziRuleComboBox")->currentIndex(), 0); // split is the default
    QCOMPARE(m_pane->pillarsText(), QStringLiteral("壬申 戊申 甲戌 丁卯"));
    const QString shown = child<QLabel>("pillarsPreview")->text();
    for (const char *pillar : {"壬申", "戊申", "甲戌", "丁卯"})
        QVERIFY2(shown.contains(QString::fromUtf8(pillar)), pillar);
    QVERIFY(shown.contains(QStringLiteral("갑목")));
    QVERIFY(m_pane->formError().isEmpty());
    QVERIFY(!child<QLabel>("formErrorLabel")->isVisible());
    QVERIFY(child<QPushButton>("getFortuneButton")->isEnabled());
}

void TestFortunePane::timeUnknownGivesThreePillars()
{
    fillBirth(QStringLiteral("1992-08-26"), QTime(5, 40));
    QTest::mouseClick(child<QCheckBox>("timeUnknownCheckBox"), Qt::LeftButton);
    QVERIFY(!child<QTimeEdit>("birthTimeEdit")->isEnabled());
    QCOMPARE(m_pane->pillarsText(), QStringLiteral("壬申 戊申 甲戌"));
    QVERIFY(child<QLabel>("previewNotesLabel")->text().contains(QStringLiteral("three pillars")));
}

void TestFortunePane::jieDayShowsBothCandidates()
{
    // 立春 2024 falls on 2024-02-04 17:27 KST: without the time the year and month are open.
    fillBirth(QStringLiteral("2024-02-04"), QTime(12, 0));
    child<QCheckBox>("timeUnknownCheckBox")->setChecked(true);
    const QString notes = child<QLabel>("previewNotesLabel")->text();
    QVERIFY2(notes.contains(QStringLiteral("立春")), qPrintable(notes));
    for (const char *candidate : {"癸卯", "乙丑", "甲辰", "丙寅"})
        QVERIFY2(notes.contains(QString::fromUtf8(candidate)), candidate);
    QVERIFY(notes.contains(QStringLiteral("Enter the birth time")));
}

void TestFortunePane::invalidInputShowsTypedError_data()
{
    QTest::addColumn<QString>("date");
    QTest::addColumn<bool>("lunar");
    QTest::addColumn<bool>("leap");
    QTest::addColumn<QString>("expected");
    // 2023 has a leap 2nd month (윤2월), not a leap 3rd month.
    QTest::newRow("nonexistent leap month") << QStringLiteral("2023-03-01") << true << true << QStringLiteral("leap");
    QTest::newRow("february 29 in 2023") << QStringLiteral("2023-02-29") << false << false << QStringLiteral("2023");
    QTest::newRow("before 1900") << QStringLiteral("1899-12-31") << false << false << QStringLiteral("1900");
    QTest::newRow("incomplete date") << QStringLiteral("1992-08") << false << false << QStringLiteral("YYYY-MM-DD");
}

void TestFortunePane::invalidInputShowsTypedError()
{
    QFETCH(QString, date);
    QFETCH(bool, lunar);
    QFETCH(bool, leap);
    QFETCH(QString, expected);
    commitText(child<QLineEdit>("nameLineEdit"), QStringLiteral("김하늘"));
    child<QCheckBox>("lunarCheckBox")->setChecked(lunar);
    child<QCheckBox>("leapMonthCheckBox")->setChecked(leap);
    fillBirth(date, QTime(9, 0));
    QVERIFY(!m_pane->formError().isEmpty());
    auto *error = child<QLabel>("formErrorLabel");
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(expected, Qt::CaseInsensitive), qPrintable(error->text()));
    QVERIFY(m_pane->pillarsText().isEmpty());
    QVERIFY(!child<QPushButton>("getFortuneButton")->isEnabled());
    QVERIFY(!child<QPushButton>("discussInChatButton")->isEnabled());
}

void TestFortunePane::leapMonthOnlyForLunar()
{
    auto *leap = child<QCheckBox>("leapMonthCheckBox");
    QVERIFY(!leap->isEnabled());
    child<QCheckBox>("lunarCheckBox")->setChecked(true);
    QVERIFY(leap->isEnabled());
    // Lunar 2023-윤02-29 exists although solar 2023-02-29 does not: the text field can hold it.
    leap->setChecked(true);
    fillBirth(QStringLiteral("2023-02-29"), QTime(10, 0));
    QVERIFY2(m_pane->formError().isEmpty(), qPrintable(m_pane->formError()));
    QVERIFY(child<QLabel>("previewNotesLabel")->text().contains(QStringLiteral("solar date")));
    child<QCheckBox>("lunarCheckBox")->setChecked(false);
    QVERIFY(!leap->isEnabled());
    QVERIFY(!leap->isChecked());
}

void TestFortunePane::getFortuneFillsCards()
{
    commitText(child<QLineEdit>("nameLineEdit"), QStringLiteral("이서준"));
    fillBirth(QStringLiteral("1992-08-26"), QTime(5, 40));
    QTest::mouseClick(child<QPushButton>("getFortuneButton"), Qt::LeftButton);
    QVERIFY(m_pane->isBusy());
    QTRY_VERIFY(!m_pane->isBusy());
    QCOMPARE(m_pane->receivedSections(),
             QStringList({QStringLiteral("character"), QStringLiteral("tendency"), QStringLiteral("fortune")}));
    for (const char *card : {"characterCard", "tendencyCard", "fortuneCard"})
        QVERIFY2(child<QGroupBox>(card)->isVisible(), card);
    QVERIFY(!child<QLabel>("fortuneCardLabel")->text().isEmpty());
    QVERIFY(child<QLabel>("fortuneMetaLabel")->text().contains(QStringLiteral("req_")));
    const FakeRequest sent = m_env->server.requests(QStringLiteral("/api/daily-fortune-stream")).last();
    QVERIFY(sent.body.contains("이서준"));
    QVERIFY(sent.body.contains("壬"));
    // The status bar shows what X-RateLimit-* said.
    QTRY_VERIFY(child<QLabel>("rateLimitLabel")->isVisible());
    QVERIFY(child<QLabel>("rateLimitLabel")->text().contains(QStringLiteral("left")));
}

void TestFortunePane::rateLimitedFortuneCountsDownThenArrives()
{
    m_env->server.enqueue(QStringLiteral("/api/daily-fortune-stream"),
                          FakeResponse::sajuError(429, QStringLiteral("rate_limited"), 2));
    commitText(child<QLineEdit>("nameLineEdit"), QStringLiteral("최유나"));
    fillBirth(QStringLiteral("1988-05-15"), QTime(14, 30));
    QTest::mouseClick(child<QPushButton>("getFortuneButton"), Qt::LeftButton);
    auto *banner = child<QWidget>("fortuneRetryBanner");
    QTRY_VERIFY(banner->isVisible());
    const QString text = child<QLabel>("fortuneRetryCountdownLabel")->text();
    QVERIFY2(text.contains(QStringLiteral("Rate limited")) && text.contains(QStringLiteral("attempt 2/")),
             qPrintable(text));
    QVERIFY(child<QPushButton>("cancelFortuneButton")->isVisible());
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->isBusy(), 10000);
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_pane->receivedSections().size(), 3);
}

void TestFortunePane::discussInChatCreatesConversation()
{
    commitText(child<QLineEdit>("nameLineEdit"), QStringLiteral("이서준"));
    fillBirth(QStringLiteral("1992-08-26"), QTime(5, 40));
    const int before = m_window->chatPane()->conversationCount();
    QTest::mouseClick(child<QPushButton>("discussInChatButton"), Qt::LeftButton);
    QCOMPARE(child<QTabWidget>("areaTabs")->currentIndex(), 0);
    QCOMPARE(m_window->chatPane()->conversationCount(), before + 1);
    const Conversation c = m_window->chatPane()->currentConversation();
    QVERIFY(c.title.contains(QStringLiteral("이서준")));
    QVERIFY2(c.settings.systemPrompt.contains(QStringLiteral("壬申")), qPrintable(c.settings.systemPrompt));
    QVERIFY(c.settings.systemPrompt.contains(QStringLiteral("갑목")));
    QVERIFY(!c.draft.isEmpty());
}

void TestFortunePane::profilesSaveAndLoad()
{
    commitText(child<QLineEdit>("nameLineEdit"), QStringLiteral("박지민"));
    fillBirth(QStringLiteral("1992-08-26"), QTime(5, 40));
    child<QComboBox>("cityComboBox")->setCurrentIndex(1);
    QTest::mouseClick(child<QPushButton>("saveProfileButton"), Qt::LeftButton);
    auto *profiles = child<QComboBox>("profileComboBox");
    QCOMPARE(profiles->count(), 2);
    QVERIFY(profiles->currentText().contains(QStringLiteral("박지민")));
    const double longitude = child<QDoubleSpinBox>("longitudeSpinBox")->value();

    profiles->setCurrentIndex(0);
    child<QLineEdit>("nameLineEdit")->clear();
    fillBirth(QStringLiteral("2000-01-01"), QTime(1, 0));
    profiles->setCurrentIndex(1);
    QCOMPARE(child<QLineEdit>("nameLineEdit")->text(), QStringLiteral("박지민"));
    QCOMPARE(child<QLineEdit>("birthDateEdit")->text(), QStringLiteral("1992-08-26"));
    QCOMPARE(child<QTimeEdit>("birthTimeEdit")->time(), QTime(5, 40));
    QCOMPARE(child<QDoubleSpinBox>("longitudeSpinBox")->value(), longitude);
    QTest::mouseClick(child<QPushButton>("deleteProfileButton"), Qt::LeftButton);
    QCOMPARE(profiles->count(), 1);
}

QTEST_MAIN(TestFortunePane)
#include "tst_fortunepane.moc"
