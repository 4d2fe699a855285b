// SPDX-License-Identifier: GPL-3.0-or-later
// The conversation sidebar as a user meets it: rename by F2 and double-click, search in Korean and
// English and open a hit at its message, delete with Undo (one and several), pin, export and
// import through real files, a refused import, and a start-up that reads only the index (a damaged
// file is reported when found, an unchanged one is never parsed until it is opened).
#include "ChatTestSupport.h"
#include "MainWindow.h"
#include "chat/ConversationFilterModel.h"
#include "chat/ConversationLibrary.h"
#include "chat/ConversationList.h"
#include "chat/ConversationListModel.h"
#include "chat/TitleSuggestion.h"
#include "core/CoreLibrary.h"
#include "core/LanguageManager.h"

#include <QDir>
#include <QJsonDocument>
#include <QJsonObject>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTimer>

using namespace sajudesk;
using namespace sajudesk::guitest;

class TestConversationSidebar : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void renameByF2Persists();
    void renameByDoubleClickPersists();
    void searchKoreanOpensHitAtItsMessage();
    void searchEnglishIgnoresCase();
    void escClearsTheSearch();
    void deleteThenUndoRestoresTheFile();
    void deleteSeveral();
    void undoBringsBackEveryDeleteWhileTheBarShows();
    void deleteAfterTheBarTimedOutStartsAfresh();
    void pinMovesToTop();
    void exportImportRoundTrip();
    void wrongShapeIsRefusedAndChangesNothing();
    void damagedFileAtStartupIsReportedRestListed();
    void startupDoesNotParseConversationFiles();
    void ctrlFFocusesTheSearchInKorean();
    void suggestTitleAsksTheChatModel();
    void suggestTitleFailureIsExplained();

private:
    QString folder() const { return f.env->services->conversationsDirectory(); }
    QListView *view() const { return f.pane->findChild<QListView *>(QStringLiteral("conversationList")); }
    QLineEdit *searchEdit() const { return f.pane->findChild<QLineEdit *>(QStringLiteral("conversationSearchEdit")); }
    int rowOf(const QString &id) const;
    QRect rectOf(const QString &id) const;
    void click(const QString &id) const;
    QString save(const QString &title, const QStringList &texts, qint64 ageMs = 0) const;
    std::optional<Conversation> onDisk(const QString &id) const { return ConversationStore(folder()).load(id); }

    ChatFixture f;
};

void TestConversationSidebar::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initCore();
    useTestSettings();
    registerApiErrorMetaType();
}

void TestConversationSidebar::init()
{
    QSettings().clear();
    QVERIFY(f.start());
}

void TestConversationSidebar::cleanup()
{
    ConversationList::setFileDialogForTesting({});
    f.pane.reset();
    f.env.reset();
}

int TestConversationSidebar::rowOf(const QString &id) const
{
    QAbstractItemModel *model = view()->model();
    for (int row = 0; row < model->rowCount(); ++row) {
        if (model->index(row, 0).data(ConversationListModel::IdRole).toString() == id)
            return row;
    }
    return -1;
}

QRect TestConversationSidebar::rectOf(const QString &id) const
{
    return view()->visualRect(view()->model()->index(rowOf(id), 0));
}

void TestConversationSidebar::click(const QString &id) const
{
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, rectOf(id).center() + QPoint(0, rectOf(id).height() / 4));
}

// A conversation with one user message per text (each answered), last active `ageMs` ago.
QString TestConversationSidebar::save(const QString &title, const QStringList &texts, qint64 ageMs) const
{
    Conversation c = Conversation::create(ChatSettings{chatModel, {}, {}, {}, true});
    c.title = title;
    const QDateTime at = QDateTime::currentDateTimeUtc().addMSecs(-ageMs);
    for (const QString &text : texts) {
        c.messages.append(ChatMessage::create(ChatMessage::Role::User, text, at));
        c.messages.append(
            ChatMessage::create(ChatMessage::Role::Assistant, QStringLiteral("답변입니다. ").repeated(40), at));
    }
    c.createdAt = at;
    c.updatedAt = at;
    ConversationStore(folder()).save(c);
    return c.id;
}

