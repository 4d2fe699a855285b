// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelPicker.h"

#include "AppServices.h"
#include "runyour/ModelsRequest.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QSettings>
#include <QStyle>
#include <QToolButton>

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
    , m_refreshButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("modelPicker"));
    m_chatCombo->setObjectName(QStringLiteral("chatModelComboBox"));
    m_fortuneCombo->setObjectName(QStringLiteral("fortuneModelComboBox"));
    m_refreshButton->setObjectName(QStringLiteral("refreshModelsToolButton"));
    m_refreshButton->setIcon(style()->standardIcon(QStyle::SP_BrowserReload));
    m_refreshButton->setAutoRaise(true);
    connect(m_refreshButton, &QToolButton::clicked, this, &ModelPicker::refreshRequested);
    m_chatCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chatCombo->setMinimumContentsLength(18);
    m_chatLabel->setBuddy(m_chatCombo);
    m_fortuneLabel->setBuddy(m_fortuneCombo);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_chatLabel);
    layout->addWidget(m_chatCombo);
    layout->addWidget(m_refreshButton);
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

void ModelPicker::setServices(AppServices *services)
{
    m_services = services;
    if (!services)
        return;
    ModelCatalog *catalog = services->models();
    connect(this, &ModelPicker::refreshRequested, catalog, &ModelCatalog::refresh);
    connect(catalog, &ModelCatalog::loadingChanged, this, [this](bool loading) {
        m_refreshButton->setEnabled(!loading);
        if (loading)
            setChatModelsStatus(tr("Loading models…"));
    });
    connect(catalog, &ModelCatalog::modelsChanged, this, &ModelPicker::applyCatalog);
    connect(catalog, &ModelCatalog::retryScheduled, this, [this](int attempt, qint64 delayMs, const ApiError &) {
        setChatModelsStatus(
            tr("Loading models… retrying in %1 s (attempt %2)").arg((delayMs + 999) / 1000).arg(attempt));
    });
    connect(catalog, &ModelCatalog::loadFailed, this, [this](const ApiError &error) {
        setChatModelsStatus(tr("Could not load models: %1").arg(error.userMessage()));
        if (m_chatCombo->count() == 0)
            m_chatCombo->setPlaceholderText(tr("Models unavailable"));
        emit loadFailed(error);
    });
    connect(services, &AppServices::configChanged, this, &ModelPicker::reload);
    reload();
}

void ModelPicker::reload()
{
    if (!m_services)
        return;
    if (!m_services->isStarted()) {
        // Start-up: the list is asked for once the window has painted (AppServices::start).
        setChatModelsStatus(tr("Loading models…"));
        return;
    }
    if (!m_services->hasKey(AppServices::Service::RunYour)) {
        const QSignalBlocker blocker(m_chatCombo);
        m_chatCombo->clear();
        m_chatCombo->setEnabled(false);
        m_refreshButton->setEnabled(false);
        setChatModelsStatus(tr("No RunYour AI key"));
        return;
    }
    m_refreshButton->setEnabled(true);
    ModelCatalog *catalog = m_services->models();
    if (catalog->isLoaded())
        applyCatalog();
    else
        catalog->ensureLoaded();
}

void ModelPicker::applyCatalog()
{
    if (!m_services)
        return;
    QStringList ids;
    for (const ModelInfo &model : m_services->models()->models())
        ids << model.id;
    setChatModels(ids);
    if (ids.isEmpty())
        setChatModelsStatus(tr("The service offers no models"));
}

void ModelPicker::setChatModels(const QStringList &ids)
{
    const QString before = currentChatModel();
    const QString wanted = before.isEmpty() ? QSettings().value(chatModelKey).toString() : before;
    const QSignalBlocker blocker(m_chatCombo);
    m_chatCombo->clear();
    for (const QString &id : ids)
        m_chatCombo->addItem(id, id);
    m_chatCombo->setEnabled(!ids.isEmpty());
    const int index = m_chatCombo->findData(wanted);
    m_chatCombo->setCurrentIndex(index >= 0 ? index : 0);
    m_status.clear();
    retranslateUi();
    // Listeners follow what is selected now, also when it is the remembered choice.
    if (!currentChatModel().isEmpty() && currentChatModel() != before)
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

void ModelPicker::focusModelChoice(ApiError::Service service)
{
    QComboBox *combo = service == ApiError::Service::Saju ? m_fortuneCombo : m_chatCombo;
    combo->setFocus(Qt::OtherFocusReason);
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
    m_refreshButton->setToolTip(tr("Reload the chat model list"));
    m_refreshButton->setAccessibleName(tr("Reload models"));
    m_chatCombo->setAccessibleName(tr("Chat model"));
    m_fortuneCombo->setAccessibleName(tr("Fortune model"));
    if (m_chatCombo->count() == 0 && m_status.isEmpty())
        m_chatCombo->setPlaceholderText(tr("No models loaded"));
    m_fortuneCombo->setItemText(0, tr("haiku — fast, cheapest"));
    m_fortuneCombo->setItemText(1, tr("sonnet — higher quality"));
    m_fortuneCombo->setItemText(2, tr("gpt4o — GPT-4o"));
}

} // namespace sajudesk
