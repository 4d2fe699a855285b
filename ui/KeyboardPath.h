// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QObject>
#include <QPointer>

class QAction;
class QMainWindow;
class QMenu;
class QWidget;

namespace sajudesk {

class ErrorPanel;
class ModelPicker;

/// The main window's keyboard path: one Tab order through toolbar, tab bar and the current page
/// (chat: conversation list, transcript, input; saju: profiles, form, fortune, chart), and the
/// window keys that have no widget of their own: focus the model picker (Ctrl+L) and copy the newest
/// problem for support (Ctrl+Alt+C).
class KeyboardPath : public QObject
{
    Q_OBJECT
public:
    KeyboardPath(QMainWindow *window, ModelPicker *picker, ErrorPanel *errors);

    /// Adds the actions to `viewMenu` (model picker) and `helpMenu` (support report).
    void addToMenus(QMenu *viewMenu, QMenu *helpMenu);
    /// Tab stops in order: model picker → tab bar → pages → Problems panel. Each part keeps its own
    /// inner order (its owner sets it); only the order of the parts is decided here.
    QList<QWidget *> tabOrder() const;
    /// Moves the focus to the next (or previous) visible stop after the focus widget; false when the
    /// focus is outside the list.
    bool moveFocus(bool next);

    QAction *focusModelPickerAction() const { return m_focusModelPicker; }
    QAction *copyForSupportAction() const { return m_copyForSupport; }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void retranslate();
    void copyNewestReport();

    QMainWindow *m_window;
    QPointer<ModelPicker> m_picker;
    QPointer<ErrorPanel> m_errors;
    QAction *m_focusModelPicker;
    QAction *m_copyForSupport;
};

} // namespace sajudesk
