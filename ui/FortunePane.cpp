// SPDX-License-Identifier: GPL-3.0-or-later
#include "FortunePane.h"

#include "AppServices.h"
#include "KeyNotice.h"
#include "chat/ProfileStore.h"
#include "errors/RetryBanner.h"
#include "keys/KeyManager.h"
#include "saju/Cities.h"
#include "saju/CivilTime.h"
#include "saju/SajuEngine.h"
#include "saju/SolarTerms.h"
#include "sajuapi/FortuneRequest.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QScrollArea>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QTimeEdit>
#include <QVBoxLayout>

namespace sajudesk {

using namespace saju;

namespace {
enum FormLabel {
    NameLabel,
    CalendarLabel,
    DateLabel,
    TimeLabel,
    PlaceLabel,
    LongitudeLabel,
    ZiLabel,
    ProfileLabel,
    FortuneDateLabel,
    OptionsLabel
};
enum Section { CharacterSection, TendencySection, FortuneSection };
constexpr int customCity = -1;

int sectionIndex(const QString &name)
{
    if (name == QLatin1String("character"))
        return CharacterSection;
    if (name == QLatin1String("tendency"))
        return TendencySection;
    if (name == QLatin1String("fortune"))
        return FortuneSection;
    return -1;
}

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString elementLabel(Element e)
{
    switch (e) {
    case Element::Wood:
        return FortunePane::tr("Wood");
    case Element::Fire:
        return FortunePane::tr("Fire");
    case Element::Earth:
        return FortunePane::tr("Earth");
    case Element::Metal:
        return FortunePane::tr("Metal");
    case Element::Water:
        break;
    }
    return FortunePane::tr("Water");
}

// "HH:MM" of a UTC instant on the Korean civil clock of that time.
QString koreanClock(std::int64_t utc)
{
    return formatLocalSeconds(utc + koreaUtcOffsetAt(utc)).mid(11, 5);
}

QString pillarText(const Pillar &p)
{
    return p.hanja() + QLatin1Char(' ') + p.hangul();
}

// Score 0–100 as a small bar of blocks, readable in any font.
QString scoreBar(int score)
{
    const int filled = std::clamp((score + 5) / 10, 0, 10);
    return QString(filled, QChar(0x25A0)) + QString(10 - filled, QChar(0x25A1));
}

QString textOf(const QJsonValue &value)
{
    if (value.isString())
        return value.toString();
    if (value.isDouble())
        return QLocale().toString(value.toDouble());
    if (value.isObject()) {
        const QJsonObject o = value.toObject();
        for (const char *key : {"text", "title", "action", "description", "content", "item", "trait"}) {
            if (o.value(QLatin1String(key)).isString()) {
                QString text = o.value(QLatin1String(key)).toString();
                if (o.value(QStringLiteral("emoji")).isString())
                    text.prepend(o.value(QStringLiteral("emoji")).toString() + QLatin1Char(' '));
                return text;
            }
        }
    }
    return QString();
}
} // namespace

FortunePane::FortunePane(QWidget *parent)
    : QWidget(parent)
    , m_profileCombo(new QComboBox(this))
    , m_saveProfileButton(new QPushButton(this))
    , m_deleteProfileButton(new QPushButton(this))
    , m_nameEdit(new QLineEdit(this))
    , m_lunarCheck(new QCheckBox(this))
    , m_leapCheck(new QCheckBox(this))
    , m_dateEdit(new QLineEdit(this))
    , m_timeEdit(new QTimeEdit(this))
    , m_timeUnknownCheck(new QCheckBox(this))
    , m_cityCombo(new QComboBox(this))
    , m_longitudeSpin(new QDoubleSpinBox(this))
    , m_ziCombo(new QComboBox(this))
    , m_fortuneDateEdit(new QDateEdit(this))
    , m_fortuneOnlyCheck(new QCheckBox(this))
    , m_getButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_discussButton(new QPushButton(this))
    , m_preview(new QLabel(this))
    , m_notesLabel(new QLabel(this))
    , m_errorLabel(new QLabel(this))
    , m_notice(new KeyNotice(QStringLiteral("fortune"), this))
    , m_retryBanner(new RetryBanner(QStringLiteral("fortune"), this))
    , m_busy(new QProgressBar(this))
    , m_statusLabel(new QLabel(this))
    , m_narrativeView(new QTextBrowser(this))
    , m_metaLabel(new QLabel(this))
    , m_emptyResultsLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("fortunePane"));

    auto *splitter = new QSplitter(Qt::Horizontal, this);
    splitter->setObjectName(QStringLiteral("fortuneSplitter"));
    splitter->addWidget(buildForm());
    splitter->addWidget(buildResults());
    splitter->setStretchFactor(0, 0);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);
    splitter->setSizes({400, 640});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter);

    // Every form change recomputes the preview at once: the engine needs microseconds.
    connect(m_nameEdit, &QLineEdit::textChanged, this, &FortunePane::updateButtons);
    connect(m_dateEdit, &QLineEdit::textChanged, this, &FortunePane::recompute);
    connect(m_timeEdit, &QTimeEdit::timeChanged, this, &FortunePane::recompute);
    connect(m_lunarCheck, &QCheckBox::toggled, this, [this](bool lunar) {
        m_leapCheck->setEnabled(lunar);
        if (!lunar)
            m_leapCheck->setChecked(false);
        recompute();
    });
    connect(m_leapCheck, &QCheckBox::toggled, this, &FortunePane::recompute);
    connect(m_timeUnknownCheck, &QCheckBox::toggled, this, [this](bool unknown) {
        m_timeEdit->setEnabled(!unknown);
        recompute();
    });
    connect(m_cityCombo, &QComboBox::currentIndexChanged, this, [this] {
        const int city = m_cityCombo->currentData().toInt();
        if (city >= 0 && city < cities().size()) {
            const QSignalBlocker blocker(m_longitudeSpin);
            m_longitudeSpin->setValue(cities().at(city).longitude);
        }
        recompute();
    });
    connect(m_longitudeSpin, &QDoubleSpinBox::valueChanged, this, [this](double value) {
        const int city = m_cityCombo->currentData().toInt();
        if (city >= 0 && city < cities().size() && !qFuzzyCompare(cities().at(city).longitude, value)) {
            const QSignalBlocker blocker(m_cityCombo);
            m_cityCombo->setCurrentIndex(m_cityCombo->findData(customCity));
        }
        recompute();
    });
    connect(m_ziCombo, &QComboBox::currentIndexChanged, this, &FortunePane::recompute);
    connect(m_profileCombo, &QComboBox::currentIndexChanged, this, &FortunePane::loadProfile);
    connect(m_saveProfileButton, &QPushButton::clicked, this, &FortunePane::saveProfile);
    connect(m_deleteProfileButton, &QPushButton::clicked, this, &FortunePane::deleteProfile);
    connect(m_getButton, &QPushButton::clicked, this, &FortunePane::getFortune);
    connect(m_cancelButton, &QPushButton::clicked, this, &FortunePane::cancelFortune);
    connect(m_discussButton, &QPushButton::clicked, this, &FortunePane::discussInChat);
    connect(m_nameEdit, &QLineEdit::returnPressed, this, &FortunePane::getFortune);
    connect(m_notice, &KeyNotice::openKeysRequested, this, &FortunePane::openKeysRequested);
    connect(m_notice, &KeyNotice::tryDemoRequested, this, &FortunePane::tryDemoRequested);
    connect(m_retryBanner, &RetryBanner::retryNowRequested, this, [this] {
        if (m_request)
            m_request->retryNow();
    });
    connect(m_retryBanner, &RetryBanner::cancelRequested, this, &FortunePane::cancelFortune);

    retranslateUi();
    reloadProfiles(QString());
    clearResults();
    recompute();
    updateNotice();
}

