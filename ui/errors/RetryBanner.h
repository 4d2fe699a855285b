// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "net/ApiError.h"

#include <QElapsedTimer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTimer;

namespace sajudesk {

/// Inline countdown shown while a request waits to be retried:
/// "Rate limited — retrying in 4 s (attempt 2/5)" with Retry now and Cancel. Driven by a
/// request's retryScheduled(attempt, delayMs, error); hidden again by hideBanner().
class RetryBanner : public QWidget
{
    Q_OBJECT
public:
    /// `prefix` namespaces the objectNames: "chat" → chatRetryBanner, chatRetryNowButton, …
    explicit RetryBanner(const QString &prefix, QWidget *parent = nullptr);

    /// `attempt` is the attempt about to happen, `maxAttempts` the policy's limit (0 = unknown).
    void showCountdown(int attempt, int maxAttempts, qint64 delayMs, const ApiError &error);
    void hideBanner();
    /// The text shown right now (for tests and accessibility).
    QString text() const;

signals:
    void retryNowRequested();
    void cancelRequested();

protected:
    void changeEvent(QEvent *event) override;

private:
    void updateText();
    QString reasonText() const;

    QLabel *m_label;
    QPushButton *m_retryNowButton;
    QPushButton *m_cancelButton;
    QTimer *m_tick;
    QElapsedTimer m_clock;
    ApiError m_error;
    qint64 m_delayMs = 0;
    int m_attempt = 0;
    int m_maxAttempts = 0;
};

} // namespace sajudesk
