// SPDX-License-Identifier: GPL-3.0-or-later
// GUI test of Settings → Keys, driving the real widgets by objectName under offscreen, with a
// MemoryKeyStore behind KeyManager and a fake key tester.
#include "keys/KeyManager.h"
#include "keys/MemoryKeyStore.h"
#include "settings/SettingsDialog.h"

#include <QAbstractButton>
#include <QApplication>
#include <QClipboard>
#include <QInputMethodEvent>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>
#include <QTimer>
#include <QToolButton>

#include <memory>

using namespace sajudesk;
using Service = ApiKeyStore::Service;

namespace {
const QString runYourKey =
    QStringLiteral("runyour-v1-0f8fad5b-d9cb-469f-a165-70867728950e-Zq3_Lm8-Xv2Tt7Yy1Uu4Ww9Rr5Ss0Pp6a1b2");
const QString sajuKey = QStringLiteral("bs_live_fake_for_tests_only_Qw3rTy7uIo5m1N");
} // namespace

class TestKeysPage : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void init();
    void cleanup();
    void initialState();
    void typeSaveShowsMaskedTail();
    void busyWhileKeychainWorks();
    void showHideToggle();
    void closingResetsShowAndClearsField();
    void hangulAndEmojiRejected_data();
    void hangulAndEmojiRejected();
    void pastedWithNewlineIsTrimmed();
    void prefixWarningAsksFirst();
    void removeAsksAndRemoves();
    void testButtonSuccess();
    void testButtonError();
    void unavailableKeychainMessage();
    void unavailableAtStartShownBeforeAnySave();
    void keyChangeAppliesWithoutRestart();
    void noKeyInTitlesOrTooltips();

private:
    template <typename T>
    T *find(const QString &name)
    {
        T *w = m_dialog->findChild<T *>(name);
        if (!w)
            qFatal("no widget %s", qPrintable(name));
        return w;
    }
    void typeKey(const QString &prefix, const QString &key);
    void saveRunYour();

    std::unique_ptr<MemoryKeyStore> m_store;
    std::unique_ptr<KeyManager> m_keys;
    std::unique_ptr<SettingsDialog> m_dialog;
    bool m_nextAnswer = true;
    QStringList m_questions;
    QList<QPair<Service, QString>> m_tested;
};

void TestKeysPage::init()
{
    m_store = std::make_unique<MemoryKeyStore>();
    m_keys = std::make_unique<KeyManager>(m_store.get());
    m_dialog = std::make_unique<SettingsDialog>(m_keys.get());
    m_nextAnswer = true;
    m_questions.clear();
    m_tested.clear();
    m_dialog->keysPage()->setConfirmer([this](QWidget *, const QString &title, const QString &text) {
        m_questions << title + QLatin1Char('|') + text;
        return m_nextAnswer;
    });
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QSignalSpy loaded(m_keys.get(), &KeyManager::loaded);
    m_keys->load();
    QVERIFY(loaded.wait());
}

void TestKeysPage::cleanup()
{
    m_dialog.reset();
    m_keys.reset();
    m_store.reset();
}

void TestKeysPage::typeKey(const QString &prefix, const QString &key)
{
    auto *edit = find<QLineEdit>(prefix + QStringLiteral("KeyLineEdit"));
    edit->setFocus();
    QTest::keyClicks(edit, key);
}

void TestKeysPage::saveRunYour()
{
    typeKey(QStringLiteral("runyour"), runYourKey);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("runyourSaveButton")), Qt::LeftButton);
    QTRY_VERIFY(m_store->contains(Service::RunYour));
    QTRY_VERIFY(!m_keys->isBusy());
}

void TestKeysPage::initialState()
{
    for (const QString &p : {QStringLiteral("runyour"), QStringLiteral("saju")}) {
        QCOMPARE(find<QLineEdit>(p + QStringLiteral("KeyLineEdit"))->echoMode(), QLineEdit::Password);
        QCOMPARE(find<QLabel>(p + QStringLiteral("InUseLabel"))->text(), QStringLiteral("No key saved."));
        QVERIFY(!find<QPushButton>(p + QStringLiteral("SaveButton"))->isEnabled());
        QVERIFY(!find<QPushButton>(p + QStringLiteral("RemoveButton"))->isEnabled());
        QVERIFY(!find<QToolButton>(p + QStringLiteral("ShowKeyButton"))->isChecked());
    }
    QVERIFY(find<QLabel>(QStringLiteral("runyourHintLabel"))->text().contains(QLatin1String("runyour-v1-")));
    QVERIFY(find<QLabel>(QStringLiteral("sajuHintLabel"))->text().contains(QLatin1String("bs_test_")));
    QVERIFY(!find<QLabel>(QStringLiteral("keychainStatusLabel"))->isVisible());
    QVERIFY(!find<QProgressBar>(QStringLiteral("keysBusyIndicator"))->isVisible());
}