FortunePane::~FortunePane()
{
    if (m_request)
        m_request->cancel();
}

QWidget *FortunePane::buildForm()
{
    m_profileCombo->setObjectName(QStringLiteral("profileComboBox"));
    m_saveProfileButton->setObjectName(QStringLiteral("saveProfileButton"));
    m_deleteProfileButton->setObjectName(QStringLiteral("deleteProfileButton"));
    m_nameEdit->setObjectName(QStringLiteral("nameLineEdit"));
    m_lunarCheck->setObjectName(QStringLiteral("lunarCheckBox"));
    m_leapCheck->setObjectName(QStringLiteral("leapMonthCheckBox"));
    m_dateEdit->setObjectName(QStringLiteral("birthDateEdit"));
    m_timeEdit->setObjectName(QStringLiteral("birthTimeEdit"));
    m_timeUnknownCheck->setObjectName(QStringLiteral("timeUnknownCheckBox"));
    m_cityCombo->setObjectName(QStringLiteral("cityComboBox"));
    m_longitudeSpin->setObjectName(QStringLiteral("longitudeSpinBox"));
    m_ziCombo->setObjectName(QStringLiteral("ziRuleComboBox"));
    m_fortuneDateEdit->setObjectName(QStringLiteral("fortuneDateEdit"));
    m_fortuneOnlyCheck->setObjectName(QStringLiteral("fortuneOnlyCheckBox"));
    m_getButton->setObjectName(QStringLiteral("getFortuneButton"));
    m_cancelButton->setObjectName(QStringLiteral("cancelFortuneButton"));
    m_discussButton->setObjectName(QStringLiteral("discussInChatButton"));

    m_nameEdit->setMaxLength(100);
    m_nameEdit->setClearButtonEnabled(true);
    m_leapCheck->setEnabled(false);
    // A text field, not a QDateEdit: lunar dates such as the 30th of the 2nd month must be typeable.
    m_dateEdit->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("^\\d{0,4}(-\\d{0,2}(-\\d{0,2})?)?$")), m_dateEdit));
    m_dateEdit->setText(QStringLiteral("1990-01-01"));
    m_timeEdit->setDisplayFormat(QStringLiteral("HH:mm"));
    m_timeEdit->setTime(QTime(12, 0));
    for (int i = 0; i < cities().size(); ++i) {
        const City &city = cities().at(i);
        m_cityCombo->addItem(QStringLiteral("%1 · %2").arg(city.nameKo, city.nameEn), i);
    }
    m_cityCombo->addItem(QString(), customCity);
    m_cityCombo->setCurrentIndex(0);
    m_longitudeSpin->setRange(-180.0, 180.0);
    m_longitudeSpin->setDecimals(3);
    m_longitudeSpin->setSingleStep(0.1);
    m_longitudeSpin->setValue(cities().isEmpty() ? kSeoulLongitude : cities().first().longitude);
    m_longitudeSpin->setSuffix(QStringLiteral(" °E"));
    m_ziCombo->addItem(QString(), static_cast<int>(ZiRule::Split));
    m_ziCombo->addItem(QString(), static_cast<int>(ZiRule::ChangeAt23));
    m_ziCombo->addItem(QString(), static_cast<int>(ZiRule::Midnight));
    m_fortuneDateEdit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_fortuneDateEdit->setCalendarPopup(true);
    m_fortuneDateEdit->setDateRange(QDate(1900, 1, 1), QDate(2100, 12, 31));
    m_fortuneDateEdit->setDate(SajuApiJson::seoulToday());
    m_cancelButton->hide();

    for (QLabel *&label : m_labels)
        label = new QLabel(this);
    m_labels[NameLabel]->setBuddy(m_nameEdit);
    m_labels[DateLabel]->setBuddy(m_dateEdit);
    m_labels[TimeLabel]->setBuddy(m_timeEdit);
    m_labels[PlaceLabel]->setBuddy(m_cityCombo);
    m_labels[LongitudeLabel]->setBuddy(m_longitudeSpin);
    m_labels[ZiLabel]->setBuddy(m_ziCombo);
    m_labels[ProfileLabel]->setBuddy(m_profileCombo);
    m_labels[FortuneDateLabel]->setBuddy(m_fortuneDateEdit);
    m_labels[CalendarLabel]->setBuddy(m_lunarCheck);

    auto *profileRow = new QHBoxLayout;
    profileRow->addWidget(m_profileCombo, 1);
    profileRow->addWidget(m_saveProfileButton);
    profileRow->addWidget(m_deleteProfileButton);

    auto *calendarRow = new QHBoxLayout;
    calendarRow->addWidget(m_lunarCheck);
    calendarRow->addWidget(m_leapCheck);
    calendarRow->addStretch(1);
    auto *timeRow = new QHBoxLayout;
    timeRow->addWidget(m_timeEdit);
    timeRow->addWidget(m_timeUnknownCheck);
    timeRow->addStretch(1);

    m_birthGroup = new QGroupBox(this);
    m_birthGroup->setObjectName(QStringLiteral("birthGroupBox"));
    auto *form = new QFormLayout(m_birthGroup);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_labels[ProfileLabel], profileRow);
    form->addRow(m_labels[NameLabel], m_nameEdit);
    form->addRow(m_labels[CalendarLabel], calendarRow);
    form->addRow(m_labels[DateLabel], m_dateEdit);
    form->addRow(m_labels[TimeLabel], timeRow);
    form->addRow(m_labels[PlaceLabel], m_cityCombo);
    form->addRow(m_labels[LongitudeLabel], m_longitudeSpin);
    form->addRow(m_labels[ZiLabel], m_ziCombo);

    m_requestGroup = new QGroupBox(this);
    m_requestGroup->setObjectName(QStringLiteral("requestGroupBox"));
    auto *requestForm = new QFormLayout(m_requestGroup);
    requestForm->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    requestForm->addRow(m_labels[FortuneDateLabel], m_fortuneDateEdit);
    requestForm->addRow(m_labels[OptionsLabel], m_fortuneOnlyCheck);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_getButton, 1);
    buttons->addWidget(m_cancelButton);
    requestForm->addRow(buttons);
    requestForm->addRow(m_discussButton);

    auto *content = new QWidget(this);
    auto *column = new QVBoxLayout(content);
    column->setContentsMargins(0, 0, 6, 0);
    column->addWidget(m_birthGroup);
    column->addWidget(m_requestGroup);
    column->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("fortuneFormScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    scroll->setMinimumWidth(340);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    setTabOrder(m_profileCombo, m_saveProfileButton);
    setTabOrder(m_saveProfileButton, m_deleteProfileButton);
    setTabOrder(m_deleteProfileButton, m_nameEdit);
    setTabOrder(m_nameEdit, m_lunarCheck);
    setTabOrder(m_lunarCheck, m_leapCheck);
    setTabOrder(m_leapCheck, m_dateEdit);
    setTabOrder(m_dateEdit, m_timeEdit);
    setTabOrder(m_timeEdit, m_timeUnknownCheck);
    setTabOrder(m_timeUnknownCheck, m_cityCombo);
    setTabOrder(m_cityCombo, m_longitudeSpin);
    setTabOrder(m_longitudeSpin, m_ziCombo);
    setTabOrder(m_ziCombo, m_fortuneDateEdit);
    setTabOrder(m_fortuneDateEdit, m_fortuneOnlyCheck);
    setTabOrder(m_fortuneOnlyCheck, m_getButton);
    setTabOrder(m_getButton, m_cancelButton);
    setTabOrder(m_cancelButton, m_discussButton);
    return scroll;
}

