// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QCheckBox;
class QDoubleSpinBox;
class QLabel;
class QPlainTextEdit;
class QSpinBox;

namespace sajudesk {

/// Settings › Chat defaults: what a new conversation starts with (system prompt, temperature,
/// max tokens, streaming), saved as they are edited (ChatDefaults). Conversations that exist keep
/// their own settings.
class ChatDefaultsPage : public QWidget
{
    Q_OBJECT
public:
    explicit ChatDefaultsPage(QWidget *parent = nullptr);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void save();

    QLabel *m_intro;
    QLabel *m_promptLabel;
    QPlainTextEdit *m_prompt;
    QLabel *m_temperatureLabel;
    QDoubleSpinBox *m_temperature;
    QLabel *m_maxTokensLabel;
    QSpinBox *m_maxTokens;
    QCheckBox *m_stream;
    bool m_loading = false;
};

} // namespace sajudesk
