// SPDX-License-Identifier: GPL-3.0-or-later
// Leak test: a full run that stores both keys, loads them, rejects one, prints CLI status, sends
// real requests (successful and failing: 401, 429, 500) through the clients to FakeApiServer,
// builds support reports, and logs every `sajudesk.*` category at debug level. Afterwards no
// file under the temporary HOME and no captured log line may contain either key or any
// 12-character substring of it. A planted canary proves the scanner sees both files and logs.
#include "KeyTestSupport.h"
#include "SecretScan.h"
#include "core/CoreLibrary.h"
#include "core/Logging.h"
#include "demo/FakeApiServer.h"
#include "keys/KeyManager.h"
#include "keys/MemoryKeyStore.h"
#include "keys/QtKeychainStore.h"
#include "net/HttpClient.h"
#include "runyour/ModelsRequest.h"
#include "sajuapi/FortuneRequest.h"
#include "support/SupportReport.h"

#include <QCoreApplication>
#include <QDirIterator>
#include <QEventLoop>
#include <QJsonObject>
#include <QNetworkAccessManager>
#include <QProcess>
#include <QSettings>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QUuid>

#include <memory>

using namespace sajudesk;
using namespace sajudesk::test;
using Service = ApiKeyStore::Service;

namespace {

QFile *g_logFile = nullptr;
QString g_wrapperRoot; ///< with-keyring.sh's temporary tree (where gnome-keyring keeps its files)
QStringList g_lines;
QtMessageHandler g_previousHandler = nullptr;

void captureMessage(QtMsgType type, const QMessageLogContext &context, const QString &message)
{
    const QString line = QStringLiteral("[%1] %2: %3")
                             .arg(int(type))
                             .arg(QString::fromLatin1(context.category ? context.category : "default"), message);
    g_lines.append(line);
    if (g_logFile) {
        g_logFile->write(line.toUtf8() + '\n');
        g_logFile->flush();
    }
    if (g_previousHandler)
        g_previousHandler(type, context, message);
}

/// Runs `request` (already wired) until `finished`, with a generous guard.
template <typename Request>
void runToEnd(Request &request)
{
    QEventLoop loop;
    QObject::connect(&request, &Request::finished, &loop, &QEventLoop::quit);
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    request.start();
    loop.exec();
}

QJsonObject part(const char *hangul, const char *hanja)
{
    return {{QStringLiteral("hangul"), QString::fromUtf8(hangul)}, {QStringLiteral("hanja"), QString::fromUtf8(hanja)}};
}

QJsonObject pillar(const char *sh, const char *sc, const char *bh, const char *bc)
{
    return {{QStringLiteral("stem"), part(sh, sc)}, {QStringLiteral("branch"), part(bh, bc)}};
}

} // namespace

class TestKeyLeak : public QObject
{
    Q_OBJECT
public:
    explicit TestKeyLeak(const QString &home)
        : m_home(home)
    {}

private Q_SLOTS:
    void initTestCase();
    void keyManagerLifecycle();
    void sessionOnlyFallback();
    void cliOutputs();
    void requestsThroughClients();
    void scanHomeAndLogs();
    void cleanupTestCase();

private:
    void record(const QString &what, const QString &text);
    QString runCli(const QStringList &args, const QByteArray &input = {}, const QProcessEnvironment &extra = {});

    QString m_home;
    QFile m_log;
    bool m_realKeychain = false;
    std::unique_ptr<ApiKeyStore> m_store;
    QString m_runYourKey;
    QString m_sajuKey;
    QString m_canary;
    int m_requestsSent = 0;
};