QWidget *FortunePane::buildResults()
{
    m_preview->setObjectName(QStringLiteral("pillarsPreview"));
    m_notesLabel->setObjectName(QStringLiteral("previewNotesLabel"));
    m_errorLabel->setObjectName(QStringLiteral("formErrorLabel"));
    m_busy->setObjectName(QStringLiteral("fortuneBusyIndicator"));
    m_statusLabel->setObjectName(QStringLiteral("fortuneStatusLabel"));
    m_narrativeView->setObjectName(QStringLiteral("narrativeTextBrowser"));
    m_metaLabel->setObjectName(QStringLiteral("fortuneMetaLabel"));
    m_emptyResultsLabel->setObjectName(QStringLiteral("emptyResultsLabel"));

    m_preview->setTextFormat(Qt::RichText);
    m_preview->setAlignment(Qt::AlignCenter);
    m_preview->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_preview->setMinimumHeight(120);
    m_notesLabel->setWordWrap(true);
    m_notesLabel->setTextFormat(Qt::RichText);
    m_notesLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_errorLabel->setWordWrap(true);
    m_errorLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QPalette errorPalette = m_errorLabel->palette();
    errorPalette.setColor(QPalette::WindowText, QColor(0xb0, 0x20, 0x20));
    m_errorLabel->setPalette(errorPalette);
    m_errorLabel->hide();
    m_busy->setRange(0, 0);
    m_busy->setMaximumHeight(6);
    m_busy->setTextVisible(false);
    m_busy->hide();
    m_statusLabel->setWordWrap(true);
    m_statusLabel->hide();
    m_narrativeView->setMinimumHeight(80);
    m_narrativeView->hide();
    QFont small = m_metaLabel->font();
    small.setPointSizeF(small.pointSizeF() * 0.85);
    m_metaLabel->setFont(small);
    m_metaLabel->setForegroundRole(QPalette::PlaceholderText);
    m_metaLabel->setWordWrap(true);
    m_metaLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_emptyResultsLabel->setWordWrap(true);
    m_emptyResultsLabel->setAlignment(Qt::AlignCenter);
    m_emptyResultsLabel->setForegroundRole(QPalette::PlaceholderText);

    m_previewGroup = new QGroupBox(this);
    m_previewGroup->setObjectName(QStringLiteral("previewGroupBox"));
    auto *previewLayout = new QVBoxLayout(m_previewGroup);
    previewLayout->addWidget(m_preview);
    previewLayout->addWidget(m_notesLabel);
    previewLayout->addWidget(m_errorLabel);

    auto *cardsHost = new QWidget(this);
    auto *cardsLayout = new QVBoxLayout(cardsHost);
    cardsLayout->setContentsMargins(0, 0, 0, 0);
    cardsLayout->addWidget(m_emptyResultsLabel);
    const char *cardNames[] = {"characterCard", "tendencyCard", "fortuneCard"};
    const char *bodyNames[] = {"characterCardLabel", "tendencyCardLabel", "fortuneCardLabel"};
    for (int i = 0; i < 3; ++i) {
        m_cards[i] = new QGroupBox(cardsHost);
        m_cards[i]->setObjectName(QLatin1String(cardNames[i]));
        m_cardBodies[i] = new QLabel(m_cards[i]);
        m_cardBodies[i]->setObjectName(QLatin1String(bodyNames[i]));
        m_cardBodies[i]->setWordWrap(true);
        m_cardBodies[i]->setTextFormat(Qt::RichText);
        m_cardBodies[i]->setTextInteractionFlags(Qt::TextSelectableByMouse);
        m_cardBodies[i]->setAlignment(Qt::AlignTop | Qt::AlignLeft);
        auto *cardLayout = new QVBoxLayout(m_cards[i]);
        cardLayout->addWidget(m_cardBodies[i]);
        cardsLayout->addWidget(m_cards[i]);
    }
    cardsLayout->addWidget(m_narrativeView);
    cardsLayout->addWidget(m_metaLabel);
    cardsLayout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("fortuneResultsScrollArea"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(cardsHost);
    scroll->setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);

    auto *right = new QWidget(this);
    auto *layout = new QVBoxLayout(right);
    layout->setContentsMargins(6, 0, 0, 0);
    layout->addWidget(m_notice);
    layout->addWidget(m_previewGroup);
    layout->addWidget(m_busy);
    layout->addWidget(m_retryBanner);
    layout->addWidget(m_statusLabel);
    layout->addWidget(scroll, 1);
    right->setMinimumWidth(360);
    return right;
}

void FortunePane::setServices(AppServices *services)
{
    m_services = services;
    if (services) {
        m_profiles = std::make_unique<ProfileStore>(services->profilesFile());
        connect(services, &AppServices::configChanged, this, &FortunePane::updateNotice);
        connect(services, &AppServices::keyStatusChanged, this, &FortunePane::updateNotice);
    }
    reloadProfiles(QString());
    updateNotice();
}

void FortunePane::setFortuneModel(const QString &model)
{
    if (!model.isEmpty())
        m_model = model;
}

bool FortunePane::isBusy() const
{
    return m_request != nullptr;
}

QStringList FortunePane::receivedSections() const
{
    QStringList names;
    const char *keys[] = {"character", "tendency", "fortune"};
    for (int i = 0; i < 3; ++i) {
        if (!m_sections[i].isEmpty())
            names << QLatin1String(keys[i]);
    }
    return names;
}

