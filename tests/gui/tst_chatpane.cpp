// SPDX-License-Identifier: GPL-3.0-or-later
// The chat pane against a real FakeApiServer: streamed text reaches the transcript, Stop cancels
// and keeps the partial answer, a 429 shows the countdown and then succeeds, a dropped stream is
// kept and marked incomplete, and typed Hangul survives a failed request.
#include "ChatPane.h"
#include "GuiTestSupport.h"
#include "chat/ConversationStore.h"
#include "core/CoreLibrary.h"
#include "errors/RetryBanner.h"

#include <QLabel>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>
#include <QTextDocument>

using namespace sajudesk;
using namespace sajudesk::guitest;

class TestChatPane : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void streamedAnswerArrivesInTranscript();
    void emptyPromptSendsNothing();
    void ctrlEnterSendsEnterAddsLine();
    void stopCancelsAndKeepsPartialText();
    void rateLimitShowsCountdownThenSucceeds();
    void droppedStreamIsKeptAndMarkedIncomplete();
    void hangulDraftSurvivesFailure();
    void rejectedKeyAsksForANewOne();
    void conversationsAreSavedAndReloaded();

private:
    template <typename T>
    T *child(const char *name) const
    {
        T *w = m_pane->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("missing child %s", name);
        return w;
    }
    void sendText(const QString &text);

    std::unique_ptr<Environment> m_env;
    std::unique_ptr<ChatPane> m_pane;
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
    m_env = std::make_unique<Environment>();
    QVERIFY(m_env->start());
    m_pane = std::make_unique<ChatPane>();
    m_pane->setServices(m_env->services.get());
    m_pane->setModel(QStringLiteral("openai/gpt-5.2"));
    m_pane->resize(900, 600);
    m_pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_pane.get()));
}

void TestChatPane::cleanup()
{
    m_pane.reset();
    m_env.reset();
}

void TestChatPane::sendText(const QString &text)
{
    auto *input = child<QPlainTextEdit>("chatInput");
    QVERIFY(input);
    commitText(input, text);
    QCOMPARE(input->toPlainText(), text);
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
}

void TestChatPane::streamedAnswerArrivesInTranscript()
{
    const QString answer = QStringLiteral("사주는 **네 기둥**입니다. Four pillars.");
    sendText(QStringLiteral("echo:") + answer);
    auto *transcript = child<QTextBrowser>("chatTranscript");
    // Streamed text is appended after what is already shown; nothing before it is re-rendered.
    const int streamStart = transcript->document()->characterCount() - 1;
    QList<int> changedAt;
    connect(transcript->document(), &QTextDocument::contentsChange, this,
            [&changedAt](int position, int, int) { changedAt << position; });
    QVERIFY(m_pane->isBusy());
    QVERIFY(child<QPushButton>("stopButton")->isVisible());
    QTRY_VERIFY(!m_pane->isBusy());
    QVERIFY(!changedAt.isEmpty());
    for (int position : std::as_const(changedAt))
        QVERIFY2(position >= streamStart, qPrintable(QStringLiteral("%1 < %2").arg(position).arg(streamStart)));
    // Rendered as Markdown at the end: the bold markers are gone, the text is there.
    QVERIFY2(transcript->toPlainText().contains(QStringLiteral("사주는 네 기둥입니다. Four pillars.")),
             qPrintable(transcript->toPlainText()));
    const Conversation c = m_pane->currentConversation();
    QCOMPARE(c.messages.size(), 2);
    QCOMPARE(c.messages.at(1).content, answer);
    QCOMPARE(c.messages.at(1).state, ChatMessage::State::Complete);
    QVERIFY(child<QPlainTextEdit>("chatInput")->toPlainText().isEmpty());
    QVERIFY(child<QPushButton>("sendButton")->isVisible());
    const FakeRequest sent = m_env->server.requests(QStringLiteral("/v1/chat/completions")).last();
    QVERIFY(sent.body.contains("\"stream\":true"));
    QVERIFY(sent.body.contains("openai/gpt-5.2"));
}

void TestChatPane::emptyPromptSendsNothing()
{
    commitText(child<QPlainTextEdit>("chatInput"), QStringLiteral("   "));
    m_pane->send();
    QTest::mouseClick(child<QPushButton>("sendButton"), Qt::LeftButton);
    QTest::qWait(100);
    QVERIFY(!m_pane->isBusy());
    QCOMPARE(m_env->server.requestCount(QStringLiteral("/v1/chat/completions")), 0);
}

