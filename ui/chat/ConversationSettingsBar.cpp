// SPDX-License-Identifier: GPL-3.0-or-later
#include "chat/ConversationSettingsBar.h"

#include "chat/ChatDefaults.h"
#include "chat/ConversationModel.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDoubleSpinBox>
#include <QEvent>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QInputDialog>
#include <QLabel>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QToolButton>
#include <QVBoxLayout>

namespace sajudesk {

namespace {
QString s_presetNameForTesting;
constexpr double unsetTemperature = -0.1; // the spin box minimum, shown as "Default"
} // namespace

ConversationSettingsBar::ConversationSettingsBar(QWidget *parent)
    : QWidget(parent)
    , m_toggle(new QToolButton(this))
    , m_modelButton(new QToolButton(this))
    , m_summary(new QLabel(this))
    , m_panel(new QWidget(this))
    , m_promptLabel(new QLabel(m_panel))
    , m_prompt(new QPlainTextEdit(m_panel))
    , m_presets(new QComboBox(m_panel))
    , m_savePreset(new QPushButton(m_panel))
    , m_deletePreset(new QPushButton(m_panel))
    , m_temperatureLabel(new QLabel(m_panel))
    , m_temperature(new QDoubleSpinBox(m_panel))
    , m_maxTokensLabel(new QLabel(m_panel))
    , m_maxTokens(new QSpinBox(m_panel))
    , m_stream(new QCheckBox(m_panel))
{
    setObjectName(QStringLiteral("conversationSettingsBar"));
    m_toggle->setObjectName(QStringLiteral("conversationSettingsButton"));
    m_modelButton->setObjectName(QStringLiteral("conversationModelButton"));
    m_modelButton->setAutoRaise(true);
    m_modelButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    m_summary->setObjectName(QStringLiteral("conversationSettingsSummaryLabel"));
    m_panel->setObjectName(QStringLiteral("conversationSettingsPanel"));
    m_prompt->setObjectName(QStringLiteral("systemPromptEdit"));
    m_presets->setObjectName(QStringLiteral("systemPromptPresetComboBox"));
    m_savePreset->setObjectName(QStringLiteral("savePromptPresetButton"));
    m_deletePreset->setObjectName(QStringLiteral("deletePromptPresetButton"));
    m_temperature->setObjectName(QStringLiteral("temperatureSpinBox"));
    m_maxTokens->setObjectName(QStringLiteral("maxTokensSpinBox"));
    m_stream->setObjectName(QStringLiteral("streamCheckBox"));

    m_toggle->setCheckable(true);
    m_toggle->setAutoRaise(true);
    m_toggle->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_toggle->setArrowType(Qt::RightArrow);
    m_summary->setForegroundRole(QPalette::PlaceholderText);
    m_summary->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_summary->setMinimumWidth(0);
    m_summary->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_prompt->setTabChangesFocus(true);
    m_prompt->setFixedHeight(m_prompt->fontMetrics().lineSpacing() * 4 + 12);
    m_promptLabel->setBuddy(m_prompt);
    m_temperatureLabel->setBuddy(m_temperature);
    m_maxTokensLabel->setBuddy(m_maxTokens);
    for (QPushButton *b : {m_savePreset, m_deletePreset})
        b->setAutoDefault(false);
    setUpTemperature(m_temperature);
    setUpMaxTokens(m_maxTokens);
    m_presets->setSizeAdjustPolicy(QComboBox::AdjustToContents);

    auto *header = new QHBoxLayout;
    header->setContentsMargins(0, 0, 0, 0);
    header->addWidget(m_toggle);
    header->addWidget(m_modelButton);
    header->addWidget(m_summary, 1);

    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_presets, 1);
    presetRow->addWidget(m_savePreset);
    presetRow->addWidget(m_deletePreset);
    auto *numbers = new QHBoxLayout;
    numbers->addWidget(m_temperatureLabel);
    numbers->addWidget(m_temperature);
    numbers->addSpacing(12);
    numbers->addWidget(m_maxTokensLabel);
    numbers->addWidget(m_maxTokens);
    numbers->addSpacing(12);
    numbers->addWidget(m_stream);
    numbers->addStretch(1);
    auto *grid = new QGridLayout(m_panel);
    grid->setContentsMargins(6, 0, 0, 4);
    grid->addWidget(m_promptLabel, 0, 0, Qt::AlignTop);
    grid->addWidget(m_prompt, 0, 1);
    grid->addLayout(presetRow, 1, 1);
    grid->addLayout(numbers, 2, 0, 1, 2);
    grid->setColumnStretch(1, 1);
    m_panel->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(header);
    layout->addWidget(m_panel);

