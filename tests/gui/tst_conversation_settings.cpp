// SPDX-License-Identifier: GPL-3.0-or-later
// Per-conversation settings in the whole window, against the loopback server: the picker follows
// the open conversation and changes only it, an unlisted model is kept, the settings header's
// values are the conversation's and reach the request body and the file, new conversations take
// Settings › Chat defaults, prompt presets, and first run selects a model at once.
#include "ModelWindowFixture.h"

using namespace sajudesk;
using namespace sajudesk::guitest;

class TestConversationSettings : public ModelWindowTest
{
    Q_OBJECT
private slots:
    void initTestCase() { setUpCase(); }
    void init() { setUp(); }
    void cleanup() { tearDown(); }
    void firstRunSelectsGatewayDefault_data();
    void firstRunSelectsGatewayDefault();
    void pickerAndSettingsFollowTheConversation();
    void unlistedModelIsKeptNotReplaced();
    void settingsBarEditsReachTheRequest();
    void newConversationTakesTheDefaults();
    void promptPresetsSaveApplyDelete();
};

void TestConversationSettings::firstRunSelectsGatewayDefault_data()
{
    QTest::addColumn<QStringList>("models");
    QTest::addColumn<QString>("expected");
    QTest::newRow("gateway default listed, not first")
        << QStringList{haiku, gpt41, QStringLiteral("openai/gpt-5.2")} << QStringLiteral("openai/gpt-5.2");
    QTest::newRow("not listed: the first") << QStringList{gemini, haiku} << gemini;
}

void TestConversationSettings::firstRunSelectsGatewayDefault()
{
    QFETCH(QStringList, models);
    QFETCH(QString, expected);
    makeWindow(true, [&models](FakeApiConfig &config) { config.runYourModels = models; });
    QTRY_COMPARE(picker()->currentChatModel(), expected);
    QCOMPARE(pane()->model(), expected);
    // A new user types and presses Enter: it goes out with that model.
    commitText(child<QWidget>("chatInput"), QStringLiteral("안녕하세요"));
    QTest::keyClick(child<QWidget>("chatInput"), Qt::Key_Return);
    QTRY_COMPARE(m_env->server.requestCount(chatPath), 1);
    QCOMPARE(lastChatBody().value(QStringLiteral("model")).toString(), expected);
    QTRY_VERIFY(!pane()->isBusy());
}

void TestConversationSettings::pickerAndSettingsFollowTheConversation()
{
    m_env = std::make_unique<Environment>();
    QVERIFY(m_env->start());
    ChatSettings a{haiku, QStringLiteral("너는 사주 상담가입니다."), 0.3, 120, false};
    ChatSettings b{gpt41, {}, {}, {}, true};
    const QString idA = saveConversation(a, QStringLiteral("첫 대화"));
    const QString idB = saveConversation(b, QStringLiteral("둘째 대화"));
    makeWindow();
    QTRY_VERIFY(!picker()->chatModels().isEmpty());

    QVERIFY(pane()->openConversation(idA));
    QCOMPARE(picker()->currentChatModel(), haiku);
    QCOMPARE(child<QPlainTextEdit>("systemPromptEdit")->toPlainText(), a.systemPrompt);
    QCOMPARE(child<QDoubleSpinBox>("temperatureSpinBox")->value(), 0.3);
    QCOMPARE(child<QSpinBox>("maxTokensSpinBox")->value(), 120);
    QVERIFY(!child<QCheckBox>("streamCheckBox")->isChecked());
    QVERIFY(child<QToolButton>("conversationModelButton")->text().contains(haiku));
    QVERIFY(child<QLabel>("conversationSettingsSummaryLabel")->text().contains(QStringLiteral("120")));
    sendText(QStringLiteral("오늘 운세는?"));
    QJsonObject body = lastChatBody();
    QCOMPARE(body.value(QStringLiteral("model")).toString(), haiku);
    QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 0.3);
    QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 120);
    QVERIFY(!body.value(QStringLiteral("stream")).toBool()); // false or left out
    QCOMPARE(
        body.value(QStringLiteral("messages")).toArray().first().toObject().value(QStringLiteral("content")).toString(),
        a.systemPrompt);

    QVERIFY(pane()->openConversation(idB));
    QCOMPARE(picker()->currentChatModel(), gpt41);
    QVERIFY(child<QPlainTextEdit>("systemPromptEdit")->toPlainText().isEmpty());
    QVERIFY(child<QDoubleSpinBox>("temperatureSpinBox")->text() == QStringLiteral("Default"));
    QVERIFY(child<QCheckBox>("streamCheckBox")->isChecked());
    // Choosing another model in B (from the header's model button) changes B only.
    QTest::mouseClick(child<QToolButton>("conversationModelButton"), Qt::LeftButton);
    QTRY_VERIFY(picker()->popup()->isVisible());
    QTest::keyClicks(child<QLineEdit>("modelSearchEdit"), QStringLiteral("flash"));
    QTest::keyClick(child<QLineEdit>("modelSearchEdit"), Qt::Key_Return);
    QTRY_COMPARE(picker()->currentChatModel(), gemini);
    QCOMPARE(pane()->currentConversation().settings.model, gemini);
    QVERIFY(child<QToolButton>("conversationModelButton")->text().contains(gemini));
    sendText(QStringLiteral("다음 질문"));
    body = lastChatBody();
    QCOMPARE(body.value(QStringLiteral("model")).toString(), gemini);
    QVERIFY(!body.contains(QStringLiteral("temperature")));
    QVERIFY(!body.contains(QStringLiteral("max_tokens")));
    QCOMPARE(body.value(QStringLiteral("stream")).toBool(), true);

    // Back to A: its model is as it was, on screen and on disk.
    QVERIFY(pane()->openConversation(idA));
    QCOMPARE(picker()->currentChatModel(), haiku);
    pane()->prepareToQuit();
    const ConversationStore store(m_env->services->conversationsDirectory());
    QCOMPARE(store.load(idA)->settings.model, haiku);
    QCOMPARE(store.load(idB)->settings.model, gemini);
}

