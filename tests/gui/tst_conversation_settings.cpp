// SPDX-License-Identifier: GPL-3.0-or-later
// Per-conversation settings and the model picker in the whole window, against the loopback server:
// the picker follows the open conversation and changes only it, the settings bar's values are the
// conversation's and reach the request body, first run selects a model at once, the popup groups,
// searches and takes a typed id (checked), and a list that cannot load says why in place with its
// action while Send names the same cause.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "ModelPicker.h"
#include "chat/ChatDefaults.h"
#include "chat/ChatPane.h"
#include "chat/ConversationModel.h"
#include "chat/ConversationSettingsBar.h"
#include "chat/ConversationStore.h"
#include "chat/ModelPickerPopup.h"
#include "core/CoreLibrary.h"
#include "core/LanguageManager.h"
#include "demo/FakeResponse.h"
#include "runyour/ModelsRequest.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialog>
#include <QDoubleSpinBox>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTest>
#include <QToolButton>

#include <functional>

using namespace sajudesk;
using namespace sajudesk::guitest;

namespace {
const QString haiku = QStringLiteral("anthropic/claude-haiku-4-5");
const QString gpt41 = QStringLiteral("openai/gpt-4.1");
const QString gemini = QStringLiteral("gemini/gemini-3.5-flash");
const QString chatPath = QStringLiteral("/v1/chat/completions");
} // namespace

class TestConversationSettings : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void firstRunSelectsGatewayDefault_data();
    void firstRunSelectsGatewayDefault();
    void pickerAndSettingsFollowTheConversation();
    void unlistedModelIsKeptNotReplaced();
    void settingsBarEditsReachTheRequest();
    void newConversationTakesTheDefaults();
    void promptPresetsSaveApplyDelete();
    void popupGroupsAndSearches();
    void typedModelIsCheckedAndRemembered();
    void gatewayNeedsProviderPrefix();
    void noKeyIsExplainedInPlace();
    void rejectedKeyIsExplainedInPlace();
    void offlineOffersRetry();

private:
    void makeWindow(bool withKeys = true, const std::function<void(FakeApiConfig &)> &configure = {});
    QString saveConversation(const ChatSettings &settings, const QString &question);
    void sendText(const QString &text);
    QJsonObject lastChatBody() const;
    void openPopup();
    template <typename T>
    T *child(const char *name) const
    {
        T *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("missing child %s", name);
        return w;
    }
    ModelPicker *picker() const { return m_window->modelPicker(); }
    ChatPane *pane() const { return m_window->chatPane(); }

    LanguageManager *m_languages = nullptr;
    std::unique_ptr<Environment> m_env;
    std::unique_ptr<MainWindow> m_window;
};

void TestConversationSettings::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initCore();
    useTestSettings();
    registerApiErrorMetaType();
    m_languages = new LanguageManager(this);
    ChatPane::setDeleteConfirmationForTesting(true, true);
}

void TestConversationSettings::init()
{
    QSettings().clear();
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestConversationSettings::cleanup()
{
    m_window.reset();
    m_env.reset();
}

void TestConversationSettings::makeWindow(bool withKeys, const std::function<void(FakeApiConfig &)> &configure)
{
    if (!m_env) {
        m_env = std::make_unique<Environment>();
        if (configure)
            configure(m_env->server.config());
        QVERIFY(m_env->start(withKeys, false));
    }
    m_window = std::make_unique<MainWindow>(m_languages, m_env->services.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
}

QString TestConversationSettings::saveConversation(const ChatSettings &settings, const QString &question)
{
    Conversation c = Conversation::create(settings);
    const QDateTime now = QDateTime::currentDateTimeUtc();
    c.messages.append(ChatMessage::create(ChatMessage::Role::User, question, now));
    ChatMessage answer = ChatMessage::create(ChatMessage::Role::Assistant, QStringLiteral("답변"), now);
    answer.model = settings.model;
    c.messages.append(answer);
    ConversationStore(m_env->services->conversationsDirectory()).save(c);
    return c.id;
}

void TestConversationSettings::sendText(const QString &text)
{
    const int before = m_env->server.requestCount(chatPath);
    commitText(child<QWidget>("chatInput"), text);
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QTRY_COMPARE(m_env->server.requestCount(chatPath), before + 1);
    QTRY_VERIFY(!pane()->isBusy());
}

QJsonObject TestConversationSettings::lastChatBody() const
{
    return QJsonDocument::fromJson(m_env->server.requests(chatPath).last().body).object();
}

void TestConversationSettings::openPopup()
{
    QTest::mouseClick(child<QComboBox>("chatModelComboBox"), Qt::LeftButton);
    QTRY_VERIFY(picker()->popup()->isVisible());
}

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

void TestConversationSettings::popupGroupsAndSearches()
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

void TestConversationSettings::typedModelIsCheckedAndRemembered()
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

void TestConversationSettings::gatewayNeedsProviderPrefix()
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

void TestConversationSettings::noKeyIsExplainedInPlace()
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

void TestConversationSettings::rejectedKeyIsExplainedInPlace()
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

void TestConversationSettings::offlineOffersRetry()
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

QTEST_MAIN(TestConversationSettings)
#include "tst_conversation_settings.moc"
