// SPDX-License-Identifier: GPL-3.0-or-later
// ConversationAutosaver decides when a conversation is written. Every check is about order and
// counts of writes (a recording store), never about how long something took: intervals are either
// far longer than the test (nothing may be written) or short and waited for with QTRY_*.
#include "chat/ConversationAutosaver.h"
#include "chat/ConversationStore.h"
#include "chat/JsonFile.h"

#include <QJsonArray>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>

using namespace sajudesk;

namespace {

/// Records every save attempt and can be told to fail like a full disk.
class RecordingStore : public ConversationStore
{
public:
    using ConversationStore::ConversationStore;
    mutable QList<Conversation> attempts;
    QString failWith;

    bool save(const Conversation &conversation, QString *error) const override
    {
        attempts.append(conversation);
        if (!failWith.isEmpty()) {
            if (error)
                *error = failWith;
            return false;
        }
        return ConversationStore::save(conversation, error);
    }
};

constexpr int never = 60 * 60 * 1000; // longer than any test: such a deadline never passes

Conversation withPrompt(const QString &prompt)
{
    Conversation c = Conversation::create(ChatSettings{QStringLiteral("openai/gpt-5.2"), {}, {}, {}, true});
    c.messages.append(ChatMessage::create(ChatMessage::Role::User, prompt, QDateTime::currentDateTimeUtc()));
    ChatMessage answer = ChatMessage::create(ChatMessage::Role::Assistant, QString(), QDateTime::currentDateTimeUtc());
    answer.state = ChatMessage::State::Streaming;
    c.messages.append(answer);
    return c;
}

Conversation onDisk(const ConversationStore &store, const QString &id)
{
    QJsonDocument document;
    if (!JsonFile::read(store.pathFor(id), &document))
        return {};
    return Conversation::fromJson(document.object());
}

} // namespace

class TestConversationAutosaver : public QObject
{
    Q_OBJECT
private slots:
    void init();
    void messageSentIsWrittenAtOnce();
    void streamProgressIsThrottled();
    void throttledWriteHappensWithoutFurtherCalls();
    void stateChangeWritesNowAndSupersedesPending();
    void draftIsDebounced();
    void flushWritesEverythingPending();
    void failedWriteKeepsNewestCopyUntilItSucceeds();
    void retryTimerSavesAfterTheDiskRecovers();
    void successElsewhereRetriesTheFailedOne();
    void readOnlyConversationIsNeverWritten();
    void discardedConversationIsNotWritten();

private:
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<RecordingStore> m_store;
    std::unique_ptr<ConversationAutosaver> m_saver;
};

void TestConversationAutosaver::init()
{
    m_saver.reset();
    m_dir = std::make_unique<QTemporaryDir>();
    m_store = std::make_unique<RecordingStore>(m_dir->path());
    m_saver = std::make_unique<ConversationAutosaver>(m_store.get());
    m_saver->setStreamInterval(never);
    m_saver->setDraftDelay(never);
    m_saver->setRetryInterval(never);
}

void TestConversationAutosaver::messageSentIsWrittenAtOnce()
{
    const Conversation c = withPrompt(QStringLiteral("사주에서 일간이 뭔가요?"));
    m_saver->messageSent(c);
    QCOMPARE(m_store->attempts.size(), 1); // synchronously, before the request goes out
    QVERIFY(!m_saver->hasUnsavedChanges());
    const Conversation back = onDisk(*m_store, c.id);
    QCOMPARE(back.messages.size(), 2);
    QCOMPARE(back.messages.at(0).content, QStringLiteral("사주에서 일간이 뭔가요?"));
}

void TestConversationAutosaver::streamProgressIsThrottled()
{
    Conversation c = withPrompt(QStringLiteral("hello"));
    m_saver->messageSent(c);
    for (int i = 0; i < 50; ++i) {
        c.messages.last().content += QStringLiteral("word ");
        m_saver->streamProgress(c);
    }
    QTest::qWait(100);
    // The prompt was just written; the interval has not passed: no write per chunk.
    QCOMPARE(m_store->attempts.size(), 1);
    QVERIFY(m_saver->hasUnsavedChanges());
    c.messages.last().state = ChatMessage::State::Complete;
    m_saver->stateChanged(c);
    QCOMPARE(m_store->attempts.size(), 2);
    QCOMPARE(onDisk(*m_store, c.id).messages.last().content.count(QStringLiteral("word")), 50);
    QVERIFY(!m_saver->hasUnsavedChanges());
}

