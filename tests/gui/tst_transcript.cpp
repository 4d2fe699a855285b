// SPDX-License-Identifier: GPL-3.0-or-later
// The transcript as a user meets it, against a real FakeApiServer: it opens at the end laying out
// only what is visible, follows the bottom while text streams unless the user scrolled up (then a
// jump button counts what is new), shows Markdown while streaming, and every per-message action
// works by mouse, by keyboard and from the context menu.
#include "ChatTestSupport.h"
#include "core/CoreLibrary.h"

#include <QClipboard>
#include <QDesktopServices>
#include <QMimeData>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTextList>
#include <QWheelEvent>

using namespace sajudesk;
using namespace sajudesk::guitest;

class TestTranscript : public QObject
{
    Q_OBJECT
public slots:
    void openUrl(const QUrl &url) { m_opened << url; }

private slots:
    void initTestCase();
    void cleanupTestCase();
    void init();
    void cleanup();
    void opensAtTheEndLayingOutOnlyWhatIsVisible();
    void followsTheBottomOnSendAndWhileStreaming();
    void scrolledUpStaysAndOffersJumpToLatest();
    void markdownIsRenderedWhileStreaming();
    void unclosedCodeFenceShowsAsCodeWhileStreaming();
    void copyAndCopyAsMarkdownByMouse();
    void copyAndCopyAsMarkdownByKeyboard();
    void codeCopyButtonCopiesRawCode();
    void linksOpenInTheBrowser();
    void contextMenuOffersTheActions();
    void toolbarIsReachedWithTab();
    void numberedStepsKeepTheirNumbersAcrossCode();
    void reasoningShowsInTheThinkingSection();
    void streamedReasoningShowsInTheThinkingSection();
    void waitingForTheModelCountsSeconds();
    void finishedAnswerKeepsItsRenderingAfterAFailure();

private:
    void wheel(int notches);
    ChatFixture f;
    QList<QUrl> m_opened;
};

void TestTranscript::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initCore();
    useTestSettings();
    registerApiErrorMetaType();
    QDesktopServices::setUrlHandler(QStringLiteral("https"), this, "openUrl");
}

