// SPDX-License-Identifier: GPL-3.0-or-later
// The real OS keychain through QtKeychainStore: write, read back, overwrite and delete both keys.
// ctest runs it through with-keyring.sh (private bus + unlocked gnome-keyring in a temp HOME).
// Where no Secret Service answers it QSKIPs with the reason; it never passes silently.
#include "KeyTestSupport.h"
#include "keys/KeyManager.h"
#include "keys/QtKeychainStore.h"

#include <QSignalSpy>
#include <QTest>

using namespace sajudesk;
using namespace sajudesk::test;
using Service = ApiKeyStore::Service;

class TestKeychainReal : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void roundTrip_data();
    void roundTrip();
    void managerLoadsFromKeychain();
    void cleanupTestCase();

private:
    QString m_keychainService;
};

void TestKeychainReal::initTestCase()
{
    // Outside the wrapper this would write into the developer's own keyring.
    if (qEnvironmentVariable("SAJUDESK_KEYRING_WRAPPER") != QLatin1String("keyring"))
        QSKIP("run through tests/keys/with-keyring.sh (ctest does); refusing to touch the real user keyring");
    m_keychainService = QStringLiteral("SajuDesk-test-%1").arg(QCoreApplication::applicationPid());
    QtKeychainStore store(nullptr, m_keychainService);
    const auto probe = readNow(store, Service::RunYour);
    if (probe.status == ApiKeyStore::ReadStatus::Unavailable)
        QSKIP(qPrintable(QStringLiteral("no Secret Service answered: ") + probe.message));
    QCOMPARE(probe.status, ApiKeyStore::ReadStatus::NotFound);
}

void TestKeychainReal::roundTrip_data()
{
    QTest::addColumn<int>("service");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("runyour") << int(Service::RunYour) << QStringLiteral("runyour-v1-");
    QTest::newRow("saju live") << int(Service::Saju) << QStringLiteral("bs_live_");
    QTest::newRow("saju test") << int(Service::Saju) << QStringLiteral("bs_test_");
}

void TestKeychainReal::roundTrip()
{
    QFETCH(int, service);
    QFETCH(QString, prefix);
    const Service s = Service(service);
    QtKeychainStore store(nullptr, m_keychainService);

    const QString first = randomKey(prefix);
    auto w = writeNow(store, s, first);
    QVERIFY2(w.ok, qPrintable(w.message));
    auto r = readNow(store, s);
    QCOMPARE(r.status, ApiKeyStore::ReadStatus::Found);
    QCOMPARE(r.key, first);

    const QString second = randomKey(prefix, 40);
    w = writeNow(store, s, second);
    QVERIFY2(w.ok, qPrintable(w.message));
    r = readNow(store, s);
    QCOMPARE(r.status, ApiKeyStore::ReadStatus::Found);
    QCOMPARE(r.key, second);

    // A fresh store (new process in real life) sees the same entry.
    {
        QtKeychainStore other(nullptr, m_keychainService);
        QCOMPARE(readNow(other, s).key, second);
    }

    w = removeNow(store, s);
    QVERIFY2(w.ok, qPrintable(w.message));
    r = readNow(store, s);
    QCOMPARE(r.status, ApiKeyStore::ReadStatus::NotFound);
    QVERIFY(r.key.isEmpty());
    // Deleting again is not an error.
    w = removeNow(store, s);
    QVERIFY2(w.ok, qPrintable(w.message));
}

void TestKeychainReal::managerLoadsFromKeychain()
{
    QtKeychainStore store(nullptr, m_keychainService);
    const QString runYour = randomKey(QStringLiteral("runyour-v1-"));
    const QString saju = randomKey(QStringLiteral("bs_test_"));
    {
        // Many operations queued at once: they must run one at a time and all complete.
        KeyManager keys(&store);
        QSignalSpy saved(&keys, &KeyManager::saveFinished);
        keys.save(Service::RunYour, runYour);
        keys.save(Service::Saju, saju);
        QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 30000);
        QVERIFY(saved.at(0).at(2).toBool());
        QVERIFY(saved.at(1).at(2).toBool());
        QCOMPARE(keys.source(Service::RunYour), KeyManager::Source::Keychain);
    }
    KeyManager keys(&store);
    QSignalSpy loaded(&keys, &KeyManager::loaded);
    keys.load();
    QVERIFY(loaded.wait(30000));
    QCOMPARE(keys.keychainState(), KeyManager::KeychainState::Available);
    QCOMPARE(keys.key(Service::RunYour), runYour);
    QCOMPARE(keys.key(Service::Saju), saju);
    QCOMPARE(keys.source(Service::Saju), KeyManager::Source::Keychain);

    QSignalSpy removed(&keys, &KeyManager::removeFinished);
    keys.remove(Service::RunYour);
    keys.remove(Service::Saju);
    QTRY_COMPARE_WITH_TIMEOUT(removed.count(), 2, 30000);
    QVERIFY(removed.at(0).at(1).toBool());
    QVERIFY(removed.at(1).at(1).toBool());
    QCOMPARE(readNow(store, Service::RunYour).status, ApiKeyStore::ReadStatus::NotFound);
    QCOMPARE(readNow(store, Service::Saju).status, ApiKeyStore::ReadStatus::NotFound);
}

void TestKeychainReal::cleanupTestCase()
{
    if (m_keychainService.isEmpty())
        return;
    QtKeychainStore store(nullptr, m_keychainService);
    removeNow(store, Service::RunYour);
    removeNow(store, Service::Saju);
}

QTEST_GUILESS_MAIN(TestKeychainReal)
#include "tst_keychain_real.moc"