void TestChatPane::ctrlEnterSendsEnterAddsLine()
{
    auto *input = child<QPlainTextEdit>("chatInput");
    commitText(input, QStringLiteral("echo:첫 줄"));
    QTest::keyClick(input, Qt::Key_Return);
    QVERIFY(!m_pane->isBusy());
    QCOMPARE(input->toPlainText(), QStringLiteral("echo:첫 줄\n"));
    commitText(input, QStringLiteral("둘째 줄"));
    QTest::keyClick(input, Qt::Key_Return, Qt::ControlModifier);
    QVERIFY(m_pane->isBusy());
    QTRY_VERIFY(!m_pane->isBusy());
    QCOMPARE(m_pane->currentConversation().messages.last().content, QStringLiteral("첫 줄\n둘째 줄"));
}

void TestChatPane::stopCancelsAndKeepsPartialText()
{
    m_env->server.config().eventDelayMs = 200; // slow enough to stop in the middle
    sendText(QStringLiteral("echo:") + QStringLiteral("하나 둘 셋 넷 다섯 여섯 일곱 여덟 아홉 열 ").repeated(4));
    auto *transcript = child<QTextBrowser>("chatTranscript");
    // The first words of the answer (not just the echoed question) are on screen.
    QTRY_VERIFY(!m_pane->currentConversation().messages.last().content.isEmpty());
    QTRY_VERIFY(transcript->toPlainText().count(QStringLiteral("하나")) >= 2);
    QTest::mouseClick(child<QPushButton>("stopButton"), Qt::LeftButton);
    QVERIFY(!m_pane->isBusy());
    const Conversation c = m_pane->currentConversation();
    QCOMPARE(c.messages.size(), 2);
    QCOMPARE(c.messages.last().state, ChatMessage::State::Stopped);
    QVERIFY(c.messages.last().content.startsWith(QStringLiteral("하나")));
    QVERIFY(transcript->toPlainText().contains(QStringLiteral("Incomplete")));
    QVERIFY(child<QPushButton>("retryAnswerButton")->isVisible());
    // Nothing more arrives after Stop.
    const QString after = transcript->toPlainText();
    QTest::qWait(500);
    QCOMPARE(transcript->toPlainText(), after);
}

void TestChatPane::rateLimitShowsCountdownThenSucceeds()
{
    m_env->server.enqueue(
        QStringLiteral("/v1/chat/completions"),
        FakeResponse::runYourError(429, QStringLiteral("Too many requests")).withHeader("Retry-After", "2"));
    sendText(QStringLiteral("echo:다시 시도 성공"));
    auto *banner = child<RetryBanner>("chatRetryBanner");
    QTRY_VERIFY(banner->isVisible());
    QVERIFY2(banner->text().contains(QStringLiteral("Rate limited")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("retrying in")), qPrintable(banner->text()));
    QVERIFY2(banner->text().contains(QStringLiteral("attempt 2/5")), qPrintable(banner->text()));
    QTRY_VERIFY_WITH_TIMEOUT(!m_pane->isBusy(), 10000);
    QVERIFY(!banner->isVisible());
    QCOMPARE(m_pane->currentConversation().messages.last().content, QStringLiteral("다시 시도 성공"));
    QCOMPARE(m_env->server.requestCount(QStringLiteral("/v1/chat/completions")), 2);
}

void TestChatPane::droppedStreamIsKeptAndMarkedIncomplete()
{
    m_env->server.enqueue(QStringLiteral("/v1/chat/completions"), FakeResponse::handler().closeAfter(4));
    QSignalSpy errors(m_pane.get(), &ChatPane::errorOccurred);
    sendText(QStringLiteral("echo:") + QStringLiteral("끊어지는 답변의 앞부분 ").repeated(10));
    QTRY_VERIFY(!m_pane->isBusy());
    const Conversation c = m_pane->currentConversation();
    QCOMPARE(c.messages.size(), 2);
    const ChatMessage answer = c.messages.last();
    QCOMPARE(answer.state, ChatMessage::State::Interrupted);
    QVERIFY(!answer.content.isEmpty());
    QVERIFY(answer.content.startsWith(QStringLiteral("끊어")));
    auto *transcript = child<QTextBrowser>("chatTranscript");
    QVERIFY(transcript->toPlainText().contains(answer.content.trimmed()));
    QVERIFY(transcript->toPlainText().contains(QStringLiteral("Incomplete")));
    QCOMPARE(errors.count(), 1);
    QCOMPARE(errors.first().first().value<ApiError>().kind, ApiError::Kind::Incomplete);
    // Retry replaces the incomplete answer with a complete one.
    auto *retry = child<QPushButton>("retryAnswerButton");
    QVERIFY(retry->isVisible());
    QTest::mouseClick(retry, Qt::LeftButton);
    QTRY_VERIFY(!m_pane->isBusy());
    QCOMPARE(m_pane->currentConversation().messages.size(), 2);
    QCOMPARE(m_pane->currentConversation().messages.last().state, ChatMessage::State::Complete);
}

