// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/BirthForm.h"

#include "saju/Cities.h"
#include "saju/CivilTime.h"
#include "saju/ElementStyle.h"
#include "saju/FlowLayout.h"
#include "saju/SajuFormat.h"
#include "saju/SajuSession.h"

#include <QButtonGroup>
#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QRadioButton>
#include <QRegularExpressionValidator>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace sajudesk {

using namespace saju;

namespace {

enum Label {
    NameLabel,
    GenderLabel,
    CalendarLabel,
    DateLabel,
    TimeLabel,
    PlaceLabel,
    LongitudeLabel,
    ZiLabel,
    RoundingLabel
};
constexpr int kOtherPlace = -1;

QLabel *hintLabel(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setForegroundRole(QPalette::PlaceholderText);
    QFont small = label->font();
    small.setPointSizeF(small.pointSizeF() * 0.9);
    label->setFont(small);
    return label;
}

// A field with its explanation and error under it, as one cell of the form.
QWidget *stack(QWidget *parent, std::initializer_list<QWidget *> widgets, QLayout *row = nullptr)
{
    auto *cell = new QWidget(parent);
    auto *layout = new QVBoxLayout(cell);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    if (row)
        layout->addLayout(row);
    for (QWidget *w : widgets)
        layout->addWidget(w);
    return cell;
}

} // namespace

BirthForm::BirthForm(SajuSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_group(new QGroupBox(this))
    , m_name(new QLineEdit(this))
    , m_male(new QRadioButton(this))
    , m_female(new QRadioButton(this))
    , m_genderGroup(new QButtonGroup(this))
    , m_solar(new QRadioButton(this))
    , m_lunar(new QRadioButton(this))
    , m_leap(new QCheckBox(this))
    , m_leapHint(hintLabel(this, QStringLiteral("leapMonthHintLabel")))
    , m_date(new QLineEdit(this))
    , m_time(new QTimeEdit(this))
    , m_timeUnknown(new QCheckBox(this))
    , m_city(new QComboBox(this))
    , m_longitude(new QDoubleSpinBox(this))
    , m_longitudeHint(hintLabel(this, QStringLiteral("longitudeHintLabel")))
    , m_zi(new QComboBox(this))
    , m_ziHint(hintLabel(this, QStringLiteral("ziRuleHintLabel")))
    , m_rounding(new QComboBox(this))
    , m_roundingHint(hintLabel(this, QStringLiteral("luckRoundingHintLabel")))
{
    setObjectName(QStringLiteral("birthForm"));
    m_group->setObjectName(QStringLiteral("birthGroupBox"));
    m_name->setObjectName(QStringLiteral("nameLineEdit"));
    m_male->setObjectName(QStringLiteral("maleRadioButton"));
    m_female->setObjectName(QStringLiteral("femaleRadioButton"));
    m_solar->setObjectName(QStringLiteral("solarRadioButton"));
    m_lunar->setObjectName(QStringLiteral("lunarRadioButton"));
    m_leap->setObjectName(QStringLiteral("leapMonthCheckBox"));
    m_date->setObjectName(QStringLiteral("birthDateEdit"));
    m_time->setObjectName(QStringLiteral("birthTimeEdit"));
    m_timeUnknown->setObjectName(QStringLiteral("timeUnknownCheckBox"));
    m_city->setObjectName(QStringLiteral("cityComboBox"));
    m_longitude->setObjectName(QStringLiteral("longitudeSpinBox"));
    m_zi->setObjectName(QStringLiteral("ziRuleComboBox"));
    m_rounding->setObjectName(QStringLiteral("luckRoundingComboBox"));

    m_name->setMaxLength(kMaxNameLength);
    m_name->setClearButtonEnabled(true);
    m_genderGroup->addButton(m_male);
    m_genderGroup->addButton(m_female);
    auto *calendarGroup = new QButtonGroup(this);
    calendarGroup->addButton(m_solar);
    calendarGroup->addButton(m_lunar);
    // A text field, not a QDateEdit: lunar dates such as the 30th of a month must be typeable.
    m_date->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?$")), m_date));
    m_time->setDisplayFormat(QStringLiteral("HH:mm"));
    for (int i = 0; i < cities().size(); ++i)
        m_city->addItem(QString(), i);
    m_city->addItem(QString(), kOtherPlace);
    m_city->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_city->setMinimumContentsLength(8);
    m_longitude->setRange(-180.0, 180.0);
    m_longitude->setDecimals(3);
    m_longitude->setSingleStep(0.1);
    for (ZiRule rule : {ZiRule::Split, ZiRule::ChangeAt23, ZiRule::Midnight})
        m_zi->addItem(QString(), static_cast<int>(rule));
    for (LuckRounding rounding : {LuckRounding::HalfUp, LuckRounding::Floor})
        m_rounding->addItem(QString(), static_cast<int>(rounding));
    for (QComboBox *combo : {m_zi, m_rounding}) {
        combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
        combo->setMinimumContentsLength(12);
    }

    buildLayout();
    retranslateUi();
    for (QLabel *label : m_labels) // as tall as its buddy with its text: on the field's first line
        label->setMinimumHeight(label->buddy()->sizeHint().height());
    readSession();

    auto write = [this] { writeSession(); };
    connect(m_name, &QLineEdit::textEdited, this, [this] {
        m_nameTouched = true;
        writeSession();
    });
    connect(m_name, &QLineEdit::textChanged, this, write);
    connect(m_genderGroup, &QButtonGroup::buttonToggled, this, write);
    connect(m_lunar, &QRadioButton::toggled, this, write);
    connect(m_leap, &QCheckBox::toggled, this, write);
    connect(m_date, &QLineEdit::textChanged, this, write);
    connect(m_time, &QTimeEdit::timeChanged, this, write);
    connect(m_timeUnknown, &QCheckBox::toggled, this, write);
    connect(m_city, &QComboBox::currentIndexChanged, this, [this] {
        const int city = m_city->currentData().toInt();
        if (city >= 0 && city < cities().size()) {
            const QSignalBlocker blocker(m_longitude);
            m_longitude->setValue(cities().at(city).longitude);
        }
        writeSession();
    });
    connect(m_longitude, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        const int city = m_city->currentData().toInt();
        if (city >= 0 && city < cities().size() && cities().at(city).longitude != value) {
            const QSignalBlocker blocker(m_city);
            m_city->setCurrentIndex(m_city->findData(kOtherPlace));
        }
        writeSession();
    });
    connect(m_zi, &QComboBox::currentIndexChanged, this, write);
    connect(m_rounding, &QComboBox::currentIndexChanged, this, write);
    connect(m_session, &SajuSession::fieldsChanged, this, &BirthForm::readSession);
}