void TestConversationSettings::unlistedModelIsKeptNotReplaced()
{
    // A conversation whose model the service no longer lists keeps it: shown as not listed, sent
    // as it is (the server explains), never swapped for whatever the picker had.
    m_env = std::make_unique<Environment>();
    QVERIFY(m_env->start());
    const QString retired = QStringLiteral("openai/gpt-3.5-retired");
    const QString idOld = saveConversation(ChatSettings{retired, {}, {}, {}, true}, QStringLiteral("옛 대화"));
    QTest::qWait(20); // a later updatedAt: the newest conversation opens first
    const QString idNew = saveConversation(ChatSettings{haiku, {}, {}, {}, true}, QStringLiteral("새 대화"));
    makeWindow();
    QTRY_VERIFY(!picker()->chatModels().isEmpty());
    QCOMPARE(pane()->currentConversation().id, idNew);
    QCOMPARE(picker()->currentChatModel(), haiku);
    QVERIFY(pane()->openConversation(idOld));
    QCOMPARE(picker()->currentChatModel(), retired);
    QVERIFY(!picker()->chatModels().contains(retired));
    QVERIFY(child<QComboBox>("chatModelComboBox")->currentText().contains(retired));
    sendText(QStringLiteral("계속"));
    QCOMPARE(lastChatBody().value(QStringLiteral("model")).toString(), retired);
    QVERIFY(pane()->openConversation(idNew));
    QCOMPARE(picker()->currentChatModel(), haiku);
    pane()->prepareToQuit();
    const ConversationStore store(m_env->services->conversationsDirectory());
    QCOMPARE(store.load(idOld)->settings.model, retired);
    QCOMPARE(store.load(idNew)->settings.model, haiku);
}

void TestConversationSettings::settingsBarEditsReachTheRequest()
{
    m_env = std::make_unique<Environment>();
    QVERIFY(m_env->start());
    const QString id = saveConversation(ChatSettings{haiku, {}, {}, {}, true}, QStringLiteral("질문"));
    makeWindow();
    QTRY_VERIFY(!picker()->chatModels().isEmpty());
    QVERIFY(pane()->openConversation(id));
    QTest::mouseClick(child<QWidget>("conversationSettingsButton"), Qt::LeftButton);
    QVERIFY(child<QWidget>("conversationSettingsPanel")->isVisible());
    commitText(child<QPlainTextEdit>("systemPromptEdit"), QStringLiteral("반말로 답하세요."));
    child<QDoubleSpinBox>("temperatureSpinBox")->setValue(1.2);
    child<QSpinBox>("maxTokensSpinBox")->setValue(2048);
    QTest::mouseClick(child<QCheckBox>("streamCheckBox"), Qt::LeftButton);
    QCOMPARE(pane()->currentConversation().settings.temperature, std::optional<double>(1.2));
    sendText(QStringLiteral("안녕"));
    QJsonObject body = lastChatBody();
    QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 1.2);
    QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 2048);
    QVERIFY(!body.value(QStringLiteral("stream")).toBool()); // false or left out
    const QJsonObject first = body.value(QStringLiteral("messages")).toArray().first().toObject();
    QCOMPARE(first.value(QStringLiteral("role")).toString(), QStringLiteral("system"));
    QCOMPARE(first.value(QStringLiteral("content")).toString(), QStringLiteral("반말로 답하세요."));

    // Back to "Default": not sent at all.
    child<QDoubleSpinBox>("temperatureSpinBox")->setValue(child<QDoubleSpinBox>("temperatureSpinBox")->minimum());
    child<QSpinBox>("maxTokensSpinBox")->setValue(0);
    sendText(QStringLiteral("또"));
    body = lastChatBody();
    QVERIFY(!body.contains(QStringLiteral("temperature")));
    QVERIFY(!body.contains(QStringLiteral("max_tokens")));
    // Stored with the conversation.
    pane()->prepareToQuit();
    const std::optional<Conversation> saved = ConversationStore(m_env->services->conversationsDirectory()).load(id);
    QVERIFY(saved);
    QCOMPARE(saved->settings.systemPrompt, QStringLiteral("반말로 답하세요."));
    QVERIFY(!saved->settings.stream);
    QVERIFY(!saved->settings.temperature);
}

