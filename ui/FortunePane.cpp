// SPDX-License-Identifier: GPL-3.0-or-later
#include "FortunePane.h"

#include <QEvent>
#include <QLabel>
#include <QVBoxLayout>

namespace sajudesk {

FortunePane::FortunePane(QWidget *parent)
    : QWidget(parent)
    , m_titleLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("fortunePane"));
    m_titleLabel->setObjectName(QStringLiteral("fortuneTitleLabel"));
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_titleLabel);
    layout->addStretch(1);
    retranslateUi();
}

void FortunePane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void FortunePane::retranslateUi()
{
    m_titleLabel->setText(tr("Birth details"));
}

} // namespace sajudesk
