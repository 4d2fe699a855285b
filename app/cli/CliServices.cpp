// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli/CliServices.h"

#include "cli/CliCommand.h"
#include "core/Logging.h"
#include "demo/FakeApiServer.h"
#include "keys/KeyManager.h"
#include "keys/MemoryKeyStore.h"
#include "keys/QtKeychainStore.h"
#include "net/HttpClient.h"
#include "support/SupportReport.h"

#include <QCoreApplication>
#include <QEventLoop>
#include <QSettings>
#include <QTimer>

#include <cstdio>

namespace sajudesk::cli {

namespace {

const QString kDemoRunYourKey = QStringLiteral("runyour-v1-00000000-0000-0000-0000-000000000000-demo");
const QString kDemoSajuKey = QStringLiteral("bs_test_demo_key_for_offline_use");

QByteArray g_outBuffer;
bool g_flushScheduled = false;

} // namespace

void writeOut(const QString &text)
{
    flushOut();
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stdout);
    std::fflush(stdout);
}

void writeErr(const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stderr);
    std::fflush(stderr);
}

void writeOutBuffered(const QString &text)
{
    g_outBuffer += text.toUtf8();
    // One write per event-loop turn: all deltas that arrived in one network read go out
    // together, immediately after it, instead of one syscall per token.
    if (!g_flushScheduled && QCoreApplication::instance()) {
        g_flushScheduled = true;
        QTimer::singleShot(0, QCoreApplication::instance(), [] { flushOut(); });
    } else if (!QCoreApplication::instance()) {
        flushOut();
    }
}

void flushOut()
{
    g_flushScheduled = false;
    if (g_outBuffer.isEmpty())
        return;
    std::fwrite(g_outBuffer.constData(), 1, size_t(g_outBuffer.size()), stdout);
    std::fflush(stdout);
    g_outBuffer.clear();
}

CliServices::CliServices() = default;

CliServices::~CliServices()
{
    if (m_http)
        m_http->abortAll();
}

void CliServices::addOptions(QCommandLineParser &parser)
{
    parser.addOption(
        {QStringLiteral("demo"),
         QCoreApplication::translate("Cli", "Use the built-in offline demo server (no keys, no network).")});
    parser.addOption({QStringLiteral("runyour-url"),
                      QCoreApplication::translate(
                          "Cli", "RunYour AI base URL (default https://api.runyour.ai/v1; env SAJUDESK_RUNYOUR_URL)."),
                      QStringLiteral("url")});
    parser.addOption({QStringLiteral("saju-url"),
                      QCoreApplication::translate(
                          "Cli", "Saju API base URL (default https://api.sajuapi.dev; env SAJUDESK_SAJU_URL)."),
                      QStringLiteral("url")});
}

bool CliServices::isGlobalOption(const QString &arg, bool *takesValue)
{
    *takesValue = false;
    if (arg == QLatin1String("--demo"))
        return true;
    if (arg.startsWith(QLatin1String("--runyour-url=")) || arg.startsWith(QLatin1String("--saju-url=")))
        return true;
    if (arg == QLatin1String("--runyour-url") || arg == QLatin1String("--saju-url")) {
        *takesValue = true;
        return true;
    }
    return false;
}

QString CliServices::loadKey(int service, bool needed)
{
    const auto svc = service == RunYour ? ApiKeyStore::Service::RunYour : ApiKeyStore::Service::Saju;
    if (!needed)
        return {};
    const QString envName = KeyManager::environmentVariable(svc);
    // The environment wins and never touches the keychain (scripts, CI, containers without D-Bus).
    if (!qEnvironmentVariable(envName.toLatin1().constData()).isEmpty()) {
        MemoryKeyStore store;
        KeyManager keys(&store);
        keys.applyEnvironment();
        const QString key = keys.key(svc);
        if (!key.isEmpty())
            return key; // an unusual prefix is warned about by the request itself, once
        // KeyManager ignores a malformed variable; say why, and send it anyway so the service's
        // own answer tells the user what is wrong rather than a puzzling "no key".
        if (const QString w = keys.formatWarning(svc); !w.isEmpty())
            writeErr(QCoreApplication::translate("Cli", "warning: %1\n").arg(w));
        return qEnvironmentVariable(envName.toLatin1().constData()).trimmed();
    }
    QtKeychainStore store;
    KeyManager keys(&store);
    QEventLoop loop;
    QObject::connect(&keys, &KeyManager::loaded, &loop, &QEventLoop::quit);
    QTimer::singleShot(15000, &loop, &QEventLoop::quit);
    keys.load();
    if (!keys.isLoaded())
        loop.exec();
    if (!keys.isLoaded() || keys.keychainState() == KeyManager::KeychainState::Unavailable)
        qCInfo(lcKeys) << "keychain not available for the CLI:" << keys.keychainMessage();
    return keys.key(svc);
}

