// SPDX-License-Identifier: GPL-3.0-or-later
// The chat model picker in the whole window: the popup groups by provider under "Recently used",
// searches as you type, takes a typed id after checking it, and a list that cannot load (no key,
// 401, offline) says why in place with its action while Send names the same cause.
#include "ModelWindowFixture.h"

using namespace sajudesk;
using namespace sajudesk::guitest;

class TestModelPicker : public ModelWindowTest
{
    Q_OBJECT
private slots:
    void initTestCase() { setUpCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void popupGroupsAndSearches();
    void typedModelIsCheckedAndRemembered();
    void gatewayNeedsProviderPrefix();
    void noKeyIsExplainedInPlace();
    void rejectedKeyIsExplainedInPlace();
    void offlineOffersRetry();
};

void TestModelPicker::popupGroupsAndSearches()
{
    QSettings().setValue(QStringLiteral("models/recent"), QStringList{haiku});
    makeWindow();
    QTRY_VERIFY(!picker()->chatModels().isEmpty());
    openPopup();
    auto *list = child<QListWidget>("modelList");
    QStringList headers;
    for (int i = 0; i < list->count(); ++i) {
        if (!(list->item(i)->flags() & Qt::ItemIsSelectable))
            headers << list->item(i)->text();
    }
    QCOMPARE(headers, (QStringList{QStringLiteral("Recently used"), QStringLiteral("openai"),
                                   QStringLiteral("anthropic"), QStringLiteral("gemini"), QStringLiteral("upstage")}));
    QCOMPARE(list->item(1)->text().trimmed(), haiku);
    QTest::keyClicks(child<QLineEdit>("modelSearchEdit"), QStringLiteral("GPT"));
    QStringList shown;
    for (int i = 0; i < list->count(); ++i)
        shown << list->item(i)->text().trimmed();
    QCOMPARE(shown, (QStringList{QStringLiteral("openai"), QStringLiteral("openai/gpt-5.2"), gpt41,
                                 QStringLiteral("openai/gpt-5.4-mini")}));
    // Down moves over the models only; Enter takes the highlighted one.
    QTest::keyClick(child<QLineEdit>("modelSearchEdit"), Qt::Key_Down);
    QTest::keyClick(child<QLineEdit>("modelSearchEdit"), Qt::Key_Return);
    QVERIFY(!picker()->popup()->isVisible());
    QCOMPARE(picker()->currentChatModel(), gpt41);
    QCOMPARE(picker()->recentChatModels(), (QStringList{gpt41, haiku}));
    // The fortune models show speed and price from the contract.
    QVERIFY(child<QComboBox>("fortuneModelComboBox")->itemText(0).contains(QStringLiteral("$0.013")));
}

void TestModelPicker::typedModelIsCheckedAndRemembered()
{
    makeWindow();
    QTRY_VERIFY(!picker()->chatModels().isEmpty());
    openPopup();
    auto *search = child<QLineEdit>("modelSearchEdit");
    QTest::keyClicks(search, QStringLiteral("llama 3"));
    QVERIFY(child<QPushButton>("useTypedModelButton")->isVisible());
    QTest::mouseClick(child<QPushButton>("useTypedModelButton"), Qt::LeftButton);
    QVERIFY(child<QLabel>("typedModelErrorLabel")->isVisible());
    QVERIFY(picker()->popup()->isVisible());
    // The loopback server is not the gateway: any id without spaces is taken as typed.
    search->clear();
    QTest::keyClicks(search, QStringLiteral("llama3"));
    QTest::keyClick(search, Qt::Key_Return);
    QVERIFY(!picker()->popup()->isVisible());
    QCOMPARE(picker()->currentChatModel(), QStringLiteral("llama3"));
    QVERIFY(!picker()->chatModels().contains(QStringLiteral("llama3")));
    QCOMPARE(pane()->model(), QStringLiteral("llama3"));
    QCOMPARE(picker()->recentChatModels().first(), QStringLiteral("llama3"));
    sendText(QStringLiteral("hi"));
    QCOMPARE(lastChatBody().value(QStringLiteral("model")).toString(), QStringLiteral("llama3"));
}

void TestModelPicker::gatewayNeedsProviderPrefix()
{
    ModelPickerPopup popup;
    QWidget anchor;
    anchor.resize(200, 20);
    anchor.show();
    QVERIFY(QTest::qWaitForWindowExposed(&anchor));
    popup.setRequireProviderPrefix(true);
    popup.setModels({haiku}, {}, haiku);
    QSignalSpy chosen(&popup, &ModelPickerPopup::modelChosen);
    popup.popup(&anchor);
    auto *search = popup.findChild<QLineEdit *>(QStringLiteral("modelSearchEdit"));
    QTest::keyClicks(search, QStringLiteral("gpt-5.2"));
    QTest::keyClick(search, Qt::Key_Return);
    auto *error = popup.findChild<QLabel *>(QStringLiteral("typedModelErrorLabel"));
    QVERIFY(error->isVisible());
    QVERIFY2(error->text().contains(QStringLiteral("provider/model")), qPrintable(error->text()));
    QCOMPARE(chosen.count(), 0);
    search->clear();
    QTest::keyClicks(search, QStringLiteral("openai/gpt-5.2"));
    QVERIFY(!error->isVisible());
    QTest::keyClick(search, Qt::Key_Return);
    QCOMPARE(chosen.count(), 1);
    QCOMPARE(chosen.first().at(0).toString(), QStringLiteral("openai/gpt-5.2"));
    QCOMPARE(chosen.first().at(1).toBool(), true);
}

void TestModelPicker::noKeyIsExplainedInPlace()
{
    makeWindow(false);
    auto *combo = child<QComboBox>("chatModelComboBox");
    QTRY_COMPARE(combo->placeholderText(), QStringLiteral("No RunYour key — add one"));
    auto *action = child<QPushButton>("chatModelActionButton");
    QVERIFY(action->isVisible());
    commitText(child<QWidget>("chatInput"), QStringLiteral("안녕"));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    const QString said = child<QLabel>("chatStatusLabel")->text();
    QVERIFY2(said.contains(QStringLiteral("RunYour AI key")) && !said.contains(QStringLiteral("Pick")),
             qPrintable(said));
    QTest::mouseClick(action, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"))) && dialog->isVisible());
    dialog->close();
}

void TestModelPicker::rejectedKeyIsExplainedInPlace()
{
    makeWindow(true, [](FakeApiConfig &config) { config.runYourKeys = {QStringLiteral("runyour-v1-someone-else")}; });
    auto *combo = child<QComboBox>("chatModelComboBox");
    QTRY_COMPARE(combo->placeholderText(), QStringLiteral("Key rejected"));
    auto *action = child<QPushButton>("chatModelActionButton");
    QVERIFY(action->isVisible());
    QCOMPARE(action->text(), QStringLiteral("Open API Keys…"));
    commitText(child<QWidget>("chatInput"), QStringLiteral("안녕"));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    const QString said = child<QLabel>("chatStatusLabel")->text();
    QVERIFY2(said.contains(QStringLiteral("rejected the key")), qPrintable(said));
    QCOMPARE(m_env->server.requestCount(chatPath), 0);
    QTest::mouseClick(action, Qt::LeftButton);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"))) && dialog->isVisible());
    dialog->close();
}

void TestModelPicker::offlineOffersRetry()
{
    // Every load of the list finds the connection dropped (after its retries).
    m_env = std::make_unique<Environment>();
    m_env->server.setDefaultResponse(QStringLiteral("/v1/models"), FakeResponse::dropConnection());
    QVERIFY(m_env->start());
    makeWindow();
    auto *combo = child<QComboBox>("chatModelComboBox");
    QTRY_COMPARE(combo->placeholderText(), QStringLiteral("Offline — retry"));
    auto *action = child<QPushButton>("chatModelActionButton");
    QVERIFY(action->isVisible());
    QCOMPARE(action->text(), QStringLiteral("Retry"));
    commitText(child<QWidget>("chatInput"), QStringLiteral("안녕"));
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    const QString said = child<QLabel>("chatStatusLabel")->text();
    QVERIFY2(said.contains(QStringLiteral("no connection")), qPrintable(said));
    // Retry loads the list once the server answers again.
    m_env->server.clearScript();
    QTest::mouseClick(action, Qt::LeftButton);
    QTRY_VERIFY(!picker()->chatModels().isEmpty());
    QVERIFY(!action->isVisible());
    QCOMPARE(picker()->currentChatModel(), QStringLiteral("openai/gpt-5.2"));
}

QTEST_MAIN(TestModelPicker)
#include "tst_model_picker.moc"