QLabel *BirthForm::addError(BirthField field, const char *name)
{
    auto *label = new QLabel(this);
    label->setObjectName(QLatin1String(name));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    label->hide();
    m_errorLabels.insert(field, label);
    return label;
}

void BirthForm::buildLayout()
{
    for (QLabel *&label : m_labels)
        label = new QLabel(this);
    m_labels[NameLabel]->setBuddy(m_name);
    m_labels[GenderLabel]->setBuddy(m_male);
    m_labels[CalendarLabel]->setBuddy(m_solar);
    m_labels[DateLabel]->setBuddy(m_date);
    m_labels[TimeLabel]->setBuddy(m_time);
    m_labels[PlaceLabel]->setBuddy(m_city);
    m_labels[LongitudeLabel]->setBuddy(m_longitude);
    m_labels[ZiLabel]->setBuddy(m_zi);
    m_labels[RoundingLabel]->setBuddy(m_rounding);

    auto *genderRow = new QHBoxLayout;
    genderRow->addWidget(m_male);
    genderRow->addWidget(m_female);
    genderRow->addStretch(1);
    auto *calendarRow = new FlowLayout; // wraps its buttons rather than dropping under its label
    calendarRow->addWidget(m_solar);
    calendarRow->addWidget(m_lunar);
    calendarRow->addWidget(m_leap);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_time);
    timeRow->addWidget(m_timeUnknown);
    timeRow->addStretch(1);

    // Not a QFormLayout: it kept row heights worked out for another width (hints overlapped rows).
    m_form = new QGridLayout(m_group);
    m_form->setColumnStretch(1, 1);
    auto addRow = [this, row = 0](QLabel *label, QWidget *field) mutable {
        m_form->addWidget(label, row, 0, Qt::AlignTop);
        m_form->addWidget(field, row++, 1);
    };
    addRow(m_labels[NameLabel], stack(this, {m_name, addError(BirthField::Name, "nameErrorLabel")}));
    addRow(m_labels[GenderLabel], stack(this, {addError(BirthField::Gender, "genderErrorLabel")}, genderRow));
    addRow(m_labels[CalendarLabel],
           stack(this, {m_leapHint, addError(BirthField::LeapMonth, "leapMonthErrorLabel")}, calendarRow));
    addRow(m_labels[DateLabel], stack(this, {m_date, addError(BirthField::Date, "dateErrorLabel")}));
    addRow(m_labels[TimeLabel], stack(this, {addError(BirthField::Time, "timeErrorLabel")}, timeRow));
    addRow(m_labels[PlaceLabel], m_city);
    addRow(m_labels[LongitudeLabel],
           stack(this, {m_longitude, m_longitudeHint, addError(BirthField::Longitude, "longitudeErrorLabel")}));
    addRow(m_labels[ZiLabel], stack(this, {m_zi, m_ziHint}));
    addRow(m_labels[RoundingLabel], stack(this, {m_rounding, m_roundingHint}));

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_group);

    setTabOrder(m_name, m_male);
    setTabOrder(m_male, m_female);
    setTabOrder(m_female, m_solar);
    setTabOrder(m_solar, m_lunar);
    setTabOrder(m_lunar, m_leap);
    setTabOrder(m_leap, m_date);
    setTabOrder(m_date, m_time);
    setTabOrder(m_time, m_timeUnknown);
    setTabOrder(m_timeUnknown, m_city);
    setTabOrder(m_city, m_longitude);
    setTabOrder(m_longitude, m_zi);
    setTabOrder(m_zi, m_rounding);
}

