// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "saju/BirthFields.h"

#include <QHash>
#include <QWidget>

class QButtonGroup;
class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QGridLayout;
class QGroupBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTimeEdit;

namespace sajudesk {

namespace saju {
class SajuSession;
}

/// The birth form: name, gender, 양력/음력 with 윤달 (enabled only when that lunar year has
/// that leap month), date, time or "time unknown", birthplace (city list and longitude), the
/// 子-hour rule and the 대운수 rounding, each option with a one-line explanation. It writes
/// every change to the session and shows the session's problems on the field that causes them,
/// in the UI language; a problem the server reported (setServerError) stays on its field until
/// that field changes.
class BirthForm : public QWidget
{
    Q_OBJECT
public:
    explicit BirthForm(saju::SajuSession *session, QWidget *parent = nullptr);

    /// The message shown on a field, empty when none.
    QString fieldError(saju::BirthField field) const;
    /// Shows `message` on `field` (a server's answer) and focuses it.
    void setServerError(saju::BirthField field, const QString &message);
    void clearServerErrors();
    /// Focuses the field's input; false when it cannot take focus.
    bool focusField(saju::BirthField field);
    /// The input widget of a field.
    QWidget *fieldWidget(saju::BirthField field) const;

protected:
    void changeEvent(QEvent *event) override;

private:
    void buildLayout();
    void retranslateUi();
    void writeSession();
    void readSession();
    void showErrors();
    void updateHints();
    QLabel *addError(saju::BirthField field, const char *name);

    saju::SajuSession *m_session;
    bool m_reading = false;
    bool m_nameTouched = false;
    QHash<saju::BirthField, QString> m_serverErrors;
    QHash<saju::BirthField, QLabel *> m_errorLabels;

    QGroupBox *m_group;
    QGridLayout *m_form = nullptr;
    QLineEdit *m_name;
    QRadioButton *m_male;
    QRadioButton *m_female;
    QButtonGroup *m_genderGroup;
    QRadioButton *m_solar;
    QRadioButton *m_lunar;
    QCheckBox *m_leap;
    QLabel *m_leapHint;
    QLineEdit *m_date;
    QTimeEdit *m_time;
    QCheckBox *m_timeUnknown;
    QComboBox *m_city;
    QDoubleSpinBox *m_longitude;
    QLabel *m_longitudeHint;
    QComboBox *m_zi;
    QLabel *m_ziHint;
    QComboBox *m_rounding;
    QLabel *m_roundingHint;
    QLabel *m_labels[9] = {};
};

} // namespace sajudesk
