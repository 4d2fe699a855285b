// SPDX-License-Identifier: GPL-3.0-or-later
#include "keys/KeyManager.h"

#include "core/Logging.h"

#include <QCoreApplication>

namespace sajudesk {

namespace {

// Best effort: overwrite the characters we own before dropping them. A shared copy belongs to
// someone else and is left alone.
void wipe(QString &s)
{
    if (s.isDetached())
        s.fill(QChar(u'\0'));
    s.clear();
}

} // namespace

KeyManager::KeyManager(ApiKeyStore *store, QObject *parent)
    : QObject(parent)
    , m_store(store)
{}

KeyManager::~KeyManager()
{
    for (Slot &s : m_slots) {
        wipe(s.stored);
        wipe(s.environment);
    }
}

QString KeyManager::environmentVariable(Service service)
{
    return service == Service::RunYour ? QStringLiteral("SAJUDESK_RUNYOUR_KEY") : QStringLiteral("SAJUDESK_SAJU_KEY");
}

void KeyManager::applyEnvironment(const QProcessEnvironment &env)
{
    for (Service service : {Service::RunYour, Service::Saju}) {
        Slot &s = slot(service);
        const QString before = key(service);
        wipe(s.environment);
        s.environmentProblem.clear();
        const QString name = environmentVariable(service);
        if (env.contains(name) && !env.value(name).trimmed().isEmpty()) {
            const KeyCheck check = checkKey(service, env.value(name));
            if (check.usable()) {
                s.environment = check.key;
                s.environmentProblem = check.level == KeyCheck::Level::Warning ? check.message : QString();
            } else {
                s.environmentProblem =
                    QCoreApplication::translate("KeyManager", "%1 is set but ignored: %2").arg(name, check.message);
            }
        }
        if (key(service) != before) {
            resetAuth(s);
            Q_EMIT keyChanged(service);
        }
    }
    Q_EMIT statusChanged();
}

void KeyManager::load()
{
    if (m_loadsLeft > 0)
        return;
    m_loadsLeft = 2;
    for (Service service : {Service::RunYour, Service::Saju}) {
        beginOperation();
        const int generation = slot(service).generation;
        m_store->read(service, this, [this, service, generation](const ApiKeyStore::ReadResult &r) {
            Slot &s = slot(service);
            // A save or remove issued while loading is newer than what the store had.
            if (generation == s.generation) {
                switch (r.status) {
                case ApiKeyStore::ReadStatus::Found: {
                    const KeyCheck check = checkKey(service, r.key);
                    setKeychain(KeychainState::Available, QString());
                    if (check.usable()) {
                        setStored(service, check.key, Source::Keychain);
                        s.storedWarning = check.level == KeyCheck::Level::Warning ? check.message : QString();
                    } else {
                        s.storedWarning = QCoreApplication::translate(
                                              "KeyManager", "The key stored in the keychain is not usable: %1")
                                              .arg(check.message);
                        qCDebug(lcKeys) << "stored key unusable for" << ApiKeyStore::serviceId(service);
                    }
                    break;
                }
                case ApiKeyStore::ReadStatus::NotFound:
                    if (m_keychainState != KeychainState::Unavailable)
                        setKeychain(KeychainState::Available, QString());
                    break;
                case ApiKeyStore::ReadStatus::Unavailable:
                    setKeychain(KeychainState::Unavailable, r.message);
                    break;
                }
            }
            qCDebug(lcKeys) << "loaded" << ApiKeyStore::serviceId(service) << "source" << source(service) << "key"
                            << maskedKey(service);
            const bool done = --m_loadsLeft == 0;
            if (done)
                m_loaded = true;
            endOperation();
            Q_EMIT statusChanged();
            if (done)
                Q_EMIT loaded(); // last, so listeners see the final, idle state
        });
    }
}

QString KeyManager::key(Service service) const
{
    const Slot &s = slot(service);
    return s.environment.isEmpty() ? s.stored : s.environment;
}

KeyManager::Source KeyManager::source(Service service) const
{
    const Slot &s = slot(service);
    return s.environment.isEmpty() ? s.storedSource : Source::Environment;
}

QString KeyManager::maskedKey(Service service) const
{
    return redactKey(key(service));
}

QString KeyManager::formatWarning(Service service) const
{
    const Slot &s = slot(service);
    if (!s.environmentProblem.isEmpty())
        return s.environmentProblem;
    if (s.environment.isEmpty())
        return s.storedWarning;
    return QString();
}

QString KeyManager::keychainStatusText() const
{
    if (m_keychainState != KeychainState::Unavailable)
        return QString();
    return QCoreApplication::translate("KeyManager", "Keychain unavailable: %1. Keys are kept for this session only.")
        .arg(m_keychainMessage);
}

QString KeyManager::sourceText(Service service) const
{
    switch (source(service)) {
    case Source::None:
        return QCoreApplication::translate("KeyManager", "no key");
    case Source::Keychain:
        return QCoreApplication::translate("KeyManager", "system keychain");
    case Source::SessionOnly:
        return QCoreApplication::translate("KeyManager", "this session only");
    case Source::Environment:
        return QCoreApplication::translate("KeyManager", "from %1").arg(environmentVariable(service));
    }
    return QString();
}

QString KeyManager::statusText(Service service) const
{
    QString text;
    if (!hasKey(service)) {
        text = QCoreApplication::translate("KeyManager", "%1: no key").arg(ApiKeyStore::displayName(service));
    } else {
        text = QCoreApplication::translate("KeyManager", "%1: %2 (%3)")
                   .arg(ApiKeyStore::displayName(service), maskedKey(service), sourceText(service));
    }
    if (authState(service) == AuthState::Rejected)
        text += QLatin1Char(' ') + QCoreApplication::translate("KeyManager", "— rejected by the server");
    return text;
}

QString KeyManager::statusBarText() const
{
    QStringList parts;
    if (m_keychainState == KeychainState::Unavailable)
        parts << keychainStatusText();
    for (Service service : {Service::RunYour, Service::Saju}) {
        if (authState(service) == AuthState::Rejected)
            parts << QCoreApplication::translate("KeyManager", "The %1 key was rejected; enter a new one in Settings.")
                         .arg(ApiKeyStore::displayName(service));
    }
    return parts.join(QLatin1Char(' '));
}

KeyCheck KeyManager::save(Service service, const QString &rawKey)
{
    KeyCheck check = checkKey(service, rawKey);
    if (!check.usable()) {
        qCDebug(lcKeys) << "refused to save an unusable key for" << ApiKeyStore::serviceId(service);
        return check;
    }
    Slot &s = slot(service);
    ++s.generation;
    beginOperation();
    const QString newKey = check.key;
    const QString warning = check.level == KeyCheck::Level::Warning ? check.message : QString();
    m_store->write(service, newKey, this, [this, service, newKey, warning](const ApiKeyStore::WriteResult &r) {
        Slot &s = slot(service);
        QString message;
        if (r.ok) {
            setKeychain(KeychainState::Available, QString());
            setStored(service, newKey, Source::Keychain);
            message = QCoreApplication::translate("KeyManager", "Saved the %1 key %2 in the system keychain.")
                          .arg(ApiKeyStore::displayName(service), redactKey(newKey));
        } else {
            setKeychain(KeychainState::Unavailable, r.message);
            setStored(service, newKey, Source::SessionOnly);
            message = keychainStatusText() + QLatin1Char(' ')
                      + QCoreApplication::translate("KeyManager", "The %1 key %2 is used until SajuDesk quits.")
                            .arg(ApiKeyStore::displayName(service), redactKey(newKey));
        }
        s.storedWarning = warning;
        if (!s.environment.isEmpty())
            message += QLatin1Char(' ')
                       + QCoreApplication::translate("KeyManager", "%1 is set and takes precedence over it.")
                             .arg(environmentVariable(service));
        qCDebug(lcKeys) << "saved key for" << ApiKeyStore::serviceId(service) << redactKey(newKey)
                        << (r.ok ? "in keychain" : "session only");
        Q_EMIT saveFinished(service, true, r.ok, message);
        Q_EMIT statusChanged();
        endOperation();
    });
    return check;
}

void KeyManager::remove(Service service)
{
    Slot &s = slot(service);
    ++s.generation;
    beginOperation();
    m_store->remove(service, this, [this, service](const ApiKeyStore::WriteResult &r) {
        Slot &s = slot(service);
        setStored(service, QString(), Source::None);
        s.storedWarning.clear();
        QString message;
        if (r.ok) {
            message =
                QCoreApplication::translate("KeyManager", "Removed the %1 key.").arg(ApiKeyStore::displayName(service));
        } else {
            setKeychain(KeychainState::Unavailable, r.message);
            message = QCoreApplication::translate("KeyManager",
                                                  "The %1 key is no longer used in this session, but the keychain "
                                                  "could not be reached to delete it: %2")
                          .arg(ApiKeyStore::displayName(service), r.message);
        }
        if (!s.environment.isEmpty())
            message += QLatin1Char(' ')
                       + QCoreApplication::translate("KeyManager", "%1 is still set and stays in use.")
                             .arg(environmentVariable(service));
        qCDebug(lcKeys) << "removed key for" << ApiKeyStore::serviceId(service)
                        << (r.ok ? "ok" : "keychain unavailable");
        Q_EMIT removeFinished(service, r.ok, message);
        Q_EMIT statusChanged();
        endOperation();
    });
}

KeyManager::AuthState KeyManager::authState(Service service) const
{
    return slot(service).auth;
}

bool KeyManager::wasRejectedAfterSuccess(Service service) const
{
    return slot(service).rejectedAfterSuccess;
}

QString KeyManager::rejectionReason(Service service) const
{
    return slot(service).rejection;
}

void KeyManager::reportAuthSuccess(Service service)
{
    Slot &s = slot(service);
    if (!hasKey(service))
        return;
    const bool changed = s.auth != AuthState::Working;
    s.auth = AuthState::Working;
    s.workedBefore = true;
    s.rejectedAfterSuccess = false;
    s.rejection.clear();
    if (changed)
        Q_EMIT statusChanged();
}

bool KeyManager::reportAuthFailure(Service service, const ApiError &error)
{
    const bool authFailure = error.httpStatus == 401 || error.code == QLatin1String(ApiErrorCode::InvalidApiKey);
    if (!authFailure)
        return false;
    Slot &s = slot(service);
    const QString name = ApiKeyStore::displayName(service);
    // Several requests in flight may all fail with the same key: prompt the user once.
    const bool alreadyRejected = s.auth == AuthState::Rejected;
    s.auth = AuthState::Rejected;
    s.rejectedAfterSuccess = s.workedBefore;
    if (s.workedBefore) {
        s.rejection = QCoreApplication::translate(
                          "KeyManager",
                          "The %1 key %2 worked earlier but is now rejected (HTTP 401). It may have been revoked or "
                          "rotated, or removed together with its owner's group membership. Enter a new key; "
                          "SajuDesk will not retry with this one.")
                          .arg(name, maskedKey(service));
    } else {
        s.rejection = QCoreApplication::translate("KeyManager",
                                                  "The %1 key %2 was rejected (HTTP 401). Check that the whole key was "
                                                  "pasted, or create a new key.")
                          .arg(name, maskedKey(service));
    }
    qCDebug(lcKeys) << "key rejected for" << ApiKeyStore::serviceId(service) << maskedKey(service)
                    << "after success:" << s.workedBefore;
    if (!alreadyRejected) {
        Q_EMIT keyRejected(service, s.rejection);
        Q_EMIT statusChanged();
    }
    return true;
}

void KeyManager::setStored(Service service, const QString &key, Source source)
{
    Slot &s = slot(service);
    const QString before = this->key(service);
    if (s.stored != key)
        wipe(s.stored);
    s.stored = key;
    s.storedSource = key.isEmpty() ? Source::None : source;
    // An explicit save or remove starts the key's track record afresh, even for the same key.
    if (s.environment.isEmpty())
        resetAuth(s);
    if (this->key(service) != before)
        Q_EMIT keyChanged(service);
}

void KeyManager::resetAuth(Slot &s)
{
    s.auth = AuthState::Untested;
    s.workedBefore = false;
    s.rejectedAfterSuccess = false;
    s.rejection.clear();
}

void KeyManager::beginOperation()
{
    if (m_pending++ == 0)
        Q_EMIT busyChanged(true);
}

void KeyManager::endOperation()
{
    if (--m_pending == 0)
        Q_EMIT busyChanged(false);
}

void KeyManager::setKeychain(KeychainState state, const QString &message)
{
    m_keychainState = state;
    m_keychainMessage = message;
}

} // namespace sajudesk
