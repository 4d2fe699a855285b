// SPDX-License-Identifier: GPL-3.0-or-later
#include "MainWindow.h"

#include "AppServices.h"
#include "KeyboardPath.h"
#include "ModelPicker.h"
#include "ThemeColors.h"
#include "UiFonts.h"
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
#include <QFrame>
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

namespace {
const QString geometryKey = QStringLiteral("ui/geometry");
const QString windowStateKey = QStringLiteral("ui/windowState");
const QString lastAreaKey = QStringLiteral("ui/lastArea");
bool s_quitOverride = false;
bool s_quitAnswer = true;
} // namespace

MainWindow::MainWindow(LanguageManager *languages, AppServices *services, QWidget *parent)
    : QMainWindow(parent)
    , m_languages(languages)
    , m_services(services)
{
    setObjectName(QStringLiteral("mainWindow"));
    createActions();
    createAreas();
    createMenus();
    retranslateUi();
    restoreState();
    if (m_languages)
        connect(m_languages, &LanguageManager::languageChanged, this, &MainWindow::syncLanguageActions);
    syncLanguageActions();
    connectServices();
    updateStatus();
    updateTitle();
}

MainWindow::~MainWindow() = default;

void MainWindow::connectServices()
{
    connect(m_chatPane, &ChatPane::errorOccurred, m_errorPanel, &ErrorPanel::addError);
    connect(m_modelPicker, &ModelPicker::loadFailed, m_errorPanel, &ErrorPanel::addError);
    // The Problems panel's fix buttons.
    connect(m_errorPanel, &ErrorPanel::openKeysRequested, this, &MainWindow::openKeySettings);
    connect(m_errorPanel, &ErrorPanel::switchModelRequested, m_modelPicker, &ModelPicker::openModelChoice);
    connect(m_errorPanel, &ErrorPanel::fieldRequested, this, [this](const QString &path) {
        m_areaTabs->setCurrentIndex(fortuneTab);
        sajuPane()->focusField(path);
    });
    connect(m_chatPane, &ChatPane::openKeysRequested, this, &MainWindow::openKeySettings);
    connect(m_modelPicker, &ModelPicker::openKeysRequested, this, &MainWindow::openKeySettings);
    connect(m_chatPane, &ChatPane::modelPickerRequested, m_modelPicker, &ModelPicker::showPopupAt);
    connect(m_chatPane, &ChatPane::tryDemoRequested, this, &MainWindow::startDemoMode);
    connect(m_modelPicker, &ModelPicker::chatModelChanged, m_chatPane, &ChatPane::setModel);
    connect(m_chatPane, &ChatPane::conversationModelChanged, m_modelPicker, &ModelPicker::setCurrentChatModel);
    connect(m_modelPicker, &ModelPicker::fortuneModelChanged, this, [this](const QString &model) {
        if (m_sajuPane)
            m_sajuPane->setFortuneModel(model);
    });

    if (!m_services) {
        m_chatPane->setServices(nullptr);
        return;
    }
    AppServices *services = m_services;
    m_errorPanel->setBaseUrlResolver([services](ApiError::Service service) { return services->baseUrl(service); });
    m_modelPicker->setServices(services);
    m_chatPane->setServices(services);
    m_chatPane->setModel(m_modelPicker->currentChatModel());
    connect(services, &AppServices::keyStatusChanged, this, &MainWindow::updateStatus);
    connect(services, &AppServices::configChanged, this, &MainWindow::updateStatus);
    connect(services, &AppServices::rateLimitChanged, this, &MainWindow::updateStatus);
    connect(services, &AppServices::demoModeChanged, this, [this] {
        updateStatus();
        updateTitle();
    });
    connect(services, &AppServices::keyRejected, this, [this](ApiKeyStore::Service service, const QString &) {
        statusBar()->showMessage(
            tr("%1 rejected the key. Enter a new one in Settings › API Keys.").arg(ApiKeyStore::displayName(service)),
            15000);
        updateStatus();
    });
}