void TestKeysPage::typeSaveShowsMaskedTail()
{
    typeKey(QStringLiteral("runyour"), runYourKey);
    auto *save = find<QPushButton>(QStringLiteral("runyourSaveButton"));
    QVERIFY(save->isEnabled());
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(m_store->contains(Service::RunYour));
    QCOMPARE(m_store->storedKey(Service::RunYour), runYourKey);
    auto *inUse = find<QLabel>(QStringLiteral("runyourInUseLabel"));
    QTRY_COMPARE(inUse->text(), QStringLiteral("runyour-v1-…a1b2 (system keychain)"));
    QVERIFY(find<QLineEdit>(QStringLiteral("runyourKeyLineEdit"))->text().isEmpty());
    QCOMPARE(find<QLabel>(QStringLiteral("runyourStatusLabel"))->text(),
             QStringLiteral("Saved the RunYour AI key runyour-v1-…a1b2 in the system keychain."));
    QVERIFY(find<QPushButton>(QStringLiteral("runyourRemoveButton"))->isEnabled());
    // The other service is untouched.
    QCOMPARE(find<QLabel>(QStringLiteral("sajuInUseLabel"))->text(), QStringLiteral("No key saved."));
}

void TestKeysPage::busyWhileKeychainWorks()
{
    m_store->setHeld(true);
    typeKey(QStringLiteral("saju"), sajuKey);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("sajuSaveButton")), Qt::LeftButton);
    auto *busy = find<QProgressBar>(QStringLiteral("keysBusyIndicator"));
    QVERIFY(busy->isVisible());
    QVERIFY(!find<QPushButton>(QStringLiteral("sajuSaveButton"))->isEnabled());
    QVERIFY(!find<QPushButton>(QStringLiteral("runyourSaveButton"))->isEnabled());
    QCOMPARE(find<QLabel>(QStringLiteral("sajuStatusLabel"))->text(), QStringLiteral("Saving…"));
    // The UI thread is not blocked while the store works.
    QTest::qWait(30);
    QVERIFY(busy->isVisible());
    m_store->release();
    QTRY_VERIFY(!busy->isVisible());
    QCOMPARE(find<QLabel>(QStringLiteral("sajuInUseLabel"))->text(), QStringLiteral("bs_live_…5m1N (system keychain)"));
}

void TestKeysPage::showHideToggle()
{
    auto *edit = find<QLineEdit>(QStringLiteral("sajuKeyLineEdit"));
    auto *show = find<QToolButton>(QStringLiteral("sajuShowKeyButton"));
    typeKey(QStringLiteral("saju"), sajuKey);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QCOMPARE(edit->displayText().contains(QLatin1String("bs_live_")), false);
    QTest::mouseClick(show, Qt::LeftButton);
    QVERIFY(show->isChecked());
    QCOMPARE(edit->echoMode(), QLineEdit::Normal);
    QCOMPARE(edit->displayText(), sajuKey);
    QCOMPARE(show->text(), QStringLiteral("Hide"));
    QTest::mouseClick(show, Qt::LeftButton);
    QCOMPARE(edit->echoMode(), QLineEdit::Password);
    QCOMPARE(show->text(), QStringLiteral("Show"));
}

void TestKeysPage::closingResetsShowAndClearsField()
{
    typeKey(QStringLiteral("runyour"), runYourKey);
    QTest::mouseClick(find<QToolButton>(QStringLiteral("runyourShowKeyButton")), Qt::LeftButton);
    QCOMPARE(find<QLineEdit>(QStringLiteral("runyourKeyLineEdit"))->echoMode(), QLineEdit::Normal);
    m_dialog->reject();
    QVERIFY(!m_dialog->isVisible());
    m_dialog->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_dialog.get()));
    QCOMPARE(find<QLineEdit>(QStringLiteral("runyourKeyLineEdit"))->echoMode(), QLineEdit::Password);
    QVERIFY(!find<QToolButton>(QStringLiteral("runyourShowKeyButton"))->isChecked());
    QVERIFY(find<QLineEdit>(QStringLiteral("runyourKeyLineEdit"))->text().isEmpty());
    QVERIFY(!m_store->contains(Service::RunYour));
}