// ---- preview ----------------------------------------------------------------------------

void FortunePane::recompute()
{
    if (m_loadingProfile)
        return;
    m_pillarsText.clear();
    m_pillarsSummary.clear();
    m_saju = QJsonObject();
    m_formError.clear();

    BirthInput input;
    const QString dateText = m_dateEdit->text().trimmed();
    static const QRegularExpression datePattern(QStringLiteral("^(\\d{4})-(\\d{1,2})-(\\d{1,2})$"));
    const QRegularExpressionMatch match = datePattern.match(dateText);
    if (!match.hasMatch()) {
        m_formError = dateText.isEmpty() ? tr("Enter the birth date as YYYY-MM-DD.")
                                         : tr("Enter the birth date as YYYY-MM-DD (for example 1992-08-26).");
    } else {
        input.year = match.captured(1).toInt();
        input.month = match.captured(2).toInt();
        input.day = match.captured(3).toInt();
        input.calendar = m_lunarCheck->isChecked() ? CalendarKind::Lunar : CalendarKind::Solar;
        input.leapMonth = m_lunarCheck->isChecked() && m_leapCheck->isChecked();
        if (!m_timeUnknownCheck->isChecked()) {
            input.hour = m_timeEdit->time().hour();
            input.minute = m_timeEdit->time().minute();
        }
        input.longitude = m_longitudeSpin->value();
        input.zi = static_cast<ZiRule>(m_ziCombo->currentData().toInt());
        const Result<FourPillars> result = SajuEngine::compute(input);
        if (result) {
            renderPreview(*result);
        } else {
            m_formError = result.error().message();
        }
    }
    if (!m_formError.isEmpty()) {
        m_preview->setText(QStringLiteral("<span style='font-size:20pt; color:#9a9a9a'>— — — —</span>"));
        m_preview->setAccessibleDescription(QString());
        m_notesLabel->clear();
        m_notesLabel->hide();
        m_errorLabel->setText(m_formError);
        m_errorLabel->show();
    } else {
        m_errorLabel->hide();
    }
    updateButtons();
}

void FortunePane::renderPreview(const FourPillars &p)
{
    struct Column
    {
        QString label;
        const Pillar *pillar;
    };
    const QList<Column> columns = {{tr("Year"), &p.year},
                                   {tr("Month"), &p.month},
                                   {tr("Day"), &p.day},
                                   {tr("Hour"), p.hasHour ? &p.hour : nullptr}};
    QString header, big, small;
    QStringList hanja;
    for (const Column &c : columns) {
        header += QStringLiteral("<td align='center' style='padding:0 14px; color:#707070'>%1</td>").arg(esc(c.label));
        if (c.pillar) {
            hanja << c.pillar->hanja();
            big += QStringLiteral("<td align='center' style='padding:0 14px; font-size:24pt'>%1</td>")
                       .arg(c.pillar->hanja());
            small += QStringLiteral("<td align='center' style='padding:0 14px'>%1 · %2%3</td>")
                         .arg(c.pillar->hangul(), elementHanja(stemElement(c.pillar->stem)),
                              elementHanja(branchElement(c.pillar->branch)));
        } else {
            big += QStringLiteral("<td align='center' style='padding:0 14px; font-size:24pt; color:#a0a0a0'>?</td>");
            small += QStringLiteral("<td align='center' style='padding:0 14px; color:#707070'>%1</td>")
                         .arg(esc(tr("unknown")));
        }
    }
    m_pillarsText = hanja.join(QLatin1Char(' '));

    const Element dm = p.dayMasterElement();
    const QString dayMaster =
        tr("Day master: %1 %2 (%3)").arg(stemHanja(p.day.stem), p.dayMasterName(), elementLabel(dm));
    const std::array<int, 5> counts = p.elementCounts();
    QStringList elementParts;
    for (int e = 0; e < 5; ++e) {
        const auto element = static_cast<Element>(e);
        elementParts << QStringLiteral("%1 %2 %3").arg(elementHanja(element), elementLabel(element)).arg(counts[e]);
    }
    const QString elements = elementParts.join(QStringLiteral(" · "));
    m_preview->setText(QStringLiteral("<table align='center'><tr>%1</tr><tr>%2</tr><tr>%3</tr></table>"
                                      "<p align='center' style='margin-top:8px'><b>%4</b><br>%5</p>")
                           .arg(header, big, small, esc(dayMaster), esc(elements)));
    QStringList described;
    for (const Column &c : columns)
        described << QStringLiteral("%1 %2").arg(c.label, c.pillar ? pillarText(*c.pillar) : tr("unknown"));
    m_preview->setAccessibleDescription(described.join(QStringLiteral(", ")));
    m_pillarsSummary = tr("Four pillars (year, month, day, hour): %1. %2. Five elements: %3.")
                           .arg(described.join(QStringLiteral(", ")), dayMaster, elements);
    m_saju = p.toSajuJson();

    const QStringList notes = notesFor(p);
    QString notesHtml;
    for (const QString &note : notes)
        notesHtml += QStringLiteral("<li>%1</li>").arg(esc(note));
    m_notesLabel->setText(notesHtml.isEmpty() ? QString()
                                              : QStringLiteral("<ul style='margin-left:-20px'>%1</ul>").arg(notesHtml));
    m_notesLabel->setVisible(!notesHtml.isEmpty());
}

QStringList FortunePane::notesFor(const FourPillars &p) const
{
    QStringList notes;
    if (m_lunarCheck->isChecked())
        notes << tr("Lunar date converted to the solar date %1.").arg(p.civilDate.toString());
    if (p.flags.testFlag(SajuFlag::TimeUnknown))
        notes << tr("Birth time unknown: three pillars only, no hour pillar.");
    if (p.flags.testFlag(SajuFlag::JieDay) && p.jie >= 0) {
        notes << tr("The solar term %1 (%2) begins on this day at %3 Korean time. Born before it: year %4, month %5. "
                    "Born at or after it: year %6, month %7. Enter the birth time to decide.")
                     .arg(jieNameHanja(p.jie), jieNameHangul(p.jie), koreanClock(p.jieUtcInstant()),
                          pillarText(p.yearBeforeJie), pillarText(p.monthBeforeJie), pillarText(p.yearAfterJie),
                          pillarText(p.monthAfterJie));
    }
    if (p.flags.testFlag(SajuFlag::NearJie) && p.jie >= 0) {
        const bool after = p.month == p.monthAfterJie;
        const Pillar &otherYear = after ? p.yearBeforeJie : p.yearAfterJie;
        const Pillar &otherMonth = after ? p.monthBeforeJie : p.monthAfterJie;
        notes << tr("Born within two minutes of the solar term %1 (%2, %3 Korean time): the exact minute decides the "
                    "month. The other possibility is year %4, month %5.")
                     .arg(jieNameHanja(p.jie), jieNameHangul(p.jie), koreanClock(p.jieUtcInstant()),
                          pillarText(otherYear), pillarText(otherMonth));
    }
    if (p.flags.testFlag(SajuFlag::TzGap))
        notes << tr("This clock time never existed in Korea (clocks jumped forward for daylight saving or a time "
                    "zone change); it was moved forward past the gap.");
    if (p.flags.testFlag(SajuFlag::TzOverlap))
        notes << tr("This clock time happened twice in Korea (clocks were turned back); the earlier of the two was "
                    "used.");
    if (p.flags.testFlag(SajuFlag::LmtEra))
        notes << tr("Before 1908-04-01 Korean clocks kept Seoul local mean time; the time was read that way.");
    if (p.hasHour)
        notes << tr("Day and hour use local mean time at %1° E (%2).")
                     .arg(QLocale().toString(p.longitude, 'f', 3), formatUtcOffset(p.lmtOffset));
    return notes;
}

