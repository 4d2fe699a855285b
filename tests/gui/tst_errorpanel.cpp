// SPDX-License-Identifier: GPL-3.0-or-later
// The Problems panel in the real window with its services: one failure cause is one request and
// one entry (keys loading, config changes and the model picker must not ask again).
#include "ErrorPanel.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "core/CoreLibrary.h"
#include "core/LanguageManager.h"

#include <QStandardPaths>
#include <QTest>

using namespace sajudesk;
using namespace sajudesk::guitest;

class TestErrorPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelListFailureIsReportedOnce_data();
    void modelListFailureIsReportedOnce();

private:
    void makeWindow();

    LanguageManager *m_languages = nullptr;
    std::unique_ptr<Environment> m_env;
    std::unique_ptr<MainWindow> m_window;
};

void TestErrorPanel::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initCore();
    useTestSettings();
    registerApiErrorMetaType();
    m_languages = new LanguageManager(this);
}

void TestErrorPanel::init()
{
    QSettings().clear();
    m_languages->setLanguage(QStringLiteral("en"));
    m_env = std::make_unique<Environment>();
}

void TestErrorPanel::cleanup()
{
    m_window.reset();
    m_env.reset();
}

void TestErrorPanel::makeWindow()
{
    // The RunYour key comes from the environment at once; the keychain answers only later (as a
    // locked or slow keyring does), after the model list already failed. Its "keys loaded" and
    // "key changed" notifications must not fetch the list again.
    qputenv("SAJUDESK_RUNYOUR_KEY", runYourKey.toUtf8());
    m_env->store.setHeld(true);
    m_env->store.write(ApiKeyStore::Service::Saju, sajuKey, &m_env->store, [](const ApiKeyStore::WriteResult &) {});
    QVERIFY(m_env->dataDir.isValid() && m_env->server.start());
    AppOptions options;
    options.runYourUrl = m_env->server.runYourBaseUrl().toString();
    options.sajuUrl = m_env->server.sajuBaseUrl().toString();
    options.dataDirectory = m_env->dataDir.path();
    options.keyStore = &m_env->store;
    m_env->services = std::make_unique<AppServices>(options);
    m_env->services->start();
    qunsetenv("SAJUDESK_RUNYOUR_KEY");
    m_window = std::make_unique<MainWindow>(m_languages, m_env->services.get());
    m_window->resize(800, 600);
    m_window->show();
}

void TestErrorPanel::modelListFailureIsReportedOnce_data()
{
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("code");
    QTest::newRow("401") << 401 << "Invalid API key"
                         << "invalid_api_key";
    QTest::newRow("402") << 402 << "Insufficient credit balance"
                         << "credits_exhausted";
    QTest::newRow("403") << 403 << "Forbidden"
                         << "permission_denied";
    QTest::newRow("daily limit") << 429 << "Daily request limit exceeded"
                                 << "daily_limit_exceeded";
    QTest::newRow("cost limit") << 429 << "Monthly cost limit exceeded"
                                << "cost_limit_exceeded";
}

void TestErrorPanel::modelListFailureIsReportedOnce()
{
    QFETCH(int, status);
    QFETCH(QString, message);
    QFETCH(QString, code);
    const QString modelsPath = QStringLiteral("/v1/models");
    m_env->server.setDefaultResponse(modelsPath, FakeResponse::runYourError(status, message, modelsPath));
    makeWindow();
    ErrorPanel *panel = m_window->errorPanel();
    QTRY_COMPARE_WITH_TIMEOUT(panel->entryCount(), 1, 5000);
    m_env->store.release(); // the keychain answers now: Saju key changed, keys loaded
    QTRY_VERIFY_WITH_TIMEOUT(m_env->services->keys()->isLoaded(), 5000);
    QTest::qWait(500); // a second fetch would come within this
    QCOMPARE(m_env->server.requestCount(modelsPath), 1);
    QCOMPARE(panel->entryCount(), 1);
    QCOMPARE(panel->currentError().code, code);
}

QTEST_MAIN(TestErrorPanel)
#include "tst_errorpanel.moc"