void BirthForm::writeSession()
{
    if (m_reading)
        return;
    BirthFields f = m_session->fields();
    f.name = m_name->text();
    f.gender = m_male->isChecked() ? Gender::Male : m_female->isChecked() ? Gender::Female : Gender::Unknown;
    f.calendar = m_lunar->isChecked() ? CalendarKind::Lunar : CalendarKind::Solar;
    f.leapMonth = m_lunar->isChecked() && m_leap->isChecked();
    f.date = m_date->text();
    f.timeKnown = !m_timeUnknown->isChecked();
    f.hour = m_time->time().hour();
    f.minute = m_time->time().minute();
    const int city = m_city->currentData().toInt();
    f.city = city >= 0 && city < cities().size() ? cities().at(city).nameKo : QString();
    f.longitude = m_longitude->value();
    f.zi = static_cast<ZiRule>(m_zi->currentData().toInt());
    f.rounding = static_cast<LuckRounding>(m_rounding->currentData().toInt());
    // A field the person changes is no longer what the server complained about.
    const BirthFields &old = m_session->fields();
    if (f.name != old.name)
        m_serverErrors.remove(BirthField::Name);
    if (!f.sameBirth(old)) {
        for (BirthField field : {BirthField::Gender, BirthField::Calendar, BirthField::LeapMonth, BirthField::Date,
                                 BirthField::Time, BirthField::Longitude})
            m_serverErrors.remove(field);
    }
    m_session->setFields(f);
    // The session only emits when something changed; the hints may still need the new state.
    showErrors();
    updateHints();
}

void BirthForm::readSession()
{
    if (m_reading)
        return;
    m_reading = true;
    const BirthFields &f = m_session->fields();
    if (m_name->text() != f.name) {
        // Another person: "enter a name" waits until this one's name is edited.
        m_nameTouched = false;
        m_name->setText(f.name);
    }
    m_genderGroup->setExclusive(false);
    m_male->setChecked(f.gender == Gender::Male);
    m_female->setChecked(f.gender == Gender::Female);
    m_genderGroup->setExclusive(true);
    m_solar->setChecked(f.calendar == CalendarKind::Solar);
    m_lunar->setChecked(f.calendar == CalendarKind::Lunar);
    m_leap->setChecked(f.calendar == CalendarKind::Lunar && f.leapMonth);
    if (m_date->text() != f.date)
        m_date->setText(f.date);
    m_timeUnknown->setChecked(!f.timeKnown);
    m_time->setTime(QTime(qBound(0, f.hour, 23), qBound(0, f.minute, 59)));
    m_time->setEnabled(f.timeKnown);
    int city = kOtherPlace;
    if (const auto found = findCity(f.city)) {
        for (int c = 0; c < cities().size(); ++c) {
            if (cities().at(c).nameKo == found->nameKo)
                city = c;
        }
    }
    m_city->setCurrentIndex(m_city->findData(city));
    m_longitude->setValue(f.longitude);
    m_zi->setCurrentIndex(m_zi->findData(static_cast<int>(f.zi)));
    m_rounding->setCurrentIndex(m_rounding->findData(static_cast<int>(f.rounding)));
    m_reading = false;
    showErrors();
    updateHints();
}