void TestKeysPage::hangulAndEmojiRejected_data()
{
    QTest::addColumn<QString>("prefix");
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("viaClipboard");
    QTest::newRow("hangul IME commit") << QStringLiteral("runyour") << QStringLiteral("runyour-v1-키를붙여넣기")
                                       << false;
    QTest::newRow("emoji IME commit") << QStringLiteral("saju") << QStringLiteral("bs_live_🔑abcdef") << false;
    QTest::newRow("hangul clipboard paste") << QStringLiteral("saju") << QStringLiteral("bs_live_사주키") << true;
}

void TestKeysPage::hangulAndEmojiRejected()
{
    QFETCH(QString, prefix);
    QFETCH(QString, text);
    QFETCH(bool, viaClipboard);
    auto *edit = find<QLineEdit>(prefix + QStringLiteral("KeyLineEdit"));
    edit->setFocus();
    if (viaClipboard) {
        QGuiApplication::clipboard()->setText(text);
        edit->paste();
        QGuiApplication::clipboard()->clear();
    } else {
        QInputMethodEvent event;
        event.setCommitString(text);
        QApplication::sendEvent(edit, &event);
    }
    QCOMPARE(edit->text(), text);
    auto *status = find<QLabel>(prefix + QStringLiteral("StatusLabel"));
    QVERIFY2(status->text().contains(QLatin1String("characters that API keys never have")), qPrintable(status->text()));
    QVERIFY(status->isVisible());
    auto *save = find<QPushButton>(prefix + QStringLiteral("SaveButton"));
    QVERIFY(!save->isEnabled());
    QTest::keyClick(edit, Qt::Key_Return); // Enter must not save it either
    QTest::qWait(20);
    QCOMPARE(m_store->operationCount(), 2); // only the two initial reads
}

void TestKeysPage::pastedWithNewlineIsTrimmed()
{
    auto *edit = find<QLineEdit>(QStringLiteral("sajuKeyLineEdit"));
    // QLineEdit drops the newline itself; surrounding spaces are ours to trim.
    QGuiApplication::clipboard()->setText(QStringLiteral("  ") + sajuKey + QStringLiteral("  \n"));
    edit->setFocus();
    edit->paste();
    QGuiApplication::clipboard()->clear();
    QTest::mouseClick(find<QPushButton>(QStringLiteral("sajuSaveButton")), Qt::LeftButton);
    QTRY_VERIFY(m_store->contains(Service::Saju));
    QCOMPARE(m_store->storedKey(Service::Saju), sajuKey);
}

void TestKeysPage::prefixWarningAsksFirst()
{
    const QString odd = QStringLiteral("sk-proj-notarunyourkey0123456789abcdef");
    typeKey(QStringLiteral("runyour"), odd);
    auto *status = find<QLabel>(QStringLiteral("runyourStatusLabel"));
    QVERIFY(status->text().contains(QLatin1String("runyour-v1-")));
    auto *save = find<QPushButton>(QStringLiteral("runyourSaveButton"));
    QVERIFY(save->isEnabled());

    m_nextAnswer = false;
    QTest::mouseClick(save, Qt::LeftButton);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.first().contains(QLatin1String("Save this key anyway?")));
    QTest::qWait(20);
    QVERIFY(!m_store->contains(Service::RunYour));

    m_nextAnswer = true;
    QTest::mouseClick(save, Qt::LeftButton);
    QTRY_VERIFY(m_store->contains(Service::RunYour));
    QCOMPARE(m_store->storedKey(Service::RunYour), odd);
    QTRY_VERIFY(find<QLabel>(QStringLiteral("runyourInUseLabel"))->text().contains(QLatin1String("runyour-v1-")));
}

