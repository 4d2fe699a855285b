// SPDX-License-Identifier: GPL-3.0-or-later
// The chat pane against a real FakeApiServer: the input (Enter sends, Shift+Enter adds a line, the
// Ctrl+Enter setting, Hangul composition, growing), the turn actions (edit and resend, regenerate
// with ‹1/2›, continue, delete and undo) by mouse and keyboard, Stop, retries with a countdown,
// dropped streams, failures that give the text back, and conversations saved and reloaded.
#include "ChatTestSupport.h"
#include "core/CoreLibrary.h"
#include "errors/RetryBanner.h"

#include <QLabel>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>

using namespace sajudesk;
using namespace sajudesk::guitest;

namespace {

void preedit(QWidget *widget, const QString &text)
{
    QInputMethodEvent event(text, {});
    QCoreApplication::sendEvent(widget, &event);
}

} // namespace

class TestChatPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void inputHasFocusAndEnterSends();
    void shiftEnterAddsALineAndCtrlEnterAlsoSends();
    void ctrlEnterSettingMakesEnterAddALine();
    void composingSyllableEnablesSendAndEnterCommitsIt();
    void enterConsumedByTheInputMethodSendsNothing();
    void inputGrowsUpToAPartOfThePane();
    void emptyPromptSendsNothing();
    void editAndResendTruncatesAndResends();
    void regenerateKeepsBothVersions();
    void continueAppendsToTheAnswer();
    void deleteAndUndo();
    void stopCancelsAndKeepsPartialText();
    void rateLimitShowsCountdownThenSucceeds();
    void droppedStreamIsKeptRetryReplacesIt();
    void hangulDraftSurvivesFailure();
    void rejectedKeyAsksForANewOne();
    void conversationsAreSavedAndReloaded();

private:
    ChatFixture f;
};

void TestChatPane::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initCore();
    useTestSettings();
    registerApiErrorMetaType();
}

void TestChatPane::init()
{
    QSettings().clear();
    QVERIFY(f.start());
}

void TestChatPane::cleanup()
{
    f.pane.reset();
    f.env.reset();
}

void TestChatPane::inputHasFocusAndEnterSends()
{
    QVERIFY(f.open());
    f.pane->activateWindow();
    f.pane->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), static_cast<QWidget *>(f.input()));
    f.type(QStringLiteral("echo:엔터로 보냄"));
    QTest::keyClick(f.input(), Qt::Key_Return);
    QVERIFY(f.pane->isBusy());
    QVERIFY(f.input()->toPlainText().isEmpty());
    QVERIFY(f.waitIdle());
    QCOMPARE(f.model()->messageAt(0)->content, QStringLiteral("echo:엔터로 보냄"));
    QCOMPARE(f.model()->messageAt(1)->content, QStringLiteral("엔터로 보냄"));
    QCOMPARE(QApplication::focusWidget(), static_cast<QWidget *>(f.input())); // still there for the next one
}