// ---- requests ---------------------------------------------------------------------------

void FortunePane::updateNotice()
{
    if (!m_services) {
        m_notice->setMessage(tr("The daily fortune is not connected to any service. The preview works offline."));
        m_notice->setDemoOffered(false);
        m_notice->show();
    } else if (m_services->isDemo()) {
        m_notice->hide();
    } else if (!m_services->hasKey(AppServices::Service::Saju)) {
        m_notice->setMessage(tr("The daily fortune needs a Saju API key (bs_live_… or bs_test_…). The four-pillar "
                                "preview works without one."));
        m_notice->setDemoOffered(!m_services->hasAnyKey());
        m_notice->show();
    } else if (m_services->keys()->authState(AppServices::Service::Saju) == KeyManager::AuthState::Rejected) {
        m_notice->setMessage(tr("The Saju API rejected the key. Enter a new key in Settings › API Keys."));
        m_notice->setDemoOffered(false);
        m_notice->show();
    } else {
        m_notice->hide();
    }
    updateButtons();
}

void FortunePane::updateButtons()
{
    const bool busy = m_request != nullptr;
    const bool valid = m_formError.isEmpty() && !m_saju.isEmpty();
    m_getButton->setVisible(!busy);
    m_cancelButton->setVisible(busy);
    m_busy->setVisible(busy);
    m_getButton->setEnabled(valid && !m_nameEdit->text().trimmed().isEmpty());
    m_discussButton->setEnabled(valid);
    m_deleteProfileButton->setEnabled(!m_profileCombo->currentData().toString().isEmpty());
}

bool FortunePane::focusField(const QString &path)
{
    // The Saju API names request fields (api-contract §2.4); the form has one input per part.
    const QString p = path.trimmed();
    QWidget *target = nullptr;
    if (p == QLatin1String("userName") || p == QLatin1String("name"))
        target = m_nameEdit;
    else if (p == QLatin1String("date"))
        target = m_fortuneDateEdit;
    else if (p == QLatin1String("type"))
        target = m_fortuneOnlyCheck;
    else if (p.endsWith(QLatin1String(".hour")) || p.endsWith(QLatin1String(".minute")))
        target = m_timeUnknownCheck->isChecked() ? static_cast<QWidget *>(m_timeUnknownCheck) : m_timeEdit;
    else if (p == QLatin1String("saju") || p.startsWith(QLatin1String("saju.")))
        target = m_dateEdit; // the pillars come from the birth date
    if (!target)
        return false;
    if (auto *scroll = findChild<QScrollArea *>(QStringLiteral("fortuneFormScrollArea")))
        scroll->ensureWidgetVisible(target);
    target->setFocus(Qt::OtherFocusReason);
    return true;
}

void FortunePane::getFortune()
{
    if (m_request)
        return;
    recompute();
    if (!m_formError.isEmpty() || m_saju.isEmpty())
        return;
    const QString name = m_nameEdit->text().trimmed();
    if (name.isEmpty()) {
        showStatus(tr("Enter a name: the fortune is written for that person."), true);
        m_nameEdit->setFocus();
        return;
    }
    if (!m_services || !m_services->hasKey(AppServices::Service::Saju)) {
        updateNotice();
        showStatus(tr("Add a Saju API key to get the daily fortune."), true);
        return;
    }
    FortuneParams params;
    params.saju = m_saju;
    params.userName = name;
    params.model = m_model;
    params.date = m_fortuneDateEdit->date();
    params.fortuneOnly = m_fortuneOnlyCheck->isChecked();
    clearResults();
    m_emptyResultsLabel->hide();

    auto *request = new FortuneRequest(m_services->http(), m_services->sajuConfig(), params, this);
    request->setRateLimitTracker(m_services->rateLimits());
    m_request = request;
    const int maxAttempts = m_services->sajuConfig().retryPolicy.maxAttempts;
    connect(request, &FortuneRequest::sectionReceived, this, &FortunePane::showSection);
    connect(request, &FortuneRequest::narrativeReceived, this, &FortunePane::appendNarrative);
    connect(request, &FortuneRequest::started, m_retryBanner, &RetryBanner::hideBanner);
    connect(request, &FortuneRequest::retryScheduled, this,
            [this, maxAttempts](int attempt, qint64 delayMs, const ApiError &error) {
                m_retryBanner->showCountdown(attempt, maxAttempts, delayMs, error);
            });
    connect(request, &FortuneRequest::streamFallback, this,
            [this](const StreamFallback &note) { showStatus(note.message(), false); });
    connect(request, &FortuneRequest::keyWarning, this, [this](const QString &warning) { showStatus(warning, false); });
    connect(request, &FortuneRequest::completed, this, [this](const FortuneResult &result) {
        for (const QString &section : result.sections()) {
            const int i = sectionIndex(section);
            if (i >= 0 && m_sections[i].isEmpty()) {
                QJsonObject data = section == QLatin1String("character")  ? result.character
                                   : section == QLatin1String("tendency") ? result.tendency
                                                                          : result.fortune;
                showSection(section, data);
            }
        }
        if (m_narrative.isEmpty() && !result.narrative.isEmpty())
            appendNarrative(result.narrative);
        m_metaJson = result.meta.raw;
        m_metaJson.insert(QStringLiteral("requestId"), result.meta.requestId);
        m_metaJson.insert(QStringLiteral("model"), result.meta.model);
        m_metaJson.insert(QStringLiteral("cached"), result.meta.cached);
        m_metaJson.insert(QStringLiteral("cost"), result.meta.cost);
        m_metaJson.insert(QStringLiteral("latency"), result.meta.latencyMs);
        showMeta();
        if (m_services)
            m_services->reportSuccess(ApiError::Service::Saju);
        if (result.sections().isEmpty() && result.narrative.isEmpty())
            showStatus(tr("The service answered, but the answer had no fortune in it."), true);
        else
            m_statusLabel->hide();
        finishRequest();
    });
    connect(request, &FortuneRequest::failed, this, [this](const ApiError &error, const FortuneResult &) {
        const bool auth = m_services && m_services->reportFailure(error);
        emit errorOccurred(error);
        QString text = error.userMessage();
        if (const QString hint = error.userHint(); !hint.isEmpty())
            text += QLatin1Char(' ') + hint;
        const bool partial = !receivedSections().isEmpty() || !m_narrative.isEmpty();
        showStatus(partial ? tr("The fortune is incomplete: %1").arg(text) : tr("No fortune: %1").arg(text), true);
        if (auth)
            updateNotice();
        finishRequest();
    });
    updateButtons();
    request->start();
}