void TestKeysPage::removeAsksAndRemoves()
{
    saveRunYour();
    auto *remove = find<QPushButton>(QStringLiteral("runyourRemoveButton"));
    QVERIFY(remove->isEnabled());
    m_nextAnswer = false;
    QTest::mouseClick(remove, Qt::LeftButton);
    QCOMPARE(m_questions.size(), 1);
    QVERIFY(m_questions.first().startsWith(QLatin1String("Remove key|Remove the RunYour AI key?")));
    QTest::qWait(20);
    QVERIFY(m_store->contains(Service::RunYour));

    m_nextAnswer = true;
    QTest::mouseClick(remove, Qt::LeftButton);
    QTRY_VERIFY(!m_store->contains(Service::RunYour));
    QTRY_COMPARE(find<QLabel>(QStringLiteral("runyourInUseLabel"))->text(), QStringLiteral("No key saved."));
    QCOMPARE(find<QLabel>(QStringLiteral("runyourStatusLabel"))->text(), QStringLiteral("Removed the RunYour AI key."));
    QVERIFY(!remove->isEnabled());
    QVERIFY(!m_keys->hasKey(Service::RunYour));
}

void TestKeysPage::testButtonSuccess()
{
    m_dialog->setKeyTester([this](Service service, const QString &key, KeyTestDone done) {
        m_tested.append({service, key});
        QTimer::singleShot(10, this, [done] { done(true, ApiError()); });
    });
    saveRunYour();
    auto *test = find<QPushButton>(QStringLiteral("runyourTestButton"));
    QTest::mouseClick(test, Qt::LeftButton);
    QCOMPARE(find<QLabel>(QStringLiteral("runyourStatusLabel"))->text(), QStringLiteral("Testing the key…"));
    QVERIFY(!test->isEnabled());
    QTRY_COMPARE(find<QLabel>(QStringLiteral("runyourStatusLabel"))->text(),
                 QStringLiteral("The key works: RunYour AI accepted it."));
    QVERIFY(test->isEnabled());
    QCOMPARE(m_tested.size(), 1);
    QCOMPARE(m_tested.first().first, Service::RunYour);
    QCOMPARE(m_tested.first().second, runYourKey); // with nothing typed, the key in use is tested
    QCOMPARE(m_keys->authState(Service::RunYour), KeyManager::AuthState::Working);

    // A typed key is tested before saving it.
    typeKey(QStringLiteral("saju"), sajuKey);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("sajuTestButton")), Qt::LeftButton);
    QTRY_COMPARE(m_tested.size(), 2);
    QCOMPARE(m_tested.last().second, sajuKey);
    QTRY_VERIFY(find<QLabel>(QStringLiteral("sajuStatusLabel"))->text().startsWith(QLatin1String("The key works")));
    QVERIFY(!m_store->contains(Service::Saju));
}

void TestKeysPage::testButtonError()
{
    m_dialog->setKeyTester([this](Service service, const QString &key, KeyTestDone done) {
        m_tested.append({service, key});
        ApiError e;
        e.service = ApiError::Service::RunYour;
        e.kind = ApiError::Kind::Http;
        e.httpStatus = 401;
        e.code = QLatin1String(ApiErrorCode::InvalidApiKey);
        e.message = QStringLiteral("Invalid API key");
        QTimer::singleShot(10, this, [done, e] { done(false, e); });
    });
    saveRunYour();
    QSignalSpy rejected(m_keys.get(), &KeyManager::keyRejected);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("runyourTestButton")), Qt::LeftButton);
    auto *status = find<QLabel>(QStringLiteral("runyourStatusLabel"));
    QTRY_VERIFY(rejected.count() == 1);
    // keyRejected updates the label with the reason; the test result came just before it.
    QVERIFY2(status->text().contains(QLatin1String("rejected (HTTP 401)")), qPrintable(status->text()));
    QCOMPARE(m_keys->authState(Service::RunYour), KeyManager::AuthState::Rejected);
    QVERIFY(find<QLabel>(QStringLiteral("runyourInUseLabel"))->text().startsWith(QStringLiteral("runyour-v1-…a1b2")));

    // A typed (not yet saved) key failing shows the ApiError message and code, and does not mark
    // the saved key as rejected.
    m_keys->reportAuthSuccess(Service::RunYour);
    typeKey(QStringLiteral("runyour"), QStringLiteral("runyour-v1-typedButWrongKey0123456789"));
    QTest::mouseClick(find<QPushButton>(QStringLiteral("runyourTestButton")), Qt::LeftButton);
    QTRY_COMPARE(status->text(), QStringLiteral("Test failed: Invalid API key (invalid_api_key, HTTP 401)"));
    QCOMPARE(m_keys->authState(Service::RunYour), KeyManager::AuthState::Working);
}

