// SPDX-License-Identifier: GPL-3.0-or-later
// The real MainWindow under the offscreen platform: every area exists, the language switches
// at run time, the error dock follows its entries, and the last open area is restored.
#include "MainWindow.h"
#include "chat/ChatPane.h"
#include "core/CoreLibrary.h"
#include "core/LanguageManager.h"
#include "errors/ErrorPanel.h"

#include <QAbstractButton>
#include <QAction>
#include <QDockWidget>
#include <QLabel>
#include <QMenuBar>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>

using namespace sajudesk;

class TestMainWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void everyAreaExists_data();
    void everyAreaExists();
    void switchesLanguageAtRunTime();
    void errorDockFollowsEntries();
    void restoresLastArea();
    void mnemonicsAreUniquePerArea_data();
    void mnemonicsAreUniquePerArea();

private:
    LanguageManager *m_languages = nullptr;
};

void TestMainWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initCore();
    m_languages = new LanguageManager(this);
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestMainWindow::everyAreaExists_data()
{
    QTest::addColumn<QString>("objectName");
    QTest::addColumn<QString>("className");
    QTest::newRow("chat area") << QStringLiteral("chatPane") << QStringLiteral("sajudesk::ChatPane");
    QTest::newRow("saju area") << QStringLiteral("sajuPane") << QStringLiteral("sajudesk::SajuPane");
    QTest::newRow("model picker") << QStringLiteral("modelPicker") << QStringLiteral("sajudesk::ModelPicker");
    QTest::newRow("error panel") << QStringLiteral("errorPanel") << QStringLiteral("sajudesk::ErrorPanel");
    QTest::newRow("error dock") << QStringLiteral("errorPanelDock") << QStringLiteral("QDockWidget");
    QTest::newRow("area tabs") << QStringLiteral("areaTabs") << QStringLiteral("QTabWidget");
    QTest::newRow("toolbar") << QStringLiteral("mainToolBar") << QStringLiteral("QToolBar");
    QTest::newRow("status bar") << QStringLiteral("mainStatusBar") << QStringLiteral("QStatusBar");
    QTest::newRow("file menu") << QStringLiteral("fileMenu") << QStringLiteral("QMenu");
    QTest::newRow("settings menu") << QStringLiteral("settingsMenu") << QStringLiteral("QMenu");
    QTest::newRow("language menu") << QStringLiteral("languageMenu") << QStringLiteral("QMenu");
    QTest::newRow("help menu") << QStringLiteral("helpMenu") << QStringLiteral("QMenu");
}

