// SPDX-License-Identifier: GPL-3.0-or-later
// The Problems panel in the real window with its services: one failure cause is one request and
// one entry (keys loading, config changes and the model picker must not ask again); each fix
// button does what it says (keys, the vendor's page, the model picker, the field, the status
// page); entries show the server's code beside ours; repeats count up; reports save without keys.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "core/CoreLibrary.h"
#include "core/LanguageManager.h"
#include "errors/ErrorPanel.h"

#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDesktopServices>
#include <QDialog>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>

using namespace sajudesk;
using namespace sajudesk::guitest;

namespace {

/// Receives the URLs the panel opens (instead of a browser).
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls.append(url); }
};

ApiError httpError(ApiError::Service service, int status, const QString &code, const QString &serverCode = {},
                   const QString &field = {})
{
    ApiError e;
    e.service = service;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = status;
    e.code = code;
    e.serverCode = serverCode;
    e.field = field;
    e.message = QStringLiteral("server says %1").arg(serverCode.isEmpty() ? code : serverCode);
    e.endpoint = QStringLiteral("/x");
    e.localTime = QDateTime::currentDateTimeUtc();
    return e;
}

} // namespace

class TestErrorPanel : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void modelListFailureIsReportedOnce_data();
    void modelListFailureIsReportedOnce();
    void keyActionOpensKeySettings();
    void creditsActionOpensVendorPage_data();
    void creditsActionOpensVendorPage();
    void modelActionOpensModelPicker_data();
    void modelActionOpensModelPicker();
    void fieldActionFocusesTheField_data();
    void fieldActionFocusesTheField();
    void sajuServerErrorOpensStatusPage();
    void noActionForNetworkErrors();
    void repeatsCountUpInOneEntry();
    void entryShowsServerCodeAndKind();
    void saveReportWritesRedactedFile();
    void panelIsACompactStrip();

private:
    void makeWindow();
    void makePlainWindow();
    void addAndClick(const ApiError &error);
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
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void TestErrorPanel::makePlainWindow()
{
    QVERIFY(m_env->start(true, false));
    m_window = std::make_unique<MainWindow>(m_languages, m_env->services.get());
    m_window->resize(880, 600);
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

void TestErrorPanel::addAndClick(const ApiError &error)
{
    ErrorPanel *panel = m_window->errorPanel();
    panel->addError(error);
    auto *button = child<QPushButton>("errorActionButton");
    QVERIFY(button);
    QVERIFY2(button->isVisible(), qPrintable(error.code));
    QVERIFY(!button->text().isEmpty());
    QTest::mouseClick(button, Qt::LeftButton);
}

void TestErrorPanel::keyActionOpensKeySettings()
{
    makePlainWindow();
    addAndClick(httpError(ApiError::Service::RunYour, 401, QStringLiteral("invalid_api_key")));
    QCOMPARE(child<QPushButton>("errorActionButton")->text(), QStringLiteral("Open API Keys…"));
    QTRY_VERIFY(m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"))
                && m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"))->isVisible());
}

void TestErrorPanel::creditsActionOpensVendorPage_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<int>("status");
    QTest::addColumn<QString>("serverCode");
    QTest::addColumn<QString>("url");
    QTest::newRow("runyour credits") << int(ApiError::Service::RunYour) << 402 << ""
                                     << "https://runyourai.gitbook.io/userguide/runyour-agent/get-started/undefined-2";
    QTest::newRow("saju insufficient_credits") << int(ApiError::Service::Saju) << 403 << "insufficient_credits"
                                               << "https://dashboard.sajuapi.dev";
}

void TestErrorPanel::creditsActionOpensVendorPage()
{
    QFETCH(int, service);
    QFETCH(int, status);
    QFETCH(QString, serverCode);
    QFETCH(QString, url);
    makePlainWindow();
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    addAndClick(httpError(ApiError::Service(service), status, QStringLiteral("credits_exhausted"), serverCode));
    QCOMPARE(catcher.urls.size(), 1);
    QCOMPARE(catcher.urls.first().toString(), url);
}

void TestErrorPanel::modelActionOpensModelPicker_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<QString>("code");
    QTest::addColumn<QString>("combo");
    QTest::newRow("saju ai_provider_error") << int(ApiError::Service::Saju) << "ai_provider_error"
                                            << "fortuneModelComboBox";
    QTest::newRow("runyour unsupported_model") << int(ApiError::Service::RunYour) << "unsupported_model"
                                               << "chatModelComboBox";
}