    connect(m_toggle, &QToolButton::toggled, this, &ConversationSettingsBar::setExpanded);
    connect(m_modelButton, &QToolButton::clicked, this, [this] { emit modelPickerRequested(m_modelButton); });
    connect(m_prompt, &QPlainTextEdit::textChanged, this, &ConversationSettingsBar::emitEdited);
    connect(m_temperature, &QDoubleSpinBox::valueChanged, this, &ConversationSettingsBar::emitEdited);
    connect(m_maxTokens, &QSpinBox::valueChanged, this, &ConversationSettingsBar::emitEdited);
    connect(m_stream, &QCheckBox::toggled, this, &ConversationSettingsBar::emitEdited);
    connect(m_presets, &QComboBox::activated, this, [this](int index) {
        const QString text = m_presets->itemData(index).toString();
        if (!text.isEmpty() && m_prompt->isEnabled())
            m_prompt->setPlainText(text);
        m_deletePreset->setEnabled(index > 0);
    });
    connect(m_savePreset, &QPushButton::clicked, this, &ConversationSettingsBar::savePreset);
    connect(m_deletePreset, &QPushButton::clicked, this, &ConversationSettingsBar::deletePreset);
    retranslateUi();
    load();
}

void ConversationSettingsBar::setUpTemperature(QDoubleSpinBox *spin)
{
    spin->setRange(unsetTemperature, 2.0);
    spin->setSingleStep(0.1);
    spin->setDecimals(2);
    spin->setValue(unsetTemperature);
    spin->setSpecialValueText(tr("Default"));
}

void ConversationSettingsBar::setUpMaxTokens(QSpinBox *spin)
{
    spin->setRange(0, 1000000);
    spin->setSingleStep(256);
    spin->setValue(0);
    spin->setSpecialValueText(tr("Default"));
}

std::optional<double> ConversationSettingsBar::temperatureOf(const QDoubleSpinBox *spin)
{
    if (spin->value() < 0.0)
        return std::nullopt;
    return spin->value();
}

std::optional<int> ConversationSettingsBar::maxTokensOf(const QSpinBox *spin)
{
    if (spin->value() <= 0)
        return std::nullopt;
    return spin->value();
}

void ConversationSettingsBar::showTemperature(QDoubleSpinBox *spin, std::optional<double> value)
{
    spin->setValue(value ? *value : unsetTemperature);
}

void ConversationSettingsBar::showMaxTokens(QSpinBox *spin, std::optional<int> value)
{
    spin->setValue(value ? *value : 0);
}

void ConversationSettingsBar::setPresetNameForTesting(const QString &name)
{
    s_presetNameForTesting = name;
}

void ConversationSettingsBar::setConversation(ConversationModel *model, const QString &pickerModel)
{
    if (model == m_model && (model || pickerModel == m_pickerModel))
        return;
    m_pickerModel = pickerModel;
    if (m_model)
        disconnect(m_model, nullptr, this, nullptr);
    m_model = model;
    if (model)
        connect(model, &ConversationModel::metadataChanged, this, &ConversationSettingsBar::load);
    load();
}

bool ConversationSettingsBar::isExpanded() const
{
    return m_panel->isVisible();
}

void ConversationSettingsBar::setExpanded(bool expanded)
{
    m_panel->setVisible(expanded);
    m_toggle->setArrowType(expanded ? Qt::DownArrow : Qt::RightArrow);
    const QSignalBlocker blocker(m_toggle);
    m_toggle->setChecked(expanded);
}

void ConversationSettingsBar::load()
{
    const ChatSettings settings = m_model ? m_model->conversation().settings : ChatDefaults::load();
    const bool editable = !m_model || !m_model->isReadOnly();
    m_loading = true;
    // Only when it differs: a reload while typing must not move the cursor.
    if (m_prompt->toPlainText() != settings.systemPrompt)
        m_prompt->setPlainText(settings.systemPrompt);
    showTemperature(m_temperature, settings.temperature);
    showMaxTokens(m_maxTokens, settings.maxTokens);
    m_stream->setChecked(settings.stream);
    m_loading = false;
    for (QWidget *w : std::initializer_list<QWidget *>{m_prompt, m_presets, m_temperature, m_maxTokens, m_stream})
        w->setEnabled(editable);
    m_savePreset->setEnabled(!settings.systemPrompt.trimmed().isEmpty());
    updateSummary();
}