void FortunePane::cancelFortune()
{
    if (!m_request)
        return;
    m_request->cancel();
    showStatus(receivedSections().isEmpty() ? tr("Cancelled.") : tr("Cancelled. The parts received are kept."), false);
    finishRequest();
}

void FortunePane::finishRequest()
{
    if (m_request) {
        m_request->disconnect(this);
        m_request->deleteLater();
    }
    m_request = nullptr;
    m_retryBanner->hideBanner();
    updateButtons();
}

void FortunePane::showStatus(const QString &text, bool isError)
{
    QPalette pal = m_statusLabel->palette();
    pal.setColor(QPalette::WindowText, isError ? QColor(0xb0, 0x20, 0x20) : palette().color(QPalette::WindowText));
    m_statusLabel->setPalette(pal);
    m_statusLabel->setText(text);
    m_statusLabel->show();
}

void FortunePane::clearResults()
{
    for (int i = 0; i < 3; ++i) {
        m_sections[i] = QJsonObject();
        m_cards[i]->hide();
        m_cardBodies[i]->clear();
    }
    m_narrative.clear();
    m_narrativeView->clear();
    m_narrativeView->hide();
    m_metaJson = QJsonObject();
    m_metaLabel->clear();
    m_metaLabel->hide();
    m_statusLabel->hide();
    m_emptyResultsLabel->show();
}

void FortunePane::showSection(const QString &section, const QJsonObject &data)
{
    const int i = sectionIndex(section);
    if (i < 0)
        return;
    m_sections[i] = data;
    m_emptyResultsLabel->hide();
    QString html;
    auto paragraph = [&html](const QString &text, const QString &style = QString()) {
        if (!text.trimmed().isEmpty())
            html += QStringLiteral("<p style='margin:2px 0 6px 0; %1'>%2</p>").arg(style, esc(text));
    };
    QStringList shown;
    auto take = [&data, &shown](const char *key) {
        shown << QLatin1String(key);
        return textOf(data.value(QLatin1String(key)));
    };
    if (i == CharacterSection) {
        const QString emoji = take("emoji");
        QString headline = take("dayMaster");
        if (const QString hanja = take("dayMasterHanja"); !hanja.isEmpty())
            headline += QStringLiteral(" (%1)").arg(hanja);
        paragraph((emoji + QLatin1Char(' ') + headline).trimmed(), QStringLiteral("font-size:15pt; font-weight:600"));
        paragraph(take("title"), QStringLiteral("font-weight:600"));
        paragraph(take("identity"));
        paragraph(take("investmentIdentity"));
    } else if (i == TendencySection) {
        const QJsonObject scores = data.value(QStringLiteral("scores")).toObject();
        shown << QStringLiteral("scores");
        const QList<QPair<QString, QString>> known = {{QStringLiteral("riskTolerance"), tr("Risk tolerance")},
                                                      {QStringLiteral("longTermAptitude"), tr("Long-term aptitude")},
                                                      {QStringLiteral("trendSensitivity"), tr("Trend sensitivity")}};
        QString rows;
        for (auto it = scores.constBegin(); it != scores.constEnd(); ++it) {
            QString label = it.key();
            for (const auto &k : known) {
                if (k.first == it.key())
                    label = k.second;
            }
            const int value = it.value().toInt();
            rows += QStringLiteral("<tr><td>%1</td><td style='padding-left:10px'>%2</td><td align='right' "
                                   "style='padding-left:8px'>%3</td></tr>")
                        .arg(esc(label), scoreBar(value))
                        .arg(value);
        }
        if (!rows.isEmpty())
            html += QStringLiteral("<table>%1</table>").arg(rows);
        paragraph(take("summary"));
        const QJsonArray strengths = data.value(QStringLiteral("strengths")).toArray();
        shown << QStringLiteral("strengths");
        if (!strengths.isEmpty()) {
            QString items;
            for (const QJsonValue &s : strengths)
                items += QStringLiteral("<li>%1</li>").arg(esc(textOf(s)));
            html += QStringLiteral("<p style='margin:4px 0 0 0'><b>%1</b></p><ul style='margin-top:0'>%2</ul>")
                        .arg(esc(tr("Strengths")), items);
        }
        if (const QString weakness = textOf(data.value(QStringLiteral("weakness"))); !weakness.isEmpty())
            paragraph(tr("Weakness: %1").arg(weakness));
        shown << QStringLiteral("weakness");
        if (const QString warning = take("warning"); !warning.isEmpty())
            paragraph(tr("Caution: %1").arg(warning), QStringLiteral("color:#a04000"));
    } else {
        if (data.contains(QStringLiteral("score"))) {
            const int score = data.value(QStringLiteral("score")).toInt();
            html += QStringLiteral("<p style='margin:2px 0 6px 0'><span style='font-size:22pt; font-weight:600'>%1"
                                   "</span> <span style='color:#707070'>/ 100</span> &nbsp; %2</p>")
                        .arg(score)
                        .arg(scoreBar(score));
        }
        shown << QStringLiteral("score");
        QString date = take("formattedDate");
        if (date.isEmpty())
            date = take("date");
        else
            take("date");
        paragraph(date, QStringLiteral("color:#707070"));
        paragraph(take("summary"));
        paragraph(take("message"));
        const QJsonArray items = data.value(QStringLiteral("actionItems")).toArray();
        shown << QStringLiteral("actionItems");
        if (!items.isEmpty()) {
            QString list;
            for (const QJsonValue &item : items) {
                if (const QString text = textOf(item); !text.isEmpty())
                    list += QStringLiteral("<li>%1</li>").arg(esc(text));
            }
            html += QStringLiteral("<p style='margin:4px 0 0 0'><b>%1</b></p><ul style='margin-top:0'>%2</ul>")
                        .arg(esc(tr("Things to do today")), list);
        }
        const QJsonObject deficiency = data.value(QStringLiteral("deficiency")).toObject();
        shown << QStringLiteral("deficiency");
        if (!deficiency.isEmpty()) {
            QString text = textOf(deficiency);
            if (text.isEmpty())
                text = deficiency.value(QStringLiteral("element")).toString();
            paragraph(tr("Lacking element: %1").arg(text));
        }
    }
    // Fields this version does not know are still shown, so nothing the service sends is lost.
    for (auto it = data.constBegin(); it != data.constEnd(); ++it) {
        if (shown.contains(it.key()) || !it.value().isString())
            continue;
        paragraph(it.value().toString());
    }
    m_cardBodies[i]->setText(html);
    m_cards[i]->show();
}

