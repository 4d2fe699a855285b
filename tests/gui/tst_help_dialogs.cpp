// SPDX-License-Identifier: GPL-3.0-or-later
// The Help menu in the real main window (offscreen): F1 opens the user guide in the UI language and it
// follows a language switch at the same section; "#id" links and the contents scroll inside the guide,
// web links go to the desktop's URL handler; the shortcut list shows every QAction that has a shortcut
// and the keys widgets handle themselves, which do what the list says; no two actions share a key;
// About shows the versions and folders and copies them for support.
#include "GuiTestSupport.h"
#include "HelpBrowserSupport.h"
#include "MainWindow.h"
#include "core/BuildInfo.h"
#include "core/CoreLibrary.h"
#include "core/LanguageManager.h"
#include "help/AboutDialog.h"
#include "help/HelpDialog.h"
#include "help/ShortcutCatalog.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QDesktopServices>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QPushButton>
#include <QScrollBar>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTreeWidget>

using namespace sajudesk;
using namespace sajudesk::guitest;

#ifndef SAJUDESK_EXPECTED_KEYCHAIN_VERSION
#error "set by tests/gui/CMakeLists.txt from Qt6Keychain_VERSION"
#endif

/// Receives the URLs the guide hands to QDesktopServices (instead of a real browser).
class UrlCatcher : public QObject
{
    Q_OBJECT
public:
    QList<QUrl> urls;
public slots:
    void open(const QUrl &url) { urls << url; }
};

class TestHelpDialogs : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void f1OpensGuideInUiLanguage_data();
    void f1OpensGuideInUiLanguage();
    void guideFollowsLanguageAtSameSection();
    void internalLinksAndContentsScroll();
    void webLinksGoToTheBrowser();
    void findInGuide();
    void shortcutTextIsPlain_data();
    void shortcutTextIsPlain();
    void shortcutListHasEveryAction_data();
    void shortcutListHasEveryAction();
    void noTwoActionsShareAShortcut();
    void registeredChatKeysDoWhatTheListSays();
    void aboutShowsVersionsAndFolders_data();
    void aboutShowsVersionsAndFolders();

private:
    void makeWindow(const QString &language, bool withServices = false);
    HelpDialog *openGuideWithF1();
    template <typename T>
    T *child(const char *name) const
    {
        T *w = m_window->findChild<T *>(QLatin1String(name));
        if (!w)
            qWarning("missing child %s", name);
        return w;
    }
    static QList<QAction *> windowActionsWithShortcuts(const QWidget *window);

    LanguageManager *m_languages = nullptr;
    std::unique_ptr<Environment> m_env;
    std::unique_ptr<MainWindow> m_window;
};

void TestHelpDialogs::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initCore();
    useTestSettings();
    registerApiErrorMetaType();
    m_languages = new LanguageManager(this);
}

void TestHelpDialogs::init()
{
    QSettings().clear();
}

void TestHelpDialogs::cleanup()
{
    m_window.reset();
    m_env.reset();
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestHelpDialogs::makeWindow(const QString &language, bool withServices)
{
    // As `sajudesk --language <code>` does before it builds the window.
    m_languages->setLanguage(language);
    if (withServices) {
        m_env = std::make_unique<Environment>();
        QVERIFY(m_env->start());
    }
    m_window = std::make_unique<MainWindow>(m_languages, m_env ? m_env->services.get() : nullptr);
    m_window->show();
    m_window->activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
}

HelpDialog *TestHelpDialogs::openGuideWithF1()
{
    QTest::keyClick(m_window.get(), Qt::Key_F1);
    HelpDialog *dialog = nullptr;
    if (!QTest::qWaitFor([&] {
            return (dialog = m_window->findChild<HelpDialog *>(QStringLiteral("helpDialog"))) && dialog->isVisible();
        }))
        return nullptr;
    if (!QTest::qWaitFor([dialog] { return QApplication::activeWindow() == dialog; }))
        return nullptr;
    return dialog;
}

QList<QAction *> TestHelpDialogs::windowActionsWithShortcuts(const QWidget *window)
{
    // Every action whose keys reach this window: its own and its menus' (not those of child dialogs).
    QList<QAction *> out;
    QList<QAction *> all = window->findChildren<QAction *>();
    for (const QMenu *menu : window->findChildren<QMenu *>())
        all += menu->actions();
    for (QAction *action : std::as_const(all)) {
        if (action->shortcut().isEmpty() || out.contains(action))
            continue;
        const QObject *owner = action->parent();
        while (owner && (!owner->isWidgetType() || qobject_cast<const QMenu *>(owner)))
            owner = owner->parent();
        if (owner && static_cast<const QWidget *>(owner)->window() == window)
            out << action;
    }
    return out;
}

void TestHelpDialogs::f1OpensGuideInUiLanguage_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("firstSection");
    QTest::newRow("ko") << QStringLiteral("ko") << QStringLiteral("SajuDesk 사용 설명서")
                        << QStringLiteral("SajuDesk로 할 수 있는 일");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("SajuDesk User Guide")
                        << QStringLiteral("What SajuDesk does");
}