void TestKeyLeak::initTestCase()
{
    QVERIFY(QDir::homePath() == m_home);
    m_log.setFileName(m_home + QStringLiteral("/.local/state/sajudesk-leaktest.log"));
    QVERIFY(QDir().mkpath(QFileInfo(m_log).absolutePath()));
    QVERIFY(m_log.open(QIODevice::WriteOnly | QIODevice::Append));
    g_logFile = &m_log;
    g_previousHandler = qInstallMessageHandler(captureMessage);
    QVERIFY(lcKeys().isDebugEnabled());
    QVERIFY(lcNet().isDebugEnabled());

    // Real shapes: runyour-v1-<uuid>-<64 token chars>, bs_live_<48 chars>.
    m_runYourKey = QStringLiteral("runyour-v1-") + QUuid::createUuid().toString(QUuid::WithoutBraces) + QLatin1Char('-')
                   + randomKey(QString(), 64);
    m_sajuKey = randomKey(QStringLiteral("bs_live_"), 48);
    m_canary = randomKey(QStringLiteral("bs_test_"), 40);

    // Self-check material: a "leak" of the canary in a binary file and in a log line.
    {
        QDir().mkpath(m_home + QStringLiteral("/.cache/canary"));
        QFile f(m_home + QStringLiteral("/.cache/canary/blob.bin"));
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray("\x00\x01\xff binary", 10) + m_canary.mid(14, 12).toUtf8() + QByteArray(3, '\0'));
    }
    qCDebug(lcUi) << "deliberate canary leak for the scanner self-check:" << m_canary.mid(20, 12);

    QSettings settings;
    settings.setValue(QStringLiteral("leaktest/ran"), true);
    settings.sync();

    if (qEnvironmentVariable("SAJUDESK_KEYRING_WRAPPER") == QLatin1String("keyring")) {
        auto store = std::make_unique<QtKeychainStore>();
        const auto probe = readNow(*store, Service::RunYour);
        if (probe.status != ApiKeyStore::ReadStatus::Unavailable) {
            m_realKeychain = true;
            m_store = std::move(store);
        } else {
            qInfo("keychain probe: %s", qPrintable(probe.message));
        }
    }
    if (!m_store)
        m_store = std::make_unique<MemoryKeyStore>();
    qInfo("KEY STORE USED: %s",
          m_realKeychain ? "real keychain (QtKeychainStore on gnome-keyring)"
                         : "MemoryKeyStore (no Secret Service; run through with-keyring.sh for the real keychain)");
}

void TestKeyLeak::record(const QString &what, const QString &text)
{
    // Outputs shown to users go into the captured lines (and, via the handler, the log file).
    for (const QString &line : text.split(QLatin1Char('\n')))
        qCDebug(lcUi).noquote() << what << line;
}

void TestKeyLeak::keyManagerLifecycle()
{
    {
        KeyManager keys(m_store.get());
        QSignalSpy saved(&keys, &KeyManager::saveFinished);
        // Pasted with surrounding whitespace, as users do.
        keys.save(Service::RunYour, QStringLiteral("  ") + m_runYourKey + QStringLiteral("\n"));
        keys.save(Service::Saju, m_sajuKey);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 30000);
        for (const QVariantList &args : std::as_const(saved))
            record(QStringLiteral("saveFinished:"), args.at(3).toString());
    }
    KeyManager keys(m_store.get());
    QSignalSpy loaded(&keys, &KeyManager::loaded);
    keys.load();
    QVERIFY(loaded.wait(30000));
    QCOMPARE(keys.key(Service::RunYour), m_runYourKey);
    QCOMPARE(keys.key(Service::Saju), m_sajuKey);

    ApiError e;
    e.service = ApiError::Service::RunYour;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = 401;
    e.code = QLatin1String(ApiErrorCode::InvalidApiKey);
    keys.reportAuthSuccess(Service::RunYour);
    QVERIFY(keys.reportAuthFailure(Service::RunYour, e));
    for (Service s : {Service::RunYour, Service::Saju}) {
        record(QStringLiteral("statusText:"), keys.statusText(s));
        record(QStringLiteral("rejection:"), keys.rejectionReason(s));
        record(QStringLiteral("masked:"), keys.maskedKey(s));
    }
    record(QStringLiteral("statusBar:"), keys.statusBarText());
    QVERIFY(keys.statusText(Service::RunYour).contains(redactKey(m_runYourKey)));

    // Overwrite with the same keys (users re-paste), then check they are still readable.
    QSignalSpy saved(&keys, &KeyManager::saveFinished);
    keys.save(Service::RunYour, m_runYourKey);
    QVERIFY(saved.wait(30000));
    QCOMPARE(readNow(*m_store, Service::RunYour).key, m_runYourKey);
}