void ConversationSettingsBar::updateSummary()
{
    ChatSettings settings = m_model ? m_model->conversation().settings : ChatDefaults::load();
    if (settings.model.isEmpty())
        settings.model = m_pickerModel;
    const QLocale locale;
    // The model is on its own button (it opens the picker); the rest is one quiet line.
    m_modelButton->setText((settings.model.isEmpty() ? tr("no model yet") : settings.model) + QStringLiteral(" ▾"));
    QStringList parts;
    if (!settings.systemPrompt.isEmpty())
        parts << tr("system prompt");
    parts << (settings.temperature ? tr("temperature %1").arg(locale.toString(*settings.temperature, 'g', 3))
                                   : tr("temperature: default"));
    parts << (settings.maxTokens ? tr("max %1 tokens").arg(locale.toString(*settings.maxTokens))
                                 : tr("max tokens: default"));
    parts << (settings.stream ? tr("streaming") : tr("not streaming"));
    const QString text = parts.join(QStringLiteral(" · "));
    m_summary->setText(text);
    m_summary->setToolTip(text);
}

void ConversationSettingsBar::emitEdited()
{
    if (m_loading)
        return;
    m_savePreset->setEnabled(!m_prompt->toPlainText().trimmed().isEmpty());
    if (m_model && m_model->isReadOnly())
        return;
    ChatSettings settings = m_model ? m_model->conversation().settings : ChatSettings();
    settings.systemPrompt = m_prompt->toPlainText();
    settings.temperature = temperatureOf(m_temperature);
    settings.maxTokens = maxTokensOf(m_maxTokens);
    settings.stream = m_stream->isChecked();
    emit settingsEdited(settings);
}

void ConversationSettingsBar::reloadPresets()
{
    const QSignalBlocker blocker(m_presets);
    m_presets->clear();
    m_presets->addItem(tr("Presets…"), QString());
    for (const ChatDefaults::PromptPreset &preset : ChatDefaults::presets())
        m_presets->addItem(preset.name, preset.text);
    m_presets->setCurrentIndex(0);
    m_deletePreset->setEnabled(false);
}

void ConversationSettingsBar::savePreset()
{
    const QString text = m_prompt->toPlainText();
    if (text.trimmed().isEmpty())
        return;
    QString name = s_presetNameForTesting;
    if (name.isEmpty()) {
        bool ok = false;
        name = QInputDialog::getText(this, tr("Save as Preset"), tr("Preset name:"), QLineEdit::Normal,
                                     text.section(QLatin1Char('\n'), 0, 0).left(30), &ok);
        if (!ok)
            return;
    }
    ChatDefaults::savePreset(name, text);
    reloadPresets();
    m_presets->setCurrentIndex(m_presets->findText(name.trimmed()));
    m_deletePreset->setEnabled(m_presets->currentIndex() > 0);
}

void ConversationSettingsBar::deletePreset()
{
    if (m_presets->currentIndex() <= 0)
        return;
    ChatDefaults::removePreset(m_presets->currentText());
    reloadPresets();
}

void ConversationSettingsBar::changeEvent(QEvent *event)
{
    if (event->type() == QEvent::LanguageChange)
        retranslateUi();
    QWidget::changeEvent(event);
}

void ConversationSettingsBar::retranslateUi()
{
    m_toggle->setText(tr("Conversation settings"));
    m_toggle->setToolTip(tr("System prompt, temperature, max tokens and streaming of this conversation"));
    m_modelButton->setToolTip(tr("Model of this conversation: click to choose another"));
    m_modelButton->setAccessibleName(tr("Conversation model"));
    m_promptLabel->setText(tr("System prompt:"));
    m_prompt->setPlaceholderText(tr("Instructions sent before every message of this conversation (optional)"));
    m_savePreset->setText(tr("Save as Preset…"));
    m_deletePreset->setText(tr("Delete Preset"));
    m_temperatureLabel->setText(tr("Temperature:"));
    m_temperature->setSpecialValueText(tr("Default"));
    m_temperature->setToolTip(tr("0 = focused, 2 = most varied. Default: the model's own setting."));
    m_maxTokensLabel->setText(tr("Max tokens:"));
    m_maxTokens->setSpecialValueText(tr("Default"));
    m_maxTokens->setToolTip(tr("Longest answer, in tokens. Default: the model's own limit."));
    m_stream->setText(tr("Streaming"));
    m_stream->setToolTip(tr("Show the answer as it is written"));
    reloadPresets();
    updateSummary();
}

} // namespace sajudesk
