// SPDX-License-Identifier: GPL-3.0-or-later
// The whole window with its services: usable with no keys (panes explain and offer demo mode),
// demo mode comes up with no keys, models load into the picker, and "Copy for support" puts a
// report of a real failure on the clipboard without the key.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ModelPicker.h"
#include "chat/ChatPane.h"
#include "core/CoreLibrary.h"
#include "core/LanguageManager.h"
#include "saju/SajuPane.h"
#include "sajuapi/SajuApiConfig.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDialog>
#include <QDockWidget>
#include <QFrame>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTabWidget>
#include <QTest>
#include <QTimeEdit>
#include <QWidget>

using namespace sajudesk;
using namespace sajudesk::guitest;

class TestAppWindow : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void noKeysExplainsWhatIsMissing();
    void tryDemoButtonStartsDemoMode();
    void demoModeComesUpWithNoKeys();
    void modelsLoadIntoPicker();
    void rememberedModelReachesChat();
    void copyForSupportHasNoKey();
    void settingsTestKeyUsesTheRealServices();
    void interactiveWidgetsAreNamed();
    void chatInputHasFocusAtStart();
    void statusLabelsAreSeparated();

private:
    void makeWindow(bool withKeys, bool demo);
    template <typename T>
    T *child(const char *name) const
    {
        T *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("missing child %s", name);
        return w;
    }

    LanguageManager *m_languages = nullptr;
    std::unique_ptr<Environment> m_env;
    std::unique_ptr<MainWindow> m_window;
};

void TestAppWindow::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initCore();
    useTestSettings();
    registerApiErrorMetaType();
    m_languages = new LanguageManager(this);
}

