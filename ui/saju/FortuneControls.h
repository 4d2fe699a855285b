// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QGroupBox;
class QLabel;
class QPushButton;

namespace sajudesk {

namespace saju {
class SajuSession;
}
class FortuneSession;

/// What to ask the Saju API for: the fortune's date and "fortune only", with Get Fortune /
/// Cancel and "Discuss in chat". Get Fortune is enabled only when the form is valid and has a
/// name; the line under it says what is missing.
class FortuneControls : public QWidget
{
    Q_OBJECT
public:
    FortuneControls(saju::SajuSession *saju, FortuneSession *fortune, QWidget *parent = nullptr);

    QPushButton *getButton() const { return m_get; }
    QDateEdit *dateEdit() const { return m_date; }
    QCheckBox *fortuneOnlyBox() const { return m_fortuneOnly; }
    /// Why Get Fortune is disabled, empty when it is enabled.
    QString missingText() const;

signals:
    void getRequested();
    void discussRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateButtons();
    void retranslateUi();

    saju::SajuSession *m_saju;
    FortuneSession *m_fortune;
    QGroupBox *m_group;
    QLabel *m_dateLabel;
    QLabel *m_optionsLabel;
    QDateEdit *m_date;
    QCheckBox *m_fortuneOnly;
    QPushButton *m_get;
    QPushButton *m_cancel;
    QPushButton *m_discuss;
    QLabel *m_missing;
};

} // namespace sajudesk
