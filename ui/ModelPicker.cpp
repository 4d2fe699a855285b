// SPDX-License-Identifier: GPL-3.0-or-later
#include "ModelPicker.h"

#include "AppServices.h"
#include "chat/ChatIcons.h"
#include "chat/ModelPickerPopup.h"
#include "chat/ModelStatusText.h"
#include "runyour/ModelsRequest.h"
#include "runyour/RunYourJson.h"

#include <QComboBox>
#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QSettings>
#include <QStyle>
#include <QToolButton>

namespace sajudesk {

namespace {
const QString chatModelKey = QStringLiteral("models/chat");
const QString recentModelsKey = QStringLiteral("models/recent");
const QString fortuneModelKey = QStringLiteral("models/fortune");
// The Saju API's v0 models (api-contract §2.5); haiku is the vendor default and the cheapest.
const QStringList fortuneModels = {QStringLiteral("haiku"), QStringLiteral("sonnet"), QStringLiteral("gpt4o")};
} // namespace

ModelPicker::ModelPicker(QWidget *parent)
    : QWidget(parent)
    , m_chatLabel(new QLabel(this))
    , m_chatCombo(new ModelComboBox(this))
    , m_fortuneLabel(new QLabel(this))
    , m_fortuneCombo(new QComboBox(this))
    , m_refreshButton(new QToolButton(this))
    , m_actionButton(new QPushButton(this))
    , m_popup(new ModelPickerPopup(this))
{
    setObjectName(QStringLiteral("modelPicker"));
    m_chatCombo->setObjectName(QStringLiteral("chatModelComboBox"));
    m_fortuneCombo->setObjectName(QStringLiteral("fortuneModelComboBox"));
    m_refreshButton->setObjectName(QStringLiteral("refreshModelsToolButton"));
    m_actionButton->setObjectName(QStringLiteral("chatModelActionButton"));
    // Drawn, not the style's SP_BrowserReload: on X11 that searches the icon theme (~30 M
    // instructions before the first frame; see ChatIcons).
    m_refreshButton->setIcon(ChatIcons::icon(ChatIcons::Icon::Regenerate));
    m_refreshButton->setAutoRaise(true);
    m_actionButton->setAutoDefault(false);
    m_actionButton->hide();
    connect(m_refreshButton, &QToolButton::clicked, this, &ModelPicker::refreshRequested);
    connect(m_actionButton, &QPushButton::clicked, this, [this] {
        if (ModelStatusText::actionOpensKeys(m_state))
            emit openKeysRequested();
        else
            emit refreshRequested();
    });
    m_chatCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chatCombo->setMinimumContentsLength(18);
    // Measured again when the labels change language (the default measures once, at first show).
    m_fortuneCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_chatLabel->setBuddy(m_chatCombo);
    m_fortuneLabel->setBuddy(m_fortuneCombo);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 0, 4, 0);
    layout->addWidget(m_chatLabel);
    layout->addWidget(m_chatCombo);
    layout->addWidget(m_actionButton);
    layout->addWidget(m_refreshButton);
    layout->addSpacing(16);
    layout->addWidget(m_fortuneLabel);
    layout->addWidget(m_fortuneCombo);

    for (const QString &id : fortuneModels)
        m_fortuneCombo->addItem(id, id);
    QSettings settings;
    const int saved = m_fortuneCombo->findData(settings.value(fortuneModelKey, fortuneModels.first()));
    m_fortuneCombo->setCurrentIndex(saved < 0 ? 0 : saved);

