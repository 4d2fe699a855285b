// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelPicker.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>

namespace sajudesk {

namespace {
const QString chatModelKey = QStringLiteral("models/chat");
const QString fortuneModelKey = QStringLiteral("models/fortune");
// The Saju API's v0 models (api-contract §2.5); haiku is the vendor default and the cheapest.
const QStringList fortuneModels = {QStringLiteral("haiku"), QStringLiteral("sonnet"), QStringLiteral("gpt4o")};
} // namespace

ModelPicker::ModelPicker(QWidget *parent)
    : QWidget(parent)
    , m_chatLabel(new QLabel(this))
    , m_chatCombo(new QComboBox(this))
    , m_fortuneLabel(new QLabel(this))
    , m_fortuneCombo(new QComboBox(this))
{
    setObjectName(QStringLiteral("modelPicker"));
    m_chatCombo->setObjectName(QStringLiteral("chatModelComboBox"));
    m_fortuneCombo->setObjectName(QStringLiteral("fortuneModelComboBox"));
    m_chatCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chatCombo->setMinimumContentsLength(18);
    m_chatLabel->setBuddy(m_chatCombo);
    m_fortuneLabel->setBuddy(m_fortuneCombo);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_chatLabel);
    layout->addWidget(m_chatCombo);
    layout->addSpacing(16);
    layout->addWidget(m_fortuneLabel);
    layout->addWidget(m_fortuneCombo);

    for (const QString &id : fortuneModels)
        m_fortuneCombo->addItem(id, id);
    QSettings settings;
    const int saved = m_fortuneCombo->findData(settings.value(fortuneModelKey, fortuneModels.first()));
    m_fortuneCombo->setCurrentIndex(saved < 0 ? 0 : saved);

    connect(m_chatCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QString id = currentChatModel();
        if (id.isEmpty())
            return;
        QSettings().setValue(chatModelKey, id);
        emit chatModelChanged(id);
    });
    connect(m_fortuneCombo, &QComboBox::currentIndexChanged, this, [this] {
        QSettings().setValue(fortuneModelKey, currentFortuneModel());
        emit fortuneModelChanged(currentFortuneModel());
    });
    retranslateUi();
}

void ModelPicker::setChatModels(const QStringList &ids)
{
    const QString wanted =
        currentChatModel().isEmpty() ? QSettings().value(chatModelKey).toString() : currentChatModel();
    const QSignalBlocker blocker(m_chatCombo);
    m_chatCombo->clear();
    for (const QString &id : ids)
        m_chatCombo->addItem(id, id);
    m_chatCombo->setEnabled(!ids.isEmpty());
    const int index = m_chatCombo->findData(wanted);
    m_chatCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_status.clear();
    retranslateUi();
    if (!currentChatModel().isEmpty() && currentChatModel() != wanted)
        emit chatModelChanged(currentChatModel());
}

QStringList ModelPicker::chatModels() const
{
    QStringList ids;
    for (int i = 0; i < m_chatCombo->count(); ++i)
        ids << m_chatCombo->itemData(i).toString();
    return ids;
}

QString ModelPicker::currentChatModel() const
{
    return m_chatCombo->currentData().toString();
}

void ModelPicker::setCurrentChatModel(const QString &id)
{
    const int index = m_chatCombo->findData(id);
    if (index >= 0)
        m_chatCombo->setCurrentIndex(index);
}

void ModelPicker::setChatModelsStatus(const QString &status)
{
    m_status = status;
    m_chatCombo->setToolTip(status);
    if (m_chatCombo->count() == 0) {
        const QSignalBlocker blocker(m_chatCombo);
        m_chatCombo->setPlaceholderText(status);
    }
}

QString ModelPicker::currentFortuneModel() const
{
    return m_fortuneCombo->currentData().toString();
}

void ModelPicker::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ModelPicker::retranslateUi()
{
    m_chatLabel->setText(tr("Chat model:"));
    m_fortuneLabel->setText(tr("Fortune model:"));
    m_chatCombo->setToolTip(m_status.isEmpty() ? tr("RunYour AI model used for chat") : m_status);
    m_fortuneCombo->setToolTip(tr("Saju API model used for daily fortunes"));
    if (m_chatCombo->count() == 0 && m_status.isEmpty())
        m_chatCombo->setPlaceholderText(tr("No models loaded"));
    m_fortuneCombo->setItemText(0, tr("haiku — fast, cheapest"));
    m_fortuneCombo->setItemText(1, tr("sonnet — higher quality"));
    m_fortuneCombo->setItemText(2, tr("gpt4o — GPT-4o"));
}

} // namespace sajudesk