void TestHelpDialogs::f1OpensGuideInUiLanguage()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, firstSection);
    makeWindow(language);
    HelpDialog *dialog = openGuideWithF1();
    QVERIFY(dialog);
    QCOMPARE(dialog->guideLanguage(), language);
    QCOMPARE(dialog->windowTitle(), title);
    auto *browser = dialog->findChild<QTextBrowser *>(QStringLiteral("helpBrowser"));
    QVERIFY(browser->toPlainText().startsWith(title));
    auto *contents = dialog->findChild<QTreeWidget *>(QStringLiteral("helpContents"));
    QCOMPARE(contents->topLevelItem(0)->text(0), firstSection);
    // It opens at the top, not where the document's cursor was left.
    QCOMPARE(browser->verticalScrollBar()->value(), 0);
    // Non-modal, one instance: the window still takes input, F1 again raises the same dialog.
    QVERIFY(!dialog->isModal());
    QCOMPARE(openGuideWithF1(), dialog);
    QCOMPARE(m_window->findChildren<HelpDialog *>().size(), 1);
}

void TestHelpDialogs::guideFollowsLanguageAtSameSection()
{
    makeWindow(QStringLiteral("en"));
    HelpDialog *dialog = openGuideWithF1();
    QVERIFY(dialog);
    auto *browser = dialog->findChild<QTextBrowser *>(QStringLiteral("helpBrowser"));
    QVERIFY(dialog->showSection(QStringLiteral("luck")));
    QTRY_COMPARE(dialog->currentSection(), QStringLiteral("luck"));
    m_languages->setLanguage(QStringLiteral("ko"));
    QTRY_COMPARE(dialog->guideLanguage(), QStringLiteral("ko"));
    QVERIFY(browser->toPlainText().startsWith(QStringLiteral("SajuDesk 사용 설명서")));
    QTRY_COMPARE(dialog->windowTitle(), QStringLiteral("SajuDesk 사용 설명서"));
    QCOMPARE(dialog->currentSection(), QStringLiteral("luck"));
    QVERIFY(headingVisible(browser, QStringLiteral("luck")));
    // And back, through the menu action a user would take.
    child<QAction>("languageEnAction")->trigger();
    QTRY_COMPARE(dialog->guideLanguage(), QStringLiteral("en"));
    QCOMPARE(dialog->currentSection(), QStringLiteral("luck"));
}

void TestHelpDialogs::internalLinksAndContentsScroll()
{
    makeWindow(QStringLiteral("en"));
    HelpDialog *dialog = openGuideWithF1();
    QVERIFY(dialog);
    auto *browser = dialog->findChild<QTextBrowser *>(QStringLiteral("helpBrowser"));
    QVERIFY(!headingVisible(browser, QStringLiteral("problems")));
    // The overview links to "When something goes wrong": a click scrolls there.
    const QPoint link = linkPosition(browser, QStringLiteral("#problems"));
    QVERIFY(!link.isNull());
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, link);
    QTRY_VERIFY(headingVisible(browser, QStringLiteral("problems")));
    auto *contents = dialog->findChild<QTreeWidget *>(QStringLiteral("helpContents"));
    QCOMPARE(contents->currentItem()->data(0, Qt::UserRole).toString(), QStringLiteral("problems"));

    // A contents entry scrolls to its section.
    QTreeWidgetItem *target = nullptr;
    for (QTreeWidgetItemIterator it(contents); *it; ++it) {
        if ((*it)->data(0, Qt::UserRole).toString() == QLatin1String("demo-mode"))
            target = *it;
    }
    QVERIFY(target);
    QTest::mouseClick(contents->viewport(), Qt::LeftButton, {}, contents->visualItemRect(target).center());
    QTRY_VERIFY(headingVisible(browser, QStringLiteral("demo-mode")));
    QCOMPARE(dialog->currentSection(), QStringLiteral("demo-mode"));
    QVERIFY(!dialog->showSection(QStringLiteral("no-such-section")));
}