void TestChatPane::shiftEnterAddsALineAndCtrlEnterAlsoSends()
{
    QVERIFY(f.open());
    f.type(QStringLiteral("echo:첫 줄"));
    QTest::keyClick(f.input(), Qt::Key_Return, Qt::ShiftModifier);
    QVERIFY(!f.pane->isBusy());
    QCOMPARE(f.input()->toPlainText(), QStringLiteral("echo:첫 줄\n"));
    f.type(QStringLiteral("둘째 줄"));
    QTest::keyClick(f.input(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(f.pane->isBusy());
    QVERIFY(f.waitIdle());
    QCOMPARE(f.model()->messageAt(1)->content, QStringLiteral("첫 줄\n둘째 줄"));
    QCOMPARE(f.env->server.requestCount(QStringLiteral("/v1/chat/completions")), 1);
}

void TestChatPane::ctrlEnterSettingMakesEnterAddALine()
{
    QVERIFY(f.open());
    f.input()->setSendsWithCtrlEnter(true);
    QVERIFY(QSettings().value(QLatin1String(ChatInput::ctrlEnterSettingsKey)).toBool());
    QVERIFY(
        f.pane->findChild<QLabel *>(QStringLiteral("chatHintLabel"))->text().startsWith(QStringLiteral("Ctrl+Enter")));
    f.type(QStringLiteral("echo:가"));
    QTest::keyClick(f.input(), Qt::Key_Return);
    QVERIFY(!f.pane->isBusy());
    QCOMPARE(f.input()->toPlainText(), QStringLiteral("echo:가\n"));
    QTest::keyClick(f.input(), Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(f.pane->isBusy());
    QVERIFY(f.waitIdle());
    // The choice is remembered by the next input box.
    ChatInput another;
    QVERIFY(another.sendsWithCtrlEnter());
}

void TestChatPane::composingSyllableEnablesSendAndEnterCommitsIt()
{
    QVERIFY(f.open());
    auto *send = f.button("sendButton");
    f.input()->setFocus();
    QVERIFY(!send->isEnabled());
    preedit(f.input(), QStringLiteral("가"));
    QVERIFY(f.input()->toPlainText().isEmpty()); // Qt keeps the preedit out of the text…
    QVERIFY(send->isEnabled());                  // …but it counts for Send
    QTest::mouseClick(send, Qt::LeftButton);
    QVERIFY(f.pane->isBusy());
    QVERIFY(f.waitIdle());
    QCOMPARE(f.model()->messageAt(0)->content, QStringLiteral("가"));

    // Enter while a syllable is still composing: commit it, then send the whole text.
    f.type(QStringLiteral("echo:안녕하세"));
    preedit(f.input(), QStringLiteral("요"));
    QTest::keyClick(f.input(), Qt::Key_Return);
    QVERIFY(f.pane->isBusy());
    // The input method's own commit of that syllable arrives afterwards and is not typed twice.
    f.type(QStringLiteral("요"));
    QVERIFY(f.input()->toPlainText().isEmpty());
    QVERIFY(f.waitIdle());
    QCOMPARE(f.model()->messageAt(2)->content, QStringLiteral("echo:안녕하세요"));
    QCOMPARE(f.model()->messageAt(3)->content, QStringLiteral("안녕하세요"));
}

void TestChatPane::enterConsumedByTheInputMethodSendsNothing()
{
    QVERIFY(f.open());
    f.input()->setFocus();
    // Japanese: Enter confirms the conversion inside the input method; the box only sees the result.
    preedit(f.input(), QStringLiteral("へんかん"));
    f.type(QStringLiteral("変換"));
    QVERIFY(!f.pane->isBusy());
    QCOMPARE(f.input()->toPlainText(), QStringLiteral("変換"));
    QCOMPARE(f.env->server.requestCount(QStringLiteral("/v1/chat/completions")), 0);
}

void TestChatPane::inputGrowsUpToAPartOfThePane()
{
    QVERIFY(f.open(QSize(900, 600)));
    const int small = f.input()->height();
    f.type(QStringLiteral("한 줄\n").repeated(4));
    QTRY_VERIFY(f.input()->height() > small);
    f.type(QStringLiteral("더 많은 줄\n").repeated(60));
    QTRY_VERIFY(f.input()->height() <= f.pane->height() * 2 / 5);
    QTRY_VERIFY(f.input()->height() > f.pane->height() / 4);
    f.input()->clear();
    QTRY_COMPARE(f.input()->height(), small);
}

void TestChatPane::emptyPromptSendsNothing()
{
    QVERIFY(f.open());
    f.type(QStringLiteral("   "));
    f.pane->send();
    QTest::keyClick(f.input(), Qt::Key_Return);
    QTest::qWait(100);
    QVERIFY(!f.pane->isBusy());
    QCOMPARE(f.env->server.requestCount(QStringLiteral("/v1/chat/completions")), 0);
}

void TestChatPane::editAndResendTruncatesAndResends()
{
    f.save(3);
    QVERIFY(f.open());
    QCOMPARE(f.model()->rowCount(), 6);
    // By keyboard: the second question, F2.
    f.transcript()->setFocus();
    f.transcript()->setCurrentRow(2);
    QTest::keyClick(f.transcript(), Qt::Key_F2);
    QVERIFY(f.pane->findChild<QWidget *>(QStringLiteral("chatEditBar"))->isVisible());
    QCOMPARE(f.input()->toPlainText(), QStringLiteral("질문 1"));
    f.input()->clear();
    f.type(QStringLiteral("echo:고친 질문"));
    ChatPane::setEditConfirmationForTesting(true, false); // "No": nothing changes
    QTest::keyClick(f.input(), Qt::Key_Return);
    QVERIFY(!f.pane->isBusy());
    QCOMPARE(f.model()->rowCount(), 6);
    ChatPane::setEditConfirmationForTesting(true, true);
    QTest::keyClick(f.input(), Qt::Key_Return);
    ChatPane::setEditConfirmationForTesting(false);
    QVERIFY(f.waitIdle());
    QCOMPARE(f.model()->rowCount(), 4);
    QCOMPARE(f.model()->messageAt(2)->content, QStringLiteral("echo:고친 질문"));
    QCOMPARE(f.model()->messageAt(3)->content, QStringLiteral("고친 질문"));
    QVERIFY(!f.pane->findChild<QWidget *>(QStringLiteral("chatEditBar"))->isVisible());
    // The request carried the turns before the edited one only.
    const QByteArray sent = f.env->server.requests(QStringLiteral("/v1/chat/completions")).last().body;
    QVERIFY(sent.contains("질문 0"));
    QVERIFY(!sent.contains("질문 2"));
    // By mouse: the edit button of the last question (its own answer is replaced without asking).
    QVERIFY(f.hover(2));
    QTest::mouseClick(f.tool("editMessageButton"), Qt::LeftButton);
    f.input()->clear();
    f.type(QStringLiteral("echo:또 고침"));
    QTest::mouseClick(f.button("sendButton"), Qt::LeftButton);
    QVERIFY(f.waitIdle());
    QCOMPARE(f.model()->rowCount(), 4);
    QCOMPARE(f.model()->messageAt(3)->content, QStringLiteral("또 고침"));
}

void TestChatPane::regenerateKeepsBothVersions()
{
    QVERIFY(f.open());
    f.send(QStringLiteral("echo:같은 질문"));
    QVERIFY(f.waitIdle());
    QVERIFY(f.hover(1));
    QTest::mouseClick(f.tool("regenerateButton"), Qt::LeftButton);
    QVERIFY(f.pane->isBusy());
    QVERIFY(f.waitIdle());
    QCOMPARE(f.model()->messageAt(1)->versionCount(), 2);
    QCOMPARE(f.model()->messageAt(1)->versionIndex, 1);
    QVERIFY(f.hover(1));
    auto *label = f.transcript()->actions()->findChild<QLabel *>(QStringLiteral("versionLabel"));
    QTRY_COMPARE(label->text(), QStringLiteral("2/2"));
    QTest::mouseClick(f.tool("previousVersionButton"), Qt::LeftButton);
    QCOMPARE(f.model()->messageAt(1)->versionIndex, 0);
    QTRY_COMPARE(label->text(), QStringLiteral("1/2"));
    // By keyboard: Alt+Right pages forward, Ctrl+R asks for a third answer.
    f.transcript()->setFocus();
    f.transcript()->setCurrentRow(1);
    QTest::keyClick(f.transcript(), Qt::Key_Right, Qt::AltModifier);
    QCOMPARE(f.model()->messageAt(1)->versionIndex, 1);
    QTest::keyClick(f.transcript(), Qt::Key_R, Qt::ControlModifier);
    QVERIFY(f.waitIdle());
    QCOMPARE(f.model()->messageAt(1)->versionCount(), 3);
    QCOMPARE(f.model()->rowCount(), 2);
}

void TestChatPane::continueAppendsToTheAnswer()
{
    QVERIFY(f.open());
    f.pane->newConversation();
    ChatSettings settings = f.model()->conversation().settings;
    settings.maxTokens = 2;
    f.model()->setSettings(settings);
    f.send(QStringLiteral("echo:하나 둘 셋 넷"));
    QVERIFY(f.waitIdle());
    QCOMPARE(f.model()->messageAt(1)->content, QStringLiteral("하나 둘 "));
    QTRY_VERIFY(f.button("continueAnswerButton")->isVisible());
    QVERIFY(f.hover(1));
    QVERIFY(f.tool("continueMessageButton")->isVisible());
    QTest::mouseClick(f.tool("continueMessageButton"), Qt::LeftButton);
    QVERIFY(f.waitIdle());
    QCOMPARE(f.model()->rowCount(), 2);
    QCOMPARE(f.model()->messageAt(1)->content, QStringLiteral("하나 둘 하나 둘 "));
    // The status-row button and the keyboard do the same.
    QTest::mouseClick(f.button("continueAnswerButton"), Qt::LeftButton);
    QVERIFY(f.waitIdle());
    f.transcript()->setFocus();
    f.transcript()->setCurrentRow(1);
    QTest::keyClick(f.transcript(), Qt::Key_Return, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(f.waitIdle());
    QCOMPARE(f.model()->messageAt(1)->content, QStringLiteral("하나 둘 ").repeated(4));
}

void TestChatPane::deleteAndUndo()
{
    f.save(2);
    QVERIFY(f.open());
    const QString first = f.model()->messageAt(0)->content;
    QVERIFY(f.hover(0));
    QTest::mouseClick(f.tool("deleteMessageButton"), Qt::LeftButton);
    QCOMPARE(f.model()->rowCount(), 3);
    auto *undo = f.button("undoDeleteButton");
    QVERIFY(undo->isVisible());
    QTest::mouseClick(undo, Qt::LeftButton);
    QCOMPARE(f.model()->rowCount(), 4);
    QCOMPARE(f.model()->messageAt(0)->content, first);
    // By keyboard, and it reaches the disk.
    f.transcript()->setFocus();
    f.transcript()->setCurrentRow(3);
    QTest::keyClick(f.transcript(), Qt::Key_Delete);
    QCOMPARE(f.model()->rowCount(), 3);
    const QList<Conversation> saved = ConversationStore(f.env->services->conversationsDirectory()).loadAll();
    QCOMPARE(saved.first().messages.size(), 3);
}

void TestChatPane::stopCancelsAndKeepsPartialText()
{
    QVERIFY(f.open());
    f.env->server.config().eventDelayMs = 150;
    f.send(QStringLiteral("echo:") + QStringLiteral("하나 둘 셋 넷 다섯 ").repeated(4));
    QTRY_VERIFY(f.shownText(1).contains(QStringLiteral("하나")));
    QTest::mouseClick(f.button("stopButton"), Qt::LeftButton);
    QVERIFY(!f.pane->isBusy());
    const Conversation c = f.pane->currentConversation();
    QCOMPARE(c.messages.size(), 2);
    QCOMPARE(c.messages.last().state, ChatMessage::State::Stopped);
    QVERIFY(f.button("retryAnswerButton")->isVisible());
    QVERIFY(f.button("continueAnswerButton")->isVisible());
    const QString after = c.messages.last().content;
    QTest::qWait(400);
    QCOMPARE(f.pane->currentConversation().messages.last().content, after);
}

void TestChatPane::rateLimitShowsCountdownThenSucceeds()
{
    QVERIFY(f.open());
    f.env->server.enqueue(
        QStringLiteral("/v1/chat/completions"),
        FakeResponse::runYourError(429, QStringLiteral("Too many requests")).withHeader("Retry-After", "2"));
    f.send(QStringLiteral("echo:다시 시도 성공"));
    auto *banner = f.pane->findChild<RetryBanner *>(QStringLiteral("chatRetryBanner"));
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("attempt 2/5")), qPrintable(banner->text()));
    QVERIFY(f.waitIdle());
    QVERIFY(!banner->isVisible());
    QCOMPARE(f.model()->messageAt(1)->content, QStringLiteral("다시 시도 성공"));
    QCOMPARE(f.env->server.requestCount(QStringLiteral("/v1/chat/completions")), 2);
}

void TestChatPane::droppedStreamIsKeptRetryReplacesIt()
{
    QVERIFY(f.open());
    f.env->server.enqueue(QStringLiteral("/v1/chat/completions"), FakeResponse::handler().closeAfter(4));
    QSignalSpy errors(f.pane.get(), &ChatPane::errorOccurred);
    f.send(QStringLiteral("echo:") + QStringLiteral("끊어지는 답변의 앞부분 ").repeated(10));
    QVERIFY(f.waitIdle());
    const ChatMessage answer = f.pane->currentConversation().messages.last();
    QCOMPARE(answer.state, ChatMessage::State::Interrupted);
    QVERIFY(answer.content.startsWith(QStringLiteral("끊어")));
    QTRY_VERIFY(f.shownText(1).contains(answer.content.trimmed()));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().value<ApiError>().kind, ApiError::Kind::Incomplete);
    auto *retry = f.button("retryAnswerButton");
    QVERIFY(retry->isVisible());
    // The button keeps its size when the status text goes away (it never stretches).
    QCOMPARE(retry->width(), retry->sizeHint().width());
    f.pane->findChild<QLabel *>(QStringLiteral("chatStatusLabel"))->hide();
    QTest::qWait(100); // the layout settles
    QCOMPARE(retry->width(), retry->sizeHint().width());
    QVERIFY(f.button("continueAnswerButton")->width() < f.pane->width() / 3);
    QTest::mouseClick(retry, Qt::LeftButton);
    QVERIFY(f.waitIdle());
    QCOMPARE(f.model()->rowCount(), 2);
    QCOMPARE(f.model()->messageAt(1)->state, ChatMessage::State::Complete);
    QVERIFY(!retry->isVisible());
    // Dropped again: Retry from the keyboard (Ctrl+Shift+R on the message) and from its toolbar.
    f.env->server.enqueue(QStringLiteral("/v1/chat/completions"), FakeResponse::handler().closeAfter(3));
    f.send(QStringLiteral("echo:") + QStringLiteral("두 번째 끊어지는 답변 ").repeated(10));
    QVERIFY(f.waitIdle());
    QCOMPARE(f.model()->messageAt(3)->state, ChatMessage::State::Interrupted);
    f.transcript()->setFocus();
    f.transcript()->setCurrentRow(3);
    QTest::keyClick(f.transcript(), Qt::Key_R, Qt::ControlModifier | Qt::ShiftModifier);
    QVERIFY(f.pane->isBusy());
    QVERIFY(f.waitIdle());
    QCOMPARE(f.model()->messageAt(3)->state, ChatMessage::State::Complete);
    f.env->server.enqueue(QStringLiteral("/v1/chat/completions"), FakeResponse::handler().closeAfter(3));
    f.send(QStringLiteral("echo:") + QStringLiteral("세 번째 ").repeated(10));
    QVERIFY(f.waitIdle());
    QVERIFY(f.hover(5));
    QVERIFY(f.tool("retryMessageButton")->isVisible());
    QTest::mouseClick(f.tool("retryMessageButton"), Qt::LeftButton);
    QVERIFY(f.waitIdle());
    QCOMPARE(f.model()->messageAt(5)->state, ChatMessage::State::Complete);
}

void TestChatPane::hangulDraftSurvivesFailure()
{
    QVERIFY(f.open());
    f.env->server.enqueue(QStringLiteral("/v1/chat/completions"),
                          FakeResponse::runYourError(400, QStringLiteral("messages must not be empty")));
    QSignalSpy errors(f.pane.get(), &ChatPane::errorOccurred);
    const QString typed = QStringLiteral("오늘 운세를 자세히 알려 주세요");
    f.send(typed);
    QVERIFY(f.waitIdle());
    QCOMPARE(f.input()->toPlainText(), typed);
    QCOMPARE(errors.count(), 1);
    QVERIFY(f.pane->currentConversation().messages.isEmpty());
    QVERIFY(f.pane->findChild<QLabel *>(QStringLiteral("chatStatusLabel"))->isVisible());
    f.pane->prepareToQuit();
    const QList<Conversation> saved = ConversationStore(f.env->services->conversationsDirectory()).loadAll();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().draft, typed);
}