void MainWindow::updateTitle()
{
    const bool demo = m_services && m_services->isDemo();
    // Qt appends the application display name ("— SajuDesk") itself.
    setWindowTitle(demo ? tr("Demo mode") : QString());
}

void MainWindow::updateStatus()
{
    if (!m_services) {
        m_keyStatusLabel->setText(tr("Not connected"));
        m_rateLimitLabel->hide();
        m_statusSeparator->hide();
        m_demoLabel->hide();
        m_tryDemoAction->setVisible(false);
        return;
    }
    const bool demo = m_services->isDemo();
    // Bold and with its text only in demo mode: the status bar measures hidden labels too, and
    // the bold font alone would load two font faces (Latin and CJK, ~3 MB resident) before the
    // first frame of every start.
    if (demo)
        m_demoLabel->setFont(fonts::bold(font()));
    m_demoLabel->setVisible(demo);
    m_demoLabel->setText(demo ? tr("Demo mode — sample answers from a built-in server") : QString());
    const bool keysUnknown =
        m_services->keyUnknown(ApiKeyStore::Service::RunYour) && m_services->keyUnknown(ApiKeyStore::Service::Saju);
    m_tryDemoAction->setVisible(!demo && !keysUnknown && !m_services->hasAnyKey());
    QStringList parts;
    if (const QString warning = m_services->keychainWarning(); !warning.isEmpty() && !demo)
        parts << warning;
    // Until the keychain answers (just after the first frame) the key status says nothing
    // rather than "no key" for a key that is merely not read yet.
    for (const auto service : {ApiKeyStore::Service::RunYour, ApiKeyStore::Service::Saju}) {
        if (!m_services->keyUnknown(service))
            parts << m_services->keyStatusText(service);
    }
    m_keyStatusLabel->setText(parts.join(QStringLiteral(" · ")));
    m_keyStatusLabel->setToolTip(demo
                                     ? QString()
                                     : m_services->keys()->statusText(ApiKeyStore::Service::RunYour) + QLatin1Char('\n')
                                           + m_services->keys()->statusText(ApiKeyStore::Service::Saju));
    const RateLimitInfo rate = m_services->rateLimit();
    if (rate.remaining >= 0) {
        m_rateLimitLabel->setText(rate.limit >= 0
                                      ? tr("Saju API: %1 of %2 requests left").arg(rate.remaining).arg(rate.limit)
                                      : tr("Saju API: %1 requests left").arg(rate.remaining));
        m_rateLimitLabel->show();
    } else {
        m_rateLimitLabel->hide();
    }
    m_statusSeparator->setVisible(!m_rateLimitLabel->isHidden() && !m_keyStatusLabel->isHidden());
}

void MainWindow::openKeySettings()
{
    if (!m_services) {
        statusBar()->showMessage(tr("Keys cannot be set: the app started without its services."), 8000);
        return;
    }
    if (!m_settingsDialog) {
        auto *dialog = new SettingsDialog(m_services->keys(), this);
        dialog->setObjectName(QStringLiteral("settingsDialog"));
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        AppServices *services = m_services;
        dialog->setKeyTester([services](ApiKeyStore::Service service, const QString &key, KeyTestDone done) {
            services->testKey(service, key, done);
        });
        m_settingsDialog = dialog;
    }
    m_settingsDialog->show();
    m_settingsDialog->raise();
    m_settingsDialog->activateWindow();
}

void MainWindow::startDemoMode()
{
    if (!m_services)
        return;
    if (!m_services->enableDemo())
        statusBar()->showMessage(tr("Demo mode could not start: no local port is free."), 10000);
}