void BirthForm::updateHints()
{
    const BirthCheck &check = m_session->check();
    const bool lunar = m_lunar->isChecked();
    m_time->setEnabled(!m_timeUnknown->isChecked());
    // 윤달 only where that lunar year has that leap month. A box ticked for a date without one
    // stays enabled (with the error beside it) so it can be unticked; it is never changed silently.
    m_leap->setEnabled(lunar && (check.leapAvailable || m_leap->isChecked()));
    if (lunar && check.typedYear > 0) {
        m_leapHint->setText(check.leapMonthOfYear > 0 ? tr("Lunar year %1 has a leap month after month %2 (윤%2월).")
                                                            .arg(check.typedYear)
                                                            .arg(check.leapMonthOfYear)
                                                      : tr("Lunar year %1 has no leap month.").arg(check.typedYear));
        m_leapHint->show();
    } else {
        m_leapHint->hide();
    }
    const int lmt = qRound(m_longitude->value() * 240);
    const int gap = qAbs(lmt - 9 * 3600);
    const QString amount = gap >= 3600 ? tr("%1 h %2 min %3 s").arg(gap / 3600).arg(gap / 60 % 60).arg(gap % 60)
                                       : tr("%1 min %2 s").arg(gap / 60).arg(gap % 60);
    m_longitudeHint->setText(lmt <= 9 * 3600 ? tr("Day and hour pillars use the local mean time here (UTC%1), %2 "
                                                  "behind Korean standard time (135° E).")
                                                   .arg(formatUtcOffset(lmt), amount)
                                             : tr("Day and hour pillars use the local mean time here (UTC%1), %2 "
                                                  "ahead of Korean standard time (135° E).")
                                                   .arg(formatUtcOffset(lmt), amount));
    m_ziHint->setText(SajuFormat::ziRuleExplanation(static_cast<ZiRule>(m_zi->currentData().toInt())));
    m_roundingHint->setText(
        SajuFormat::roundingExplanation(static_cast<LuckRounding>(m_rounding->currentData().toInt())));
}

void BirthForm::showErrors()
{
    const BirthCheck &check = m_session->check();
    const QColor color = errorColor(palette());
    for (auto it = m_errorLabels.constBegin(); it != m_errorLabels.constEnd(); ++it) {
        QString text = m_serverErrors.value(it.key());
        if (text.isEmpty())
            text = check.error(it.key());
        if (text.isEmpty() && it.key() == BirthField::Name && m_nameTouched && nameMissing(m_session->fields()))
            text = tr("Enter a name: the fortune is written for this person.");
        QLabel *label = it.value();
        QPalette pal = label->palette();
        pal.setColor(QPalette::WindowText, color);
        label->setPalette(pal);
        label->setText(text);
        label->setVisible(!text.isEmpty());
        if (QWidget *input = fieldWidget(it.key()))
            input->setAccessibleDescription(text);
    }
}

QString BirthForm::fieldError(BirthField field) const
{
    const QLabel *label = m_errorLabels.value(field);
    return label && !label->isHidden() ? label->text() : QString();
}

void BirthForm::setServerError(BirthField field, const QString &message)
{
    m_serverErrors.insert(field, message);
    showErrors();
    focusField(field);
}

void BirthForm::clearServerErrors()
{
    m_serverErrors.clear();
    showErrors();
}

QWidget *BirthForm::fieldWidget(BirthField field) const
{
    switch (field) {
    case BirthField::Name:
        return m_name;
    case BirthField::Gender:
        return m_male;
    case BirthField::Calendar:
        return m_solar->isChecked() ? m_solar : m_lunar;
    case BirthField::LeapMonth:
        return m_leap;
    case BirthField::Date:
        return m_date;
    case BirthField::Time:
        return m_timeUnknown->isChecked() ? static_cast<QWidget *>(m_timeUnknown) : m_time;
    case BirthField::Place:
        return m_city;
    case BirthField::Longitude:
        return m_longitude;
    case BirthField::ZiRule:
        return m_zi;
    case BirthField::LuckRounding:
        return m_rounding;
    }
    return nullptr;
}