void TestHelpDialogs::webLinksGoToTheBrowser()
{
    UrlCatcher catcher;
    QDesktopServices::setUrlHandler(QStringLiteral("https"), &catcher, "open");
    makeWindow(QStringLiteral("ko"));
    HelpDialog *dialog = openGuideWithF1();
    QVERIFY(dialog);
    QSignalSpy activated(dialog, &HelpDialog::externalLinkActivated);
    auto *browser = dialog->findChild<QTextBrowser *>(QStringLiteral("helpBrowser"));
    const QString issues = QStringLiteral("https://github.com/sajudesk/sajudesk/issues");
    const QPoint link = linkPosition(browser, issues);
    QVERIFY(!link.isNull());
    QTest::mouseClick(browser->viewport(), Qt::LeftButton, {}, link);
    QTRY_COMPARE(catcher.urls.size(), 1);
    QCOMPARE(catcher.urls.first(), QUrl(issues));
    QCOMPARE(activated.size(), 1);
    // The guide itself did not navigate away.
    QVERIFY(browser->toPlainText().startsWith(QStringLiteral("SajuDesk 사용 설명서")));
    QDesktopServices::unsetUrlHandler(QStringLiteral("https"));
}

void TestHelpDialogs::findInGuide()
{
    makeWindow(QStringLiteral("ko"));
    HelpDialog *dialog = openGuideWithF1();
    QVERIFY(dialog);
    auto *browser = dialog->findChild<QTextBrowser *>(QStringLiteral("helpBrowser"));
    auto *find = dialog->findChild<QLineEdit *>(QStringLiteral("helpFindEdit"));
    QTest::keyClick(browser, Qt::Key_F, Qt::ControlModifier);
    QTRY_VERIFY(find->hasFocus());
    commitText(find, QStringLiteral("지방평균시"));
    QTest::keyClick(find, Qt::Key_Return);
    QCOMPARE(browser->textCursor().selectedText(), QStringLiteral("지방평균시"));
    const int first = browser->textCursor().position();
    QTest::keyClick(find, Qt::Key_Return);
    QVERIFY(browser->textCursor().position() > first);
    find->clear();
    commitText(find, QStringLiteral("없는낱말"));
    QTest::keyClick(find, Qt::Key_Return);
    QVERIFY(
        dialog->findChild<QLabel *>(QStringLiteral("helpStatusLabel"))->text().contains(QStringLiteral("없는낱말")));
}

void TestHelpDialogs::shortcutTextIsPlain_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<QString>("plain");
    QTest::newRow("English mnemonic and ellipsis") << QStringLiteral("API &Keys…") << QStringLiteral("API Keys");
    QTest::newRow("Korean mnemonic in brackets") << QStringLiteral("API 키(&K)…") << QStringLiteral("API 키");
    QTest::newRow("escaped ampersand") << QStringLiteral("Saju && Fortune") << QStringLiteral("Saju & Fortune");
    QTest::newRow("Korean with both") << QStringLiteral("사주 && 운세(&S)") << QStringLiteral("사주 & 운세");
    QTest::newRow("three dots") << QStringLiteral("&Export...") << QStringLiteral("Export");
    QTest::newRow("nothing to strip") << QStringLiteral("Keyboard Shortcuts") << QStringLiteral("Keyboard Shortcuts");
}

void TestHelpDialogs::shortcutTextIsPlain()
{
    QFETCH(QString, text);
    QFETCH(QString, plain);
    QCOMPARE(shortcuts::plainText(text), plain);
}

void TestHelpDialogs::shortcutListHasEveryAction_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("fileMenu");
    QTest::addColumn<QString>("chatInputArea");
    QTest::newRow("ko") << QStringLiteral("ko") << QStringLiteral("파일") << QStringLiteral("채팅 입력란");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("File") << QStringLiteral("Chat input");
}

