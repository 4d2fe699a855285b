// SPDX-License-Identifier: GPL-3.0-or-later
// The keyboard path through the real main window: Tab from the first control of each tab visits the
// toolbar's model pickers, the tab bar and the page's parts in reading order, and comes back around;
// the window keys to focus the model picker and to copy the latest problem for support work and are
// listed under Help › Keyboard Shortcuts.
#include "GuiTestSupport.h"
#include "MainWindow.h"
#include "core/CoreLibrary.h"
#include "core/LanguageManager.h"
#include "errors/ErrorPanel.h"
#include "help/ShortcutCatalog.h"
#include "net/ApiError.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QListWidget>
#include <QStandardPaths>
#include <QTabBar>
#include <QTabWidget>
#include <QTest>

using namespace sajudesk;
using namespace sajudesk::guitest;

class TestKeyboardPath : public QObject
{
    Q_OBJECT
private slots:
    void initTestCase();
    void init();
    void cleanup();
    void tabVisitsEveryPart_data();
    void tabVisitsEveryPart();
    void ctrlLFocusesTheModelPicker();
    void copyForSupportCopiesTheLatestProblem();
    void newKeysAreListed();

private:
    void makeWindow();
    QStringList tabChain(QWidget *start);

    LanguageManager *m_languages = nullptr;
    std::unique_ptr<Environment> m_env;
    std::unique_ptr<MainWindow> m_window;
};

namespace {

QString nameOf(const QWidget *w)
{
    if (!w)
        return QStringLiteral("(none)");
    if (qobject_cast<const QTabBar *>(w))
        return QStringLiteral("tabBar:") + w->parentWidget()->objectName();
    return w->objectName().isEmpty() ? QString::fromLatin1(w->metaObject()->className()) : w->objectName();
}

} // namespace

void TestKeyboardPath::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    initCore();
    useTestSettings();
    registerApiErrorMetaType();
    m_languages = new LanguageManager(this);
    m_languages->setLanguage(QStringLiteral("en"));
}

void TestKeyboardPath::init()
{
    QSettings().clear();
    MainWindow::setQuitConfirmationForTesting(true, true);
}

void TestKeyboardPath::cleanup()
{
    m_window.reset();
    m_env.reset();
}

void TestKeyboardPath::makeWindow()
{
    m_env = std::make_unique<Environment>();
    QVERIFY(m_env->start());
    m_window = std::make_unique<MainWindow>(m_languages, m_env->services.get());
    m_window->resize(1200, 800);
    m_window->show();
    QApplication::setActiveWindow(m_window.get());
    QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
    auto *chatModels = m_window->findChild<QComboBox *>(QStringLiteral("chatModelComboBox"));
    QVERIFY(chatModels);
    QTRY_VERIFY(chatModels->count() > 0);
}

// Focus owners after each Tab from `start`, until focus is back on `start` (included) or 200 steps.
QStringList TestKeyboardPath::tabChain(QWidget *start)
{
    start->setFocus(Qt::TabFocusReason);
    QStringList chain{nameOf(QApplication::focusWidget())};
    for (int i = 0; i < 200; ++i) {
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QWidget *now = QApplication::focusWidget();
        chain << nameOf(now);
        if (now == start)
            break;
    }
    return chain;
}

void TestKeyboardPath::tabVisitsEveryPart_data()
{
    QTest::addColumn<int>("tab");
    QTest::addColumn<QStringList>("expected"); // in this order, others may come between
    const QStringList toolbar{QStringLiteral("chatModelComboBox"), QStringLiteral("fortuneModelComboBox"),
                              QStringLiteral("tabBar:areaTabs")};
    QTest::newRow("chat") << 0 << toolbar + QStringList{QStringLiteral("conversationList"),
                                                        QStringLiteral("newConversationButton"),
                                                        QStringLiteral("chatTranscript"),
                                                        QStringLiteral("chatInput"),
                                                        QStringLiteral("sendButton"),
                                                        QStringLiteral("chatModelComboBox")};
    QTest::newRow("saju") << 1
                          << toolbar
                                 + QStringList{QStringLiteral("profileComboBox"), QStringLiteral("nameLineEdit"),
                                               QStringLiteral("birthDateEdit"),   QStringLiteral("birthTimeEdit"),
                                               QStringLiteral("cityComboBox"),    QStringLiteral("ziRuleComboBox"),
                                               QStringLiteral("fortuneDateEdit"), QStringLiteral("fortuneOnlyCheckBox"),
                                               QStringLiteral("tabBar:sajuTabs"), QStringLiteral("chatModelComboBox")};
}