void TestConversationSidebar::renameByF2Persists()
{
    const QString id = save(QString(), {QStringLiteral("첫 질문")});
    QVERIFY(f.open());
    click(id);
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_F2);
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    QCOMPARE(editor->text(), QStringLiteral("첫 질문")); // the shown title, ready to change
    editor->clear();
    commitText(editor, QStringLiteral("여행 계획"));
    QTest::keyClick(editor, Qt::Key_Return);
    QTRY_COMPARE(onDisk(id)->title, QStringLiteral("여행 계획"));
    QCOMPARE(view()->model()->index(rowOf(id), 0).data(ConversationListModel::TitleRole).toString(),
             QStringLiteral("여행 계획"));
    // The open copy took it too: the next save keeps the new title.
    QCOMPARE(f.pane->currentConversation().title, QStringLiteral("여행 계획"));
    f.type(QStringLiteral("초안"));
    f.pane->prepareToQuit();
    QCOMPARE(onDisk(id)->title, QStringLiteral("여행 계획"));
}

void TestConversationSidebar::renameByDoubleClickPersists()
{
    save(QStringLiteral("Newer"), {QStringLiteral("a")});
    const QString id = save(QStringLiteral("Older"), {QStringLiteral("b")}, 3600 * 1000);
    QVERIFY(f.open());
    // As a real double-click arrives: press and release, then the double-click.
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, {}, rectOf(id).center() + QPoint(0, 4));
    QTest::mouseDClick(view()->viewport(), Qt::LeftButton, {}, rectOf(id).center() + QPoint(0, 4));
    auto *editor = qobject_cast<QLineEdit *>(QApplication::focusWidget());
    QVERIFY(editor);
    editor->selectAll();
    commitText(editor, QStringLiteral("Budget 2026"));
    QTest::keyClick(editor, Qt::Key_Enter);
    QTRY_COMPARE(onDisk(id)->title, QStringLiteral("Budget 2026"));
}

void TestConversationSidebar::searchKoreanOpensHitAtItsMessage()
{
    QStringList texts;
    texts << QStringLiteral("서울 여행 일정을 짜 주세요");
    for (int i = 0; i < 30; ++i)
        texts << QStringLiteral("다른 이야기 %1").arg(i);
    const QString target = save(QStringLiteral("계획"), texts, 2 * 24 * 3600 * 1000LL);
    save(QStringLiteral("부산"), {QStringLiteral("부산 맛집")});
    save(QStringLiteral("Budget"), {QStringLiteral("monthly budget review")});
    QVERIFY(f.open());
    QCOMPARE(view()->model()->rowCount(), 3);
    searchEdit()->setFocus();
    commitText(searchEdit(), QStringLiteral("서울"));
    QTRY_COMPARE(view()->model()->rowCount(), 1);
    const QModelIndex hit = view()->model()->index(0, 0);
    QVERIFY(f.pane->currentConversation().id != target); // typing does not open a result
    QCOMPARE(hit.data(ConversationListModel::IdRole).toString(), target);
    const QString snippet = hit.data(ConversationFilterModel::SnippetRole).toString();
    QVERIFY2(snippet.contains(QStringLiteral("서울 여행")), qPrintable(snippet));
    QCOMPARE(snippet.mid(hit.data(ConversationFilterModel::SnippetMatchStartRole).toInt(), 2), QStringLiteral("서울"));

    click(target);
    QTRY_COMPARE(f.pane->currentConversation().id, target);
    const int row = f.model()->rowOfId(f.pane->currentConversation().messages.first().id);
    QTRY_VERIFY(f.transcript()->viewport()->rect().intersects(f.transcript()->visualRect(row)));
    QVERIFY(f.shownText(row).contains(QStringLiteral("서울 여행")));
}

