// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QGroupBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QTextBrowser;

namespace sajudesk {

class AppServices;
class FortuneSession;
class KeyNotice;
class RetryBanner;

/// The daily fortune of the person shown: a notice when no key is set, the retry countdown,
/// "cached · fetched <time>" with Refresh for an answer from the local cache, the character,
/// tendency and today's cards (fields this version does not know in a last card, nothing
/// dropped), the narrative text of stream format B, the reply's meta line (request id, model,
/// cost, and how the pillars were computed) and what went wrong. Everything is read from the
/// FortuneSession, so it is re-worded at once when the language changes; element names and
/// other service values are shown in the UI language, numbers and dates per locale.
class FortuneView : public QWidget
{
    Q_OBJECT
public:
    explicit FortuneView(FortuneSession *session, QWidget *parent = nullptr);

    void setServices(AppServices *services);
    /// Re-reads the key state (called when keys or the configuration change).
    void updateNotice();
    /// The status line shown under the cards, empty when none.
    QString statusText() const;
    /// Shows a transient note (stream fallback, key warning) until the next result change.
    void showNote(const QString &text);
    /// The "cached · fetched <time>" line, empty when the answer did not come from the cache.
    QString cachedText() const;

signals:
    void refreshRequested();
    void openKeysRequested();
    void tryDemoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showCard(int index);
    void showExtras();
    void retranslateUi();

    FortuneSession *m_session;
    AppServices *m_services = nullptr;
    KeyNotice *m_notice;
    RetryBanner *m_retryBanner;
    QProgressBar *m_busy;
    QLabel *m_statusLabel;
    QLabel *m_emptyLabel;
    QLabel *m_cachedLabel;
    QPushButton *m_refreshButton;
    QGroupBox *m_cards[4] = {};
    QLabel *m_cardBodies[4] = {};
    QTextBrowser *m_narrative;
    QLabel *m_meta;
    QString m_note;
};

} // namespace sajudesk
