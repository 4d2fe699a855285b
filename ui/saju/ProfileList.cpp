// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/ProfileList.h"

#include "chat/ProfileStore.h"
#include "saju/ElementStyle.h"
#include "saju/SajuSession.h"

#include <QComboBox>
#include <QEvent>
#include <QFontMetrics>
#include <QHBoxLayout>
#include <QLabel>
#include <QListView>
#include <QPushButton>
#include <QVBoxLayout>

namespace sajudesk {

using namespace saju;

BirthFields fieldsFromProfile(const BirthProfile &p)
{
    BirthFields f;
    f.name = p.name;
    f.gender = genderFromName(p.gender).value_or(Gender::Unknown);
    f.calendar = p.lunar ? CalendarKind::Lunar : CalendarKind::Solar;
    f.leapMonth = p.lunar && p.leapMonth;
    f.date = p.birthDate;
    f.timeKnown = !p.birthTime.isEmpty();
    const QTime time = QTime::fromString(p.birthTime, QStringLiteral("HH:mm"));
    f.hour = time.isValid() ? time.hour() : 12;
    f.minute = time.isValid() ? time.minute() : 0;
    if (const auto city = findCity(p.city)) {
        f.city = city->nameKo;
        f.longitude = city->longitude;
    } else {
        f.city.clear();
        f.longitude = p.longitude;
    }
    f.zi = ziRuleFromName(p.ziRule).value_or(ZiRule::Split);
    f.rounding = luckRoundingFromName(p.luckRounding).value_or(LuckRounding::HalfUp);
    return f;
}

BirthProfile profileFromFields(const BirthFields &f, const QString &id)
{
    BirthProfile p;
    p.id = id;
    p.name = f.name.trimmed();
    p.birthDate = f.date.trimmed();
    p.birthTime =
        f.timeKnown
            ? QStringLiteral("%1:%2").arg(f.hour, 2, 10, QLatin1Char('0')).arg(f.minute, 2, 10, QLatin1Char('0'))
            : QString();
    p.lunar = f.calendar == CalendarKind::Lunar;
    p.leapMonth = p.lunar && f.leapMonth;
    p.ziRule = ziRuleName(f.zi);
    p.city = f.city;
    p.longitude = f.longitude;
    p.gender = genderName(f.gender);
    p.luckRounding = luckRoundingName(f.rounding);
    p.updatedAt = QDateTime::currentDateTimeUtc();
    return p;
}

ProfileList::ProfileList(SajuSession *session, QWidget *parent)
    : QWidget(parent)
    , m_session(session)
    , m_label(new QLabel(this))
    , m_combo(new QComboBox(this))
    , m_save(new QPushButton(this))
    , m_delete(new QPushButton(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("profileList"));
    m_combo->setObjectName(QStringLiteral("profileComboBox"));
    m_save->setObjectName(QStringLiteral("saveProfileButton"));
    m_delete->setObjectName(QStringLiteral("deleteProfileButton"));
    m_statusLabel->setObjectName(QStringLiteral("profileStatusLabel"));
    m_label->setBuddy(m_combo);
    m_combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_combo->setMinimumContentsLength(12);
    m_statusLabel->setWordWrap(true);
    m_statusLabel->hide();

    auto *top = new QHBoxLayout;
    top->addWidget(m_label);
    top->addWidget(m_combo, 1);
    auto *buttons = new QHBoxLayout;
    buttons->addStretch(1);
    buttons->addWidget(m_save);
    buttons->addWidget(m_delete);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addLayout(buttons);
    layout->addWidget(m_statusLabel);

    connect(m_combo, &QComboBox::currentIndexChanged, this, &ProfileList::onIndexChanged);
    connect(m_save, &QPushButton::clicked, this, &ProfileList::saveProfile);
    connect(m_delete, &QPushButton::clicked, this, &ProfileList::deleteProfile);
    connect(m_session, &SajuSession::fieldsChanged, this, [this] {
        // A message about the last save no longer describes a form that changed since.
        if (!m_switching && m_status != Status::None && m_session->fields() != m_savedFields)
            setStatus(Status::None);
        updateButtons();
    });
    retranslateUi();
    reload(QString());
}

ProfileList::~ProfileList() = default;

void ProfileList::useStore(const QString &path)
{
    m_store = std::make_unique<ProfileStore>(path);
    reload(QString());
}

void ProfileList::closeStore()
{
    m_store.reset();
    reload(QString());
}

void ProfileList::reload(const QString &selectId)
{
    const QSignalBlocker blocker(m_combo);
    m_combo->clear();
    m_combo->addItem(tr("New profile"), QString());
    int widest = QFontMetrics(m_combo->font()).horizontalAdvance(m_combo->itemText(0));
    if (m_store) {
        QString problem;
        const QList<BirthProfile> profiles = m_store->load(&problem);
        if (!problem.isEmpty()) {
            ApiError error = ApiError::local(ApiError::Service::Local, QString(), ApiErrorCode::InvalidInput, problem);
            error.code = QStringLiteral("damaged_profiles");
            emit errorOccurred(error);
        }
        for (const BirthProfile &p : profiles) {
            const QString text = QStringLiteral("%1 · %2").arg(p.name, p.birthDate);
            m_combo->addItem(text, p.id);
            m_combo->setItemData(m_combo->count() - 1, text, Qt::ToolTipRole);
            widest = std::max(widest, QFontMetrics(m_combo->font()).horizontalAdvance(text));
        }
    }
    // The open list is never narrower than its longest entry.
    m_combo->view()->setMinimumWidth(widest + 40);
    const int index = selectId.isEmpty() ? 0 : m_combo->findData(selectId);
    m_combo->setCurrentIndex(std::max(0, index));
    updateButtons();
}

void ProfileList::selectProfile(const QString &id)
{
    const int index = id.isEmpty() ? 0 : m_combo->findData(id);
    if (index < 0)
        return;
    if (m_combo->currentIndex() == index)
        onIndexChanged(index);
    else
        m_combo->setCurrentIndex(index);
}

void ProfileList::onIndexChanged(int index)
{
    const QString id = m_combo->itemData(index).toString();
    BirthFields fields;
    if (!id.isEmpty() && m_store) {
        for (const BirthProfile &p : m_store->load()) {
            if (p.id == id)
                fields = fieldsFromProfile(p);
        }
    } else {
        fields.name.clear();
    }
    m_savedFields = fields;
    m_switching = true;
    setStatus(Status::None);
    m_session->setPerson(id, fields);
    m_switching = false;
    updateButtons();
}

bool ProfileList::saveProfile()
{
    if (!m_store)
        return false;
    const BirthFields fields = m_session->fields();
    if (nameMissing(fields)) {
        setStatus(Status::NameNeeded);
        return false;
    }
    BirthProfile profile = profileFromFields(fields, m_session->profileId());
    // A gender (or rounding) this version cannot read, e.g. written by another program, stays as
    // it was while the form leaves it unset: saving never loses what it does not understand.
    for (const BirthProfile &stored : m_store->load()) {
        if (stored.id != profile.id || profile.id.isEmpty())
            continue;
        if (fields.gender == Gender::Unknown && !genderFromName(stored.gender))
            profile.gender = stored.gender;
        if (!luckRoundingFromName(stored.luckRounding) && fields.rounding == LuckRounding::HalfUp)
            profile.luckRounding = stored.luckRounding;
    }
    QString problem, savedId;
    if (!m_store->upsert(profile, &problem, &savedId)) {
        setStatus(Status::SaveFailed, fields.name.trimmed(), problem);
        return false;
    }
    m_savedFields = fields;
    m_session->setProfileId(savedId);
    reload(savedId);
    setStatus(Status::Saved, fields.name.trimmed());
    return true;
}

bool ProfileList::deleteProfile()
{
    const QString id = m_combo->currentData().toString();
    if (id.isEmpty() || !m_store)
        return false;
    const QString name = m_session->fields().name.trimmed();
    QString problem;
    if (!m_store->remove(id, &problem)) {
        setStatus(Status::DeleteFailed, name, problem);
        return false;
    }
    // The form keeps the values (Save brings the profile back), now as an unsaved person.
    m_session->setProfileId(QString());
    m_savedFields = BirthFields();
    const QSignalBlocker blocker(m_combo);
    reload(QString());
    setStatus(Status::Deleted, name);
    return true;
}

void ProfileList::updateButtons()
{
    const bool saved = !m_combo->currentData().toString().isEmpty();
    m_delete->setEnabled(saved && m_store);
    m_save->setEnabled(m_store && !nameMissing(m_session->fields())
                       && (!saved || m_session->fields() != m_savedFields));
}

void ProfileList::setStatus(Status status, const QString &name, const QString &detail)
{
    m_status = status;
    m_statusName = name;
    m_statusDetail = detail;
    showStatus();
}

QString ProfileList::statusText() const
{
    return m_statusLabel->isHidden() ? QString() : m_statusLabel->text();
}

void ProfileList::showStatus()
{
    QString text;
    bool error = false;
    switch (m_status) {
    case Status::None:
        break;
    case Status::Saved:
        text = tr("Saved the profile “%1”.").arg(m_statusName);
        break;
    case Status::Deleted:
        text = tr("Deleted the profile “%1”. The form keeps its values; Save brings it back.").arg(m_statusName);
        break;
    case Status::SaveFailed:
        text = tr("The profile could not be saved: %1").arg(m_statusDetail);
        error = true;
        break;
    case Status::DeleteFailed:
        text = tr("The profile could not be deleted: %1").arg(m_statusDetail);
        error = true;
        break;
    case Status::NameNeeded:
        text = tr("Enter a name to save this profile.");
        error = true;
        break;
    }
    QPalette pal = m_statusLabel->palette();
    pal.setColor(QPalette::WindowText, error ? errorColor(palette()) : palette().color(QPalette::WindowText));
    m_statusLabel->setPalette(pal);
    m_statusLabel->setText(text);
    m_statusLabel->setVisible(!text.isEmpty());
}

void ProfileList::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        showStatus();
    }
    QWidget::changeEvent(event);
}

void ProfileList::retranslateUi()
{
    m_label->setText(tr("&Profile:"));
    if (m_combo->count() > 0)
        m_combo->setItemText(0, tr("New profile"));
    m_combo->setAccessibleName(tr("Saved profile"));
    m_combo->setToolTip(tr("Choose a saved profile, or New profile for an empty form"));
    m_save->setText(tr("Save"));
    m_save->setToolTip(tr("Save this person's birth data as a profile"));
    m_delete->setText(tr("Delete"));
    m_delete->setToolTip(tr("Delete the selected profile"));
}

} // namespace sajudesk
