// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "chat/Conversation.h"

#include <QPointer>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;
class QToolButton;

namespace sajudesk {

class ConversationModel;

/// The compact header above the transcript: one line saying what the open conversation sends
/// (model · temperature · max tokens · streaming), and, unfolded, its system prompt (with the
/// saved presets), temperature and max tokens (the lowest value reads "Default": not sent) and
/// streaming. Edits go to the conversation at once (settingsEdited); the model is the picker's.
class ConversationSettingsBar : public QWidget
{
    Q_OBJECT
public:
    explicit ConversationSettingsBar(QWidget *parent = nullptr);

    /// Follows `model` (null: nothing open yet, the defaults are shown with `pickerModel`, and an
    /// edit asks for a new conversation); a no-op when nothing changed.
    void setConversation(ConversationModel *model, const QString &pickerModel = {});
    bool isExpanded() const;
    void setExpanded(bool expanded);

    // Shared with Settings › Chat defaults: the same spin boxes mean the same values.
    static void setUpTemperature(QDoubleSpinBox *spin);
    static void setUpMaxTokens(QSpinBox *spin);
    static std::optional<double> temperatureOf(const QDoubleSpinBox *spin);
    static std::optional<int> maxTokensOf(const QSpinBox *spin);
    static void showTemperature(QDoubleSpinBox *spin, std::optional<double> value);
    static void showMaxTokens(QSpinBox *spin, std::optional<int> value);

    /// Tests: the name "Save as Preset…" would ask for (empty: ask).
    static void setPresetNameForTesting(const QString &name);

signals:
    /// The user changed the open conversation's settings (the model is unchanged).
    void settingsEdited(const sajudesk::ChatSettings &settings);
    /// The model button was pressed: the model picker should open under `anchor`.
    void modelPickerRequested(QWidget *anchor);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void load();
    void updateSummary();
    void emitEdited();
    void reloadPresets();
    void savePreset();
    void deletePreset();

    QPointer<ConversationModel> m_model;
    QString m_pickerModel;
    QToolButton *m_toggle;
    QToolButton *m_modelButton;
    QLabel *m_summary;
    QWidget *m_panel;
    QLabel *m_promptLabel;
    QPlainTextEdit *m_prompt;
    QComboBox *m_presets;
    QPushButton *m_savePreset;
    QPushButton *m_deletePreset;
    QLabel *m_temperatureLabel;
    QDoubleSpinBox *m_temperature;
    QLabel *m_maxTokensLabel;
    QSpinBox *m_maxTokens;
    QCheckBox *m_stream;
    bool m_loading = false;
};

} // namespace sajudesk