void TestKeyboardPath::tabVisitsEveryPart()
{
    QFETCH(int, tab);
    QFETCH(QStringList, expected);
    makeWindow();
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("areaTabs"));
    tabs->setCurrentIndex(tab);
    if (tab == 0) // Send is enabled once there is something to send.
        commitText(m_window->findChild<QWidget *>(QStringLiteral("chatInput")), QStringLiteral("일간이 뭔가요?"));
    QCoreApplication::processEvents();
    const QStringList chain = tabChain(m_window->findChild<QWidget *>(QStringLiteral("chatModelComboBox")));
    const QString shown = chain.join(QStringLiteral(" → "));
    // Once around, back to the start, and no inner loop on the way.
    QVERIFY2(chain.last() == QStringLiteral("chatModelComboBox"), qPrintable(shown));
    QVERIFY2(chain.count(QStringLiteral("chatModelComboBox")) == 2, qPrintable(shown));
    qsizetype at = 0;
    for (const QString &name : expected) {
        const qsizetype found = chain.indexOf(name, at);
        QVERIFY2(found >= 0, qPrintable(QStringLiteral("%1 not reached after %2 in: %3")
                                            .arg(name, at > 0 ? chain.at(at - 1) : QStringLiteral("start"), shown)));
        at = found + 1;
    }
    // Shift+Tab goes the same way back: from the start to the last stop before it.
    QWidget *start = QApplication::focusWidget();
    QTest::keyClick(start, Qt::Key_Backtab, Qt::ShiftModifier);
    QCOMPARE(nameOf(QApplication::focusWidget()), chain.at(chain.size() - 2));
    QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
    QCOMPARE(QApplication::focusWidget(), start);
    // Nothing of the hidden tab is on the way.
    const QStringList other =
        tab == 0 ? QStringList{QStringLiteral("nameLineEdit")} : QStringList{QStringLiteral("chatInput")};
    for (const QString &name : other)
        QVERIFY2(!chain.contains(name), qPrintable(shown));
}

void TestKeyboardPath::ctrlLFocusesTheModelPicker()
{
    makeWindow();
    auto *input = m_window->findChild<QWidget *>(QStringLiteral("chatInput"));
    input->setFocus();
    QTRY_COMPARE(QApplication::focusWidget(), input);
    QTest::keyClick(input, Qt::Key_L, Qt::ControlModifier);
    QTRY_COMPARE(nameOf(QApplication::focusWidget()), QStringLiteral("chatModelComboBox"));
}

void TestKeyboardPath::copyForSupportCopiesTheLatestProblem()
{
    makeWindow();
    QApplication::clipboard()->setText(QStringLiteral("before"));
    auto *input = m_window->findChild<QWidget *>(QStringLiteral("chatInput"));
    input->setFocus();
    // Nothing to copy yet: the clipboard is left alone.
    QTest::keyClick(input, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    QCOMPARE(QApplication::clipboard()->text(), QStringLiteral("before"));

    ErrorPanel *panel = m_window->errorPanel();
    ApiError older;
    older.kind = ApiError::Kind::Network;
    older.service = ApiError::Service::Saju;
    older.code = QStringLiteral("connection_refused");
    older.message = QStringLiteral("connection refused");
    ApiError newest;
    newest.kind = ApiError::Kind::Http;
    newest.service = ApiError::Service::RunYour;
    newest.httpStatus = 401;
    newest.code = QStringLiteral("unauthorized");
    newest.message = QStringLiteral("invalid key");
    panel->addError(older);
    panel->addError(newest);
    // The user looked at the older entry; the key still copies the latest.
    panel->findChild<QListWidget *>(QStringLiteral("errorList"))->setCurrentRow(1);
    input->setFocus();
    QTest::keyClick(input, Qt::Key_C, Qt::ControlModifier | Qt::AltModifier);
    const QString copied = QApplication::clipboard()->text();
    QVERIFY2(copied.contains(QStringLiteral("401")), qPrintable(copied));
    QCOMPARE(copied, panel->supportReportText());
}

void TestKeyboardPath::newKeysAreListed()
{
    makeWindow();
    QStringList names;
    for (const ShortcutEntry &entry : shortcuts::collect(m_window.get()))
        names << entry.actionName;
    for (const char *name : {"newChatAction", "focusModelPickerAction", "copyForSupportAction"})
        QVERIFY2(names.contains(QLatin1String(name)), name);
}

QTEST_MAIN(TestKeyboardPath)
#include "tst_keyboard_path.moc"
