// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's actions and menus: what they are, their keys, and their translated text.
#include "AppServices.h"
#include "KeyboardPath.h"
#include "MainWindow.h"
#include "ModelPicker.h"
#include "ThemeColors.h"
#include "WindowGeometry.h"
#include "chat/ChatPane.h"
#include "core/LanguageManager.h"
#include "core/Logging.h"
#include "errors/ErrorPanel.h"
#include "help/HelpActions.h"
#include "keys/KeyManager.h"
#include "saju/SajuPane.h"
#include "sajuapi/SajuApiConfig.h"
#include "settings/SettingsDialog.h"

#include <QAction>
#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QEvent>
#include <QLabel>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolBar>
#include <QVBoxLayout>

namespace sajudesk {
void MainWindow::createActions()
{
    m_newChatAction = new QAction(this);
    m_newChatAction->setObjectName(QStringLiteral("newChatAction"));
    m_newChatAction->setShortcut(QKeySequence::New);
    connect(m_newChatAction, &QAction::triggered, this, [this] {
        m_areaTabs->setCurrentIndex(chatTab);
        m_chatPane->newConversation();
    });

    m_quitAction = new QAction(this);
    m_quitAction->setObjectName(QStringLiteral("quitAction"));
    m_quitAction->setShortcut(QKeySequence::Quit);
    m_quitAction->setMenuRole(QAction::QuitRole);
    connect(m_quitAction, &QAction::triggered, this, &QWidget::close);

    m_keysAction = new QAction(this);
    m_keysAction->setObjectName(QStringLiteral("keysAction"));
    m_keysAction->setMenuRole(QAction::PreferencesRole);
    m_keysAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Comma));
    connect(m_keysAction, &QAction::triggered, this, &MainWindow::openKeySettings);

    m_tryDemoAction = new QAction(this);
    m_tryDemoAction->setObjectName(QStringLiteral("tryDemoAction"));
    connect(m_tryDemoAction, &QAction::triggered, this, &MainWindow::startDemoMode);

    m_refreshModelsAction = new QAction(this);
    m_refreshModelsAction->setObjectName(QStringLiteral("refreshModelsAction"));
    m_refreshModelsAction->setShortcut(QKeySequence::Refresh);

    m_showChatAction = new QAction(this);
    m_showChatAction->setObjectName(QStringLiteral("showChatAction"));
    m_showChatAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    connect(m_showChatAction, &QAction::triggered, this, [this] { m_areaTabs->setCurrentIndex(chatTab); });

    m_showFortuneAction = new QAction(this);
    m_showFortuneAction->setObjectName(QStringLiteral("showFortuneAction"));
    m_showFortuneAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    connect(m_showFortuneAction, &QAction::triggered, this, [this] { m_areaTabs->setCurrentIndex(fortuneTab); });

    m_helpActions = new HelpActions(this, m_languages);

    // Language names are written in their own language so a user lost in the wrong one finds theirs.
    m_languageGroup = new QActionGroup(this);
    m_languageGroup->setExclusive(true);
    m_languageSystemAction = new QAction(m_languageGroup);
    m_languageSystemAction->setObjectName(QStringLiteral("languageSystemAction"));
    m_languageKoAction = new QAction(QStringLiteral("한국어"), m_languageGroup);
    m_languageKoAction->setObjectName(QStringLiteral("languageKoAction"));
    m_languageEnAction = new QAction(QStringLiteral("English"), m_languageGroup);
    m_languageEnAction->setObjectName(QStringLiteral("languageEnAction"));
    for (QAction *action : m_languageGroup->actions())
        action->setCheckable(true);
    connect(m_languageSystemAction, &QAction::triggered, this, [this] {
        if (m_languages)
            m_languages->setLanguage({});
    });
    connect(m_languageKoAction, &QAction::triggered, this, [this] {
        if (m_languages)
            m_languages->setLanguage(QStringLiteral("ko"));
    });
    connect(m_languageEnAction, &QAction::triggered, this, [this] {
        if (m_languages)
            m_languages->setLanguage(QStringLiteral("en"));
    });
}

void MainWindow::createMenus()
{
    m_fileMenu = menuBar()->addMenu(QString());
    m_fileMenu->setObjectName(QStringLiteral("fileMenu"));
    m_fileMenu->addAction(m_newChatAction);
    m_fileMenu->addSeparator();
    m_fileMenu->addAction(m_quitAction);

    m_viewMenu = menuBar()->addMenu(QString());
    m_viewMenu->setObjectName(QStringLiteral("viewMenu"));
    m_viewMenu->addAction(m_showChatAction);
    m_viewMenu->addAction(m_showFortuneAction);
    m_viewMenu->addSeparator();
    m_viewMenu->addAction(m_errorDock->toggleViewAction());
    m_viewMenu->addAction(m_refreshModelsAction);

    m_settingsMenu = menuBar()->addMenu(QString());
    m_settingsMenu->setObjectName(QStringLiteral("settingsMenu"));
    m_settingsMenu->addAction(m_keysAction);
    m_settingsMenu->addAction(m_tryDemoAction);

    m_languageMenu = menuBar()->addMenu(QString());
    m_languageMenu->setObjectName(QStringLiteral("languageMenu"));
    m_languageMenu->addAction(m_languageSystemAction);
    m_languageMenu->addSeparator();
    m_languageMenu->addAction(m_languageKoAction);
    m_languageMenu->addAction(m_languageEnAction);

    m_helpMenu = menuBar()->addMenu(QString());
    m_helpMenu->setObjectName(QStringLiteral("helpMenu"));
    m_helpActions->addTo(m_helpMenu);

    m_keyboardPath = new KeyboardPath(this, m_modelPicker, m_errorPanel);
    m_keyboardPath->addToMenus(m_viewMenu, m_helpMenu);
}

void MainWindow::retranslateUi()
{
    updateTitle();
    m_areaTabs->setTabText(chatTab, tr("Chat"));
    m_areaTabs->setTabText(fortuneTab, tr("Saju && Fortune"));
    m_toolBar->setWindowTitle(tr("Toolbar"));
    m_errorDock->setWindowTitle(tr("Problems"));

    m_fileMenu->setTitle(tr("&File"));
    m_viewMenu->setTitle(tr("&View"));
    m_settingsMenu->setTitle(tr("&Settings"));
    m_languageMenu->setTitle(tr("&Language"));
    m_helpMenu->setTitle(tr("&Help"));

    m_newChatAction->setText(tr("&New Chat"));
    m_quitAction->setText(tr("&Quit"));
    m_keysAction->setText(tr("API &Keys…"));
    m_showChatAction->setText(tr("&Chat"));
    m_showFortuneAction->setText(tr("&Saju && Fortune"));
    m_helpActions->retranslateUi();
    m_languageSystemAction->setText(tr("System Default"));
    m_tryDemoAction->setText(tr("Try &Demo Mode"));
    m_tryDemoAction->setToolTip(tr("Use a built-in offline server with sample answers; no key needed"));
    m_refreshModelsAction->setText(tr("&Reload Chat Models"));
    if (m_keyStatusLabel)
        updateStatus();
}

void MainWindow::syncLanguageActions()
{
    if (!m_languages)
        return;
    const QString pref = m_languages->preference();
    if (pref.isEmpty())
        m_languageSystemAction->setChecked(true);
    else if (pref == QLatin1String("ko"))
        m_languageKoAction->setChecked(true);
    else
        m_languageEnAction->setChecked(true);
}

} // namespace sajudesk