void TestConversationAutosaver::throttledWriteHappensWithoutFurtherCalls()
{
    m_saver->setStreamInterval(50);
    Conversation c = withPrompt(QStringLiteral("hello"));
    m_saver->messageSent(c);
    c.messages.last().content = QStringLiteral("partial answer");
    m_saver->streamProgress(c);
    m_saver->streamProgress(c);
    m_saver->streamProgress(c);
    // No more chunks arrive (the stream stalls, the app is about to be killed): still written.
    QTRY_COMPARE(m_store->attempts.size(), 2);
    QCOMPARE(onDisk(*m_store, c.id).messages.last().content, QStringLiteral("partial answer"));
    QVERIFY(!m_saver->hasUnsavedChanges());
    QTest::qWait(120);
    QCOMPARE(m_store->attempts.size(), 2); // nothing changed since: nothing more written
}

void TestConversationAutosaver::stateChangeWritesNowAndSupersedesPending()
{
    Conversation c = withPrompt(QStringLiteral("hello"));
    m_saver->messageSent(c);
    c.messages.last().content = QStringLiteral("part");
    m_saver->streamProgress(c);
    c.messages.last().content = QStringLiteral("part of it");
    c.messages.last().state = ChatMessage::State::Stopped;
    m_saver->stateChanged(c);
    QCOMPARE(m_store->attempts.size(), 2);
    QCOMPARE(m_store->attempts.last().messages.last().state, ChatMessage::State::Stopped);
    QVERIFY(!m_saver->hasUnsavedChanges()); // the older stream copy is not written afterwards
    QCOMPARE(onDisk(*m_store, c.id).messages.last().state, ChatMessage::State::Stopped);
}

void TestConversationAutosaver::draftIsDebounced()
{
    Conversation c = withPrompt(QStringLiteral("hello"));
    for (const QString &draft : {QStringLiteral("ㅇ"), QStringLiteral("안"), QStringLiteral("안녕")}) {
        c.draft = draft;
        m_saver->draftChanged(c);
    }
    QTest::qWait(50);
    QCOMPARE(m_store->attempts.size(), 0);
    m_saver->setDraftDelay(30);
    c.draft = QStringLiteral("안녕하세요");
    m_saver->draftChanged(c);
    QTRY_COMPARE(m_store->attempts.size(), 1); // one write for all four changes
    QCOMPARE(onDisk(*m_store, c.id).draft, QStringLiteral("안녕하세요"));
}

void TestConversationAutosaver::flushWritesEverythingPending()
{
    Conversation a = withPrompt(QStringLiteral("a"));
    Conversation b = withPrompt(QStringLiteral("b"));
    a.draft = QStringLiteral("draft of a");
    m_saver->draftChanged(a);
    b.messages.last().content = QStringLiteral("streamed into b");
    m_saver->streamProgress(b);
    // b had no write yet, so its throttle allows one at once; a waits for its debounce.
    QVERIFY(m_saver->hasUnsavedChanges());
    QVERIFY(m_saver->flush());
    QVERIFY(!m_saver->hasUnsavedChanges());
    QCOMPARE(onDisk(*m_store, a.id).draft, QStringLiteral("draft of a"));
    QCOMPARE(onDisk(*m_store, b.id).messages.last().content, QStringLiteral("streamed into b"));
}

