// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>
#include <QList>
#include <QPair>

class QDialogButtonBox;
class QFormLayout;
class QLabel;
class QPushButton;

namespace sajudesk {

/// Help › About SajuDesk: name and version, build date and commit, the Qt and QtKeychain versions, the
/// system, where data, settings and cache live (selectable), the licence, and Copy, which puts the same
/// facts on the clipboard with fixed English labels for a support request.
class AboutDialog : public QDialog
{
    Q_OBJECT
public:
    explicit AboutDialog(QWidget *parent = nullptr);

    /// What Copy puts on the clipboard: one "Label: value" line each, English labels, the home folder as "~".
    static QString supportText();

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Fact
    {
        QString supportLabel; // fixed English, for support
        QString value;
    };
    static QList<Fact> facts();
    void retranslateUi();
    void copyToClipboard();

    QLabel *m_icon = nullptr;
    QLabel *m_title = nullptr;
    QLabel *m_summary = nullptr;
    QFormLayout *m_form = nullptr;
    QList<QPair<QLabel *, QLabel *>> m_rows;
    QLabel *m_licence = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_copyButton = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sajudesk
