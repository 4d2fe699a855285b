// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"

#include <QJsonObject>
#include <QPointer>
#include <QWidget>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDoubleSpinBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTextBrowser;
class QTimeEdit;
class QTimer;

namespace sajudesk {

class AppServices;
class FortuneRequest;
class KeyNotice;
class ProfileStore;
class RetryBanner;
namespace saju {
struct FourPillars;
}

/// The saju / fortune area. Left: the birth form (name, solar or lunar date with leap month,
/// time or "time unknown", birthplace city or longitude, 子-hour rule, fortune date, saved
/// profiles). Right: a live preview of the four pillars computed locally on every change
/// (with the engine's cautions in plain words and input errors inline), then "Get fortune",
/// which streams the Saju API's answer into cards. "Discuss in chat" hands pillars and fortune to
/// a new chat conversation through discussRequested().
class FortunePane : public QWidget
{
    Q_OBJECT
public:
    explicit FortunePane(QWidget *parent = nullptr);
    ~FortunePane() override;

    void setServices(AppServices *services);
    /// Saju API model for the next request (haiku, sonnet, gpt4o).
    void setFortuneModel(const QString &model);

    bool isBusy() const;
    /// Plain text of the preview: "壬申 戊申 甲戌 丁卯" (year month day hour), empty when invalid.
    QString pillarsText() const { return m_pillarsText; }
    /// The inline validation error, empty when the form is valid.
    QString formError() const { return m_formError; }
    /// Sections received so far ("character", "tendency", "fortune").
    QStringList receivedSections() const;

public slots:
    /// Focuses the input behind a Saju API `error.field` dot path ("userName", "date",
    /// "saju.pillars.hour" …); false when no input obviously matches.
    bool focusField(const QString &path);
    void getFortune();
    void cancelFortune();
    void discussInChat();
    void saveProfile();
    void deleteProfile();

signals:
    void errorOccurred(const sajudesk::ApiError &error);
    void openKeysRequested();
    void tryDemoRequested();
    /// Start a chat about this saju: conversation title, context for the model, suggested question.
    void discussRequested(const QString &title, const QString &context, const QString &draft);

protected:
    void changeEvent(QEvent *event) override;

private:
    QWidget *buildForm();
    QWidget *buildResults();
    void retranslateUi();
    void updateNotice();
    void updateButtons();
    void recompute();
    void renderPreview(const saju::FourPillars &pillars);
    QStringList notesFor(const saju::FourPillars &pillars) const;
    void clearResults();
    void showSection(const QString &section, const QJsonObject &data);
    void appendNarrative(const QString &text);
    void showMeta();
    void finishRequest();
    void showStatus(const QString &text, bool isError);
    void reloadProfiles(const QString &selectId);
    void loadProfile(int index);
    QString summaryForChat() const;

    AppServices *m_services = nullptr;
    std::unique_ptr<ProfileStore> m_profiles;
    QPointer<FortuneRequest> m_request;
    QString m_model = QStringLiteral("haiku");
    QString m_pillarsText;
    QString m_formError;
    QJsonObject m_saju;        // the engine's `saju` object for the current form
    QString m_pillarsSummary;  // plain text of pillars, day master, elements for chat
    QJsonObject m_sections[3]; // character, tendency, fortune as received
    QString m_narrative;
    QJsonObject m_metaJson;
    bool m_loadingProfile = false;

    // form
    QComboBox *m_profileCombo;
    QPushButton *m_saveProfileButton;
    QPushButton *m_deleteProfileButton;
    QLineEdit *m_nameEdit;
    QCheckBox *m_lunarCheck;
    QCheckBox *m_leapCheck;
    QLineEdit *m_dateEdit;
    QTimeEdit *m_timeEdit;
    QCheckBox *m_timeUnknownCheck;
    QComboBox *m_cityCombo;
    QDoubleSpinBox *m_longitudeSpin;
    QComboBox *m_ziCombo;
    QDateEdit *m_fortuneDateEdit;
    QCheckBox *m_fortuneOnlyCheck;
    QPushButton *m_getButton;
    QPushButton *m_cancelButton;
    QPushButton *m_discussButton;
    QLabel *m_labels[10] = {};
    QGroupBox *m_birthGroup = nullptr;
    QGroupBox *m_requestGroup = nullptr;

    // preview and results
    QGroupBox *m_previewGroup = nullptr;
    QLabel *m_preview;
    QLabel *m_notesLabel;
    QLabel *m_errorLabel;
    KeyNotice *m_notice;
    RetryBanner *m_retryBanner;
    QProgressBar *m_busy;
    QLabel *m_statusLabel;
    QGroupBox *m_cards[3] = {};
    QLabel *m_cardBodies[3] = {};
    QTextBrowser *m_narrativeView;
    QLabel *m_metaLabel;
    QLabel *m_emptyResultsLabel;
};

} // namespace sajudesk
