// SPDX-License-Identifier: GPL-3.0-or-later
#include "KeyNotice.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>

namespace sajudesk {

KeyNotice::KeyNotice(const QString &prefix, QWidget *parent)
    : QFrame(parent)
    , m_label(new QLabel(this))
    , m_openKeysButton(new QPushButton(this))
    , m_demoButton(new QPushButton(this))
{
    setObjectName(prefix + QStringLiteral("KeyNotice"));
    m_label->setObjectName(prefix + QStringLiteral("NoticeLabel"));
    m_openKeysButton->setObjectName(prefix + QStringLiteral("OpenKeysButton"));
    m_demoButton->setObjectName(prefix + QStringLiteral("TryDemoButton"));
    setFrameShape(QFrame::StyledPanel);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::ToolTipBase);
    m_label->setWordWrap(true);
    m_label->setForegroundRole(QPalette::ToolTipText);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(10, 6, 10, 6);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_openKeysButton);
    layout->addWidget(m_demoButton);
    connect(m_openKeysButton, &QPushButton::clicked, this, &KeyNotice::openKeysRequested);
    connect(m_demoButton, &QPushButton::clicked, this, &KeyNotice::tryDemoRequested);
    retranslateUi();
}

void KeyNotice::setMessage(const QString &text)
{
    m_label->setText(text);
    setAccessibleDescription(text);
}

QString KeyNotice::message() const
{
    return m_label->text();
}

void KeyNotice::setDemoOffered(bool offered)
{
    m_demoButton->setVisible(offered);
}

void KeyNotice::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QFrame::changeEvent(event);
}

void KeyNotice::retranslateUi()
{
    m_openKeysButton->setText(tr("Open API Keys…"));
    m_openKeysButton->setToolTip(tr("Settings › API Keys"));
    m_demoButton->setText(tr("Try Demo Mode"));
    m_demoButton->setToolTip(tr("Use a built-in offline server with sample answers; no key needed"));
}

} // namespace sajudesk
