// SPDX-License-Identifier: GPL-3.0-or-later
// Unit tests for the key layer: MemoryKeyStore contract, KeyManager sources, session-only
// fallback, format validation, environment override and the rejected-key rule.
#include "core/Logging.h"
#include "keys/KeyFormat.h"
#include "keys/KeyManager.h"
#include "keys/MemoryKeyStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace sajudesk;
using Service = ApiKeyStore::Service;
using Source = KeyManager::Source;

namespace {

const QString runYourKey =
    QStringLiteral("runyour-v1-0f8fad5b-d9cb-469f-a165-70867728950e-AbCdEfGhIjKlMnOpQrStUvWx0123a1b2");
const QString sajuKey = QStringLiteral("bs_live_fake_for_tests_only_Zx9Yw8Vu7Ts6f0Ed");

} // namespace

class TestKeyManager : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void storeFoundNotFoundUnavailable();
    void storeCallbackIsAsyncAndOrdered();
    void storeSkipsDeadContext();
    void loadFromStore();
    void loadWhenUnavailable();
    void saveAndRemove();
    void sessionOnlyFallback();
    void removeWhenUnavailable();
    void invalidKeyIsNotStored();
    void checkKey_data();
    void checkKey();
    void environmentOverride();
    void environmentInvalidIgnored();
    void rejectedAfterSuccess();
    void rejectedNeverWorked();
    void nonAuthErrorsDoNotReject();
    void newKeyClearsRejection();
    void redaction_data();
    void redaction();
    void statusTextsNeverContainKey();
};

void TestKeyManager::storeFoundNotFoundUnavailable()
{
    MemoryKeyStore store;
    QObject ctx;
    ApiKeyStore::ReadResult got;
    int calls = 0;
    auto reader = [&](const ApiKeyStore::ReadResult &r) {
        got = r;
        ++calls;
    };

    store.read(Service::Saju, &ctx, reader);
    QTRY_COMPARE(calls, 1);
    QCOMPARE(got.status, ApiKeyStore::ReadStatus::NotFound);

    bool wrote = false;
    store.write(Service::Saju, sajuKey, &ctx, [&](const ApiKeyStore::WriteResult &r) { wrote = r.ok; });
    store.read(Service::Saju, &ctx, reader);
    QTRY_COMPARE(calls, 2);
    QVERIFY(wrote);
    QCOMPARE(got.status, ApiKeyStore::ReadStatus::Found);
    QCOMPARE(got.key, sajuKey);

    store.setUnavailable(QStringLiteral("The name org.freedesktop.secrets was not provided"));
    store.read(Service::Saju, &ctx, reader);
    QTRY_COMPARE(calls, 3);
    QCOMPARE(got.status, ApiKeyStore::ReadStatus::Unavailable);
    QVERIFY(got.key.isEmpty());
    QVERIFY(got.message.contains(QLatin1String("org.freedesktop.secrets")));

    ApiKeyStore::WriteResult w;
    w.ok = true;
    store.remove(Service::Saju, &ctx, [&](const ApiKeyStore::WriteResult &r) { w = r; });
    QTRY_VERIFY(!w.message.isEmpty());
    QVERIFY(!w.ok);
    QVERIFY(store.contains(Service::Saju));
}

void TestKeyManager::storeCallbackIsAsyncAndOrdered()
{
    MemoryKeyStore store;
    QObject ctx;
    QStringList order;
    store.write(Service::RunYour, runYourKey, &ctx,
                [&](const ApiKeyStore::WriteResult &) { order << QStringLiteral("w"); });
    store.read(Service::RunYour, &ctx, [&](const ApiKeyStore::ReadResult &) { order << QStringLiteral("r"); });
    store.remove(Service::RunYour, &ctx, [&](const ApiKeyStore::WriteResult &) { order << QStringLiteral("d"); });
    QVERIFY(order.isEmpty()); // never inside the call
    QTRY_COMPARE(order.size(), 3);
    QCOMPARE(order, (QStringList{QStringLiteral("w"), QStringLiteral("r"), QStringLiteral("d")}));
}

