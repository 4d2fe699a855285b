// SPDX-License-Identifier: GPL-3.0-or-later
#include "ChatPane.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTextBrowser>
#include <QVBoxLayout>

namespace sajudesk {

ChatPane::ChatPane(QWidget *parent)
    : QWidget(parent)
    , m_transcript(new QTextBrowser(this))
    , m_input(new QPlainTextEdit(this))
    , m_sendButton(new QPushButton(this))
    , m_statusLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("chatPane"));
    m_transcript->setObjectName(QStringLiteral("chatTranscript"));
    m_input->setObjectName(QStringLiteral("chatInput"));
    m_sendButton->setObjectName(QStringLiteral("sendButton"));
    m_statusLabel->setObjectName(QStringLiteral("chatStatusLabel"));
    m_input->setMaximumHeight(120);

    auto *inputRow = new QHBoxLayout;
    inputRow->addWidget(m_input, 1);
    inputRow->addWidget(m_sendButton, 0, Qt::AlignBottom);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_transcript, 1);
    layout->addWidget(m_statusLabel);
    layout->addLayout(inputRow);
    retranslateUi();
}

void ChatPane::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChatPane::retranslateUi()
{
    m_input->setPlaceholderText(tr("Ask anything… (Ctrl+Enter to send)"));
    m_sendButton->setText(tr("Send"));
}

} // namespace sajudesk
