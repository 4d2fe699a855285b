// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"

#include <QWidget>

class QScrollArea;
class QTabWidget;

namespace sajudesk {

namespace saju {
class SajuSession;
}
class AppServices;
struct FortuneChatInput;
class BirthForm;
class ChartView;
class FortuneControls;
class FortuneSession;
class FortuneView;
class LuckStrip;
class ProfileList;

/// The saju & fortune area, a thin shell: profiles, the birth form and the fortune request on
/// the left; the chart with its 대운/세운/월운 and the daily fortune as tabs on the right. The
/// state lives in a SajuSession (person, birth data, chart) and a FortuneSession (the fortune
/// of that person); the views only show them and write the form back.
class SajuPane : public QWidget
{
    Q_OBJECT
public:
    explicit SajuPane(QWidget *parent = nullptr);
    ~SajuPane() override;

    void setServices(AppServices *services);
    /// Saju API model for the next request (haiku, sonnet, gpt4o).
    void setFortuneModel(const QString &model);

    bool isBusy() const;
    /// "壬申 戊申 甲戌 丁卯" (year → hour), empty while the form is not valid.
    QString pillarsText() const;

    /// Shows the field a request path names (api-contract §2: `userName`, `saju`,
    /// `saju.pillars.day`, `date` …): switches to it and focuses it. False for a path the pane
    /// has no field for.
    bool focusField(const QString &path);
    /// focusField() and, beside the field, `message` (the server's message and hint).
    bool showFieldError(const QString &path, const QString &message);

    saju::SajuSession *session() const { return m_session; }
    FortuneSession *fortuneSession() const { return m_fortune; }
    BirthForm *birthForm() const { return m_form; }
    ChartView *chartView() const { return m_chart; }
    FortuneView *fortuneView() const { return m_fortuneView; }
    ProfileList *profileList() const { return m_profiles; }

    /// What "Discuss in chat" hands to the new conversation: plain labelled text, shown to the
    /// user in the chat's context block exactly as the model receives it.
    QString chatContext() const;

public slots:
    void getFortune();
    /// Asks the service again although the fortune is cached.
    void refreshFortune();
    void cancelFortune();
    void discussInChat();
    /// Asks where to save and exports the chart ("txt", "json", "png", "pdf").
    void exportChart(const QString &format);
    void printChart();

signals:
    void errorOccurred(const sajudesk::ApiError &error);
    void openKeysRequested();
    void tryDemoRequested();
    /// Start a chat about this saju: conversation title, context for the model, suggested question.
    void discussRequested(const QString &title, const QString &context, const QString &draft);

protected:
    void changeEvent(QEvent *event) override;

private:
    void askForFortune(bool refresh);
    FortuneChatInput chatInput() const;
    void onFortuneFailed(const ApiError &error);
    void retranslateUi();

    AppServices *m_services = nullptr;
    saju::SajuSession *m_session;
    FortuneSession *m_fortune;
    ProfileList *m_profiles;
    BirthForm *m_form;
    FortuneControls *m_controls;
    ChartView *m_chart;
    LuckStrip *m_luck;
    FortuneView *m_fortuneView;
    QTabWidget *m_tabs;
    QScrollArea *m_formScroll = nullptr;
};

} // namespace sajudesk
