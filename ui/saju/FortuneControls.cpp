// SPDX-License-Identifier: GPL-3.0-or-later
#include "saju/FortuneControls.h"

#include "saju/SajuSession.h"
#include "sajuapi/FortuneSession.h"

#include <QCheckBox>
#include <QDateEdit>
#include <QEvent>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QVBoxLayout>

namespace sajudesk {

FortuneControls::FortuneControls(saju::SajuSession *saju, FortuneSession *fortune, QWidget *parent)
    : QWidget(parent)
    , m_saju(saju)
    , m_fortune(fortune)
    , m_group(new QGroupBox(this))
    , m_dateLabel(new QLabel(this))
    , m_optionsLabel(new QLabel(this))
    , m_date(new QDateEdit(this))
    , m_fortuneOnly(new QCheckBox(this))
    , m_get(new QPushButton(this))
    , m_cancel(new QPushButton(this))
    , m_discuss(new QPushButton(this))
    , m_missing(new QLabel(this))
{
    m_group->setObjectName(QStringLiteral("requestGroupBox"));
    m_date->setObjectName(QStringLiteral("fortuneDateEdit"));
    m_fortuneOnly->setObjectName(QStringLiteral("fortuneOnlyCheckBox"));
    m_get->setObjectName(QStringLiteral("getFortuneButton"));
    m_cancel->setObjectName(QStringLiteral("cancelFortuneButton"));
    m_discuss->setObjectName(QStringLiteral("discussInChatButton"));
    m_missing->setObjectName(QStringLiteral("requestHintLabel"));
    m_dateLabel->setBuddy(m_date);
    m_date->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
    m_date->setCalendarPopup(true);
    m_date->setDateRange(QDate(1900, 1, 1), QDate(2100, 12, 31));
    m_date->setDate(m_fortune->date());
    m_cancel->hide();
    m_missing->setWordWrap(true);
    m_missing->setForegroundRole(QPalette::PlaceholderText);

    auto *form = new QFormLayout(m_group);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    form->addRow(m_dateLabel, m_date);
    form->addRow(m_optionsLabel, m_fortuneOnly);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_get, 1);
    buttons->addWidget(m_cancel);
    form->addRow(buttons);
    form->addRow(m_missing);
    form->addRow(m_discuss);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_group);

    connect(m_date, &QDateEdit::dateChanged, m_fortune, &FortuneSession::setDate);
    connect(m_fortuneOnly, &QCheckBox::toggled, m_fortune, &FortuneSession::setFortuneOnly);
    connect(m_get, &QPushButton::clicked, this, &FortuneControls::getRequested);
    connect(m_cancel, &QPushButton::clicked, m_fortune, &FortuneSession::cancel);
    connect(m_discuss, &QPushButton::clicked, this, &FortuneControls::discussRequested);
    connect(m_saju, &saju::SajuSession::fieldsChanged, this, &FortuneControls::updateButtons);
    connect(m_fortune, &FortuneSession::busyChanged, this, &FortuneControls::updateButtons);
    retranslateUi();
    updateButtons();
}

QString FortuneControls::missingText() const
{
    return m_missing->isHidden() ? QString() : m_missing->text();
}

void FortuneControls::updateButtons()
{
    const bool busy = m_fortune->isBusy();
    const bool chart = m_saju->chart() != nullptr;
    m_get->setVisible(!busy);
    m_cancel->setVisible(busy);
    m_get->setEnabled(m_saju->requestReady());
    m_discuss->setEnabled(chart);
    QString missing;
    if (!chart)
        missing = tr("Correct the birth data above to get a fortune.");
    else if (!m_saju->requestReady())
        missing = tr("Enter a name to get a fortune: it is written for that person.");
    m_missing->setText(missing);
    m_missing->setVisible(!missing.isEmpty() && !busy);
}

void FortuneControls::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange) {
        retranslateUi();
        updateButtons();
    }
    QWidget::changeEvent(event);
}

void FortuneControls::retranslateUi()
{
    m_group->setTitle(tr("Daily Fortune"));
    m_dateLabel->setText(tr("Fortune d&ate:"));
    m_optionsLabel->setText(tr("Options:"));
    m_date->setAccessibleName(tr("Fortune date"));
    m_date->setToolTip(tr("The day the fortune is for (Korean date)"));
    m_fortuneOnly->setText(tr("Fortune &only (cheaper)"));
    m_fortuneOnly->setToolTip(tr("Ask only for today's fortune, without character and tendency"));
    m_get->setText(tr("&Get Fortune"));
    m_get->setToolTip(tr("Ask the Saju API for the daily fortune of this saju"));
    m_cancel->setText(tr("Cancel"));
    m_discuss->setText(tr("Discuss in &Chat"));
    m_discuss->setToolTip(tr("Start a chat conversation about this saju and its fortune"));
}

} // namespace sajudesk