void TestConversationSidebar::searchEnglishIgnoresCase()
{
    save(QStringLiteral("부산"), {QStringLiteral("부산 맛집")});
    const QString id = save(QStringLiteral("Plans"), {QStringLiteral("Monthly BUDGET review")});
    QVERIFY(f.open());
    QVERIFY(!searchEdit()->isClearButtonEnabled()); // no icon lookup before the first frame
    searchEdit()->setFocus();
    QTest::keyClicks(searchEdit(), QStringLiteral("budg"));
    QVERIFY(searchEdit()->isClearButtonEnabled()); // there with the first text
    QTRY_COMPARE(view()->model()->rowCount(), 1);
    QCOMPARE(view()->model()->index(0, 0).data(ConversationListModel::IdRole).toString(), id);
    QVERIFY(view()
                ->model()
                ->index(0, 0)
                .data(ConversationFilterModel::SnippetRole)
                .toString()
                .contains(QStringLiteral("BUDGET")));
}

void TestConversationSidebar::escClearsTheSearch()
{
    save(QStringLiteral("하나"), {QStringLiteral("사과")});
    save(QStringLiteral("둘"), {QStringLiteral("배")});
    QVERIFY(f.open());
    searchEdit()->setFocus();
    commitText(searchEdit(), QStringLiteral("사과"));
    QTRY_COMPARE(view()->model()->rowCount(), 1);
    QTest::keyClick(searchEdit(), Qt::Key_Escape);
    QVERIFY(searchEdit()->text().isEmpty());
    QCOMPARE(view()->model()->rowCount(), 2);
}

void TestConversationSidebar::deleteThenUndoRestoresTheFile()
{
    const QString keep = save(QStringLiteral("남길 것"), {QStringLiteral("a")}, 1000);
    const QString gone = save(QStringLiteral("지울 것"), {QStringLiteral("b")});
    QVERIFY(f.open());
    const QString path = ConversationStore(folder()).pathFor(gone);
    click(gone);
    QCOMPARE(f.pane->currentConversation().id, gone);
    QTest::mouseClick(f.button("deleteConversationButton"), Qt::LeftButton);
    QVERIFY(!QFile::exists(path));
    QCOMPARE(rowOf(gone), -1);
    QCOMPARE(f.pane->currentConversation().id, keep); // its neighbour opens
    auto *bar = f.pane->findChild<QWidget *>(QStringLiteral("conversationUndoBar"));
    QVERIFY(bar->isVisible());
    QVERIFY(bar->findChild<QLabel *>()->text().contains(QStringLiteral("지울 것")));
    QTest::mouseClick(f.button("conversationUndoButton"), Qt::LeftButton);
    QVERIFY(QFile::exists(path));
    QVERIFY(rowOf(gone) >= 0);
    QVERIFY(!bar->isVisible());
    QCOMPARE(f.pane->currentConversation().id, gone);
    QCOMPARE(onDisk(gone)->title, QStringLiteral("지울 것"));
}

void TestConversationSidebar::deleteSeveral()
{
    QStringList ids;
    for (int i = 0; i < 4; ++i)
        ids << save(QStringLiteral("대화 %1").arg(i), {QStringLiteral("x")}, i * 1000);
    QVERIFY(f.open());
    click(ids.at(1));
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::ControlModifier, rectOf(ids.at(2)).center());
    QTest::mouseClick(view()->viewport(), Qt::LeftButton, Qt::ControlModifier, rectOf(ids.at(3)).center());
    QCOMPARE(view()->selectionModel()->selectedRows().size(), 3);
    view()->setFocus();
    QTest::keyClick(view(), Qt::Key_Delete);
    QCOMPARE(view()->model()->rowCount(), 1);
    QCOMPARE(QDir(folder()).entryList({QStringLiteral("*.json")}, QDir::Files).size(), 1);
    QVERIFY(f.pane->findChild<QLabel *>()->parent());
    QTest::mouseClick(f.button("conversationUndoButton"), Qt::LeftButton);
    QCOMPARE(view()->model()->rowCount(), 4);
}

