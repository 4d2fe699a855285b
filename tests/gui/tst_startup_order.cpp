// SPDX-License-Identifier: GPL-3.0-or-later
// Start-up shows the window before anything else: with KeychainStart::AfterFirstPaint (what
// `sajudesk` uses) the keychain reads and the RunYour model list begin only once the main window
// has painted its first frame, and then at once; a window that never paints still gets its keys.
// What the chat area does not show is not laid out at idle: the fortune form joins its tab when the
// tab is first shown, and the hidden demo label carries no (bold) text.
#include "AppServices.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ModelPicker.h"
#include "core/CoreLibrary.h"
#include "saju/SajuPane.h"

#include <QAction>
#include <QComboBox>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPointer>
#include <QSettings>
#include <QTabWidget>
#include <QTest>

#include <memory>

using namespace sajudesk;
using namespace sajudesk::guitest;

namespace {

// What had been asked of the keychain and the server when the window first painted.
class FirstPaintProbe : public QObject
{
public:
    FirstPaintProbe(QWidget *window, MemoryKeyStore *store, FakeApiServer *server)
        : m_window(window)
        , m_store(store)
        , m_server(server)
    {
        window->installEventFilter(this);
    }
    bool painted = false;
    int keychainOperations = -1;
    int serverRequests = -1;

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (!painted && watched == m_window && event->type() == QEvent::Paint) {
            painted = true;
            keychainOperations = m_store->operationCount();
            serverRequests = int(m_server->requests().size());
        }
        return false;
    }

private:
    QWidget *m_window;
    MemoryKeyStore *m_store;
    FakeApiServer *m_server;
};

// A window started as `sajudesk` starts (the keychain after the first frame), shown, its keychain
// reads asked for and held by the store until release(): the moments before the keys are known.
struct SlowKeychainWindow
{
    MemoryKeyStore store; // declared first: destroyed after the window and services that use it
    FakeApiServer server;
    std::unique_ptr<AppServices> services;
    std::unique_ptr<MainWindow> window;
};

bool modelsRequested(const FakeApiServer &server)
{
    for (const FakeRequest &r : server.requests()) {
        if (r.path.endsWith(QLatin1String("/models")))
            return true;
    }
    return false;
}

} // namespace

class TstStartupOrder : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void keychainAndModelsWaitForTheFirstFrame();
    void aWindowThatNeverPaintsStillGetsItsKeys();
    void fortuneFormJoinsItsTabWhenFirstShown();
    void hiddenDemoLabelHasNoText();
    void noKeyIsNotClaimedBeforeTheKeychainAnswers_data();
    void noKeyIsNotClaimedBeforeTheKeychainAnswers();
    void textTypedBeforeTheKeychainAnswersStays();
    void enterBeforeTheKeychainAnswersSendsOnceItCan();

private:
    AppOptions options(MemoryKeyStore *store, FakeApiServer *server);
    /// `storeKey` false: no RunYour key in the keychain. Check QTest::currentTestFailed() after.
    void openWithSlowKeychain(SlowKeychainWindow &w, bool storeKey);
    QTemporaryDir m_dataDir;
};

void TstStartupOrder::initTestCase()
{
    initCore();
    useTestSettings();
    QVERIFY(m_dataDir.isValid());
}

AppOptions TstStartupOrder::options(MemoryKeyStore *store, FakeApiServer *server)
{
    store->write(ApiKeyStore::Service::RunYour, runYourKey, store, [](const ApiKeyStore::WriteResult &) {});
    AppOptions o;
    o.runYourUrl = server->runYourBaseUrl().toString();
    o.sajuUrl = server->sajuBaseUrl().toString();
    o.dataDirectory = m_dataDir.path();
    o.keyStore = store;
    return o;
}

void TstStartupOrder::openWithSlowKeychain(SlowKeychainWindow &w, bool storeKey)
{
    QVERIFY(w.server.start());
    const AppOptions o = options(&w.store, &w.server);
    if (!storeKey)
        w.store.remove(ApiKeyStore::Service::RunYour, &w.store, [](const ApiKeyStore::WriteResult &) {});
    QTRY_COMPARE(w.store.pendingCount(), 0);
    w.store.setHeld(true); // the keychain is slow to answer
    w.services = std::make_unique<AppServices>(o);
    w.services->start(AppServices::KeychainStart::AfterFirstPaint);
    w.window = std::make_unique<MainWindow>(nullptr, w.services.get());
    w.services->startAfterFirstPaint(w.window.get());
    w.window->show();
    QVERIFY(QTest::qWaitForWindowExposed(w.window.get()));
    QTRY_VERIFY(w.services->isStarted());
}

