// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QWidget>

class QGroupBox;
class QLabel;
class QProgressBar;
class QTextBrowser;

namespace sajudesk {

class AppServices;
class FortuneSession;
class KeyNotice;
class RetryBanner;

/// The daily fortune of the person shown: a notice when no key is set, the retry countdown,
/// the character, tendency and today's cards, the narrative text of stream format B, the reply's
/// meta line and what went wrong. Everything is read from the FortuneSession, so it is
/// re-worded at once when the language changes.
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

signals:
    void openKeysRequested();
    void tryDemoRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void refresh();
    void showCard(int index, const QString &section);
    void retranslateUi();

    FortuneSession *m_session;
    AppServices *m_services = nullptr;
    KeyNotice *m_notice;
    RetryBanner *m_retryBanner;
    QProgressBar *m_busy;
    QLabel *m_statusLabel;
    QLabel *m_emptyLabel;
    QGroupBox *m_cards[3] = {};
    QLabel *m_cardBodies[3] = {};
    QTextBrowser *m_narrative;
    QLabel *m_meta;
    QString m_note;
};

} // namespace sajudesk