int CliServices::setUp(const QCommandLineParser &parser, int needs)
{
    NetworkSettings settings;
    if (QCoreApplication::instance()) {
        QSettings s;
        settings = NetworkSettings::load(s);
    }
    if (parser.isSet(QStringLiteral("demo"))) {
        m_demo = std::make_unique<FakeApiServer>(FakeApiConfig::demo());
        if (!m_demo->start()) {
            writeErr(QCoreApplication::translate("Cli", "sajudesk-cli: could not start the demo server on "
                                                        "127.0.0.1.\n"));
            return ExitNetwork;
        }
        settings.proxyMode = NetworkSettings::ProxyMode::None;
        m_runYour.baseUrl = m_demo->runYourBaseUrl();
        m_saju.baseUrl = m_demo->sajuBaseUrl();
        m_runYour.apiKey = kDemoRunYourKey;
        m_saju.apiKey = kDemoSajuKey;
    } else {
        // An unusable URL from the option, the environment or the settings is an error, never
        // silently replaced by the default server.
        const ResolvedUrl runYourUrl =
            RunYourConfig::resolveBaseUrlChecked(parser.value(QStringLiteral("runyour-url")));
        const ResolvedUrl sajuUrl = SajuApiConfig::resolveBaseUrlChecked(parser.value(QStringLiteral("saju-url")));
        for (const ResolvedUrl *url :
             {(needs & RunYour) ? &runYourUrl : nullptr, (needs & Saju) ? &sajuUrl : nullptr}) {
            if (url && !url->problem.isEmpty()) {
                writeErr(QStringLiteral("sajudesk-cli: ") + url->problem + QLatin1Char('\n'));
                return ExitUsage;
            }
        }
        m_runYour.baseUrl = runYourUrl.url;
        m_runYour.baseUrlProblem = runYourUrl.problem;
        m_runYour.streamUsage = RunYourConfig::streamUsageSetting();
        m_saju.baseUrl = sajuUrl.url;
        m_saju.baseUrlProblem = sajuUrl.problem;
        m_runYour.apiKey = loadKey(RunYour, needs & RunYour);
        m_saju.apiKey = loadKey(Saju, needs & Saju);
    }
    m_http = std::make_unique<HttpClient>(&m_nam);
    m_http->setSettings(settings);
    return ExitOk;
}

QString CliServices::retryLine(int attempt, qint64 delayMs, const ApiError &error, int maxAttempts)
{
    QString what;
    if (error.httpStatus > 0)
        what = QString::number(error.httpStatus) + QLatin1Char(' ');
    what += error.code.isEmpty() ? QStringLiteral("error") : error.code;
    const double secs = double(delayMs) / 1000.0;
    const QString delay = delayMs % 1000 == 0 ? QString::number(delayMs / 1000) : QString::number(secs, 'f', 1);
    return QCoreApplication::translate("Cli", "%1 — retrying in %2 s (attempt %3/%4)")
               .arg(what, delay)
               .arg(attempt)
               .arg(maxAttempts)
           + QLatin1Char('\n');
}

int CliServices::exitCodeFor(const ApiError &error)
{
    switch (error.kind) {
    case ApiError::Kind::None:
        return ExitOk;
    case ApiError::Kind::Input:
        return ExitUsage;
    case ApiError::Kind::Network:
    case ApiError::Kind::Timeout:
    case ApiError::Kind::Tls:
        return ExitNetwork;
    case ApiError::Kind::Http:
    case ApiError::Kind::Protocol:
    case ApiError::Kind::Incomplete:
    case ApiError::Kind::Cancelled:
        break;
    }
    return ExitApiError;
}

int CliServices::reportFailure(const ApiError &error, const QUrl &baseUrl)
{
    flushOut();
    QString text =
        QStringLiteral("\nsajudesk-cli: ") + SupportReport::scrubSecrets(error.userMessage()) + QLatin1Char('\n');
    const QString hint = SupportReport::scrubSecrets(error.userHint());
    if (!hint.isEmpty())
        text += QStringLiteral("  ") + hint + QLatin1Char('\n');
    text += SupportReport::format(error, baseUrl);
    writeErr(text);
    return exitCodeFor(error);
}

} // namespace sajudesk::cli