void TestKeyLeak::sessionOnlyFallback()
{
    MemoryKeyStore broken;
    broken.setUnavailable(QStringLiteral("The name org.freedesktop.secrets was not provided by any .service files"));
    KeyManager keys(&broken);
    QSignalSpy saved(&keys, &KeyManager::saveFinished);
    keys.save(Service::RunYour, m_runYourKey);
    keys.save(Service::Saju, m_sajuKey);
    QTRY_COMPARE(saved.count(), 2);
    for (const QVariantList &args : std::as_const(saved))
        record(QStringLiteral("sessionOnly:"), args.at(3).toString());
    record(QStringLiteral("statusBar:"), keys.statusBarText());
    QCOMPARE(keys.source(Service::Saju), KeyManager::Source::SessionOnly);
}

QString TestKeyLeak::runCli(const QStringList &args, const QByteArray &input, const QProcessEnvironment &extra)
{
    QProcess cli;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    const QStringList names = extra.keys();
    for (const QString &name : names)
        env.insert(name, extra.value(name));
    cli.setProcessEnvironment(env);
    cli.start(QStringLiteral(SAJUDESK_BIN_DIR "/sajudesk-cli"), args);
    if (!cli.waitForStarted(30000))
        return QStringLiteral("(could not start sajudesk-cli)");
    cli.write(input);
    cli.closeWriteChannel();
    cli.waitForFinished(60000);
    const QString output = QString::fromUtf8(cli.readAllStandardOutput() + cli.readAllStandardError());
    // Label with the action only: the arguments of the refused form hold the key on purpose.
    record(QStringLiteral("cli %1 (exit %2):").arg(args.value(1)).arg(cli.exitCode()), output);
    // Also as a file, as a user's terminal log would be.
    QFile f(m_home + QStringLiteral("/cli-transcript.txt"));
    if (f.open(QIODevice::Append))
        f.write(output.toUtf8());
    return output;
}

void TestKeyLeak::cliOutputs()
{
    if (!QFileInfo::exists(QStringLiteral(SAJUDESK_BIN_DIR "/sajudesk-cli")))
        QSKIP("sajudesk-cli not built");
    QProcessEnvironment withKeys;
    withKeys.insert(QStringLiteral("SAJUDESK_RUNYOUR_KEY"), m_runYourKey);
    withKeys.insert(QStringLiteral("SAJUDESK_SAJU_KEY"), m_sajuKey);
    QString out = runCli({QStringLiteral("key"), QStringLiteral("status")}, {}, withKeys);
    QVERIFY2(out.contains(redactKey(m_runYourKey)), qPrintable(out));
    QVERIFY(out.contains(redactKey(m_sajuKey)));
    runCli({QStringLiteral("key"), QStringLiteral("status"), QStringLiteral("--json")}, {}, withKeys);
    // The refused form: the key as an argument must not be echoed back.
    out = runCli({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("saju"), m_sajuKey});
    QVERIFY(out.contains(QLatin1String("does not take the key as an argument")));
    // Malformed input through stdin: the error must not repeat it.
    runCli({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("saju")},
           (m_sajuKey + QStringLiteral(" ") + m_sajuKey).toUtf8());
    if (m_realKeychain) {
        // SajuDesk's real keychain entries, through the CLI.
        out = runCli({QStringLiteral("key"), QStringLiteral("set"), QStringLiteral("saju")}, m_sajuKey.toUtf8() + "\n");
        QVERIFY2(out.contains(QLatin1String("Saved the Saju API key")), qPrintable(out));
        out = runCli({QStringLiteral("key"), QStringLiteral("status")});
        QVERIFY2(out.contains(redactKey(m_sajuKey) + QStringLiteral(" (system keychain)")), qPrintable(out));
    }
}

