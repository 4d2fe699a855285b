// SPDX-License-Identifier: GPL-3.0-or-later
// On a session bus where nothing provides org.freedesktop.secrets (with-keyring.sh --no-secrets),
// QtKeychainStore must report Unavailable with QtKeychain's reason, write nothing to disk, and
// KeyManager must fall back to a session-only key.
#include "KeyTestSupport.h"
#include "keys/KeyManager.h"
#include "keys/QtKeychainStore.h"

#include <QDirIterator>
#include <QSignalSpy>
#include <QTest>

using namespace sajudesk;
using namespace sajudesk::test;
using Service = ApiKeyStore::Service;

class TestKeychainUnavailable : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void initTestCase();
    void storeReportsUnavailable();
    void managerFallsBackToSession();
    void nothingWrittenUnderHome();

private:
    QString m_runYour = randomKey(QStringLiteral("runyour-v1-"));
    QString m_saju = randomKey(QStringLiteral("bs_live_"));
};

void TestKeychainUnavailable::initTestCase()
{
    if (qEnvironmentVariable("SAJUDESK_KEYRING_WRAPPER") != QLatin1String("no-secrets"))
        QSKIP("run through 'tests/keys/with-keyring.sh --no-secrets' (ctest does)");
}

void TestKeychainUnavailable::storeReportsUnavailable()
{
    QtKeychainStore store(nullptr, QStringLiteral("SajuDesk-test"));
    const auto r = readNow(store, Service::RunYour);
    QCOMPARE(r.status, ApiKeyStore::ReadStatus::Unavailable);
    QVERIFY(!r.message.isEmpty());
    qInfo("read: %s", qPrintable(r.message));
    const auto w = writeNow(store, Service::Saju, m_saju);
    QVERIFY(!w.ok);
    QVERIFY(w.message.contains(QLatin1String("QtKeychain error")));
    QVERIFY(!w.message.contains(m_saju.mid(8, 12)));
    const auto d = removeNow(store, Service::Saju);
    QVERIFY(!d.ok);
}

void TestKeychainUnavailable::managerFallsBackToSession()
{
    QtKeychainStore store(nullptr, QStringLiteral("SajuDesk-test"));
    KeyManager keys(&store);
    QSignalSpy loaded(&keys, &KeyManager::loaded);
    keys.load();
    QVERIFY(loaded.wait(30000));
    QCOMPARE(keys.keychainState(), KeyManager::KeychainState::Unavailable);
    QVERIFY(keys.keychainStatusText().startsWith(QLatin1String("Keychain unavailable: ")));
    QVERIFY(keys.keychainStatusText().endsWith(QLatin1String("Keys are kept for this session only.")));

    QSignalSpy saved(&keys, &KeyManager::saveFinished);
    keys.save(Service::RunYour, m_runYour);
    keys.save(Service::Saju, m_saju);
    QTRY_COMPARE_WITH_TIMEOUT(saved.count(), 2, 30000);
    for (const QVariantList &args : std::as_const(saved)) {
        QVERIFY(args.at(1).toBool());  // in use
        QVERIFY(!args.at(2).toBool()); // not persistent
    }
    QCOMPARE(keys.key(Service::RunYour), m_runYour);
    QCOMPARE(keys.source(Service::Saju), KeyManager::Source::SessionOnly);
    QVERIFY(keys.statusBarText().contains(QLatin1String("session only")));
}

void TestKeychainUnavailable::nothingWrittenUnderHome()
{
    // No plaintext fallback: the private HOME holds no file with either key.
    QDirIterator it(QDir::homePath(), QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        QFile f(it.next());
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QByteArray data = f.readAll();
        QVERIFY2(!data.contains(m_runYour.mid(11, 12).toLatin1()), qPrintable(f.fileName()));
        QVERIFY2(!data.contains(m_saju.mid(8, 12).toLatin1()), qPrintable(f.fileName()));
    }
}

QTEST_GUILESS_MAIN(TestKeychainUnavailable)
#include "tst_keychain_unavailable.moc"
