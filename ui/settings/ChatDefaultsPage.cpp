// SPDX-License-Identifier: GPL-3.0-or-later
#include "settings/ChatDefaultsPage.h"

#include "chat/ChatDefaults.h"
#include "chat/ConversationSettingsBar.h"

#include <QCheckBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QFormLayout>
#include <QLabel>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sajudesk {

ChatDefaultsPage::ChatDefaultsPage(QWidget *parent)
    : QWidget(parent)
    , m_intro(new QLabel(this))
    , m_promptLabel(new QLabel(this))
    , m_prompt(new QPlainTextEdit(this))
    , m_temperatureLabel(new QLabel(this))
    , m_temperature(new QDoubleSpinBox(this))
    , m_maxTokensLabel(new QLabel(this))
    , m_maxTokens(new QSpinBox(this))
    , m_stream(new QCheckBox(this))
{
    setObjectName(QStringLiteral("chatDefaultsPage"));
    m_prompt->setObjectName(QStringLiteral("defaultSystemPromptEdit"));
    m_temperature->setObjectName(QStringLiteral("defaultTemperatureSpinBox"));
    m_maxTokens->setObjectName(QStringLiteral("defaultMaxTokensSpinBox"));
    m_stream->setObjectName(QStringLiteral("defaultStreamCheckBox"));
    m_intro->setWordWrap(true);
    m_prompt->setTabChangesFocus(true);
    m_promptLabel->setBuddy(m_prompt);
    m_temperatureLabel->setBuddy(m_temperature);
    m_maxTokensLabel->setBuddy(m_maxTokens);
    ConversationSettingsBar::setUpTemperature(m_temperature);
    ConversationSettingsBar::setUpMaxTokens(m_maxTokens);

    auto *form = new QFormLayout;
    form->addRow(m_promptLabel, m_prompt);
    form->addRow(m_temperatureLabel, m_temperature);
    form->addRow(m_maxTokensLabel, m_maxTokens);
    form->addRow(QString(), m_stream);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_intro);
    layout->addLayout(form, 1);

    const ChatSettings defaults = ChatDefaults::load();
    m_loading = true;
    m_prompt->setPlainText(defaults.systemPrompt);
    ConversationSettingsBar::showTemperature(m_temperature, defaults.temperature);
    ConversationSettingsBar::showMaxTokens(m_maxTokens, defaults.maxTokens);
    m_stream->setChecked(defaults.stream);
    m_loading = false;

    connect(m_prompt, &QPlainTextEdit::textChanged, this, &ChatDefaultsPage::save);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &ChatDefaultsPage::save);
    connect(m_maxTokens, &QSpinBox::valueChanged, this, &ChatDefaultsPage::save);
    connect(m_stream, &QCheckBox::toggled, this, &ChatDefaultsPage::save);
    retranslateUi();
}

void ChatDefaultsPage::save()
{
    if (m_loading)
        return;
    ChatSettings settings;
    settings.systemPrompt = m_prompt->toPlainText();
    settings.temperature = ConversationSettingsBar::temperatureOf(m_temperature);
    settings.maxTokens = ConversationSettingsBar::maxTokensOf(m_maxTokens);
    settings.stream = m_stream->isChecked();
    ChatDefaults::save(settings);
}

void ChatDefaultsPage::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ChatDefaultsPage::retranslateUi()
{
    m_intro->setText(tr("New conversations start with these settings; each conversation can change its own "
                        "above the transcript. The model is the one chosen in the toolbar."));
    m_promptLabel->setText(tr("System prompt:"));
    m_prompt->setPlaceholderText(tr("None"));
    m_temperatureLabel->setText(tr("Temperature:"));
    m_temperature->setSpecialValueText(tr("Default"));
    m_maxTokensLabel->setText(tr("Max tokens:"));
    m_maxTokens->setSpecialValueText(tr("Default"));
    m_stream->setText(tr("Stream answers as they are written"));
}

} // namespace sajudesk