// "Switch Model" opens the chooser itself (not just the focus on a closed combo): for chat the
// searchable popup under the toolbar's combo with its search field focused, for fortunes the
// fortune combo's list.
void TestErrorPanel::modelActionOpensModelPicker()
{
    QFETCH(int, service);
    QFETCH(QString, code);
    QFETCH(QString, combo);
    makePlainWindow();
    auto *target = m_window->findChild<QComboBox *>(combo);
    QVERIFY(target);
    if (ApiError::Service(service) == ApiError::Service::RunYour)
        QTRY_VERIFY(target->isEnabled() && target->count() > 0); // the list has loaded
    addAndClick(httpError(ApiError::Service(service), 503, code));
    QCOMPARE(child<QPushButton>("errorActionButton")->text(), QStringLiteral("Switch Model"));
    if (ApiError::Service(service) == ApiError::Service::Saju) {
        QTRY_VERIFY(target->view()->isVisible());
        target->hidePopup();
        return;
    }
    auto *popup = m_window->findChild<QWidget *>(QStringLiteral("modelPickerPopup"));
    QVERIFY(popup);
    QTRY_VERIFY(popup->isVisible());
    // Anchored under the toolbar's chat model combo, as when the combo itself is opened.
    const QPoint below = target->mapToGlobal(QPoint(0, target->height()));
    // (The offscreen platform adds a 2 px frame to every window.)
    QVERIFY2((popup->pos() - below).manhattanLength() <= 6,
             qPrintable(QStringLiteral("popup at %1,%2; combo bottom-left at %3,%4")
                            .arg(popup->x())
                            .arg(popup->y())
                            .arg(below.x())
                            .arg(below.y())));
    QCOMPARE(QApplication::focusWidget(), popup->findChild<QWidget *>(QStringLiteral("modelSearchEdit")));
    popup->hide();
}

void TestErrorPanel::fieldActionFocusesTheField_data()
{
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("widget");
    QTest::newRow("userName") << "userName"
                              << "nameLineEdit";
    // A pillar is shown on the chart (issue 13): its stem tile takes the focus.
    QTest::newRow("saju.pillars.hour") << "saju.pillars.hour"
                                       << "stemTile_hour";
    QTest::newRow("saju.pillars.month") << "saju.pillars.month"
                                        << "stemTile_month";
    QTest::newRow("date") << "date"
                          << "fortuneDateEdit";
}

void TestErrorPanel::fieldActionFocusesTheField()
{
    QFETCH(QString, field);
    QFETCH(QString, widget);
    makePlainWindow();
    child<QTabWidget>("areaTabs")->setCurrentIndex(0); // start on the chat
    addAndClick(httpError(ApiError::Service::Saju, 400, QStringLiteral("missing_field"),
                          QStringLiteral("missing_field"), field));
    QCOMPARE(child<QPushButton>("errorActionButton")->text(), QStringLiteral("Go to Field"));
    QCOMPARE(child<QTabWidget>("areaTabs")->currentIndex(), 1);
    QWidget *target = m_window->findChild<QWidget *>(widget);
    QVERIFY(target);
    QTRY_VERIFY2(QApplication::focusWidget() == target
                     || (QApplication::focusWidget() && target->isAncestorOf(QApplication::focusWidget())),
                 qPrintable(QApplication::focusWidget() ? QApplication::focusWidget()->objectName() : QString()));
}

void TestErrorPanel::sajuServerErrorOpensStatusPage()
{
    makePlainWindow();
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    addAndClick(
        httpError(ApiError::Service::Saju, 500, QStringLiteral("internal_error"), QStringLiteral("internal_error")));
    QCOMPARE(child<QPushButton>("errorActionButton")->text(), QStringLiteral("Open Status Page"));
    QCOMPARE(catcher.urls.size(), 1);
    QCOMPARE(catcher.urls.first(), QUrl(QStringLiteral("https://status.sajuapi.dev")));
}

void TestErrorPanel::noActionForNetworkErrors()
{
    makePlainWindow();
    ApiError e = httpError(ApiError::Service::RunYour, 0, QStringLiteral("connection_refused"));
    e.kind = ApiError::Kind::Network;
    m_window->errorPanel()->addError(e);
    QVERIFY(!child<QPushButton>("errorActionButton")->isVisible());
    // RunYour's 503 is no Saju outage: no status page either.
    m_window->errorPanel()->addError(httpError(ApiError::Service::RunYour, 503, QStringLiteral("service_unavailable")));
    QVERIFY(!child<QPushButton>("errorActionButton")->isVisible());
}

