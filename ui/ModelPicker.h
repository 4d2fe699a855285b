// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"
#include "runyour/ModelChoice.h"

#include <QStringList>
#include <QWidget>

class QComboBox;
class QLabel;
class QPushButton;
class QToolButton;

namespace sajudesk {

class AppServices;
class ModelComboBox;
class ModelPickerPopup;

/// Toolbar widget choosing the model for each service: a RunYour AI model id for chat
/// (filled from /v1/models) and a Saju API model (haiku, sonnet, gpt4o) for fortunes.
/// The choices are remembered in QSettings. With services attached it loads the chat list from
/// the model catalog at start and whenever keys change, shows loading / failed states, and
/// refreshes on demand (the ↻ button).
///
/// Opening the chat combo shows ModelPickerPopup (grouped by provider, searchable, recently used
/// on top, an id typed by hand). An id that is not listed (a conversation's, a typed one) is kept
/// as an extra entry rather than replaced. When the list cannot load, the combo says why in place
/// and a button next to it offers the fix (API keys, or Retry). On first run the gateway's
/// `openai/gpt-5.2` (else the first model) is chosen as soon as the list arrives.
class ModelPicker : public QWidget
{
    Q_OBJECT
public:
    explicit ModelPicker(QWidget *parent = nullptr);

    /// Follows the services' model catalog; failures are reported through loadFailed().
    void setServices(AppServices *services);

    /// Replaces the chat model list, keeping the current choice (even when not listed) or the
    /// remembered one when still offered, else ModelChoice::defaultModel().
    void setChatModels(const QStringList &ids);
    /// The listed ids (without an extra unlisted entry).
    QStringList chatModels() const { return m_ids; }
    /// Most recently chosen first (QSettings `models/recent`, at most ModelChoice::MaxRecent).
    QStringList recentChatModels() const;
    ModelPickerPopup *popup() const { return m_popup; }
    /// Why the chat list is (not) there, as last shown.
    ModelChoice::ListState chatListState() const { return m_state; }
    QString currentChatModel() const;
    void setCurrentChatModel(const QString &id);
    /// Shown while the list is loading or when it could not be loaded.
    void setChatModelsStatus(const QString &status);

    QString currentFortuneModel() const;

public slots:
    /// Puts the keyboard focus on the model choice for `service` (RunYour: chat, Saju: fortune),
    /// so the user can pick another model after one failed.
    void focusModelChoice(sajudesk::ApiError::Service service);
    /// Opens the model choice for `service` (Problems › Switch Model): for chat the searchable
    /// popup under the toolbar's combo, for fortunes the fortune combo's list.
    void openModelChoice(sajudesk::ApiError::Service service);
    /// Opens the chat model chooser under `anchor` (the combo box, or the chat's settings header).
    void showPopupAt(QWidget *anchor);

signals:
    void chatModelChanged(const QString &id);
    void fortuneModelChanged(const QString &id);
    void refreshRequested();
    /// The in-place action asks for Settings › API Keys (no key, key rejected).
    void openKeysRequested();
    void loadFailed(const sajudesk::ApiError &error);

protected:
    void changeEvent(QEvent *event) override;

private:
    void retranslateUi();
    void reload();
    void applyCatalog();
    void updateState();
    void showPopup();
    void choose(const QString &id, bool typed);
    /// Selects `id`, adding it as an unlisted entry when the list does not have it.
    void selectChatModel(const QString &id);
    bool requireProviderPrefix() const;

    QLabel *m_chatLabel;
    ModelComboBox *m_chatCombo;
    QLabel *m_fortuneLabel;
    QComboBox *m_fortuneCombo;
    QToolButton *m_refreshButton;
    QPushButton *m_actionButton;
    ModelPickerPopup *m_popup;
    QStringList m_ids;
    ModelChoice::ListState m_state = ModelChoice::ListState::Loading;
    QString m_status;
    QString m_wantedChatModel; ///< asked for before the list loaded
    AppServices *m_services = nullptr;
};

} // namespace sajudesk