void FortunePane::appendNarrative(const QString &text)
{
    m_narrative += text;
    m_emptyResultsLabel->hide();
    m_narrativeView->show();
    QScrollBar *bar = m_narrativeView->verticalScrollBar();
    const bool follow = bar->value() >= bar->maximum() - 4;
    QTextCursor cursor(m_narrativeView->document());
    cursor.movePosition(QTextCursor::End);
    cursor.insertText(text);
    if (follow)
        bar->setValue(bar->maximum());
}

void FortunePane::showMeta()
{
    QStringList parts;
    if (const QString id = m_metaJson.value(QStringLiteral("requestId")).toString(); !id.isEmpty())
        parts << tr("Request %1").arg(id);
    if (const QString model = m_metaJson.value(QStringLiteral("model")).toString(); !model.isEmpty())
        parts << tr("model %1").arg(model);
    if (m_metaJson.value(QStringLiteral("cached")).toBool())
        parts << tr("from cache");
    if (const double cost = m_metaJson.value(QStringLiteral("cost")).toDouble(-1); cost >= 0)
        parts << tr("cost $%1").arg(QString::number(cost, 'f', 3));
    if (const double latency = m_metaJson.value(QStringLiteral("latency")).toDouble(-1); latency >= 0)
        parts << tr("%1 ms").arg(qRound(latency));
    m_metaLabel->setText(parts.join(QStringLiteral(" · ")));
    m_metaLabel->setVisible(!parts.isEmpty());
}

// ---- chat hand-off ----------------------------------------------------------------------

QString FortunePane::summaryForChat() const
{
    QStringList lines;
    const QString name = m_nameEdit->text().trimmed();
    const QString birth = m_timeUnknownCheck->isChecked() ? m_dateEdit->text()
                                                          : m_dateEdit->text() + QLatin1Char(' ')
                                                                + m_timeEdit->time().toString(QStringLiteral("HH:mm"));
    lines << tr("Person: %1, born %2 (%3 calendar), birthplace longitude %4° E.")
                 .arg(name.isEmpty() ? tr("unnamed") : name, birth,
                      m_lunarCheck->isChecked() ? tr("lunar") : tr("solar"),
                      QLocale().toString(m_longitudeSpin->value(), 'f', 3));
    lines << m_pillarsSummary;
    if (!m_sections[CharacterSection].isEmpty() || !m_sections[FortuneSection].isEmpty()) {
        lines << tr("Daily fortune for %1:").arg(m_fortuneDateEdit->date().toString(Qt::ISODate));
        for (int i = 0; i < 3; ++i) {
            if (!m_sections[i].isEmpty())
                lines << m_cardBodies[i]->text().remove(QRegularExpression(QStringLiteral("<[^>]*>"))).simplified();
        }
    }
    if (!m_narrative.isEmpty())
        lines << m_narrative.left(4000);
    lines << tr("Answer the user's questions about this saju and fortune kindly and concretely, in the user's "
                "language.");
    return lines.join(QLatin1Char('\n'));
}

void FortunePane::discussInChat()
{
    recompute();
    if (!m_formError.isEmpty() || m_saju.isEmpty())
        return;
    const QString name = m_nameEdit->text().trimmed();
    const QString title = name.isEmpty() ? tr("Saju %1").arg(m_pillarsText) : tr("Saju of %1").arg(name);
    emit discussRequested(title, summaryForChat(),
                          receivedSections().isEmpty() ? tr("Please explain these four pillars.")
                                                       : tr("Please explain my four pillars and today's fortune."));
}

// ---- profiles ---------------------------------------------------------------------------

void FortunePane::reloadProfiles(const QString &selectId)
{
    const QSignalBlocker blocker(m_profileCombo);
    m_profileCombo->clear();
    m_profileCombo->addItem(tr("New person"), QString());
    if (m_profiles) {
        QString problem;
        const QList<BirthProfile> profiles = m_profiles->load(&problem);
        if (!problem.isEmpty()) {
            ApiError error = ApiError::local(ApiError::Service::Local, QString(), ApiErrorCode::InvalidInput, problem);
            error.code = QStringLiteral("damaged_profiles");
            emit errorOccurred(error);
        }
        for (const BirthProfile &p : profiles)
            m_profileCombo->addItem(QStringLiteral("%1 (%2)").arg(p.name, p.birthDate), p.id);
    }
    const int index = selectId.isEmpty() ? 0 : m_profileCombo->findData(selectId);
    m_profileCombo->setCurrentIndex(std::max(0, index));
    updateButtons();
}

void FortunePane::loadProfile(int index)
{
    const QString id = m_profileCombo->itemData(index).toString();
    updateButtons();
    if (id.isEmpty() || !m_profiles)
        return;
    const QList<BirthProfile> profiles = m_profiles->load();
    for (const BirthProfile &p : profiles) {
        if (p.id != id)
            continue;
        m_loadingProfile = true;
        m_nameEdit->setText(p.name);
        m_lunarCheck->setChecked(p.lunar);
        m_leapCheck->setEnabled(p.lunar);
        m_leapCheck->setChecked(p.lunar && p.leapMonth);
        m_dateEdit->setText(p.birthDate);
        m_timeUnknownCheck->setChecked(p.birthTime.isEmpty());
        m_timeEdit->setEnabled(!p.birthTime.isEmpty());
        if (!p.birthTime.isEmpty())
            m_timeEdit->setTime(QTime::fromString(p.birthTime, QStringLiteral("HH:mm")));
        int city = -1;
        if (!p.city.isEmpty()) {
            if (const auto found = findCity(p.city)) {
                for (int c = 0; c < cities().size(); ++c) {
                    if (cities().at(c).nameKo == found->nameKo)
                        city = c;
                }
            }
        }
        m_cityCombo->setCurrentIndex(m_cityCombo->findData(city < 0 ? customCity : city));
        m_longitudeSpin->setValue(city < 0 ? p.longitude : cities().at(city).longitude);
        const auto zi = ziRuleFromName(p.ziRule);
        m_ziCombo->setCurrentIndex(m_ziCombo->findData(static_cast<int>(zi.value_or(ZiRule::Split))));
        m_loadingProfile = false;
        recompute();
        return;
    }
}

