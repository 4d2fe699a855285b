// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMenu;
class QWidget;

namespace sajudesk {

class AboutDialog;
class HelpDialog;
class LanguageManager;
class ShortcutsDialog;

/// The Help menu of the main window: User Guide (F1), Keyboard Shortcuts, About SajuDesk, About Qt.
/// Each dialog is non-modal and exists once; a second trigger raises it.
class HelpActions : public QObject
{
    Q_OBJECT
public:
    /// `languages` may be null (tests of the bare window).
    HelpActions(QWidget *window, LanguageManager *languages);

    void addTo(QMenu *menu);
    void retranslateUi();

    void showGuide();
    void showShortcuts();
    void showAbout();

private:
    QWidget *m_window;
    QPointer<LanguageManager> m_languages;
    QAction *m_guideAction = nullptr;
    QAction *m_shortcutsAction = nullptr;
    QAction *m_aboutAction = nullptr;
    QAction *m_aboutQtAction = nullptr;
    QPointer<HelpDialog> m_guide;
    QPointer<ShortcutsDialog> m_shortcuts;
    QPointer<AboutDialog> m_about;
};

} // namespace sajudesk