void MainWindow::createAreas()
{
    m_areaTabs = new QTabWidget(this);
    m_areaTabs->setObjectName(QStringLiteral("areaTabs"));
    m_areaTabs->setDocumentMode(true);
    m_chatPane = new ChatPane(m_areaTabs);
    // The saju pane is made when its tab is first shown (or something asks for it): built at
    // start-up, its form, chart and word-wrapped labels were 30 % of the instructions before the
    // first frame (callgrind: 66 M of 219 M) and kept ~6.8 MB more resident at idle (the bold CJK
    // face among it) for a tab the user may not open.
    m_fortunePage = new QWidget(m_areaTabs);
    m_fortunePage->setObjectName(QStringLiteral("fortunePage"));
    auto *fortuneLayout = new QVBoxLayout(m_fortunePage);
    fortuneLayout->setContentsMargins(0, 0, 0, 0);
    m_areaTabs->insertTab(chatTab, m_chatPane, QString());
    m_areaTabs->insertTab(fortuneTab, m_fortunePage, QString());
    connect(m_areaTabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (index == fortuneTab)
            attachSajuPane();
    });
    setCentralWidget(m_areaTabs);

    m_toolBar = addToolBar(QString());
    m_toolBar->setObjectName(QStringLiteral("mainToolBar"));
    m_toolBar->setMovable(false);
    m_modelPicker = new ModelPicker(m_toolBar);
    m_toolBar->addWidget(m_modelPicker);
    connect(m_refreshModelsAction, &QAction::triggered, m_modelPicker, &ModelPicker::refreshRequested);

    m_errorDock = new QDockWidget(this);
    m_errorDock->setObjectName(QStringLiteral("errorPanelDock"));
    m_errorDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    m_errorPanel = new ErrorPanel(m_errorDock);
    m_errorDock->setWidget(m_errorPanel);
    addDockWidget(Qt::BottomDockWidgetArea, m_errorDock);
    m_errorDock->hide();
    // The panel appears with its first entry and goes away when cleared.
    connect(m_errorPanel, &ErrorPanel::entryCountChanged, this, [this](int count) {
        if (count > 0 && !m_errorDock->isVisible()) {
            m_errorDock->show();
            m_errorDock->raise();
            // A compact strip under the panes, not half the window; the user can drag it taller.
            resizeDocks({m_errorDock}, {std::min(180, height() / 5)}, Qt::Vertical);
        } else if (count == 0) {
            m_errorDock->hide();
        }
    });

    m_keyStatusLabel = new QLabel(this);
    m_keyStatusLabel->setObjectName(QStringLiteral("keyStatusLabel"));
    m_rateLimitLabel = new QLabel(this);
    m_rateLimitLabel->setObjectName(QStringLiteral("rateLimitLabel"));
    m_demoLabel = new QLabel(this);
    m_demoLabel->setObjectName(QStringLiteral("demoModeLabel"));
    m_demoLabel->setContentsMargins(6, 0, 6, 0);
    updateDemoBadgeColour();
    m_demoLabel->hide();
    statusBar()->addWidget(m_demoLabel);
    statusBar()->setObjectName(QStringLiteral("mainStatusBar"));
    // A line between the rate limit and the key status: side by side, their "… · …" texts ran
    // together.
    m_statusSeparator = new QFrame(this);
    m_statusSeparator->setObjectName(QStringLiteral("statusSeparatorLine"));
    m_statusSeparator->setFrameShape(QFrame::VLine);
    m_statusSeparator->setFrameShadow(QFrame::Sunken);
    m_statusSeparator->hide();
    statusBar()->addPermanentWidget(m_rateLimitLabel);
    statusBar()->addPermanentWidget(m_statusSeparator);
    statusBar()->addPermanentWidget(m_keyStatusLabel);
}