void TestKeyLeak::requestsThroughClients()
{
    FakeApiServer server;
    server.config().runYourKeys = {m_runYourKey};
    server.config().sajuKeys.insert(m_sajuKey, {QStringLiteral("fortune:read"), QStringLiteral("saju:calculate"),
                                                QStringLiteral("stream:read"), QStringLiteral("usage:read")});
    server.config().sajuRateLimitPerMinute = 0;
    QVERIFY(server.start());
    QNetworkAccessManager nam;
    HttpClient http(&nam);
    NetworkSettings settings;
    settings.proxyMode = NetworkSettings::ProxyMode::None;
    http.setSettings(settings);

    KeyManager keys(m_store.get());
    QSignalSpy loaded(&keys, &KeyManager::loaded);
    keys.load();
    QVERIFY(loaded.wait(30000));
    QCOMPARE(keys.key(Service::RunYour), m_runYourKey);

    RunYourConfig ry;
    ry.baseUrl = server.runYourBaseUrl();
    ry.apiKey = keys.key(Service::RunYour);
    SajuApiConfig sj;
    sj.baseUrl = server.sajuBaseUrl();
    sj.apiKey = keys.key(Service::Saju);

    auto models = [&](const QString &label) {
        ModelsRequest request(&http, ry);
        bool ok = false;
        QObject::connect(&request, &ModelsRequest::modelsReceived, &request, [&ok] { ok = true; });
        runToEnd(request);
        ++m_requestsSent;
        if (ok) {
            keys.reportAuthSuccess(Service::RunYour);
        } else {
            keys.reportAuthFailure(Service::RunYour, request.error());
            record(label + QStringLiteral(" userMessage:"), request.error().userMessage());
            record(label + QStringLiteral(" userHint:"), request.error().userHint());
            record(label + QStringLiteral(" report:"), SupportReport::format(request.error(), ry.baseUrl));
        }
        return ok ? 200 : request.error().httpStatus;
    };
    QCOMPARE(models(QStringLiteral("models ok")), 200);
    const QString modelsPath = QStringLiteral("/v1/models");
    for (int status : {429, 500}) {
        server.setDefaultResponse(modelsPath, FakeResponse::runYourError(status, QStringLiteral("failing on purpose")));
        QCOMPARE(models(QStringLiteral("models %1").arg(status)), status);
        server.clearScript();
    }
    server.enqueue(modelsPath, FakeResponse::runYourError(401, QStringLiteral("Invalid API key")));
    QSignalSpy rejected(&keys, &KeyManager::keyRejected);
    QCOMPARE(models(QStringLiteral("models 401")), 401);
    QCOMPARE(rejected.count(), 1);
    QVERIFY(keys.wasRejectedAfterSuccess(Service::RunYour));
    record(QStringLiteral("rejected:"), rejected.first().at(1).toString());
    // The key really went over the wire, so the logs had a chance to leak it.
    const QList<FakeRequest> sent = server.requests(modelsPath);
    QVERIFY(!sent.isEmpty());
    QCOMPARE(sent.first().header("authorization"), QByteArray("Bearer ") + m_runYourKey.toUtf8());

    FortuneParams params;
    params.saju = {{QStringLiteral("pillars"), QJsonObject{{QStringLiteral("year"), pillar("임", "壬", "신", "申")},
                                                           {QStringLiteral("month"), pillar("무", "戊", "신", "申")},
                                                           {QStringLiteral("day"), pillar("갑", "甲", "술", "戌")},
                                                           {QStringLiteral("hour"), pillar("정", "丁", "묘", "卯")}}},
                   {QStringLiteral("dayMaster"), QJsonObject{{QStringLiteral("element"), QStringLiteral("wood")},
                                                             {QStringLiteral("name"), QStringLiteral("갑목")}}}};
    params.userName = QStringLiteral("이서준");
    auto fortune = [&](bool streaming, const QString &label) {
        FortuneRequest request(&http, sj, params);
        request.setStreaming(streaming);
        bool ok = false;
        QObject::connect(&request, &FortuneRequest::completed, &request, [&ok] { ok = true; });
        runToEnd(request);
        ++m_requestsSent;
        if (ok) {
            keys.reportAuthSuccess(Service::Saju);
        } else {
            keys.reportAuthFailure(Service::Saju, request.error());
            record(label + QStringLiteral(" userMessage:"), request.error().userMessage());
            record(label + QStringLiteral(" report:"), SupportReport::format(request.error(), sj.baseUrl));
        }
        return ok ? 200 : request.error().httpStatus;
    };
    QCOMPARE(fortune(true, QStringLiteral("fortune stream ok")), 200);
    QCOMPARE(fortune(false, QStringLiteral("fortune json ok")), 200);
    const QString jsonPath = QString::fromLatin1(FortuneRequest::jsonEndpoint);
    const QList<QPair<int, QString>> failures = {{429, QStringLiteral("RATE_LIMIT_EXCEEDED")},
                                                 {500, QStringLiteral("INTERNAL_ERROR")},
                                                 {401, QStringLiteral("INVALID_API_KEY")}};
    for (const auto &[status, code] : failures) {
        server.setDefaultResponse(jsonPath, FakeResponse::sajuError(status, code));
        QCOMPARE(fortune(false, QStringLiteral("fortune %1").arg(status)), status);
        server.clearScript();
    }
    QCOMPARE(keys.authState(Service::Saju), KeyManager::AuthState::Rejected);
    QCOMPARE(server.requests(jsonPath).first().header("x-api-key"), m_sajuKey.toUtf8());

    // A key the server does not know: its own 401 path.
    sj.apiKey = randomKey(QStringLiteral("bs_test_"), 30);
    QCOMPARE(fortune(false, QStringLiteral("fortune unknown key")), 401);
}