void TestKeyManager::storeSkipsDeadContext()
{
    MemoryKeyStore store;
    bool called = false;
    auto *ctx = new QObject;
    store.read(Service::RunYour, ctx, [&](const ApiKeyStore::ReadResult &) { called = true; });
    delete ctx;
    QTest::qWait(20);
    QVERIFY(!called);
}

void TestKeyManager::loadFromStore()
{
    MemoryKeyStore store;
    QObject ctx;
    store.write(Service::RunYour, runYourKey, &ctx, [](const ApiKeyStore::WriteResult &) {});
    KeyManager keys(&store);
    QSignalSpy loaded(&keys, &KeyManager::loaded);
    QSignalSpy busy(&keys, &KeyManager::busyChanged);
    keys.load();
    QVERIFY(keys.isBusy());
    QVERIFY(loaded.wait());
    QVERIFY(!keys.isBusy());
    QCOMPARE(busy.count(), 2);
    QCOMPARE(keys.key(Service::RunYour), runYourKey);
    QCOMPARE(keys.source(Service::RunYour), Source::Keychain);
    QCOMPARE(keys.source(Service::Saju), Source::None);
    QCOMPARE(keys.keychainState(), KeyManager::KeychainState::Available);
    QVERIFY(keys.keychainStatusText().isEmpty());
    QCOMPARE(keys.maskedKey(Service::RunYour), QStringLiteral("runyour-v1-…a1b2"));
}