// Two separate deletes while the Undo bar shows: one Undo brings both back, with their titles,
// files and places in the list (as in Gmail or Chatbox).
void TestConversationSidebar::undoBringsBackEveryDeleteWhileTheBarShows()
{
    const QString keep = save(QStringLiteral("남길 것"), {QStringLiteral("c")});
    const QString b = save(QStringLiteral("두 번째"), {QStringLiteral("b")}, 1000);
    const QString a = save(QStringLiteral("첫 번째"), {QStringLiteral("a")}, 2000);
    QVERIFY(f.open());
    QCOMPARE((QList<int>{rowOf(keep), rowOf(b), rowOf(a)}), (QList<int>{0, 1, 2}));
    auto *bar = f.pane->findChild<QWidget *>(QStringLiteral("conversationUndoBar"));
    click(a);
    QTest::mouseClick(f.button("deleteConversationButton"), Qt::LeftButton);
    click(b);
    QTest::mouseClick(f.button("deleteConversationButton"), Qt::LeftButton);
    QVERIFY(bar->isVisible() && rowOf(a) < 0 && rowOf(b) < 0);
    QCOMPARE(bar->findChild<QLabel *>()->text(), QStringLiteral("Deleted 2 conversations"));
    QTest::mouseClick(f.button("conversationUndoButton"), Qt::LeftButton);
    QVERIFY(!bar->isVisible());
    QCOMPARE((QList<int>{rowOf(keep), rowOf(b), rowOf(a)}), (QList<int>{0, 1, 2}));
    QVERIFY(onDisk(a) && onDisk(b)); // back in the folder
    QCOMPARE(onDisk(a)->title, QStringLiteral("첫 번째"));
    QCOMPARE(onDisk(b)->title, QStringLiteral("두 번째"));
    QCOMPARE(f.pane->currentConversation().id, b); // the latest delete opens
}

// Once the bar has gone (its timer ran out), the next delete's Undo brings back only that one.
void TestConversationSidebar::deleteAfterTheBarTimedOutStartsAfresh()
{
    const QString b = save(QStringLiteral("두 번째"), {QStringLiteral("b")}, 1000);
    const QString a = save(QStringLiteral("첫 번째"), {QStringLiteral("a")}, 2000);
    QVERIFY(f.open());
    auto *bar = f.pane->findChild<QWidget *>(QStringLiteral("conversationUndoBar"));
    auto *timer = f.pane->findChild<QTimer *>(QStringLiteral("conversationUndoTimer"));
    QVERIFY(timer);
    timer->setInterval(50);
    click(a);
    QTest::mouseClick(f.button("deleteConversationButton"), Qt::LeftButton);
    QVERIFY(bar->isVisible());
    QTRY_VERIFY(!bar->isVisible());
    timer->setInterval(10000); // the next bar stays while Undo is clicked
    click(b);
    QTest::mouseClick(f.button("deleteConversationButton"), Qt::LeftButton);
    QVERIFY(bar->isVisible());
    QVERIFY(bar->findChild<QLabel *>()->text().contains(QStringLiteral("두 번째")));
    QTest::mouseClick(f.button("conversationUndoButton"), Qt::LeftButton);
    QVERIFY(rowOf(b) >= 0 && rowOf(a) < 0);
    QVERIFY(!QFile::exists(ConversationStore(folder()).pathFor(a)));
}

void TestConversationSidebar::pinMovesToTop()
{
    const QString old = save(QStringLiteral("오래된 것"), {QStringLiteral("x")}, 30LL * 24 * 3600 * 1000);
    save(QStringLiteral("최근 것"), {QStringLiteral("y")});
    QVERIFY(f.open());
    QCOMPARE(rowOf(old), 1);
    click(old);
    f.pane->findChild<QAction *>(QStringLiteral("pinConversationAction"))->trigger();
    QCOMPARE(rowOf(old), 0);
    QCOMPARE(view()->model()->index(0, 0).data(ConversationListModel::GroupRole).toInt(),
             int(ConversationListModel::Group::Pinned));
    QVERIFY(onDisk(old)->pinned);
    f.pane->prepareToQuit();
    QVERIFY(onDisk(old)->pinned); // the open copy was not saved back unpinned
    f.pane->findChild<QAction *>(QStringLiteral("pinConversationAction"))->trigger();
    QCOMPARE(rowOf(old), 1);
    QVERIFY(!onDisk(old)->pinned);
}

