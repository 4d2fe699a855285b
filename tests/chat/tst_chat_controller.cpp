// SPDX-License-Identifier: GPL-3.0-or-later
// The chat turn flow without widgets, through the real ChatRequest to the loopback FakeApiServer:
// what each operation (send, stop, retry, regenerate, continue, edit and resend, delete) leaves in
// the conversation on success and on failure, that a chunk changes only the last row, that the
// conversation's own settings go out with the request, and when a save is asked for.
#include "../clients/ClientFixture.h"
#include "chat/ChatController.h"
#include "chat/ConversationModel.h"
#include "runyour/ChatRequest.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSignalSpy>
#include <QTest>

using namespace sajudesk;
using namespace sajudesk::testing;

namespace {

const QString model = QStringLiteral("openai/gpt-5.2");

QJsonObject body(const FakeRequest &request)
{
    return QJsonDocument::fromJson(request.body).object();
}

ChatMessage message(ChatMessage::Role role, const QString &content,
                    ChatMessage::State state = ChatMessage::State::Complete)
{
    ChatMessage m = ChatMessage::create(role, content, QDateTime::currentDateTimeUtc());
    m.state = state;
    return m;
}

ChatMessage message(ChatMessage::Role role, const char *content,
                    ChatMessage::State state = ChatMessage::State::Complete)
{
    return message(role, QString::fromUtf8(content), state);
}

QStringList texts(std::initializer_list<const char *> items)
{
    QStringList out;
    for (const char *item : items)
        out << QString::fromUtf8(item);
    return out;
}

} // namespace

class TestChatController : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void buildParams_data();
    void buildParams();
    void sendStreamsIntoTheLastRowOnly();
    void conversationSettingsGoWithTheRequest();
    void failureBeforeAnyTextGivesThePromptBack();
    void stopKeepsPartialText();
    void retryKeepsThePartialAnswerUntilNewTextArrives();
    void failedRetryLeavesTheOldAnswer();
    void regenerateKeepsTheOldVersion();
    void failedRegenerateDropsTheEmptyVersion();
    void continueAppendsToTheSameMessage();
    void editAndResendTruncates();
    void deleteCanBeUndone();
    void savesAreAskedForAtEachStep();
    void reasoningIsKeptApartFromTheAnswer();
    void refusalStandsInForTheAnswer();

private:
    void waitIdle();
    std::unique_ptr<ClientFixture> m_fixture;
    std::unique_ptr<ChatController> m_controller;
    std::unique_ptr<ConversationModel> m_model;
};

void TestChatController::initTestCase()
{
    registerApiErrorMetaType();
    qRegisterMetaType<ChatController::SaveReason>();
    qRegisterMetaType<ChatController::Operation>();
}

void TestChatController::init()
{
    m_fixture = std::make_unique<ClientFixture>();
    QVERIFY(m_fixture->start());
    ClientFixture *fixture = m_fixture.get();
    m_controller = std::make_unique<ChatController>([fixture](const ChatParams &params, bool stream, QObject *parent) {
        RunYourConfig config = fixture->runYour();
        config.streamUsage = true; // the loopback server sends usage when asked
        auto *request = new ChatRequest(fixture->http.get(), config, params, parent);
        request->setStreaming(stream);
        return request;
    });
    m_model = std::make_unique<ConversationModel>(Conversation::create(ChatSettings{model, {}, {}, {}, true}));
}

void TestChatController::cleanup()
{
    m_controller.reset();
    m_model.reset();
    m_fixture.reset();
}

void TestChatController::waitIdle()
{
    QTRY_VERIFY_WITH_TIMEOUT(!m_controller->isBusy(), 10000);
}

