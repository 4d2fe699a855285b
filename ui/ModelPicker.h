// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QToolButton;

namespace sajudesk {

class AppServices;

/// Toolbar widget choosing the model for each service: a RunYour AI model id for chat
/// (filled from /v1/models) and a Saju API model (haiku, sonnet, gpt4o) for fortunes.
/// The choices are remembered in QSettings. With services attached it loads the chat list from
/// the model catalog at start and whenever keys change, shows loading / failed states, and
/// refreshes on demand (the ↻ button).
class ModelPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ModelPicker(QWidget *parent = nullptr);

    /// Follows the services' model catalog; failures are reported through loadFailed().
    void setServices(AppServices *services);

    /// Replaces the chat model list, keeping the current (or remembered) choice when still offered.
    void setChatModels(const QStringList &ids);
    QStringList chatModels() const;
    QString currentChatModel() const;
    void setCurrentChatModel(const QString &id);
    /// Shown while the list is loading or when it could not be loaded.
    void setChatModelsStatus(const QString &status);

    QString currentFortuneModel() const;

public slots:
    /// Puts the keyboard focus on the model choice for `service` (RunYour: chat, Saju: fortune),
    /// so the user can pick another model after one failed.
    void focusModelChoice(sajudesk::ApiError::Service service);

signals:
    void chatModelChanged(const QString &id);
    void fortuneModelChanged(const QString &id);
    void refreshRequested();
    void loadFailed(const sajudesk::ApiError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void applyCatalog();

    QLabel *m_chatLabel;
    QComboBox *m_chatCombo;
    QLabel *m_fortuneLabel;
    QComboBox *m_fortuneCombo;
    QToolButton *m_refreshButton;
    QString m_status;
    AppServices *m_services = nullptr;
};

} // namespace sajudesk