void TestConversationSidebar::exportImportRoundTrip()
{
    const QString id = save(QStringLiteral("내보낼 대화"), {QStringLiteral("사주 질문"), QStringLiteral("second")});
    QVERIFY(f.open());
    QTemporaryDir out;
    const QString json = out.filePath(QStringLiteral("export.json"));
    const QString markdown = out.filePath(QStringLiteral("export.md"));
    QString suggested;
    QString answer = json;
    ConversationList::setFileDialogForTesting([&](QWidget *, bool, const QString &name) {
        suggested = name;
        return answer;
    });
    click(id);
    f.pane->findChild<QAction *>(QStringLiteral("exportJsonAction"))->trigger();
    QVERIFY(suggested.endsWith(QStringLiteral("내보낼 대화.json")));
    QVERIFY(QFile::exists(json));
    answer = markdown;
    f.pane->findChild<QAction *>(QStringLiteral("exportMarkdownAction"))->trigger();
    QFile md(markdown);
    QVERIFY(md.open(QIODevice::ReadOnly));
    QVERIFY(QString::fromUtf8(md.readAll()).contains(QStringLiteral("사주 질문")));

    answer = json;
    f.pane->findChild<QAction *>(QStringLiteral("importConversationsAction"))->trigger();
    QCOMPARE(view()->model()->rowCount(), 2);
    const Conversation imported = f.pane->currentConversation();
    QVERIFY(imported.id != id); // never overwrites the original
    QCOMPARE(imported.messages.size(), 4);
    QCOMPARE(imported.messages.first().content, QStringLiteral("사주 질문"));
    QVERIFY(onDisk(imported.id).has_value());
    QCOMPARE(onDisk(id)->messages.size(), 4);
}

void TestConversationSidebar::wrongShapeIsRefusedAndChangesNothing()
{
    save(QStringLiteral("기존"), {QStringLiteral("x")});
    QVERIFY(f.open());
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("other.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(R"({"name": "not a conversation", "items": [1, 2]})");
    file.close();
    ConversationList::setFileDialogForTesting([&](QWidget *, bool, const QString &) { return path; });
    const QStringList before = QDir(folder()).entryList(QDir::Files);
    f.pane->findChild<QAction *>(QStringLiteral("importConversationsAction"))->trigger();
    auto *status = f.pane->findChild<QLabel *>(QStringLiteral("chatStatusLabel"));
    QVERIFY(status->isVisible());
    QVERIFY2(status->text().startsWith(QStringLiteral("Nothing was imported")), qPrintable(status->text()));
    QVERIFY(status->text().contains(QStringLiteral("other.json")));
    QCOMPARE(view()->model()->rowCount(), 1);
    QCOMPARE(QDir(folder()).entryList(QDir::Files), before);
}

void TestConversationSidebar::damagedFileAtStartupIsReportedRestListed()
{
    save(QStringLiteral("하나"), {QStringLiteral("x")});
    save(QStringLiteral("둘"), {QStringLiteral("y")});
    QVERIFY(QDir().mkpath(folder()));
    QFile bad(ConversationStore(folder()).pathFor(QStringLiteral("0b9e3c1a-1111-4222-8333-444455556666")));
    QVERIFY(bad.open(QIODevice::WriteOnly));
    bad.write("{ this is not json");
    bad.close();
    f.pane = std::make_unique<ChatPane>();
    QSignalSpy errors(f.pane.get(), &ChatPane::errorOccurred);
    f.pane->setServices(f.env->services.get());
    f.pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.pane.get()));
    QTRY_COMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ApiError>().code, QStringLiteral("damaged_conversation"));
    QCOMPARE(view()->model()->rowCount(), 2);
}