void TestChatController::buildParams_data()
{
    QTest::addColumn<QString>("systemPrompt");
    QTest::addColumn<QList<ChatMessage>>("messages");
    QTest::addColumn<int>("end");
    QTest::addColumn<QStringList>("expected"); // role:content

    using R = ChatMessage::Role;
    using S = ChatMessage::State;
    QTest::newRow("system prompt first") << QString::fromUtf8("사주 맥락") << QList<ChatMessage>{message(R::User, "q")}
                                         << 1 << texts({"system:사주 맥락", "user:q"});
    QTest::newRow("failed and empty answers are left out")
        << QString()
        << QList<ChatMessage>{message(R::User, "a"), message(R::Assistant, "", S::Failed), message(R::User, "b"),
                              message(R::Assistant, "")}
        << 4 << texts({"user:a", "user:b"});
    QTest::newRow("unfinished answers are not sent back")
        << QString()
        << QList<ChatMessage>{message(R::User, "a"), message(R::Assistant, "half", S::Stopped), message(R::User, "b")}
        << 3 << texts({"user:a", "user:b"});
    QTest::newRow("continue: the partial answer is the last turn")
        << QString() << QList<ChatMessage>{message(R::User, "a"), message(R::Assistant, "half", S::Stopped)} << 2
        << texts({"user:a", "assistant:half"});
    QTest::newRow("regenerate: up to the answer")
        << QString() << QList<ChatMessage>{message(R::User, "a"), message(R::Assistant, "x")} << 1 << texts({"user:a"});
}

void TestChatController::buildParams()
{
    QFETCH(QString, systemPrompt);
    QFETCH(QList<ChatMessage>, messages);
    QFETCH(int, end);
    QFETCH(QStringList, expected);
    Conversation c = Conversation::create(ChatSettings{QString(), systemPrompt, 0.5, 99, true});
    c.messages = messages;
    const ChatParams params = ChatController::buildParams(c, end, model);
    QStringList actual;
    for (const ChatTurn &turn : params.messages)
        actual << ChatTurn::roleName(turn.role) + QLatin1Char(':') + turn.content;
    QCOMPARE(actual, expected);
    QCOMPARE(params.model, model); // the fallback when the conversation has none
    QCOMPARE(params.temperature, std::optional<double>(0.5));
    QCOMPARE(params.maxTokens, std::optional<int>(99));
}

void TestChatController::sendStreamsIntoTheLastRowOnly()
{
    // Earlier rows must never be touched by a chunk (the view re-lays out only what changed).
    m_model->appendMessage(message(ChatMessage::Role::User, QStringLiteral("old")));
    m_model->appendMessage(message(ChatMessage::Role::Assistant, QStringLiteral("old answer")));
    QSignalSpy changed(m_model.get(), &QAbstractItemModel::dataChanged);
    QSignalSpy text(m_controller.get(), &ChatController::answerTextReceived);
    QVERIFY(m_controller->send(m_model.get(), QStringLiteral("echo:하나 둘 셋 넷 다섯")));
    QVERIFY(m_controller->isBusy());
    QCOMPARE(m_model->rowCount(), 4);
    QCOMPARE(m_model->messageAt(3)->state, ChatMessage::State::Streaming);
    waitIdle();
    QVERIFY(text.count() >= 5);
    for (const QList<QVariant> &args : std::as_const(changed)) {
        QCOMPARE(args.at(0).toModelIndex().row(), 3);
        QCOMPARE(args.at(1).toModelIndex().row(), 3);
    }
    const ChatMessage *answer = m_model->messageAt(3);
    QCOMPARE(answer->content, QStringLiteral("하나 둘 셋 넷 다섯"));
    QCOMPARE(answer->state, ChatMessage::State::Complete);
    QCOMPARE(answer->finishReason, QStringLiteral("stop"));
    QCOMPARE(answer->model, model);
    QVERIFY(answer->firstTokenMs >= 0);
    QVERIFY(answer->durationMs >= answer->firstTokenMs);
    QCOMPARE(answer->usage.completionTokens, 5);
    QVERIFY(answer->usage.promptTokens > 0);
}