void TestConversationSettings::newConversationTakesTheDefaults()
{
    ChatSettings defaults;
    defaults.systemPrompt = QStringLiteral("Always answer in English.");
    defaults.temperature = 0.7;
    defaults.maxTokens = 300;
    defaults.stream = false;
    ChatDefaults::save(defaults);
    makeWindow();
    QTRY_VERIFY(!picker()->currentChatModel().isEmpty());
    QTest::mouseClick(child<QPushButton>("newConversationButton"), Qt::LeftButton);
    QCOMPARE(child<QPlainTextEdit>("systemPromptEdit")->toPlainText(), defaults.systemPrompt);
    sendText(QStringLiteral("hello"));
    const QJsonObject body = lastChatBody();
    QCOMPARE(body.value(QStringLiteral("model")).toString(), picker()->currentChatModel());
    QCOMPARE(body.value(QStringLiteral("temperature")).toDouble(), 0.7);
    QCOMPARE(body.value(QStringLiteral("max_tokens")).toInt(), 300);
    QVERIFY(!body.value(QStringLiteral("stream")).toBool()); // false or left out

    // Settings › Chat defaults edits the same values.
    child<QAction>("keysAction")->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("settingsDialog"))) && dialog->isVisible());
    auto *spin = dialog->findChild<QSpinBox *>(QStringLiteral("defaultMaxTokensSpinBox"));
    QVERIFY(spin);
    QCOMPARE(spin->value(), 300);
    spin->setValue(0);
    QVERIFY(!ChatDefaults::load().maxTokens);
    dialog->close();
}

void TestConversationSettings::promptPresetsSaveApplyDelete()
{
    m_env = std::make_unique<Environment>();
    QVERIFY(m_env->start());
    const QString id = saveConversation(ChatSettings{haiku, {}, {}, {}, true}, QStringLiteral("질문"));
    makeWindow();
    QVERIFY(pane()->openConversation(id));
    child<QWidget>("conversationSettingsButton")->setFocus();
    QTest::mouseClick(child<QWidget>("conversationSettingsButton"), Qt::LeftButton);
    commitText(child<QPlainTextEdit>("systemPromptEdit"), QStringLiteral("명리학 선생님처럼 설명하세요."));
    ConversationSettingsBar::setPresetNameForTesting(QStringLiteral("선생님"));
    QTest::mouseClick(child<QPushButton>("savePromptPresetButton"), Qt::LeftButton);
    ConversationSettingsBar::setPresetNameForTesting(QString());
    auto *presets = child<QComboBox>("systemPromptPresetComboBox");
    QCOMPARE(presets->count(), 2);
    QCOMPARE(presets->itemText(1), QStringLiteral("선생님"));
    // Another conversation picks it from the list.
    QTest::mouseClick(child<QPushButton>("newConversationButton"), Qt::LeftButton);
    QVERIFY(child<QPlainTextEdit>("systemPromptEdit")->toPlainText().isEmpty());
    presets->setCurrentIndex(1);
    emit presets->activated(1);
    QCOMPARE(pane()->currentConversation().settings.systemPrompt, QStringLiteral("명리학 선생님처럼 설명하세요."));
    QTest::mouseClick(child<QPushButton>("deletePromptPresetButton"), Qt::LeftButton);
    QCOMPARE(presets->count(), 1);
    QVERIFY(ChatDefaults::presets().isEmpty());
}

QTEST_MAIN(TestConversationSettings)
#include "tst_conversation_settings.moc"