void TestMainWindow::everyAreaExists()
{
    QFETCH(QString, objectName);
    QFETCH(QString, className);
    MainWindow window(m_languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (objectName == QLatin1String("sajuPane")) {
        // Made when its tab is first shown, not before the first frame.
        QVERIFY(!window.findChild<QObject *>(objectName));
        window.findChild<QTabWidget *>(QStringLiteral("areaTabs"))->setCurrentIndex(1);
    }
    QObject *found = window.findChild<QObject *>(objectName);
    QVERIFY2(found, qPrintable(objectName));
    QCOMPARE(QString::fromLatin1(found->metaObject()->className()), className);
    if (auto *dock = qobject_cast<QDockWidget *>(found))
        QVERIFY2(!dock->isVisible(), "the error dock must stay hidden while it is empty");
}

void TestMainWindow::switchesLanguageAtRunTime()
{
    MainWindow window(m_languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("areaTabs"));
    auto *send = window.findChild<QPushButton *>(QStringLiteral("sendButton"));
    QVERIFY(tabs && send);
    const QString englishTab = tabs->tabText(0);
    const QString englishSend = send->text();
    const QString englishTitle = window.menuBar()->actions().first()->text();
    QCOMPARE(englishTab, QStringLiteral("Chat"));

    m_languages->setLanguage(QStringLiteral("ko"));
    QTRY_COMPARE(tabs->tabText(0), QStringLiteral("채팅"));
    QVERIFY(send->text() != englishSend);
    QVERIFY(window.menuBar()->actions().first()->text() != englishTitle);
    QCOMPARE(QSettings().value(QStringLiteral("ui/language")).toString(), QStringLiteral("ko"));
    auto *koAction = window.findChild<QAction *>(QStringLiteral("languageKoAction"));
    QVERIFY(koAction && koAction->isChecked());

    // Back to English through the menu action, as a user would.
    auto *enAction = window.findChild<QAction *>(QStringLiteral("languageEnAction"));
    QVERIFY(enAction);
    enAction->trigger();
    QTRY_COMPARE(tabs->tabText(0), englishTab);
    QCOMPARE(send->text(), englishSend);
}

void TestMainWindow::errorDockFollowsEntries()
{
    MainWindow window(m_languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *dock = window.findChild<QDockWidget *>(QStringLiteral("errorPanelDock"));
    auto *panel = window.findChild<ErrorPanel *>(QStringLiteral("errorPanel"));
    QVERIFY(dock && panel);
    QVERIFY(!dock->isVisible());

    ApiError error;
    error.service = ApiError::Service::Saju;
    error.kind = ApiError::Kind::Http;
    error.httpStatus = 429;
    error.code = QStringLiteral("daily_limit_exceeded");
    error.message = QStringLiteral("일일 한도를 초과했습니다");
    error.requestId = QStringLiteral("req_p0c7t1");
    error.endpoint = QStringLiteral("/api/daily-fortune");
    error.localTime = QDateTime::currentDateTimeUtc();
    panel->addError(error);
    QTRY_VERIFY(dock->isVisible());
    QVERIFY(panel->supportReportText().contains(QStringLiteral("req_p0c7t1")));

    auto *clear = window.findChild<QPushButton *>(QStringLiteral("clearErrorsButton"));
    QVERIFY(clear);
    QTest::mouseClick(clear, Qt::LeftButton);
    QTRY_VERIFY(!dock->isVisible());
}

void TestMainWindow::restoresLastArea()
{
    {
        MainWindow window(m_languages);
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("areaTabs"));
        tabs->setCurrentIndex(1);
        window.resize(760, 620); // fits the 800x800 offscreen screen, so it is restored as it was
        window.close();
    }
    MainWindow again(m_languages);
    again.show();
    QVERIFY(QTest::qWaitForWindowExposed(&again));
    QCOMPARE(again.findChild<QTabWidget *>(QStringLiteral("areaTabs"))->currentIndex(), 1);
    QCOMPARE(again.size(), QSize(760, 620));
}

void TestMainWindow::mnemonicsAreUniquePerArea_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("area");
    for (const char *lang : {"en", "ko"})
        for (const char *area : {"chatPane", "sajuPane"})
            QTest::addRow("%s %s", lang, area) << QString::fromLatin1(lang) << QString::fromLatin1(area);
}

void TestMainWindow::mnemonicsAreUniquePerArea()
{
    // Alt+letter must reach exactly one control: the menu bar's titles and every labelled control
    // of the visible area share the same window, so a repeated letter makes one unreachable.
    QFETCH(QString, language);
    QFETCH(QString, area);
    m_languages->setLanguage(language);
    MainWindow window(m_languages);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    if (area == QLatin1String("sajuPane"))
        window.findChild<QTabWidget *>(QStringLiteral("areaTabs"))->setCurrentIndex(1);
    QWidget *pane = window.findChild<QWidget *>(area);
    QVERIFY(pane);

    QHash<QString, QString> owners; // mnemonic key -> text that owns it
    QStringList clashes;
    auto claim = [&](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (key.isEmpty())
            return;
        const QString name = key.toString();
        if (owners.contains(name))
            clashes << QStringLiteral("%1: \"%2\" and \"%3\"").arg(name, owners.value(name), text);
        else
            owners.insert(name, text);
    };
    for (QAction *menu : window.menuBar()->actions())
        claim(menu->text());
    for (QLabel *label : pane->findChildren<QLabel *>())
        if (label->buddy())
            claim(label->text());
    for (QAbstractButton *button : pane->findChildren<QAbstractButton *>())
        claim(button->text());
    QVERIFY2(clashes.isEmpty(), qPrintable(clashes.join(QStringLiteral("; "))));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