void TestTranscript::cleanupTestCase()
{
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void TestTranscript::init()
{
    QSettings().clear();
    m_opened.clear();
    QVERIFY(f.start());
}

void TestTranscript::cleanup()
{
    f.pane.reset();
    f.env.reset();
}

void TestTranscript::wheel(int notches)
{
    QWidget *viewport = f.transcript()->viewport();
    const QPoint at = viewport->rect().center();
    QWheelEvent event(at, viewport->mapToGlobal(at), QPoint(), QPoint(0, 120 * notches), Qt::NoButton, Qt::NoModifier,
                      Qt::NoScrollPhase, false);
    QApplication::sendEvent(viewport, &event);
}

void TestTranscript::opensAtTheEndLayingOutOnlyWhatIsVisible()
{
    f.save(150, QStringLiteral("마지막 답변"));
    QVERIFY(f.open());
    QCOMPARE(f.model()->rowCount(), 300);
    QVERIFY(f.transcript()->isFollowingBottom());
    QVERIFY(!f.transcript()->visualRect(299).isEmpty());
    QVERIFY2(f.transcript()->laidOutRows() < 20, qPrintable(QString::number(f.transcript()->laidOutRows())));
    QCOMPARE(f.transcript()->verticalScrollBar()->value(), f.transcript()->verticalScrollBar()->maximum());
    // Home goes to the first message, End back to the last.
    f.transcript()->setFocus();
    QTest::keyClick(f.transcript(), Qt::Key_Home);
    QVERIFY(!f.transcript()->visualRect(0).isEmpty());
    QVERIFY(!f.transcript()->isFollowingBottom());
    QTest::keyClick(f.transcript(), Qt::Key_End);
    QVERIFY(f.transcript()->isFollowingBottom());
    QVERIFY2(f.transcript()->laidOutRows() < 40, qPrintable(QString::number(f.transcript()->laidOutRows())));
}

void TestTranscript::followsTheBottomOnSendAndWhileStreaming()
{
    f.save(30);
    QVERIFY(f.open());
    QTest::keyClick(f.transcript(), Qt::Key_Home);
    QVERIFY(!f.transcript()->isFollowingBottom());
    f.env->server.config().eventDelayMs = 15;
    f.send(QStringLiteral("echo:") + QStringLiteral("줄줄이 이어지는 긴 답변입니다. ").repeated(20));
    QVERIFY(f.transcript()->isFollowingBottom()); // sending shows the end again
    QScrollBar *bar = f.transcript()->verticalScrollBar();
    int checks = 0;
    while (f.pane->isBusy()) {
        QTest::qWait(60);
        const QRect answer = f.transcript()->visualRect(f.model()->lastMessageRow());
        QVERIFY(!answer.isEmpty());
        QVERIFY(answer.bottom() >= f.transcript()->viewport()->height() - 40);
        QCOMPARE(bar->value(), bar->maximum());
        ++checks;
    }
    QVERIFY(checks > 3);
    QTRY_VERIFY(f.shownText(f.model()->lastMessageRow()).endsWith(QStringLiteral("답변입니다.")));
}

void TestTranscript::scrolledUpStaysAndOffersJumpToLatest()
{
    f.save(30);
    QVERIFY(f.open());
    f.env->server.config().eventDelayMs = 25;
    f.send(QStringLiteral("echo:") + QStringLiteral("천천히 도착하는 답변 ").repeated(30));
    QTRY_VERIFY(!f.model()->messageAt(f.model()->lastMessageRow())->content.isEmpty());
    auto *jump = f.transcript()->findChild<QToolButton *>(QStringLiteral("jumpToLatestButton"));
    QVERIFY(!jump->isVisible());
    wheel(3); // up
    QVERIFY(!f.transcript()->isFollowingBottom());
    const int value = f.transcript()->verticalScrollBar()->value();
    const int row = f.model()->lastMessageRow() - 3;
    const QRect before = f.transcript()->visualRect(row);
    QVERIFY(!before.isEmpty());
    QTRY_VERIFY(jump->isVisible());
    QTest::qWait(300); // more text arrives below
    QVERIFY(f.pane->isBusy());
    QCOMPARE(f.transcript()->visualRect(row), before);
    QCOMPARE(f.transcript()->verticalScrollBar()->value(), value);
    QTRY_COMPARE(f.transcript()->newMessagesBelow(), 1);
    QVERIFY2(jump->text().contains(QLatin1Char('1')), qPrintable(jump->text()));
    QTest::mouseClick(jump, Qt::LeftButton);
    QVERIFY(f.transcript()->isFollowingBottom());
    QVERIFY(!jump->isVisible());
    QVERIFY(f.waitIdle());
}

void TestTranscript::markdownIsRenderedWhileStreaming()
{
    QVERIFY(f.open());
    f.env->server.config().eventDelayMs = 40;
    f.send(QStringLiteral("echo:**굵은 시작** 그 다음은 ") + QStringLiteral("보통 글자 ").repeated(30));
    const int row = 1;
    QTRY_VERIFY(f.shownText(row).contains(QStringLiteral("그 다음은")));
    QVERIFY(f.pane->isBusy());
    QVERIFY(f.hasBold(row, QStringLiteral("굵은 시작")));
    QVERIFY2(!f.shownText(row).contains(QStringLiteral("**")), qPrintable(f.shownText(row)));
    f.pane->stop();
}

void TestTranscript::unclosedCodeFenceShowsAsCodeWhileStreaming()
{
    QVERIFY(f.open());
    f.env->server.config().eventDelayMs = 40;
    f.send(QStringLiteral("echo:보기:\n```python\nprint(1)\nprint(2) ") + QStringLiteral("x ").repeated(30)
           + QStringLiteral("\n```\n끝"));
    const int row = 1;
    QTRY_VERIFY(f.shownText(row).contains(QStringLiteral("print(2)")));
    QVERIFY(f.pane->isBusy());
    MessageLayout *layout = f.transcript()->layoutOf(row);
    QVERIFY(!layout->codeBlocks().isEmpty());
    QCOMPARE(layout->codeOf(layout->codeBlocks().first()).left(8), QStringLiteral("print(1)"));
    QVERIFY(!f.shownText(row).contains(QStringLiteral("```")));
    QVERIFY(f.waitIdle());
    QCOMPARE(layout->codeBlocks().size(), 1);
    QTRY_VERIFY(f.shownText(row).endsWith(QStringLiteral("끝")));
}

void TestTranscript::copyAndCopyAsMarkdownByMouse()
{
    f.save(1, QStringLiteral("자세한 내용은 [문서](https://example.com/docs)를 보세요. **중요**"));
    QVERIFY(f.open());
    QApplication::clipboard()->clear();
    QVERIFY(f.hover(1));
    QTest::mouseClick(f.tool("copyMessageButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("자세한 내용은 문서를 보세요. 중요"));
    QVERIFY(f.hover(1));
    QTest::mouseClick(f.tool("copyMarkdownButton"), Qt::LeftButton);
    QCOMPARE(QApplication::clipboard()->text(),
             QStringLiteral("자세한 내용은 [문서](https://example.com/docs)를 보세요. **중요**"));
}

void TestTranscript::copyAndCopyAsMarkdownByKeyboard()
{
    f.save(1, QStringLiteral("[링크](https://example.com/a) 와 *기울임*"));
    QVERIFY(f.open());
    f.transcript()->setFocus();
    QTest::keyClick(f.transcript(), Qt::Key_Up); // the last message
    QCOMPARE(f.transcript()->currentRow(), 1);
    QVERIFY(f.transcript()->actions()->isVisible()); // the toolbar follows the keyboard too
    QTest::keyClick(f.transcript(), Qt::Key_C, Qt::ControlModifier | Qt::ShiftModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("[링크](https://example.com/a) 와 *기울임*"));
    QTest::keyClick(f.transcript(), Qt::Key_C, Qt::ControlModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("링크 와 기울임"));
    // A selection keeps the address of a link in plain text and the link in HTML.
    const QPoint from = f.transcript()->textPoint(1, 0);
    const QPoint to = f.transcript()->textPoint(1, 4);
    QTest::mousePress(f.transcript()->viewport(), Qt::LeftButton, Qt::NoModifier, from);
    QTest::mouseMove(f.transcript()->viewport(), to);
    QTest::mouseRelease(f.transcript()->viewport(), Qt::LeftButton, Qt::NoModifier, to);
    QVERIFY(f.transcript()->hasSelection());
    QTest::keyClick(f.transcript(), Qt::Key_C, Qt::ControlModifier);
    QVERIFY2(QApplication::clipboard()->text().contains(QStringLiteral("(https://example.com/a)")),
             qPrintable(QApplication::clipboard()->text()));
    QVERIFY(QApplication::clipboard()->mimeData()->html().contains(QStringLiteral("https://example.com/a")));
}

void TestTranscript::codeCopyButtonCopiesRawCode()
{
    const QString code = QStringLiteral("def f(x):\n    return x * 2  # 두 배\n\nprint(f(21))");
    QString longCode;
    for (int i = 0; i < 30; ++i)
        longCode += QStringLiteral("line_%1 = %1\n").arg(i);
    longCode.chop(1);
    f.save(1, QStringLiteral("코드:\n\n```python\n%1\n```\n\n긴 것:\n\n```\n%2\n```\n").arg(code, longCode));
    QVERIFY(f.open());
    QApplication::clipboard()->clear();
    const QRect copy = f.transcript()->codeCopyButtonRect(1, 0);
    QVERIFY(!copy.isEmpty());
    QTest::mouseClick(f.transcript()->viewport(), Qt::LeftButton, Qt::NoModifier, copy.center());
    QCOMPARE(QApplication::clipboard()->text(), code);
    // A long block has a second Copy button below it.
    const QRect bottom = f.transcript()->codeCopyButtonRect(1, 1, true);
    QVERIFY(!bottom.isEmpty());
    QTest::mouseClick(f.transcript()->viewport(), Qt::LeftButton, Qt::NoModifier, bottom.center());
    QCOMPARE(QApplication::clipboard()->text(), longCode);
}

void TestTranscript::linksOpenInTheBrowser()
{
    f.save(1, QStringLiteral("[사주 설명](https://example.com/saju)"));
    QVERIFY(f.open());
    const QPoint link = f.transcript()->textPoint(1, 1);
    QTest::mouseClick(f.transcript()->viewport(), Qt::LeftButton, Qt::NoModifier, link);
    QCOMPARE(m_opened, QList<QUrl>{QUrl(QStringLiteral("https://example.com/saju"))});
}

void TestTranscript::contextMenuOffersTheActions()
{
    f.save(2);
    QVERIFY(f.open());
    const int rows = f.model()->rowCount();
    f.transcript()->setFocus();
    QTest::keyClick(f.transcript(), Qt::Key_Up);
    QStringList offered;
    withContextMenu([this] { QTest::keyClick(f.transcript(), Qt::Key_Menu); },
                    [&offered](QMenu *menu) {
                        for (QAction *a : menu->actions())
                            if (!a->isSeparator())
                                offered << a->text().remove(QLatin1Char('&'));
                        if (QAction *del = menuAction(menu, QStringLiteral("Delete")))
                            del->trigger();
                    });
    QVERIFY2(offered.contains(QStringLiteral("Copy as Markdown")), qPrintable(offered.join(QLatin1Char(','))));
    QVERIFY(offered.contains(QStringLiteral("Regenerate")));
    QVERIFY(!offered.contains(QStringLiteral("Edit and Resend…"))); // an answer cannot be edited
    QTRY_COMPARE(f.model()->rowCount(), rows - 1);
    // The same menu by the mouse, on a question.
    const QRect question = f.transcript()->visualRect(rows - 2);
    QVERIFY(!question.isEmpty());
    offered.clear();
    withContextMenu(
        [&] {
            QContextMenuEvent event(QContextMenuEvent::Mouse, question.center(),
                                    f.transcript()->viewport()->mapToGlobal(question.center()));
            QApplication::sendEvent(f.transcript()->viewport(), &event);
        },
        [&offered](QMenu *menu) {
            for (QAction *a : menu->actions())
                if (!a->isSeparator())
                    offered << a->text().remove(QLatin1Char('&'));
        });
    QVERIFY2(offered.contains(QStringLiteral("Edit and Resend…")), qPrintable(offered.join(QLatin1Char(','))));
}

void TestTranscript::toolbarIsReachedWithTab()
{
    f.save(1, QStringLiteral("탭으로 닿는 답"));
    QVERIFY(f.open());
    f.pane->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(f.pane.get()));
    f.transcript()->setFocus(Qt::TabFocusReason);
    QCOMPARE(f.transcript()->currentRow(), 1); // tabbing in picks the newest message
    QVERIFY(f.transcript()->actions()->isVisible());
    QTest::keyClick(f.transcript(), Qt::Key_Tab);
    QWidget *focused = QApplication::focusWidget();
    QVERIFY2(focused && f.transcript()->actions()->isAncestorOf(focused),
             qPrintable(focused ? focused->objectName() : QStringLiteral("none")));
    QVERIFY(f.transcript()->actions()->isVisible()); // stays while it has the focus
    // Tab on to the copy button and press it with the keyboard.
    auto *copy = f.tool("copyMarkdownButton");
    copy->setFocus(Qt::TabFocusReason);
    QApplication::clipboard()->clear();
    QTest::keyClick(copy, Qt::Key_Space);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("탭으로 닿는 답"));
}

void TestTranscript::numberedStepsKeepTheirNumbersAcrossCode()
{
    // LLM answers often put a code block between numbered steps; the list after it goes on at 2.
    f.save(1, QStringLiteral("1. 설치합니다:\n```bash\npip install saju\n```\n2. 실행합니다.\n3. 확인합니다.\n"));
    QVERIFY(f.open());
    MessageLayout *layout = f.transcript()->layoutOf(1);
    QStringList numbers;
    for (int b = 0; b < layout->blockCount(); ++b) {
        if (layout->blockKind(b) != MessageLayout::BlockKind::Text)
            continue;
        QTextDocument *doc = layout->document(b);
        for (QTextBlock block = doc->begin(); block.isValid(); block = block.next()) {
            if (block.textList() && block.isVisible())
                numbers << block.textList()->itemText(block) + block.text();
        }
    }
    QCOMPARE(numbers, QStringList({QStringLiteral("1.설치합니다:"), QStringLiteral("2.실행합니다."),
                                   QStringLiteral("3.확인합니다.")}));
    QVERIFY(!layout->plainText().contains(QStringLiteral("\n\n\n")));
}

void TestTranscript::reasoningShowsInTheThinkingSection()
{
    QVERIFY(f.open());
    f.pane->newConversation();
    ConversationModel *model = f.model();
    model->appendMessage(
        ChatMessage::create(ChatMessage::Role::User, QStringLiteral("생각해 봐"), QDateTime::currentDateTimeUtc()));
    ChatMessage answer = ChatMessage::create(ChatMessage::Role::Assistant, QString(), QDateTime::currentDateTimeUtc());
    answer.state = ChatMessage::State::Streaming;
    const int row = model->appendMessage(answer);
    model->appendReasoning(row, QStringLiteral("먼저 일간을 본다."));
    QTRY_VERIFY(!f.transcript()->reasoningToggleRect(row).isEmpty());
    MessageLayout *layout = f.transcript()->layoutOf(row);
    QVERIFY(layout->reasoningExpanded()); // open while the model thinks
    bool bodyShown = false;
    for (int b = 0; b < layout->blockCount(); ++b)
        bodyShown = bodyShown
                    || (layout->blockKind(b) == MessageLayout::BlockKind::ReasoningBody
                        && layout->document(b)->toPlainText() == QStringLiteral("먼저 일간을 본다."));
    QVERIFY(bodyShown);
    model->appendContent(row, QStringLiteral("답입니다."));
    model->updateMessage(row, [](ChatMessage &m) {
        m.state = ChatMessage::State::Complete;
        m.reasoningMs = 2500;
    });
    QTRY_VERIFY(!layout->reasoningExpanded()); // closed once the answer is there
    // A click on "Thought for 2.5 s" opens it again.
    const QRect toggle = f.transcript()->reasoningToggleRect(row);
    QVERIFY(!toggle.isEmpty());
    QTest::mouseClick(f.transcript()->viewport(), Qt::LeftButton, Qt::NoModifier, toggle.center());
    QVERIFY(layout->reasoningExpanded());
}

void TestTranscript::streamedReasoningShowsInTheThinkingSection()
{
    QVERIFY(f.open());
    f.env->server.config().eventDelayMs = 60;
    f.send(QStringLiteral("think:echo:") + QStringLiteral("답 ").repeated(5));
    const int row = 1;
    // While the model thinks: the section is open and shows the thinking as it streams.
    QTRY_VERIFY(!f.transcript()->reasoningToggleRect(row).isEmpty());
    MessageLayout *layout = f.transcript()->layoutOf(row);
    QVERIFY(layout->reasoningExpanded());
    QTRY_VERIFY(layout->describe().contains(QStringLiteral("Thinking")));
    bool shown = false;
    QTRY_VERIFY((shown = [&] {
        for (int b = 0; b < layout->blockCount(); ++b) {
            if (layout->blockKind(b) == MessageLayout::BlockKind::ReasoningBody
                && layout->document(b)->toPlainText().startsWith(QStringLiteral("Let me think")))
                return true;
        }
        return false;
    }()));
    QVERIFY(f.waitIdle());
    // Once the answer is there it closes to "Thought for N s" above the answer.
    QTRY_VERIFY(!layout->reasoningExpanded());
    QVERIFY2(layout->describe().contains(QStringLiteral("Thought for")), qPrintable(layout->describe()));
    QTRY_VERIFY(f.shownText(row).startsWith(QStringLiteral("답 답")));
}

void TestTranscript::waitingForTheModelCountsSeconds()
{
    QVERIFY(f.open());
    f.env->server.enqueue(QStringLiteral("/v1/chat/completions"), FakeResponse::handler().withDelay(2600));
    QWidget *viewport = f.transcript()->viewport();
    int paints = 0;
    struct Counter : QObject
    {
        int *paints;
        bool eventFilter(QObject *, QEvent *e) override
        {
            if (e->type() == QEvent::Paint)
                ++*paints;
            return false;
        }
    } counter;
    counter.paints = &paints;
    viewport->installEventFilter(&counter);
    f.send(QStringLiteral("echo:늦은 답"));
    MessageLayout *layout = f.transcript()->layoutOf(1);
    QTRY_VERIFY(layout->describe().contains(QStringLiteral("Waiting for the model (0 s)")));
    QTest::qWait(700); // whatever the send itself repainted is done
    paints = 0;
    // Nothing arrives, yet the count goes on: the view repaints it every second.
    QTest::qWait(1200);
    QVERIFY(paints >= 1);
    QVERIFY(layout->describe().contains(QStringLiteral("Waiting for the model (1 s)"))
            || layout->describe().contains(QStringLiteral("Waiting for the model (2 s)")));
    QVERIFY(f.waitIdle());
    QTRY_VERIFY(!layout->describe().contains(QStringLiteral("Waiting")));
}

void TestTranscript::finishedAnswerKeepsItsRenderingAfterAFailure()
{
    QVERIFY(f.open());
    f.send(QStringLiteral("echo:**굵게** 끝난 답"));
    QVERIFY(f.waitIdle());
    QTRY_VERIFY(f.hasBold(1, QStringLiteral("굵게")));
    f.env->server.enqueue(QStringLiteral("/v1/chat/completions"),
                          FakeResponse::runYourError(400, QStringLiteral("bad request")));
    f.send(QStringLiteral("다음 질문"));
    QVERIFY(f.waitIdle());
    QCOMPARE(f.model()->rowCount(), 2);
    QTRY_VERIFY(f.hasBold(1, QStringLiteral("굵게")));
    QTRY_VERIFY(!f.shownText(1).contains(QStringLiteral("**")));
    // And after a stopped one.
    f.env->server.config().eventDelayMs = 200;
    f.send(QStringLiteral("echo:느린 답"));
    QTest::qWait(50);
    f.pane->stop();
    QTRY_VERIFY(f.hasBold(1, QStringLiteral("굵게")));
}

QTEST_MAIN(TestTranscript)
#include "tst_transcript.moc"
