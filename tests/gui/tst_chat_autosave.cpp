// SPDX-License-Identifier: GPL-3.0-or-later
// The chat pane saves through ConversationAutosaver: the prompt is on disk the moment it is sent,
// the streaming answer while it streams, every state change at once. A full disk is reported in
// the Problems dock in words, the text stays in memory, quitting asks, and it is saved once space
// is free. (The kill -9 version of this runs the real binary: tst_kill_recovery.)
#include "ChatPane.h"
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "chat/ConversationStore.h"
#include "chat/JsonFile.h"
#include "core/CoreLibrary.h"
#include "core/LanguageManager.h"
#include "errors/ErrorPanel.h"

#include <QDir>
#include <QJsonArray>
#include <QPlainTextEdit>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBrowser>

using namespace sajudesk;
using namespace sajudesk::guitest;

namespace {

bool run(const QString &program, const QStringList &arguments)
{
    QProcess process;
    process.start(program, arguments);
    return process.waitForFinished(10000) && process.exitStatus() == QProcess::NormalExit && process.exitCode() == 0;
}

Conversation onDisk(const QString &folder, const QString &id)
{
    QJsonDocument document;
    if (!JsonFile::read(ConversationStore(folder).pathFor(id), &document))
        return {};
    return Conversation::fromJson(document.object());
}

} // namespace

class TestChatAutosave : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void promptAndPartialAnswerAreOnDiskWhileStreaming();
    void fullDiskIsReportedKeptAndQuitAsks();
    void unknownMessageIsShownAndKept();
    void newerFormatConversationIsReadOnly();

private:
    void send(QWidget *root, const QString &text);

    LanguageManager *m_languages = nullptr;
    std::unique_ptr<Environment> m_env;
    std::unique_ptr<MainWindow> m_window;
    QString m_mounted;
};

void TestChatAutosave::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initCore();
    useTestSettings();
    registerApiErrorMetaType();
    m_languages = new LanguageManager(this);
}

void TestChatAutosave::init()
{
    QSettings().clear();
    m_languages->setLanguage(QStringLiteral("en"));
    m_env = std::make_unique<Environment>();
    QVERIFY(m_env->start());
}

void TestChatAutosave::cleanup()
{
    MainWindow::setQuitConfirmationForTesting(false);
    m_window.reset();
    if (!m_mounted.isEmpty())
        run(QStringLiteral("umount"), {m_mounted});
    m_mounted.clear();
    m_env.reset();
}

void TestChatAutosave::send(QWidget *root, const QString &text)
{
    auto *input = root->findChild<QPlainTextEdit *>(QStringLiteral("chatInput"));
    QVERIFY(input);
    commitText(input, text);
    QTest::mouseClick(root->findChild<QPushButton *>(QStringLiteral("sendButton")), Qt::LeftButton);
}

void TestChatAutosave::promptAndPartialAnswerAreOnDiskWhileStreaming()
{
    m_env->server.config().eventDelayMs = 150;
    ChatPane pane;
    pane.setServices(m_env->services.get());
    pane.setModel(QStringLiteral("openai/gpt-5.2"));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const QString folder = m_env->services->conversationsDirectory();
    const QString words = QStringLiteral("하나 둘 셋 넷 다섯 여섯 일곱 여덟 아홉 열 ").repeated(6);
    send(&pane, QStringLiteral("echo:") + words);
    QVERIFY(pane.isBusy());
    // On disk before a single word of the answer has arrived.
    const QString id = pane.currentConversation().id;
    Conversation saved = onDisk(folder, id);
    QCOMPARE(saved.messages.size(), 2);
    QCOMPARE(saved.messages.first().content, QStringLiteral("echo:") + words);
    QCOMPARE(saved.messages.last().state, ChatMessage::State::Interrupted); // "streaming" reads back so
    // While streaming, the partial answer is written (every 2 s at most).
    QTRY_VERIFY_WITH_TIMEOUT(!onDisk(folder, id).messages.last().content.isEmpty(), 6000);
    QVERIFY(pane.isBusy());
    // Stop is a state change: written at once, with everything received.
    QTest::mouseClick(pane.findChild<QPushButton *>(QStringLiteral("stopButton")), Qt::LeftButton);
    saved = onDisk(folder, id);
    QCOMPARE(saved.messages.last().state, ChatMessage::State::Stopped);
    QCOMPARE(saved.messages.last().content, pane.currentConversation().messages.last().content);
    QVERIFY(!pane.hasUnsavedChanges());
}