void TestChatController::conversationSettingsGoWithTheRequest()
{
    m_model->setSettings(
        ChatSettings{QStringLiteral("anthropic/claude-haiku-4-5"), QStringLiteral("짧게 답하세요"), 0.3, 500, false});
    QVERIFY(m_controller->send(m_model.get(), QStringLiteral("echo:non-stream"), model));
    waitIdle();
    const QJsonObject sent = body(m_fixture->server->requests(QStringLiteral("/v1/chat/completions")).last());
    QCOMPARE(sent.value(QStringLiteral("model")).toString(), QStringLiteral("anthropic/claude-haiku-4-5"));
    QCOMPARE(sent.value(QStringLiteral("temperature")).toDouble(), 0.3);
    QCOMPARE(sent.value(QStringLiteral("max_tokens")).toInt(), 500);
    QVERIFY(!sent.value(QStringLiteral("stream")).toBool());
    const QJsonArray messages = sent.value(QStringLiteral("messages")).toArray();
    QCOMPARE(messages.first().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("system"));
    QCOMPARE(m_model->messageAt(m_model->lastMessageRow())->content, QStringLiteral("non-stream"));
}

void TestChatController::failureBeforeAnyTextGivesThePromptBack()
{
    m_fixture->server->enqueue(QStringLiteral("/v1/chat/completions"),
                               FakeResponse::runYourError(400, QStringLiteral("messages must not be empty")));
    QSignalSpy returned(m_controller.get(), &ChatController::promptReturned);
    QSignalSpy failed(m_controller.get(), &ChatController::failed);
    QVERIFY(m_controller->send(m_model.get(), QStringLiteral("오늘 운세")));
    waitIdle();
    QCOMPARE(m_model->rowCount(), 0);
    QCOMPARE(returned.count(), 1);
    QCOMPARE(returned.first().at(1).toString(), QStringLiteral("오늘 운세"));
    QCOMPARE(failed.count(), 1);
    QVERIFY(!failed.first().at(3).toBool());
}

void TestChatController::stopKeepsPartialText()
{
    m_fixture->server->config().eventDelayMs = 100;
    QVERIFY(m_controller->send(m_model.get(), QStringLiteral("echo:") + QStringLiteral("하나 둘 셋 ").repeated(10)));
    QTRY_VERIFY(!m_model->messageAt(1)->content.isEmpty());
    m_controller->stop();
    QVERIFY(!m_controller->isBusy());
    QCOMPARE(m_model->messageAt(1)->state, ChatMessage::State::Stopped);
    QVERIFY(m_model->messageAt(1)->canContinue());
    const QString kept = m_model->messageAt(1)->content;
    QTest::qWait(300);
    QCOMPARE(m_model->messageAt(1)->content, kept);
}

void TestChatController::retryKeepsThePartialAnswerUntilNewTextArrives()
{
    m_model->appendMessage(message(ChatMessage::Role::User, QStringLiteral("echo:새 답변")));
    m_model->appendMessage(
        message(ChatMessage::Role::Assistant, QStringLiteral("옛 부분"), ChatMessage::State::Interrupted));
    m_fixture->server->enqueue(QStringLiteral("/v1/chat/completions"), FakeResponse::handler().withDelay(300));
    QVERIFY(m_controller->retry(m_model.get(), 1));
    QTest::qWait(100);
    QCOMPARE(m_model->messageAt(1)->content, QStringLiteral("옛 부분")); // still shown while waiting
    waitIdle();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->messageAt(1)->content, QStringLiteral("새 답변"));
    QCOMPARE(m_model->messageAt(1)->state, ChatMessage::State::Complete);
    QCOMPARE(m_model->messageAt(1)->versionCount(), 1);
}

void TestChatController::failedRetryLeavesTheOldAnswer()
{
    m_model->appendMessage(message(ChatMessage::Role::User, QStringLiteral("q")));
    m_model->appendMessage(
        message(ChatMessage::Role::Assistant, QStringLiteral("옛 부분"), ChatMessage::State::Stopped));
    m_fixture->server->enqueue(QStringLiteral("/v1/chat/completions"),
                               FakeResponse::runYourError(400, QStringLiteral("bad")));
    QVERIFY(m_controller->retry(m_model.get(), 1));
    waitIdle();
    QCOMPARE(m_model->messageAt(1)->content, QStringLiteral("옛 부분"));
    QCOMPARE(m_model->messageAt(1)->state, ChatMessage::State::Stopped);
}

