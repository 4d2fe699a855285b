// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;

namespace sajudesk {

/// Toolbar widget choosing the model for each service: a RunYour AI model id for chat
/// (filled from /v1/models) and a Saju API model (haiku, sonnet, gpt4o) for fortunes.
/// The choices are remembered in QSettings.
class ModelPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ModelPicker(QWidget *parent = nullptr);

    /// Replaces the chat model list, keeping the current (or remembered) choice when still offered.
    void setChatModels(const QStringList &ids);
    QStringList chatModels() const;
    QString currentChatModel() const;
    void setCurrentChatModel(const QString &id);
    /// Shown while the list is loading or when it could not be loaded.
    void setChatModelsStatus(const QString &status);

    QString currentFortuneModel() const;

signals:
    void chatModelChanged(const QString &id);
    void fortuneModelChanged(const QString &id);
    void refreshRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();

    QLabel *m_chatLabel;
    QComboBox *m_chatCombo;
    QLabel *m_fortuneLabel;
    QComboBox *m_fortuneCombo;
    QString m_status;
};

} // namespace sajudesk