void TestConversationSidebar::startupDoesNotParseConversationFiles()
{
    const QString later = save(QStringLiteral("나중에 열 것"), {QStringLiteral("x")}, 3600 * 1000);
    const QString first = save(QStringLiteral("먼저 열릴 것"), {QStringLiteral("y")});
    QVERIFY(f.open());
    f.pane->prepareToQuit();
    f.pane.reset();
    // Damaged behind the index's back: same size, same time, so only opening it can tell.
    const QString path = ConversationStore(folder()).pathFor(later);
    QFile file(path);
    const QDateTime mtime = QFileInfo(path).lastModified();
    const qint64 size = QFileInfo(path).size();
    QVERIFY(file.open(QIODevice::ReadWrite));
    file.write(QByteArray(size, 'x'));
    file.flush(); // before the time is set back, or closing would move it on
    QVERIFY(file.setFileTime(mtime, QFileDevice::FileModificationTime));
    file.close();

    f.pane = std::make_unique<ChatPane>();
    QSignalSpy errors(f.pane.get(), &ChatPane::errorOccurred);
    f.pane->setServices(f.env->services.get());
    f.pane->show();
    QVERIFY(QTest::qWaitForWindowExposed(f.pane.get()));
    f.pane->library()->waitForRefresh();
    QVERIFY2(errors.isEmpty(), errors.isEmpty() ? "" : qPrintable(errors.first().first().value<ApiError>().message));
    QCOMPARE(view()->model()->rowCount(), 2);
    QCOMPARE(f.pane->currentConversation().id, first);
    QCOMPARE(f.pane->loadedCount(), 1); // only the open one is in memory
    click(later);
    QTRY_COMPARE(errors.size(), 1);
    QCOMPARE(errors.first().first().value<ApiError>().code, QStringLiteral("damaged_conversation"));
    QCOMPARE(view()->model()->rowCount(), 1);
    QCOMPARE(f.pane->currentConversation().id, first);
}

void TestConversationSidebar::ctrlFFocusesTheSearchInKorean()
{
    save(QStringLiteral("서울 여행"), {QStringLiteral("서울")});
    LanguageManager languages;
    languages.setLanguage(QStringLiteral("ko"));
    MainWindow window(&languages, f.env->services.get());
    window.show();
    window.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&window));
    auto *edit = window.findChild<QLineEdit *>(QStringLiteral("conversationSearchEdit"));
    QCOMPARE(edit->placeholderText(), QStringLiteral("대화 검색"));
    QVERIFY(!edit->hasFocus());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(edit->hasFocus());
    // An import of the wrong shape says so in Korean.
    QTemporaryDir out;
    const QString path = out.filePath(QStringLiteral("other.json"));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("[1, 2, 3]");
    file.close();
    ConversationList::setFileDialogForTesting([&](QWidget *, bool, const QString &) { return path; });
    window.findChild<QAction *>(QStringLiteral("importConversationsAction"))->trigger();
    const QString status = window.findChild<QLabel *>(QStringLiteral("chatStatusLabel"))->text();
    QVERIFY2(status.startsWith(QStringLiteral("가져온 대화가 없습니다")), qPrintable(status));
    languages.setLanguage(QStringLiteral("en"));
}

void TestConversationSidebar::suggestTitleAsksTheChatModel()
{
    const QString id = save(QString(), {QStringLiteral("오늘 할 일을 정리하고 싶어요")});
    QVERIFY(f.open());
    click(id);
    f.pane->findChild<QAction *>(QStringLiteral("suggestTitleAction"))->trigger();
    QTRY_VERIFY(!onDisk(id)->title.isEmpty());
    QVERIFY(onDisk(id)->title.size() <= TitleSuggestion::MaxLength);
    const QJsonObject body =
        QJsonDocument::fromJson(f.env->server.requests(QStringLiteral("/v1/chat/completions")).last().body).object();
    QCOMPARE(body.value(QStringLiteral("model")).toString(), chatModel);
    QVERIFY(!body.value(QStringLiteral("stream")).toBool());
    QCOMPARE(f.pane->currentConversation().title, onDisk(id)->title);
}

void TestConversationSidebar::suggestTitleFailureIsExplained()
{
    const QString id = save(QString(), {QStringLiteral("hello")});
    QVERIFY(f.open());
    f.env->server.enqueue(QStringLiteral("/v1/chat/completions"),
                          FakeResponse::runYourError(401, QStringLiteral("Invalid API key")));
    click(id);
    f.pane->findChild<QAction *>(QStringLiteral("suggestTitleAction"))->trigger();
    auto *status = f.pane->findChild<QLabel *>(QStringLiteral("chatStatusLabel"));
    QTRY_VERIFY(status->text().startsWith(QStringLiteral("No title suggested")));
    QVERIFY(onDisk(id)->title.isEmpty());
}

QTEST_MAIN(TestConversationSidebar)
#include "tst_conversation_sidebar.moc"