void TestChatController::regenerateKeepsTheOldVersion()
{
    QVERIFY(m_controller->send(m_model.get(), QStringLiteral("echo:첫 답")));
    waitIdle();
    QVERIFY(m_controller->canRegenerate(m_model.get(), 1));
    QVERIFY(m_controller->regenerate(m_model.get(), 1));
    QCOMPARE(m_model->messageAt(1)->versionCount(), 2);
    QVERIFY(m_model->messageAt(1)->content.isEmpty());
    waitIdle();
    const ChatMessage *answer = m_model->messageAt(1);
    QCOMPARE(answer->versionCount(), 2);
    QCOMPARE(answer->versionIndex, 1);
    QCOMPARE(answer->state, ChatMessage::State::Complete);
    QVERIFY(m_controller->selectVersion(m_model.get(), 1, 0));
    QCOMPARE(m_model->messageAt(1)->content, QStringLiteral("첫 답"));
    QCOMPARE(m_model->messageAt(1)->versionIndex, 0);
    // The request for the new version did not include the old answer.
    const QJsonArray sent = body(m_fixture->server->requests(QStringLiteral("/v1/chat/completions")).last())
                                .value(QStringLiteral("messages"))
                                .toArray();
    QCOMPARE(sent.size(), 1);
}

void TestChatController::failedRegenerateDropsTheEmptyVersion()
{
    QVERIFY(m_controller->send(m_model.get(), QStringLiteral("echo:첫 답")));
    waitIdle();
    m_fixture->server->enqueue(QStringLiteral("/v1/chat/completions"),
                               FakeResponse::runYourError(500, QStringLiteral("boom")));
    m_fixture->server->enqueue(QStringLiteral("/v1/chat/completions"),
                               FakeResponse::runYourError(400, QStringLiteral("bad")));
    QVERIFY(m_controller->regenerate(m_model.get(), 1));
    waitIdle();
    QCOMPARE(m_model->messageAt(1)->versionCount(), 1);
    QCOMPARE(m_model->messageAt(1)->content, QStringLiteral("첫 답"));
}

void TestChatController::continueAppendsToTheSameMessage()
{
    ChatSettings settings = m_model->conversation().settings;
    settings.maxTokens = 2;
    m_model->setSettings(settings);
    QVERIFY(m_controller->send(m_model.get(), QStringLiteral("echo:가 나 다 라 마")));
    waitIdle();
    QCOMPARE(m_model->messageAt(1)->content, QStringLiteral("가 나 "));
    QCOMPARE(m_model->messageAt(1)->finishReason, QStringLiteral("length"));
    QVERIFY(m_controller->canContinue(m_model.get(), 1));
    QVERIFY(m_controller->continueAnswer(m_model.get(), 1));
    waitIdle();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->messageAt(1)->content, QStringLiteral("가 나 가 나 "));
    QCOMPARE(m_model->messageAt(1)->usage.completionTokens, 4);
    // The partial answer went out as the last (assistant) message: the prefix to go on from.
    const QJsonArray sent = body(m_fixture->server->requests(QStringLiteral("/v1/chat/completions")).last())
                                .value(QStringLiteral("messages"))
                                .toArray();
    QCOMPARE(sent.last().toObject().value(QStringLiteral("role")).toString(), QStringLiteral("assistant"));
    QCOMPARE(sent.last().toObject().value(QStringLiteral("content")).toString(), QStringLiteral("가 나 "));
}