void FortunePane::saveProfile()
{
    if (!m_profiles)
        return;
    const QString name = m_nameEdit->text().trimmed();
    if (name.isEmpty()) {
        showStatus(tr("Enter a name to save this person."), true);
        m_nameEdit->setFocus();
        return;
    }
    BirthProfile p;
    p.id = m_profileCombo->currentData().toString();
    p.name = name;
    p.birthDate = m_dateEdit->text().trimmed();
    p.birthTime = m_timeUnknownCheck->isChecked() ? QString() : m_timeEdit->time().toString(QStringLiteral("HH:mm"));
    p.lunar = m_lunarCheck->isChecked();
    p.leapMonth = p.lunar && m_leapCheck->isChecked();
    p.ziRule = ziRuleName(static_cast<ZiRule>(m_ziCombo->currentData().toInt()));
    const int city = m_cityCombo->currentData().toInt();
    p.city = city >= 0 && city < cities().size() ? cities().at(city).nameKo : QString();
    p.longitude = m_longitudeSpin->value();
    p.updatedAt = QDateTime::currentDateTimeUtc();
    QString problem, savedId;
    if (!m_profiles->upsert(p, &problem, &savedId)) {
        showStatus(tr("The profile could not be saved: %1").arg(problem), true);
        return;
    }
    reloadProfiles(savedId);
    showStatus(tr("Saved “%1”.").arg(name), false);
}

void FortunePane::deleteProfile()
{
    const QString id = m_profileCombo->currentData().toString();
    if (id.isEmpty() || !m_profiles)
        return;
    const QString label = m_profileCombo->currentText();
    QString problem;
    if (!m_profiles->remove(id, &problem)) {
        showStatus(tr("The profile could not be deleted: %1").arg(problem), true);
        return;
    }
    reloadProfiles(QString());
    showStatus(tr("Deleted “%1”. The form keeps its values; Save brings it back.").arg(label), false);
}

// ---- language ---------------------------------------------------------------------------

void FortunePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateNotice();
        recompute();
        for (int i = 0; i < 3; ++i) {
            if (!m_sections[i].isEmpty())
                showSection(i == 0   ? QStringLiteral("character")
                            : i == 1 ? QStringLiteral("tendency")
                                     : QStringLiteral("fortune"),
                            m_sections[i]);
        }
        showMeta();
    }
    QWidget::changeEvent(event);
}

void FortunePane::retranslateUi()
{
    m_birthGroup->setTitle(tr("Birth"));
    m_requestGroup->setTitle(tr("Daily Fortune"));
    m_previewGroup->setTitle(tr("Four Pillars (computed on this computer)"));
    m_labels[ProfileLabel]->setText(tr("&Profile:"));
    m_labels[NameLabel]->setText(tr("&Name:"));
    m_labels[CalendarLabel]->setText(tr("Calendar:"));
    m_labels[DateLabel]->setText(tr("Birth &date:"));
    m_labels[TimeLabel]->setText(tr("Birth &time:"));
    m_labels[PlaceLabel]->setText(tr("&Birthplace:"));
    m_labels[LongitudeLabel]->setText(tr("Longitud&e:"));
    m_labels[ZiLabel]->setText(tr("子 hour &rule:"));
    m_labels[FortuneDateLabel]->setText(tr("Fortune d&ate:"));
    m_labels[OptionsLabel]->setText(tr("Options:"));
    m_saveProfileButton->setText(tr("Save"));
    m_saveProfileButton->setToolTip(tr("Save this person's birth data"));
    m_deleteProfileButton->setText(tr("Delete"));
    m_deleteProfileButton->setToolTip(tr("Delete the selected saved person"));
    if (m_profileCombo->count() > 0)
        m_profileCombo->setItemText(0, tr("New person"));
    m_profileCombo->setAccessibleName(tr("Saved person"));
    m_nameEdit->setPlaceholderText(tr("e.g. 이서준"));
    m_nameEdit->setAccessibleName(tr("Name"));
    m_lunarCheck->setText(tr("L&unar date (음력)"));
    m_leapCheck->setText(tr("Leap &month (윤달)"));
    m_leapCheck->setToolTip(tr("The date is in the leap (intercalary) month of that lunar year"));
    m_dateEdit->setPlaceholderText(tr("YYYY-MM-DD"));
    m_dateEdit->setAccessibleName(tr("Birth date"));
    m_dateEdit->setToolTip(tr("Solar or lunar date, 1900–2100 (lunar: 1900–2050)"));
    m_timeEdit->setAccessibleName(tr("Birth time"));
    m_timeEdit->setToolTip(tr("Korean clock time as written on the birth record (daylight saving time included)"));
    m_timeUnknownCheck->setText(tr("Time un&known"));
    m_timeUnknownCheck->setToolTip(tr("Without the time there is no hour pillar (three pillars only)"));
    m_cityCombo->setItemText(m_cityCombo->count() - 1, tr("Other place (enter the longitude)"));
    m_cityCombo->setAccessibleName(tr("Birthplace"));
    m_cityCombo->setToolTip(tr("Used for the local mean time of the day and hour pillars"));
    m_longitudeSpin->setAccessibleName(tr("Birthplace longitude, degrees east"));
    m_ziCombo->setItemText(0, tr("Split 야자시/조자시 (default)"));
    m_ziCombo->setItemText(1, tr("Day changes at 23:00"));
    m_ziCombo->setItemText(2, tr("Day changes at midnight"));
    m_ziCombo->setAccessibleName(tr("子 hour rule"));
    m_ziCombo->setToolTip(
        tr("<p>How a birth between 23:00 and 01:00 (the 子 hour) is counted.</p>"
           "<p><b>Split</b>: the day changes at midnight, but 23:00–24:00 already uses the next day's 子 hour stem "
           "(야자시 / 조자시). Most Korean 만세력 apps do this.</p>"
           "<p><b>23:00</b>: the whole day, and the 子 hour, changes at 23:00 (정자시).</p>"
           "<p><b>Midnight</b>: the day changes at midnight and 23:00–24:00 keeps today's stem.</p>"));
    m_fortuneDateEdit->setAccessibleName(tr("Fortune date"));
    m_fortuneDateEdit->setToolTip(tr("The day the fortune is for (Korean date)"));
    m_fortuneOnlyCheck->setText(tr("Fortune &only (cheaper)"));
    m_fortuneOnlyCheck->setToolTip(tr("Ask only for today's fortune, without character and tendency"));
    m_getButton->setText(tr("&Get Fortune"));
    m_getButton->setToolTip(tr("Ask the Saju API for the daily fortune of these four pillars"));
    m_cancelButton->setText(tr("Cancel"));
    m_discussButton->setText(tr("Discuss in &Chat"));
    m_discussButton->setToolTip(tr("Start a chat conversation about these pillars and the fortune"));
    m_cards[CharacterSection]->setTitle(tr("Character"));
    m_cards[TendencySection]->setTitle(tr("Investment Tendency"));
    m_cards[FortuneSection]->setTitle(tr("Today's Fortune"));
    m_narrativeView->setAccessibleName(tr("Fortune text"));
    m_preview->setAccessibleName(tr("Four pillars preview"));
    m_busy->setAccessibleName(tr("Waiting for the fortune"));
    m_emptyResultsLabel->setText(tr("Fill in the birth data, then choose Get Fortune."));
}

} // namespace sajudesk
