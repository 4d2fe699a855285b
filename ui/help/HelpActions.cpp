// SPDX-License-Identifier: GPL-3.0-or-later
#include "help/HelpActions.h"

#include "core/LanguageManager.h"
#include "help/AboutDialog.h"
#include "help/HelpDialog.h"
#include "help/ShortcutsDialog.h"

#include <QAction>
#include <QApplication>
#include <QMenu>

namespace sajudesk {

namespace {
void present(QWidget *dialog)
{
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}
} // namespace

HelpActions::HelpActions(QWidget *window, LanguageManager *languages)
    : QObject(window)
    , m_window(window)
    , m_languages(languages)
{
    setObjectName(QStringLiteral("helpActions"));
    m_guideAction = new QAction(window);
    m_guideAction->setObjectName(QStringLiteral("userGuideAction"));
    m_guideAction->setShortcuts(QKeySequence::HelpContents);
    connect(m_guideAction, &QAction::triggered, this, &HelpActions::showGuide);

    m_shortcutsAction = new QAction(window);
    m_shortcutsAction->setObjectName(QStringLiteral("keyboardShortcutsAction"));
    m_shortcutsAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Slash));
    connect(m_shortcutsAction, &QAction::triggered, this, &HelpActions::showShortcuts);

    m_aboutAction = new QAction(window);
    m_aboutAction->setObjectName(QStringLiteral("aboutAction"));
    m_aboutAction->setMenuRole(QAction::AboutRole);
    connect(m_aboutAction, &QAction::triggered, this, &HelpActions::showAbout);

    m_aboutQtAction = new QAction(window);
    m_aboutQtAction->setObjectName(QStringLiteral("aboutQtAction"));
    m_aboutQtAction->setMenuRole(QAction::AboutQtRole);
    connect(m_aboutQtAction, &QAction::triggered, qApp, &QApplication::aboutQt);
}

void HelpActions::addTo(QMenu *menu)
{
    menu->addAction(m_guideAction);
    menu->addAction(m_shortcutsAction);
    menu->addSeparator();
    menu->addAction(m_aboutAction);
    menu->addAction(m_aboutQtAction);
}

void HelpActions::retranslateUi()
{
    m_guideAction->setText(tr("&User Guide"));
    m_shortcutsAction->setText(tr("&Keyboard Shortcuts"));
    m_aboutAction->setText(tr("&About SajuDesk"));
    m_aboutQtAction->setText(tr("About &Qt"));
}

void HelpActions::showGuide()
{
    if (!m_guide) {
        m_guide = new HelpDialog(m_languages, m_window);
        m_guide->setAttribute(Qt::WA_DeleteOnClose);
    }
    present(m_guide);
}

void HelpActions::showShortcuts()
{
    if (!m_shortcuts) {
        m_shortcuts = new ShortcutsDialog(m_window, m_window);
        m_shortcuts->setAttribute(Qt::WA_DeleteOnClose);
    }
    present(m_shortcuts);
}

void HelpActions::showAbout()
{
    if (!m_about) {
        m_about = new AboutDialog(m_window);
        m_about->setAttribute(Qt::WA_DeleteOnClose);
    }
    present(m_about);
}

} // namespace sajudesk