void TestConversationAutosaver::failedWriteKeepsNewestCopyUntilItSucceeds()
{
    QSignalSpy failed(m_saver.get(), &ConversationAutosaver::saveFailed);
    QSignalSpy recovered(m_saver.get(), &ConversationAutosaver::saveRecovered);
    m_store->failWith = QStringLiteral("Cannot save /x.json: the disk is full.");
    Conversation c = withPrompt(QStringLiteral("the prompt"));
    m_saver->messageSent(c);
    QCOMPARE(m_store->attempts.size(), 1);
    QCOMPARE(failed.size(), 1);
    QCOMPARE(failed.first().at(0).toString(), c.id);
    QVERIFY(failed.first().at(1).toString().contains(QStringLiteral("the disk is full")));
    QVERIFY(m_saver->hasUnsavedChanges());
    QCOMPARE(m_saver->lastError(), m_store->failWith);

    // While failing, received text is kept in memory but not retried per chunk.
    for (int i = 0; i < 20; ++i) {
        c.messages.last().content += QStringLiteral("x");
        m_saver->streamProgress(c);
    }
    QTest::qWait(50);
    QCOMPARE(m_store->attempts.size(), 1);
    // A state change tries again; the same reason is not reported twice.
    c.messages.last().state = ChatMessage::State::Interrupted;
    m_saver->stateChanged(c);
    QCOMPARE(m_store->attempts.size(), 2);
    QCOMPARE(failed.size(), 1);
    QVERIFY(!QFile::exists(m_store->pathFor(c.id)));

    m_store->failWith.clear(); // space was freed
    QVERIFY(m_saver->flush());
    QCOMPARE(recovered.size(), 1);
    QVERIFY(m_saver->lastError().isEmpty());
    const Conversation back = onDisk(*m_store, c.id);
    QCOMPARE(back.messages.first().content, QStringLiteral("the prompt"));
    QCOMPARE(back.messages.last().content, QString(20, QLatin1Char('x')));
    QCOMPARE(back.messages.last().state, ChatMessage::State::Interrupted);
}

void TestConversationAutosaver::retryTimerSavesAfterTheDiskRecovers()
{
    QSignalSpy recovered(m_saver.get(), &ConversationAutosaver::saveRecovered);
    m_saver->setRetryInterval(30);
    m_store->failWith = QStringLiteral("full");
    const Conversation c = withPrompt(QStringLiteral("kept"));
    m_saver->messageSent(c);
    QTRY_VERIFY(m_store->attempts.size() >= 2); // retried on its own
    QVERIFY(m_saver->hasUnsavedChanges());
    m_store->failWith.clear();
    QTRY_COMPARE(recovered.size(), 1);
    QVERIFY(!m_saver->hasUnsavedChanges());
    QCOMPARE(onDisk(*m_store, c.id).messages.first().content, QStringLiteral("kept"));
}

void TestConversationAutosaver::successElsewhereRetriesTheFailedOne()
{
    m_store->failWith = QStringLiteral("full");
    const Conversation a = withPrompt(QStringLiteral("a"));
    m_saver->messageSent(a);
    QVERIFY(m_saver->hasUnsavedChanges());
    m_store->failWith.clear();
    const Conversation b = withPrompt(QStringLiteral("b"));
    m_saver->messageSent(b);
    QVERIFY(!m_saver->hasUnsavedChanges());
    QCOMPARE(m_store->attempts.size(), 3); // a, b, then a again right after b worked
    QCOMPARE(m_store->attempts.last().id, a.id);
    QVERIFY(QFile::exists(m_store->pathFor(a.id)));
}

void TestConversationAutosaver::readOnlyConversationIsNeverWritten()
{
    QSignalSpy failed(m_saver.get(), &ConversationAutosaver::saveFailed);
    Conversation c = withPrompt(QStringLiteral("from the future"));
    c.readOnly = true;
    c.format = Conversation::CurrentFormat + 1;
    m_saver->stateChanged(c);
    m_saver->messageSent(c);
    m_saver->draftChanged(c);
    QVERIFY(m_saver->flush());
    QCOMPARE(m_store->attempts.size(), 0);
    QCOMPARE(failed.size(), 1); // said once
    QVERIFY(!failed.first().at(1).toString().isEmpty());
    QVERIFY(!QFile::exists(m_store->pathFor(c.id)));
}

void TestConversationAutosaver::discardedConversationIsNotWritten()
{
    Conversation c = withPrompt(QStringLiteral("deleted soon"));
    c.draft = QStringLiteral("typing");
    m_saver->draftChanged(c);
    m_saver->discard(c.id);
    QVERIFY(!m_saver->hasUnsavedChanges());
    QVERIFY(m_saver->flush());
    QCOMPARE(m_store->attempts.size(), 0);
}

QTEST_GUILESS_MAIN(TestConversationAutosaver)
#include "tst_conversation_autosaver.moc"