void TestHelpDialogs::shortcutListHasEveryAction()
{
    QFETCH(QString, language);
    QFETCH(QString, fileMenu);
    QFETCH(QString, chatInputArea);
    makeWindow(language);
    QTest::keyClick(m_window.get(), Qt::Key_Slash, Qt::ControlModifier);
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("shortcutsDialog"))) && dialog->isVisible());
    auto *tree = dialog->findChild<QTreeWidget *>(QStringLiteral("shortcutsTree"));
    QTRY_VERIFY(tree->topLevelItemCount() > 0);
    QHash<QString, QString> rows; // "area / text" -> keys
    QStringList areas;
    for (int i = 0; i < tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *group = tree->topLevelItem(i);
        areas << group->text(0);
        for (int j = 0; j < group->childCount(); ++j)
            rows.insert(group->child(j)->text(0), group->child(j)->text(1));
    }
    QVERIFY2(areas.contains(fileMenu), qPrintable(areas.join(QLatin1Char(','))));
    QVERIFY2(areas.contains(chatInputArea), qPrintable(areas.join(QLatin1Char(','))));
    const QList<QAction *> actions = windowActionsWithShortcuts(m_window.get());
    QStringList names;
    for (const QAction *action : actions)
        names << action->objectName();
    // Quit's key comes from the platform theme (none under offscreen), so the others are named here.
    for (const char *name : {"newChatAction", "keysAction", "refreshModelsAction", "showChatAction",
                             "showFortuneAction", "userGuideAction", "keyboardShortcutsAction"})
        QVERIFY2(names.contains(QLatin1String(name)), qPrintable(names.join(QLatin1Char(','))));
    for (const QAction *action : actions) {
        const QString text = shortcuts::plainText(action->text());
        QVERIFY2(rows.contains(text), qPrintable(QStringLiteral("missing: %1 (%2)").arg(text, action->objectName())));
        QVERIFY2(rows.value(text).contains(shortcuts::keysText(action->shortcut())),
                 qPrintable(QStringLiteral("%1: %2").arg(text, rows.value(text))));
    }
    // Its own entries are there too: F1 and the list itself.
    QVERIFY(rows.value(shortcuts::plainText(child<QAction>("userGuideAction")->text())) == QStringLiteral("F1"));
    // The filter keeps matching rows only.
    auto *filter = dialog->findChild<QLineEdit *>(QStringLiteral("shortcutsFilterEdit"));
    filter->setText(QStringLiteral("F5"));
    int shown = 0;
    for (QTreeWidgetItemIterator it(tree, QTreeWidgetItemIterator::NotHidden | QTreeWidgetItemIterator::NoChildren);
         *it; ++it)
        ++shown;
    QCOMPARE(shown, 1);
}

void TestHelpDialogs::noTwoActionsShareAShortcut()
{
    makeWindow(QStringLiteral("en"));
    QHash<QKeySequence, QString> owner;
    for (const QAction *action : windowActionsWithShortcuts(m_window.get())) {
        for (const QKeySequence &keys : action->shortcuts()) {
            QVERIFY2(!owner.contains(keys),
                     qPrintable(QStringLiteral("%1 is used by %2 and %3")
                                    .arg(keys.toString(), owner.value(keys), action->objectName())));
            owner.insert(keys, action->objectName());
        }
    }
    // A key a widget handles itself must not be a window shortcut as well: the shortcut would win.
    for (const ShortcutEntry &entry : KeyRegistry::entries()) {
        for (const QKeySequence &keys : entry.keys)
            QVERIFY2(
                !owner.contains(keys),
                qPrintable(QStringLiteral("%1 (%2) is also %3").arg(keys.toString(), entry.text, owner.value(keys))));
    }
}

void TestHelpDialogs::registeredChatKeysDoWhatTheListSays()
{
    // The list cannot drift from the chat input: each registered key is pressed in the real window.
    makeWindow(QStringLiteral("en"), true);
    QTRY_VERIFY(child<QComboBox>("chatModelComboBox")->count() > 0);
    auto *input = child<QWidget>("chatInput");
    const QString path = QStringLiteral("/v1/chat/completions");
    auto press = [input](const QKeySequence &keys) {
        const QKeyCombination combination = keys[0];
        QTest::keyClick(input, combination.key(), combination.keyboardModifiers());
    };
    const QKeySequence newLine = KeyRegistry::keys(KeyRegistry::Key::ChatNewLine).first();
    const QKeySequence send = KeyRegistry::keys(KeyRegistry::Key::ChatSend).first();
    const QKeySequence stop = KeyRegistry::keys(KeyRegistry::Key::ChatStop).first();

    commitText(input, QStringLiteral("echo:첫 줄"));
    press(newLine);
    QTest::qWait(200);
    QCOMPARE(m_env->server.requestCount(path), 0);
    QCOMPARE(input->property("plainText").toString(), QStringLiteral("echo:첫 줄\n"));
    commitText(input, QStringLiteral("둘째 줄"));
    press(send);
    QTRY_COMPARE(m_env->server.requestCount(path), 1);
    QTRY_VERIFY(input->property("plainText").toString().isEmpty());
    QTRY_VERIFY(child<QPushButton>("sendButton")->isVisible());

    // A slow answer (about 20 s): the stop key ends it at once.
    m_env->server.config().eventDelayMs = 200;
    commitText(input, QStringLiteral("echo:") + QStringLiteral("하나 둘 셋 넷 다섯 ").repeated(20));
    press(send);
    QTRY_COMPARE(m_env->server.requestCount(path), 2);
    QTRY_VERIFY(child<QPushButton>("stopButton")->isVisible());
    input->setFocus();
    press(stop);
    QTRY_VERIFY_WITH_TIMEOUT(!child<QPushButton>("stopButton")->isVisible(), 2000);
}

