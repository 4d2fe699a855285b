// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/ApiKeyStore.h"
#include "net/ApiError.h"
#include "net/HttpClient.h"

#include <QObject>
#include <QString>
#include <QTemporaryDir>
#include <QUrl>

#include <functional>
#include <memory>

class QNetworkAccessManager;
class QWidget;

namespace sajudesk {

class FakeApiServer;
class KeyManager;
class ModelCatalog;
class RateLimitTracker;
struct RunYourConfig;
struct SajuApiConfig;

/// How the GUI was started: `sajudesk --demo --runyour-url … --saju-url …`.
struct AppOptions
{
    bool demo = false;               ///< start the in-process FakeApiServer and use demo keys
    QString runYourUrl;              ///< override (else $SAJUDESK_RUNYOUR_URL, setting, default)
    QString sajuUrl;                 ///< override (else $SAJUDESK_SAJU_URL, setting, default)
    QString dataDirectory;           ///< conversations/ and profiles.json; empty = AppDataLocation
    ApiKeyStore *keyStore = nullptr; ///< tests pass a MemoryKeyStore; null = the OS keychain
};

/// Everything the widgets share and nothing they draw: the one QNetworkAccessManager and
/// HttpClient, the KeyManager (OS keychain), the RunYour model catalog, the service URLs and keys
/// in force, demo mode (an in-process FakeApiServer with demo keys) and the storage locations.
/// Widgets ask it for a config right before each request, so a new key or demo mode applies at
/// once without a restart.
///   AppServices services(options);  services.start(AppServices::KeychainStart::AfterFirstPaint);
///   MainWindow window(&languages, &services);  services.startAfterFirstPaint(&window);  window.show();
class AppServices : public QObject
{
    Q_OBJECT
public:
    using Service = ApiKeyStore::Service;

    explicit AppServices(const AppOptions &options = AppOptions(), QObject *parent = nullptr);
    ~AppServices() override;
    Q_DISABLE_COPY(AppServices)

    enum class KeychainStart { Now, AfterFirstPaint };
    /// Applies keys from the environment and, when asked for, starts demo mode. The keychain reads
    /// (and once they are in, the RunYour model list) begin now, or with AfterFirstPaint when
    /// startAfterFirstPaint()'s window has painted: start-up shows the window before anything else.
    void start(KeychainStart keychain = KeychainStart::Now);
    /// Begins the keychain reads once `window` has painted its first frame, or after 1 s if it
    /// has not by then (e.g. it starts minimised).
    void startAfterFirstPaint(QWidget *window);
    /// The keychain has been asked; until then the model list is not requested either.
    bool isStarted() const { return m_started; }

    HttpClient *http() const { return m_http; }
    KeyManager *keys() const { return m_keys; }
    ModelCatalog *models() const { return m_models; }

    /// Demo keys and the loopback server replace the real ones while demo mode is on.
    bool isDemo() const { return m_demoServer != nullptr; }
    /// Starts the loopback FakeApiServer with its demo configuration; false when it cannot listen.
    bool enableDemo();
    FakeApiServer *demoServer() const { return m_demoServer; }

    QString apiKey(Service service) const;
    bool hasKey(Service service) const { return !apiKey(service).isEmpty(); }
    bool hasAnyKey() const { return hasKey(Service::RunYour) || hasKey(Service::Saju); }
    /// No key in use yet, but the keychain has not answered (start-up reads it after the first
    /// frame): the window must not say "no key" for a key it merely has not read.
    bool keyUnknown(Service service) const;
    QUrl runYourBaseUrl() const;
    QUrl sajuBaseUrl() const;
    RunYourConfig runYourConfig() const;
    SajuApiConfig sajuConfig() const;
    /// Latest X-RateLimit-* of the Saju API; hand it to Saju requests.
    RateLimitTracker *rateLimits() const { return m_rateLimits; }

    /// For Settings › API Keys "Test key": a cheap authenticated call with `key`
    /// (RunYour: GET /v1/models, Saju: POST /api/saju); `done(ok, error)` runs once, later.
    void testKey(Service service, const QString &key, std::function<void(bool, const ApiError &)> done);
    /// Base URL of a service as shown in support reports (host only is used there).
    QUrl baseUrl(ApiError::Service service) const;

    QString conversationsDirectory() const;
    QString profilesFile() const;
    /// Where daily fortunes are cached (FortuneCache): the folder the CLI shares, under the data
    /// folder when one was given, or a folder that lives only as long as demo mode (the demo
    /// server's answers are worth nothing after it stops).
    QString fortuneCacheDirectory() const;

    /// Short status for the status bar per service: "RunYour AI: keychain", "Saju API: none" …
    QString keyStatusText(Service service) const;
    /// "Keychain unavailable — keys kept for this session only" or empty.
    QString keychainWarning() const;

    /// Requests report outcomes here: success clears a rejected state; an auth failure (401 /
    /// invalid_api_key) marks the key rejected and emits keyRejected(). Returns true for auth failures.
    void reportSuccess(ApiError::Service service);
    bool reportFailure(const ApiError &error);
    RateLimitInfo rateLimit() const;

signals:
    /// Keys, URLs or demo mode changed: reload what depends on them.
    void configChanged();
    void keyStatusChanged();
    void demoModeChanged(bool demo);
    void rateLimitChanged(const sajudesk::RateLimitInfo &info);
    /// A service rejected its key; `reason` is translated.
    void keyRejected(sajudesk::ApiKeyStore::Service service, const QString &reason);

private:
    void startKeychain();

    AppOptions m_options;
    bool m_started = false;
    QNetworkAccessManager *m_nam;
    HttpClient *m_http;
    ApiKeyStore *m_store;
    KeyManager *m_keys;
    ModelCatalog *m_models;
    RateLimitTracker *m_rateLimits;
    FakeApiServer *m_demoServer = nullptr;
    mutable std::unique_ptr<QTemporaryDir> m_demoCache;
};

} // namespace sajudesk