bool BirthForm::focusField(BirthField field)
{
    QWidget *w = fieldWidget(field);
    if (!w || !w->isEnabled())
        w = field == BirthField::LeapMonth ? m_date : nullptr;
    if (!w)
        return false;
    w->setFocus(Qt::OtherFocusReason);
    return true;
}

void BirthForm::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showErrors();
    } else if (event->type() == QEvent::PaletteChange) {
        showErrors();
    }
    QWidget::changeEvent(event);
}

void BirthForm::retranslateUi()
{
    m_group->setTitle(tr("Birth"));
    m_labels[NameLabel]->setText(tr("&Name:"));
    m_labels[GenderLabel]->setText(tr("Gender:"));
    m_labels[CalendarLabel]->setText(tr("Calendar:"));
    m_labels[DateLabel]->setText(tr("Birth &date:"));
    m_labels[TimeLabel]->setText(tr("Birth &time:"));
    m_labels[PlaceLabel]->setText(tr("&Birthplace:"));
    m_labels[LongitudeLabel]->setText(tr("Longitud&e:"));
    m_labels[ZiLabel]->setText(tr("子 hour &rule:"));
    m_labels[RoundingLabel]->setText(tr("Luck start age:"));
    m_name->setPlaceholderText(tr("e.g. 이서준"));
    m_name->setAccessibleName(tr("Name"));
    m_male->setText(tr("Male"));
    m_female->setText(tr("Female"));
    m_male->setToolTip(tr("Gender decides the direction of the luck pillars (대운)"));
    m_female->setToolTip(m_male->toolTip());
    m_solar->setText(tr("Solar"));
    m_lunar->setText(tr("L&unar"));
    m_leap->setText(tr("Leap &month"));
    m_leap->setToolTip(tr("Only for a lunar year that has a leap month after this month"));
    m_date->setPlaceholderText(tr("YYYY-MM-DD"));
    m_date->setAccessibleName(tr("Birth date"));
    m_date->setToolTip(tr("Solar 1900–2100, lunar 1900–2050"));
    m_time->setAccessibleName(tr("Birth time"));
    m_time->setToolTip(tr("The time written on the birth record (daylight saving time, if it was in force, "
                          "included)"));
    m_timeUnknown->setText(tr("Time un&known"));
    m_timeUnknown->setToolTip(tr("Without the time there is no hour pillar (three pillars only)"));
    const bool korean = QLocale().language() == QLocale::Korean;
    for (int i = 0; i < cities().size(); ++i)
        m_city->setItemText(i, korean ? cities().at(i).nameKo : cities().at(i).nameEn);
    m_city->setItemText(m_city->count() - 1, tr("Other place (enter the longitude)"));
    m_city->setAccessibleName(tr("Birthplace"));
    m_city->setToolTip(tr("Used for the local mean time of the day and hour pillars"));
    // "%1° E" / "동경 %1°": the part before %1 is the prefix, the rest the suffix.
    const QString pattern = SajuFormat::longitude(1.0);
    const QString one = QLocale().toString(1.0, 'f', 3);
    const int at = pattern.indexOf(one);
    m_longitude->setPrefix(at > 0 ? pattern.left(at) : QString());
    m_longitude->setSuffix(at >= 0 ? pattern.mid(at + one.size()) : QString());
    m_longitude->setAccessibleName(tr("Birthplace longitude, degrees east"));
    for (ZiRule rule : {ZiRule::Split, ZiRule::ChangeAt23, ZiRule::Midnight})
        m_zi->setItemText(m_zi->findData(static_cast<int>(rule)), SajuFormat::ziRuleLabel(rule));
    m_zi->setAccessibleName(tr("子 hour rule"));
    for (LuckRounding r : {LuckRounding::HalfUp, LuckRounding::Floor})
        m_rounding->setItemText(m_rounding->findData(static_cast<int>(r)), SajuFormat::roundingLabel(r));
    m_rounding->setAccessibleName(tr("Rounding of the luck start age (대운수)"));
    updateHints();
}

} // namespace sajudesk