void TestKeyManager::loadWhenUnavailable()
{
    MemoryKeyStore store;
    store.setUnavailable(QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY (QtKeychain error 7)"));
    KeyManager keys(&store);
    QSignalSpy loaded(&keys, &KeyManager::loaded);
    keys.load();
    QVERIFY(loaded.wait());
    QCOMPARE(keys.keychainState(), KeyManager::KeychainState::Unavailable);
    QCOMPARE(keys.keychainStatusText(),
             QStringLiteral("Keychain unavailable: Cannot autolaunch D-Bus without X11 $DISPLAY (QtKeychain error 7). "
                            "Keys are kept for this session only."));
    QVERIFY(keys.statusBarText().contains(QLatin1String("Keychain unavailable")));
    QVERIFY(!keys.hasKey(Service::RunYour));
}

void TestKeyManager::saveAndRemove()
{
    MemoryKeyStore store;
    KeyManager keys(&store);
    QSignalSpy changed(&keys, &KeyManager::keyChanged);
    QSignalSpy saved(&keys, &KeyManager::saveFinished);
    const KeyCheck check = keys.save(Service::Saju, QStringLiteral("  ") + sajuKey + QStringLiteral("\r\n"));
    QCOMPARE(check.level, KeyCheck::Level::Ok);
    QVERIFY(saved.wait());
    QCOMPARE(saved.first().at(1).toBool(), true); // ok
    QCOMPARE(saved.first().at(2).toBool(), true); // persistent
    QVERIFY(saved.first().at(3).toString().contains(QStringLiteral("bs_live_…f0Ed")));
    QCOMPARE(store.storedKey(Service::Saju), sajuKey); // trimmed
    QCOMPARE(keys.key(Service::Saju), sajuKey);
    QCOMPARE(keys.source(Service::Saju), Source::Keychain);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(changed.first().at(0).value<Service>(), Service::Saju);

    QSignalSpy removed(&keys, &KeyManager::removeFinished);
    keys.remove(Service::Saju);
    QVERIFY(removed.wait());
    QVERIFY(removed.first().at(1).toBool());
    QVERIFY(!store.contains(Service::Saju));
    QVERIFY(!keys.hasKey(Service::Saju));
    QCOMPARE(keys.source(Service::Saju), Source::None);
    QCOMPARE(changed.count(), 2);
}

void TestKeyManager::sessionOnlyFallback()
{
    MemoryKeyStore store;
    store.setUnavailable(QStringLiteral("Object does not exist at path /org/freedesktop/secrets/collection/login"));
    KeyManager keys(&store);
    QSignalSpy saved(&keys, &KeyManager::saveFinished);
    QSignalSpy changed(&keys, &KeyManager::keyChanged);
    keys.save(Service::RunYour, runYourKey);
    QVERIFY(saved.wait());
    QCOMPARE(saved.first().at(1).toBool(), true);  // usable
    QCOMPARE(saved.first().at(2).toBool(), false); // not persistent
    const QString message = saved.first().at(3).toString();
    QVERIFY2(message.startsWith(QLatin1String("Keychain unavailable: Object does not exist")), qPrintable(message));
    QVERIFY(message.contains(QLatin1String("Keys are kept for this session only.")));
    QCOMPARE(keys.key(Service::RunYour), runYourKey);
    QCOMPARE(keys.source(Service::RunYour), Source::SessionOnly);
    QCOMPARE(keys.sourceText(Service::RunYour), QStringLiteral("this session only"));
    QCOMPARE(changed.count(), 1);
    QVERIFY(!store.contains(Service::RunYour));
}

void TestKeyManager::removeWhenUnavailable()
{
    MemoryKeyStore store;
    KeyManager keys(&store);
    QSignalSpy saved(&keys, &KeyManager::saveFinished);
    keys.save(Service::RunYour, runYourKey);
    QVERIFY(saved.wait());
    store.setUnavailable(QStringLiteral("locked"));
    QSignalSpy removed(&keys, &KeyManager::removeFinished);
    keys.remove(Service::RunYour);
    QVERIFY(removed.wait());
    QCOMPARE(removed.first().at(1).toBool(), false);
    QVERIFY(removed.first().at(2).toString().contains(QLatin1String("could not be reached")));
    QVERIFY(!keys.hasKey(Service::RunYour)); // not used any more, even though deletion failed
    QCOMPARE(keys.keychainState(), KeyManager::KeychainState::Unavailable);
}

void TestKeyManager::invalidKeyIsNotStored()
{
    MemoryKeyStore store;
    KeyManager keys(&store);
    QSignalSpy saved(&keys, &KeyManager::saveFinished);
    const KeyCheck check = keys.save(Service::Saju, QStringLiteral("sk-not-a-saju-key-1234567890"));
    QCOMPARE(check.level, KeyCheck::Level::Invalid);
    QTest::qWait(20);
    QCOMPARE(saved.count(), 0);
    QCOMPARE(store.operationCount(), 0);
    QVERIFY(!keys.isBusy());
}

void TestKeyManager::checkKey_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<QString>("input");
    QTest::addColumn<int>("level");
    QTest::addColumn<QString>("normalized");
    QTest::addColumn<QString>("messagePart");

    const int ry = int(Service::RunYour);
    const int sj = int(Service::Saju);
    const int ok = int(KeyCheck::Level::Ok);
    const int warn = int(KeyCheck::Level::Warning);
    const int bad = int(KeyCheck::Level::Invalid);
    const QString body = QStringLiteral("0f8fad5b-d9cb-469f-a165-70867728950e-tok_EN-123");

    QTest::newRow("runyour ok") << ry << QStringLiteral("runyour-v1-") + body << ok
                                << QStringLiteral("runyour-v1-") + body << QString();
    QTest::newRow("runyour trailing newline") << ry << QStringLiteral("runyour-v1-") + body + QStringLiteral("\n") << ok
                                              << QStringLiteral("runyour-v1-") + body << QString();
    QTest::newRow("runyour surrounding spaces/tabs")
        << ry << QStringLiteral(" \truntime") << warn << QStringLiteral("runtime") << QStringLiteral("runyour-v1-");
    QTest::newRow("runyour missing prefix warns") << ry << body << warn << body << QStringLiteral("runyour-v1-");
    QTest::newRow("runyour openai-style key warns")
        << ry << QStringLiteral("sk-proj-abcdef0123456789") << warn << QStringLiteral("sk-proj-abcdef0123456789")
        << QStringLiteral("whole key");
    QTest::newRow("runyour bare prefix") << ry << QStringLiteral("runyour-v1-") << bad << QString()
                                         << QStringLiteral("prefix");
    QTest::newRow("empty") << ry << QString() << bad << QString() << QStringLiteral("Enter a key");
    QTest::newRow("only whitespace") << sj << QStringLiteral(" \n\t ") << bad << QString()
                                     << QStringLiteral("Enter a key");
    QTest::newRow("space inside") << ry << QStringLiteral("runyour-v1-abc def") << bad << QString()
                                  << QStringLiteral("spaces");
    QTest::newRow("newline inside") << sj << QStringLiteral("bs_live_abc\ndef") << bad << QString()
                                    << QStringLiteral("line breaks");
    QTest::newRow("control char") << sj << QStringLiteral("bs_live_abc") + QChar(0x07) + QStringLiteral("def") << bad
                                  << QString() << QStringLiteral("control");
    QTest::newRow("zero width space") << sj << QStringLiteral("bs_live_abc") + QChar(0x200b) + QStringLiteral("def")
                                      << bad << QString() << QStringLiteral("control");
    QTest::newRow("hangul") << ry << QStringLiteral("runyour-v1-키") << bad << QString()
                            << QStringLiteral("English letters");
    QTest::newRow("emoji") << sj << QStringLiteral("bs_live_abc\U0001F511") << bad << QString()
                           << QStringLiteral("English letters");
    QTest::newRow("too long") << sj << QStringLiteral("bs_live_") + QString(2000, QLatin1Char('a')) << bad << QString()
                              << QStringLiteral("longer");
    QTest::newRow("saju live") << sj << QStringLiteral("bs_live_abc123") << ok << QStringLiteral("bs_live_abc123")
                               << QString();
    QTest::newRow("saju test notes mock data") << sj << QStringLiteral("bs_test_abc123") << ok
                                               << QStringLiteral("bs_test_abc123") << QStringLiteral("mock data");
    QTest::newRow("saju wrong prefix") << sj << QStringLiteral("bs_prod_abc123") << bad << QString()
                                       << QStringLiteral("bs_live_");
    QTest::newRow("saju runyour key pasted")
        << sj << QStringLiteral("runyour-v1-") + body << bad << QString() << QStringLiteral("bs_test_");
    QTest::newRow("saju bare prefix") << sj << QStringLiteral("bs_test_") << bad << QString()
                                      << QStringLiteral("prefix");
    QTest::newRow("saju upper-case prefix")
        << sj << QStringLiteral("BS_LIVE_abc") << bad << QString() << QStringLiteral("bs_live_");
}

