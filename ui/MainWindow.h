// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QMainWindow>
#include <QPointer>

class QAction;
class QActionGroup;
class QDockWidget;
class QFrame;
class QLabel;
class QMenu;
class QTabWidget;
class QToolBar;

namespace sajudesk {

class AppServices;
class ChatPane;
class ErrorPanel;
class HelpActions;
class KeyboardPath;
class LanguageManager;
class ModelPicker;
class SajuPane;
class SettingsDialog;

/// The one window: chat and fortune areas as tabs, the model picker in the toolbar, the error
/// panel as a dock that stays hidden while it is empty, and a status bar.
/// Geometry, dock layout and the last open area are restored from QSettings.
/// With AppServices the panes talk to the services; without (tests of the bare shell) they
/// explain that nothing is connected. Demo mode shows in the title and the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(LanguageManager *languages, AppServices *services = nullptr, QWidget *parent = nullptr);
    ~MainWindow() override;

    ChatPane *chatPane() const { return m_chatPane; }
    /// The saju & fortune pane, made on first use (its tab shown, a field to focus, a test).
    SajuPane *sajuPane();
    ErrorPanel *errorPanel() const { return m_errorPanel; }
    ModelPicker *modelPicker() const { return m_modelPicker; }
    AppServices *services() const { return m_services; }

    /// Tests: skip the "unsaved conversation" question on close and answer it with `quit`.
    static void setQuitConfirmationForTesting(bool enabled, bool quit = true);

public slots:
    /// Settings › API Keys (non-modal; one instance).
    void openKeySettings();
    /// Starts demo mode (loopback server, demo keys).
    void startDemoMode();

protected:
    void changeEvent(QEvent *event) override;
    void closeEvent(QCloseEvent *event) override;
    bool focusNextPrevChild(bool next) override;

private:
    static constexpr int chatTab = 0; ///< index of the chat tab in m_areaTabs
    static constexpr int fortuneTab = 1;
    void createActions();
    void createMenus();
    void createAreas();
    void attachSajuPane();
    void retranslateUi();
    void restoreState();
    void saveState() const;
    void syncLanguageActions();
    void connectServices();
    void updateStatus();
    void updateTitle();
    void updateDemoBadgeColour();

    LanguageManager *m_languages;
    AppServices *m_services;
    QPointer<SettingsDialog> m_settingsDialog;
    QLabel *m_demoLabel = nullptr;
    QAction *m_tryDemoAction = nullptr;
    QAction *m_refreshModelsAction = nullptr;
    QTabWidget *m_areaTabs = nullptr;
    ChatPane *m_chatPane = nullptr;
    SajuPane *m_sajuPane = nullptr;
    QWidget *m_fortunePage = nullptr; // the fortune tab; holds m_sajuPane once attached
    ModelPicker *m_modelPicker = nullptr;
    ErrorPanel *m_errorPanel = nullptr;
    QDockWidget *m_errorDock = nullptr;
    QToolBar *m_toolBar = nullptr;
    QLabel *m_keyStatusLabel = nullptr;
    QLabel *m_rateLimitLabel = nullptr;
    QFrame *m_statusSeparator = nullptr; ///< between the two labels above, while both show

    QMenu *m_fileMenu = nullptr;
    QMenu *m_settingsMenu = nullptr;
    QMenu *m_languageMenu = nullptr;
    QMenu *m_viewMenu = nullptr;
    QMenu *m_helpMenu = nullptr;
    QAction *m_newChatAction = nullptr;
    QAction *m_searchConversationsAction = nullptr;
    QAction *m_quitAction = nullptr;
    QAction *m_keysAction = nullptr;
    QAction *m_showChatAction = nullptr;
    QAction *m_showFortuneAction = nullptr;
    HelpActions *m_helpActions = nullptr;   // the Help menu: guide, shortcuts, about
    KeyboardPath *m_keyboardPath = nullptr; // Tab order, Ctrl+L, Ctrl+Alt+C
    QActionGroup *m_languageGroup = nullptr;
    QAction *m_languageSystemAction = nullptr;
    QAction *m_languageKoAction = nullptr;
    QAction *m_languageEnAction = nullptr;
};

} // namespace sajudesk