    connect(m_chatCombo, &ModelComboBox::popupRequested, this, &ModelPicker::showPopup);
    connect(m_popup, &ModelPickerPopup::modelChosen, this, &ModelPicker::choose);
    connect(m_chatCombo, &QComboBox::activated, this, [this] { choose(currentChatModel(), false); });
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
        updateState();
    });
    connect(catalog, &ModelCatalog::modelsChanged, this, &ModelPicker::applyCatalog);
    connect(catalog, &ModelCatalog::retryScheduled, this, [this](int attempt, qint64 delayMs, const ApiError &) {
        setChatModelsStatus(
            tr("Loading models… retrying in %1 s (attempt %2)").arg((delayMs + 999) / 1000).arg(attempt));
    });
    connect(catalog, &ModelCatalog::loadFailed, this, [this](const ApiError &error) {
        updateState();
        emit loadFailed(error);
    });
    connect(services, &AppServices::configChanged, this, &ModelPicker::reload);
    connect(services, &AppServices::keyStatusChanged, this, &ModelPicker::updateState);
    reload();
}

void ModelPicker::reload()
{
    if (!m_services)
        return;
    if (!m_services->isStarted()) {
        // Start-up: the list is asked for once the window has painted (AppServices::start).
        updateState();
        return;
    }
    if (!m_services->hasKey(AppServices::Service::RunYour)) {
        const QSignalBlocker blocker(m_chatCombo);
        m_chatCombo->clear();
        m_ids.clear();
        m_refreshButton->setEnabled(false);
        updateState();
        return;
    }
    m_refreshButton->setEnabled(true);
    ModelCatalog *catalog = m_services->models();
    if (catalog->isLoaded())
        applyCatalog();
    else
        catalog->ensureLoaded();
    updateState();
}

void ModelPicker::applyCatalog()
{
    if (!m_services)
        return;
    QStringList ids;
    for (const ModelInfo &model : m_services->models()->models())
        ids << model.id;
    setChatModels(ids);
    updateState();
}

void ModelPicker::updateState()
{
    m_state = m_services        ? ModelStatusText::stateOf(m_services)
              : m_ids.isEmpty() ? ModelChoice::ListState::Loading
                                : ModelChoice::ListState::Ready;
    const QString action = ModelStatusText::actionText(m_state);
    m_actionButton->setText(action);
    m_actionButton->setVisible(!action.isEmpty());
    // Without a key nothing can be chosen; otherwise an id can still be typed in the popup.
    m_chatCombo->setEnabled(m_state != ModelChoice::ListState::NoKey && m_state != ModelChoice::ListState::KeyRejected);
    setChatModelsStatus(ModelStatusText::pickerText(m_state));
}

void ModelPicker::setChatModels(const QStringList &ids)
{
    const QString before = currentChatModel();
    // Before the list first loads, the chat pane may already have asked for its conversation's
    // model: that one is kept even when not listed. A remembered choice counts only when listed.
    QString wanted = !before.isEmpty() ? before : m_wantedChatModel;
    if (wanted.isEmpty()) {
        const QString remembered = QSettings().value(chatModelKey).toString();
        wanted = ids.contains(remembered) ? remembered : ModelChoice::defaultModel(ids);
    }
    m_wantedChatModel.clear();
    m_ids = ids;
    {
        const QSignalBlocker blocker(m_chatCombo);
        m_chatCombo->clear();
        for (const QString &id : ids)
            m_chatCombo->addItem(id, id);
        if (!wanted.isEmpty() && !ids.contains(wanted))
            m_chatCombo->addItem(tr("%1 (not listed)").arg(wanted), wanted);
        m_chatCombo->setCurrentIndex(m_chatCombo->findData(wanted));
    }
    m_status.clear();
    retranslateUi();
    // Listeners follow what is selected now, also when it is the remembered choice.
    if (!currentChatModel().isEmpty() && currentChatModel() != before) {
        QSettings().setValue(chatModelKey, currentChatModel());
        emit chatModelChanged(currentChatModel());
    }
}

QStringList ModelPicker::recentChatModels() const
{
    return QSettings().value(recentModelsKey).toStringList().mid(0, ModelChoice::MaxRecent);
}

QString ModelPicker::currentChatModel() const
{
    return m_chatCombo->currentData().toString();
}