void TestKeyManager::checkKey()
{
    QFETCH(int, service);
    QFETCH(QString, input);
    QFETCH(int, level);
    QFETCH(QString, normalized);
    QFETCH(QString, messagePart);
    const KeyCheck check = sajudesk::checkKey(Service(service), input);
    QCOMPARE(int(check.level), level);
    QCOMPARE(check.key, normalized);
    if (messagePart.isEmpty())
        QVERIFY2(check.message.isEmpty(), qPrintable(check.message));
    else
        QVERIFY2(check.message.contains(messagePart), qPrintable(check.message));
    QVERIFY(input.trimmed().isEmpty() || !check.message.contains(input.trimmed()));
}

void TestKeyManager::environmentOverride()
{
    MemoryKeyStore store;
    QObject ctx;
    store.write(Service::Saju, sajuKey, &ctx, [](const ApiKeyStore::WriteResult &) {});
    KeyManager keys(&store);
    QSignalSpy loaded(&keys, &KeyManager::loaded);
    keys.load();
    QVERIFY(loaded.wait());
    QCOMPARE(keys.source(Service::Saju), Source::Keychain);

    QProcessEnvironment env;
    const QString envKey = QStringLiteral("bs_test_EnvironmentKey0123456789abcd");
    env.insert(QStringLiteral("SAJUDESK_SAJU_KEY"), envKey + QStringLiteral("\n"));
    QSignalSpy changed(&keys, &KeyManager::keyChanged);
    keys.applyEnvironment(env);
    QCOMPARE(changed.count(), 1);
    QCOMPARE(keys.key(Service::Saju), envKey);
    QCOMPARE(keys.source(Service::Saju), Source::Environment);
    QCOMPARE(keys.sourceText(Service::Saju), QStringLiteral("from SAJUDESK_SAJU_KEY"));
    QCOMPARE(keys.source(Service::RunYour), Source::None);

    // Saving while the variable is set stores the key but says the variable still wins.
    QSignalSpy saved(&keys, &KeyManager::saveFinished);
    keys.save(Service::Saju, sajuKey);
    QVERIFY(saved.wait());
    QVERIFY(saved.first().at(3).toString().contains(QLatin1String("SAJUDESK_SAJU_KEY is set")));
    QCOMPARE(keys.key(Service::Saju), envKey);

    keys.applyEnvironment(QProcessEnvironment());
    QCOMPARE(keys.key(Service::Saju), sajuKey);
    QCOMPARE(keys.source(Service::Saju), Source::Keychain);
}