void TstStartupOrder::keychainAndModelsWaitForTheFirstFrame()
{
    MemoryKeyStore store;
    FakeApiServer server;
    QVERIFY(server.start());
    AppServices services(options(&store, &server));
    QTRY_COMPARE(store.pendingCount(), 0);
    const int before = store.operationCount();

    services.start(AppServices::KeychainStart::AfterFirstPaint);
    MainWindow window(nullptr, &services);
    services.startAfterFirstPaint(&window);
    FirstPaintProbe probe(&window, &store, &server);
    QTest::qWait(200); // not shown yet: nothing may happen
    QVERIFY(!services.isStarted());
    QCOMPARE(store.operationCount(), before);
    QVERIFY(server.requests().isEmpty());

    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(probe.painted);
    QCOMPARE(probe.keychainOperations, before);
    QCOMPARE(probe.serverRequests, 0);
    // Right after that frame: both keys are read, then the model list arrives.
    QTRY_VERIFY_WITH_TIMEOUT(services.isStarted(), 500);
    QTRY_COMPARE(store.operationCount(), before + 2);
    QTRY_VERIFY(services.keys()->isLoaded());
    QTRY_VERIFY(modelsRequested(server));
    QTRY_VERIFY(!window.modelPicker()->chatModels().isEmpty());
}

void TstStartupOrder::aWindowThatNeverPaintsStillGetsItsKeys()
{
    MemoryKeyStore store;
    FakeApiServer server;
    QVERIFY(server.start());
    AppServices services(options(&store, &server));
    QTRY_COMPARE(store.pendingCount(), 0);
    services.start(AppServices::KeychainStart::AfterFirstPaint);
    MainWindow window(nullptr, &services);
    services.startAfterFirstPaint(&window); // never shown, e.g. started minimised
    QTRY_VERIFY_WITH_TIMEOUT(services.keys()->isLoaded(), 3000);
    QVERIFY(services.hasKey(ApiKeyStore::Service::RunYour));
    QTRY_VERIFY(modelsRequested(server));
}

void TstStartupOrder::fortuneFormJoinsItsTabWhenFirstShown()
{
    QSettings().remove(QStringLiteral("ui/lastArea"));
    MainWindow window(nullptr);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *tabs = window.findChild<QTabWidget *>(QStringLiteral("areaTabs"));
    auto *page = window.findChild<QWidget *>(QStringLiteral("fortunePage"));
    QVERIFY(tabs && page);
    QCOMPARE(tabs->currentIndex(), 0);
    QTest::qWait(100);
    QVERIFY(window.sajuPane()->parentWidget() != page);
    QVERIFY(!window.sajuPane()->isVisible());
    tabs->setCurrentIndex(1);
    QCOMPARE(window.sajuPane()->parentWidget(), page);
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QTRY_VERIFY(window.sajuPane()->isVisible());
    QVERIFY(window.findChild<QWidget *>(QStringLiteral("birthDateEdit"))->isVisible());
}

void TstStartupOrder::hiddenDemoLabelHasNoText()
{
    MemoryKeyStore store;
    FakeApiServer server;
    QVERIFY(server.start());
    AppServices services(options(&store, &server));
    services.start();
    MainWindow window(nullptr, &services);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    auto *demoLabel = window.findChild<QLabel *>(QStringLiteral("demoModeLabel"));
    QVERIFY(demoLabel);
    QVERIFY(!demoLabel->isVisible());
    QVERIFY(demoLabel->text().isEmpty());
    QVERIFY(services.enableDemo());
    QTRY_VERIFY(demoLabel->isVisible());
    QVERIFY(!demoLabel->text().isEmpty());
}

void TstStartupOrder::noKeyIsNotClaimedBeforeTheKeychainAnswers_data()
{
    QTest::addColumn<bool>("stored");
    QTest::newRow("returning user with a key") << true;
    QTest::newRow("no key stored") << false;
}

