// SPDX-License-Identifier: GPL-3.0-or-later
#include "errors/RetryBanner.h"

#include <QEvent>
#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace sajudesk {

RetryBanner::RetryBanner(const QString &prefix, QWidget *parent)
    : QWidget(parent)
    , m_label(new QLabel(this))
    , m_retryNowButton(new QPushButton(this))
    , m_cancelButton(new QPushButton(this))
    , m_tick(new QTimer(this))
{
    setObjectName(prefix + QStringLiteral("RetryBanner"));
    m_label->setObjectName(prefix + QStringLiteral("RetryCountdownLabel"));
    m_retryNowButton->setObjectName(prefix + QStringLiteral("RetryNowButton"));
    m_cancelButton->setObjectName(prefix + QStringLiteral("RetryCancelButton"));
    m_label->setWordWrap(true);
    m_label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    setAutoFillBackground(true);
    setBackgroundRole(QPalette::AlternateBase);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(8, 4, 8, 4);
    layout->addWidget(m_label, 1);
    layout->addWidget(m_retryNowButton);
    layout->addWidget(m_cancelButton);

    m_tick->setInterval(250);
    connect(m_tick, &QTimer::timeout, this, &RetryBanner::updateText);
    connect(m_retryNowButton, &QPushButton::clicked, this, [this] {
        hideBanner();
        emit retryNowRequested();
    });
    connect(m_cancelButton, &QPushButton::clicked, this, [this] {
        hideBanner();
        emit cancelRequested();
    });
    changeEvent(nullptr);
    hide();
}

void RetryBanner::showCountdown(int attempt, int maxAttempts, qint64 delayMs, const ApiError &error)
{
    m_attempt = attempt;
    m_maxAttempts = maxAttempts;
    m_delayMs = delayMs;
    m_error = error;
    m_clock.start();
    m_tick->start();
    updateText();
    show();
}

void RetryBanner::hideBanner()
{
    m_tick->stop();
    hide();
}

QString RetryBanner::text() const
{
    return m_label->text();
}

void RetryBanner::changeEvent(QEvent *event)
{
    if (!event || event->type() == QEvent::LanguageChange) {
        m_retryNowButton->setText(tr("Retry Now"));
        m_cancelButton->setText(tr("Cancel"));
        m_retryNowButton->setAccessibleName(tr("Retry now"));
        m_cancelButton->setAccessibleName(tr("Cancel the request"));
        if (isVisible())
            updateText();
    }
    if (event)
        QWidget::changeEvent(event);
}

QString RetryBanner::reasonText() const
{
    if (m_error.is(ApiErrorCode::RateLimited) || m_error.httpStatus == 429)
        return tr("Rate limited");
    if (m_error.kind == ApiError::Kind::Timeout)
        return tr("The server took too long");
    if (m_error.kind == ApiError::Kind::Network || m_error.kind == ApiError::Kind::Tls)
        return tr("Network problem");
    if (m_error.httpStatus >= 500)
        return tr("Server error %1").arg(m_error.httpStatus);
    return tr("Request failed");
}

void RetryBanner::updateText()
{
    const qint64 left = std::max<qint64>(0, m_delayMs - m_clock.elapsed());
    const int seconds = static_cast<int>((left + 999) / 1000);
    const QString attempt =
        m_maxAttempts > 0 ? tr("attempt %1/%2").arg(m_attempt).arg(m_maxAttempts) : tr("attempt %1").arg(m_attempt);
    // e.g. "Rate limited — retrying in 4 s (attempt 2/5)"
    m_label->setText(tr("%1 — retrying in %2 s (%3)").arg(reasonText()).arg(seconds).arg(attempt));
    m_label->setToolTip(m_error.userMessage());
    if (left == 0)
        m_tick->stop();
}

} // namespace sajudesk