void TestChatController::editAndResendTruncates()
{
    QVERIFY(m_controller->send(m_model.get(), QStringLiteral("echo:하나")));
    waitIdle();
    QVERIFY(m_controller->send(m_model.get(), QStringLiteral("echo:둘")));
    waitIdle();
    QCOMPARE(m_model->rowCount(), 4);
    QVERIFY(ChatController::editDropsLaterMessages(m_model.get(), 0));
    QVERIFY(!ChatController::editDropsLaterMessages(m_model.get(), 2));
    QVERIFY(m_controller->editAndResend(m_model.get(), 0, QStringLiteral("echo:고친 첫 질문")));
    QCOMPARE(m_controller->operation(), ChatController::Operation::EditResend);
    waitIdle();
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->messageAt(0)->content, QStringLiteral("echo:고친 첫 질문"));
    QCOMPARE(m_model->messageAt(1)->content, QStringLiteral("고친 첫 질문"));
}

void TestChatController::deleteCanBeUndone()
{
    m_model->appendMessage(message(ChatMessage::Role::User, QStringLiteral("a")));
    m_model->appendMessage(message(ChatMessage::Role::Assistant, QStringLiteral("b")));
    const QString id = m_model->messageAt(0)->id;
    QVERIFY(m_controller->deleteMessage(m_model.get(), 0));
    QCOMPARE(m_model->rowCount(), 1);
    QVERIFY(m_controller->canUndoDelete());
    QVERIFY(m_controller->undoDelete());
    QCOMPARE(m_model->rowCount(), 2);
    QCOMPARE(m_model->messageAt(0)->id, id);
    QVERIFY(!m_controller->undoDelete());
}

void TestChatController::savesAreAskedForAtEachStep()
{
    QSignalSpy saves(m_controller.get(), &ChatController::saveRequested);
    QVERIFY(m_controller->send(m_model.get(), QStringLiteral("echo:가 나 다")));
    QCOMPARE(saves.count(), 1);
    QCOMPARE(saves.first().at(1).value<ChatController::SaveReason>(), ChatController::SaveReason::MessageSent);
    waitIdle();
    QCOMPARE(saves.last().at(1).value<ChatController::SaveReason>(), ChatController::SaveReason::StateChanged);
    int progress = 0;
    for (const QList<QVariant> &args : std::as_const(saves))
        progress += args.at(1).value<ChatController::SaveReason>() == ChatController::SaveReason::StreamProgress;
    QCOMPARE(progress, 3);
    saves.clear();
    QVERIFY(m_controller->deleteMessage(m_model.get(), 1));
    QCOMPARE(saves.count(), 1);
    QCOMPARE(saves.first().at(1).value<ChatController::SaveReason>(), ChatController::SaveReason::StateChanged);
}

void TestChatController::reasoningIsKeptApartFromTheAnswer()
{
    m_fixture->server->config().eventDelayMs = 20;
    QVERIFY(m_controller->send(m_model.get(), QStringLiteral("think:echo:일간은 나")));
    QTRY_VERIFY(!m_model->messageAt(1)->reasoning.isEmpty());
    QVERIFY(m_model->messageAt(1)->content.isEmpty()); // thinking first, no answer text yet
    waitIdle();
    const ChatMessage *answer = m_model->messageAt(1);
    QCOMPARE(answer->reasoning, QStringLiteral("Let me think about \"echo:일간은 나\" step by step. "));
    QCOMPARE(answer->content, QStringLiteral("일간은 나"));
    QVERIFY(answer->reasoningMs >= 0);
    QVERIFY(answer->firstTokenMs >= answer->reasoningMs - 1);
    // The thinking is never sent back to the model as if it were the answer.
    QVERIFY(m_controller->send(m_model.get(), QStringLiteral("echo:next")));
    waitIdle();
    QVERIFY(!m_fixture->server->requests(QStringLiteral("/v1/chat/completions")).last().body.contains("step by step"));
}

void TestChatController::refusalStandsInForTheAnswer()
{
    QVERIFY(m_controller->send(m_model.get(), QStringLiteral("refuse:무엇이든")));
    waitIdle();
    QCOMPARE(m_model->messageAt(1)->content, QStringLiteral("I can't help with that request."));
    QCOMPARE(m_model->messageAt(1)->state, ChatMessage::State::Complete);
}

QTEST_GUILESS_MAIN(TestChatController)
#include "tst_chat_controller.moc"