void TestChatPane::hangulDraftSurvivesFailure()
{
    m_env->server.enqueue(QStringLiteral("/v1/chat/completions"),
                          FakeResponse::runYourError(400, QStringLiteral("messages must not be empty")));
    QSignalSpy errors(m_pane.get(), &ChatPane::errorOccurred);
    const QString typed = QStringLiteral("오늘 운세를 자세히 알려 주세요");
    sendText(typed);
    QTRY_VERIFY(!m_pane->isBusy());
    QCOMPARE(child<QPlainTextEdit>("chatInput")->toPlainText(), typed);
    QCOMPARE(errors.count(), 1);
    QVERIFY(m_pane->currentConversation().messages.isEmpty());
    QVERIFY(child<QLabel>("chatStatusLabel")->isVisible());
    // The draft is stored with the conversation, so it also survives a restart.
    m_pane->prepareToQuit();
    const QList<Conversation> saved = ConversationStore(m_env->services->conversationsDirectory()).loadAll();
    QCOMPARE(saved.size(), 1);
    QCOMPARE(saved.first().draft, typed);
}

void TestChatPane::rejectedKeyAsksForANewOne()
{
    m_env->server.enqueue(QStringLiteral("/v1/chat/completions"),
                          FakeResponse::runYourError(401, QStringLiteral("Invalid API key")));
    sendText(QStringLiteral("안녕"));
    QTRY_VERIFY(!m_pane->isBusy());
    auto *notice = m_pane->findChild<QWidget *>(QStringLiteral("chatKeyNotice"));
    QVERIFY(notice);
    QTRY_VERIFY(notice->isVisible());
    QVERIFY(child<QLabel>("chatNoticeLabel")->text().contains(QStringLiteral("rejected")));
    QVERIFY(child<QPushButton>("chatOpenKeysButton")->isVisible());
    QCOMPARE(m_env->server.requestCount(QStringLiteral("/v1/chat/completions")), 1); // never retried
    QCOMPARE(child<QPlainTextEdit>("chatInput")->toPlainText(), QStringLiteral("안녕"));
}

void TestChatPane::conversationsAreSavedAndReloaded()
{
    sendText(QStringLiteral("echo:저장됨"));
    QTRY_VERIFY(!m_pane->isBusy());
    // An empty conversation is not written to disk; one with a draft is.
    QTest::mouseClick(child<QPushButton>("newConversationButton"), Qt::LeftButton);
    QTest::mouseClick(child<QPushButton>("newConversationButton"), Qt::LeftButton);
    commitText(child<QPlainTextEdit>("chatInput"), QStringLiteral("아직 보내지 않은 글"));
    QCOMPARE(m_pane->conversationCount(), 3);
    m_pane->prepareToQuit();

    ChatPane again;
    again.setServices(m_env->services.get());
    QCOMPARE(again.conversationCount(), 2);
    auto *list = again.findChild<QListWidget *>(QStringLiteral("conversationList"));
    QCOMPARE(list->count(), 2);
    QCOMPARE(again.currentConversation().draft, QStringLiteral("아직 보내지 않은 글"));
    QCOMPARE(again.findChild<QPlainTextEdit *>(QStringLiteral("chatInput"))->toPlainText(),
             QStringLiteral("아직 보내지 않은 글"));
    ChatPane::setDeleteConfirmationForTesting(true, true);
    again.deleteCurrentConversation();
    ChatPane::setDeleteConfirmationForTesting(false);
    QCOMPARE(again.conversationCount(), 1);
    QCOMPARE(ConversationStore(m_env->services->conversationsDirectory()).loadAll().size(), 1);
}

QTEST_MAIN(TestChatPane)
#include "tst_chatpane.moc"