void TestHelpDialogs::aboutShowsVersionsAndFolders_data()
{
    QTest::addColumn<QString>("language");
    QTest::addColumn<QString>("title");
    QTest::addColumn<QString>("versionLabel");
    QTest::newRow("ko") << QStringLiteral("ko") << QStringLiteral("SajuDesk 정보") << QStringLiteral("버전:");
    QTest::newRow("en") << QStringLiteral("en") << QStringLiteral("About SajuDesk") << QStringLiteral("Version:");
}

void TestHelpDialogs::aboutShowsVersionsAndFolders()
{
    QFETCH(QString, language);
    QFETCH(QString, title);
    QFETCH(QString, versionLabel);
    makeWindow(language);
    // Through the Help menu, as a user would.
    QMenu *help = child<QMenu>("helpMenu");
    QAction *about = child<QAction>("aboutAction");
    QVERIFY(help->actions().contains(about));
    about->trigger();
    QDialog *dialog = nullptr;
    QTRY_VERIFY((dialog = m_window->findChild<QDialog *>(QStringLiteral("aboutDialog"))) && dialog->isVisible());
    QCOMPARE(dialog->windowTitle(), title);
    QStringList texts;
    for (const QLabel *label : dialog->findChildren<QLabel *>())
        texts << label->text();
    const QString all = texts.join(QLatin1Char('\n'));
    const QString dataFolder = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    for (const QString &expected :
         {versionLabel, QString::fromLatin1(buildinfo::versionString), buildinfo::buildDate(),
          QString::fromLatin1(qVersion()), QStringLiteral(SAJUDESK_EXPECTED_KEYCHAIN_VERSION), dataFolder,
          QSettings().fileName(), QStandardPaths::writableLocation(QStandardPaths::CacheLocation)})
        QVERIFY2(all.contains(expected), qPrintable(QStringLiteral("missing %1 in:\n%2").arg(expected, all)));
    if (!buildinfo::gitCommit().isEmpty())
        QVERIFY(all.contains(buildinfo::gitCommit()));
    // The folders can be selected and copied.
    for (const QLabel *label : dialog->findChildren<QLabel *>()) {
        if (label->text() == dataFolder)
            QVERIFY(label->textInteractionFlags() & Qt::TextSelectableByMouse);
    }

    QApplication::clipboard()->clear();
    QTest::mouseClick(dialog->findChild<QPushButton *>(QStringLiteral("aboutCopyButton")), Qt::LeftButton);
    const QString copied = QApplication::clipboard()->text();
    // Fixed English labels in either language, for support.
    for (const QString &expected :
         {QStringLiteral("SajuDesk %1").arg(QString::fromLatin1(buildinfo::versionString)),
          QStringLiteral("QtKeychain: %1").arg(QStringLiteral(SAJUDESK_EXPECTED_KEYCHAIN_VERSION)),
          QStringLiteral("Qt: %1 (built with %2)").arg(QString::fromLatin1(qVersion()), QStringLiteral(QT_VERSION_STR)),
          QStringLiteral("Build date: %1").arg(buildinfo::buildDate()), QStringLiteral("Data folder: ~/")})
        QVERIFY2(copied.contains(expected), qPrintable(QStringLiteral("missing %1 in:\n%2").arg(expected, copied)));
    QVERIFY2(!copied.contains(QDir::homePath()), "the home folder (the user's name) stays out of the report");
    QVERIFY(!dialog->findChild<QLabel *>(QStringLiteral("aboutStatusLabel"))->text().isEmpty());

    // One instance: About again raises it.
    about->trigger();
    QCOMPARE(m_window->findChildren<QDialog *>(QStringLiteral("aboutDialog")).size(), 1);
}

QTEST_MAIN(TestHelpDialogs)
#include "tst_help_dialogs.moc"