SajuPane *MainWindow::sajuPane()
{
    if (m_sajuPane)
        return m_sajuPane;
    m_sajuPane = new SajuPane(this);
    m_sajuPane->hide();
    connect(m_sajuPane, &SajuPane::errorOccurred, m_errorPanel, &ErrorPanel::addError);
    connect(m_sajuPane, &SajuPane::openKeysRequested, this, &MainWindow::openKeySettings);
    connect(m_sajuPane, &SajuPane::tryDemoRequested, this, &MainWindow::startDemoMode);
    connect(m_sajuPane, &SajuPane::discussRequested, this,
            [this](const QString &title, const QString &context, const QString &draft) {
                m_chatPane->startSeededConversation(title, context, draft);
                m_areaTabs->setCurrentIndex(chatTab);
                m_chatPane->setFocus();
            });
    m_sajuPane->setFortuneModel(m_modelPicker->currentFortuneModel());
    m_sajuPane->setServices(m_services);
    return m_sajuPane;
}

void MainWindow::attachSajuPane()
{
    sajuPane();
    if (m_sajuPane->parentWidget() == m_fortunePage)
        return;
    m_fortunePage->layout()->addWidget(m_sajuPane);
    m_sajuPane->show();
}

void MainWindow::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    else if (event->type() == QEvent::PaletteChange)
        updateDemoBadgeColour();
    QMainWindow::changeEvent(event);
}

bool MainWindow::focusNextPrevChild(bool next)
{
    return (m_keyboardPath && m_keyboardPath->moveFocus(next)) || QMainWindow::focusNextPrevChild(next);
}

void MainWindow::updateDemoBadgeColour()
{
    // Amber from the window's palette (not a fixed brown, which is unreadable on a dark theme).
    QPalette pal = m_demoLabel->palette();
    pal.setColor(QPalette::WindowText, theme::noticeText(palette()));
    m_demoLabel->setPalette(pal);
}

void MainWindow::setQuitConfirmationForTesting(bool enabled, bool quit)
{
    s_quitOverride = enabled;
    s_quitAnswer = quit;
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    m_chatPane->prepareToQuit();
    // Something could not be written (full disk, no permission…): it is still in memory, and
    // quitting now would lose it. Ask; staying lets the user free space and retry.
    if (m_chatPane->hasUnsavedChanges()) {
        bool quit = s_quitAnswer;
        if (!s_quitOverride) {
            QMessageBox box(QMessageBox::Warning, tr("Unsaved Conversation"),
                            tr("Some of the conversation could not be saved:\n%1\n\nIf you quit now, the unsaved "
                               "text is lost. SajuDesk keeps trying to save it while it stays open.")
                                .arg(m_chatPane->unsavedChangesError()),
                            QMessageBox::NoButton, this);
            QPushButton *quitButton = box.addButton(tr("&Quit Anyway"), QMessageBox::DestructiveRole);
            QPushButton *stayButton = box.addButton(tr("&Keep Open"), QMessageBox::RejectRole);
            box.setDefaultButton(stayButton);
            box.exec();
            quit = box.clickedButton() == quitButton;
        }
        if (!quit) {
            event->ignore();
            return;
        }
    }
    saveState();
    QMainWindow::closeEvent(event);
}

void MainWindow::restoreState()
{
    QSettings settings;
    windowgeometry::restore(this, settings.value(geometryKey).toByteArray(), QSize(1100, 760), QSize(760, 520));
    QMainWindow::restoreState(settings.value(windowStateKey).toByteArray());
    // The error dock's visibility follows its entries, not the saved layout.
    m_errorDock->hide();
    const int area = settings.value(lastAreaKey, chatTab).toInt();
    m_areaTabs->setCurrentIndex(area == fortuneTab ? fortuneTab : chatTab);
    // Typing starts at once: the open area's main input has the keyboard focus.
    m_areaTabs->currentWidget()->setFocus();
}

void MainWindow::saveState() const
{
    QSettings settings;
    settings.setValue(geometryKey, saveGeometry());
    settings.setValue(windowStateKey, QMainWindow::saveState());
    settings.setValue(lastAreaKey, m_areaTabs->currentIndex());
}

} // namespace sajudesk