void TestKeyManager::environmentInvalidIgnored()
{
    MemoryKeyStore store;
    KeyManager keys(&store);
    QProcessEnvironment env;
    env.insert(QStringLiteral("SAJUDESK_SAJU_KEY"), QStringLiteral("bs_live_has space"));
    env.insert(QStringLiteral("SAJUDESK_RUNYOUR_KEY"), QStringLiteral("sk-something-else-12345"));
    keys.applyEnvironment(env);
    QVERIFY(!keys.hasKey(Service::Saju));
    QVERIFY(keys.formatWarning(Service::Saju).contains(QLatin1String("SAJUDESK_SAJU_KEY is set but ignored")));
    QVERIFY(!keys.formatWarning(Service::Saju).contains(QLatin1String("has space")));
    // A RunYour key with an odd prefix is used, with a warning the caller shows before use.
    QCOMPARE(keys.source(Service::RunYour), Source::Environment);
    QVERIFY(keys.formatWarning(Service::RunYour).contains(QLatin1String("runyour-v1-")));
}

void TestKeyManager::rejectedAfterSuccess()
{
    MemoryKeyStore store;
    KeyManager keys(&store);
    QSignalSpy saved(&keys, &KeyManager::saveFinished);
    keys.save(Service::RunYour, runYourKey);
    QVERIFY(saved.wait());
    keys.reportAuthSuccess(Service::RunYour);
    QCOMPARE(keys.authState(Service::RunYour), KeyManager::AuthState::Working);

    QSignalSpy rejected(&keys, &KeyManager::keyRejected);
    ApiError e;
    e.service = ApiError::Service::RunYour;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = 401;
    e.code = QLatin1String(ApiErrorCode::InvalidApiKey);
    QVERIFY(keys.reportAuthFailure(Service::RunYour, e)); // true = do not retry
    QCOMPARE(rejected.count(), 1);
    QCOMPARE(keys.authState(Service::RunYour), KeyManager::AuthState::Rejected);
    QVERIFY(keys.wasRejectedAfterSuccess(Service::RunYour));
    const QString reason = rejected.first().at(1).toString();
    QVERIFY2(reason.contains(QLatin1String("worked earlier")), qPrintable(reason));
    QVERIFY(reason.contains(QStringLiteral("runyour-v1-…a1b2")));
    QVERIFY(!reason.contains(runYourKey));
    QVERIFY(keys.statusText(Service::RunYour).contains(QLatin1String("rejected")));
    QVERIFY(keys.statusBarText().contains(QLatin1String("RunYour AI key was rejected")));
    // More requests failing with the same key: still "do not retry", but one prompt only.
    QVERIFY(keys.reportAuthFailure(Service::RunYour, e));
    QCOMPARE(rejected.count(), 1);
    // A later success (the server recovered) clears the state.
    keys.reportAuthSuccess(Service::RunYour);
    QCOMPARE(keys.authState(Service::RunYour), KeyManager::AuthState::Working);
}

void TestKeyManager::rejectedNeverWorked()
{
    MemoryKeyStore store;
    KeyManager keys(&store);
    QSignalSpy saved(&keys, &KeyManager::saveFinished);
    keys.save(Service::Saju, sajuKey);
    QVERIFY(saved.wait());
    QSignalSpy rejected(&keys, &KeyManager::keyRejected);
    ApiError e;
    e.service = ApiError::Service::Saju;
    e.kind = ApiError::Kind::Http;
    e.httpStatus = 401;
    e.code = QStringLiteral("UNAUTHORIZED");
    QVERIFY(keys.reportAuthFailure(Service::Saju, e));
    QCOMPARE(rejected.count(), 1);
    QVERIFY(!keys.wasRejectedAfterSuccess(Service::Saju));
    QCOMPARE(keys.authState(Service::Saju), KeyManager::AuthState::Rejected);
    QVERIFY(rejected.first().at(1).toString().contains(QLatin1String("was rejected (HTTP 401)")));
}