void TestKeyLeak::scanHomeAndLogs()
{
    m_log.flush();
    QHash<QString, QString> secrets{{QStringLiteral("RunYour key"), m_runYourKey},
                                    {QStringLiteral("Saju key"), m_sajuKey}};
    const QStringList lines = g_lines;
    int files = 0;
    const QList<Finding> findings = scanForSecrets(secrets, m_home, lines, &files);
    // The keyring daemon's own files (encrypted keyring) live in the wrapper's tree: scan it too.
    int wrapperFiles = 0;
    QList<Finding> all = findings;
    if (!g_wrapperRoot.isEmpty())
        all += scanForSecrets(secrets, g_wrapperRoot, {}, &wrapperFiles);
    for (const Finding &f : std::as_const(all))
        qWarning("LEAK: %s contains part of the %s", qPrintable(f.where), qPrintable(f.secretName));

    // Self-check: the same scanner finds the planted canary in a binary file and in a log line.
    int canaryFiles = 0;
    const QList<Finding> canary = scanForSecrets({{QStringLiteral("canary"), m_canary}}, m_home, lines, &canaryFiles);
    bool inFile = false;
    bool inLog = false;
    for (const Finding &f : canary) {
        inFile = inFile || f.where.endsWith(QLatin1String("blob.bin"));
        inLog = inLog || f.where.startsWith(QLatin1String("log line"));
    }
    qInfo("scanned %d files under the temporary HOME, %d files of the keyring wrapper's tree and %lld log lines; "
          "%d requests sent; store: %s",
          files, wrapperFiles, qlonglong(lines.size()), m_requestsSent,
          m_realKeychain ? "real keychain" : "MemoryKeyStore");
    QVERIFY2(inFile, "scanner self-check: canary in blob.bin not detected");
    QVERIFY2(inLog, "scanner self-check: canary log line not detected");
    // The run must have produced something to scan, or the test proves nothing.
    QVERIFY(files >= 3); // settings, log file, canary (+ CLI transcript)
    QVERIFY(lines.size() > 50);
    QVERIFY(m_requestsSent >= 8);
    if (m_realKeychain)
        QVERIFY(wrapperFiles >= 1); // at least the keyring file
    QVERIFY2(all.isEmpty(), "an API key leaked; see LEAK lines above");
}

void TestKeyLeak::cleanupTestCase()
{
    if (m_realKeychain) {
        removeNow(*m_store, Service::RunYour);
        removeNow(*m_store, Service::Saju);
    }
    qInstallMessageHandler(g_previousHandler);
    g_logFile = nullptr;
}

int main(int argc, char *argv[])
{
    // The whole run lives in a throwaway HOME, set before Qt reads any path.
    QTemporaryDir home(QDir::tempPath() + QStringLiteral("/sajudesk-leak-XXXXXX"));
    if (!home.isValid())
        return 1;
    if (!qEnvironmentVariable("SAJUDESK_KEYRING_WRAPPER").isEmpty())
        g_wrapperRoot = QFileInfo(qEnvironmentVariable("HOME")).absolutePath();
    const QByteArray root = home.path().toLocal8Bit();
    qputenv("HOME", root);
    qputenv("XDG_CONFIG_HOME", root + "/.config");
    qputenv("XDG_DATA_HOME", root + "/.local/share");
    qputenv("XDG_CACHE_HOME", root + "/.cache");
    qputenv("XDG_STATE_HOME", root + "/.local/state");
    qputenv("QT_LOGGING_RULES", "sajudesk.*=true");
    qputenv("SAJUDESK_RETRY_BASE_MS", "5");
    QCoreApplication app(argc, argv);
    sajudesk::initCore();
    TestKeyLeak test(home.path());
    return QTest::qExec(&test, argc, argv);
}

#include "tst_key_leak.moc"