void TestErrorPanel::repeatsCountUpInOneEntry()
{
    makePlainWindow();
    ErrorPanel *panel = m_window->errorPanel();
    QSignalSpy count(panel, &ErrorPanel::entryCountChanged);
    const ApiError e = httpError(ApiError::Service::RunYour, 429, QStringLiteral("daily_limit_exceeded"));
    panel->addError(e);
    panel->addError(e);
    panel->addError(e);
    QCOMPARE(panel->entryCount(), 1);
    QCOMPARE(panel->currentOccurrences(), 3);
    QCOMPARE(count.size(), 1); // the list did not grow
    auto *list = child<QListWidget>("errorList");
    QVERIFY2(list->item(0)->text().startsWith(QStringLiteral("×3")), qPrintable(list->item(0)->text()));
    QVERIFY(child<QTextBrowser>("errorDetails")->toPlainText().contains(QStringLiteral("3 times")));
    panel->addError(httpError(ApiError::Service::RunYour, 429, QStringLiteral("cost_limit_exceeded")));
    QCOMPARE(panel->entryCount(), 2);
    panel->addError(e); // the older cause again: back on top, counted
    QCOMPARE(panel->entryCount(), 2);
    QCOMPARE(panel->currentError().code, QStringLiteral("daily_limit_exceeded"));
    QCOMPARE(panel->currentOccurrences(), 4);
}

void TestErrorPanel::entryShowsServerCodeAndKind()
{
    makePlainWindow();
    m_languages->setLanguage(QStringLiteral("ko"));
    ApiError e = httpError(ApiError::Service::Saju, 403, QStringLiteral("credits_exhausted"),
                           QStringLiteral("insufficient_credits"));
    e.message = QStringLiteral("Not enough credits for this request");
    m_window->errorPanel()->addError(e);
    const QString line = child<QListWidget>("errorList")->item(0)->text();
    QVERIFY2(line.contains(QStringLiteral("credits_exhausted"))
                 && line.contains(QStringLiteral("insufficient_credits")),
             qPrintable(line));
    const QString details = child<QTextBrowser>("errorDetails")->toPlainText();
    QVERIFY2(details.contains(QStringLiteral("Not enough credits for this request")), qPrintable(details)); // verbatim
    QVERIFY2(details.contains(QStringLiteral("서버 코드")) && details.contains(QStringLiteral("해결 방법")),
             qPrintable(details)); // labels in the UI language
    QVERIFY(m_window->errorPanel()->supportReportText().contains(QStringLiteral("server code : insufficient_credits")));
}

void TestErrorPanel::saveReportWritesRedactedFile()
{
    makePlainWindow();
    ApiError e = httpError(ApiError::Service::RunYour, 401, QStringLiteral("invalid_api_key"));
    e.message = QStringLiteral("Invalid API key ") + runYourKey;
    m_window->errorPanel()->addError(e);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("report.txt"));
    QString suggested;
    m_window->errorPanel()->setSaveFilePrompt([&](const QString &s) {
        suggested = s;
        return path;
    });
    QTest::mouseClick(child<QPushButton>("saveReportButton"), Qt::LeftButton);
    QVERIFY(suggested.endsWith(QStringLiteral(".txt")));
    QFile f(path);
    QVERIFY(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    QVERIFY(text.startsWith(QStringLiteral("----- SajuDesk support report -----")));
    QVERIFY(text.contains(QStringLiteral("code        : invalid_api_key")));
    QVERIFY(!text.contains(runYourKey.right(12)));
    // Cancelled dialog: nothing written, nothing shown.
    m_window->errorPanel()->setSaveFilePrompt([](const QString &) { return QString(); });
    QTest::mouseClick(child<QPushButton>("saveReportButton"), Qt::LeftButton);
    // An unwritable place: a clear message, no crash.
    QVERIFY(!m_window->errorPanel()->saveReportTo(dir.filePath(QStringLiteral("missing/dir/report.txt"))));
    QVERIFY(child<QLabel>("copiedLabel")->isVisible());
}

void TestErrorPanel::panelIsACompactStrip()
{
    makePlainWindow();
    m_window->resize(880, 600);
    m_window->errorPanel()->addError(httpError(ApiError::Service::RunYour, 402, QStringLiteral("credits_exhausted")));
    auto *dock = m_window->findChild<QDockWidget *>(QStringLiteral("errorPanelDock"));
    QTRY_VERIFY(dock->isVisible());
    QTest::qWait(50);
    const int panes = child<QTabWidget>("areaTabs")->height();
    QVERIFY2(dock->height() <= m_window->height() / 4 + 10,
             qPrintable(QStringLiteral("dock %1 of %2").arg(dock->height()).arg(m_window->height())));
    QVERIFY2(panes >= m_window->height() / 2, qPrintable(QStringLiteral("panes %1").arg(panes)));
    // Every button fits (none clipped to a sliver).
    for (const char *name : {"errorActionButton", "copySupportButton", "saveReportButton", "clearErrorsButton"}) {
        auto *b = child<QPushButton>(name);
        QVERIFY2(b->height() >= b->minimumSizeHint().height(), name);
        QVERIFY2(b->width() >= b->minimumSizeHint().width(), name);
    }
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