void TstStartupOrder::noKeyIsNotClaimedBeforeTheKeychainAnswers()
{
    // The first frame comes before the keychain's answer: it must not say "no key" (banner, model
    // list, status bar, Try Demo) for a key that is only not read yet; once the answer is in, the
    // window tells the truth either way.
    QFETCH(bool, stored);
    SlowKeychainWindow w;
    openWithSlowKeychain(w, stored);
    if (QTest::currentTestFailed())
        return;
    MemoryKeyStore &store = w.store;
    AppServices &services = *w.services;
    MainWindow &window = *w.window;

    auto *notice = window.findChild<QWidget *>(QStringLiteral("chatKeyNotice"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("keyStatusLabel"));
    auto *combo = window.findChild<QComboBox *>(QStringLiteral("chatModelComboBox"));
    auto *tryDemo = window.findChild<QAction *>(QStringLiteral("tryDemoAction"));
    QVERIFY(notice && status && combo && tryDemo);
    const QString noKey = AppServices::tr("%1: no key").arg(ApiKeyStore::displayName(ApiKeyStore::Service::RunYour));
    QVERIFY(!services.keys()->isLoaded());
    QVERIFY(!notice->isVisible());
    QVERIFY2(!status->text().contains(noKey), qPrintable(status->text()));
    QVERIFY2(!combo->currentText().contains(QStringLiteral("No RunYour key")), qPrintable(combo->currentText()));
    QVERIFY(!tryDemo->isVisible());

    store.release();
    QTRY_VERIFY(services.keys()->isLoaded());
    QTRY_COMPARE(notice->isVisible(), !stored);
    QTRY_COMPARE(status->text().contains(noKey), !stored);
    QCOMPARE(tryDemo->isVisible(), !stored);
}

void TstStartupOrder::textTypedBeforeTheKeychainAnswersStays()
{
    // What a fast typist writes in the first moments (before the keychain, the model list and the
    // conversation folder check have answered) is still in the box afterwards.
    SlowKeychainWindow w;
    openWithSlowKeychain(w, true);
    if (QTest::currentTestFailed())
        return;
    MemoryKeyStore &store = w.store;
    AppServices &services = *w.services;
    MainWindow &window = *w.window;
    auto *input = window.findChild<QPlainTextEdit *>(QStringLiteral("chatInput"));
    QVERIFY(input);
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("typed at once"));
    store.release();
    QTRY_VERIFY(services.keys()->isLoaded());
    QTRY_VERIFY(!window.modelPicker()->chatModels().isEmpty());
    QTest::qWait(1500); // past the folder check (at the latest 1 s after start)
    QCOMPARE(input->toPlainText(), QStringLiteral("typed at once"));
}

void TstStartupOrder::enterBeforeTheKeychainAnswersSendsOnceItCan()
{
    // A fast typist presses Enter before the keychain (and then the model list) answered: no "no
    // key" error, the text stays, and it is sent as soon as both are there.
    QSettings().remove(QStringLiteral("models/chat"));
    SlowKeychainWindow w;
    openWithSlowKeychain(w, true);
    if (QTest::currentTestFailed())
        return;
    MemoryKeyStore &store = w.store;
    FakeApiServer &server = w.server;
    MainWindow &window = *w.window;

    auto *input = window.findChild<QPlainTextEdit *>(QStringLiteral("chatInput"));
    auto *status = window.findChild<QLabel *>(QStringLiteral("chatStatusLabel"));
    QVERIFY(input && status);
    input->setFocus();
    QTest::keyClicks(input, QStringLiteral("hello before the keys"));
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY2(status->text().contains(QStringLiteral("Reading your API key")), qPrintable(status->text()));
    QCOMPARE(input->toPlainText(), QStringLiteral("hello before the keys"));
    QCOMPARE(server.requestCount(QStringLiteral("/v1/chat/completions")), 0);

    store.release(); // the keys, then the model list, then the send
    QTRY_COMPARE(server.requestCount(QStringLiteral("/v1/chat/completions")), 1);
    QVERIFY(server.requests(QStringLiteral("/v1/chat/completions")).at(0).body.contains("hello before the keys"));
    QTRY_VERIFY(input->toPlainText().isEmpty());
}

QTEST_MAIN(TstStartupOrder)
#include "tst_startup_order.moc"