void TestChatAutosave::fullDiskIsReportedKeptAndQuitAsks()
{
    const QString folder = m_env->services->conversationsDirectory();
    QVERIFY(QDir().mkpath(folder));
    const bool tmpfs =
        run(QStringLiteral("mount"), {QStringLiteral("-t"), QStringLiteral("tmpfs"), QStringLiteral("-o"),
                                      QStringLiteral("size=64k"), QStringLiteral("tmpfs"), folder});
    QString filler = QDir(folder).filePath(QStringLiteral("filler"));
    if (tmpfs) {
        m_mounted = folder;
        QFile fill(filler);
        QVERIFY(fill.open(QIODevice::WriteOnly | QIODevice::Unbuffered));
        const QByteArray block(1024, 'f');
        while (fill.write(block) == block.size()) {
        }
    } else {
        // No mount allowed: a file where the folder should be makes every save fail.
        qWarning("mount -t tmpfs is not allowed here: the conversations folder is blocked instead");
        QVERIFY(QDir(folder).removeRecursively());
        QFile block(folder);
        QVERIFY(block.open(QIODevice::WriteOnly));
        filler = folder;
    }

    m_window = std::make_unique<MainWindow>(m_languages, m_env->services.get());
    m_window->show();
    QVERIFY(QTest::qWaitForWindowExposed(m_window.get()));
    ChatPane *pane = m_window->chatPane();
    pane->setModel(QStringLiteral("openai/gpt-5.2"));
    QSignalSpy problems(pane, &ChatPane::errorOccurred);
    const QString prompt = QStringLiteral("디스크가 가득 차도 이 글은 남아야 합니다.");
    send(m_window.get(), prompt);
    QTRY_VERIFY(!pane->isBusy());
    QVERIFY(!problems.isEmpty());
    const ApiError first = problems.first().first().value<ApiError>();
    QCOMPARE(first.code, QStringLiteral("save_failed"));
    if (tmpfs)
        QVERIFY2(first.message.contains(QStringLiteral("the disk is full")), qPrintable(first.message));
    QVERIFY2(first.message.contains(folder), qPrintable(first.message));
    QVERIFY(m_window->errorPanel()->entryCount() >= 1);
    QVERIFY(pane->hasUnsavedChanges());
    const Conversation inMemory = pane->currentConversation();
    QCOMPARE(inMemory.messages.first().content, prompt);

    // Closing now would lose it: the window asks, and "Keep Open" keeps it open.
    MainWindow::setQuitConfirmationForTesting(true, false);
    QVERIFY(!m_window->close());
    QVERIFY(m_window->isVisible());

    // Space comes back; the next close saves everything and goes through without asking.
    QVERIFY(QFile::remove(filler));
    MainWindow::setQuitConfirmationForTesting(true, false);
    QVERIFY(m_window->close());
    const Conversation saved = onDisk(folder, inMemory.id);
    QCOMPARE(saved.messages.size(), 2);
    QCOMPARE(saved.messages.first().content, prompt);
    QCOMPARE(saved.messages.last().content, inMemory.messages.last().content);
}

