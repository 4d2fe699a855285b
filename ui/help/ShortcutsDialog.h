// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QPointer>

class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QTreeWidget;

namespace sajudesk {

/// Help › Keyboard Shortcuts: every shortcut of `source` (its live QActions and the keys widgets handle
/// themselves, see shortcuts::collect), grouped by menu or part of the window, with a filter field.
/// Non-modal; the list is read again whenever it is shown or the language changes.
class ShortcutsDialog : public QDialog
{
    Q_OBJECT
public:
    explicit ShortcutsDialog(QWidget *source, QWidget *parent = nullptr);

    /// Reads the shortcuts of the source window again.
    void refresh();

protected:
    void changeEvent(QEvent *event) override;
    void showEvent(QShowEvent *event) override;

private:
    void retranslateUi();
    void applyFilter(const QString &text);

    QPointer<QWidget> m_source;
    QLabel *m_intro = nullptr;
    QLineEdit *m_filter = nullptr;
    QTreeWidget *m_tree = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sajudesk