void TestKeyManager::nonAuthErrorsDoNotReject()
{
    MemoryKeyStore store;
    KeyManager keys(&store);
    QSignalSpy rejected(&keys, &KeyManager::keyRejected);
    for (int status : {403, 429, 500, 503, 0}) {
        ApiError e;
        e.kind = status ? ApiError::Kind::Http : ApiError::Kind::Network;
        e.httpStatus = status;
        QVERIFY(!keys.reportAuthFailure(Service::RunYour, e));
    }
    QCOMPARE(rejected.count(), 0);
    QCOMPARE(keys.authState(Service::RunYour), KeyManager::AuthState::Untested);
}

void TestKeyManager::newKeyClearsRejection()
{
    MemoryKeyStore store;
    KeyManager keys(&store);
    QSignalSpy saved(&keys, &KeyManager::saveFinished);
    keys.save(Service::RunYour, runYourKey);
    QVERIFY(saved.wait());
    ApiError e;
    e.httpStatus = 401;
    keys.reportAuthFailure(Service::RunYour, e);
    QCOMPARE(keys.authState(Service::RunYour), KeyManager::AuthState::Rejected);
    keys.save(Service::RunYour, runYourKey + QStringLiteral("Z"));
    QVERIFY(saved.wait());
    QCOMPARE(keys.authState(Service::RunYour), KeyManager::AuthState::Untested);
    QVERIFY(keys.rejectionReason(Service::RunYour).isEmpty());
}

void TestKeyManager::redaction_data()
{
    QTest::addColumn<QString>("key");
    QTest::addColumn<QString>("masked");
    QTest::newRow("runyour") << runYourKey << QStringLiteral("runyour-v1-…a1b2");
    QTest::newRow("saju live") << sajuKey << QStringLiteral("bs_live_…f0Ed");
    QTest::newRow("short secret hides tail") << QStringLiteral("bs_test_abc123") << QStringLiteral("bs_test_…");
    QTest::newRow("none") << QString() << QStringLiteral("(none)");
}

void TestKeyManager::redaction()
{
    QFETCH(QString, key);
    QFETCH(QString, masked);
    MemoryKeyStore store;
    KeyManager keys(&store);
    if (!key.isEmpty()) {
        QSignalSpy saved(&keys, &KeyManager::saveFinished);
        keys.save(key.startsWith(QLatin1String("bs_")) ? Service::Saju : Service::RunYour, key);
        QVERIFY(saved.wait());
    }
    const Service service = key.startsWith(QLatin1String("bs_")) ? Service::Saju : Service::RunYour;
    QCOMPARE(keys.maskedKey(service), masked);
    QCOMPARE(redactKey(key), masked);
}

void TestKeyManager::statusTextsNeverContainKey()
{
    MemoryKeyStore store;
    store.setUnavailable(QStringLiteral("no secret service"));
    KeyManager keys(&store);
    QSignalSpy saved(&keys, &KeyManager::saveFinished);
    keys.save(Service::RunYour, runYourKey);
    QVERIFY(saved.wait());
    keys.save(Service::Saju, sajuKey);
    QVERIFY(saved.wait());
    ApiError e;
    e.httpStatus = 401;
    keys.reportAuthFailure(Service::Saju, e);
    QStringList texts{keys.statusBarText(), keys.keychainStatusText(), keys.rejectionReason(Service::Saju)};
    for (Service s : {Service::RunYour, Service::Saju})
        texts << keys.statusText(s) << keys.maskedKey(s) << keys.sourceText(s) << keys.formatWarning(s);
    for (const QVariantList &args : std::as_const(saved))
        texts << args.at(3).toString();
    for (const QString &t : std::as_const(texts)) {
        for (const QString &k : {runYourKey, sajuKey}) {
            for (int i = 0; i + 12 <= k.size(); ++i)
                QVERIFY2(!t.contains(k.mid(i, 12)), qPrintable(t));
        }
    }
}

QTEST_GUILESS_MAIN(TestKeyManager)
#include "tst_keymanager.moc"