namespace {
QString writeConversation(const QString &folder, int format, const QJsonArray &messages)
{
    const QString id = QStringLiteral("0c9e6a1e-5b0f-4d7c-8a44-3f2d1e0b9a77");
    const QJsonObject c{{QStringLiteral("format"), format},
                        {QStringLiteral("id"), id},
                        {QStringLiteral("title"), QStringLiteral("kept")},
                        {QStringLiteral("createdAt"), QStringLiteral("2026-01-02T03:04:05.000Z")},
                        {QStringLiteral("updatedAt"), QStringLiteral("2026-01-02T03:04:05.000Z")},
                        {QStringLiteral("messages"), messages}};
    QDir().mkpath(folder);
    QFile file(ConversationStore(folder).pathFor(id));
    if (file.open(QIODevice::WriteOnly))
        file.write(QJsonDocument(c).toJson());
    return file.fileName();
}

QByteArray bytesOf(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}
} // namespace

void TestChatAutosave::unknownMessageIsShownAndKept()
{
    const QString folder = m_env->services->conversationsDirectory();
    const QJsonObject tool{{QStringLiteral("id"), QStringLiteral("t1")},
                           {QStringLiteral("role"), QStringLiteral("tool")},
                           {QStringLiteral("content"), QStringLiteral("SECRET-TOOL-OUTPUT")}};
    writeConversation(folder, 2,
                      QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("u1")},
                                             {QStringLiteral("role"), QStringLiteral("user")},
                                             {QStringLiteral("content"), QStringLiteral("earlier question")},
                                             {QStringLiteral("state"), QStringLiteral("complete")}},
                                 tool});
    ChatPane pane;
    pane.setServices(m_env->services.get());
    pane.setModel(QStringLiteral("openai/gpt-5.2"));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    const QString shown = pane.findChild<QTextBrowser *>(QStringLiteral("chatTranscript"))->toPlainText();
    QVERIFY2(shown.contains(QStringLiteral("cannot show")), qPrintable(shown));
    QCOMPARE(pane.currentConversation().messages.size(), 2);
    send(&pane, QStringLiteral("echo:next"));
    QTRY_VERIFY(!pane.isBusy());
    // Not sent to the model as if it were an answer…
    const QJsonArray sent =
        QJsonDocument::fromJson(m_env->server.requests(QStringLiteral("/v1/chat/completions")).last().body)
            .object()
            .value(QStringLiteral("messages"))
            .toArray();
    QCOMPARE(sent.size(), 2); // the earlier question and the new one
    QVERIFY(!QJsonDocument(sent).toJson().contains("SECRET-TOOL-OUTPUT"));
    // …and still in the file, unchanged, after the new turn was saved.
    const Conversation saved = onDisk(folder, pane.currentConversation().id);
    QCOMPARE(saved.messages.size(), 4);
    QCOMPARE(saved.messages.at(1).toJson(), tool);
}

void TestChatAutosave::newerFormatConversationIsReadOnly()
{
    const QString path =
        writeConversation(m_env->services->conversationsDirectory(), 99,
                          QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("u1")},
                                                 {QStringLiteral("role"), QStringLiteral("user")},
                                                 {QStringLiteral("content"), QStringLiteral("future")}}});
    const QByteArray before = bytesOf(path);
    ChatPane pane;
    QSignalSpy problems(&pane, &ChatPane::errorOccurred);
    pane.setServices(m_env->services.get());
    pane.setModel(QStringLiteral("openai/gpt-5.2"));
    pane.show();
    QVERIFY(QTest::qWaitForWindowExposed(&pane));
    QCOMPARE(problems.size(), 1);
    QCOMPARE(problems.first().first().value<ApiError>().code, QStringLiteral("newer_format"));
    QVERIFY(pane.currentConversation().readOnly);
    auto *input = pane.findChild<QPlainTextEdit *>(QStringLiteral("chatInput"));
    QVERIFY(input->isReadOnly());
    QVERIFY(!pane.findChild<QPushButton *>(QStringLiteral("sendButton"))->isEnabled());
    pane.send();
    pane.prepareToQuit();
    QCOMPARE(m_env->server.requestCount(QStringLiteral("/v1/chat/completions")), 0);
    QCOMPARE(bytesOf(path), before);
}

QTEST_MAIN(TestChatAutosave)
#include "tst_chat_autosave.moc"