void TestAppWindow::init()
{
    QSettings().clear();
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestAppWindow::cleanup()
{
    m_window.reset();
    m_env.reset();
}

void TestAppWindow::makeWindow(bool withKeys, bool demo)
{
    m_env = std::make_unique<Environment>();
    QVERIFY(m_env->start(withKeys, demo));
    m_window = std::make_unique<MainWindow>(m_languages, m_env->services.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

void TestAppWindow::noKeysExplainsWhatIsMissing()
{
    makeWindow(false, false);
    auto *chatNotice = child<QWidget>("chatKeyNotice");
    QVERIFY(chatNotice->isVisible());
    QVERIFY(child<QLabel>("chatNoticeLabel")->text().contains(QStringLiteral("RunYour AI")));
    QVERIFY(child<QPushButton>("chatOpenKeysButton")->isVisible());
    QVERIFY(child<QPushButton>("chatTryDemoButton")->isVisible());
    QVERIFY(child<QLabel>("keyStatusLabel")->text().contains(QStringLiteral("no key")));
    QVERIFY(child<QAction>("tryDemoAction")->isVisible());
    child<QTabWidget>("areaTabs")->setCurrentIndex(1);
    child<QTabWidget>("sajuTabs")->setCurrentIndex(1);
    QVERIFY(child<QWidget>("fortuneKeyNotice")->isVisible());
    // The preview still works offline.
    child<QLineEdit>("birthDateEdit")->setText(QStringLiteral("1992-08-26"));
    child<QTimeEdit>("birthTimeEdit")->setTime(QTime(5, 40));
    QCOMPARE(m_window->sajuPane()->pillarsText(), QStringLiteral("壬申 戊申 甲戌 丁卯"));
    // Sending without a key: no request, the text stays.
    child<QTabWidget>("areaTabs")->setCurrentIndex(0);
    commitText(child<QWidget>("chatInput"), QStringLiteral("키가 없어요"));
    m_window->chatPane()->send();
    QVERIFY(!m_window->chatPane()->isBusy());
    QCOMPARE(m_env->server.requestCount(QStringLiteral("/v1/chat/completions")), 0);
    // Open API Keys shows the settings dialog (non-modal).
    QTest::mouseClick(child<QPushButton>("chatOpenKeysButton"), Qt::LeftButton);
    QTRY_VERIFY(m_window->findChild<QDialog *>(QStringLiteral("settingsDialog")));
    QTRY_VERIFY(m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"))->isVisible());
    m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"))->close();
}

void TestAppWindow::tryDemoButtonStartsDemoMode()
{
    makeWindow(false, false);
    QTest::mouseClick(child<QPushButton>("chatTryDemoButton"), Qt::LeftButton);
    QVERIFY(m_env->services->isDemo());
    QVERIFY(child<QLabel>("demoModeLabel")->isVisible());
    QVERIFY(!child<QWidget>("chatKeyNotice")->isVisible());
    QTRY_VERIFY(!m_window->modelPicker()->chatModels().isEmpty());
}

void TestAppWindow::demoModeComesUpWithNoKeys()
{
    makeWindow(false, true);
    QVERIFY(m_env->services->isDemo());
    QVERIFY(m_window->windowTitle().contains(QStringLiteral("Demo")));
    QVERIFY(child<QLabel>("demoModeLabel")->isVisible());
    QVERIFY(child<QLabel>("keyStatusLabel")->text().contains(QStringLiteral("demo")));
    QVERIFY(!child<QWidget>("chatKeyNotice")->isVisible());
    QVERIFY(!child<QAction>("tryDemoAction")->isVisible());
    QTRY_VERIFY(!m_window->modelPicker()->chatModels().isEmpty());
    QVERIFY(!m_window->modelPicker()->currentChatModel().isEmpty());
    // The demo server is the in-process one, not the test's.
    QCOMPARE(m_env->server.requestCount(QStringLiteral("/v1/models")), 0);
}

void TestAppWindow::modelsLoadIntoPicker()
{
    makeWindow(true, false);
    QTRY_COMPARE(m_window->modelPicker()->chatModels(), m_env->server.config().runYourModels);
    QCOMPARE(m_window->chatPane()->model(), m_window->modelPicker()->currentChatModel());
    auto *combo = child<QComboBox>("chatModelComboBox");
    QVERIFY(combo->isEnabled());
    // Refresh asks the service again.
    const int before = m_env->server.requestCount(QStringLiteral("/v1/models"));
    child<QAction>("refreshModelsAction")->trigger();
    QTRY_COMPARE(m_env->server.requestCount(QStringLiteral("/v1/models")), before + 1);
}

void TestAppWindow::rememberedModelReachesChat()
{
    QSettings().setValue(QStringLiteral("models/chat"), QStringLiteral("anthropic/claude-haiku-4-5"));
    makeWindow(true, false);
    QTRY_COMPARE(m_window->modelPicker()->currentChatModel(), QStringLiteral("anthropic/claude-haiku-4-5"));
    QCOMPARE(m_window->chatPane()->model(), QStringLiteral("anthropic/claude-haiku-4-5"));
    child<QComboBox>("chatModelComboBox")->setCurrentIndex(0);
    QCOMPARE(m_window->chatPane()->model(), m_env->server.config().runYourModels.first());
    QCOMPARE(QSettings().value(QStringLiteral("models/chat")).toString(), m_env->server.config().runYourModels.first());
}

void TestAppWindow::copyForSupportHasNoKey()
{
    makeWindow(true, false);
    // A server that echoes the key in its error text must not leak it through the report.
    m_env->server.enqueue(QStringLiteral("/api/daily-fortune-stream"),
                          FakeResponse::sajuError(400, QStringLiteral("invalid_saju"), -1,
                                                  QStringLiteral("bad saju for key ") + sajuKey));
    child<QTabWidget>("areaTabs")->setCurrentIndex(1);
    commitText(child<QLineEdit>("nameLineEdit"), QStringLiteral("이서준"));
    child<QLineEdit>("birthDateEdit")->setText(QStringLiteral("1992-08-26"));
    QTest::mouseClick(child<QPushButton>("getFortuneButton"), Qt::LeftButton);
    auto *dock = child<QDockWidget>("errorPanelDock");
    QTRY_VERIFY(dock->isVisible());
    QTRY_VERIFY(!m_window->sajuPane()->isBusy());
    QApplication::clipboard()->clear();
    QTest::mouseClick(child<QPushButton>("copySupportButton"), Qt::LeftButton);
    const QString report = QApplication::clipboard()->text();
    QVERIFY2(report.contains(QStringLiteral("invalid_saju")), qPrintable(report));
    QVERIFY(report.contains(QStringLiteral("/api/daily-fortune")));
    QVERIFY(report.contains(QStringLiteral("req_")));
    QVERIFY2(!report.contains(sajuKey), qPrintable(report));
    QVERIFY(!report.contains(runYourKey));
    for (int i = 0; i + 12 <= sajuKey.size(); ++i)
        QVERIFY2(!report.contains(sajuKey.mid(i, 12)), qPrintable(sajuKey.mid(i, 12)));
}

void TestAppWindow::settingsTestKeyUsesTheRealServices()
{
    makeWindow(true, false);
    QTRY_VERIFY(!m_window->modelPicker()->chatModels().isEmpty()); // the start-up model load is done
    child<QAction>("keysAction")->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"))) && dialog->isVisible());
    auto *runyourEdit = dialog->findChild<QLineEdit *>(QStringLiteral("runyourKeyLineEdit"));
    auto *sajuEdit = dialog->findChild<QLineEdit *>(QStringLiteral("sajuKeyLineEdit"));
    QVERIFY(runyourEdit && sajuEdit);

    const int modelsBefore = m_env->server.requestCount(QStringLiteral("/v1/models"));
    runyourEdit->setText(QStringLiteral("runyour-v1-99999999-8888-4777-8666-555555555555-newkey"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("runyourTestButton")), Qt::LeftButton);
    auto *runyourStatus = dialog->findChild<QLabel *>(QStringLiteral("runyourStatusLabel"));
    QTRY_VERIFY2(runyourStatus->text().contains(QStringLiteral("works")), qPrintable(runyourStatus->text()));
    QCOMPARE(m_env->server.requestCount(QStringLiteral("/v1/models")), modelsBefore + 1);
    QVERIFY(m_env->server.requests(QStringLiteral("/v1/models")).last().header("Authorization").endsWith("newkey"));

    m_env->server.enqueue(QStringLiteral("/api/saju"), FakeResponse::sajuError(401, QStringLiteral("invalid_api_key")));
    sajuEdit->setText(QStringLiteral("bs_test_revoked_key_000000"));
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("sajuTestButton")), Qt::LeftButton);
    auto *sajuStatus = dialog->findChild<QLabel *>(QStringLiteral("sajuStatusLabel"));
    QTRY_VERIFY(m_env->server.requestCount(QStringLiteral("/api/saju")) == 1);
    QTRY_VERIFY2(!sajuStatus->text().isEmpty() && !sajuStatus->text().contains(QStringLiteral("Testing")),
                 qPrintable(sajuStatus->text()));
    QVERIFY2(!sajuStatus->text().contains(QStringLiteral("works")), qPrintable(sajuStatus->text()));
    // Testing a key never stores it or changes the key in use.
    QCOMPARE(m_env->services->apiKey(ApiKeyStore::Service::Saju), sajuKey);
    dialog->close();
}

void TestAppWindow::interactiveWidgetsAreNamed()
{
    makeWindow(true, false);
    // STYLE.md #14: every interactive widget has an objectName ending in its class.
    const QList<QWidget *> widgets = m_window->findChildren<QWidget *>();
    const QStringList suffixes = {QStringLiteral("Button"), QStringLiteral("Edit"), QStringLiteral("Box"),
                                  QStringLiteral("Input"),  QStringLiteral("List"), QStringLiteral("ToolButton")};
    for (QWidget *w : widgets) {
        const bool interactive = w->inherits("QAbstractButton") || w->inherits("QLineEdit") || w->inherits("QComboBox")
                                 || w->inherits("QAbstractSpinBox") || w->inherits("QPlainTextEdit");
        if (!interactive || w->objectName().startsWith(QLatin1String("qt_")) || !w->parent()
            || w->parentWidget()->inherits("QComboBox") || w->parentWidget()->inherits("QAbstractSpinBox")
            || w->parentWidget()->inherits("QToolBar") || w->parentWidget()->inherits("QDockWidget")
            || w->parentWidget()->inherits("QTabBar") || w->parentWidget()->inherits("QMenuBar")
            || w->parentWidget()->inherits("QLineEdit") || w->parentWidget()->inherits("QAbstractScrollArea"))
            continue;
        const QString name = w->objectName();
        bool ok = false;
        for (const QString &suffix : suffixes)
            ok = ok || name.endsWith(suffix);
        QVERIFY2(ok, qPrintable(QStringLiteral("%1 (%2)").arg(name, QLatin1String(w->metaObject()->className()))));
    }
}

void TestAppWindow::chatInputHasFocusAtStart()
{
    makeWindow(true, false);
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    QTRY_COMPARE(QApplication::focusWidget(), child<QWidget>("chatInput"));
}

// The Saju rate limit and the key status sit apart in the status bar, a line between them only
// while both are there.
void TestAppWindow::statusLabelsAreSeparated()
{
    makeWindow(true, false);
    m_window->resize(1100, 720);
    auto *rate = child<QLabel>("rateLimitLabel");
    auto *keys = child<QLabel>("keyStatusLabel");
    auto *line = child<QFrame>("statusSeparatorLine");
    QVERIFY(rate && keys && line);
    QTRY_VERIFY(keys->isVisible() && !keys->text().isEmpty());
    QVERIFY(!rate->isVisible());
    QVERIFY(!line->isVisible());

    RateLimitInfo info;
    info.limit = 60;
    info.remaining = 59;
    m_env->services->rateLimits()->update(info);
    QTRY_VERIFY(rate->isVisible());
    QVERIFY(line->isVisible());
    QVERIFY(rate->text().contains(QStringLiteral("59 of 60")));
    QTRY_VERIFY(rate->geometry().right() < line->geometry().left()
                && line->geometry().right() < keys->geometry().left());
    // The texts themselves stay apart: some room on each side of the line.
    QVERIFY(keys->geometry().left() - rate->geometry().right() >= 8);

    // Only a reset time, no count: the rate label goes, and its separator with it.
    RateLimitInfo resetOnly;
    resetOnly.resetEpochSeconds = QDateTime::currentSecsSinceEpoch() + 60;
    m_env->services->rateLimits()->update(resetOnly);
    QTRY_VERIFY(!rate->isVisible());
    QVERIFY(!line->isVisible());
}

QTEST_MAIN(TestAppWindow)
#include "tst_appwindow.moc"
