// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyboardPath.h"

#include "ModelPicker.h"
#include "errors/ErrorPanel.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QMainWindow>
#include <QMenu>
#include <QRadioButton>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>

namespace sajudesk {

namespace {

// Focusable widgets inside `root` in the window's present focus-chain order (the order their
// owners gave them), leaving out those already `taken`.
QList<QWidget *> focusablesIn(QWidget *window, const QWidget *root, QList<QWidget *> &taken)
{
    QList<QWidget *> out;
    if (!root)
        return out;
    // A container that takes focus itself (a scroll area) comes before what it holds.
    const auto takes = [&taken](QWidget *w) {
        return (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy() && !taken.contains(w);
    };
    if (takes(const_cast<QWidget *>(root))) {
        out << const_cast<QWidget *>(root);
        taken << const_cast<QWidget *>(root);
    }
    QWidget *w = window;
    do {
        w = w->nextInFocusChain();
        if (w != root && !root->isAncestorOf(w))
            continue;
        if (takes(w)) {
            out << w;
            taken << w;
        }
    } while (w != window);
    return out;
}

} // namespace

KeyboardPath::KeyboardPath(QMainWindow *window, ModelPicker *picker, ErrorPanel *errors)
    : QObject(window)
    , m_window(window)
    , m_picker(picker)
    , m_errors(errors)
    , m_focusModelPicker(new QAction(window))
    , m_copyForSupport(new QAction(window))
{
    m_focusModelPicker->setObjectName(QStringLiteral("focusModelPickerAction"));
    m_focusModelPicker->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(m_focusModelPicker, &QAction::triggered, this, [this] {
        if (m_picker)
            m_picker->focusModelChoice(ApiError::Service::RunYour);
    });
    // Ctrl+Shift+C is the transcript's "Copy as Markdown".
    m_copyForSupport->setObjectName(QStringLiteral("copyForSupportAction"));
    m_copyForSupport->setShortcut(QKeySequence(Qt::CTRL | Qt::ALT | Qt::Key_C));
    connect(m_copyForSupport, &QAction::triggered, this, &KeyboardPath::copyNewestReport);
    window->addAction(m_focusModelPicker);
    window->addAction(m_copyForSupport);
    window->installEventFilter(this);
    retranslate();
}

void KeyboardPath::addToMenus(QMenu *viewMenu, QMenu *helpMenu)
{
    viewMenu->addAction(m_focusModelPicker);
    helpMenu->addAction(m_copyForSupport);
}

QList<QWidget *> KeyboardPath::tabOrder() const
{
    auto *tabs = m_window->findChild<QTabWidget *>(QStringLiteral("areaTabs"));
    QWidget *chat = m_window->findChild<QWidget *>(QStringLiteral("chatPane"));
    QWidget *saju = m_window->findChild<QWidget *>(QStringLiteral("sajuPane"));
    QList<QWidget *> taken;
    QList<QWidget *> order = focusablesIn(m_window, m_picker, taken);
    if (tabs)
        order += focusablesIn(m_window, tabs->tabBar(), taken);
    if (chat) {
        // Chat: sidebar, then what sits above the messages (notices, settings), the transcript with
        // its message buttons, and last the input row — reading order, top left to bottom right.
        QWidget *sidebar = chat->findChild<QWidget *>(QStringLiteral("conversationListPanel"));
        QWidget *transcript = chat->findChild<QWidget *>(QStringLiteral("chatTranscript"));
        QList<QWidget *> bottom;
        for (const char *name : {"undoDeleteButton", "continueAnswerButton", "retryAnswerButton", "cancelEditButton",
                                 "chatInput", "sendButton", "stopButton"}) {
            if (QWidget *w = chat->findChild<QWidget *>(QLatin1String(name)))
                bottom << w;
        }
        order += focusablesIn(m_window, sidebar, taken);
        QList<QWidget *> reserved = taken + bottom;
        const QList<QWidget *> transcriptPart = focusablesIn(m_window, transcript, reserved);
        order += focusablesIn(m_window, chat, reserved);
        order += transcriptPart;
        order += bottom;
        taken = reserved;
    }
    if (saju) {
        // Saju: the form column (profiles, birth data, fortune request), then the result tabs.
        order += focusablesIn(m_window, saju->findChild<QWidget *>(QStringLiteral("sajuFormScrollArea")), taken);
        if (auto *results = saju->findChild<QTabWidget *>(QStringLiteral("sajuTabs")))
            order += focusablesIn(m_window, results->tabBar(), taken);
        order += focusablesIn(m_window, saju, taken);
    }
    order += focusablesIn(m_window, m_errors, taken);
    return order;
}

bool KeyboardPath::moveFocus(bool next)
{
    // Qt's own focus chain cannot express this order: a pane that hands its focus to a child (the
    // chat pane to its input) is a Tab stop of its own wherever it sits, so wrapping around from the
    // last control jumped back into the input. The window walks this list instead.
    QWidget *current = QApplication::focusWidget();
    const QList<QWidget *> order = tabOrder();
    qsizetype at = -1;
    for (QWidget *w = current; w && at < 0; w = w->parentWidget())
        at = order.indexOf(w);
    if (at < 0)
        return false;
    const auto canStop = [this](QWidget *w) {
        if (!w->isVisibleTo(m_window) || !w->isEnabled())
            return false;
        // One stop per group of radio buttons: the checked one.
        if (const auto *radio = qobject_cast<QRadioButton *>(w);
            radio && radio->autoExclusive() && !radio->isChecked()) {
            for (const QRadioButton *other :
                 w->parentWidget()->findChildren<QRadioButton *>(Qt::FindDirectChildrenOnly)) {
                if (other->isChecked() && other->autoExclusive())
                    return false;
            }
        }
        return true;
    };
    const qsizetype n = order.size();
    for (qsizetype step = 1; step <= n; ++step) {
        QWidget *candidate = order.at(((at + (next ? step : -step)) % n + n) % n);
        if (candidate != current && canStop(candidate)) {
            candidate->setFocus(next ? Qt::TabFocusReason : Qt::BacktabFocusReason);
            return true;
        }
    }
    return false;
}

bool KeyboardPath::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_window && event->type() == QEvent::LanguageChange)
        retranslate();
    return QObject::eventFilter(watched, event);
}

void KeyboardPath::retranslate()
{
    m_focusModelPicker->setText(tr("Choose the Chat &Model"));
    m_copyForSupport->setText(tr("Copy the Latest Problem for &Support"));
}

void KeyboardPath::copyNewestReport()
{
    if (!m_errors || m_errors->entryCount() == 0) {
        m_window->statusBar()->showMessage(tr("There is no problem to copy."), 5000);
        return;
    }
    m_errors->selectNewest();
    m_errors->copyForSupport();
    m_window->statusBar()->showMessage(tr("The report of the latest problem is on the clipboard."), 5000);
}

} // namespace sajudesk
