// SPDX-License-Identifier: GPL-3.0-or-later
#include "AppServices.h"

#include "FirstPaint.h"
#include "core/Logging.h"
#include "demo/FakeApiServer.h"
#include "keys/KeyManager.h"
#include "keys/QtKeychainStore.h"
#include "runyour/ModelsRequest.h"
#include "runyour/RunYourConfig.h"
#include "sajuapi/FortuneCache.h"
#include "sajuapi/FortuneRequest.h"
#include "sajuapi/SajuApiConfig.h"

#include <QCoreApplication>
#include <QDir>
#include <QNetworkAccessManager>
#include <QSettings>
#include <QStandardPaths>
#include <QTimer>

namespace sajudesk {

namespace {
// Keys the loopback server accepts; they only ever travel to 127.0.0.1.
const QString demoRunYourKey = QStringLiteral("runyour-v1-00000000-0000-4000-8000-000000000000-demo");
const QString demoSajuKey = QStringLiteral("bs_test_sajudesk_demo");

ApiKeyStore::Service keyServiceOf(ApiError::Service service)
{
    return service == ApiError::Service::Saju ? ApiKeyStore::Service::Saju : ApiKeyStore::Service::RunYour;
}
} // namespace

AppServices::AppServices(const AppOptions &options, QObject *parent)
    : QObject(parent)
    , m_options(options)
    , m_nam(new QNetworkAccessManager(this))
    , m_http(new HttpClient(m_nam, this))
    , m_store(options.keyStore ? options.keyStore : new QtKeychainStore(this))
    , m_keys(new KeyManager(m_store, this))
    , m_models(nullptr)
    , m_rateLimits(new RateLimitTracker(this))
{
    QSettings settings;
    m_http->setSettings(NetworkSettings::load(settings));
    m_models = new ModelCatalog(m_http, runYourConfig(), this);

    auto keysChanged = [this] {
        m_models->setConfig(runYourConfig());
        emit keyStatusChanged();
        emit configChanged();
    };
    connect(m_keys, &KeyManager::loaded, this, keysChanged);
    connect(m_keys, &KeyManager::keyChanged, this, keysChanged);
    connect(m_keys, &KeyManager::statusChanged, this, &AppServices::keyStatusChanged);
    connect(m_keys, &KeyManager::keyRejected, this, &AppServices::keyRejected);
    connect(m_rateLimits, &RateLimitTracker::changed, this, &AppServices::rateLimitChanged);
}

AppServices::~AppServices()
{
    // Requests must not outlive the manager they run on.
    m_http->abortAll();
}

void AppServices::start(KeychainStart keychain)
{
    m_keys->applyEnvironment();
    if (m_options.demo)
        enableDemo();
    if (keychain == KeychainStart::Now)
        startKeychain();
}

void AppServices::startAfterFirstPaint(QWidget *window)
{
    constexpr int latestMs = 1000;
    new FirstPaintWatcher(window, [this] { startKeychain(); });
    QTimer::singleShot(latestMs, this, &AppServices::startKeychain);
}

void AppServices::startKeychain()
{
    if (m_started)
        return;
    m_started = true;
    m_keys->load();
    // The model list waited for this (ModelPicker asks again on configChanged).
    emit configChanged();
}

bool AppServices::enableDemo()
{
    if (m_demoServer)
        return true;
    auto *server = new FakeApiServer(FakeApiConfig::demo(), this);
    if (!server->start()) {
        qCWarning(lcUi) << "demo mode: the loopback server could not listen";
        delete server;
        return false;
    }
    m_demoServer = server;
    qCInfo(lcUi) << "demo mode on" << server->baseUrl().toString();
    m_models->setConfig(runYourConfig());
    emit demoModeChanged(true);
    emit keyStatusChanged();
    emit configChanged();
    return true;
}

QString AppServices::apiKey(Service service) const
{
    if (m_demoServer)
        return service == Service::RunYour ? demoRunYourKey : demoSajuKey;
    return m_keys->key(service);
}

QUrl AppServices::runYourBaseUrl() const
{
    if (m_demoServer)
        return m_demoServer->runYourBaseUrl();
    return RunYourConfig::resolveBaseUrl(m_options.runYourUrl);
}

QUrl AppServices::sajuBaseUrl() const
{
    if (m_demoServer)
        return m_demoServer->sajuBaseUrl();
    return SajuApiConfig::resolveBaseUrl(m_options.sajuUrl);
}

SajuApiConfig AppServices::sajuConfig() const
{
    SajuApiConfig config;
    config.baseUrl = sajuBaseUrl();
    if (!m_demoServer)
        config.baseUrlProblem = SajuApiConfig::resolveBaseUrlChecked(m_options.sajuUrl).problem;
    config.apiKey = apiKey(Service::Saju);
    return config;
}

RateLimitInfo AppServices::rateLimit() const
{
    return m_rateLimits->current();
}

void AppServices::testKey(Service service, const QString &key, std::function<void(bool, const ApiError &)> done)
{
    // The key under test goes only into this one request; nothing is stored.
    if (service == Service::RunYour) {
        RunYourConfig config;
        // The real service even in demo mode: the demo server would accept any key.
        const ResolvedUrl url = RunYourConfig::resolveBaseUrlChecked(m_options.runYourUrl);
        config.baseUrl = url.url;
        config.baseUrlProblem = url.problem;
        config.apiKey = key;
        config.retryPolicy.maxAttempts = 1;
        auto *request = new ModelsRequest(m_http, config, this);
        connect(request, &ModelsRequest::modelsReceived, this, [done](const QList<ModelInfo> &) { done(true, {}); });
        connect(request, &ModelsRequest::failed, this, [done](const ApiError &error) { done(false, error); });
        connect(request, &ModelsRequest::finished, request, &QObject::deleteLater);
        request->start();
        return;
    }
    SajuApiConfig config;
    const ResolvedUrl url = SajuApiConfig::resolveBaseUrlChecked(m_options.sajuUrl);
    config.baseUrl = url.url;
    config.baseUrlProblem = url.problem;
    config.apiKey = key;
    config.retryPolicy.maxAttempts = 1;
    SajuCalcParams params;
    params.year = 1992;
    params.month = 8;
    params.day = 26;
    auto *request = new SajuCalcRequest(m_http, config, params, this);
    request->setRateLimitTracker(m_rateLimits);
    connect(request, &SajuCalcRequest::calculated, this, [done](const QJsonObject &) { done(true, {}); });
    connect(request, &SajuCalcRequest::failed, this, [done](const ApiError &error) { done(false, error); });
    connect(request, &SajuCalcRequest::finished, request, &QObject::deleteLater);
    request->start();
}

RunYourConfig AppServices::runYourConfig() const
{
    RunYourConfig config;
    config.baseUrl = runYourBaseUrl();
    if (!m_demoServer)
        config.baseUrlProblem = RunYourConfig::resolveBaseUrlChecked(m_options.runYourUrl).problem;
    config.apiKey = apiKey(Service::RunYour);
    config.streamUsage = RunYourConfig::streamUsageSetting();
    return config;
}

QUrl AppServices::baseUrl(ApiError::Service service) const
{
    switch (service) {
    case ApiError::Service::RunYour:
        return runYourBaseUrl();
    case ApiError::Service::Saju:
        return sajuBaseUrl();
    case ApiError::Service::Local:
        break;
    }
    return QUrl();
}

QString AppServices::conversationsDirectory() const
{
    const QString base = m_options.dataDirectory.isEmpty()
                             ? QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
                             : m_options.dataDirectory;
    return QDir(base).filePath(QStringLiteral("conversations"));
}

QString AppServices::profilesFile() const
{
    if (m_options.dataDirectory.isEmpty())
        return QString(); // ProfileStore's own default
    return QDir(m_options.dataDirectory).filePath(QStringLiteral("profiles.json"));
}

QString AppServices::fortuneCacheDirectory() const
{
    if (isDemo()) {
        if (!m_demoCache)
            m_demoCache = std::make_unique<QTemporaryDir>();
        return m_demoCache->isValid() ? m_demoCache->path() : QString();
    }
    if (!m_options.dataDirectory.isEmpty())
        return QDir(m_options.dataDirectory).filePath(QStringLiteral("cache/fortunes"));
    return FortuneCache::defaultDirectory();
}

bool AppServices::keyUnknown(Service service) const
{
    return !m_demoServer && !hasKey(service) && !m_keys->isLoaded();
}

QString AppServices::keyStatusText(Service service) const
{
    const QString name = ApiKeyStore::displayName(service);
    if (m_demoServer)
        return tr("%1: demo key").arg(name);
    if (m_keys->authState(service) == KeyManager::AuthState::Rejected)
        return tr("%1: key rejected").arg(name);
    switch (m_keys->source(service)) {
    case KeyManager::Source::Keychain:
        return tr("%1: keychain").arg(name);
    case KeyManager::Source::SessionOnly:
        return tr("%1: this session only").arg(name);
    case KeyManager::Source::Environment:
        return tr("%1: environment").arg(name);
    case KeyManager::Source::None:
        break;
    }
    return tr("%1: no key").arg(name);
}

QString AppServices::keychainWarning() const
{
    if (m_keys->keychainState() != KeyManager::KeychainState::Unavailable)
        return QString();
    return tr("Keychain unavailable — keys kept for this session only");
}

void AppServices::reportSuccess(ApiError::Service service)
{
    if (m_demoServer || service == ApiError::Service::Local)
        return;
    m_keys->reportAuthSuccess(keyServiceOf(service));
}

bool AppServices::reportFailure(const ApiError &error)
{
    if (error.service == ApiError::Service::Local || error.kind != ApiError::Kind::Http)
        return false;
    if (m_demoServer)
        return error.httpStatus == 401;
    return m_keys->reportAuthFailure(keyServiceOf(error.service), error);
}

} // namespace sajudesk