void TestChatPane::rejectedKeyAsksForANewOne()
{
    QVERIFY(f.open());
    f.env->server.enqueue(QStringLiteral("/v1/chat/completions"),
                          FakeResponse::runYourError(401, QStringLiteral("Invalid API key")));
    f.send(QStringLiteral("안녕"));
    QVERIFY(f.waitIdle());
    QTRY_VERIFY(f.pane->findChild<QWidget *>(QStringLiteral("chatKeyNotice"))->isVisible());
    QVERIFY(
        f.pane->findChild<QLabel *>(QStringLiteral("chatNoticeLabel"))->text().contains(QStringLiteral("rejected")));
    QCOMPARE(f.env->server.requestCount(QStringLiteral("/v1/chat/completions")), 1); // never retried
    QCOMPARE(f.input()->toPlainText(), QStringLiteral("안녕"));
}

void TestChatPane::conversationsAreSavedAndReloaded()
{
    QVERIFY(f.open());
    f.send(QStringLiteral("echo:저장됨"));
    QVERIFY(f.waitIdle());
    // An empty conversation is not written to disk (and is dropped when left); one with a draft is.
    QTest::mouseClick(f.button("newConversationButton"), Qt::LeftButton);
    QTest::mouseClick(f.button("newConversationButton"), Qt::LeftButton);
    f.type(QStringLiteral("아직 보내지 않은 글"));
    QCOMPARE(f.pane->conversationCount(), 2);
    f.pane->prepareToQuit();

    ChatPane again;
    again.setServices(f.env->services.get());
    QCOMPARE(again.conversationCount(), 2);
    QCOMPARE(again.findChild<QListView *>(QStringLiteral("conversationList"))->model()->rowCount(), 2);
    QCOMPARE(again.currentConversation().draft, QStringLiteral("아직 보내지 않은 글"));
    QCOMPARE(again.findChild<ChatInput *>(QStringLiteral("chatInput"))->toPlainText(),
             QStringLiteral("아직 보내지 않은 글"));
    again.deleteCurrentConversation(); // no question: the Undo bar brings it back
    QCOMPARE(again.conversationCount(), 1);
    QCOMPARE(ConversationStore(f.env->services->conversationsDirectory()).loadAll().size(), 1);
}

QTEST_MAIN(TestChatPane)
#include "tst_chatpane.moc"
