// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "keys/ApiKeyStore.h"
#include "keys/KeyFormat.h"

#include <QProcessEnvironment>

namespace sajudesk {

/// The one place the app and the CLI get API keys from. It loads both keys from an
/// ApiKeyStore at start, holds them in memory for the session, and tells the UI where each key
/// comes from. Nothing here writes a key anywhere except through the store.
///
///   KeyManager keys(new QtKeychainStore);      // takes no ownership; parent the store yourself
///   keys.applyEnvironment();                   // CLI: SAJUDESK_RUNYOUR_KEY / SAJUDESK_SAJU_KEY win
///   keys.load();                               // emits loaded() once both reads are done
///   connect(&keys, &KeyManager::keyChanged, client, ...); // new key applies without restart
///
/// Keychain unavailable: save() still succeeds with a session-only key (source SessionOnly,
/// saveFinished(persistent=false)), and keychainStatusText() says so for the dialog and the
/// status bar. There is no plaintext fallback.
///
/// HTTP clients report authentication outcomes for the key they used:
///   reportAuthSuccess(service)        after any 2xx answer;
///   reportAuthFailure(service, error) on a failure; returns true when it was an auth failure
///                                     (HTTP 401 / invalid_api_key). The caller must then NOT
///                                     retry: the key is marked Rejected and keyRejected() is
///                                     emitted (wasRejectedAfterSuccess() tells a revoked or
///                                     rotated key apart from a key that never worked).
/// keyRejected() is emitted once per rejection (further 401s with the same key only return
/// true). A rejected key stays rejected until a new key is saved, the key is removed, or a later
/// request with it succeeds.
class KeyManager : public QObject
{
    Q_OBJECT
public:
    using Service = ApiKeyStore::Service;

    enum class Source { None, Keychain, SessionOnly, Environment };
    Q_ENUM(Source)
    enum class KeychainState { Unknown, Available, Unavailable };
    Q_ENUM(KeychainState)
    enum class AuthState { Untested, Working, Rejected };
    Q_ENUM(AuthState)

    explicit KeyManager(ApiKeyStore *store, QObject *parent = nullptr);
    ~KeyManager() override;

    static QString environmentVariable(Service service); ///< "SAJUDESK_RUNYOUR_KEY" / "SAJUDESK_SAJU_KEY"
    /// Uses keys from the environment; they take precedence over stored keys (source Environment).
    /// A malformed variable is ignored and reported through formatWarning().
    void applyEnvironment(const QProcessEnvironment &env = QProcessEnvironment::systemEnvironment());

    void load();
    bool isLoaded() const { return m_loaded; }
    bool isBusy() const { return m_pending > 0; }

    QString key(Service service) const; ///< the key to send right now; empty when none
    bool hasKey(Service service) const { return !key(service).isEmpty(); }
    Source source(Service service) const;
    QString maskedKey(Service service) const; ///< redactKey() of the key in use, "(none)" if none
    /// Non-empty when the key in use (or an environment variable) has an unusual format.
    QString formatWarning(Service service) const;

    KeychainState keychainState() const { return m_keychainState; }
    QString keychainMessage() const { return m_keychainMessage; } ///< backend reason when Unavailable
    /// "Keychain unavailable: <reason>. Keys are kept for this session only." or empty.
    QString keychainStatusText() const;
    QString sourceText(Service service) const; ///< "system keychain", "this session only", ...
    QString statusText(Service service) const; ///< "RunYour AI: runyour-v1-…a1b2 (system keychain)"
    QString statusBarText() const;             ///< short text for the main window; empty when all is well

    /// Validates and stores. Returns the check; when it is not usable nothing happens. A Warning
    /// is stored as given: ask the user first. The outcome arrives as saveFinished().
    KeyCheck save(Service service, const QString &rawKey);
    /// Forgets the key in memory and deletes it from the store; outcome as removeFinished().
    void remove(Service service);

    AuthState authState(Service service) const;
    bool wasRejectedAfterSuccess(Service service) const;
    QString rejectionReason(Service service) const;
    void reportAuthSuccess(Service service);
    bool reportAuthFailure(Service service, const ApiError &error);

Q_SIGNALS:
    void loaded();
    void keyChanged(sajudesk::ApiKeyStore::Service service);
    void statusChanged();
    void busyChanged(bool busy);
    /// ok: the key is in use. persistent: it is in the keychain (false = session only).
    void saveFinished(sajudesk::ApiKeyStore::Service service, bool ok, bool persistent, const QString &message);
    void removeFinished(sajudesk::ApiKeyStore::Service service, bool ok, const QString &message);
    void keyRejected(sajudesk::ApiKeyStore::Service service, const QString &reason);

private:
    struct Slot
    {
        QString stored; ///< from the store or saved this session
        Source storedSource = Source::None;
        QString environment;
        QString environmentProblem;
        QString storedWarning;
        AuthState auth = AuthState::Untested;
        bool workedBefore = false;
        bool rejectedAfterSuccess = false;
        QString rejection;
        int generation = 0;
    };

    Slot &slot(Service service) { return m_slots[service == Service::RunYour ? 0 : 1]; }
    const Slot &slot(Service service) const { return m_slots[service == Service::RunYour ? 0 : 1]; }
    void setStored(Service service, const QString &key, Source source);
    void resetAuth(Slot &s);
    void beginOperation();
    void endOperation();
    void setKeychain(KeychainState state, const QString &message);

    ApiKeyStore *m_store;
    Slot m_slots[2];
    KeychainState m_keychainState = KeychainState::Unknown;
    QString m_keychainMessage;
    int m_pending = 0;
    int m_loadsLeft = 0;
    bool m_loaded = false;
};

} // namespace sajudesk