void ModelPicker::setCurrentChatModel(const QString &id)
{
    if (id.isEmpty())
        return;
    if (m_chatCombo->count() == 0 && m_ids.isEmpty())
        m_wantedChatModel = id;
    else
        selectChatModel(id);
}

void ModelPicker::selectChatModel(const QString &id)
{
    int index = m_chatCombo->findData(id);
    if (index < 0) {
        // Only one unlisted entry at a time: the one in use.
        for (int i = m_chatCombo->count() - 1; i >= 0; --i) {
            if (!m_ids.contains(m_chatCombo->itemData(i).toString()) && i != m_chatCombo->currentIndex())
                m_chatCombo->removeItem(i);
        }
        m_chatCombo->addItem(tr("%1 (not listed)").arg(id), id);
        index = m_chatCombo->count() - 1;
    }
    m_chatCombo->setCurrentIndex(index);
}

void ModelPicker::showPopup()
{
    showPopupAt(m_chatCombo);
}

void ModelPicker::showPopupAt(QWidget *anchor)
{
    if (!m_chatCombo->isEnabled()) {
        // No key or a rejected key: the fix is the action beside the combo.
        m_actionButton->setFocus(Qt::OtherFocusReason);
        return;
    }
    m_popup->setRequireProviderPrefix(requireProviderPrefix());
    m_popup->setModels(m_ids, recentChatModels(), currentChatModel());
    m_popup->popup(anchor ? anchor : m_chatCombo);
}

void ModelPicker::choose(const QString &id, bool typed)
{
    Q_UNUSED(typed)
    if (id.isEmpty())
        return;
    QSettings().setValue(recentModelsKey, ModelChoice::pushRecent(recentChatModels(), id));
    selectChatModel(id);
}

bool ModelPicker::requireProviderPrefix() const
{
    return !m_services || RunYourJson::isGatewayHost(m_services->runYourBaseUrl());
}

void ModelPicker::setChatModelsStatus(const QString &status)
{
    m_status = status;
    m_chatCombo->setToolTip(status.isEmpty() ? tr("RunYour AI model used for chat") : status);
    const QSignalBlocker blocker(m_chatCombo);
    m_chatCombo->setStatusText(status.isEmpty() ? tr("Choose a model") : status);
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

void ModelPicker::openModelChoice(ApiError::Service service)
{
    // The toolbar holding the picker may have been hidden (its context menu): the choice needs it.
    if (QWidget *bar = parentWidget(); bar && bar->isHidden())
        bar->show();
    if (service == ApiError::Service::Saju) {
        m_fortuneCombo->setFocus(Qt::OtherFocusReason);
        m_fortuneCombo->showPopup();
        return;
    }
    showPopupAt(m_chatCombo);
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
    m_fortuneCombo->setToolTip(tr("Saju API model used for daily fortunes"));
    m_refreshButton->setToolTip(tr("Reload the chat model list"));
    m_refreshButton->setAccessibleName(tr("Reload models"));
    m_chatCombo->setAccessibleName(tr("Chat model"));
    m_fortuneCombo->setAccessibleName(tr("Fortune model"));
    // Speed and price per call as api-contract §2.5 gives them; where it gives none, none is shown.
    m_fortuneCombo->setItemText(0, tr("haiku — about 2 s · $0.013 per call"));
    m_fortuneCombo->setItemText(1, tr("sonnet — about 5 s · price not published"));
    m_fortuneCombo->setItemText(2, tr("gpt4o — speed and price not published"));
    if (m_services)
        updateState();
    else
        setChatModelsStatus(m_ids.isEmpty() ? tr("No models loaded") : QString());
    for (int i = 0; i < m_chatCombo->count(); ++i) {
        const QString id = m_chatCombo->itemData(i).toString();
        if (!m_ids.contains(id))
            m_chatCombo->setItemText(i, tr("%1 (not listed)").arg(id));
    }
}

} // namespace sajudesk