void TestKeysPage::unavailableKeychainMessage()
{
    m_store->setUnavailable(QStringLiteral("No Secret Service answered"));
    typeKey(QStringLiteral("saju"), sajuKey);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("sajuSaveButton")), Qt::LeftButton);
    auto *keychain = find<QLabel>(QStringLiteral("keychainStatusLabel"));
    QTRY_VERIFY(keychain->isVisible());
    QCOMPARE(keychain->text(),
             QStringLiteral("Keychain unavailable: No Secret Service answered. Keys are kept for this session only."));
    QTRY_COMPARE(find<QLabel>(QStringLiteral("sajuInUseLabel"))->text(),
                 QStringLiteral("bs_live_…5m1N (this session only)"));
    QVERIFY(find<QLabel>(QStringLiteral("sajuStatusLabel"))->text().contains(QLatin1String("session only")));
    QVERIFY(!m_store->contains(Service::Saju));
    QCOMPARE(m_keys->key(Service::Saju), sajuKey);
}

void TestKeysPage::unavailableAtStartShownBeforeAnySave()
{
    MemoryKeyStore store;
    store.setUnavailable(QStringLiteral("Cannot autolaunch D-Bus without X11 $DISPLAY (QtKeychain error 7)"));
    KeyManager keys(&store);
    SettingsDialog dialog(&keys);
    dialog.show();
    QVERIFY(QTest::qWaitForWindowExposed(&dialog));
    keys.load();
    auto *label = dialog.findChild<QLabel *>(QStringLiteral("keychainStatusLabel"));
    QVERIFY(label);
    QTRY_VERIFY(label->isVisible());
    QCOMPARE(label->text(), QStringLiteral("Keychain unavailable: Cannot autolaunch D-Bus without X11 $DISPLAY "
                                           "(QtKeychain error 7). Keys are kept for this session only."));
    QCOMPARE(dialog.findChild<QLabel *>(QStringLiteral("runyourInUseLabel"))->text(), QStringLiteral("No key saved."));
}

void TestKeysPage::keyChangeAppliesWithoutRestart()
{
    QSignalSpy changed(m_keys.get(), &KeyManager::keyChanged);
    saveRunYour();
    QCOMPARE(changed.count(), 1);
    QCOMPARE(m_keys->key(Service::RunYour), runYourKey);
    const QString second = runYourKey.left(runYourKey.size() - 4) + QStringLiteral("c3d4");
    typeKey(QStringLiteral("runyour"), second);
    QTest::mouseClick(find<QPushButton>(QStringLiteral("runyourSaveButton")), Qt::LeftButton);
    QTRY_COMPARE(changed.count(), 2);
    QCOMPARE(m_keys->key(Service::RunYour), second);
    QTRY_VERIFY(
        find<QLabel>(QStringLiteral("runyourInUseLabel"))->text().startsWith(QStringLiteral("runyour-v1-…c3d4")));
}

void TestKeysPage::noKeyInTitlesOrTooltips()
{
    saveRunYour();
    typeKey(QStringLiteral("saju"), sajuKey);
    QTest::mouseClick(find<QToolButton>(QStringLiteral("sajuShowKeyButton")), Qt::LeftButton);
    const QList<QWidget *> widgets = m_dialog->findChildren<QWidget *>() << m_dialog.get();
    for (QWidget *w : widgets) {
        QStringList texts{w->windowTitle(),           w->toolTip(),   w->accessibleName(),
                          w->accessibleDescription(), w->statusTip(), w->whatsThis()};
        if (auto *label = qobject_cast<QLabel *>(w))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            texts << button->text();
        for (const QString &t : std::as_const(texts)) {
            for (const QString &k : {runYourKey, sajuKey}) {
                for (int i = 0; i + 12 <= k.size(); ++i)
                    QVERIFY2(!t.contains(k.mid(i, 12)), qPrintable(w->objectName()));
            }
        }
    }
}

QTEST_MAIN(TestKeysPage)
#include "tst_keyspage.moc"
